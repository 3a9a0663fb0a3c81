#pragma once

#include "evaluation/runresult.h"
#include "models/slices.h"

#include <QAbstractTableModel>
#include <memory>

namespace genlens::app {

// The slices table: one row per slice of a run (run_extra["slices"]), with the counts on each
// side, each side's share of its set, the generated/real ratio and every slice metric. Sorting
// (sort(), also through a view's header) ranks a dropped mode's undefined metrics as the worst
// value (Slice::rankValue) and keeps other undefined values last either way; worstFirst() sorts
// a metric column by the registry's direction. A number the slice marks unreliable answers
// UnreliableRole and carries its warning sentence as tooltip and WarningRole; the view greys it.
class SlicesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RealCountColumn,
        GeneratedCountColumn,
        RealShareColumn,
        GeneratedShareColumn,
        RatioColumn,
        FirstMetricColumn,
    };
    enum Role {
        SortRole = Qt::UserRole, // double for number columns, the name for NameColumn
        SliceRole, // int: index into slices().slices
        UnreliableRole, // bool
        WarningRole, // QString, empty when the number is reliable
        CoverageRole, // int(Slice::Coverage)
    };
    Q_ENUM(Role)

    explicit SlicesModel(QObject* parent = nullptr);

    // Reads the run's slices and sorts them worst first by defaultSliceMetric().
    void setRun(std::shared_ptr<const RunResult> run);
    void setSlices(const SliceSet& slices, const QString& modality);
    void clear();
    const SliceSet& slices() const { return m_slices; }
    // The slice shown in a row.
    const Slice& sliceAt(int row) const;
    // The row showing slice `index` (into slices().slices), or -1.
    int rowOfSlice(qsizetype index) const;

    // Metric key of a column, empty for the fixed columns.
    QString metricKey(int column) const;
    int columnOfMetric(const QString& key) const;
    // The order that puts a column's worst rows first: descending for a lower-is-better metric,
    // ascending for a higher-is-better one and for the ratio (dropped modes first).
    Qt::SortOrder worstFirstOrder(int column) const;
    void worstFirst(int column) { sort(column, worstFirstOrder(column)); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    double number(const Slice& slice, int column) const;

    SliceSet m_slices;
    QList<qsizetype> m_rows; // slice index per row
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace genlens::app

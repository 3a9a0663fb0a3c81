#pragma once

#include "evaluation/runresult.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace genlens::app {

// Generated samples paired with their nearest real sample, most suspicious (closest) first: the
// Compare view's Copies mode. Cells of the two sample columns answer
// SampleTableModel::SampleIndexRole / SetRoleRole so one delegate paints them.
class CopiesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GeneratedColumn, RealColumn, DistanceColumn, RatioColumn, ColumnCount };

    explicit CopiesModel(QObject* parent = nullptr);

    void setRun(std::shared_ptr<const RunResult> run);
    void clear() { setRun(nullptr); }

    qint64 generatedIndex(int row) const { return m_rows[static_cast<size_t>(row)].generated; }
    qint64 realIndex(int row) const { return m_rows[static_cast<size_t>(row)].real; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Pair
    {
        qint64 generated;
        qint64 real;
        double distance;
        double ratio;
    };
    std::shared_ptr<const RunResult> m_run;
    std::vector<Pair> m_rows;
};

} // namespace genlens::app

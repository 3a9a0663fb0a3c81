#pragma once

#include "evaluation/runresult.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace genlens::app {

// Real samples that the generated set does not cover: the Compare view's Missing-modes mode.
// When the run has the real per-sample score "inside_generated_manifold" (1 inside at least one
// generated k-NN ball, 0 outside every one: recall's criterion; "covered" is used when only that
// exists), exactly the uncovered ones are listed;
// otherwise every real sample with a nearest generated neighbour, farthest first, and
// hasCoverage() is false so the view can say that it is a ranking, not a verdict.
class MissingModesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RealColumn, DistanceColumn, NearestGeneratedColumn, ColumnCount };

    explicit MissingModesModel(QObject* parent = nullptr);

    void setRun(std::shared_ptr<const RunResult> run);
    void clear() { setRun(nullptr); }
    bool hasCoverage() const { return m_hasCoverage; }
    qint64 realIndex(int row) const { return m_rows[static_cast<size_t>(row)].real; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 real;
        qint64 nearestGenerated; // -1 when unknown
        double distance; // NaN when unknown
    };
    std::shared_ptr<const RunResult> m_run;
    std::vector<Row> m_rows;
    bool m_hasCoverage = false;
};

} // namespace genlens::app

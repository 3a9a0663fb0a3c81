#pragma once

#include "evaluation/runresult.h"
#include "models/neighbourindex.h"

#include <QAbstractTableModel>
#include <memory>

namespace genlens::app {

// The nearest neighbours of one sample in both sets (drill-down panel): its own neighbours by
// rank, then the samples that list it as theirs. Sample cells answer
// SampleTableModel::SampleIndexRole / SetRoleRole.
class NeighbourListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SampleColumn, SetColumn, RankColumn, DistanceColumn, ColumnCount };

    explicit NeighbourListModel(QObject* parent = nullptr);

    void setRun(std::shared_ptr<const RunResult> run);
    void setSample(SetRole set, qint64 index);
    void clear();
    const NeighbourLink& link(int row) const { return m_links[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const RunResult> m_run;
    NeighbourIndex m_index;
    QList<NeighbourLink> m_links;
};

} // namespace genlens::app

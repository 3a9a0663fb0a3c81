#include "models/neighbourlistmodel.h"

#include "models/metricsmodel.h"
#include "models/sampletablemodel.h"

namespace genlens::app {

NeighbourListModel::NeighbourListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void NeighbourListModel::setRun(std::shared_ptr<const RunResult> run)
{
    beginResetModel();
    m_run = std::move(run);
    m_index = m_run ? NeighbourIndex(m_run->neighbours) : NeighbourIndex();
    m_links.clear();
    endResetModel();
}

void NeighbourListModel::setSample(SetRole set, qint64 index)
{
    beginResetModel();
    m_links = m_index.links(set, index);
    endResetModel();
}

void NeighbourListModel::clear()
{
    beginResetModel();
    m_links.clear();
    endResetModel();
}

int NeighbourListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_links.size());
}

int NeighbourListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeighbourListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const NeighbourLink& link = m_links[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SampleColumn: {
            const SampleSet& set = link.set == SetRole::Real ? m_run->real : m_run->generated;
            if (link.index >= 0 && static_cast<size_t>(link.index) < set.samples.size()) {
                const Sample& sample = set.samples[static_cast<size_t>(link.index)];
                if (!sample.label.isEmpty()) {
                    return sample.label;
                }
            }
            return QString::number(link.index);
        }
        case SetColumn:
            return link.set == SetRole::Real ? tr("Real") : tr("Generated");
        case RankColumn:
            // Rank 0 is the nearest; people count from 1. A reverse link names whose neighbour
            // this sample is.
            return link.reverse ? tr("lists this as #%1").arg(link.rank + 1)
                                : tr("#%1").arg(link.rank + 1);
        case DistanceColumn:
            return MetricsModel::formatValue(link.distance);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DistanceColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SampleTableModel::SampleIndexRole:
        return index.column() == SampleColumn ? QVariant(link.index) : QVariant();
    case SampleTableModel::SetRoleRole:
        return index.column() == SampleColumn ? QVariant(static_cast<int>(link.set)) : QVariant();
    case SampleTableModel::SortRole:
        return index.column() == DistanceColumn ? QVariant(link.distance)
                                                : index.data(Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant NeighbourListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SampleColumn:
        return tr("Neighbour");
    case SetColumn:
        return tr("Set");
    case RankColumn:
        return tr("Rank");
    case DistanceColumn:
        return tr("Distance");
    default:
        return {};
    }
}

} // namespace genlens::app

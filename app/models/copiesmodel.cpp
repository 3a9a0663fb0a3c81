#include "models/copiesmodel.h"

#include "models/metricsmodel.h"
#include "models/sampletablemodel.h"

#include <algorithm>
#include <cmath>

namespace genlens::app {

namespace {

const ScoreColumn* findColumn(const QList<ScoreColumn>& columns, const QString& key)
{
    for (const ScoreColumn& column : columns) {
        if (column.key == key) {
            return &column;
        }
    }
    return nullptr;
}

QString labelOf(const SampleSet& set, qint64 index)
{
    if (index < 0 || static_cast<size_t>(index) >= set.samples.size()) {
        return QString::number(index);
    }
    const Sample& sample = set.samples[static_cast<size_t>(index)];
    return sample.label.isEmpty() ? QString::number(index) : sample.label;
}

} // namespace

CopiesModel::CopiesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CopiesModel::setRun(std::shared_ptr<const RunResult> run)
{
    beginResetModel();
    m_run = std::move(run);
    m_rows.clear();
    if (m_run) {
        const ScoreColumn* ratio
            = findColumn(m_run->generatedScores, QStringLiteral("nearest_ratio"));
        if (ratio == nullptr) {
            ratio = findColumn(m_run->generatedScores, QStringLiteral("nn_ratio"));
        }
        for (const Neighbour& n : m_run->neighbours) {
            if (n.fromSet == SetRole::Generated && n.toSet == SetRole::Real && n.rank == 0) {
                double r = std::numeric_limits<double>::quiet_NaN();
                if (ratio != nullptr && n.from >= 0
                    && static_cast<size_t>(n.from) < ratio->values.size()) {
                    r = ratio->values[static_cast<size_t>(n.from)];
                }
                m_rows.push_back({n.from, n.to, n.distance, r});
            }
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Pair& a, const Pair& b) { return a.distance < b.distance; });
    }
    endResetModel();
}

int CopiesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CopiesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CopiesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Pair& pair = m_rows[static_cast<size_t>(index.row())];
    const bool generatedColumn = index.column() == GeneratedColumn;
    const bool sampleColumn = generatedColumn || index.column() == RealColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case GeneratedColumn:
            return labelOf(m_run->generated, pair.generated);
        case RealColumn:
            return labelOf(m_run->real, pair.real);
        case DistanceColumn:
            return MetricsModel::formatValue(pair.distance);
        case RatioColumn:
            return MetricsModel::formatValue(pair.ratio);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (!sampleColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SampleTableModel::SampleIndexRole:
        if (!sampleColumn) {
            return {};
        }
        return generatedColumn ? pair.generated : pair.real;
    case SampleTableModel::SetRoleRole:
        if (!sampleColumn) {
            return {};
        }
        return static_cast<int>(generatedColumn ? SetRole::Generated : SetRole::Real);
    case SampleTableModel::SortRole:
        switch (index.column()) {
        case DistanceColumn:
            return pair.distance;
        case RatioColumn:
            return pair.ratio;
        default:
            return index.data(Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant CopiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case GeneratedColumn:
        return tr("Generated");
    case RealColumn:
        return tr("Nearest real");
    case DistanceColumn:
        return tr("Distance");
    case RatioColumn:
        return tr("Nearest / second ratio");
    default:
        return {};
    }
}

} // namespace genlens::app

#include "models/missingmodesmodel.h"

#include "models/metricsmodel.h"
#include "models/sampletablemodel.h"

#include <algorithm>
#include <cmath>

namespace genlens::app {

MissingModesModel::MissingModesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MissingModesModel::setRun(std::shared_ptr<const RunResult> run)
{
    beginResetModel();
    m_run = std::move(run);
    m_rows.clear();
    m_hasCoverage = false;
    if (m_run) {
        const size_t n = m_run->real.samples.size();
        std::vector<Row> all(n);
        for (size_t i = 0; i < n; ++i) {
            all[i] = {static_cast<qint64>(i), -1, std::numeric_limits<double>::quiet_NaN()};
        }
        for (const Neighbour& nb : m_run->neighbours) {
            if (nb.fromSet == SetRole::Real && nb.toSet == SetRole::Generated && nb.rank == 0
                && nb.from >= 0 && static_cast<size_t>(nb.from) < n) {
                all[static_cast<size_t>(nb.from)].nearestGenerated = nb.to;
                all[static_cast<size_t>(nb.from)].distance = nb.distance;
            }
        }
        // Recall's criterion (inside some generated k-NN ball) is what "missing" means; the
        // coverage criterion (a generated sample inside the real sample's own ball) stands in
        // when only that one was stored.
        const ScoreColumn* covered = nullptr;
        for (const char* key : {"inside_generated_manifold", "covered"}) {
            for (const ScoreColumn& column : m_run->realScores) {
                if (covered == nullptr && column.key == QLatin1String(key)
                    && column.values.size() == n) {
                    covered = &column;
                }
            }
        }
        m_hasCoverage = covered != nullptr;
        for (size_t i = 0; i < n; ++i) {
            if (covered != nullptr) {
                if (covered->values[i] == 0.0) {
                    m_rows.push_back(all[i]);
                }
            } else if (all[i].nearestGenerated >= 0) {
                m_rows.push_back(all[i]);
            }
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
            if (std::isnan(a.distance) != std::isnan(b.distance)) {
                return std::isnan(b.distance);
            }
            return a.distance > b.distance;
        });
    }
    endResetModel();
}

int MissingModesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MissingModesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MissingModesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    auto label = [](const SampleSet& set, qint64 i) {
        if (i < 0 || static_cast<size_t>(i) >= set.samples.size()) {
            return QString();
        }
        const Sample& s = set.samples[static_cast<size_t>(i)];
        return s.label.isEmpty() ? QString::number(i) : s.label;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RealColumn:
            return label(m_run->real, row.real);
        case DistanceColumn:
            return MetricsModel::formatValue(row.distance);
        case NearestGeneratedColumn:
            return label(m_run->generated, row.nearestGenerated);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DistanceColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SampleTableModel::SampleIndexRole:
        if (index.column() == RealColumn) {
            return row.real;
        }
        if (index.column() == NearestGeneratedColumn && row.nearestGenerated >= 0) {
            return row.nearestGenerated;
        }
        return {};
    case SampleTableModel::SetRoleRole:
        if (index.column() == RealColumn) {
            return static_cast<int>(SetRole::Real);
        }
        if (index.column() == NearestGeneratedColumn && row.nearestGenerated >= 0) {
            return static_cast<int>(SetRole::Generated);
        }
        return {};
    case SampleTableModel::SortRole:
        if (index.column() == DistanceColumn) {
            return row.distance;
        }
        return index.data(Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant MissingModesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RealColumn:
        return tr("Real sample");
    case DistanceColumn:
        return tr("Distance to nearest generated");
    case NearestGeneratedColumn:
        return tr("Nearest generated");
    default:
        return {};
    }
}

} // namespace genlens::app

#include "models/sampledetailmodel.h"

#include "models/metricsmodel.h"
#include "models/sampletablemodel.h"

#include <QLocale>
#include <cmath>

namespace genlens::app {

SampleDetailModel::SampleDetailModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SampleDetailModel::setRun(std::shared_ptr<const RunResult> run)
{
    beginResetModel();
    m_run = std::move(run);
    m_distributions.setRun(m_run);
    m_rows.clear();
    endResetModel();
}

void SampleDetailModel::setSample(SetRole set, qint64 index)
{
    beginResetModel();
    m_rows.clear();
    if (m_run) {
        const QList<genlens::app::ScoreColumn>& columns
            = set == SetRole::Real ? m_run->realScores : m_run->generatedScores;
        for (const genlens::app::ScoreColumn& column : columns) {
            if (index < 0 || static_cast<size_t>(index) >= column.values.size()) {
                continue;
            }
            const double value = column.values[static_cast<size_t>(index)];
            m_rows.append({column.key, value, m_distributions.percentile(set, column.key, value)});
        }
    }
    endResetModel();
}

void SampleDetailModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SampleDetailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SampleDetailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleDetailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScoreColumn:
            return scoreDisplayName(row.key);
        case ValueColumn:
            return MetricsModel::formatValue(row.value);
        case PercentileColumn:
            if (std::isnan(row.percentile)) {
                return tr("n/a");
            }
            return tr("%1%").arg(QLocale().toString(row.percentile, 'f', 1));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("Share of this set's samples with a score at or below this one");
    case Qt::TextAlignmentRole:
        if (index.column() != ScoreColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case KeyRole:
        return row.key;
    case ValueRole:
        return row.value;
    case PercentileRole:
        return row.percentile;
    default:
        return {};
    }
}

QVariant SampleDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ScoreColumn:
        return tr("Score");
    case ValueColumn:
        return tr("Value");
    case PercentileColumn:
        return tr("Percentile in set");
    default:
        return {};
    }
}

} // namespace genlens::app

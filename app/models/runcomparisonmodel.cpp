#include "models/runcomparisonmodel.h"

#include "models/metricsmodel.h"
#include "models/metrictext.h"

#include <cmath>

namespace genlens::app {

RunComparisonModel::RunComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RunComparisonModel::setRuns(const QString& nameA, const QList<MetricValue>& a,
                                 const QString& nameB, const QList<MetricValue>& b)
{
    beginResetModel();
    m_nameA = nameA;
    m_nameB = nameB;
    m_rows.clear();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const MetricValue& m : a) {
        m_rows.append({m.key, m.value, nan});
    }
    for (const MetricValue& m : b) {
        bool found = false;
        for (Row& row : m_rows) {
            if (row.key == m.key) {
                row.b = m.value;
                found = true;
            }
        }
        if (!found) {
            m_rows.append({m.key, nan, m.value});
        }
    }
    endResetModel();
}

void RunComparisonModel::clear()
{
    setRuns({}, {}, {}, {});
}

int RunComparisonModel::verdict(const Row& row) const
{
    if (!std::isfinite(row.a) || !std::isfinite(row.b) || row.a == row.b) {
        return 0;
    }
    switch (metricDirection(row.key)) {
    case MetricDirection::HigherIsBetter:
        return row.b > row.a ? 1 : -1;
    case MetricDirection::LowerIsBetter:
        return row.b < row.a ? 1 : -1;
    case MetricDirection::Unknown:
        return 0;
    }
    return 0;
}

int RunComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RunComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    const double difference = row.b - row.a;
    const int v = verdict(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return row.key;
        case AColumn:
            return MetricsModel::formatValue(row.a);
        case BColumn:
            return MetricsModel::formatValue(row.b);
        case DifferenceColumn:
            if (std::isnan(difference)) {
                return MetricsModel::formatValue(difference);
            }
            return (difference > 0 ? QStringLiteral("+") : QString())
                + MetricsModel::formatValue(difference);
        case VerdictColumn:
            return v > 0 ? tr("B better") : v < 0 ? tr("B worse") : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() != KeyColumn && index.column() != VerdictColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        return metricMeaning(row.key);
    case DifferenceRole:
        return difference;
    case ImprovedRole:
        return v;
    default:
        return {};
    }
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Metric");
    case AColumn:
        return m_nameA.isEmpty() ? tr("A") : tr("A: %1").arg(m_nameA);
    case BColumn:
        return m_nameB.isEmpty() ? tr("B") : tr("B: %1").arg(m_nameB);
    case DifferenceColumn:
        return tr("B − A");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

} // namespace genlens::app

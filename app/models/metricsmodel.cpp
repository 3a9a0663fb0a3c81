#include "models/metricsmodel.h"

#include "models/metrictext.h"

#include <QLocale>
#include <cmath>

namespace genlens::app {

MetricsModel::MetricsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MetricsModel::setMetrics(const QList<MetricValue>& metrics)
{
    beginResetModel();
    m_metrics = metrics;
    endResetModel();
}

void MetricsModel::clear()
{
    setMetrics({});
}

QString MetricsModel::formatValue(double value)
{
    if (std::isnan(value)) {
        return tr("n/a");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    }
    return QLocale().toString(value, 'g', 6);
}

int MetricsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_metrics.size());
}

int MetricsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MetricValue& metric = m_metrics[index.row()];
    const MetricDirection direction = metricDirection(metric.key);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return metric.key;
        case ValueColumn:
            return formatValue(metric.value);
        case SpreadColumn:
            return std::isnan(metric.std) ? QString()
                                          : QStringLiteral("± ") + formatValue(metric.std);
        case DirectionColumn:
            switch (direction) {
            case MetricDirection::HigherIsBetter:
                return QStringLiteral("↑");
            case MetricDirection::LowerIsBetter:
                return QStringLiteral("↓");
            case MetricDirection::Unknown:
                return QString();
            }
            return {};
        case MeaningColumn:
            return metricMeaning(metric.key);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip;
        switch (direction) {
        case MetricDirection::HigherIsBetter:
            tip = tr("Higher is better");
            break;
        case MetricDirection::LowerIsBetter:
            tip = tr("Lower is better");
            break;
        case MetricDirection::Unknown:
            break;
        }
        const auto [lower, upper] = metricBounds(metric.key);
        if (std::isfinite(lower) || std::isfinite(upper)) {
            tip += QLatin1Char('\n')
                + tr("Range: %1 to %2").arg(formatValue(lower), formatValue(upper));
        }
        const QString meaning = metricMeaning(metric.key);
        if (!meaning.isEmpty()) {
            tip += QLatin1Char('\n') + meaning;
        }
        return tip.trimmed();
    }
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == SpreadColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (index.column() == DirectionColumn) {
            return QVariant::fromValue(Qt::AlignCenter);
        }
        return {};
    case KeyRole:
        return metric.key;
    case ValueRole:
        return metric.value;
    case StdRole:
        return metric.std;
    case HigherIsBetterRole:
        if (direction == MetricDirection::Unknown) {
            return {};
        }
        return direction == MetricDirection::HigherIsBetter;
    case MeaningRole:
        return metricMeaning(metric.key);
    default:
        return {};
    }
}

QVariant MetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case SpreadColumn:
        return tr("Spread");
    case DirectionColumn:
        return tr("Better");
    case MeaningColumn:
        return tr("Meaning");
    default:
        return {};
    }
}

} // namespace genlens::app

#include "models/metricsmodel.h"

#include "evaluation/featurespacename.h"
#include "evaluation/metricselection.h"
#include "models/metrictext.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace genlens::app {

MetricsModel::MetricsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MetricsModel::setMetrics(const QList<MetricValue>& metrics, const QJsonObject& notComputed,
                              const QJsonObject& runExtra)
{
    beginResetModel();
    m_metrics = metrics;
    m_intervals.clear();
    for (const MetricValue& metric : metrics) {
        m_intervals << metricInterval(runExtra, metric.key);
    }
    m_reasons = notComputed;
    m_notComputed.clear();
    for (const QString& key : notComputed.keys()) {
        const bool present = std::any_of(metrics.cbegin(), metrics.cend(),
                                         [&](const MetricValue& m) { return m.key == key; });
        if (!present && !m_notComputed.contains(key)) {
            m_notComputed << key;
        }
    }
    endResetModel();
}

void MetricsModel::setFeatureSpace(const QString& space)
{
    if (space == m_featureSpace) {
        return;
    }
    beginResetModel();
    m_featureSpace = space;
    endResetModel();
}

QString MetricsModel::notComputedText()
{
    return tr("not computed");
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
    return parent.isValid() ? 0 : static_cast<int>(m_metrics.size() + m_notComputed.size());
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
    if (index.row() >= m_metrics.size()) {
        return notComputedData(m_notComputed.at(index.row() - m_metrics.size()), index.column(),
                               role);
    }
    const MetricValue& metric = m_metrics[index.row()];
    const MetricInterval& interval = m_intervals[index.row()];
    const MetricDirection direction = metricDirection(metric.key);
    switch (role) {
    case ComputedRole:
        return true;
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return metricLabel(metric.key, m_featureSpace);
        case ValueColumn:
            if (interval.isValid()) {
                return QStringLiteral("%1 [%2, %3]")
                    .arg(formatValue(metric.value), formatValue(interval.low),
                         formatValue(interval.high));
            }
            return formatValue(metric.value);
        case IntervalColumn:
            return {};
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
        if (interval.isValid()) {
            tip += QLatin1Char('\n')
                + tr("%1 % confidence interval: [%2, %3]")
                      .arg(QLocale().toString(interval.level * 100, 'g', 3),
                           formatValue(interval.low), formatValue(interval.high));
            if (!interval.method.isEmpty()) {
                tip += QLatin1Char('\n') + tr("Interval: %1").arg(interval.method);
            }
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
    case CiLowRole:
        return interval.low;
    case CiHighRole:
        return interval.high;
    case AxisLowRole:
    case AxisHighRole: {
        // Bounded metrics on their range; the others from 0 (or below the interval) to a tenth
        // above it, so the bar's width reads as a share of the value.
        const auto [lower, upper] = metricBounds(metric.key);
        const double top = std::max(interval.high, metric.value);
        const double bottom = std::min(interval.low, metric.value);
        const double low = std::isfinite(lower) ? lower : std::min(0.0, bottom);
        double high = std::isfinite(upper) ? upper : top + 0.1 * (top - low);
        if (!(high > low)) {
            high = low + 1.0;
        }
        return role == AxisLowRole ? low : high;
    }
    case HigherIsBetterRole:
        if (direction == MetricDirection::Unknown) {
            return {};
        }
        return direction == MetricDirection::HigherIsBetter;
    case MeaningRole:
        return metricMeaning(metric.key);
    case FeatureSpaceRole:
        return metricFeatureSpace(metric.key, m_featureSpace);
    default:
        return {};
    }
}

QVariant MetricsModel::notComputedData(const QString& key, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == KeyColumn) {
            return metricLabel(key, m_featureSpace);
        }
        if (column == ValueColumn) {
            return notComputedText();
        }
        if (column == MeaningColumn) {
            return metricMeaning(key);
        }
        return QString();
    case Qt::ToolTipRole: {
        const QString reason = m_reasons.value(key).toString();
        if (reason.isEmpty() || reason == notRequestedReason()) {
            return tr("Not computed in this run (not among the metrics asked for)");
        }
        return tr("Not computed in this run: %1").arg(reason);
    }
    case Qt::TextAlignmentRole:
        return column == ValueColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                     : QVariant();
    case KeyRole:
        return key;
    case ValueRole:
    case StdRole:
    case CiLowRole:
    case CiHighRole:
        return std::numeric_limits<double>::quiet_NaN();
    case MeaningRole:
        return metricMeaning(key);
    case ComputedRole:
        return false;
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
    case IntervalColumn:
        return tr("95 % interval");
    case DirectionColumn:
        return tr("Better");
    case MeaningColumn:
        return tr("Meaning");
    default:
        return {};
    }
}

} // namespace genlens::app

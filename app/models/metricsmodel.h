#pragma once

#include "evaluation/runresult.h"
#include "intervals/metricinterval.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace genlens::app {

// The set-level metrics of one run: value, spread, the direction in which it is better and a
// one-line meaning (from the metric registry, translated).
class MetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        ValueColumn,
        SpreadColumn,
        IntervalColumn, // the confidence interval as an error bar (the window's delegate)
        DirectionColumn,
        MeaningColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole,
        ValueRole, // double (NaN when undefined)
        StdRole, // double (NaN when the metric has no spread)
        HigherIsBetterRole, // bool; invalid when the metric is not in the registry
        MeaningRole,
        ComputedRole, // bool: false for a metric the run skipped ("not computed")
        FeatureSpaceRole, // the run's feature space for a feature-space metric, else empty
        CiLowRole, // double: the confidence interval (NaN when the run has none)
        CiHighRole,
        AxisLowRole, // double: the error bar's scale (the metric's bounds, or 0 … above the
        AxisHighRole, //         interval for unbounded metrics)
    };
    Q_ENUM(Role)

    explicit MetricsModel(QObject* parent = nullptr);

    // `notComputed`: key -> reason of the metrics the run skipped (its extra.not_computed); they
    // follow the metrics as rows that say "not computed", distinct from an undefined value
    // ("n/a").
    // `runExtra`: the run's extra JSON, whose "intervals" (metricinterval.h) are shown as
    // "value [low, high]" and as error bars.
    void setMetrics(const QList<MetricValue>& metrics, const QJsonObject& notComputed = {},
                    const QJsonObject& runExtra = {});
    // The run's feature space (featurespacename.h): the key column then names it next to each
    // distance that lives in it, "FID (Inception)", "CMMD (CLIP)"; empty: the keys as they are.
    void setFeatureSpace(const QString& space);
    void clear();
    const QList<MetricValue>& metrics() const { return m_metrics; }

    // What a view shows for a skipped metric (translated).
    static QString notComputedText();

    // A value as the dashboard prints it: up to 6 significant digits, locale-aware.
    static QString formatValue(double value);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant notComputedData(const QString& key, int column, int role) const;

    QList<MetricValue> m_metrics;
    QList<MetricInterval> m_intervals; // aligned with m_metrics
    QStringList m_notComputed;
    QJsonObject m_reasons;
    QString m_featureSpace;
};

} // namespace genlens::app

#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <cmath>
#include <limits>

namespace genlens::app {

// A metric's confidence interval as a run stores it: in the run's extra JSON (run_extra in the
// project) under "intervals": {"resamples": R, "seed": s, "level": 0.95,
// "metrics": {KEY: {"ci_low": a, "ci_high": b, "method": "..."}}}. The CLI's JSON prints it next
// to the value as {"value", "ci_low", "ci_high", "ci_level"} (design.md §5); the metrics page and
// the report read it from here.
struct MetricInterval
{
    double low = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();
    double level = 0.95;
    QString method;

    bool isValid() const { return std::isfinite(low) && std::isfinite(high); }
};

// The interval of `key` in a run's extra JSON (invalid when there is none).
MetricInterval metricInterval(const QJsonObject& extra, const QString& key);

// The key under which a run's extra holds its intervals, and FID∞ with its curve.
inline QString intervalsKey()
{
    return QStringLiteral("intervals");
}
inline QString fidInfinityKey()
{
    return QStringLiteral("fid_infinity");
}

// FID and KID against the sample count and the FID∞ line of a run (extra["fid_infinity"]), for
// the metrics page's chart and the report: points (N, value), and FID = intercept + slope / N.
struct FidCurve
{
    QList<QPointF> fid;
    QList<QPointF> kid; // empty when KID was not computed
    double intercept = std::numeric_limits<double>::quiet_NaN(); // FID∞
    double stdError = std::numeric_limits<double>::quiet_NaN();
    double slope = std::numeric_limits<double>::quiet_NaN();

    bool isValid() const { return fid.size() >= 3; }
};
FidCurve fidCurve(const QJsonObject& extra);

} // namespace genlens::app

#include "intervals/metricinterval.h"

#include <QJsonArray>
#include <QJsonValue>
#include <genlens/metrics/sets/setintervals.h>
#include <vector>

namespace genlens::app {

MetricInterval metricInterval(const QJsonObject& extra, const QString& key)
{
    MetricInterval out;
    const QJsonObject intervals = extra.value(intervalsKey()).toObject();
    const QJsonObject entry
        = intervals.value(QStringLiteral("metrics")).toObject().value(key).toObject();
    if (entry.isEmpty()) {
        return out;
    }
    const auto number = [](const QJsonValue& v) {
        return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
    };
    out.low = number(entry.value(QStringLiteral("ci_low")));
    out.high = number(entry.value(QStringLiteral("ci_high")));
    out.level = intervals.value(QStringLiteral("level")).toDouble(0.95);
    out.method = entry.value(QStringLiteral("method")).toString();
    return out;
}

FidCurve fidCurve(const QJsonObject& extra)
{
    FidCurve curve;
    const QJsonObject fi = extra.value(fidInfinityKey()).toObject();
    std::vector<double> x;
    std::vector<double> y;
    for (const QJsonValue point : fi.value(QStringLiteral("curve")).toArray()) {
        const QJsonObject p = point.toObject();
        const double n = p.value(QStringLiteral("n")).toDouble();
        const QJsonValue fid = p.value(QStringLiteral("fid"));
        if (n <= 0 || !fid.isDouble()) {
            continue;
        }
        curve.fid << QPointF(n, fid.toDouble());
        x.push_back(1.0 / n);
        y.push_back(fid.toDouble());
        if (p.value(QStringLiteral("kid")).isDouble()) {
            curve.kid << QPointF(n, p.value(QStringLiteral("kid")).toDouble());
        }
    }
    if (x.size() >= 3) {
        const metrics::LineFit line = metrics::fitLine(x, y);
        curve.intercept = line.intercept;
        curve.slope = line.slope;
        curve.stdError = line.interceptError;
    }
    return curve;
}

} // namespace genlens::app

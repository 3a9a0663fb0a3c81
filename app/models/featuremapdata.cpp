#include "models/featuremapdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <limits>

namespace genlens::app {

QPointF MapViewport::toScreen(double x, double y) const
{
    const double sx = screen.width() / data.width();
    const double sy = screen.height() / data.height();
    return {screen.left() + (x - data.left()) * sx, screen.bottom() - (y - data.top()) * sy};
}

QPointF MapViewport::toData(const QPointF& p) const
{
    const double sx = data.width() / screen.width();
    const double sy = data.height() / screen.height();
    return {data.left() + (p.x() - screen.left()) * sx,
            data.top() + (screen.bottom() - p.y()) * sy};
}

namespace {

std::vector<double> numbers(const QJsonValue& value)
{
    const QJsonArray array = value.toArray();
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue& v : array) {
        out.push_back(v.toDouble(std::numeric_limits<double>::quiet_NaN()));
    }
    return out;
}

// Reads one set; returns false when the object is inconsistent.
bool readPoints(const QJsonObject& o, FeatureMapData::Points& points)
{
    points.total = o.value(QStringLiteral("total")).toInteger(-1);
    points.subsampled = o.value(QStringLiteral("subsampled")).toBool();
    points.x = numbers(o.value(QStringLiteral("x")));
    points.y = numbers(o.value(QStringLiteral("y")));
    const std::size_t n = points.x.size();
    if (points.total < 0 || points.y.size() != n) {
        return false;
    }
    points.indices.clear();
    points.indices.reserve(n);
    if (points.subsampled) {
        const QJsonArray indices = o.value(QStringLiteral("indices")).toArray();
        for (const QJsonValue& v : indices) {
            points.indices.push_back(v.toInteger(-1));
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            points.indices.push_back(static_cast<qint64>(i));
        }
        if (static_cast<qint64>(n) != points.total) {
            return false;
        }
    }
    if (points.indices.size() != n) {
        return false;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 index = points.indices[i];
        if (index < 0 || index >= points.total || (i > 0 && index <= points.indices[i - 1])
            || !std::isfinite(points.x[i]) || !std::isfinite(points.y[i])) {
            return false;
        }
    }
    return true;
}

} // namespace

FeatureMapData FeatureMapData::fromRun(const RunResult* run)
{
    FeatureMapData map;
    if (!run) {
        return map;
    }
    const QJsonValue stored = run->extra.value(QStringLiteral("feature_map"));
    if (!stored.isObject()) {
        if (run->modality == QLatin1String("recsys")) {
            map.m_status = Status::NoFeatureSpace;
        } else if (run->real.kind == QLatin1String("statistics")
                   || run->generated.kind == QLatin1String("statistics")) {
            map.m_status = Status::StatisticsOnly;
        } else {
            map.m_status = Status::NotComputed;
        }
        return map;
    }
    const QJsonObject o = stored.toObject();
    const QString status = o.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("pending")) {
        map.m_status = Status::Pending;
        return map;
    }
    if (status == QLatin1String("failed")) {
        map.m_status = Status::Failed;
        map.m_reason = o.value(QStringLiteral("reason")).toString();
        return map;
    }
    map.m_method = o.value(QStringLiteral("method")).toString();
    map.m_fittedOn = o.value(QStringLiteral("fitted_on")).toString();
    map.m_features = o.value(QStringLiteral("features")).toString();
    map.m_dimension = o.value(QStringLiteral("dimension")).toInteger();
    const QJsonArray ratio = o.value(QStringLiteral("explained_variance_ratio")).toArray();
    map.m_ratio[0] = ratio.at(0).toDouble();
    map.m_ratio[1] = ratio.at(1).toDouble();
    map.m_seed = o.value(QStringLiteral("seed")).toInteger();
    map.m_maxPointsPerSet = o.value(QStringLiteral("max_points_per_set")).toInteger();
    if (!readPoints(o.value(QStringLiteral("real")).toObject(), map.m_real)
        || !readPoints(o.value(QStringLiteral("generated")).toObject(), map.m_generated)) {
        FeatureMapData broken;
        broken.m_status = Status::Failed;
        broken.m_reason = QStringLiteral("the stored map is inconsistent");
        return broken;
    }
    map.m_status = Status::Available;
    double x0 = std::numeric_limits<double>::infinity();
    double x1 = -x0;
    double y0 = x0;
    double y1 = -x0;
    for (const Points* p : {&map.m_real, &map.m_generated}) {
        for (qsizetype i = 0; i < p->size(); ++i) {
            const auto at = static_cast<std::size_t>(i);
            x0 = std::min(x0, p->x[at]);
            x1 = std::max(x1, p->x[at]);
            y0 = std::min(y0, p->y[at]);
            y1 = std::max(y1, p->y[at]);
        }
    }
    if (!(x0 <= x1)) {
        x0 = y0 = -1;
        x1 = y1 = 1;
    }
    if (x0 == x1) {
        x0 -= 1;
        x1 += 1;
    }
    if (y0 == y1) {
        y0 -= 1;
        y1 += 1;
    }
    map.m_bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    return map;
}

double FeatureMapData::explainedVarianceRatio(int component) const
{
    return component == 0 || component == 1 ? m_ratio[component]
                                            : std::numeric_limits<double>::quiet_NaN();
}

std::optional<FeatureMapData::Hit> FeatureMapData::nearest(const QPointF& screenPoint,
                                                           double radius,
                                                           const MapViewport& viewport,
                                                           bool showReal, bool showGenerated) const
{
    std::optional<Hit> best;
    double bestDistance = radius * radius;
    for (const SetRole set : {SetRole::Real, SetRole::Generated}) {
        if (!(set == SetRole::Real ? showReal : showGenerated)) {
            continue;
        }
        const Points& p = points(set);
        for (qsizetype i = 0; i < p.size(); ++i) {
            const auto at = static_cast<std::size_t>(i);
            const QPointF s = viewport.toScreen(p.x[at], p.y[at]);
            const double dx = s.x() - screenPoint.x();
            const double dy = s.y() - screenPoint.y();
            const double d2 = dx * dx + dy * dy;
            // Strictly nearer wins; an equal distance goes to the generated set (drawn on top).
            if (d2 < bestDistance || (d2 == bestDistance && (!best || best->set != set))) {
                best = Hit {set, p.indices[at], i};
                bestDistance = d2;
            }
        }
    }
    return best;
}

QList<qint64> FeatureMapData::samplesInside(SetRole set, const QRectF& screenRect,
                                            const MapViewport& viewport) const
{
    const QRectF rect = screenRect.normalized();
    QList<qint64> out;
    const Points& p = points(set);
    for (qsizetype i = 0; i < p.size(); ++i) {
        const auto at = static_cast<std::size_t>(i);
        const QPointF s = viewport.toScreen(p.x[at], p.y[at]);
        if (s.x() >= rect.left() && s.x() <= rect.right() && s.y() >= rect.top()
            && s.y() <= rect.bottom()) {
            out << p.indices[at];
        }
    }
    return out;
}

qsizetype FeatureMapData::pointOf(SetRole set, qint64 sample) const
{
    const Points& p = points(set);
    const auto it = std::lower_bound(p.indices.begin(), p.indices.end(), sample);
    if (it == p.indices.end() || *it != sample) {
        return -1;
    }
    return static_cast<qsizetype>(it - p.indices.begin());
}

FeatureMapData FeatureMapData::restrictedTo(const QList<qint64>& real,
                                            const QList<qint64>& generated) const
{
    FeatureMapData out = *this;
    for (const auto& [set, members] :
         {std::pair {SetRole::Real, &real}, std::pair {SetRole::Generated, &generated}}) {
        const Points& from = points(set);
        Points& to = set == SetRole::Real ? out.m_real : out.m_generated;
        to.indices.clear();
        to.x.clear();
        to.y.clear();
        QList<qint64> sorted = *members;
        std::sort(sorted.begin(), sorted.end());
        // Indices stay ascending, as pointOf() needs.
        for (const qint64 sample : sorted) {
            const qsizetype point = pointOf(set, sample);
            if (point >= 0 && (to.indices.empty() || to.indices.back() != sample)) {
                to.indices.push_back(sample);
                to.x.push_back(from.x[std::size_t(point)]);
                to.y.push_back(from.y[std::size_t(point)]);
            }
        }
    }
    return out;
}

} // namespace genlens::app

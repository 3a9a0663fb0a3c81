#pragma once

#include "evaluation/runresult.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

namespace genlens::app {

// Where the map's data rectangle sits on screen: x grows to the right, y upwards (screen y grows
// downwards). Both directions scale independently (the map fills its plot area; the axis titles
// carry each component's share of the variance).
struct MapViewport
{
    QRectF data; // data coordinates shown: left = x min, top = y min, width/height > 0
    QRectF screen; // the plot area in widget pixels

    QPointF toScreen(double x, double y) const;
    QPointF toData(const QPointF& screenPoint) const;
};

// The 2-D feature map of a run, read from RunResult::extra["feature_map"] (written by
// app/pipeline/featuremap.*), with hit testing for the map view. A value: copy freely.
class FeatureMapData
{
public:
    enum class Status {
        NoRun, // nothing shown
        Available, // a map
        Pending, // the stage has not run yet (running, or cancelled before it)
        Failed, // the stage ran and could not map the features (reason())
        NoFeatureSpace, // recommendation lists have no features
        StatisticsOnly, // a set given as FID statistics (mean and covariance only)
        NotComputed, // a run stored before GenLens drew maps
    };

    struct Points
    {
        qint64 total = 0; // samples in the set
        bool subsampled = false;
        std::vector<qint64> indices; // sample index of each point
        std::vector<double> x, y;
        qsizetype size() const { return static_cast<qsizetype>(x.size()); }
    };

    struct Hit
    {
        SetRole set = SetRole::Real;
        qint64 sample = -1; // index in the set
        qsizetype point = -1; // index into points(set)
    };

    FeatureMapData() = default;
    static FeatureMapData fromRun(const RunResult* run);

    Status status() const { return m_status; }
    bool isAvailable() const { return m_status == Status::Available; }
    QString reason() const { return m_reason; }
    QString method() const { return m_method; }
    QString fittedOn() const { return m_fittedOn; }
    QString features() const { return m_features; }
    qint64 dimension() const { return m_dimension; }
    double explainedVarianceRatio(int component) const;
    qint64 seed() const { return m_seed; }
    qint64 maxPointsPerSet() const { return m_maxPointsPerSet; }
    const Points& points(SetRole set) const { return set == SetRole::Real ? m_real : m_generated; }
    // Bounds of every point; a degenerate side is widened to ±1 around its value.
    QRectF bounds() const { return m_bounds; }

    // The point nearest to a screen position, if one lies within `radius` pixels; an exact tie
    // goes to the generated set, then to the lower sample index. Sets the user hid on the map
    // (showReal / showGenerated false) are not hit.
    std::optional<Hit> nearest(const QPointF& screenPoint, double radius,
                               const MapViewport& viewport, bool showReal = true,
                               bool showGenerated = true) const;
    // Sample indices of the set's points inside a screen rectangle (edges included), ascending.
    QList<qint64> samplesInside(SetRole set, const QRectF& screenRect,
                                const MapViewport& viewport) const;
    // The point of a sample, or -1 when the sample is not on the map (subsampled away).
    qsizetype pointOf(SetRole set, qint64 sample) const;
    // The same map with only these samples' points (e.g. a slice's members); bounds stay those
    // of the whole map, so the slice is seen where it lies among the rest.
    FeatureMapData restrictedTo(const QList<qint64>& real, const QList<qint64>& generated) const;

private:
    Status m_status = Status::NoRun;
    QString m_reason;
    QString m_method;
    QString m_fittedOn;
    QString m_features;
    qint64 m_dimension = 0;
    double m_ratio[2] = {0, 0};
    qint64 m_seed = 0;
    qint64 m_maxPointsPerSet = 0;
    Points m_real;
    Points m_generated;
    QRectF m_bounds;
};

} // namespace genlens::app

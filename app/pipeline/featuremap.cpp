#include "pipeline/featuremap.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace genlens::app {

namespace {

// Decimals that keep `digits` significant digits of the largest |value|.
int decimalsFor(const metrics::FeatureProjection& p, int digits)
{
    double largest = 0;
    for (const metrics::ProjectedSet* set : {&p.real, &p.generated}) {
        for (const std::vector<double>* values : {&set->x, &set->y}) {
            for (const double v : *values) {
                largest = std::max(largest, std::abs(v));
            }
        }
    }
    if (!(largest > 0) || !std::isfinite(largest)) {
        return 0;
    }
    const int magnitude = static_cast<int>(std::floor(std::log10(largest)));
    return std::clamp(digits - 1 - magnitude, 0, 15);
}

QJsonArray rounded(const std::vector<double>& values, int decimals)
{
    // k / 10^decimals is correctly rounded, so it prints as the short decimal.
    const double scale = std::pow(10.0, decimals);
    QJsonArray out;
    for (const double v : values) {
        out.append(std::round(v * scale) / scale);
    }
    return out;
}

QJsonObject setJson(const metrics::ProjectedSet& set, int decimals)
{
    QJsonObject o;
    o.insert(QStringLiteral("total"), static_cast<qint64>(set.total));
    o.insert(QStringLiteral("shown"), static_cast<qint64>(set.kept.size()));
    o.insert(QStringLiteral("subsampled"), set.subsampled);
    if (set.subsampled) {
        QJsonArray indices;
        for (const std::int64_t i : set.kept) {
            indices.append(static_cast<qint64>(i));
        }
        o.insert(QStringLiteral("indices"), indices);
    }
    o.insert(QStringLiteral("x"), rounded(set.x, decimals));
    o.insert(QStringLiteral("y"), rounded(set.y, decimals));
    return o;
}

} // namespace

QJsonObject featureMapJson(const metrics::FeatureProjection& p, const QString& features)
{
    const int decimals = decimalsFor(p, kFeatureMapSignificantDigits);
    QJsonObject o;
    o.insert(QStringLiteral("method"), QStringLiteral("pca"));
    o.insert(QStringLiteral("fitted_on"), QStringLiteral("real+generated"));
    o.insert(QStringLiteral("features"), features);
    o.insert(QStringLiteral("dimension"), static_cast<qint64>(p.pca.mean.size()));
    o.insert(QStringLiteral("explained_variance_ratio"),
             QJsonArray {p.pca.explainedVarianceRatio(0), p.pca.explainedVarianceRatio(1)});
    o.insert(QStringLiteral("explained_variance"),
             QJsonArray {p.pca.explainedVariance(0), p.pca.explainedVariance(1)});
    o.insert(QStringLiteral("seed"), static_cast<qint64>(p.seed));
    o.insert(QStringLiteral("max_points_per_set"), static_cast<qint64>(p.maxPointsPerSet));
    o.insert(QStringLiteral("coordinate_decimals"), decimals);
    o.insert(QStringLiteral("real"), setJson(p.real, decimals));
    o.insert(QStringLiteral("generated"), setJson(p.generated, decimals));
    return o;
}

QJsonObject featureMapPending()
{
    return QJsonObject {{QStringLiteral("status"), QStringLiteral("pending")}};
}

QJsonObject featureMapFailed(const QString& reason)
{
    return QJsonObject {{QStringLiteral("status"), QStringLiteral("failed")},
                        {QStringLiteral("reason"), reason}};
}

void addFeatureMap(RunResult& result, const Eigen::Ref<const metrics::RowMatrixXf>& real,
                   const Eigen::Ref<const metrics::RowMatrixXf>& generated,
                   const FeatureMapOptions& options, PipelineContext& context)
{
    QElapsedTimer timer;
    timer.start();
    context.beginStage(QStringLiteral("feature map"), 1000);
    metrics::ProjectionOptions po;
    po.seed = options.seed;
    po.maxPointsPerSet = options.maxPointsPerSet;
    po.threads = options.threads;
    const metrics::FeatureProjection projection
        = options.realStatistics && options.generatedStatistics
        ? metrics::pcaProjection(real, generated, *options.realStatistics,
                                 *options.generatedStatistics, po, context.progress())
        : metrics::pcaProjection(real, generated, po, context.progress());
    result.extra.insert(QStringLiteral("feature_map"),
                        featureMapJson(projection, options.features));
    result.timingsMs.insert(QStringLiteral("feature_map"), timer.elapsed());
}

} // namespace genlens::app

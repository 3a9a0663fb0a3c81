#include "pipeline/featuremetrics.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

namespace genlens::app {

namespace {

template<typename T>
std::vector<double> toDouble(const std::vector<T>& values)
{
    return std::vector<double>(values.begin(), values.end());
}

void addLinks(std::vector<Neighbour>& out, SetRole from, SetRole to,
              const metrics::IndexMatrix& indices, const metrics::RowMatrixXd& distances)
{
    for (Eigen::Index row = 0; row < indices.rows(); ++row) {
        for (Eigen::Index rank = 0; rank < indices.cols(); ++rank) {
            Neighbour link;
            link.fromSet = from;
            link.from = row;
            link.toSet = to;
            link.to = indices(row, rank);
            link.rank = static_cast<int>(rank);
            link.distance = distances(row, rank);
            out.push_back(link);
        }
    }
}

} // namespace

namespace {

// Issue 15: an all-zero or constant feature set gave FID 0 and Vendi 1 without a word, and
// features ×1e30 a NaN KID without a reason. Both are said as warnings.
void addDegenerateWarnings(RunResult& result, const metrics::FeatureSpaceReport& report,
                           const metrics::FeatureSpaceOptions& options, const QString& prefix)
{
    const QString space = prefix.isEmpty() ? QStringLiteral("features") : QStringLiteral("embeddings");
    for (const auto& [name, stats] : {std::pair{"real", &report.realStatistics},
                                      std::pair{"generated", &report.generatedStatistics}}) {
        if (stats->mu.size() == 0) {
            continue;
        }
        // Identical rows leave only float64 rounding in the covariance, ~1e-32 of ‖μ‖².
        const double spread = stats->sigma.trace();
        if (spread <= 1e-24 * std::max(1.0, stats->mu.squaredNorm())) {
            result.warnings << QStringLiteral("%1 set: all %2 %3 are identical (zero variance): "
                                              "%4fid, %4kid, precision/recall and vendi are "
                                              "degenerate, not a measure of quality")
                                   .arg(QLatin1String(name))
                                   .arg(stats->n)
                                   .arg(space, prefix);
        }
    }
    // Squared distances and the KID kernel are accumulated from float32 features: past about
    // 1e37 (float32 ends at 3.4e38) they overflow to inf and the k-NN metrics silently change.
    double largest = 0;
    for (const auto* stats : {&report.realStatistics, &report.generatedStatistics}) {
        if (stats->mu.size() > 0) {
            largest = std::max(largest, stats->mu.cwiseAbs().maxCoeff()
                                            + std::sqrt(stats->sigma.diagonal().maxCoeff()));
        }
    }
    const double dimension = static_cast<double>(std::max<std::int64_t>(1, report.dimension));
    if ((options.kid && std::isnan(report.kid)) || largest * largest * dimension > 1e37) {
        result.warnings << QStringLiteral("%1 of magnitude about %2 overflow single precision: "
                                          "%3kid is undefined and %3precision, recall, density "
                                          "and coverage are unreliable; rescale them")
                               .arg(space)
                               .arg(largest, 0, 'g', 3)
                               .arg(prefix);
    }
}

} // namespace

void addLiveStatistics(RunResult& result, const metrics::FeatureSpaceReport& report,
                       const QString& prefix)
{
    if (!report.live.empty()) {
        result.liveStatistics.insert(prefix, QByteArray::fromStdString(
                                                 metrics::encodeLiveStatistics(report.live)));
    }
}

void addFeatureSpaceResults(RunResult& result, const metrics::FeatureSpaceReport& report,
                            const metrics::FeatureSpaceOptions& options, const QString& prefix)
{
    const auto add = [&](bool computed, const char* key, double value, double stddev) {
        if (!computed) {
            return;
        }
        MetricValue metric;
        metric.key = prefix + QLatin1String(key);
        metric.value = value;
        metric.std = stddev;
        result.metrics << metric;
    };
    const double none = std::numeric_limits<double>::quiet_NaN();
    add(options.fid, "fid", report.fid, none);
    add(options.kid, "kid", report.kid, report.kidStd);
    add(options.prdc, "precision", report.precision, none);
    add(options.prdc, "recall", report.recall, none);
    add(options.prdc, "density", report.density, none);
    add(options.prdc, "coverage", report.coverage, none);
    add(options.vendiReal, "vendi_real", report.vendiReal, none);
    add(options.vendiGenerated, "vendi_generated", report.vendiGenerated, none);
    add(options.memorization, "memorized_fraction", report.memorizedFraction, none);
    add(options.cmmd, "cmmd", report.cmmd, none);
    addDegenerateWarnings(result, report, options, prefix);
    addLiveStatistics(result, report, prefix);

    const bool ownsSamples = prefix.isEmpty() || result.neighbours.empty();
    if (!ownsSamples) {
        return;
    }
    const auto column = [&](const char* key, std::vector<double> values) {
        return ScoreColumn{prefix + QLatin1String(key), std::move(values)};
    };
    if (options.prdc) {
        result.generatedScores << column("realism", report.realism);
    }
    if (options.memorization) {
        result.generatedScores << column("nearest_real_distance", report.nearestRealDistance)
                               << column("nearest_ratio", report.nearestRatio)
                               << column("memorized", toDouble(report.memorized));
    }
    if (options.prdc) {
        result.generatedScores << column("inside_real_manifold",
                                         toDouble(report.insideRealManifold));
    }
    if (options.prdc) {
        result.realScores << column("knn_radius", report.realRadius)
                          << column("covered", toDouble(report.covered))
                          << column("inside_generated_manifold",
                                    toDouble(report.insideGeneratedManifold))
                          << column("nearest_generated_distance", report.nearestGeneratedDistance);
    }

    // Neighbour matrices of the searches that ran (empty otherwise).
    addLinks(result.neighbours, SetRole::Generated, SetRole::Real, report.generatedToReal,
             report.generatedToRealDistance);
    addLinks(result.neighbours, SetRole::Real, SetRole::Generated, report.realToGenerated,
             report.realToGeneratedDistance);
    addLinks(result.neighbours, SetRole::Generated, SetRole::Generated,
             report.generatedToGenerated, report.generatedToGeneratedDistance);
    addLinks(result.neighbours, SetRole::Real, SetRole::Real, report.realToReal,
             report.realToRealDistance);
}

} // namespace genlens::app

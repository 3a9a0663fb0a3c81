#include "pipeline/featuremetrics.h"

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

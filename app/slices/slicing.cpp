#include "slices/slicing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <genlens/metrics/text/kmeans.h>
#include <limits>
#include <map>
#include <stdexcept>

namespace genlens::app {

std::string folderSliceName(const std::string& relativePath)
{
    const std::size_t slash = relativePath.find('/');
    if (slash == std::string::npos || slash == 0) {
        return kRootSliceName;
    }
    return relativePath.substr(0, slash);
}

std::vector<SliceMembers> slicesFromLabels(const std::vector<std::string>& realLabels,
                                           const std::vector<std::string>& generatedLabels)
{
    std::map<std::string, SliceMembers> byName;
    for (std::size_t i = 0; i < realLabels.size(); ++i) {
        byName[realLabels[i]].real.push_back(static_cast<std::int64_t>(i));
    }
    for (std::size_t i = 0; i < generatedLabels.size(); ++i) {
        byName[generatedLabels[i]].generated.push_back(static_cast<std::int64_t>(i));
    }
    std::vector<SliceMembers> out;
    out.reserve(byName.size());
    for (auto& [name, members] : byName) {
        members.name = name;
        out.push_back(std::move(members));
    }
    return out;
}

std::vector<int> nearestCentroids(const Eigen::Ref<const metrics::RowMatrixXf>& rows,
                                  const Eigen::Ref<const metrics::RowMatrixXf>& centroids)
{
    if (rows.rows() > 0 && rows.cols() != centroids.cols()) {
        throw std::invalid_argument("rows have " + std::to_string(rows.cols())
                                    + " columns, centroids " + std::to_string(centroids.cols()));
    }
    const metrics::RowMatrixXd c = centroids.cast<double>();
    std::vector<int> out(static_cast<std::size_t>(rows.rows()), 0);
    for (Eigen::Index r = 0; r < rows.rows(); ++r) {
        const Eigen::RowVectorXd x = rows.row(r).cast<double>();
        double best = std::numeric_limits<double>::infinity();
        for (Eigen::Index j = 0; j < c.rows(); ++j) {
            const double d = (x - c.row(j)).squaredNorm();
            if (d < best) {
                best = d;
                out[static_cast<std::size_t>(r)] = static_cast<int>(j);
            }
        }
    }
    return out;
}

ClusterSlicing clusterSlices(const Eigen::Ref<const metrics::RowMatrixXf>& real,
                             const Eigen::Ref<const metrics::RowMatrixXf>& generated, int clusters,
                             std::uint64_t seed, int threads, const metrics::Progress& progress)
{
    if (clusters < 1) {
        throw std::invalid_argument("clusters:K needs K >= 1, got " + std::to_string(clusters));
    }
    if (real.rows() < clusters) {
        throw std::invalid_argument("clusters:" + std::to_string(clusters) + " needs at least "
                                    + std::to_string(clusters) + " real samples, the real set has "
                                    + std::to_string(real.rows()));
    }
    metrics::text::KMeansOptions options;
    options.clusters = clusters;
    options.restarts = 1;
    options.maxIterations = 300;
    options.seed = seed;
    ClusterSlicing out;
    out.centroids = metrics::text::kmeans(real, options, progress, threads).centroids;
    // Both sides by the same rule (kmeans' own labels come from float GEMM tiles, which may
    // break a float near-tie the other way).
    out.realClusters = nearestCentroids(real, out.centroids);
    out.generatedClusters = nearestCentroids(generated, out.centroids);
    out.slices.resize(static_cast<std::size_t>(clusters));
    for (int c = 0; c < clusters; ++c) {
        out.slices[static_cast<std::size_t>(c)].name = "cluster_" + std::to_string(c + 1);
    }
    for (std::size_t i = 0; i < out.realClusters.size(); ++i) {
        out.slices[static_cast<std::size_t>(out.realClusters[i])].real.push_back(
            static_cast<std::int64_t>(i));
    }
    for (std::size_t i = 0; i < out.generatedClusters.size(); ++i) {
        out.slices[static_cast<std::size_t>(out.generatedClusters[i])].generated.push_back(
            static_cast<std::int64_t>(i));
    }
    return out;
}

double linearQuantile(std::vector<double> values, double q)
{
    if (values.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    std::sort(values.begin(), values.end());
    const double position = q * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return values[below] + fraction * (values[above] - values[below]);
}

namespace {

std::string number(double v)
{
    // Counts are integers; cut points may fall between two.
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

} // namespace

ActivitySlicing activitySlices(const std::vector<double>& counts,
                               const std::vector<std::int64_t>& realUser,
                               const std::vector<std::int64_t>& generatedUser)
{
    ActivitySlicing out;
    // The cut points come from the users of the real set (the evaluated users), when it has any.
    std::vector<double> population;
    for (std::size_t u = 0; u < counts.size(); ++u) {
        if (u < realUser.size() && realUser[u] >= 0) {
            population.push_back(counts[u]);
        }
    }
    if (population.empty()) {
        population = counts;
    }
    out.lowCut = linearQuantile(population, 1.0 / 3.0);
    out.highCut = linearQuantile(population, 2.0 / 3.0);
    out.slices.resize(3);
    out.slices[0].name = "cold";
    out.slices[1].name = "medium";
    out.slices[2].name = "heavy";
    out.slices[0].rule = "training interactions <= " + number(out.lowCut);
    out.slices[1].rule = number(out.lowCut) + " < training interactions <= " + number(out.highCut);
    out.slices[2].rule = "training interactions > " + number(out.highCut);
    for (std::size_t u = 0; u < counts.size(); ++u) {
        const std::size_t s = counts[u] <= out.lowCut ? 0 : counts[u] <= out.highCut ? 1 : 2;
        if (u < realUser.size() && realUser[u] >= 0) {
            out.slices[s].real.push_back(realUser[u]);
        }
        if (u < generatedUser.size() && generatedUser[u] >= 0) {
            out.slices[s].generated.push_back(generatedUser[u]);
        }
    }
    for (SliceMembers& slice : out.slices) {
        std::sort(slice.real.begin(), slice.real.end());
        std::sort(slice.generated.begin(), slice.generated.end());
    }
    return out;
}

} // namespace genlens::app

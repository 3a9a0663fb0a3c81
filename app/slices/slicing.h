#pragma once

#include <cstdint>
#include <genlens/metrics/core/matrix.h>
#include <genlens/metrics/progress.h>
#include <string>
#include <vector>

namespace genlens::app {

// How samples are grouped into slices (issue 13), without Qt: the pipelines feed it labels,
// features or activity counts and get named member lists back. A slice is a named subset of the
// real set and/or the generated set; indices are sample positions in their set (the `idx` of
// the project's samples table).

struct SliceMembers
{
    std::string name;
    std::vector<std::int64_t> real; // ascending
    std::vector<std::int64_t> generated; // ascending
    std::string rule; // how membership was decided, when not obvious ("" else)
};

// The slice name of a file directly under an image folder (no sub-folder).
inline constexpr const char* kRootSliceName = "(root)";
// The slice name of a text record or user without the field/column value.
inline constexpr const char* kMissingSliceName = "(missing)";

// The first folder level of a path relative to its set's folder ("cat/x.png" → "cat"),
// kRootSliceName for a file directly under the folder.
std::string folderSliceName(const std::string& relativePath);

// One slice per distinct label over both sets, sorted by name; a label present on one side only
// gives a slice that is empty on the other side (kept: a dropped class is the point).
std::vector<SliceMembers> slicesFromLabels(const std::vector<std::string>& realLabels,
                                           const std::vector<std::string>& generatedLabels);

// Index of the nearest centroid of each row (squared Euclidean distance accumulated in float64;
// ties go to the smaller centroid index).
std::vector<int> nearestCentroids(const Eigen::Ref<const metrics::RowMatrixXf>& rows,
                                  const Eigen::Ref<const metrics::RowMatrixXf>& centroids);

struct ClusterSlicing
{
    metrics::RowMatrixXf centroids; // clusters × d, fitted on the real features
    std::vector<int> realClusters;
    std::vector<int> generatedClusters;
    std::vector<SliceMembers> slices; // "cluster_1" … "cluster_K", in cluster order
};

// `clusters:K`: seeded k-means (k-means++ seeding, Lloyd; metrics::text::kmeans with one restart
// and the run's seed) on the real features; every real and generated sample then belongs to its
// nearest final centroid (nearestCentroids). Throws std::invalid_argument when K < 1 or the real
// set has fewer than K samples.
ClusterSlicing clusterSlices(const Eigen::Ref<const metrics::RowMatrixXf>& real,
                             const Eigen::Ref<const metrics::RowMatrixXf>& generated, int clusters,
                             std::uint64_t seed, int threads,
                             const metrics::Progress& progress = {});

struct ActivitySlicing
{
    double lowCut = 0; // 1/3 quantile of the interaction counts
    double highCut = 0; // 2/3 quantile
    std::vector<SliceMembers> slices; // "cold", "medium", "heavy"
};

// `users:activity`: users split into terciles by their number of training interactions.
// The cut points are the 1/3 and 2/3 quantiles of the counts of the users in the real set (all
// users when it has none) with linear interpolation between order statistics (numpy.quantile's
// default): cold = count ≤ lowCut, medium = lowCut < count ≤ highCut, heavy = count > highCut;
// every user (either set) is assigned by these cut points. `counts[i]` is user i's count;
// `realUser[i]` / `generatedUser[i]` give the user's index in the real / generated set, or -1.
ActivitySlicing activitySlices(const std::vector<double>& counts,
                               const std::vector<std::int64_t>& realUser,
                               const std::vector<std::int64_t>& generatedUser);

// numpy.quantile(values, q) with the default linear method; values need not be sorted.
double linearQuantile(std::vector<double> values, double q);

} // namespace genlens::app

#pragma once

#include "genlens/metrics/core/knn.h"
#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

#include <vector>

namespace genlens::metrics {

// Precision and recall (Kynkäänniemi et al. 2019) and density and coverage (Naeem et al. 2020)
// exactly as clovaai/prdc computes them (design.md §4, reference §1.6): with rᵢ = NND_k(xᵢ) the
// distance from real xᵢ to its k-th nearest other real sample and sⱼ = NND_k(yⱼ) likewise among
// the generated samples, Euclidean distances, strict "<":
//   precision = (1/M) Σⱼ 1[∃i: ‖yⱼ − xᵢ‖ < rᵢ]       recall   = (1/N) Σᵢ 1[∃j: ‖xᵢ − yⱼ‖ < sⱼ]
//   density   = (1/kM) Σⱼ Σᵢ 1[‖yⱼ − xᵢ‖ < rᵢ]        coverage = (1/N) Σᵢ 1[minⱼ ‖yⱼ − xᵢ‖ < rᵢ]
// No N×M matrix is formed: radii come from knnSelf(), the rest from one crossNeighbourhoods()
// pass.

struct PrdcResult
{
    double precision = 0;
    double recall = 0;
    double density = 0;
    double coverage = 0;
};

// Statistics: the radii of both sets and the cross pass (with kRealToGenerated ≥ 1).
struct PrdcStatistics
{
    int k = 5;
    Eigen::VectorXd realRadius;      // N
    Eigen::VectorXd generatedRadius; // M
    const CrossResult* cross = nullptr;
};

// k-th column of a self k-NN result: the radii.
Eigen::VectorXd kthDistance(const KnnResult& self, int k);

PrdcResult prdcFromStatistics(const PrdcStatistics& stats);
// Per-sample flags: generated inside the real manifold (precision), real covered, real inside the
// generated manifold (recall).
std::vector<std::uint8_t> insideRealManifold(const CrossResult& cross);
std::vector<std::uint8_t> coveredReal(const CrossResult& cross, const Eigen::VectorXd& realRadius);

PrdcResult prdc(const Eigen::Ref<const RowMatrixXf>& real,
                const Eigen::Ref<const RowMatrixXf>& generated, int k = 5,
                const Progress& progress = {}, int threads = 0);

} // namespace genlens::metrics

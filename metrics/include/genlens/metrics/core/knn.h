#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace genlens::metrics {

// Exact blocked k-nearest-neighbour search, Euclidean, built on GEMM tiles.
//
// Distances of a tile come from ‖a‖² + ‖b‖² − 2aᵀb with the products aᵀb computed as a float32
// GEMM (the fast part), on data shifted by a common mean (distances do not change; norms, hence
// the rounding of aᵀb, shrink), and the norms in float64. Every pair's value carries a rigorous
// error bound (dot products of length d in float32: |err| ≤ γ_{d+2}·‖a‖‖b‖, γ_n = nu/(1−nu),
// u = 2⁻²⁴; plus the rounding of the shift and of the double norms), and every decision that the
// bound cannot settle is redone exactly: reported distances are always recomputed in float64 from
// the original features (Σ (aᵢ−bᵢ)² summed in order), the top-k set of a row is verified against
// the bound and the row is recomputed brute-force when the verification fails (ties,
// duplicates), and radius tests in crossNeighbourhoods() recompute the pairs close to the radius.
// The results therefore equal a float64 brute-force search on the same features, independent of
// tiling and of the number of threads (ties broken by the smaller index).
//
// Memory: O((rows + columns)·k·threads + tile²); never an n×n matrix.

struct KnnResult
{
    IndexMatrix indices;   // rows × k, ascending distance, ties by smaller index
    RowMatrixXd distances; // rows × k, Euclidean, float64
};

constexpr int kMaxNeighbours = 50;

// For each row of `queries`, the k nearest rows of `base`. 1 ≤ k ≤ min(50, base rows).
KnnResult knnSearch(const Eigen::Ref<const RowMatrixXf>& queries,
                    const Eigen::Ref<const RowMatrixXf>& base, int k, const Progress& progress = {},
                    int threads = 0);

// For each row, its k nearest OTHER rows of the same set (the row itself excluded by index, so a
// duplicate of it is still found at distance 0). Computes only the upper triangle of tiles.
// 1 ≤ k ≤ min(50, rows − 1).
KnnResult knnSelf(const Eigen::Ref<const RowMatrixXf>& points, int k,
                  const Progress& progress = {}, int threads = 0);

// Exact Euclidean distance in float64 (the reference every search result equals).
double exactDistance(const float* a, const float* b, Eigen::Index dim);

// One pass over the generated × real tiles answering what PRDC, realism and memorisation need,
// so that this pair is searched once.
struct CrossOptions
{
    int kGeneratedToReal = 0; // neighbours kept per generated sample (0 = none)
    int kRealToGenerated = 0; // neighbours kept per real sample (0 = none)
    // Exact k-NN radii of the real samples (size N) — enables realBallsContaining and realism.
    const Eigen::VectorXd* realRadius = nullptr;
    // Exact k-NN radii of the generated samples (size M) — enables insideGeneratedBall.
    const Eigen::VectorXd* generatedRadius = nullptr;
    // Realism: real samples with radius ≤ this take part (the median radius). NaN = off.
    double realismRadiusLimit = std::numeric_limits<double>::quiet_NaN();
    // Live k (sets/livek.h): the k-NN distances of both sets for k = 1..K (N×K and M×K, the
    // columns of knnSelf with K neighbours). Both set: the pass also fills the live* fields of
    // CrossResult, the per-k answers for every k ≤ K at once.
    const RowMatrixXd* realRadii = nullptr;
    const RowMatrixXd* generatedRadii = nullptr;
    // With them, the realism limit for each k (size K: the median of column k of realRadii).
    const std::vector<double>* liveRealismLimits = nullptr;
    int threads = 0;
};

struct CrossResult
{
    KnnResult generatedToReal; // M × kGeneratedToReal
    KnnResult realToGenerated; // N × kRealToGenerated
    // Per generated sample: #{i : ‖g − xᵢ‖ < rᵢ} (strict, as prdc).
    std::vector<std::int64_t> realBallsContaining;
    // Per real sample: 1 when some generated gⱼ has ‖xᵢ − gⱼ‖ < sⱼ (its own radius).
    std::vector<std::uint8_t> insideGeneratedBall;
    // Per generated sample: max over real i with rᵢ ≤ limit of rᵢ / ‖g − xᵢ‖ (+inf for a
    // duplicate of such a real sample), and that i.
    std::vector<double> realism;
    std::vector<std::int64_t> realismIndex;
    // Live k, for k = 1..K (with realRadii and generatedRadii; empty otherwise), each equal to
    // what a pass with that single k computes (same tile values, same tie-breaking):
    // liveBallCounts(j, k−1) = realBallsContaining of generated j at k;
    // liveRecallFirstK[i] = the smallest k at which real i lies inside some generated k-ball
    // (K + 1 when none), so insideGeneratedBall at k is liveRecallFirstK[i] ≤ k;
    // liveRealism(j, k−1) = realism of generated j at k (eligible reals: rᵢ(k) ≤ median of r(k)).
    // Extra memory per worker: M·K·20 bytes.
    Eigen::Matrix<std::int32_t, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> liveBallCounts;
    std::vector<std::uint8_t> liveRecallFirstK;
    RowMatrixXd liveRealism;
    // Pairs whose radius test needed the exact recomputation (diagnostics, benchmarks).
    std::int64_t exactRechecks = 0;
};

CrossResult crossNeighbourhoods(const Eigen::Ref<const RowMatrixXf>& real,
                                const Eigen::Ref<const RowMatrixXf>& generated,
                                const CrossOptions& options, const Progress& progress = {});

} // namespace genlens::metrics

#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

#include <cstdint>
#include <vector>

namespace genlens::metrics {

// Kernel Inception Distance (Bińkowski et al. 2018), design.md §4: the unbiased MMD² with the
// polynomial kernel k(x, y) = (xᵀy / d + 1)³, averaged over random subsets:
//   MMD²ᵤ = [Σ_{i≠j} k(xᵢ,xⱼ) + Σ_{i≠j} k(yᵢ,yⱼ)] / (m(m−1)) − 2 Σ_{i,j} k(xᵢ,yⱼ) / m²
// (torch-fidelity's metric_kid.py formula). m = min(subsetSize, N, M). Reported: mean and
// population standard deviation (ddof 0, as torch-fidelity) over the subsets.
//
// Subsets (deterministic, replayable in Python): one SplitMix64(seed) stream (core/random.h); for
// subset s = 0, 1, …: real indices = sampleWithoutReplacement(N, m, rng), then generated indices
// = sampleWithoutReplacement(M, m, rng), continuing the same stream.
//
// Numerics: the dot products come from float32 GEMMs on features shifted by the real mean c
// (xᵀy = x'ᵀy' + cᵀx' + cᵀy' + cᵀc with the three correction terms in float64), so the float32
// rounding scales with the centred norms, not with the (large, for non-negative CNN features)
// raw norms; kernel values and sums are float64.

struct KidOptions
{
    int subsets = 100;
    int subsetSize = 1000;
    std::uint64_t seed = 0;
    int threads = 0;
};

struct KidStatistics
{
    std::vector<double> values; // MMD²ᵤ of each subset
    int subsetSize = 0;
};

struct KidResult
{
    double mean = 0;
    double std = 0;
    int subsets = 0;
    int subsetSize = 0;
};

// Index subsets as described above: pairs (real indices, generated indices) per subset.
std::vector<std::pair<std::vector<std::int64_t>, std::vector<std::int64_t>>>
kidSubsetIndices(std::int64_t n, std::int64_t m, const KidOptions& options);

KidStatistics kidStatistics(const Eigen::Ref<const RowMatrixXf>& real,
                            const Eigen::Ref<const RowMatrixXf>& generated,
                            const KidOptions& options, const Progress& progress = {});
KidResult kidFromStatistics(const KidStatistics& stats);
KidResult kid(const Eigen::Ref<const RowMatrixXf>& real,
              const Eigen::Ref<const RowMatrixXf>& generated, const KidOptions& options = {},
              const Progress& progress = {});

} // namespace genlens::metrics

#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

#include <cstdint>

namespace genlens::metrics {

// CMMD (Jayasumana et al., CVPR 2024, "Rethinking FID"): the squared MMD between the real and
// generated embeddings with the Gaussian RBF kernel k(x, y) = exp(−‖x − y‖² / (2σ²)), σ = 10,
// scaled by 1000, computed as the paper's reference code (google-research, cmmd/distance.py)
// computes it: the biased (V-statistic) estimate whose kernel means run over ALL pairs, the
// diagonal included,
//   CMMD = 1000 · ( mean_{i,i'} k(xᵢ,xᵢ') + mean_{j,j'} k(yⱼ,yⱼ') − 2 mean_{i,j} k(xᵢ,yⱼ) ),
// not KID's unbiased form. Defined on L2-normalised CLIP image embeddings (the `clip` preset
// normalises); any feature matrix is taken as it is.
//
// Blocked: tiles of `tile` × `tile` kernel values, never an n × n matrix; each tile's dot
// products come from a float32 GEMM on features shifted by the real mean (distances do not change;
// the shift keeps the float32 rounding at the scale of the spread, not of the raw norms), the
// squared distances, kernel values and all sums are float64; tiles are summed in a fixed order, so
// the result does not depend on the thread count.

struct CmmdOptions
{
    double sigma = 10.0;
    double scale = 1000.0;
    int tile = 1024;
    int threads = 0; // 0 = all cores
};

// The three kernel means.
struct CmmdStatistics
{
    double realReal = 0; // mean k(x, x') over all N² pairs
    double generatedGenerated = 0; // mean k(y, y') over all M² pairs
    double realGenerated = 0; // mean k(x, y) over all N·M pairs
    std::int64_t realCount = 0;
    std::int64_t generatedCount = 0;
};

// Throws std::invalid_argument (with shapes) for differing dimensions, an empty set or sigma ≤ 0;
// Cancelled when progress returns false.
CmmdStatistics cmmdStatistics(const Eigen::Ref<const RowMatrixXf>& real,
                              const Eigen::Ref<const RowMatrixXf>& generated,
                              const CmmdOptions& options = {}, const Progress& progress = {});
double cmmdFromStatistics(const CmmdStatistics& stats, const CmmdOptions& options = {});
double cmmd(const Eigen::Ref<const RowMatrixXf>& real,
            const Eigen::Ref<const RowMatrixXf>& generated, const CmmdOptions& options = {},
            const Progress& progress = {});

} // namespace genlens::metrics

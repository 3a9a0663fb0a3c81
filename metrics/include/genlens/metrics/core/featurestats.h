#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

#include <Eigen/Core>

#include <cstdint>

namespace genlens::metrics {

// Streaming, mergeable mean and scatter in float64 (Chan, Golub & LeVeque's pairwise update).
// add() folds a block of rows: the block's own mean and centred scatter are computed (a two-pass
// computation inside the block, so no catastrophic Σxxᵀ − nμμᵀ cancellation), then merged:
//   n = na + nb,  δ = μb − μa,  μ = μa + δ·nb/n,  M = Ma + Mb + δδᵀ·na·nb/n.
// Merging two shards gives the same statistics (to rounding) as one pass over all rows, in any
// grouping, so shards can be computed on different threads or files.
class FeatureStats
{
public:
    FeatureStats() = default;
    explicit FeatureStats(Eigen::Index dim);
    // Statistics with known moments: n rows, their mean and scatter Σ (x − μ)(x − μ)ᵀ (d × d).
    // Throws std::invalid_argument when the shapes disagree or n < 0.
    static FeatureStats fromMoments(std::int64_t n, Eigen::VectorXd mean, Eigen::MatrixXd scatter);

    // Adds the rows of a block (float32 or float64). The first call fixes the dimension.
    void add(const Eigen::Ref<const RowMatrixXf>& rows);
    void add(const Eigen::Ref<const RowMatrixXd>& rows);
    void merge(const FeatureStats& other);

    std::int64_t count() const { return m_n; }
    Eigen::Index dim() const { return m_mean.size(); }
    const Eigen::VectorXd& mean() const { return m_mean; }
    // Σ (x − μ)(x − μ)ᵀ (full symmetric matrix).
    const Eigen::MatrixXd& scatter() const { return m_scatter; }
    // Unbiased covariance, scatter / (n − 1) (np.cov's default). Throws when n < 2.
    Eigen::MatrixXd covariance() const;

private:
    void mergeBlock(std::int64_t nb, const Eigen::VectorXd& meanB, const Eigen::MatrixXd& scatterB);

    std::int64_t m_n = 0;
    Eigen::VectorXd m_mean;
    Eigen::MatrixXd m_scatter;
};

// Mean and covariance of a whole feature matrix, in row blocks spread over threads (each thread
// accumulates a shard, shards are merged in a fixed order, so the result does not depend on
// timing). threads = 0 uses std::thread::hardware_concurrency().
FeatureStats computeFeatureStats(const Eigen::Ref<const RowMatrixXf>& features,
                                 const Progress& progress = {}, int threads = 0);

} // namespace genlens::metrics

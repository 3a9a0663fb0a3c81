#pragma once

#include "genlens/metrics/core/matrix.h"

#include <Eigen/Core>

namespace genlens::metrics::text {

// Principal component analysis as scikit-learn's PCA(n_components=None, whiten=False) fits it:
// centred data, components in order of decreasing variance, explained variance with n − 1.
// Computed in float64 from the d×d covariance, or from the n×n Gram matrix when n < d (same
// non-zero spectrum, far cheaper). Component signs are arbitrary (they do not affect distances).
struct PcaResult
{
    Eigen::RowVectorXd mean;
    // One principal axis per row, unit length, ordered by decreasing explained variance;
    // min(n, d) rows.
    RowMatrixXd components;
    Eigen::VectorXd explainedVariance;
    Eigen::VectorXd explainedVarianceRatio;
};

// Throws std::invalid_argument for fewer than 2 rows or 0 columns. threads (0 = all cores) splits
// the cross-product into fixed column blocks (one GEMM each, nothing merged): the result is
// bit-identical for any thread count.
PcaResult fitPca(const Eigen::Ref<const RowMatrixXd>& data, int threads = 0);

// Smallest number of leading components whose cumulative explained-variance ratio reaches
// `threshold` (MAUVE's argmax(cumsum(ratio) >= threshold) + 1). A threshold ≥ 1 keeps every
// component; when rounding keeps the sum just below the threshold, every component is kept.
int componentsForVariance(const Eigen::VectorXd& explainedVarianceRatio, double threshold);

// (data − mean) · components[0:dims]ᵀ, in fixed row blocks spread over `threads` (0 = all cores).
RowMatrixXd pcaTransform(const PcaResult& pca, const Eigen::Ref<const RowMatrixXd>& data, int dims,
                         int threads = 0);

} // namespace genlens::metrics::text

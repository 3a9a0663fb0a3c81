#pragma once

#include "demo/demorng.h"

#include <Eigen/Core>

namespace genlens::app::demo {

// Probabilistic PCA (Tipping & Bishop 1999): x = mean + W z + e, z ~ N(0, I_q), e ~ N(0, sigma2 I).
// The maximum-likelihood fit is closed form: with the sample covariance S (divided by n) having
// eigenvalues l_1 >= l_2 >= ... and eigenvectors u_i,
//   sigma2 = (trace(S) - sum_{i<=q} l_i) / (d - q),   W = U_q (L_q - sigma2 I)^{1/2}.
struct PpcaModel
{
    Eigen::VectorXd mean; // d
    Eigen::MatrixXd loadings; // W, d x q
    double noiseVariance = 0; // sigma2
    Eigen::VectorXd eigenvalues; // the top q eigenvalues of S, descending
};

// How the eigenvectors are found: from the d x d covariance, or from the n x n Gram matrix (which
// shares its non-zero eigenvalues), so that 400 images of 64x64x3 never build a 12288 x 12288
// matrix. Auto takes the smaller one.
enum class PpcaRoute { Auto, Covariance, Gram };

// Fits on the rows of `data` (n x d). Throws std::invalid_argument when q is not below min(n, d).
PpcaModel fitPpca(const Eigen::MatrixXd& data, int components, PpcaRoute route = PpcaRoute::Auto);

// The model with only the first `components` of a fitted model's components: the same as
// fitPpca(data, components) (the top eigenpairs are shared; up to the sign of each column of W),
// without the data. The left-out eigenvalues join the noise:
//   sigma2' = (sigma2 (d - q) + sum_{q' < i <= q} l_i) / (d - q').
// The demo's "early checkpoint" of the image model. Throws std::invalid_argument unless
// 1 <= components <= q.
PpcaModel truncatePpca(const PpcaModel& model, int components);

// Draws `count` samples (rows) from the model.
Eigen::MatrixXd samplePpca(const PpcaModel& model, int count, DemoRng& rng);

} // namespace genlens::app::demo

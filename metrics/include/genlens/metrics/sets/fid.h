#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/core/npy.h"
#include "genlens/metrics/progress.h"

#include <Eigen/Core>

#include <cstdint>
#include <string>

namespace genlens::metrics {

// Fréchet Inception Distance (Heusel et al. 2017), design.md §4:
//   FID = ‖μr − μg‖² + Tr Σr + Tr Σg − 2 Tr (Σr Σg)^½,   covariances with N − 1.
// Tr (Σr Σg)^½ = Σ √λᵢ over the eigenvalues of the symmetric PSD matrix Cᵀ Σg C, Σr = C Cᵀ
// (similar to Σr Σg, so the same spectrum; equivalent to the Σr^½ Σg Σr^½ form): C is the
// Cholesky factor of Σr, or the pivoted LDLᵀ factor Pᵀ L D₊^½ when Σr is singular (N ≤ d).
// Eigenvalues below zero (round-off) are clamped to zero. Everything in float64. This avoids
// scipy.linalg.sqrtm's Schur route and its spurious imaginary parts (pytorch-fid #100/#103).

// Statistics (habit 1: statistics + compute + wrapper). n = 0 when loaded from a file without it.
struct FidStats
{
    std::int64_t n = 0;
    Eigen::VectorXd mu;
    Eigen::MatrixXd sigma;
};

struct FidResult
{
    double fid = 0;
    double meanTerm = 0;  // ‖μr − μg‖²
    double traceTerm = 0; // Tr Σr + Tr Σg − 2 Tr (Σr Σg)^½
};

FidStats fidStatistics(const Eigen::Ref<const RowMatrixXf>& features, const Progress& progress = {},
                       int threads = 0);
FidResult fidFromStatistics(const FidStats& real, const FidStats& generated);
FidResult fid(const Eigen::Ref<const RowMatrixXf>& real,
              const Eigen::Ref<const RowMatrixXf>& generated, const Progress& progress = {},
              int threads = 0);

// Tr (A B)^½ for symmetric positive semi-definite A, B (exposed for tests).
double traceSqrtProduct(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b);

// pytorch-fid / clean-fid statistics files: an .npz with 'mu' (d) and 'sigma' (d × d). Throws
// NpyError / std::invalid_argument naming the file on a missing key or inconsistent shapes
// (checked from the headers, before either array is inflated; each within `limits`).
FidStats loadFidStatistics(const std::string& npzPath, const NpyLimits& limits = {});
void saveFidStatistics(const std::string& npzPath, const FidStats& stats);

} // namespace genlens::metrics

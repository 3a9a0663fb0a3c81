#pragma once

#include "genlens/metrics/core/featurestats.h"
#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/core/random.h"
#include "genlens/metrics/progress.h"
#include "genlens/metrics/sets/fid.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace genlens::metrics {

// A 2-D map of two feature sets for the Distributions page (design.md §7): principal component
// analysis fitted on the union of the real and the generated features, both sets projected on
// the first two principal axes.
//
//   pooled mean μ and covariance C (float64, n − 1, over all rows of both sets; never n×n),
//   a₁, a₂ = unit eigenvectors of C for its two largest eigenvalues λ₁ ≥ λ₂,
//   sign rule: each axis is flipped so that its entry of largest |value| (the first one on a tie)
//              is positive, so that the map does not mirror between runs or platforms,
//   x = (f − μ)·a₁, y = (f − μ)·a₂ for each feature row f,
//   explained-variance ratio rᵢ = λᵢ / trace C (scikit-learn's explained_variance_ratio_; 0 when
//   every row is the same point).
//
// Eigenvectors: Eigen::SelfAdjointEigenSolver on C when d ≤ denseSolverMaxDim; above it the full
// decomposition costs O(d³) without a chance to cancel (a minute at d = 2048), so a block subspace
// iteration with Rayleigh–Ritz (16 vectors, deterministic start, the small eigenproblem solved by
// SelfAdjointEigenSolver) runs until the residuals ‖C aᵢ − λᵢ aᵢ‖ of both axes are below 10⁻¹⁰ λ₁,
// at O(d²) a step with progress and cancellation between steps.
//
// Nothing is subsampled silently: when a set has more rows than maxPointsPerSet, a subsample of
// exactly that many rows is drawn by sampleWithoutReplacement (core/random.h) from one
// SplitMix64(seed) stream — the real set first (if it exceeds the cap), then the generated set —
// and the kept indices are returned in ascending order with the set's total. The axes are always
// fitted on every row.

struct ProjectionOptions
{
    std::int64_t maxPointsPerSet = 20000; // 0 or less: no cap
    std::uint64_t seed = 0;
    int threads = 0; // covariance pass; 0 = all cores
    int denseSolverMaxDim = 64; // the solver switch above (exposed for tests)
};

// The fitted map (statistics, conventions habit 1).
struct PcaAxes
{
    std::int64_t count = 0; // rows the axes were fitted on
    Eigen::VectorXd mean; // μ (d)
    RowMatrixXd axes; // 2 × d, unit rows a₁, a₂ (a₂ = 0 when d = 1)
    Eigen::Vector2d explainedVariance = Eigen::Vector2d::Zero(); // λ₁, λ₂
    Eigen::Vector2d explainedVarianceRatio = Eigen::Vector2d::Zero(); // λᵢ / trace C
    double totalVariance = 0; // trace C
    int iterations = 0; // subspace steps (0 for the dense solver)
};

struct ProjectedSet
{
    std::int64_t total = 0; // rows in the set
    bool subsampled = false; // total > cap
    std::vector<std::int64_t> kept; // indices of the projected rows, ascending (all when not
                                    // subsampled)
    std::vector<double> x, y; // coordinates of kept[i]
};

struct FeatureProjection
{
    PcaAxes pca;
    ProjectedSet real, generated;
    std::uint64_t seed = 0;
    std::int64_t maxPointsPerSet = 0;
};

// The top two principal axes of a pooled mean and scatter (FeatureStats merges sets exactly).
// Throws std::invalid_argument for fewer than 2 rows, no dimension, or non-finite statistics;
// Cancelled when progress returns false (between subspace steps).
PcaAxes fitPcaAxes(const FeatureStats& pooled, const ProjectionOptions& options = {},
                   const Progress& progress = {});

// Projects the rows of one set (all, or a seeded subsample above `cap`, drawn from `rng`).
// Throws std::invalid_argument when the dimension differs from the axes or a kept row holds
// NaN/Inf.
ProjectedSet projectRows(const Eigen::Ref<const RowMatrixXf>& rows, const PcaAxes& pca,
                         std::int64_t cap, SplitMix64& rng, const Progress& progress = {});

// Pools both sets, fits the axes and projects both sets. Throws std::invalid_argument (with
// shapes) when the dimensions differ, there are fewer than 2 rows in all, or a row holds NaN/Inf.
FeatureProjection pcaProjection(const Eigen::Ref<const RowMatrixXf>& real,
                                const Eigen::Ref<const RowMatrixXf>& generated,
                                const ProjectionOptions& options = {},
                                const Progress& progress = {});

// The same from per-set mean and covariance the caller already has (evaluateFeatureSpace's FID
// statistics: FeatureSpaceReport::realStatistics/generatedStatistics), which saves the O(n d²)
// covariance pass. The statistics must describe exactly these rows.
FeatureProjection pcaProjection(const Eigen::Ref<const RowMatrixXf>& real,
                                const Eigen::Ref<const RowMatrixXf>& generated,
                                const FidStats& realStatistics, const FidStats& generatedStatistics,
                                const ProjectionOptions& options = {},
                                const Progress& progress = {});

// FeatureStats with the moments of FID statistics (scatter = Σ (n − 1)); n must be known.
FeatureStats featureStatsFromFid(const FidStats& statistics);

} // namespace genlens::metrics

#pragma once

#include "genlens/metrics/core/bootstrap.h"
#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"
#include "genlens/metrics/sets/fid.h"

#include <cstdint>
#include <vector>

namespace genlens::metrics {

// Intervals and sample-count curves of the feature-space metrics whose value a duplicated sample
// would distort (bootstrap.h explains the two methods; docs/intervals.md lists each metric's).

// FID on rows of the two sets, reusing the full sets' statistics.
//   - d-route: scatter matrices of the chosen rows about the full-set mean, accumulated in
//     float64 blocks (the SIMD rank-k kernel); the complement of a half is the full scatter
//     minus the half's, so one pass gives two replicates. Tr (Σr Σg)^½ as fid.h.
//   - Gram route, when both subsets have fewer rows than dimensions: the non-zero eigenvalues of
//     Σr Σg are those of M Mᵀ/((mr − 1)(mg − 1)), M = X̃r X̃gᵀ the cross products of the centred
//     rows (mr × mg), so Tr (Σr Σg)^½ = Σ √λ(M Mᵀ) / √((mr − 1)(mg − 1)): exact, and far
//     cheaper than d × d when the subsets are small.
class SubsetFid
{
public:
    // The features must outlive this object; the statistics are those of the full sets.
    SubsetFid(const Eigen::Ref<const RowMatrixXf>& real,
              const Eigen::Ref<const RowMatrixXf>& generated, const FidStats& realStatistics,
              const FidStats& generatedStatistics);

    // FID of the given rows of each set (each at least 2 rows).
    double fid(const std::vector<std::int64_t>& realRows,
               const std::vector<std::int64_t>& generatedRows) const;
    // FID of `generatedRows` against the full real set's statistics (the FID∞ curve).
    double fidAgainstFullReal(const std::vector<std::int64_t>& generatedRows) const;
    // FIDs of (real.half, generated.half) and of (real.rest, generated.rest).
    std::pair<double, double> fidOfSplits(const HalfSplit& real, const HalfSplit& generated) const;

private:
    struct Moments
    {
        Eigen::VectorXd sum; // Σ (x − μ_full) over the rows
        Eigen::MatrixXd scatter; // Σ (x − μ_full)(x − μ_full)ᵀ over the rows
        std::int64_t n = 0;
    };
    Moments moments(const Eigen::Ref<const RowMatrixXf>& x, const Eigen::VectorXd& mean,
                    const std::vector<std::int64_t>& rows) const;
    static FidStats statistics(const Moments& m, const Eigen::VectorXd& fullMean);
    double gramRoute(const std::vector<std::int64_t>& realRows,
                     const std::vector<std::int64_t>& generatedRows) const;

    Eigen::Ref<const RowMatrixXf> m_real;
    Eigen::Ref<const RowMatrixXf> m_generated;
    const FidStats& m_realStatistics;
    const FidStats& m_generatedStatistics;
};

// FID: half-samples of both sets (complementary halves give two replicates), interval
// FID + percentiles of the centred replicates (scale √(m/(n − m))).
Interval fidInterval(const Eigen::Ref<const RowMatrixXf>& real,
                     const Eigen::Ref<const RowMatrixXf>& generated, const FidStats& realStatistics,
                     const FidStats& generatedStatistics, double estimate,
                     const BootstrapOptions& options, const Progress& progress = {});

// KID from subset MMD²ᵤ values. KID's own subsets are draws of m of n rows without replacement,
// so they are reused as subsamples when m ≤ n/2 (n the smaller set), otherwise `resamples` subsets
// of ⌊n/2⌋ rows are drawn. The variance of the reported KID (mean of S subsets of size m) is
// ≈ c (1/n + (1/m − 1/n)/S) (the full-data term and the subsets' Monte Carlo term), a subset value
// at size m' varies by c (1/m' − 1/n), so the deviations are scaled by
// √((1/n + (1/m − 1/n)/S) / (1/m' − 1/n)).
Interval kidInterval(const Eigen::Ref<const RowMatrixXf>& real,
                     const Eigen::Ref<const RowMatrixXf>& generated,
                     const std::vector<double>& kidSubsetValues, int kidSubsetSize, double estimate,
                     const BootstrapOptions& options, const Progress& progress = {});

// Vendi score of one set: half-samples (a duplicate is one more copy of a sample, exactly what
// Vendi counts as less diversity).
Interval vendiInterval(const Eigen::Ref<const RowMatrixXf>& features, double estimate,
                       const BootstrapOptions& options, const Progress& progress = {});

// FID against the sample count and FID∞ (Chong & Forsyth, CVPR 2020): FID of N generated samples
// (one seeded subset per N, without replacement) against the full real set's statistics, for
// N = 5000, 10000, … up to the generated set's size (which is always the last point); a set too
// small for five such points gets five evenly spaced N from ⌈n/5⌉ to n instead. FID∞ is the
// intercept at 1/N = 0 of the least-squares line FID_N = a + b/N, with its standard error
// s·√(1/k + x̄²/Sxx) (s² = RSS/(k − 2)). KID (unbiased, so flat in N apart from noise; the paper
// extrapolates FID and IS only) is given at each N with subsets of min(kidSubsetSize, N) rows.
struct FidCurvePoint
{
    std::int64_t n = 0;
    double fid = 0;
    double kid = 0; // NaN when KID was not asked for
};

struct FidInfinityResult
{
    double value = 0;
    double stdError = 0;
    std::vector<FidCurvePoint> curve;
};

struct FidInfinityOptions
{
    std::uint64_t seed = 0;
    bool kid = true;
    int kidSubsets = 100;
    int kidSubsetSize = 1000;
    int threads = 0;
};

// The sample counts of the curve for a generated set of n samples (n ≥ 50; throws otherwise).
std::vector<std::int64_t> fidInfinitySizes(std::int64_t n);

// Least-squares line y = a + b x with the intercept's standard error (at least 3 points).
struct LineFit
{
    double intercept = 0;
    double slope = 0;
    double interceptError = 0;
};
LineFit fitLine(const std::vector<double>& x, const std::vector<double>& y);

FidInfinityResult fidInfinity(const Eigen::Ref<const RowMatrixXf>& real,
                              const Eigen::Ref<const RowMatrixXf>& generated,
                              const FidStats& realStatistics, const FidStats& generatedStatistics,
                              const FidInfinityOptions& options, const Progress& progress = {});

} // namespace genlens::metrics

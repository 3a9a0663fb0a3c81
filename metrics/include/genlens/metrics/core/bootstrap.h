#pragma once

#include "genlens/metrics/progress.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace genlens::metrics {

// Confidence intervals for set-level metrics (issue 13, docs/intervals.md). Two ways of forming
// the replicates, chosen per metric:
//
// - Percentile bootstrap (Efron): the items a metric averages over (generated samples for
//   precision, real samples for recall, segments for corpus BLEU, users for NDCG@k) are drawn n
//   times with replacement; the statistic is recomputed from per-item quantities that do not
//   change when an item is duplicated (an indicator, a per-segment count vector), and the interval
//   is the (1 − level)/2 and (1 + level)/2 percentiles of the replicates, linear interpolation as
//   numpy.percentile's default.
// - Half-sampling (subsampling without replacement, Politis & Romano 1994; the delete-d jackknife
//   with d = n/2, Shao & Wu 1989): for statistics that duplicates would distort (FID: a duplicate
//   shrinks the covariance; Vendi, distinct-n, catalogue coverage count distinct things), each
//   replicate uses ⌊n/2⌋ distinct items of each set. A statistic on m of n items without
//   replacement varies around the full-set value with variance ≈ c (1/m − 1/n), against c/n for
//   the full set, so the deviations θ*ₘ − mean(θ*) are scaled by √(m/(n − m)) (1 for halves) and
//   the interval is θ̂ + [P_lo, P_hi] of the scaled deviations. Centring on the replicates' mean
//   removes the small-sample bias of θ*ₘ (FID at n/2 is larger than at n), which is not spread.
//
// Every replicate has its own generator, SplitMix64(mix(seed, stream, r)), so the numbers do not
// depend on the thread count; `stream` keeps different metrics from sharing draws.

struct Interval
{
    double low = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();
    double level = 0.95;

    bool isValid() const { return low == low && high == high; }
};

struct BootstrapOptions
{
    int resamples = 200;
    std::uint64_t seed = 0;
    double level = 0.95;
    int threads = 0; // 0 = all cores
};

// The seed of replicate r of a metric's stream (a SplitMix64 step over seed, stream and r).
std::uint64_t replicateSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t r);

// A stable stream tag for a metric key (FNV-1a of the key), so that adding a metric never changes
// another metric's interval.
std::uint64_t streamOf(const char* key);

// numpy.percentile(values, q) with the default "linear" method, q in [0, 100], over the finite
// values (NaN when there is none).
double percentile(std::vector<double> values, double q);

// [P_{50(1−level)}, P_{50(1+level)}] of the replicates.
Interval percentileInterval(const std::vector<double>& replicates, double level);

// estimate + the same percentiles of (replicate − mean(replicates)) · scale: the half-sampling
// interval above, with scale = √(m/(n − m)).
Interval shiftedInterval(double estimate, const std::vector<double>& replicates, double scale,
                         double level);

// Multinomial counts of a with-replacement resample of n items (replicate r of `stream`).
std::vector<std::uint32_t> resampleCounts(std::size_t n, std::uint64_t seed, std::uint64_t stream,
                                          std::uint64_t r);

// R replicates of statistic(counts) with counts a with-replacement resample of n items; run on
// options.threads, progress per replicate. Throws Cancelled when progress returns false.
std::vector<double> bootstrapReplicates(
    std::size_t n, const BootstrapOptions& options, std::uint64_t stream,
    const std::function<double(const std::vector<std::uint32_t>& counts)>& statistic,
    const Progress& progress = {});

// The same for a statistic of two sets, each resampled with replacement independently.
std::vector<double> bootstrapReplicates2(
    std::size_t nA, std::size_t nB, const BootstrapOptions& options, std::uint64_t stream,
    const std::function<double(const std::vector<std::uint32_t>& countsA,
                               const std::vector<std::uint32_t>& countsB)>& statistic,
    const Progress& progress = {});

// Percentile interval of Σ cᵢ numᵢ / Σ cᵢ denᵢ (den empty: every denᵢ = 1, a mean) over items
// resampled with replacement; items whose numerator is NaN are left out first (as the metric
// does; NaN/Inf are left out). The ratio form covers pooled averages such as perplexity
// (log-probabilities ÷ tokens).
Interval bootstrapRatio(const std::vector<double>& numerator,
                        const std::vector<double>& denominator, const BootstrapOptions& options,
                        std::uint64_t stream, const Progress& progress = {});

inline Interval bootstrapMean(const std::vector<double>& values, const BootstrapOptions& options,
                              std::uint64_t stream, const Progress& progress = {})
{
    return bootstrapRatio(values, {}, options, stream, progress);
}

// A random half of [0, n): ⌊n/2⌋ distinct indices, sorted, and the complement (sorted).
struct HalfSplit
{
    std::vector<std::int64_t> half;
    std::vector<std::int64_t> rest;
};
HalfSplit halfSplit(std::int64_t n, std::uint64_t seed, std::uint64_t stream, std::uint64_t r);

// Half-sampling interval of a statistic of one set: replicate r is statistic(half of split r);
// `statistic` may be called concurrently.
Interval
halfSampleInterval(double estimate, std::int64_t n, const BootstrapOptions& options,
                   std::uint64_t stream,
                   const std::function<double(const std::vector<std::int64_t>&)>& statistic,
                   const Progress& progress = {});

// Several statistics of the same halves at once (one n-gram count of a half gives every
// distinct-n): statistic returns one value per estimate.
std::vector<Interval> halfSampleIntervals(
    const std::vector<double>& estimates, std::int64_t n, const BootstrapOptions& options,
    std::uint64_t stream,
    const std::function<std::vector<double>(const std::vector<std::int64_t>&)>& statistic,
    const Progress& progress = {});

// The same for a statistic of two sets: replicate r is statistic(half of a, half of b), the two
// halves drawn independently; scale from the smaller set.
Interval halfSampleInterval2(
    double estimate, std::int64_t nA, std::int64_t nB, const BootstrapOptions& options,
    std::uint64_t stream,
    const std::function<double(const std::vector<std::int64_t>&, const std::vector<std::int64_t>&)>&
        statistic,
    const Progress& progress = {});

} // namespace genlens::metrics

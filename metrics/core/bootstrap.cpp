#include "genlens/metrics/core/bootstrap.h"

#include "core/parallel.h"
#include "genlens/metrics/core/random.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace genlens::metrics {

std::uint64_t replicateSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t r)
{
    SplitMix64 mix(seed ^ (stream * 0x9E3779B97F4A7C15ull));
    mix.next();
    SplitMix64 second(mix.next() ^ (r * 0xD1B54A32D192ED03ull));
    return second.next();
}

std::uint64_t streamOf(const char* key)
{
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char* p = key; *p; ++p) {
        h ^= static_cast<unsigned char>(*p);
        h *= 0x100000001b3ull;
    }
    return h;
}

double percentile(std::vector<double> values, double q)
{
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
        values.end());
    if (values.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    std::sort(values.begin(), values.end());
    // numpy "linear": virtual index (n − 1)·q/100, interpolated between its neighbours.
    const double position = (static_cast<double>(values.size()) - 1.0) * q / 100.0;
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return values[below] + (values[above] - values[below]) * fraction;
}

Interval percentileInterval(const std::vector<double>& replicates, double level)
{
    Interval out;
    out.level = level;
    out.low = percentile(replicates, 50.0 * (1.0 - level));
    out.high = percentile(replicates, 50.0 * (1.0 + level));
    return out;
}

Interval shiftedInterval(double estimate, const std::vector<double>& replicates, double scale,
                         double level)
{
    double sum = 0;
    std::size_t count = 0;
    for (const double v : replicates) {
        if (std::isfinite(v)) {
            sum += v;
            ++count;
        }
    }
    Interval out;
    out.level = level;
    if (count == 0 || !std::isfinite(estimate)) {
        return out;
    }
    const double mean = sum / static_cast<double>(count);
    std::vector<double> deviations;
    deviations.reserve(replicates.size());
    for (const double v : replicates) {
        deviations.push_back(std::isfinite(v) ? (v - mean) * scale : v);
    }
    const Interval spread = percentileInterval(deviations, level);
    out.low = estimate + spread.low;
    out.high = estimate + spread.high;
    return out;
}

std::vector<std::uint32_t> resampleCounts(std::size_t n, std::uint64_t seed, std::uint64_t stream,
                                          std::uint64_t r)
{
    std::vector<std::uint32_t> counts(n, 0);
    if (n == 0) {
        return counts;
    }
    SplitMix64 rng(replicateSeed(seed, stream, r));
    for (std::size_t i = 0; i < n; ++i) {
        ++counts[rng.below(n)];
    }
    return counts;
}

namespace {

void checkOptions(const BootstrapOptions& options)
{
    if (options.resamples < 2) {
        throw std::invalid_argument("bootstrap: need at least 2 resamples, got "
                                    + std::to_string(options.resamples));
    }
    if (!(options.level > 0.0 && options.level < 1.0)) {
        throw std::invalid_argument("bootstrap: the level must lie in (0, 1)");
    }
}

} // namespace

std::vector<double> bootstrapReplicates(
    std::size_t n, const BootstrapOptions& options, std::uint64_t stream,
    const std::function<double(const std::vector<std::uint32_t>& counts)>& statistic,
    const Progress& progress)
{
    checkOptions(options);
    const auto resamples = static_cast<std::size_t>(options.resamples);
    std::vector<double> replicates(resamples, std::numeric_limits<double>::quiet_NaN());
    ProgressCounter counter(progress, 0, resamples);
    parallelFor(resamples, options.threads, [&](std::size_t r, int) {
        counter.check();
        replicates[r] = statistic(resampleCounts(n, options.seed, stream, r));
        counter.advance(1);
    });
    return replicates;
}

std::vector<double> bootstrapReplicates2(
    std::size_t nA, std::size_t nB, const BootstrapOptions& options, std::uint64_t stream,
    const std::function<double(const std::vector<std::uint32_t>& countsA,
                               const std::vector<std::uint32_t>& countsB)>& statistic,
    const Progress& progress)
{
    checkOptions(options);
    const auto resamples = static_cast<std::size_t>(options.resamples);
    std::vector<double> replicates(resamples, std::numeric_limits<double>::quiet_NaN());
    ProgressCounter counter(progress, 0, resamples);
    parallelFor(resamples, options.threads, [&](std::size_t r, int) {
        counter.check();
        replicates[r] = statistic(resampleCounts(nA, options.seed, stream, 2 * r),
                                  resampleCounts(nB, options.seed, stream, 2 * r + 1));
        counter.advance(1);
    });
    return replicates;
}

Interval bootstrapRatio(const std::vector<double>& numerator,
                        const std::vector<double>& denominator, const BootstrapOptions& options,
                        std::uint64_t stream, const Progress& progress)
{
    if (!denominator.empty() && denominator.size() != numerator.size()) {
        throw std::invalid_argument("bootstrapRatio: " + std::to_string(numerator.size())
                                    + " numerators but " + std::to_string(denominator.size())
                                    + " denominators");
    }
    std::vector<double> num;
    std::vector<double> den;
    for (std::size_t i = 0; i < numerator.size(); ++i) {
        if (!std::isfinite(numerator[i])) {
            continue;
        }
        num.push_back(numerator[i]);
        den.push_back(denominator.empty() ? 1.0 : denominator[i]);
    }
    if (num.empty()) {
        Interval none;
        none.level = options.level;
        return none;
    }
    const std::vector<double> replicates = bootstrapReplicates(
        num.size(), options, stream,
        [&](const std::vector<std::uint32_t>& counts) {
            double a = 0;
            double b = 0;
            for (std::size_t i = 0; i < counts.size(); ++i) {
                if (counts[i] != 0) {
                    a += counts[i] * num[i];
                    b += counts[i] * den[i];
                }
            }
            return b != 0 ? a / b : std::numeric_limits<double>::quiet_NaN();
        },
        progress);
    return percentileInterval(replicates, options.level);
}

HalfSplit halfSplit(std::int64_t n, std::uint64_t seed, std::uint64_t stream, std::uint64_t r)
{
    SplitMix64 rng(replicateSeed(seed, stream, r));
    std::vector<std::int64_t> all = sampleWithoutReplacement(n, n, rng);
    HalfSplit split;
    const auto half = static_cast<std::ptrdiff_t>(n / 2);
    split.half.assign(all.begin(), all.begin() + half);
    split.rest.assign(all.begin() + half, all.end());
    std::sort(split.half.begin(), split.half.end());
    std::sort(split.rest.begin(), split.rest.end());
    return split;
}

Interval
halfSampleInterval(double estimate, std::int64_t n, const BootstrapOptions& options,
                   std::uint64_t stream,
                   const std::function<double(const std::vector<std::int64_t>&)>& statistic,
                   const Progress& progress)
{
    checkOptions(options);
    Interval none;
    none.level = options.level;
    if (n < 4) {
        return none;
    }
    const auto resamples = static_cast<std::size_t>(options.resamples);
    std::vector<double> replicates(resamples, std::numeric_limits<double>::quiet_NaN());
    ProgressCounter counter(progress, 0, resamples);
    parallelFor(resamples, options.threads, [&](std::size_t r, int) {
        counter.check();
        replicates[r] = statistic(halfSplit(n, options.seed, stream, r).half);
        counter.advance(1);
    });
    const double m = static_cast<double>(n / 2);
    return shiftedInterval(estimate, replicates, std::sqrt(m / (static_cast<double>(n) - m)),
                           options.level);
}

std::vector<Interval> halfSampleIntervals(
    const std::vector<double>& estimates, std::int64_t n, const BootstrapOptions& options,
    std::uint64_t stream,
    const std::function<std::vector<double>(const std::vector<std::int64_t>&)>& statistic,
    const Progress& progress)
{
    checkOptions(options);
    std::vector<Interval> out(estimates.size());
    for (Interval& interval : out) {
        interval.level = options.level;
    }
    if (n < 4) {
        return out;
    }
    const auto resamples = static_cast<std::size_t>(options.resamples);
    std::vector<std::vector<double>> replicates(
        estimates.size(), std::vector<double>(resamples, std::numeric_limits<double>::quiet_NaN()));
    ProgressCounter counter(progress, 0, resamples);
    parallelFor(resamples, options.threads, [&](std::size_t r, int) {
        counter.check();
        const std::vector<double> values = statistic(halfSplit(n, options.seed, stream, r).half);
        for (std::size_t k = 0; k < estimates.size() && k < values.size(); ++k) {
            replicates[k][r] = values[k];
        }
        counter.advance(1);
    });
    const double m = static_cast<double>(n / 2);
    const double scale = std::sqrt(m / (static_cast<double>(n) - m));
    for (std::size_t k = 0; k < estimates.size(); ++k) {
        out[k] = shiftedInterval(estimates[k], replicates[k], scale, options.level);
    }
    return out;
}

Interval halfSampleInterval2(
    double estimate, std::int64_t nA, std::int64_t nB, const BootstrapOptions& options,
    std::uint64_t stream,
    const std::function<double(const std::vector<std::int64_t>&, const std::vector<std::int64_t>&)>&
        statistic,
    const Progress& progress)
{
    checkOptions(options);
    Interval none;
    none.level = options.level;
    if (nA < 4 || nB < 4) {
        return none;
    }
    const auto resamples = static_cast<std::size_t>(options.resamples);
    std::vector<double> replicates(resamples, std::numeric_limits<double>::quiet_NaN());
    ProgressCounter counter(progress, 0, resamples);
    parallelFor(resamples, options.threads, [&](std::size_t r, int) {
        counter.check();
        replicates[r] = statistic(halfSplit(nA, options.seed, stream, 2 * r).half,
                                  halfSplit(nB, options.seed, stream, 2 * r + 1).half);
        counter.advance(1);
    });
    const double n = static_cast<double>(std::min(nA, nB));
    const double m = std::floor(n / 2);
    return shiftedInterval(estimate, replicates, std::sqrt(m / (n - m)), options.level);
}

} // namespace genlens::metrics

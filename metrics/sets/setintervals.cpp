#include "genlens/metrics/sets/setintervals.h"

#include "core/parallel.h"
#include "core/simddispatch.h"
#include "genlens/metrics/core/random.h"
#include "genlens/metrics/sets/kid.h"
#include "genlens/metrics/sets/vendi.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace genlens::metrics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Rows gathered per rank-k update: 256 × 2048 float64 = 4 MiB, cache-friendly and flat in n.
constexpr Eigen::Index kBlockRows = 256;

// The rows `rows` of x minus `center`, as float64 (row-major m × d).
RowMatrixXd gatherCentred(const Eigen::Ref<const RowMatrixXf>& x,
                          const std::vector<std::int64_t>& rows, const Eigen::VectorXd& center)
{
    RowMatrixXd out(static_cast<Eigen::Index>(rows.size()), x.cols());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out.row(static_cast<Eigen::Index>(i)) = x.row(rows[i]).cast<double>() - center.transpose();
    }
    return out;
}

double sumSqrtEigenvalues(const Eigen::MatrixXd& symmetric)
{
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(symmetric, Eigen::EigenvaluesOnly);
    if (solver.info() != Eigen::Success) {
        throw std::runtime_error("FID: eigenvalues did not converge");
    }
    return solver.eigenvalues().cwiseMax(0.0).cwiseSqrt().sum();
}

double fidOf(const FidStats& a, const FidStats& b)
{
    return fidFromStatistics(a, b).fid;
}

} // namespace

SubsetFid::SubsetFid(const Eigen::Ref<const RowMatrixXf>& real,
                     const Eigen::Ref<const RowMatrixXf>& generated, const FidStats& realStatistics,
                     const FidStats& generatedStatistics)
    : m_real(real)
    , m_generated(generated)
    , m_realStatistics(realStatistics)
    , m_generatedStatistics(generatedStatistics)
{
    if (real.cols() != generated.cols() || realStatistics.mu.size() != real.cols()
        || generatedStatistics.mu.size() != generated.cols()) {
        throw std::invalid_argument("SubsetFid: features and statistics differ in dimension");
    }
}

SubsetFid::Moments SubsetFid::moments(const Eigen::Ref<const RowMatrixXf>& x,
                                      const Eigen::VectorXd& mean,
                                      const std::vector<std::int64_t>& rows) const
{
    const Eigen::Index d = x.cols();
    Moments m;
    m.n = static_cast<std::int64_t>(rows.size());
    m.sum = Eigen::VectorXd::Zero(d);
    m.scatter = Eigen::MatrixXd::Zero(d, d);
    RowMatrixXd block(kBlockRows, d);
    const simd::KernelTable& kernels = simd::kernels();
    for (std::size_t start = 0; start < rows.size(); start += kBlockRows) {
        const auto count
            = static_cast<Eigen::Index>(std::min<std::size_t>(kBlockRows, rows.size() - start));
        for (Eigen::Index i = 0; i < count; ++i) {
            block.row(i) = x.row(rows[start + static_cast<std::size_t>(i)]).cast<double>()
                - mean.transpose();
            m.sum += block.row(i).transpose();
        }
        kernels.syrkLower(m.scatter.data(), d, block.data(), d, count, d);
    }
    m.scatter.triangularView<Eigen::StrictlyUpper>() = m.scatter.transpose();
    return m;
}

FidStats SubsetFid::statistics(const Moments& m, const Eigen::VectorXd& fullMean)
{
    const double n = static_cast<double>(m.n);
    FidStats s;
    s.n = m.n;
    const Eigen::VectorXd shift = m.sum / n;
    s.mu = fullMean + shift;
    s.sigma = (m.scatter - n * shift * shift.transpose()) / (n - 1.0);
    return s;
}

double SubsetFid::gramRoute(const std::vector<std::int64_t>& realRows,
                            const std::vector<std::int64_t>& generatedRows) const
{
    RowMatrixXd xr = gatherCentred(m_real, realRows, m_realStatistics.mu);
    RowMatrixXd xg = gatherCentred(m_generated, generatedRows, m_generatedStatistics.mu);
    const Eigen::VectorXd muR = xr.colwise().mean().transpose();
    const Eigen::VectorXd muG = xg.colwise().mean().transpose();
    xr.rowwise() -= muR.transpose();
    xg.rowwise() -= muG.transpose();
    const double nr = static_cast<double>(xr.rows());
    const double ng = static_cast<double>(xg.rows());
    const Eigen::MatrixXd cross = xr * xg.transpose(); // mr × mg
    Eigen::MatrixXd product;
    if (cross.rows() <= cross.cols()) {
        product.noalias() = cross * cross.transpose();
    } else {
        product.noalias() = cross.transpose() * cross;
    }
    const double traceSqrt = sumSqrtEigenvalues(product) / std::sqrt((nr - 1.0) * (ng - 1.0));
    const double meanTerm
        = ((m_realStatistics.mu + muR) - (m_generatedStatistics.mu + muG)).squaredNorm();
    return meanTerm + xr.squaredNorm() / (nr - 1.0) + xg.squaredNorm() / (ng - 1.0)
        - 2.0 * traceSqrt;
}

double SubsetFid::fid(const std::vector<std::int64_t>& realRows,
                      const std::vector<std::int64_t>& generatedRows) const
{
    if (realRows.size() < 2 || generatedRows.size() < 2) {
        throw std::invalid_argument("FID needs at least 2 samples per subset");
    }
    const auto d = static_cast<std::size_t>(m_real.cols());
    if (realRows.size() <= d && generatedRows.size() <= d) {
        return gramRoute(realRows, generatedRows);
    }
    const FidStats r
        = statistics(moments(m_real, m_realStatistics.mu, realRows), m_realStatistics.mu);
    const FidStats g = statistics(moments(m_generated, m_generatedStatistics.mu, generatedRows),
                                  m_generatedStatistics.mu);
    return fidOf(r, g);
}

double SubsetFid::fidAgainstFullReal(const std::vector<std::int64_t>& generatedRows) const
{
    if (generatedRows.size() < 2) {
        throw std::invalid_argument("FID needs at least 2 generated samples");
    }
    const FidStats g = statistics(moments(m_generated, m_generatedStatistics.mu, generatedRows),
                                  m_generatedStatistics.mu);
    return fidOf(m_realStatistics, g);
}

std::pair<double, double> SubsetFid::fidOfSplits(const HalfSplit& real,
                                                 const HalfSplit& generated) const
{
    const auto d = static_cast<std::size_t>(m_real.cols());
    const bool small = std::max(real.rest.size(), generated.rest.size()) <= d;
    if (small) {
        return {gramRoute(real.half, generated.half), gramRoute(real.rest, generated.rest)};
    }
    // The complement's moments about the full mean: the sums are opposite (the full set's sum
    // about its own mean is zero) and the scatters add up to (n − 1) Σ.
    const auto complement = [](const Moments& half, const FidStats& full) {
        Moments rest;
        rest.n = full.n - half.n;
        rest.sum = -half.sum;
        rest.scatter = static_cast<double>(full.n - 1) * full.sigma - half.scatter;
        return rest;
    };
    const Moments rh = moments(m_real, m_realStatistics.mu, real.half);
    const Moments gh = moments(m_generated, m_generatedStatistics.mu, generated.half);
    const double first
        = fidOf(statistics(rh, m_realStatistics.mu), statistics(gh, m_generatedStatistics.mu));
    const double second
        = fidOf(statistics(complement(rh, m_realStatistics), m_realStatistics.mu),
                statistics(complement(gh, m_generatedStatistics), m_generatedStatistics.mu));
    return {first, second};
}

Interval fidInterval(const Eigen::Ref<const RowMatrixXf>& real,
                     const Eigen::Ref<const RowMatrixXf>& generated, const FidStats& realStatistics,
                     const FidStats& generatedStatistics, double estimate,
                     const BootstrapOptions& options, const Progress& progress)
{
    Interval none;
    none.level = options.level;
    if (real.rows() < 4 || generated.rows() < 4 || options.resamples < 2) {
        return none;
    }
    if (realStatistics.n != real.rows() || generatedStatistics.n != generated.rows()) {
        throw std::invalid_argument("fidInterval: the statistics are not those of the features");
    }
    const SubsetFid subsets(real, generated, realStatistics, generatedStatistics);
    const std::uint64_t stream = streamOf("fid");
    const auto splits = static_cast<std::size_t>((options.resamples + 1) / 2);
    std::vector<double> replicates(2 * splits, kNaN);
    ProgressCounter counter(progress, 0, splits);
    parallelFor(splits, options.threads, [&](std::size_t s, int) {
        counter.check();
        // One generator stream per set, so the real halves do not depend on the generated set.
        const HalfSplit r = halfSplit(real.rows(), options.seed, stream, 2 * s);
        const HalfSplit g = halfSplit(generated.rows(), options.seed, stream, 2 * s + 1);
        const auto [first, second] = subsets.fidOfSplits(r, g);
        replicates[2 * s] = first;
        replicates[2 * s + 1] = second;
        counter.advance(1);
    });
    replicates.resize(static_cast<std::size_t>(options.resamples));
    // Halves of both sets: m/(n − m) ≈ 1 (exactly 1 for even n).
    const double n = static_cast<double>(std::min(real.rows(), generated.rows()));
    const double m = std::floor(n / 2);
    return shiftedInterval(estimate, replicates, std::sqrt(m / (n - m)), options.level);
}

Interval kidInterval(const Eigen::Ref<const RowMatrixXf>& real,
                     const Eigen::Ref<const RowMatrixXf>& generated,
                     const std::vector<double>& kidSubsetValues, int kidSubsetSize, double estimate,
                     const BootstrapOptions& options, const Progress& progress)
{
    Interval none;
    none.level = options.level;
    const auto n = static_cast<double>(std::min(real.rows(), generated.rows()));
    if (n < 4 || kidSubsetValues.empty() || kidSubsetSize < 2) {
        return none;
    }
    const double m = kidSubsetSize;
    const double subsets = static_cast<double>(kidSubsetValues.size());
    std::vector<double> replicates;
    double mPrime = m;
    if (m <= n / 2) {
        replicates = kidSubsetValues;
    } else {
        KidOptions ko;
        ko.subsets = options.resamples;
        ko.subsetSize = static_cast<int>(std::floor(n / 2));
        ko.seed = replicateSeed(options.seed, streamOf("kid"), 0);
        ko.threads = options.threads;
        replicates = kidStatistics(real, generated, ko, progress).values;
        mPrime = ko.subsetSize;
    }
    const double target = 1.0 / n + (1.0 / m - 1.0 / n) / subsets;
    const double scale = std::sqrt(target / (1.0 / mPrime - 1.0 / n));
    return shiftedInterval(estimate, replicates, scale, options.level);
}

Interval vendiInterval(const Eigen::Ref<const RowMatrixXf>& features, double estimate,
                       const BootstrapOptions& options, const Progress& progress)
{
    // Each replicate is a whole Vendi computation on its half; the replicates run in parallel,
    // each on one thread.
    return halfSampleInterval(
        estimate, features.rows(), options, streamOf("vendi"),
        [&](const std::vector<std::int64_t>& rows) {
            RowMatrixXf half(static_cast<Eigen::Index>(rows.size()), features.cols());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                half.row(static_cast<Eigen::Index>(i)) = features.row(rows[i]);
            }
            return vendiScore(half, {}, 1);
        },
        progress);
}

std::vector<std::int64_t> fidInfinitySizes(std::int64_t n)
{
    constexpr std::int64_t kStep = 5000;
    constexpr std::int64_t kMinimum = 50;
    constexpr std::int64_t kPoints = 5;
    if (n < kMinimum) {
        throw std::invalid_argument("FID∞ needs at least " + std::to_string(kMinimum)
                                    + " generated samples, have " + std::to_string(n));
    }
    std::vector<std::int64_t> sizes;
    for (std::int64_t size = kStep; size < n; size += kStep) {
        sizes.push_back(size);
    }
    sizes.push_back(n);
    if (static_cast<std::int64_t>(sizes.size()) >= kPoints) {
        return sizes;
    }
    sizes.clear();
    const std::int64_t smallest = (n + kPoints - 1) / kPoints;
    for (std::int64_t i = 0; i < kPoints; ++i) {
        sizes.push_back(smallest + (n - smallest) * i / (kPoints - 1));
    }
    return sizes;
}

LineFit fitLine(const std::vector<double>& x, const std::vector<double>& y)
{
    const std::size_t k = x.size();
    if (k < 3 || y.size() != k) {
        throw std::invalid_argument("a fitted line with a standard error needs at least 3 points");
    }
    double mx = 0;
    double my = 0;
    for (std::size_t i = 0; i < k; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= static_cast<double>(k);
    my /= static_cast<double>(k);
    double sxx = 0;
    double sxy = 0;
    for (std::size_t i = 0; i < k; ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    const double slope = sxy / sxx;
    const double intercept = my - slope * mx;
    double rss = 0;
    for (std::size_t i = 0; i < k; ++i) {
        const double r = y[i] - intercept - slope * x[i];
        rss += r * r;
    }
    const double s2 = rss / static_cast<double>(k - 2);
    const double error = std::sqrt(s2 * (1.0 / static_cast<double>(k) + mx * mx / sxx));
    return {intercept, slope, error};
}

FidInfinityResult fidInfinity(const Eigen::Ref<const RowMatrixXf>& real,
                              const Eigen::Ref<const RowMatrixXf>& generated,
                              const FidStats& realStatistics, const FidStats& generatedStatistics,
                              const FidInfinityOptions& options, const Progress& progress)
{
    const std::vector<std::int64_t> sizes = fidInfinitySizes(generated.rows());
    const SubsetFid subsets(real, generated, realStatistics, generatedStatistics);
    FidInfinityResult result;
    result.curve.resize(sizes.size());
    const std::uint64_t stream = streamOf("fid_infinity");
    ProgressCounter counter(progress, 0, sizes.size());
    // The points run in parallel, each on one thread (KID's subsets too).
    parallelFor(sizes.size(), options.threads, [&](std::size_t i, int) {
        counter.check();
        SplitMix64 rng(replicateSeed(options.seed, stream, i));
        std::vector<std::int64_t> rows = sampleWithoutReplacement(generated.rows(), sizes[i], rng);
        std::sort(rows.begin(), rows.end());
        FidCurvePoint& point = result.curve[i];
        point.n = sizes[i];
        point.fid = subsets.fidAgainstFullReal(rows);
        point.kid = kNaN;
        if (options.kid) {
            RowMatrixXf subset(static_cast<Eigen::Index>(rows.size()), generated.cols());
            for (std::size_t j = 0; j < rows.size(); ++j) {
                subset.row(static_cast<Eigen::Index>(j)) = generated.row(rows[j]);
            }
            KidOptions ko;
            ko.subsets = options.kidSubsets;
            ko.subsetSize
                = static_cast<int>(std::min<std::int64_t>(options.kidSubsetSize, sizes[i]));
            ko.seed = replicateSeed(options.seed, streamOf("kid_curve"), i);
            ko.threads = 1;
            point.kid = kid(real, subset, ko).mean;
        }
        counter.advance(1);
    });
    std::vector<double> x;
    std::vector<double> y;
    for (const FidCurvePoint& point : result.curve) {
        x.push_back(1.0 / static_cast<double>(point.n));
        y.push_back(point.fid);
    }
    const LineFit fit = fitLine(x, y);
    result.value = fit.intercept;
    result.stdError = fit.interceptError;
    return result;
}

} // namespace genlens::metrics

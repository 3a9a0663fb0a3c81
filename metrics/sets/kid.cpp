#include "genlens/metrics/sets/kid.h"

#include "core/parallel.h"
#include "genlens/metrics/core/random.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace genlens::metrics {

std::vector<std::pair<std::vector<std::int64_t>, std::vector<std::int64_t>>>
kidSubsetIndices(std::int64_t n, std::int64_t m, const KidOptions& options)
{
    const std::int64_t size = std::min<std::int64_t>({options.subsetSize, n, m});
    SplitMix64 rng(options.seed);
    std::vector<std::pair<std::vector<std::int64_t>, std::vector<std::int64_t>>> out;
    out.reserve(static_cast<std::size_t>(options.subsets));
    for (int s = 0; s < options.subsets; ++s) {
        auto r = sampleWithoutReplacement(n, size, rng);
        auto g = sampleWithoutReplacement(m, size, rng);
        out.emplace_back(std::move(r), std::move(g));
    }
    return out;
}

namespace {

inline double cubicKernel(double dot, double invDim)
{
    const double v = dot * invDim + 1.0;
    return v * v * v;
}

} // namespace

KidStatistics kidStatistics(const Eigen::Ref<const RowMatrixXf>& real,
                            const Eigen::Ref<const RowMatrixXf>& generated,
                            const KidOptions& options, const Progress& progress)
{
    const Eigen::Index d = real.cols();
    if (generated.cols() != d) {
        throw std::invalid_argument("KID: real has " + std::to_string(d) + " columns, generated has "
                                    + std::to_string(generated.cols()));
    }
    if (options.subsets < 1 || options.subsetSize < 2) {
        throw std::invalid_argument("KID: need at least 1 subset of at least 2 samples (got "
                                    + std::to_string(options.subsets) + " x "
                                    + std::to_string(options.subsetSize) + ")");
    }
    if (real.rows() < 2 || generated.rows() < 2) {
        throw std::invalid_argument("KID needs at least 2 samples per set, have "
                                    + std::to_string(real.rows()) + " real and "
                                    + std::to_string(generated.rows()) + " generated");
    }
    const auto subsets = kidSubsetIndices(real.rows(), generated.rows(), options);
    const Eigen::Index m = static_cast<Eigen::Index>(subsets.front().first.size());
    const double invDim = 1.0 / static_cast<double>(d);

    // Shift by the real mean c: xᵀy = x'ᵀy' + cᵀx' + cᵀy' + cᵀc (x' = x − c, exact in float64).
    Eigen::VectorXd cd = Eigen::VectorXd::Zero(d);
    for (Eigen::Index r = 0; r < real.rows(); ++r) {
        cd += real.row(r).transpose().cast<double>();
    }
    cd /= static_cast<double>(real.rows());
    const double cc = cd.squaredNorm();

    KidStatistics stats;
    stats.subsetSize = static_cast<int>(m);
    stats.values.assign(subsets.size(), 0.0);
    ProgressCounter counter(progress, 0, subsets.size());
    parallelFor(subsets.size(), options.threads, [&](std::size_t s, int) {
        counter.check();
        auto gather = [&](const Eigen::Ref<const RowMatrixXf>& x, const std::vector<std::int64_t>& idx,
                          RowMatrixXf& shifted, Eigen::VectorXd& cdot) {
            shifted.resize(m, d);
            cdot.resize(m);
            for (Eigen::Index i = 0; i < m; ++i) {
                const Eigen::VectorXd xd =
                        x.row(idx[static_cast<std::size_t>(i)]).transpose().cast<double>() - cd;
                shifted.row(i) = xd.transpose().cast<float>();
                cdot[i] = cd.dot(xd);
            }
        };
        RowMatrixXf xs, ys;
        Eigen::VectorXd cx, cy;
        gather(real, subsets[s].first, xs, cx);
        gather(generated, subsets[s].second, ys, cy);
        Eigen::MatrixXf kxx = Eigen::MatrixXf::Zero(m, m);
        Eigen::MatrixXf kyy = Eigen::MatrixXf::Zero(m, m);
        kxx.selfadjointView<Eigen::Lower>().rankUpdate(xs);
        kyy.selfadjointView<Eigen::Lower>().rankUpdate(ys);
        const Eigen::MatrixXf kxy = xs * ys.transpose();
        double sxx = 0, syy = 0, sxy = 0;
        for (Eigen::Index j = 0; j < m; ++j) {
            for (Eigen::Index i = j + 1; i < m; ++i) {
                sxx += cubicKernel(static_cast<double>(kxx(i, j)) + cx[i] + cx[j] + cc, invDim);
                syy += cubicKernel(static_cast<double>(kyy(i, j)) + cy[i] + cy[j] + cc, invDim);
            }
            for (Eigen::Index i = 0; i < m; ++i) {
                sxy += cubicKernel(static_cast<double>(kxy(i, j)) + cx[i] + cy[j] + cc, invDim);
            }
        }
        const double md = static_cast<double>(m);
        // Off-diagonal sums are symmetric: each unordered pair counted once above.
        stats.values[s] = 2 * (sxx + syy) / (md * (md - 1)) - 2 * sxy / (md * md);
        counter.advance(1);
    });
    return stats;
}

KidResult kidFromStatistics(const KidStatistics& stats)
{
    KidResult r;
    r.subsets = static_cast<int>(stats.values.size());
    r.subsetSize = stats.subsetSize;
    double sum = 0;
    for (double v : stats.values) {
        sum += v;
    }
    r.mean = sum / static_cast<double>(stats.values.size());
    double sq = 0;
    for (double v : stats.values) {
        sq += (v - r.mean) * (v - r.mean);
    }
    r.std = std::sqrt(sq / static_cast<double>(stats.values.size()));
    return r;
}

KidResult kid(const Eigen::Ref<const RowMatrixXf>& real,
              const Eigen::Ref<const RowMatrixXf>& generated, const KidOptions& options,
              const Progress& progress)
{
    return kidFromStatistics(kidStatistics(real, generated, options, progress));
}

} // namespace genlens::metrics

#include "genlens/metrics/sets/projection.h"

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace genlens::metrics {

namespace {

constexpr Eigen::Index kSubspaceBlock = 16;
constexpr int kMaxSubspaceSteps = 500;
constexpr double kResidualTolerance = 1e-10; // relative to λ₁
constexpr std::uint64_t kSubspaceStartSeed = 0x5EEDu; // fixed: the axes never depend on a seed

using TwoColumns = Eigen::Matrix<double, Eigen::Dynamic, 2>;

struct TopTwo
{
    Eigen::Vector2d values = Eigen::Vector2d::Zero();
    TwoColumns vectors;
    int iterations = 0;
};

// Maps a part's own (done, total) into a slice [begin, end) of a 0..1000 overall bar.
Progress slice(const Progress& progress, std::size_t begin, std::size_t end)
{
    if (!progress) {
        return {};
    }
    return [&progress, begin, end](std::size_t done, std::size_t total) {
        const std::size_t span = end - begin;
        return progress(begin + (total ? std::min(done, total) * span / total : 0), 1000);
    };
}

std::string shape(const Eigen::Ref<const RowMatrixXf>& x)
{
    return std::to_string(x.rows()) + "x" + std::to_string(x.cols());
}

void requireFinite(const Eigen::Ref<const RowMatrixXf>& x, const char* name)
{
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        if (!x.row(r).allFinite()) {
            throw std::invalid_argument(std::string(name) + " features: row " + std::to_string(r)
                                        + " holds NaN or Inf");
        }
    }
}

void requireSameDimension(const Eigen::Ref<const RowMatrixXf>& real,
                          const Eigen::Ref<const RowMatrixXf>& generated)
{
    if (real.cols() != generated.cols()) {
        throw std::invalid_argument("feature dimensions differ: real is " + shape(real)
                                    + ", generated is " + shape(generated));
    }
    if (real.cols() < 1) {
        throw std::invalid_argument("feature matrices have no columns");
    }
    requireFinite(real, "real");
    requireFinite(generated, "generated");
}

TopTwo denseTopTwo(const Eigen::MatrixXd& c)
{
    const Eigen::Index d = c.rows();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(c);
    TopTwo t;
    t.vectors = TwoColumns::Zero(d, 2);
    for (Eigen::Index i = 0; i < std::min<Eigen::Index>(2, d); ++i) {
        t.values(i) = solver.eigenvalues()(d - 1 - i); // ascending from the solver
        t.vectors.col(i) = solver.eigenvectors().col(d - 1 - i);
    }
    return t;
}

Eigen::MatrixXd orthonormalColumns(const Eigen::MatrixXd& m)
{
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(m);
    return qr.householderQ() * Eigen::MatrixXd::Identity(m.rows(), m.cols());
}

// Block subspace iteration with Rayleigh–Ritz (Saad, Numerical Methods for Large Eigenvalue
// Problems, §5.2): V ← orth(C V U), where U are the Ritz vectors of Vᵀ C V. The two leading Ritz
// pairs converge at the rate λ₁₇/λᵢ per step; the extra 14 vectors make that fast for feature
// spectra, and a cluster of equal eigenvalues still yields a valid axis.
TopTwo subspaceTopTwo(const Eigen::MatrixXd& c, const Progress& progress)
{
    const Eigen::Index d = c.rows();
    const Eigen::Index b = std::min(d, kSubspaceBlock);
    SplitMix64 rng(kSubspaceStartSeed);
    Eigen::MatrixXd v(d, b);
    for (Eigen::Index j = 0; j < b; ++j) {
        for (Eigen::Index i = 0; i < d; ++i) {
            // Uniform in [-1, 1) from the top 53 bits.
            v(i, j) = static_cast<double>(rng.next() >> 11) * 0x1.0p-52 - 1.0;
        }
    }
    v = orthonormalColumns(v);
    Eigen::MatrixXd w(d, b);
    TopTwo t;
    for (int step = 1; step <= kMaxSubspaceSteps; ++step) {
        reportProgress(progress, static_cast<std::size_t>(step - 1), kMaxSubspaceSteps);
        w.noalias() = c * v;
        Eigen::MatrixXd h = v.transpose() * w;
        h = 0.5 * (h + h.transpose()).eval();
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> small(h);
        // Descending order.
        const Eigen::MatrixXd u = small.eigenvectors().rowwise().reverse();
        const Eigen::VectorXd theta = small.eigenvalues().reverse();
        const Eigen::MatrixXd ritz = v * u;
        const Eigen::MatrixXd cRitz = w * u; // C · ritz
        t.iterations = step;
        t.vectors = TwoColumns::Zero(d, 2);
        double worst = 0;
        for (Eigen::Index i = 0; i < std::min<Eigen::Index>(2, b); ++i) {
            t.values(i) = theta(i);
            t.vectors.col(i) = ritz.col(i);
            worst = std::max(worst, (cRitz.col(i) - theta(i) * ritz.col(i)).norm());
        }
        if (worst <= kResidualTolerance * std::max(theta(0), 0.0)) {
            break;
        }
        v = orthonormalColumns(cRitz);
    }
    reportProgress(progress, kMaxSubspaceSteps, kMaxSubspaceSteps);
    return t;
}

// Sign rule: the entry of largest |value| (the first on a tie) is positive.
void fixSign(Eigen::Ref<Eigen::VectorXd> axis)
{
    if (axis.size() == 0) {
        return;
    }
    Eigen::Index at = 0;
    for (Eigen::Index i = 1; i < axis.size(); ++i) {
        if (std::abs(axis(i)) > std::abs(axis(at))) {
            at = i;
        }
    }
    if (axis(at) < 0) {
        axis = -axis;
    }
}

FeatureProjection projectBoth(const Eigen::Ref<const RowMatrixXf>& real,
                              const Eigen::Ref<const RowMatrixXf>& generated,
                              const FeatureStats& pooled, const ProjectionOptions& options,
                              const Progress& progress, std::size_t begin)
{
    FeatureProjection out;
    out.seed = options.seed;
    out.maxPointsPerSet = options.maxPointsPerSet;
    const std::size_t fitted = begin + (1000 - begin) / 2;
    const std::size_t middle = fitted + (1000 - fitted) / 2;
    out.pca = fitPcaAxes(pooled, options, slice(progress, begin, fitted));
    SplitMix64 rng(options.seed);
    out.real
        = projectRows(real, out.pca, options.maxPointsPerSet, rng, slice(progress, fitted, middle));
    out.generated = projectRows(generated, out.pca, options.maxPointsPerSet, rng,
                                slice(progress, middle, 1000));
    reportProgress(progress, 1000, 1000);
    return out;
}

} // namespace

FeatureStats featureStatsFromFid(const FidStats& statistics)
{
    if (statistics.n < 1) {
        throw std::invalid_argument("statistics without a sample count cannot be pooled");
    }
    if (statistics.sigma.rows() != statistics.mu.size()
        || statistics.sigma.cols() != statistics.mu.size()) {
        throw std::invalid_argument("statistics: mu has " + std::to_string(statistics.mu.size())
                                    + " entries, sigma is "
                                    + std::to_string(statistics.sigma.rows()) + "x"
                                    + std::to_string(statistics.sigma.cols()));
    }
    return FeatureStats::fromMoments(statistics.n, statistics.mu,
                                     statistics.sigma * static_cast<double>(statistics.n - 1));
}

PcaAxes fitPcaAxes(const FeatureStats& pooled, const ProjectionOptions& options,
                   const Progress& progress)
{
    const Eigen::Index d = pooled.dim();
    if (pooled.count() < 2) {
        throw std::invalid_argument("a PCA map needs at least 2 samples in all, have "
                                    + std::to_string(pooled.count()));
    }
    if (d < 1) {
        throw std::invalid_argument("feature matrices have no columns");
    }
    if (!pooled.mean().allFinite() || !pooled.scatter().allFinite()) {
        throw std::invalid_argument("the pooled statistics hold NaN or Inf");
    }
    const Eigen::MatrixXd c = pooled.covariance();
    PcaAxes out;
    out.count = pooled.count();
    out.mean = pooled.mean();
    out.totalVariance = std::max(0.0, c.trace());
    TopTwo top;
    if (d <= options.denseSolverMaxDim) {
        reportProgress(progress, 0, 1);
        top = denseTopTwo(c);
    } else {
        top = subspaceTopTwo(c, progress);
    }
    out.iterations = top.iterations;
    out.axes = RowMatrixXd::Zero(2, d);
    for (int i = 0; i < 2; ++i) {
        Eigen::VectorXd axis = top.vectors.col(i);
        const double norm = axis.norm();
        if (norm > 0) {
            axis /= norm;
        }
        fixSign(axis);
        out.axes.row(i) = axis.transpose();
        out.explainedVariance(i) = std::max(0.0, top.values(i));
        out.explainedVarianceRatio(i)
            = out.totalVariance > 0 ? out.explainedVariance(i) / out.totalVariance : 0.0;
    }
    reportProgress(progress, 1, 1);
    return out;
}

ProjectedSet projectRows(const Eigen::Ref<const RowMatrixXf>& rows, const PcaAxes& pca,
                         std::int64_t cap, SplitMix64& rng, const Progress& progress)
{
    const Eigen::Index d = pca.mean.size();
    if (rows.cols() != d || pca.axes.rows() != 2 || pca.axes.cols() != d) {
        throw std::invalid_argument("projection: rows are " + shape(rows) + ", the axes have "
                                    + std::to_string(d) + " dimensions");
    }
    ProjectedSet out;
    out.total = rows.rows();
    if (cap > 0 && out.total > cap) {
        out.subsampled = true;
        out.kept = sampleWithoutReplacement(out.total, cap, rng);
        std::sort(out.kept.begin(), out.kept.end());
    } else {
        out.kept.resize(static_cast<std::size_t>(out.total));
        std::iota(out.kept.begin(), out.kept.end(), std::int64_t(0));
    }
    const auto count = static_cast<Eigen::Index>(out.kept.size());
    out.x.resize(out.kept.size());
    out.y.resize(out.kept.size());
    const TwoColumns axes = pca.axes.transpose();
    // Blocks of about 2M values, centred in float64 before the product.
    const Eigen::Index block = std::max<Eigen::Index>(
        64, std::min<Eigen::Index>(4096, (Eigen::Index(1) << 21) / std::max<Eigen::Index>(d, 1)));
    Eigen::MatrixXd centred;
    TwoColumns xy;
    for (Eigen::Index b0 = 0; b0 < count; b0 += block) {
        reportProgress(progress, static_cast<std::size_t>(b0), static_cast<std::size_t>(count));
        const Eigen::Index rowsInBlock = std::min(block, count - b0);
        centred.resize(rowsInBlock, d);
        for (Eigen::Index i = 0; i < rowsInBlock; ++i) {
            const std::int64_t index = out.kept[static_cast<std::size_t>(b0 + i)];
            if (!rows.row(index).allFinite()) {
                throw std::invalid_argument("projection: row " + std::to_string(index)
                                            + " holds NaN or Inf");
            }
            centred.row(i) = rows.row(index).cast<double>() - pca.mean.transpose();
        }
        xy.noalias() = centred * axes;
        for (Eigen::Index i = 0; i < rowsInBlock; ++i) {
            out.x[static_cast<std::size_t>(b0 + i)] = xy(i, 0);
            out.y[static_cast<std::size_t>(b0 + i)] = xy(i, 1);
        }
    }
    reportProgress(progress, static_cast<std::size_t>(count), static_cast<std::size_t>(count));
    return out;
}

FeatureProjection pcaProjection(const Eigen::Ref<const RowMatrixXf>& real,
                                const Eigen::Ref<const RowMatrixXf>& generated,
                                const ProjectionOptions& options, const Progress& progress)
{
    requireSameDimension(real, generated);
    FeatureStats pooled = computeFeatureStats(real, slice(progress, 0, 300), options.threads);
    pooled.merge(computeFeatureStats(generated, slice(progress, 300, 600), options.threads));
    return projectBoth(real, generated, pooled, options, progress, 600);
}

FeatureProjection pcaProjection(const Eigen::Ref<const RowMatrixXf>& real,
                                const Eigen::Ref<const RowMatrixXf>& generated,
                                const FidStats& realStatistics, const FidStats& generatedStatistics,
                                const ProjectionOptions& options, const Progress& progress)
{
    requireSameDimension(real, generated);
    if (realStatistics.n != real.rows() || generatedStatistics.n != generated.rows()
        || realStatistics.mu.size() != real.cols()
        || generatedStatistics.mu.size() != generated.cols()) {
        throw std::invalid_argument("statistics do not describe these rows: real is " + shape(real)
                                    + " with statistics of " + std::to_string(realStatistics.n)
                                    + "x" + std::to_string(realStatistics.mu.size())
                                    + ", generated is " + shape(generated) + " with statistics of "
                                    + std::to_string(generatedStatistics.n) + "x"
                                    + std::to_string(generatedStatistics.mu.size()));
    }
    FeatureStats pooled = featureStatsFromFid(realStatistics);
    pooled.merge(featureStatsFromFid(generatedStatistics));
    return projectBoth(real, generated, pooled, options, progress, 0);
}

} // namespace genlens::metrics

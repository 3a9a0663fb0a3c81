#include "genlens/metrics/core/featurestats.h"

#include "core/parallel.h"
#include "core/simddispatch.h"
#include "genlens/metrics/core/simd.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace genlens::metrics {

FeatureStats::FeatureStats(Eigen::Index dim)
    : m_mean(Eigen::VectorXd::Zero(dim)), m_scatter(Eigen::MatrixXd::Zero(dim, dim))
{
}

FeatureStats FeatureStats::fromMoments(std::int64_t n, Eigen::VectorXd mean,
                                       Eigen::MatrixXd scatter)
{
    if (n < 0 || scatter.rows() != mean.size() || scatter.cols() != mean.size()) {
        throw std::invalid_argument("FeatureStats: " + std::to_string(n) + " rows, mean of "
                                    + std::to_string(mean.size()) + ", scatter "
                                    + std::to_string(scatter.rows()) + "x"
                                    + std::to_string(scatter.cols()));
    }
    FeatureStats s;
    s.m_n = n;
    s.m_mean = std::move(mean);
    s.m_scatter = std::move(scatter);
    return s;
}

namespace {
template<typename Rows>
void blockStats(const Rows& rows, Eigen::VectorXd& mean, Eigen::MatrixXd& scatter)
{
    const Eigen::Index n = rows.rows();
    const Eigen::Index d = rows.cols();
    mean = rows.template cast<double>().colwise().sum().transpose() / static_cast<double>(n);
    const RowMatrixXd centred = rows.template cast<double>().rowwise() - mean.transpose();
    scatter.setZero(d, d);
    // Symmetric rank-k update: only one triangle is computed (half the flops of a GEMM).
    symmetricRankUpdateLower(scatter, centred);
    scatter.triangularView<Eigen::StrictlyUpper>() = scatter.transpose();
}
} // namespace

void FeatureStats::add(const Eigen::Ref<const RowMatrixXf>& rows)
{
    if (rows.rows() == 0) {
        return;
    }
    Eigen::VectorXd mean;
    Eigen::MatrixXd scatter;
    blockStats(rows, mean, scatter);
    mergeBlock(rows.rows(), mean, scatter);
}

void FeatureStats::add(const Eigen::Ref<const RowMatrixXd>& rows)
{
    if (rows.rows() == 0) {
        return;
    }
    Eigen::VectorXd mean;
    Eigen::MatrixXd scatter;
    blockStats(rows, mean, scatter);
    mergeBlock(rows.rows(), mean, scatter);
}

void FeatureStats::merge(const FeatureStats& other)
{
    if (other.m_n == 0) {
        return;
    }
    mergeBlock(other.m_n, other.m_mean, other.m_scatter);
}

void FeatureStats::mergeBlock(std::int64_t nb, const Eigen::VectorXd& meanB,
                              const Eigen::MatrixXd& scatterB)
{
    if (m_n == 0) {
        if (m_mean.size() != 0 && m_mean.size() != meanB.size()) {
            throw std::invalid_argument("FeatureStats: statistics have " + std::to_string(m_mean.size())
                                        + " dimensions, block has " + std::to_string(meanB.size()));
        }
        m_n = nb;
        m_mean = meanB;
        m_scatter = scatterB;
        return;
    }
    if (meanB.size() != m_mean.size()) {
        throw std::invalid_argument("FeatureStats: statistics have " + std::to_string(m_mean.size())
                                    + " dimensions, block has " + std::to_string(meanB.size()));
    }
    const double na = static_cast<double>(m_n);
    const double nbd = static_cast<double>(nb);
    const double n = na + nbd;
    const Eigen::VectorXd delta = meanB - m_mean;
    m_mean += delta * (nbd / n);
    m_scatter += scatterB;
    m_scatter.noalias() += (na * nbd / n) * (delta * delta.transpose());
    m_n += nb;
}

Eigen::MatrixXd FeatureStats::covariance() const
{
    if (m_n < 2) {
        throw std::invalid_argument("covariance needs at least 2 samples, have "
                                    + std::to_string(m_n));
    }
    return m_scatter / static_cast<double>(m_n - 1);
}

namespace {

// Rows per block: about 2M values (1024 rows at d = 2048, ~4 GFLOP of rank-k update), so that
// cancellation is checked well within a second and the float64 copy of a block stays 16 MiB.
Eigen::Index blockRowsFor(Eigen::Index d)
{
    return std::max<Eigen::Index>(
        64, std::min<Eigen::Index>(2048, (Eigen::Index(1) << 21) / std::max<Eigen::Index>(d, 1)));
}

// Column panels of the d × d scatter: one task per panel pair (i ≥ j) of the lower triangle.
// 256 columns keep each task a GEMM of useful size (256 × 256 × block rows) while giving enough
// tasks (36 at d = 2048) to balance two or more workers.
constexpr Eigen::Index kPanel = 256;

struct PanelTask
{
    Eigen::Index i0, iw, j0, jw;
};

std::vector<PanelTask> panelTasks(Eigen::Index d)
{
    std::vector<PanelTask> tasks;
    for (Eigen::Index j0 = 0; j0 < d; j0 += kPanel) {
        for (Eigen::Index i0 = j0; i0 < d; i0 += kPanel) {
            tasks.push_back({i0, std::min(kPanel, d - i0), j0, std::min(kPanel, d - j0)});
        }
    }
    return tasks;
}

// Column sums in float64, per fixed row block, added in block order (independent of threads).
Eigen::VectorXd columnMean(const Eigen::Ref<const RowMatrixXf>& features, Eigen::Index block,
                           int threads)
{
    const Eigen::Index n = features.rows();
    const Eigen::Index blocks = (n + block - 1) / block;
    std::vector<Eigen::VectorXd> sums(static_cast<std::size_t>(blocks));
    parallelFor(static_cast<std::size_t>(blocks), threads, [&](std::size_t b, int) {
        const Eigen::Index r0 = static_cast<Eigen::Index>(b) * block;
        const Eigen::Index rows = std::min(block, n - r0);
        Eigen::VectorXd s = Eigen::VectorXd::Zero(features.cols());
        for (Eigen::Index r = r0; r < r0 + rows; ++r) {
            s += features.row(r).transpose().cast<double>();
        }
        sums[b] = std::move(s);
    });
    Eigen::VectorXd total = Eigen::VectorXd::Zero(features.cols());
    for (const auto& s : sums) {
        total += s;
    }
    return total / static_cast<double>(n);
}

} // namespace

FeatureStats computeFeatureStats(const Eigen::Ref<const RowMatrixXf>& features,
                                 const Progress& progress, int threads)
{
    const Eigen::Index n = features.rows();
    const Eigen::Index d = features.cols();
    if (n == 0) {
        return FeatureStats(d);
    }
    // Two passes: the float64 mean first, then the scatter of the rows centred on it (no
    // Σxxᵀ − nμμᵀ cancellation), block by block. Within a block the workers share the lower
    // triangle by column panels, so every entry of the scatter is accumulated by one task in
    // block order: the rounding never depends on the thread count or timing.
    const Eigen::Index block = blockRowsFor(d);
    const Eigen::Index blocks = (n + block - 1) / block;
    ProgressCounter counter(progress, 0, static_cast<std::size_t>(blocks));
    const Eigen::VectorXd mean = columnMean(features, block, threads);
    const std::vector<PanelTask> tasks = panelTasks(d);
    const int workers = workerCount(tasks.size(), threads);
    const simd::KernelTable& k = simd::kernels();
    Eigen::MatrixXd scatter = Eigen::MatrixXd::Zero(d, d);
    RowMatrixXd centred(std::min(block, n), d);
    Eigen::VectorXd residual = Eigen::VectorXd::Zero(d); // Σ (x − μ), round-off only
    for (Eigen::Index b = 0; b < blocks; ++b) {
        counter.check();
        const Eigen::Index r0 = b * block;
        const Eigen::Index rows = std::min(block, n - r0);
        // float32 → float64 and centring, split over the workers by rows.
        const Eigen::Index rowsPerWorker = (rows + workers - 1) / workers;
        parallelFor(static_cast<std::size_t>(workers), workers, [&](std::size_t w, int) {
            const Eigen::Index a = static_cast<Eigen::Index>(w) * rowsPerWorker;
            const Eigen::Index e = std::min(rows, a + rowsPerWorker);
            for (Eigen::Index r = a; r < e; ++r) {
                centred.row(r) = features.row(r0 + r).cast<double>() - mean.transpose();
            }
        });
        residual += centred.topRows(rows).colwise().sum().transpose();
        const double* a = centred.data();
        const Eigen::Index lda = centred.outerStride();
        parallelFor(tasks.size(), workers, [&](std::size_t t, int) {
            const PanelTask& p = tasks[t];
            double* c = scatter.data() + p.j0 * d + p.i0;
            if (p.i0 == p.j0) {
                k.syrkLower(c, d, a + p.i0, lda, rows, p.iw);
            } else {
                k.gemmTN(c, d, a + p.i0, lda, a + p.j0, lda, rows, p.iw, p.jw);
            }
        });
        counter.advance(1);
    }
    // Corrected two-pass: remove the (round-off sized) mean of the centred rows.
    const Eigen::VectorXd delta = residual / static_cast<double>(n);
    scatter.triangularView<Eigen::Lower>() -= static_cast<double>(n) * (delta * delta.transpose());
    scatter.triangularView<Eigen::StrictlyUpper>() = scatter.transpose();
    return FeatureStats::fromMoments(n, mean + delta, std::move(scatter));
}

} // namespace genlens::metrics

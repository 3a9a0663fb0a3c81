#include "genlens/metrics/core/featurestats.h"

#include "core/parallel.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>

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
    const Eigen::MatrixXd centred = rows.template cast<double>().rowwise() - mean.transpose();
    scatter.setZero(d, d);
    // Symmetric rank-k update: only one triangle is computed (half the flops of a GEMM).
    scatter.selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
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

FeatureStats computeFeatureStats(const Eigen::Ref<const RowMatrixXf>& features,
                                 const Progress& progress, int threads)
{
    const Eigen::Index n = features.rows();
    const Eigen::Index d = features.cols();
    // Fixed row blocks (each converted to double before its rank-k update) grouped into a fixed
    // number of contiguous shards: the grouping, hence the rounding, never depends on the thread
    // count or timing. Four shards keep 4 d×d scatter matrices alive at most. About 2M values a
    // block (1024 rows at d = 2048, ~4 GFLOP) so that cancellation is checked about every second.
    const Eigen::Index block = std::max<Eigen::Index>(
            64, std::min<Eigen::Index>(2048, (Eigen::Index(1) << 21) / std::max<Eigen::Index>(d, 1)));
    const Eigen::Index blocks = (n + block - 1) / block;
    const Eigen::Index shards = std::min<Eigen::Index>(4, std::max<Eigen::Index>(blocks, 1));
    std::vector<FeatureStats> shard(static_cast<std::size_t>(shards));
    ProgressCounter counter(progress, 0, static_cast<std::size_t>(blocks));
    parallelFor(static_cast<std::size_t>(shards), threads, [&](std::size_t s, int) {
        const Eigen::Index b0 = blocks * static_cast<Eigen::Index>(s) / shards;
        const Eigen::Index b1 = blocks * static_cast<Eigen::Index>(s + 1) / shards;
        FeatureStats acc(d);
        for (Eigen::Index b = b0; b < b1; ++b) {
            counter.check();
            const Eigen::Index r0 = b * block;
            acc.add(features.middleRows(r0, std::min(block, n - r0)));
            counter.advance(1);
        }
        shard[s] = std::move(acc);
    });
    FeatureStats total(d);
    for (auto& s : shard) {
        total.merge(s);
    }
    return total;
}

} // namespace genlens::metrics

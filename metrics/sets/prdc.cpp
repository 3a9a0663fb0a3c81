#include "genlens/metrics/sets/prdc.h"

#include "core/parallel.h"

#include <stdexcept>
#include <string>

namespace genlens::metrics {

Eigen::VectorXd kthDistance(const KnnResult& self, int k)
{
    if (k < 1 || k > self.distances.cols()) {
        throw std::invalid_argument("kthDistance: k = " + std::to_string(k) + " but only "
                                    + std::to_string(self.distances.cols()) + " neighbours known");
    }
    return self.distances.col(k - 1);
}

std::vector<std::uint8_t> insideRealManifold(const CrossResult& cross)
{
    std::vector<std::uint8_t> out(cross.realBallsContaining.size());
    for (std::size_t j = 0; j < out.size(); ++j) {
        out[j] = cross.realBallsContaining[j] > 0;
    }
    return out;
}

std::vector<std::uint8_t> coveredReal(const CrossResult& cross, const Eigen::VectorXd& realRadius)
{
    const Eigen::Index n = realRadius.size();
    if (cross.realToGenerated.distances.rows() != n || cross.realToGenerated.distances.cols() < 1) {
        throw std::invalid_argument("coveredReal: the cross pass lacks real-to-generated neighbours");
    }
    std::vector<std::uint8_t> out(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        out[static_cast<std::size_t>(i)] = cross.realToGenerated.distances(i, 0) < realRadius[i];
    }
    return out;
}

PrdcResult prdcFromStatistics(const PrdcStatistics& stats)
{
    if (!stats.cross) {
        throw std::invalid_argument("prdcFromStatistics: no cross pass");
    }
    const CrossResult& cross = *stats.cross;
    const auto n = static_cast<double>(stats.realRadius.size());
    const auto m = static_cast<double>(stats.generatedRadius.size());
    PrdcResult r;
    double inside = 0;
    double balls = 0;
    for (std::int64_t c : cross.realBallsContaining) {
        inside += c > 0 ? 1 : 0;
        balls += static_cast<double>(c);
    }
    r.precision = inside / m;
    r.density = balls / (static_cast<double>(stats.k) * m);
    double recalled = 0;
    for (std::uint8_t f : cross.insideGeneratedBall) {
        recalled += f;
    }
    r.recall = recalled / n;
    double covered = 0;
    for (std::uint8_t f : coveredReal(cross, stats.realRadius)) {
        covered += f;
    }
    r.coverage = covered / n;
    return r;
}

PrdcResult prdc(const Eigen::Ref<const RowMatrixXf>& real,
                const Eigen::Ref<const RowMatrixXf>& generated, int k, const Progress& progress,
                int threads)
{
    if (real.cols() != generated.cols()) {
        throw std::invalid_argument("PRDC: real has " + std::to_string(real.cols())
                                    + " columns, generated has " + std::to_string(generated.cols()));
    }
    if (real.rows() <= k || generated.rows() <= k) {
        throw std::invalid_argument("PRDC with k = " + std::to_string(k)
                                    + " needs more than k samples per set, have "
                                    + std::to_string(real.rows()) + " real and "
                                    + std::to_string(generated.rows()) + " generated");
    }
    // Progress: the two self passes and the cross pass, a third each.
    auto slice = [&](std::size_t part) -> Progress {
        if (!progress) {
            return {};
        }
        return [&progress, part](std::size_t d, std::size_t t) {
            return progress(part * 1000 + (t ? d * 1000 / t : 0), 3000);
        };
    };
    PrdcStatistics stats;
    stats.k = k;
    stats.realRadius = kthDistance(knnSelf(real, k, slice(0), threads), k);
    stats.generatedRadius = kthDistance(knnSelf(generated, k, slice(1), threads), k);
    CrossOptions o;
    o.kRealToGenerated = 1;
    o.realRadius = &stats.realRadius;
    o.generatedRadius = &stats.generatedRadius;
    o.threads = threads;
    const CrossResult cross = crossNeighbourhoods(real, generated, o, slice(2));
    stats.cross = &cross;
    return prdcFromStatistics(stats);
}

} // namespace genlens::metrics

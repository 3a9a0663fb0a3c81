#include "genlens/metrics/sets/memorization.h"

#include "genlens/metrics/sets/realism.h"

#include <stdexcept>
#include <string>

namespace genlens::metrics {

MemorizationResult memorizationFromNeighbours(const KnnResult& generatedToReal,
                                              const KnnResult& realToReal,
                                              const MemorizationOptions& options)
{
    if (generatedToReal.distances.cols() < 2 || realToReal.distances.cols() < 1
        || realToReal.distances.rows() < 1) {
        throw std::invalid_argument("memorization needs 2 generated-to-real and 1 real-to-real "
                                    "neighbours");
    }
    const Eigen::Index m = generatedToReal.distances.rows();
    MemorizationResult r;
    const Eigen::VectorXd nn = realToReal.distances.col(0);
    r.realNearestMedian = medianOf(std::vector<double>(nn.data(), nn.data() + nn.size()));
    r.threshold = options.factor * r.realNearestMedian;
    r.nearestReal.resize(static_cast<std::size_t>(m));
    r.distance.resize(static_cast<std::size_t>(m));
    r.ratio.resize(static_cast<std::size_t>(m));
    r.memorized.resize(static_cast<std::size_t>(m));
    std::int64_t flagged = 0;
    for (Eigen::Index j = 0; j < m; ++j) {
        const auto u = static_cast<std::size_t>(j);
        const double d1 = generatedToReal.distances(j, 0);
        const double d2 = generatedToReal.distances(j, 1);
        r.nearestReal[u] = generatedToReal.indices(j, 0);
        r.distance[u] = d1;
        r.ratio[u] = d2 > 0 ? d1 / d2 : 0.0;
        r.memorized[u] = d1 < r.threshold;
        flagged += r.memorized[u];
    }
    r.memorizedFraction = m > 0 ? static_cast<double>(flagged) / static_cast<double>(m) : 0.0;
    return r;
}

MemorizationResult memorization(const Eigen::Ref<const RowMatrixXf>& real,
                                const Eigen::Ref<const RowMatrixXf>& generated,
                                const MemorizationOptions& options, const Progress& progress,
                                int threads)
{
    if (real.cols() != generated.cols()) {
        throw std::invalid_argument("memorization: real has " + std::to_string(real.cols())
                                    + " columns, generated has " + std::to_string(generated.cols()));
    }
    if (real.rows() < 2) {
        throw std::invalid_argument("memorization needs at least 2 real samples, have "
                                    + std::to_string(real.rows()));
    }
    auto half = [&](std::size_t part) -> Progress {
        if (!progress) {
            return {};
        }
        return [&progress, part](std::size_t d, std::size_t t) {
            return progress(part * 1000 + (t ? d * 1000 / t : 0), 2000);
        };
    };
    const KnnResult rr = knnSelf(real, 1, half(0), threads);
    const KnnResult gr = knnSearch(generated, real, 2, half(1), threads);
    return memorizationFromNeighbours(gr, rr, options);
}

} // namespace genlens::metrics

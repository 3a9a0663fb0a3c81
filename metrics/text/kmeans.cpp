#include "genlens/metrics/text/kmeans.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace genlens::metrics::text {

namespace {

constexpr Eigen::Index kTileRows = 1024;

class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [0, n) (n ≥ 1); modulo bias < n / 2^64, immaterial here.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t m_state;
};

using Data = Eigen::Ref<const RowMatrixXf>;

double squaredDistance(const Data& data, Eigen::Index i, const RowMatrixXf& centroids, Eigen::Index j)
{
    return (data.row(i).cast<double>() - centroids.row(j).cast<double>()).squaredNorm();
}

RowMatrixXf kmeansPlusPlus(const Data& data, int k, SplitMix64& rng)
{
    const Eigen::Index n = data.rows();
    RowMatrixXf centroids(k, data.cols());
    std::vector<double> nearest(static_cast<std::size_t>(n));
    Eigen::Index chosen = static_cast<Eigen::Index>(rng.below(static_cast<std::size_t>(n)));
    centroids.row(0) = data.row(chosen);
    for (Eigen::Index i = 0; i < n; ++i) {
        nearest[static_cast<std::size_t>(i)] = squaredDistance(data, i, centroids, 0);
    }
    for (int c = 1; c < k; ++c) {
        double total = 0;
        for (double v : nearest) {
            total += v;
        }
        if (total > 0) {
            const double target = rng.uniform() * total;
            double running = 0;
            chosen = n - 1;
            for (Eigen::Index i = 0; i < n; ++i) {
                running += nearest[static_cast<std::size_t>(i)];
                if (running > target && nearest[static_cast<std::size_t>(i)] > 0) {
                    chosen = i;
                    break;
                }
            }
        } else {
            chosen = static_cast<Eigen::Index>(rng.below(static_cast<std::size_t>(n)));
        }
        centroids.row(c) = data.row(chosen);
        for (Eigen::Index i = 0; i < n; ++i) {
            auto& v = nearest[static_cast<std::size_t>(i)];
            v = std::min(v, squaredDistance(data, i, centroids, c));
        }
    }
    return centroids;
}

// Nearest centre of every row by float GEMM tiles; returns the number of changed labels and
// writes the (approximate, float) squared distances.
std::size_t assign(const Data& data, const RowMatrixXf& centroids, std::vector<int>& labels,
                   std::vector<double>& distance2)
{
    const Eigen::Index n = data.rows();
    const Eigen::Index k = centroids.rows();
    const Eigen::VectorXf centroidNorms = centroids.rowwise().squaredNorm();
    Eigen::MatrixXf dots;
    std::size_t changed = 0;
    for (Eigen::Index begin = 0; begin < n; begin += kTileRows) {
        const Eigen::Index rows = std::min(kTileRows, n - begin);
        dots.noalias() = centroids * data.middleRows(begin, rows).transpose(); // k × rows
        for (Eigen::Index r = 0; r < rows; ++r) {
            Eigen::Index best = 0;
            float bestValue = centroidNorms(0) - 2 * dots(0, r);
            for (Eigen::Index j = 1; j < k; ++j) {
                const float v = centroidNorms(j) - 2 * dots(j, r);
                if (v < bestValue) {
                    bestValue = v;
                    best = j;
                }
            }
            const auto i = static_cast<std::size_t>(begin + r);
            if (labels[i] != static_cast<int>(best)) {
                labels[i] = static_cast<int>(best);
                ++changed;
            }
            distance2[i] = std::max(0.0, static_cast<double>(bestValue)
                                             + data.row(begin + r).squaredNorm());
        }
    }
    return changed;
}

void updateCentroids(const Data& data, std::vector<int>& labels, std::vector<double>& distance2,
                     RowMatrixXf& centroids)
{
    const Eigen::Index n = data.rows();
    const Eigen::Index k = centroids.rows();
    RowMatrixXd sums = RowMatrixXd::Zero(k, data.cols());
    std::vector<Eigen::Index> counts(static_cast<std::size_t>(k), 0);
    for (Eigen::Index i = 0; i < n; ++i) {
        const int l = labels[static_cast<std::size_t>(i)];
        sums.row(l) += data.row(i).cast<double>();
        ++counts[static_cast<std::size_t>(l)];
    }
    for (Eigen::Index j = 0; j < k; ++j) {
        if (counts[static_cast<std::size_t>(j)] > 0) {
            continue;
        }
        // Re-seed an empty cluster with the point farthest from its centre, taken from a cluster
        // that keeps at least one member.
        Eigen::Index far = -1;
        double farValue = -1;
        for (Eigen::Index i = 0; i < n; ++i) {
            const auto si = static_cast<std::size_t>(i);
            if (distance2[si] > farValue && counts[static_cast<std::size_t>(labels[si])] > 1) {
                farValue = distance2[si];
                far = i;
            }
        }
        if (far < 0) {
            continue; // fewer distinct memberships than clusters: keep the old centre
        }
        const auto sf = static_cast<std::size_t>(far);
        const int from = labels[sf];
        sums.row(from) -= data.row(far).cast<double>();
        --counts[static_cast<std::size_t>(from)];
        sums.row(j) = data.row(far).cast<double>();
        counts[static_cast<std::size_t>(j)] = 1;
        labels[sf] = static_cast<int>(j);
        distance2[sf] = 0;
    }
    for (Eigen::Index j = 0; j < k; ++j) {
        const auto c = counts[static_cast<std::size_t>(j)];
        if (c > 0) {
            centroids.row(j) = (sums.row(j) / static_cast<double>(c)).cast<float>();
        }
    }
}

} // namespace

KMeansResult kmeans(const Eigen::Ref<const RowMatrixXf>& data, const KMeansOptions& options,
                    const Progress& progress)
{
    const Eigen::Index n = data.rows();
    if (options.clusters < 1 || options.clusters > n || options.restarts < 1
        || options.maxIterations < 1 || data.cols() < 1) {
        throw std::invalid_argument(
            "k-means: " + std::to_string(options.clusters) + " clusters, "
            + std::to_string(options.restarts) + " restarts, "
            + std::to_string(options.maxIterations) + " iterations on "
            + std::to_string(n) + "×" + std::to_string(data.cols())
            + " data (need 1 ≤ clusters ≤ rows, restarts ≥ 1, iterations ≥ 1)");
    }
    KMeansResult best;
    best.inertia = std::numeric_limits<double>::infinity();
    SplitMix64 seeder(options.seed);
    for (int restart = 0; restart < options.restarts; ++restart) {
        reportProgress(progress, static_cast<std::size_t>(restart),
                       static_cast<std::size_t>(options.restarts));
        SplitMix64 rng(seeder.next());
        KMeansResult run;
        run.keptRestart = restart;
        run.centroids = kmeansPlusPlus(data, options.clusters, rng);
        run.labels.assign(static_cast<std::size_t>(n), -1);
        std::vector<double> distance2(static_cast<std::size_t>(n));
        assign(data, run.centroids, run.labels, distance2);
        while (run.iterations < options.maxIterations) {
            updateCentroids(data, run.labels, distance2, run.centroids);
            ++run.iterations;
            if (assign(data, run.centroids, run.labels, distance2) == 0) {
                break;
            }
        }
        run.inertia = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            run.inertia += squaredDistance(data, i, run.centroids,
                                           run.labels[static_cast<std::size_t>(i)]);
        }
        if (run.inertia < best.inertia) {
            best = std::move(run);
        }
    }
    reportProgress(progress, static_cast<std::size_t>(options.restarts),
                   static_cast<std::size_t>(options.restarts));
    return best;
}

} // namespace genlens::metrics::text

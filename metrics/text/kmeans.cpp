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
    { }
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

double squaredDistance(const Data& data, Eigen::Index i, const RowMatrixXf& centroids,
                       Eigen::Index j)
{
    return (data.row(i).cast<double>() - centroids.row(j).cast<double>()).squaredNorm();
}

// Squared distances of every row to centre c by one float GEMV (‖x‖² + ‖c‖² − 2x·c), clamped
// at 0; only used to weight the k-means++ draws.
void distancesTo(const Data& data, const Eigen::VectorXf& rowNorms, const RowMatrixXf& centroids,
                 Eigen::Index c, Eigen::VectorXf& out)
{
    out.noalias() = data * centroids.row(c).transpose();
    const float cn = centroids.row(c).squaredNorm();
    out = (rowNorms.array() + cn - 2 * out.array()).max(0.0f).matrix();
}

RowMatrixXf kmeansPlusPlus(const Data& data, int k, SplitMix64& rng)
{
    const Eigen::Index n = data.rows();
    RowMatrixXf centroids(k, data.cols());
    const Eigen::VectorXf rowNorms = data.rowwise().squaredNorm();
    Eigen::VectorXf fresh(n);
    Eigen::Index chosen = static_cast<Eigen::Index>(rng.below(static_cast<std::size_t>(n)));
    centroids.row(0) = data.row(chosen);
    distancesTo(data, rowNorms, centroids, 0, fresh);
    std::vector<double> nearest(fresh.data(), fresh.data() + n);
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
        distancesTo(data, rowNorms, centroids, c, fresh);
        for (Eigen::Index i = 0; i < n; ++i) {
            auto& v = nearest[static_cast<std::size_t>(i)];
            v = std::min(v, static_cast<double>(fresh(i)));
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
            distance2[i]
                = std::max(0.0, static_cast<double>(bestValue) + data.row(begin + r).squaredNorm());
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

// Lloyd iterations with Hamerly's bounds (Hamerly 2010, "Making k-means even faster"): per point
// an upper bound on the distance to its centre and a lower bound on the distance to every other
// centre, moved by how far the centres moved; only points whose bounds overlap are re-assigned
// (in GEMM tiles). Same iterates as plain Lloyd up to float near-ties, at a fraction of the cost
// once most points have settled. Returns the number of centroid updates.
class HamerlyLloyd
{
public:
    HamerlyLloyd(const Data& data, RowMatrixXf& centroids, std::vector<int>& labels)
        : m_data(data)
        , m_centroids(centroids)
        , m_labels(labels)
        , m_rowNorms(data.rowwise().squaredNorm())
        , m_upper(static_cast<std::size_t>(data.rows()))
        , m_lower(static_cast<std::size_t>(data.rows()))
    { }

    int run(int maxIterations)
    {
        const Eigen::Index n = m_data.rows();
        const Eigen::Index k = m_centroids.rows();
        std::vector<Eigen::Index> pending(static_cast<std::size_t>(n));
        for (Eigen::Index i = 0; i < n; ++i) {
            pending[static_cast<std::size_t>(i)] = i;
        }
        reassign(pending);
        std::vector<double> distance2(static_cast<std::size_t>(n));
        std::vector<int> before;
        std::vector<double> moved(static_cast<std::size_t>(k));
        std::vector<double> half(static_cast<std::size_t>(k));
        int iterations = 0;
        while (iterations < maxIterations) {
            const RowMatrixXf old = m_centroids;
            for (std::size_t i = 0; i < distance2.size(); ++i) {
                distance2[i] = m_upper[i] * m_upper[i];
            }
            before = m_labels;
            updateCentroids(m_data, m_labels, distance2, m_centroids);
            ++iterations;

            // How far each centre moved, and the largest two moves.
            double max1 = 0;
            double max2 = 0;
            Eigen::Index arg1 = -1;
            for (Eigen::Index j = 0; j < k; ++j) {
                const double p
                    = (m_centroids.row(j).cast<double>() - old.row(j).cast<double>()).norm();
                moved[static_cast<std::size_t>(j)] = p;
                if (p > max1) {
                    max2 = max1;
                    max1 = p;
                    arg1 = j;
                } else if (p > max2) {
                    max2 = p;
                }
            }
            // Half the distance from each centre to its nearest other centre.
            const RowMatrixXd c = m_centroids.cast<double>();
            const Eigen::VectorXd cn = c.rowwise().squaredNorm();
            const Eigen::MatrixXd gram = c * c.transpose();
            for (Eigen::Index j = 0; j < k; ++j) {
                double nearest = std::numeric_limits<double>::infinity();
                for (Eigen::Index o = 0; o < k; ++o) {
                    if (o != j) {
                        nearest = std::min(nearest, cn(j) + cn(o) - 2 * gram(j, o));
                    }
                }
                half[static_cast<std::size_t>(j)] = 0.5 * std::sqrt(std::max(0.0, nearest));
            }

            pending.clear();
            for (Eigen::Index i = 0; i < n; ++i) {
                const auto si = static_cast<std::size_t>(i);
                const int a = m_labels[si];
                if (a != before[si]) {
                    // Re-seeded into an empty cluster: it is that centre, at distance 0.
                    m_upper[si] = 0;
                    m_lower[si] = 0;
                    continue;
                }
                m_upper[si] += moved[static_cast<std::size_t>(a)];
                m_lower[si] -= a == arg1 ? max2 : max1;
                const double bound = std::max(half[static_cast<std::size_t>(a)], m_lower[si]);
                if (m_upper[si] <= bound) {
                    continue;
                }
                m_upper[si] = std::sqrt(squaredDistance(m_data, i, m_centroids, a));
                if (m_upper[si] <= bound) {
                    continue;
                }
                pending.push_back(i);
            }
            if (reassign(pending) == 0) {
                break;
            }
        }
        return iterations;
    }

private:
    // Nearest and second-nearest centre of the listed rows by float GEMM tiles; exact float64
    // distances to both; the lower bound is reduced by the float rounding bound of the tile
    // distances so that a centre mis-ordered by rounding cannot hide below it.
    std::size_t reassign(const std::vector<Eigen::Index>& rows)
    {
        const Eigen::Index k = m_centroids.rows();
        const Eigen::VectorXf cn = m_centroids.rowwise().squaredNorm();
        const double maxCentroidNorm = k > 0 ? static_cast<double>(cn.maxCoeff()) : 0.0;
        RowMatrixXf tile;
        Eigen::MatrixXf dots;
        std::size_t changed = 0;
        for (std::size_t begin = 0; begin < rows.size(); begin += kTileRows) {
            const auto count
                = static_cast<Eigen::Index>(std::min<std::size_t>(kTileRows, rows.size() - begin));
            tile.resize(count, m_data.cols());
            for (Eigen::Index r = 0; r < count; ++r) {
                tile.row(r) = m_data.row(rows[begin + static_cast<std::size_t>(r)]);
            }
            dots.noalias() = m_centroids * tile.transpose();
            for (Eigen::Index r = 0; r < count; ++r) {
                const Eigen::Index i = rows[begin + static_cast<std::size_t>(r)];
                const auto si = static_cast<std::size_t>(i);
                Eigen::Index best = 0;
                Eigen::Index second = -1;
                float bestValue = cn(0) - 2 * dots(0, r);
                float secondValue = std::numeric_limits<float>::infinity();
                for (Eigen::Index j = 1; j < k; ++j) {
                    const float v = cn(j) - 2 * dots(j, r);
                    if (v < bestValue) {
                        secondValue = bestValue;
                        second = best;
                        bestValue = v;
                        best = j;
                    } else if (v < secondValue) {
                        secondValue = v;
                        second = j;
                    }
                }
                if (m_labels[si] != static_cast<int>(best)) {
                    m_labels[si] = static_cast<int>(best);
                    ++changed;
                }
                m_upper[si] = std::sqrt(squaredDistance(m_data, i, m_centroids, best));
                if (second < 0) {
                    m_lower[si] = std::numeric_limits<double>::infinity();
                } else {
                    const double slack = 8 * std::numeric_limits<float>::epsilon()
                        * (static_cast<double>(m_rowNorms(i)) + maxCentroidNorm);
                    const double d2 = squaredDistance(m_data, i, m_centroids, second) - slack;
                    m_lower[si] = std::sqrt(std::max(0.0, d2));
                }
            }
        }
        return changed;
    }

    const Data& m_data;
    RowMatrixXf& m_centroids;
    std::vector<int>& m_labels;
    Eigen::VectorXf m_rowNorms;
    std::vector<double> m_upper;
    std::vector<double> m_lower;
};

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
            + std::to_string(options.maxIterations) + " iterations on " + std::to_string(n) + "×"
            + std::to_string(data.cols())
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
        if (options.accelerated) {
            HamerlyLloyd lloyd(data, run.centroids, run.labels);
            run.iterations = lloyd.run(options.maxIterations);
        } else {
            std::vector<double> distance2(static_cast<std::size_t>(n));
            assign(data, run.centroids, run.labels, distance2);
            while (run.iterations < options.maxIterations) {
                updateCentroids(data, run.labels, distance2, run.centroids);
                ++run.iterations;
                if (assign(data, run.centroids, run.labels, distance2) == 0) {
                    break;
                }
            }
        }
        run.inertia = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            run.inertia
                += squaredDistance(data, i, run.centroids, run.labels[static_cast<std::size_t>(i)]);
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

#include "genlens/metrics/text/kmeans.h"

#include "text/textparallel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace genlens::metrics::text {

namespace {

constexpr Eigen::Index kTileRows = 1024;
// Work units of the parallel passes (fixed, so the results do not depend on the thread count):
// rows per chunk of the per-point loops, rows per GEMM tile of the Hamerly re-assignment (small
// enough that a few hundred pending rows still split over the workers), centres per block of the
// centre-to-centre distances, columns per block of the centroid sums.
constexpr std::size_t kRowChunk = 2048;
constexpr Eigen::Index kPendingTileRows = 256;
constexpr Eigen::Index kCentreBlock = 64;
constexpr Eigen::Index kColumnBlock = 16;

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

// Squared distances of every row to centre c by float GEMVs over fixed row chunks
// (‖x‖² + ‖c‖² − 2x·c), clamped at 0, folded into `nearest` by min (or copied into it when
// `first`); only used to weight the k-means++ draws.
void foldDistancesTo(const Data& data, const Eigen::VectorXf& rowNorms,
                     const RowMatrixXf& centroids, Eigen::Index c, bool first,
                     std::vector<double>& nearest, int threads)
{
    const float cn = centroids.row(c).squaredNorm();
    forChunks(
        static_cast<std::size_t>(data.rows()), kRowChunk, threads,
        [&](std::size_t, std::size_t begin, std::size_t end, int) {
            const auto b = static_cast<Eigen::Index>(begin);
            const auto rows = static_cast<Eigen::Index>(end - begin);
            Eigen::VectorXf fresh(rows);
            fresh.noalias() = data.middleRows(b, rows) * centroids.row(c).transpose();
            fresh = (rowNorms.segment(b, rows).array() + cn - 2 * fresh.array()).max(0.0f).matrix();
            for (Eigen::Index r = 0; r < rows; ++r) {
                double& v = nearest[begin + static_cast<std::size_t>(r)];
                v = first ? static_cast<double>(fresh(r))
                          : std::min(v, static_cast<double>(fresh(r)));
            }
        });
}

RowMatrixXf kmeansPlusPlus(const Data& data, int k, SplitMix64& rng, int threads)
{
    const Eigen::Index n = data.rows();
    RowMatrixXf centroids(k, data.cols());
    const Eigen::VectorXf rowNorms = data.rowwise().squaredNorm();
    Eigen::Index chosen = static_cast<Eigen::Index>(rng.below(static_cast<std::size_t>(n)));
    centroids.row(0) = data.row(chosen);
    std::vector<double> nearest(static_cast<std::size_t>(n));
    foldDistancesTo(data, rowNorms, centroids, 0, true, nearest, threads);
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
        foldDistancesTo(data, rowNorms, centroids, c, false, nearest, threads);
    }
    return centroids;
}

// Nearest centre of every row by float GEMM tiles (one task each); returns the number of changed
// labels and writes the (approximate, float) squared distances.
std::size_t assign(const Data& data, const RowMatrixXf& centroids, std::vector<int>& labels,
                   std::vector<double>& distance2, int threads)
{
    const Eigen::Index n = data.rows();
    const Eigen::Index k = centroids.rows();
    const Eigen::VectorXf centroidNorms = centroids.rowwise().squaredNorm();
    std::vector<std::size_t> changedPerTile(
        chunkCount(static_cast<std::size_t>(n), static_cast<std::size_t>(kTileRows)), 0);
    forChunks(static_cast<std::size_t>(n), static_cast<std::size_t>(kTileRows), threads,
              [&](std::size_t tile, std::size_t first, std::size_t last, int) {
                  const auto begin = static_cast<Eigen::Index>(first);
                  const auto rows = static_cast<Eigen::Index>(last - first);
                  std::size_t& changed = changedPerTile[tile];
                  Eigen::MatrixXf dots;
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
                      distance2[i] = std::max(
                          0.0, static_cast<double>(bestValue) + data.row(begin + r).squaredNorm());
                  }
              });
    std::size_t changed = 0;
    for (std::size_t c : changedPerTile) {
        changed += c;
    }
    return changed;
}

// Cluster sums in float64, rows added in index order; the columns are split over the workers,
// which keeps every sum's order (and so its bits) whatever the thread count.
void updateCentroids(const Data& data, std::vector<int>& labels, std::vector<double>& distance2,
                     RowMatrixXf& centroids, int threads)
{
    const Eigen::Index n = data.rows();
    const Eigen::Index k = centroids.rows();
    RowMatrixXd sums = RowMatrixXd::Zero(k, data.cols());
    std::vector<Eigen::Index> counts(static_cast<std::size_t>(k), 0);
    for (Eigen::Index i = 0; i < n; ++i) {
        ++counts[static_cast<std::size_t>(labels[static_cast<std::size_t>(i)])];
    }
    forChunks(static_cast<std::size_t>(data.cols()), static_cast<std::size_t>(kColumnBlock),
              threads, [&](std::size_t, std::size_t first, std::size_t last, int) {
                  const auto c0 = static_cast<Eigen::Index>(first);
                  const auto width = static_cast<Eigen::Index>(last - first);
                  for (Eigen::Index i = 0; i < n; ++i) {
                      const int l = labels[static_cast<std::size_t>(i)];
                      sums.row(l).segment(c0, width)
                          += data.row(i).segment(c0, width).cast<double>();
                  }
              });
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
    HamerlyLloyd(const Data& data, RowMatrixXf& centroids, std::vector<int>& labels, int threads)
        : m_data(data)
        , m_centroids(centroids)
        , m_labels(labels)
        , m_rowNorms(data.rowwise().squaredNorm())
        , m_upper(static_cast<std::size_t>(data.rows()))
        , m_lower(static_cast<std::size_t>(data.rows()))
        , m_threads(threads)
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
            updateCentroids(m_data, m_labels, distance2, m_centroids, m_threads);
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
            // Half the distance from each centre to its nearest other centre, by blocks of centres.
            const RowMatrixXd c = m_centroids.cast<double>();
            const Eigen::VectorXd cn = c.rowwise().squaredNorm();
            forChunks(static_cast<std::size_t>(k), static_cast<std::size_t>(kCentreBlock),
                      m_threads, [&](std::size_t, std::size_t first, std::size_t last, int) {
                          const auto j0 = static_cast<Eigen::Index>(first);
                          const auto rows = static_cast<Eigen::Index>(last - first);
                          const Eigen::MatrixXd gram = c.middleRows(j0, rows) * c.transpose();
                          for (Eigen::Index r = 0; r < rows; ++r) {
                              const Eigen::Index j = j0 + r;
                              double nearest = std::numeric_limits<double>::infinity();
                              for (Eigen::Index o = 0; o < k; ++o) {
                                  if (o != j) {
                                      nearest = std::min(nearest, cn(j) + cn(o) - 2 * gram(r, o));
                                  }
                              }
                              half[static_cast<std::size_t>(j)]
                                  = 0.5 * std::sqrt(std::max(0.0, nearest));
                          }
                      });

            // Bounds of every point (fixed row chunks); the rows left to re-assign are collected
            // per chunk and concatenated in chunk order, i.e. in index order.
            std::vector<std::vector<Eigen::Index>> chunkPending(
                chunkCount(static_cast<std::size_t>(n), kRowChunk));
            forChunks(static_cast<std::size_t>(n), kRowChunk, m_threads,
                      [&](std::size_t chunk, std::size_t first, std::size_t last, int) {
                          for (std::size_t si = first; si < last; ++si) {
                              if (tighten(si, before[si], moved, half, arg1, max1, max2)) {
                                  chunkPending[chunk].push_back(static_cast<Eigen::Index>(si));
                              }
                          }
                      });
            pending.clear();
            for (const auto& part : chunkPending) {
                pending.insert(pending.end(), part.begin(), part.end());
            }
            if (reassign(pending) == 0) {
                break;
            }
        }
        return iterations;
    }

private:
    // Moves point si's bounds by the centre moves; true when they overlap even after its upper
    // bound is made exact, i.e. when the point has to be re-assigned.
    bool tighten(std::size_t si, int labelBefore, const std::vector<double>& moved,
                 const std::vector<double>& half, Eigen::Index arg1, double max1, double max2)
    {
        const int a = m_labels[si];
        if (a != labelBefore) {
            // Re-seeded into an empty cluster: it is that centre, at distance 0.
            m_upper[si] = 0;
            m_lower[si] = 0;
            return false;
        }
        m_upper[si] += moved[static_cast<std::size_t>(a)];
        m_lower[si] -= a == arg1 ? max2 : max1;
        const double bound = std::max(half[static_cast<std::size_t>(a)], m_lower[si]);
        if (m_upper[si] <= bound) {
            return false;
        }
        m_upper[si]
            = std::sqrt(squaredDistance(m_data, static_cast<Eigen::Index>(si), m_centroids, a));
        return m_upper[si] > bound;
    }

    // Nearest and second-nearest centre of the listed rows by float GEMM tiles (one task each);
    // exact float64 distances to both; the lower bound is reduced by the float rounding bound of
    // the tile distances so that a centre mis-ordered by rounding cannot hide below it.
    std::size_t reassign(const std::vector<Eigen::Index>& rows)
    {
        const Eigen::Index k = m_centroids.rows();
        const Eigen::VectorXf cn = m_centroids.rowwise().squaredNorm();
        const double maxCentroidNorm = k > 0 ? static_cast<double>(cn.maxCoeff()) : 0.0;
        const auto tileRows = static_cast<std::size_t>(kPendingTileRows);
        std::vector<std::size_t> changedPerTile(chunkCount(rows.size(), tileRows), 0);
        forChunks(rows.size(), tileRows, m_threads,
                  [&](std::size_t tileIndex, std::size_t begin, std::size_t end, int) {
                      const auto count = static_cast<Eigen::Index>(end - begin);
                      std::size_t& changed = changedPerTile[tileIndex];
                      RowMatrixXf tile(count, m_data.cols());
                      Eigen::MatrixXf dots;
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
                              const double d2
                                  = squaredDistance(m_data, i, m_centroids, second) - slack;
                              m_lower[si] = std::sqrt(std::max(0.0, d2));
                          }
                      }
                  });
        std::size_t changed = 0;
        for (std::size_t c : changedPerTile) {
            changed += c;
        }
        return changed;
    }

    const Data& m_data;
    RowMatrixXf& m_centroids;
    std::vector<int>& m_labels;
    Eigen::VectorXf m_rowNorms;
    std::vector<double> m_upper;
    std::vector<double> m_lower;
    int m_threads;
};

} // namespace

KMeansResult kmeans(const Eigen::Ref<const RowMatrixXf>& data, const KMeansOptions& options,
                    const Progress& progress, int threads)
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
        run.centroids = kmeansPlusPlus(data, options.clusters, rng, threads);
        run.labels.assign(static_cast<std::size_t>(n), -1);
        if (options.accelerated) {
            HamerlyLloyd lloyd(data, run.centroids, run.labels, threads);
            run.iterations = lloyd.run(options.maxIterations);
        } else {
            std::vector<double> distance2(static_cast<std::size_t>(n));
            assign(data, run.centroids, run.labels, distance2, threads);
            while (run.iterations < options.maxIterations) {
                updateCentroids(data, run.labels, distance2, run.centroids, threads);
                ++run.iterations;
                if (assign(data, run.centroids, run.labels, distance2, threads) == 0) {
                    break;
                }
            }
        }
        // Per-row distances in parallel, summed in index order.
        std::vector<double> rowInertia(static_cast<std::size_t>(n));
        forChunks(static_cast<std::size_t>(n), kRowChunk, threads,
                  [&](std::size_t, std::size_t first, std::size_t last, int) {
                      for (std::size_t i = first; i < last; ++i) {
                          rowInertia[i] = squaredDistance(data, static_cast<Eigen::Index>(i),
                                                          run.centroids, run.labels[i]);
                      }
                  });
        run.inertia = 0;
        for (double v : rowInertia) {
            run.inertia += v;
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

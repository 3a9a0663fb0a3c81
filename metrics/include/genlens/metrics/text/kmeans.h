#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

#include <cstdint>
#include <vector>

namespace genlens::metrics::text {

// Seeded Lloyd k-means with k-means++ initialisation and restarts (the quantiser of MAUVE).
//
// Each restart: k-means++ seeding (Arthur & Vassilvitskii 2007: first centre uniform, then each
// next centre drawn with probability ∝ squared distance to the nearest chosen centre), then Lloyd
// iterations until no assignment changes (a fixed point, so running on to maxIter would change
// nothing) or maxIter updates. An empty cluster is re-seeded with the point farthest from its
// centre (scikit-learn's rule). The restart with the lowest inertia is kept; the labels are the
// nearest final centre of every point (what MAUVE's faiss index.search returns).
//
// Assignment uses float GEMM tiles (‖c‖² − 2x·c) like faiss; centroid sums and the reported
// inertia are float64. Deterministic for a given seed (own splitmix64 generator). The reference
// MAUVE uses faiss.Kmeans, which seeds by a random sample of points instead of k-means++; both
// find local optima of the same objective, so results agree exactly only when the optimum is
// unique and found (well-separated clusters), and otherwise within the seed spread.
struct KMeansOptions
{
    int clusters = 2;
    int maxIterations = 500;
    int restarts = 5;
    std::uint64_t seed = 0;
    // Hamerly's bounds skip the distance computations of points that cannot change cluster (same
    // iterates as plain Lloyd up to float near-ties); false runs plain Lloyd with full GEMM passes.
    bool accelerated = true;
};

struct KMeansResult
{
    RowMatrixXf centroids; // clusters × d
    std::vector<int> labels; // one per row, in [0, clusters)
    double inertia = 0; // Σ squared distance to the assigned centre (float64)
    int iterations = 0; // Lloyd updates of the kept restart
    int keptRestart = 0;
};

// Throws std::invalid_argument when clusters < 1, clusters > rows, restarts < 1, maxIterations < 1
// or the data has no columns. Progress counts restarts.
//
// threads (0 = all cores) spreads each pass over the workers in fixed row chunks, GEMM tiles,
// centre blocks and column blocks (the k-means++ distances, the bound updates, the
// re-assignments, the centroid sums, the inertia); every reduction is merged in index order, so
// the result is bit-identical for any thread count.
KMeansResult kmeans(const Eigen::Ref<const RowMatrixXf>& data, const KMeansOptions& options,
                    const Progress& progress = {}, int threads = 0);

} // namespace genlens::metrics::text

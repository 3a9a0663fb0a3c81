#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

#include <cstdint>
#include <vector>

namespace genlens::metrics::text {

// MAUVE (Pillutla et al. 2021) as the reference implementation (krishnap25/mauve,
// compute_mauve.py) computes it from feature matrices:
//   1. stack q over p (q first), L2-normalise every row;
//   2. PCA (scikit-learn PCA(n_components=None, whiten=False)) and keep the leading
//      argmax(cumsum(explained variance ratio) >= pcaExplainedVariance) + 1 dimensions;
//   3. k-means into numBuckets clusters; auto = max(2, round(min(n_p, n_q) / 10)) with Python's
//      half-to-even rounding (25 -> 2, 35 -> 4);
//   4. histograms = cluster counts / set size (p and q separately);
//   5. divergence curve: for w in linspace(1e-6, 1 − 1e-6, divergenceCurvePoints),
//      r = w·p + (1 − w)·q, point (exp(−c·KL(q‖r)), exp(−c·KL(p‖r))), c = scalingFactor, natural
//      log, KL summed over entries where both arguments are > 0 (and +∞ when the first is > 0 and
//      the second 0). The curve is closed by (1, 0) before and (0, 1) after the grid points;
//   6. MAUVE = ½ [trapezoid area of y over x sorted by x + area of x over y sorted by y]
//      (sklearn.metrics.auc both ways). Disjoint supports give 0.00407, not 0.
// Difference from the reference: its k-means is faiss.Kmeans (random-sample initialisation, seed
// + 2); GenLens's is k-means++ (kmeans.h). MAUVE is therefore not bit-identical to the Python
// package on overlapping data; it is within the k-means seed spread (see mauveSeedSpread).
struct MauveOptions
{
    int numBuckets = 0; // 0 = auto
    double pcaExplainedVariance = 0.9; // in (0, 1]; 1 keeps every component
    double scalingFactor = 5;
    int kmeansRestarts = 5;
    int kmeansMaxIter = 500;
    std::uint64_t seed = 25;
    int divergenceCurvePoints = 25;
    // MAUVE* (Krichevsky–Trofimov): histograms (count + 0.5) / Σ(count + 0.5) instead of
    // count / Σcount. Off by default, as in the reference.
    bool krichevskyTrofimov = false;
};

struct MauveResult
{
    double mauve = 0;
    // The divergence curve in the reference's order: (1, 0), the grid points, (0, 1).
    std::vector<double> curveX, curveY;
    std::vector<double> histogramP, histogramQ;
    int numBuckets = 0;
    int pcaDims = 0;
    // The reference's frontier integral (lower is closer; 0 when p = q, 1 for disjoint supports).
    double frontierIntegral = 0;
    // Per input row, the cluster of each sample (for the drill-down: a generated sample's cluster
    // and that cluster's p vs q mass).
    std::vector<int> labelsP, labelsQ;
};

// The reference's num_buckets='auto': max(2, round-half-even(min(nP, nQ) / 10)).
int mauveAutoBuckets(std::size_t nP, std::size_t nQ);

// MAUVE of two histograms over the same buckets (normalised by their sums here). Throws
// std::invalid_argument on different sizes, negative or non-finite entries, or a zero sum.
double mauveFromHistograms(const std::vector<double>& p, const std::vector<double>& q,
                           const MauveOptions& options, MauveResult* details = nullptr);

// MAUVE of two bucket-count vectors, applying options.krichevskyTrofimov.
double mauveFromCounts(const std::vector<double>& countsP, const std::vector<double>& countsQ,
                       const MauveOptions& options, MauveResult* details = nullptr);

// The reference's frontier integral of two normalised histograms.
double frontierIntegral(const std::vector<double>& p, const std::vector<double>& q);

// MAUVE of feature matrices p (e.g. generated) and q (e.g. real). Throws std::invalid_argument
// when a set is empty, the column counts differ, a value is not finite, or numBuckets exceeds
// the number of samples. Progress counts the k-means restarts. threads (0 = all cores) runs the
// PCA and the k-means on that many workers; the result is bit-identical for any thread count
// (pca.h, kmeans.h).
MauveResult mauve(const Eigen::Ref<const RowMatrixXf>& p, const Eigen::Ref<const RowMatrixXf>& q,
                  const MauveOptions& options = {}, const Progress& progress = {}, int threads = 0);

// MAUVE over several k-means seeds (options.seed, options.seed + 1, ...): the spread that the
// reference's README and issue #11 warn about, for reporting next to the value. The PCA is shared.
struct MauveSpread
{
    std::vector<double> values;
    double mean = 0;
    double std = 0; // sample standard deviation (n − 1); 0 for one seed
    double min = 0;
    double max = 0;
};
MauveSpread mauveSeedSpread(const Eigen::Ref<const RowMatrixXf>& p,
                            const Eigen::Ref<const RowMatrixXf>& q,
                            const MauveOptions& options = {}, int seeds = 5,
                            const Progress& progress = {}, int threads = 0);

} // namespace genlens::metrics::text

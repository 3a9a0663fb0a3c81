#include "genlens/metrics/text/mauve.h"

#include "genlens/metrics/text/kmeans.h"
#include "genlens/metrics/text/pca.h"
#include "text/textparallel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace genlens::metrics::text {

namespace {

void checkHistogram(const std::vector<double>& h, const char* name)
{
    double sum = 0;
    for (double v : h) {
        if (!std::isfinite(v) || v < 0) {
            throw std::invalid_argument(std::string("MAUVE: histogram ") + name
                                        + " has a negative or non-finite entry");
        }
        sum += v;
    }
    if (!(sum > 0)) {
        throw std::invalid_argument(std::string("MAUVE: histogram ") + name + " sums to 0");
    }
}

std::vector<double> normalised(const std::vector<double>& h)
{
    const double sum = std::accumulate(h.begin(), h.end(), 0.0);
    std::vector<double> out(h.size());
    for (std::size_t i = 0; i < h.size(); ++i) {
        out[i] = h[i] / sum;
    }
    return out;
}

// The reference's kl_multinomial: +∞ when a > 0 where b = 0, else Σ over a > 0 and b > 0 of
// a · ln(a / b).
double klMultinomial(const std::vector<double>& a, const std::vector<double>& b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != 0 && b[i] == 0) {
            return std::numeric_limits<double>::infinity();
        }
        if (a[i] != 0 && b[i] != 0) {
            sum += a[i] * std::log(a[i] / b[i]);
        }
    }
    return sum;
}

// numpy.linspace(start, stop, num): start + i·step, the last point exactly `stop`.
std::vector<double> linspace(double start, double stop, int num)
{
    std::vector<double> out(static_cast<std::size_t>(num));
    if (num == 1) {
        out[0] = start;
        return out;
    }
    const double step = (stop - start) / (num - 1);
    for (int i = 0; i < num; ++i) {
        out[static_cast<std::size_t>(i)] = i * step + start;
    }
    out.back() = stop;
    return out;
}

// Trapezoid area of `value` over `key` after sorting the points by key (sklearn.metrics.auc after
// numpy.argsort). Ties in key only occur at the curve's maximum (p = q gives x = 1 for every grid
// point); they are ordered by decreasing value, which reproduces the reference's MAUVE(p, p) = 1.
double sortedArea(const std::vector<double>& key, const std::vector<double>& value)
{
    std::vector<std::size_t> order(key.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (key[a] != key[b]) {
            return key[a] < key[b];
        }
        return value[a] > value[b];
    });
    double area = 0;
    for (std::size_t i = 0; i + 1 < order.size(); ++i) {
        const std::size_t a = order[i];
        const std::size_t b = order[i + 1];
        area += (key[b] - key[a]) * (value[a] + value[b]) / 2.0;
    }
    return area;
}

// Python's round(): half to even.
long roundHalfEven(double x)
{
    const double f = std::floor(x);
    const double diff = x - f;
    if (diff > 0.5) {
        return static_cast<long>(f) + 1;
    }
    if (diff < 0.5) {
        return static_cast<long>(f);
    }
    const auto fl = static_cast<long>(f);
    return fl % 2 == 0 ? fl : fl + 1;
}

struct Projected
{
    RowMatrixXf data; // q rows first, then p rows
    Eigen::Index rowsQ = 0;
    Eigen::Index rowsP = 0;
    int dims = 0;
};

Projected project(const Eigen::Ref<const RowMatrixXf>& p, const Eigen::Ref<const RowMatrixXf>& q,
                  const MauveOptions& options, int threads)
{
    if (p.rows() < 1 || q.rows() < 1) {
        throw std::invalid_argument("MAUVE: p has " + std::to_string(p.rows()) + " rows and q "
                                    + std::to_string(q.rows()) + "; both need at least one");
    }
    if (p.cols() != q.cols() || p.cols() < 1) {
        throw std::invalid_argument("MAUVE: p has " + std::to_string(p.cols()) + " columns, q has "
                                    + std::to_string(q.cols()));
    }
    if (!p.allFinite() || !q.allFinite()) {
        throw std::invalid_argument("MAUVE: the features contain NaN or infinite values");
    }
    if (!(options.pcaExplainedVariance > 0 && options.pcaExplainedVariance <= 1)) {
        throw std::invalid_argument("MAUVE: pcaExplainedVariance must be in (0, 1], got "
                                    + std::to_string(options.pcaExplainedVariance));
    }
    Projected out;
    out.rowsQ = q.rows();
    out.rowsP = p.rows();
    // q over p in float64, each row L2-normalised as sklearn.preprocessing.normalize(norm='l2')
    // does (zero rows stay zero); rows in fixed chunks over the workers.
    RowMatrixXd stacked(q.rows() + p.rows(), p.cols());
    constexpr std::size_t kRows = 2048;
    forChunks(static_cast<std::size_t>(stacked.rows()), kRows, threads,
              [&](std::size_t, std::size_t first, std::size_t last, int) {
                  for (auto i = static_cast<Eigen::Index>(first);
                       i < static_cast<Eigen::Index>(last); ++i) {
                      stacked.row(i) = i < q.rows() ? q.row(i).cast<double>()
                                                    : p.row(i - q.rows()).cast<double>();
                      const double norm = stacked.row(i).norm();
                      if (norm > 0) {
                          stacked.row(i) /= norm;
                      }
                  }
              });
    if (stacked.rows() < 2) {
        throw std::invalid_argument("MAUVE: needs at least 2 samples in total");
    }
    const PcaResult pca = fitPca(stacked, threads);
    out.dims = componentsForVariance(pca.explainedVarianceRatio, options.pcaExplainedVariance);
    out.data = pcaTransform(pca, stacked, out.dims, threads).cast<float>();
    return out;
}

MauveResult quantiseAndScore(const Projected& projected, const MauveOptions& options,
                             const Progress& progress, int threads)
{
    const int buckets = options.numBuckets > 0
        ? options.numBuckets
        : mauveAutoBuckets(static_cast<std::size_t>(projected.rowsP),
                           static_cast<std::size_t>(projected.rowsQ));
    const Eigen::Index total = projected.rowsP + projected.rowsQ;
    if (buckets > total) {
        throw std::invalid_argument("MAUVE: " + std::to_string(buckets) + " buckets for only "
                                    + std::to_string(total) + " samples");
    }
    KMeansOptions km;
    km.clusters = buckets;
    km.maxIterations = options.kmeansMaxIter;
    km.restarts = options.kmeansRestarts;
    km.seed = options.seed;
    const KMeansResult clusters = kmeans(projected.data, km, progress, threads);

    std::vector<double> countsP(static_cast<std::size_t>(buckets), 0.0);
    std::vector<double> countsQ(static_cast<std::size_t>(buckets), 0.0);
    MauveResult result;
    result.labelsQ.assign(clusters.labels.begin(), clusters.labels.begin() + projected.rowsQ);
    result.labelsP.assign(clusters.labels.begin() + projected.rowsQ, clusters.labels.end());
    for (int l : result.labelsQ) {
        countsQ[static_cast<std::size_t>(l)] += 1;
    }
    for (int l : result.labelsP) {
        countsP[static_cast<std::size_t>(l)] += 1;
    }
    mauveFromCounts(countsP, countsQ, options, &result);
    result.numBuckets = buckets;
    result.pcaDims = projected.dims;
    return result;
}

} // namespace

int mauveAutoBuckets(std::size_t nP, std::size_t nQ)
{
    const double tenth = static_cast<double>(std::min(nP, nQ)) / 10.0;
    return static_cast<int>(std::max(2L, roundHalfEven(tenth)));
}

double frontierIntegral(const std::vector<double>& p, const std::vector<double>& q)
{
    double total = 0;
    for (std::size_t i = 0; i < p.size() && i < q.size(); ++i) {
        const double a = p[i];
        const double b = q[i];
        if (a == 0 && b == 0) {
            continue;
        }
        if (a == 0) {
            total += b / 4;
        } else if (b == 0) {
            total += a / 4;
        } else if (std::abs(a - b) > 1e-8) {
            total += 0.25 * (a + b) - 0.5 * (a * b * (std::log(a) - std::log(b)) / (a - b));
        }
    }
    return total * 2;
}

double mauveFromHistograms(const std::vector<double>& pIn, const std::vector<double>& qIn,
                           const MauveOptions& options, MauveResult* details)
{
    if (pIn.size() != qIn.size() || pIn.empty()) {
        throw std::invalid_argument("MAUVE: histograms have " + std::to_string(pIn.size()) + " and "
                                    + std::to_string(qIn.size()) + " buckets");
    }
    if (options.divergenceCurvePoints < 1 || !(options.scalingFactor > 0)) {
        throw std::invalid_argument(
            "MAUVE: divergenceCurvePoints must be ≥ 1 and scalingFactor > 0");
    }
    checkHistogram(pIn, "p");
    checkHistogram(qIn, "q");
    const std::vector<double> p = normalised(pIn);
    const std::vector<double> q = normalised(qIn);
    const double c = options.scalingFactor;

    std::vector<double> x {1.0};
    std::vector<double> y {0.0};
    std::vector<double> r(p.size());
    for (double w : linspace(1e-6, 1 - 1e-6, options.divergenceCurvePoints)) {
        for (std::size_t i = 0; i < p.size(); ++i) {
            r[i] = w * p[i] + (1 - w) * q[i];
        }
        x.push_back(std::exp(-c * klMultinomial(q, r)));
        y.push_back(std::exp(-c * klMultinomial(p, r)));
    }
    x.push_back(0.0);
    y.push_back(1.0);
    const double value = 0.5 * (sortedArea(x, y) + sortedArea(y, x));
    if (details) {
        details->mauve = value;
        details->curveX = std::move(x);
        details->curveY = std::move(y);
        details->histogramP = p;
        details->histogramQ = q;
        details->numBuckets = static_cast<int>(p.size());
        details->frontierIntegral = frontierIntegral(p, q);
    }
    return value;
}

double mauveFromCounts(const std::vector<double>& countsP, const std::vector<double>& countsQ,
                       const MauveOptions& options, MauveResult* details)
{
    if (!options.krichevskyTrofimov) {
        return mauveFromHistograms(countsP, countsQ, options, details);
    }
    std::vector<double> p = countsP;
    std::vector<double> q = countsQ;
    for (double& v : p) {
        v += 0.5;
    }
    for (double& v : q) {
        v += 0.5;
    }
    return mauveFromHistograms(p, q, options, details);
}

MauveResult mauve(const Eigen::Ref<const RowMatrixXf>& p, const Eigen::Ref<const RowMatrixXf>& q,
                  const MauveOptions& options, const Progress& progress, int threads)
{
    return quantiseAndScore(project(p, q, options, threads), options, progress, threads);
}

MauveSpread mauveSeedSpread(const Eigen::Ref<const RowMatrixXf>& p,
                            const Eigen::Ref<const RowMatrixXf>& q, const MauveOptions& options,
                            int seeds, const Progress& progress, int threads)
{
    if (seeds < 1) {
        throw std::invalid_argument("MAUVE seed spread: needs at least one seed");
    }
    const Projected projected = project(p, q, options, threads);
    MauveSpread spread;
    for (int s = 0; s < seeds; ++s) {
        reportProgress(progress, static_cast<std::size_t>(s), static_cast<std::size_t>(seeds));
        MauveOptions o = options;
        o.seed = options.seed + static_cast<std::uint64_t>(s);
        spread.values.push_back(quantiseAndScore(projected, o, {}, threads).mauve);
    }
    reportProgress(progress, static_cast<std::size_t>(seeds), static_cast<std::size_t>(seeds));
    const double n = static_cast<double>(seeds);
    spread.mean = std::accumulate(spread.values.begin(), spread.values.end(), 0.0) / n;
    double ss = 0;
    for (double v : spread.values) {
        ss += (v - spread.mean) * (v - spread.mean);
    }
    spread.std = seeds > 1 ? std::sqrt(ss / (n - 1)) : 0.0;
    spread.min = *std::min_element(spread.values.begin(), spread.values.end());
    spread.max = *std::max_element(spread.values.begin(), spread.values.end());
    return spread;
}

} // namespace genlens::metrics::text

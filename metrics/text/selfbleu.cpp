#include "genlens/metrics/text/selfbleu.h"

#include "genlens/metrics/text/ngram.h"
#include "text/textparallel.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace genlens::metrics::text {

namespace {

constexpr std::size_t kProgressBlock = 1024;

// Python's math.fsum (Shewchuk's exactly rounded partials), so that the weighted log sum matches
// nltk bit for bit rather than to the last ulp.
double fsum(const std::vector<double>& values)
{
    std::vector<double> partials;
    for (double x : values) {
        std::size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) {
                std::swap(x, y);
            }
            const double hi = x + y;
            const double lo = y - (hi - x);
            if (lo != 0.0) {
                partials[i++] = lo;
            }
            x = hi;
        }
        partials.resize(i);
        partials.push_back(x);
    }
    // Sum the partials from the top, with Python's half-even correction.
    double hi = 0.0;
    if (!partials.empty()) {
        std::size_t n = partials.size();
        hi = partials[--n];
        double lo = 0.0;
        while (n > 0) {
            const double x = hi;
            const double y = partials[--n];
            hi = x + y;
            const double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            const double y = lo * 2.0;
            const double x = hi + y;
            const double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
    }
    return hi;
}

// nltk closest_ref_length on a sorted length list with one occurrence of `own` removed when
// `excludeOwn` (leave-one-out); -1 when nothing is left.
std::int64_t closestLength(const std::vector<std::int64_t>& sorted, std::int64_t hyp,
                           bool excludeOwn)
{
    const auto lb = std::lower_bound(sorted.begin(), sorted.end(), hyp);
    const auto ub = std::upper_bound(lb, sorted.end(), hyp);
    std::ptrdiff_t equal = ub - lb;
    if (excludeOwn) {
        --equal;
    }
    if (equal > 0) {
        return hyp;
    }
    std::int64_t best = -1;
    std::int64_t bestDiff = std::numeric_limits<std::int64_t>::max();
    if (lb != sorted.begin()) {
        const std::int64_t below = *(lb - 1);
        best = below;
        bestDiff = hyp - below;
    }
    if (ub != sorted.end()) {
        const std::int64_t above = *ub;
        // ties go to the shorter length, which `below` already is
        if (above - hyp < bestDiff) {
            best = above;
        }
    }
    return best;
}

NltkBleuStatistics emptyStatistics(std::size_t n, int maxOrder)
{
    if (maxOrder < 1) {
        throw std::invalid_argument("BLEU: max n-gram order must be >= 1, got "
                                    + std::to_string(maxOrder));
    }
    NltkBleuStatistics s;
    s.maxOrder = maxOrder;
    s.hypLen.assign(n, 0);
    s.refLen.assign(n, -1);
    s.numerator.assign(n, std::vector<std::int64_t>(static_cast<std::size_t>(maxOrder), 0));
    s.denominator.assign(n, std::vector<std::int64_t>(static_cast<std::size_t>(maxOrder), 0));
    return s;
}

// Samples per parallel task of the per-sample passes (within a progress block).
constexpr std::size_t kTaskSamples = 128;

// Runs perSample(i) for every i in [0, n) in parallel tasks, reporting progress between blocks
// as n/3 + 2i/3 of n (the first third is the counting).
template<typename Fn>
void forSamples(std::size_t n, const Progress& progress, int threads, Fn&& perSample)
{
    for (std::size_t block = 0; block < n; block += kProgressBlock) {
        reportProgress(progress, n / 3 + (2 * block) / 3, n);
        const std::size_t end = std::min(n, block + kProgressBlock);
        forChunks(end - block, kTaskSamples, threads,
                  [&](std::size_t, std::size_t first, std::size_t last, int) {
                      for (std::size_t i = block + first; i < block + last; ++i) {
                          perSample(i);
                      }
                  });
    }
}

// Clipped and total n-gram counts of sample i, per order; limitFor(order, id, count) is the
// largest count the references allow for that n-gram.
template<typename Limit>
void clipSample(const CorpusNgrams& corpus, std::size_t i, NltkBleuStatistics& stats,
                Limit&& limitFor)
{
    for (std::size_t o = 0; o < static_cast<std::size_t>(stats.maxOrder); ++o) {
        std::int64_t clipped = 0;
        std::int64_t total = 0;
        for (const auto& [id, c] : corpus.counts[i][o]) {
            clipped += std::min(c, limitFor(o, id, c));
            total += c;
        }
        stats.numerator[i][o] = clipped;
        stats.denominator[i][o] = total;
    }
}

} // namespace

double nltkBleuFromStatistics(const NltkBleuStatistics& statistics, std::size_t sample, int order)
{
    if (order < 1 || order > statistics.maxOrder) {
        throw std::invalid_argument("BLEU order " + std::to_string(order)
                                    + " outside the statistics' 1.."
                                    + std::to_string(statistics.maxOrder));
    }
    const std::int64_t refLen = statistics.refLen[sample];
    if (refLen < 0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const std::vector<std::int64_t>& num = statistics.numerator[sample];
    const std::vector<std::int64_t>& den = statistics.denominator[sample];
    if (num[0] == 0) {
        return 0.0;
    }
    const std::int64_t hypLen = statistics.hypLen[sample];
    double bp = 1.0;
    if (hypLen <= refLen) {
        bp = hypLen == 0
            ? 0.0
            : std::exp(1.0 - static_cast<double>(refLen) / static_cast<double>(hypLen));
    }
    const double weight = 1.0 / static_cast<double>(order);
    std::vector<double> terms;
    terms.reserve(static_cast<std::size_t>(order));
    for (int k = 0; k < order; ++k) {
        const auto idx = static_cast<std::size_t>(k);
        const double d = static_cast<double>(std::max<std::int64_t>(1, den[idx]));
        // method1: (0 + epsilon) / denominator for a zero numerator.
        const double p = num[idx] == 0 ? 0.1 / d : static_cast<double>(num[idx]) / d;
        terms.push_back(weight * std::log(p));
    }
    return bp * std::exp(fsum(terms));
}

NltkBleuStatistics selfBleuStatistics(const std::vector<std::vector<std::string>>& samples,
                                      int maxOrder, const Progress& progress, int threads)
{
    return selfBleuStatistics(countCorpusNgrams(samples, maxOrder, threads), progress, threads);
}

NltkBleuStatistics selfBleuStatistics(const CorpusNgrams& corpus, const Progress& progress,
                                      int threads)
{
    const int maxOrder = corpus.maxOrder;
    const std::size_t n = corpus.counts.size();
    NltkBleuStatistics stats = emptyStatistics(n, maxOrder);
    reportProgress(progress, n / 3, n);

    // Largest and second-largest count of every n-gram over the samples (with multiplicity:
    // two samples sharing the largest count make the second largest equal to it); one task per
    // order, the orders' tables being independent.
    std::vector<std::vector<std::uint32_t>> top1(static_cast<std::size_t>(maxOrder));
    std::vector<std::vector<std::uint32_t>> top2(static_cast<std::size_t>(maxOrder));
    parallelFor(top1.size(), threads, [&](std::size_t o, int) {
        top1[o].assign(corpus.vocabularySize[o], 0);
        top2[o].assign(corpus.vocabularySize[o], 0);
        std::uint32_t* m1 = top1[o].data();
        std::uint32_t* m2 = top2[o].data();
        for (std::size_t i = 0; i < n; ++i) {
            for (const auto& [id, c] : corpus.counts[i][o]) {
                if (c > m1[id]) {
                    m2[id] = m1[id];
                    m1[id] = c;
                } else if (c > m2[id]) {
                    m2[id] = c;
                }
            }
        }
    });

    std::vector<std::int64_t> sortedLengths(corpus.lengths.begin(), corpus.lengths.end());
    std::sort(sortedLengths.begin(), sortedLengths.end());

    forSamples(n, progress, threads, [&](std::size_t i) {
        const auto hyp = static_cast<std::int64_t>(corpus.lengths[i]);
        stats.hypLen[i] = hyp;
        stats.refLen[i] = n >= 2 ? closestLength(sortedLengths, hyp, true) : -1;
        clipSample(corpus, i, stats, [&](std::size_t o, std::uint32_t id, std::uint32_t c) {
            return c == top1[o][id] ? top2[o][id] : top1[o][id];
        });
    });
    reportProgress(progress, n, n);
    return stats;
}

NltkBleuStatistics selfBleuStatisticsNaive(const std::vector<std::vector<std::string>>& samples,
                                           int maxOrder, const Progress& progress)
{
    const std::size_t n = samples.size();
    NltkBleuStatistics stats = emptyStatistics(n, maxOrder);
    const CorpusNgrams corpus = countCorpusNgrams(samples, maxOrder);
    for (std::size_t i = 0; i < n; ++i) {
        reportProgress(progress, i, n);
        const auto hyp = static_cast<std::int64_t>(corpus.lengths[i]);
        stats.hypLen[i] = hyp;
        // nltk's modified_precision and closest_ref_length against references = all j != i.
        std::int64_t best = -1;
        std::int64_t bestDiff = 0;
        std::vector<std::vector<std::uint32_t>> maxRef(static_cast<std::size_t>(maxOrder));
        for (std::size_t o = 0; o < maxRef.size(); ++o) {
            maxRef[o].assign(corpus.counts[i][o].size(), 0);
        }
        for (std::size_t j = 0; j < n; ++j) {
            if (j == i) {
                continue;
            }
            const auto ref = static_cast<std::int64_t>(corpus.lengths[j]);
            const std::int64_t diff = std::llabs(ref - hyp);
            if (best < 0 || diff < bestDiff || (diff == bestDiff && ref < best)) {
                best = ref;
                bestDiff = diff;
            }
            for (std::size_t o = 0; o < maxRef.size(); ++o) {
                // merge two id-sorted count lists
                const SparseCounts& h = corpus.counts[i][o];
                const SparseCounts& r = corpus.counts[j][o];
                std::size_t a = 0;
                std::size_t b = 0;
                while (a < h.size() && b < r.size()) {
                    if (h[a].first < r[b].first) {
                        ++a;
                    } else if (r[b].first < h[a].first) {
                        ++b;
                    } else {
                        maxRef[o][a] = std::max(maxRef[o][a], r[b].second);
                        ++a;
                        ++b;
                    }
                }
            }
        }
        stats.refLen[i] = best;
        for (std::size_t o = 0; o < maxRef.size(); ++o) {
            const SparseCounts& h = corpus.counts[i][o];
            std::int64_t clipped = 0;
            std::int64_t total = 0;
            for (std::size_t a = 0; a < h.size(); ++a) {
                clipped += std::min(h[a].second, maxRef[o][a]);
                total += h[a].second;
            }
            stats.numerator[i][o] = clipped;
            stats.denominator[i][o] = total;
        }
    }
    reportProgress(progress, n, n);
    return stats;
}

NltkBleuStatistics bleuAgainstSetStatistics(const std::vector<std::vector<std::string>>& hypotheses,
                                            const std::vector<std::vector<std::string>>& references,
                                            int maxOrder, const Progress& progress, int threads)
{
    const std::size_t nh = hypotheses.size();
    NltkBleuStatistics stats = emptyStatistics(nh, maxOrder);
    std::vector<std::vector<std::string>> all;
    all.reserve(nh + references.size());
    all.insert(all.end(), hypotheses.begin(), hypotheses.end());
    all.insert(all.end(), references.begin(), references.end());
    const CorpusNgrams corpus = countCorpusNgrams(all, maxOrder, threads);
    reportProgress(progress, nh / 3, nh);

    // Largest count of every n-gram over the references, one task per order.
    std::vector<std::vector<std::uint32_t>> maxRef(static_cast<std::size_t>(maxOrder));
    parallelFor(maxRef.size(), threads, [&](std::size_t o, int) {
        maxRef[o].assign(corpus.vocabularySize[o], 0);
        std::uint32_t* m = maxRef[o].data();
        for (std::size_t j = nh; j < all.size(); ++j) {
            for (const auto& [id, c] : corpus.counts[j][o]) {
                m[id] = std::max(m[id], c);
            }
        }
    });
    std::vector<std::int64_t> sortedLengths(
        corpus.lengths.begin() + static_cast<std::ptrdiff_t>(nh), corpus.lengths.end());
    std::sort(sortedLengths.begin(), sortedLengths.end());
    forSamples(nh, progress, threads, [&](std::size_t i) {
        const auto hyp = static_cast<std::int64_t>(corpus.lengths[i]);
        stats.hypLen[i] = hyp;
        stats.refLen[i] = sortedLengths.empty() ? -1 : closestLength(sortedLengths, hyp, false);
        clipSample(corpus, i, stats,
                   [&](std::size_t o, std::uint32_t id, std::uint32_t) { return maxRef[o][id]; });
    });
    reportProgress(progress, nh, nh);
    return stats;
}

SelfBleuResult selfBleu(const NltkBleuStatistics& statistics, int order)
{
    SelfBleuResult r;
    const std::size_t n = statistics.hypLen.size();
    r.perSample.resize(n);
    double sum = 0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        r.perSample[i] = nltkBleuFromStatistics(statistics, i, order);
        if (!std::isnan(r.perSample[i])) {
            sum += r.perSample[i];
            ++count;
        }
    }
    r.mean
        = count > 0 ? sum / static_cast<double>(count) : std::numeric_limits<double>::quiet_NaN();
    return r;
}

} // namespace genlens::metrics::text

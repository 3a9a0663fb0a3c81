#pragma once

#include "genlens/metrics/progress.h"
#include "genlens/metrics/text/ngram.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlens::metrics::text {

// nltk's sentence BLEU (nltk/translate/bleu_score.py, 3.8) with uniform weights and
// SmoothingFunction().method1 (epsilon 0.1), as Texygen, cotk and fast-bleu use it for Self-BLEU.

// Per-sample statistics for all orders 1..maxOrder at once: clipped n-gram matches
// (numerators) and hypothesis n-gram counts (denominators, before nltk's max(1, .)), the sample's
// length and its closest reference length (nltk: min by (|r - h|, r), so ties go to the shorter).
struct NltkBleuStatistics
{
    int maxOrder = 0;
    std::vector<std::int64_t> hypLen; // per sample
    std::vector<std::int64_t> refLen; // per sample; -1 when there is no reference
    std::vector<std::vector<std::int64_t>> numerator; // [sample][order - 1]
    std::vector<std::vector<std::int64_t>> denominator;
};

// nltk sentence_bleu(refs, hyp, weights=(1/order,)*order, SmoothingFunction().method1) from the
// statistics of one sample; NaN when the sample had no reference.
double nltkBleuFromStatistics(const NltkBleuStatistics& statistics, std::size_t sample, int order);

// Self-BLEU statistics, exact and linear in the number of n-grams: for every n-gram the largest
// and second-largest count over the samples (the largest count among the *other* samples is the
// second largest when this sample holds the largest, the largest otherwise), and the sorted
// lengths without the sample itself for the closest reference length.
//
// threads (0 = all cores): counting, the per-order tables and the per-sample statistics run in
// parallel (integers only, each sample on its own), so the result is the same for any count.
NltkBleuStatistics selfBleuStatistics(const std::vector<std::vector<std::string>>& samples,
                                      int maxOrder, const Progress& progress = {}, int threads = 0);

// The same from n-gram counts already taken (countCorpusNgrams; its maxOrder is the BLEU order),
// so that distinct-n can share them.
NltkBleuStatistics selfBleuStatistics(const CorpusNgrams& corpus, const Progress& progress = {},
                                      int threads = 0);

// The same statistics by the definition: each sample against every other sample, O(n^2).
// For tests and the benchmark.
NltkBleuStatistics selfBleuStatisticsNaive(const std::vector<std::vector<std::string>>& samples,
                                           int maxOrder, const Progress& progress = {});

// Each hypothesis against the whole reference set (Texygen's test-BLEU), linear as well.
// threads as for selfBleuStatistics.
NltkBleuStatistics bleuAgainstSetStatistics(const std::vector<std::vector<std::string>>& hypotheses,
                                            const std::vector<std::vector<std::string>>& references,
                                            int maxOrder, const Progress& progress = {},
                                            int threads = 0);

struct SelfBleuResult
{
    double mean = 0; // NaN with fewer than 2 samples
    std::vector<double> perSample;
};

// Self-BLEU of one order: per-sample scores and their mean.
SelfBleuResult selfBleu(const NltkBleuStatistics& statistics, int order);

} // namespace genlens::metrics::text

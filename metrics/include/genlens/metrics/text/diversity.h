#pragma once

#include "genlens/metrics/text/ngram.h"

#include <string>
#include <vector>

namespace genlens::metrics::text {

// Diversity and repetition of a set of tokenized samples, orders 1..maxOrder.
struct DiversityResult
{
    // distinct-n, pooled form: unique n-grams / all n-grams over the whole set (not / tokens,
    // not averaged per sentence). NaN when the set has no n-gram of that order.
    std::vector<double> distinct;
    // Shannon entropy (natural log) of the pooled n-gram frequency distribution.
    std::vector<double> entropy;
    // Mean over samples with at least one n-gram of seq-rep-n = 1 - unique/all n-grams within
    // the sample (Welleck et al. 2019).
    std::vector<double> repetition;
    // Per sample seq-rep-n, [order - 1][sample]; NaN for a sample without n-grams of that order.
    std::vector<std::vector<double>> perSampleRepetition;
};

// threads (0 = all cores): the n-gram counting and the orders run in parallel; the result is the
// same for any thread count.
DiversityResult diversity(const std::vector<std::vector<std::string>>& samples, int maxOrder = 4,
                          int threads = 0);

// The same from n-gram counts already taken (countCorpusNgrams with an order >= maxOrder, e.g.
// Self-BLEU's): orders 1..maxOrder of the counts are used; std::invalid_argument beyond them.
DiversityResult diversity(const CorpusNgrams& corpus, int maxOrder = 4, int threads = 0);

} // namespace genlens::metrics::text

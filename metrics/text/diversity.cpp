#include "genlens/metrics/text/diversity.h"

#include "genlens/metrics/text/ngram.h"
#include "text/textparallel.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace genlens::metrics::text {

DiversityResult diversity(const std::vector<std::vector<std::string>>& samples, int maxOrder,
                          int threads)
{
    return diversity(countCorpusNgrams(samples, maxOrder, threads), maxOrder, threads);
}

DiversityResult diversity(const CorpusNgrams& corpus, int maxOrder, int threads)
{
    if (maxOrder < 1 || maxOrder > corpus.maxOrder) {
        throw std::invalid_argument("diversity: order " + std::to_string(maxOrder)
                                    + " outside the counted orders 1.."
                                    + std::to_string(corpus.maxOrder));
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::size_t nSamples = corpus.counts.size();
    const auto orders = static_cast<std::size_t>(maxOrder);
    DiversityResult r;
    r.distinct.assign(orders, nan);
    r.entropy.assign(orders, nan);
    r.repetition.assign(orders, nan);
    r.perSampleRepetition.assign(orders, std::vector<double>(nSamples, nan));

    // The orders are independent: one task each.
    parallelFor(orders, threads, [&](std::size_t o, int) {
        std::vector<double> pooled(corpus.vocabularySize[o], 0.0);
        double total = 0;
        double repSum = 0;
        std::size_t repCount = 0;
        for (std::size_t i = 0; i < nSamples; ++i) {
            const SparseCounts& counts = corpus.counts[i][o];
            double sampleTotal = 0;
            for (const auto& [id, c] : counts) {
                pooled[id] += c;
                sampleTotal += c;
            }
            total += sampleTotal;
            if (sampleTotal > 0) {
                const double rep = 1.0 - static_cast<double>(counts.size()) / sampleTotal;
                r.perSampleRepetition[o][i] = rep;
                repSum += rep;
                ++repCount;
            }
        }
        if (total > 0) {
            double unique = 0;
            double h = 0;
            for (double c : pooled) {
                if (c > 0) {
                    unique += 1;
                    const double p = c / total;
                    h -= p * std::log(p);
                }
            }
            r.distinct[o] = unique / total;
            r.entropy[o] = h;
        }
        if (repCount > 0) {
            r.repetition[o] = repSum / static_cast<double>(repCount);
        }
    });
    return r;
}

} // namespace genlens::metrics::text

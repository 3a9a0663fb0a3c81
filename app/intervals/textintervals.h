#pragma once

#include "intervals/intervalstage.h"

#include <genlens/metrics/text/bleu.h>
#include <genlens/metrics/text/mauve.h>
#include <memory>
#include <string>
#include <vector>

namespace genlens::app {

// Intervals of the text metrics (docs/intervals.md).

// Corpus BLEU and chrF: segments resampled with replacement and the corpus score recomputed from
// the resampled segments' summed statistics — sacrebleu's bootstrap resampling (Koehn 2004), a
// duplicated segment counts its n-gram matches twice, exactly as a corpus holding it twice.
void addCorpusBleuInterval(IntervalStage& stage,
                           std::vector<metrics::text::BleuStatistics> segments);
void addCorpusChrfInterval(IntervalStage& stage, std::vector<std::vector<double>> segments);

// distinct_1..n and ngram_entropy_1..n of the generated set (pooled over the set, so a duplicate
// adds no unique n-gram): half-samples of the texts; the estimates in the order distinct_1..n,
// then ngram_entropy_1..n.
void addPooledDiversityIntervals(
    IntervalStage& stage, std::shared_ptr<const std::vector<std::vector<std::string>>> tokens,
    int maxOrder, const std::vector<double>& estimates);

// Corpus perplexity exp(−Σ log P(sᵢ) / Σ (Tᵢ + 1)) from the per-sentence perplexities and token
// counts: percentile bootstrap of the pooled ratio over sentences, the language model fixed.
void addPerplexityInterval(IntervalStage& stage, const QString& key,
                           const std::vector<double>& perSentence,
                           const std::vector<double>& predictedTokens);

// MAUVE with the quantisation of the full sets fixed (PCA and k-means are not redone): both sets'
// cluster labels resampled with replacement, the histograms and the divergence frontier
// recomputed (a histogram is an average of indicators, which duplicates do not distort).
void addMauveInterval(IntervalStage& stage, std::vector<int> labelsP, std::vector<int> labelsQ,
                      int buckets, const metrics::text::MauveOptions& options);

} // namespace genlens::app

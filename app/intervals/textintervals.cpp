#include "intervals/textintervals.h"

#include <cmath>
#include <genlens/metrics/text/chrf.h>
#include <genlens/metrics/text/diversity.h>

namespace genlens::app {

namespace mt = metrics::text;

void addCorpusBleuInterval(IntervalStage& stage, std::vector<mt::BleuStatistics> segments)
{
    const std::uint64_t stream = metrics::streamOf("bleu");
    stage.add(QStringLiteral("bleu"),
              QStringLiteral("percentile bootstrap over segments of corpus BLEU from the "
                             "resampled segments' summed statistics (sacrebleu's resampling)"),
              [segments = std::move(segments), stream](const metrics::BootstrapOptions& o,
                                                       const metrics::Progress& p) {
                  const std::vector<double> replicates = metrics::bootstrapReplicates(
                      segments.size(), o, stream,
                      [&](const std::vector<std::uint32_t>& counts) {
                          mt::BleuStatistics sum;
                          sum.correct.assign(4, 0);
                          sum.total.assign(4, 0);
                          for (std::size_t i = 0; i < counts.size(); ++i) {
                              for (std::uint32_t c = 0; c < counts[i]; ++c) {
                                  sum += segments[i];
                              }
                          }
                          return mt::computeBleu(sum).score;
                      },
                      p);
                  return metrics::percentileInterval(replicates, o.level);
              });
}

void addCorpusChrfInterval(IntervalStage& stage, std::vector<std::vector<double>> segments)
{
    const std::uint64_t stream = metrics::streamOf("chrf");
    stage.add(QStringLiteral("chrf"),
              QStringLiteral("percentile bootstrap over segments of corpus chrF from the "
                             "resampled segments' summed statistics (sacrebleu's resampling)"),
              [segments = std::move(segments), stream](const metrics::BootstrapOptions& o,
                                                       const metrics::Progress& p) {
                  const std::size_t width = segments.empty() ? 0 : segments.front().size();
                  const std::vector<double> replicates = metrics::bootstrapReplicates(
                      segments.size(), o, stream,
                      [&](const std::vector<std::uint32_t>& counts) {
                          std::vector<double> sum(width, 0.0);
                          for (std::size_t i = 0; i < counts.size(); ++i) {
                              if (counts[i] == 0) {
                                  continue;
                              }
                              for (std::size_t j = 0; j < width; ++j) {
                                  sum[j] += counts[i] * segments[i][j];
                              }
                          }
                          return mt::chrfFromStatistics(sum);
                      },
                      p);
                  return metrics::percentileInterval(replicates, o.level);
              });
}

void addPooledDiversityIntervals(
    IntervalStage& stage, std::shared_ptr<const std::vector<std::vector<std::string>>> tokens,
    int maxOrder, const std::vector<double>& estimates)
{
    QStringList keys;
    for (int n = 1; n <= maxOrder; ++n) {
        keys << QStringLiteral("distinct_%1").arg(n);
    }
    for (int n = 1; n <= maxOrder; ++n) {
        keys << QStringLiteral("ngram_entropy_%1").arg(n);
    }
    const std::uint64_t stream = metrics::streamOf("distinct");
    stage.add(keys,
              QStringLiteral("half-samples of the generated texts without replacement; value + "
                             "percentiles of the centred replicates"),
              [tokens, maxOrder, estimates, stream](const metrics::BootstrapOptions& o,
                                                    const metrics::Progress& p) {
                  return metrics::halfSampleIntervals(
                      estimates, static_cast<std::int64_t>(tokens->size()), o, stream,
                      [&](const std::vector<std::int64_t>& rows) {
                          std::vector<std::vector<std::string>> half;
                          half.reserve(rows.size());
                          for (const std::int64_t r : rows) {
                              half.push_back((*tokens)[static_cast<std::size_t>(r)]);
                          }
                          const mt::DiversityResult d = mt::diversity(half, maxOrder, 1);
                          std::vector<double> values = d.distinct;
                          values.insert(values.end(), d.entropy.begin(), d.entropy.end());
                          return values;
                      },
                      p);
              });
}

void addPerplexityInterval(IntervalStage& stage, const QString& key,
                           const std::vector<double>& perSentence,
                           const std::vector<double>& predictedTokens)
{
    // log P(sᵢ) = −(Tᵢ + 1) log pplᵢ, so the corpus value is exp(Σ num / Σ den) with
    // num = (Tᵢ + 1) log pplᵢ and den = Tᵢ + 1.
    std::vector<double> numerator(perSentence.size());
    for (std::size_t i = 0; i < perSentence.size(); ++i) {
        numerator[i] = predictedTokens[i] * std::log(perSentence[i]);
    }
    const std::uint64_t stream = metrics::streamOf(key.toUtf8().constData());
    stage.add(key,
              QStringLiteral("percentile bootstrap over sentences of the pooled log-probability "
                             "per token, the language model fixed"),
              [numerator = std::move(numerator), den = predictedTokens,
               stream](const metrics::BootstrapOptions& o, const metrics::Progress& p) {
                  metrics::Interval i = metrics::bootstrapRatio(numerator, den, o, stream, p);
                  i.low = std::exp(i.low);
                  i.high = std::exp(i.high);
                  return i;
              });
}

void addMauveInterval(IntervalStage& stage, std::vector<int> labelsP, std::vector<int> labelsQ,
                      int buckets, const mt::MauveOptions& options)
{
    const std::uint64_t stream = metrics::streamOf("mauve");
    stage.add(QStringLiteral("mauve"),
              QStringLiteral("percentile bootstrap over both sets' samples with the full sets' "
                             "quantisation fixed (histograms and frontier recomputed)"),
              [labelsP = std::move(labelsP), labelsQ = std::move(labelsQ), buckets, options,
               stream](const metrics::BootstrapOptions& o, const metrics::Progress& p) {
                  const auto histogram = [buckets](const std::vector<int>& labels,
                                                   const std::vector<std::uint32_t>& counts) {
                      std::vector<double> h(static_cast<std::size_t>(buckets), 0.0);
                      for (std::size_t i = 0; i < labels.size(); ++i) {
                          h[static_cast<std::size_t>(labels[i])] += counts[i];
                      }
                      return h;
                  };
                  const std::vector<double> replicates = metrics::bootstrapReplicates2(
                      labelsP.size(), labelsQ.size(), o, stream,
                      [&](const std::vector<std::uint32_t>& countsP,
                          const std::vector<std::uint32_t>& countsQ) {
                          return mt::mauveFromCounts(histogram(labelsP, countsP),
                                                     histogram(labelsQ, countsQ), options);
                      },
                      p);
                  return metrics::percentileInterval(replicates, o.level);
              });
}

} // namespace genlens::app

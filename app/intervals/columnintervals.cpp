#include "intervals/columnintervals.h"

#include <genlens/metrics/core/ks.h>

namespace genlens::app {

void addMeanInterval(IntervalStage& stage, const QString& key, std::vector<double> values,
                     const QString& over)
{
    const std::uint64_t stream = metrics::streamOf(key.toUtf8().constData());
    stage.add(key, QStringLiteral("percentile bootstrap over %1").arg(over),
              [values = std::move(values), stream](const metrics::BootstrapOptions& o,
                                                   const metrics::Progress& p) {
                  return metrics::bootstrapMean(values, o, stream, p);
              });
}

void addKsInterval(IntervalStage& stage, const QString& key, std::vector<double> a,
                   std::vector<double> b)
{
    const std::uint64_t stream = metrics::streamOf(key.toUtf8().constData());
    stage.add(
        key,
        QStringLiteral("half-samples without replacement of both sets; KS + percentiles "
                       "of the centred replicates"),
        [a = std::move(a), b = std::move(b), stream](const metrics::BootstrapOptions& o,
                                                     const metrics::Progress& p) {
            const auto pick
                = [](const std::vector<double>& v, const std::vector<std::int64_t>& rows) {
                      std::vector<double> out;
                      out.reserve(rows.size());
                      for (const std::int64_t r : rows) {
                          out.push_back(v[static_cast<std::size_t>(r)]);
                      }
                      return out;
                  };
            const double estimate = metrics::ksStatistic(a, b);
            return metrics::halfSampleInterval2(
                estimate, static_cast<std::int64_t>(a.size()), static_cast<std::int64_t>(b.size()),
                o, stream,
                [&](const std::vector<std::int64_t>& ra, const std::vector<std::int64_t>& rb) {
                    return metrics::ksStatistic(pick(a, ra), pick(b, rb));
                },
                p);
        });
}

void addMeasureIntervals(IntervalStage& stage, const RunResult& result)
{
    for (const ScoreColumn& real : result.realScores) {
        for (const ScoreColumn& generated : result.generatedScores) {
            if (generated.key != real.key || !result.metric(real.key + QStringLiteral("_ks"))) {
                continue;
            }
            addMeanInterval(stage, real.key + QStringLiteral("_real"), real.values,
                            QStringLiteral("real images"));
            addMeanInterval(stage, generated.key + QStringLiteral("_generated"), generated.values,
                            QStringLiteral("generated images"));
            addKsInterval(stage, real.key + QStringLiteral("_ks"), real.values, generated.values);
        }
    }
}

} // namespace genlens::app

#include "pipeline/imagemeasuresummary.h"

#include <genlens/metrics/core/ks.h>

#include <cmath>

namespace genlens::app {

namespace {

double meanOf(const std::vector<double>& values)
{
    double sum = 0;
    std::size_t n = 0;
    for (double v : values) {
        if (std::isfinite(v)) {
            sum += v;
            ++n;
        }
    }
    return n == 0 ? std::numeric_limits<double>::quiet_NaN() : sum / double(n);
}

} // namespace

QList<MetricValue> measureMetrics(const QList<ScoreColumn>& real,
                                  const QList<ScoreColumn>& generated)
{
    QList<MetricValue> out;
    for (const ScoreColumn& r : real) {
        for (const ScoreColumn& g : generated) {
            if (g.key != r.key) {
                continue;
            }
            out.append(MetricValue{r.key + QStringLiteral("_real"), meanOf(r.values)});
            out.append(MetricValue{g.key + QStringLiteral("_generated"), meanOf(g.values)});
            out.append(MetricValue{r.key + QStringLiteral("_ks"), metrics::ksStatistic(r.values, g.values)});
        }
    }
    return out;
}

} // namespace genlens::app

#pragma once

#include "intervals/intervalstage.h"

#include <vector>

namespace genlens::app {

// Intervals of set-level values that are plain averages or comparisons of per-sample columns.

// The mean of a per-sample column (NaN/Inf left out, as the metric does): percentile bootstrap
// over the samples.
void addMeanInterval(IntervalStage& stage, const QString& key, std::vector<double> values,
                     const QString& over);

// The two-sample Kolmogorov–Smirnov statistic of two columns: half-samples of both sets (a
// duplicated value would add ties and shift the empirical distributions), KS + percentiles of
// the centred replicates.
void addKsInterval(IntervalStage& stage, const QString& key, std::vector<double> a,
                   std::vector<double> b);

// The per-image measure summaries of measureMetrics(): "<m>_real", "<m>_generated" (means) and
// "<m>_ks", for every measure column present in both sets of the result.
void addMeasureIntervals(IntervalStage& stage, const RunResult& result);

} // namespace genlens::app

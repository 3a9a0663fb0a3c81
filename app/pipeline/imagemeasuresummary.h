#pragma once

#include "evaluation/runresult.h"

#include <QList>

namespace genlens::app {

// Set-level summaries of the per-image measures (design.md §4, issue 3 deliverable 5): for each
// measure column present in both sets, "<key>_real" and "<key>_generated" (means over the set)
// and "<key>_ks" (two-sample Kolmogorov-Smirnov statistic between the sets).
QList<MetricValue> measureMetrics(const QList<ScoreColumn>& real,
                                  const QList<ScoreColumn>& generated);

} // namespace genlens::app

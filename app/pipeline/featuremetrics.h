#pragma once

#include "evaluation/runresult.h"

#include <genlens/metrics/sets/featurespace.h>

namespace genlens::app {

// Adds the feature-space metrics (fid, kid, precision, recall, density, coverage, vendi_*,
// memorized_fraction), their per-sample score columns and the nearest-neighbour links of a
// FeatureSpaceReport to a run: only those of the stages `options` switched on (the columns of a
// skipped stage are absent, not zero). `prefix` is "" for images and "emb_" for text embeddings;
// with a prefix, per-sample columns and neighbours are only added when the run has none of its
// own.
void addFeatureSpaceResults(RunResult& result, const metrics::FeatureSpaceReport& report,
                            const metrics::FeatureSpaceOptions& options,
                            const QString& prefix = {});

// The report's live-k statistics (if kept) as RunResult::liveStatistics[prefix]; called by
// addFeatureSpaceResults().
void addLiveStatistics(RunResult& result, const metrics::FeatureSpaceReport& report,
                       const QString& prefix);

} // namespace genlens::app

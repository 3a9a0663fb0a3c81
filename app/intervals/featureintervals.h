#pragma once

#include "intervals/intervalstage.h"

#include <genlens/metrics/core/matrix.h>
#include <genlens/metrics/sets/featurespace.h>
#include <memory>

namespace genlens::app {

// Registers the intervals of the feature-space metrics (fid, kid, precision, recall, density,
// coverage, vendi_*, memorized_fraction; `prefix` "emb_" for text embeddings) of a report:
// half-sampling for FID, KID and Vendi (duplicates would shrink covariances, add zero-distance
// pairs and count as less diversity), the percentile bootstrap of the per-sample indicators for
// PRDC and memorisation, with the k-NN radii (and the memorisation threshold) of the full sets
// held fixed — resampling with replacement would put a duplicate at distance 0 and collapse the
// radii. The features and the report must live until the stage has run; `keepAlive` is held by
// the tasks for callers whose data would otherwise go out of scope.
void addFeatureSpaceIntervals(IntervalStage& stage, const metrics::FeatureSpaceReport& report,
                              const metrics::RowMatrixXf& real,
                              const metrics::RowMatrixXf& generated,
                              const metrics::FeatureSpaceOptions& options,
                              const QString& prefix = {},
                              std::shared_ptr<const void> keepAlive = {});

} // namespace genlens::app

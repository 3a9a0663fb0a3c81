#pragma once

#include "evaluation/pipelinecontext.h"
#include "slices/sliceresult.h"

#include <genlens/metrics/sets/featurespace.h>

namespace genlens::app {

// Per-slice feature-space metrics (issue 13): for each slice, metrics::evaluateFeatureSpace on
// the slice's rows of the already extracted features with the whole run's options (so a slice's
// numbers equal a run on that subset alone), restricted to the stages `options` switched on
// (fid, kid, precision/recall/density/coverage, memorized_fraction; never Vendi). A stage the
// slice is too small for is left undefined (NaN) with a warning; FID with fewer samples than
// dimensions + 1 on a side is computed but warned about (rank-deficient covariance). Keys get
// `prefix` ("emb_" for text embeddings). Progress: one unit per slice; throws metrics::Cancelled.
void addFeatureSliceMetrics(QList<SliceResult>& slices,
                            const Eigen::Ref<const metrics::RowMatrixXf>& real,
                            const Eigen::Ref<const metrics::RowMatrixXf>& generated,
                            const metrics::FeatureSpaceOptions& options, const QString& prefix,
                            PipelineContext& context);

// The rows `indices` of `features`, in that order.
metrics::RowMatrixXf gatherRows(const Eigen::Ref<const metrics::RowMatrixXf>& features,
                                const std::vector<std::int64_t>& indices);

} // namespace genlens::app

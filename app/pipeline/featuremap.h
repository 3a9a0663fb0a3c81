#pragma once

#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"

#include <QJsonObject>
#include <genlens/metrics/core/matrix.h>
#include <genlens/metrics/sets/fid.h>
#include <genlens/metrics/sets/projection.h>

namespace genlens::app {

// The 2-D feature map of a run (design.md §7, docs/ui.md "Feature map"): a PCA projection of both
// sets' features, fitted on both, computed as its own pipeline stage ("feature map") and stored
// in RunResult::extra["feature_map"]:
//   {"method": "pca", "fitted_on": "real+generated", "features": extractor id, "dimension": d,
//    "explained_variance_ratio": [r1, r2], "explained_variance": [l1, l2], "seed": s,
//    "max_points_per_set": 20000, "coordinate_decimals": k,
//    "real": {"total": N, "shown": n, "subsampled": bool, "indices": [...] (only when
//             subsampled), "x": [...], "y": [...]},
//    "generated": {...}}
// Coordinates are rounded to k decimals, k chosen so that the largest |coordinate| keeps 5
// significant digits (far below a pixel; keeps the project and the JSON compact). While the
// stage has not run, the object is {"status": "pending"}; when it could not run,
// {"status": "failed", "reason": "..."}.

constexpr qint64 kFeatureMapMaxPointsPerSet = 20000;
constexpr int kFeatureMapSignificantDigits = 5;

QJsonObject featureMapJson(const metrics::FeatureProjection& projection, const QString& features);
QJsonObject featureMapPending();
QJsonObject featureMapFailed(const QString& reason);

struct FeatureMapOptions
{
    quint64 seed = 0;
    QString features; // extractor id of the feature space
    qint64 maxPointsPerSet = kFeatureMapMaxPointsPerSet;
    int threads = 0;
    // Per-set statistics of exactly these rows (evaluateFeatureSpace's), to skip the covariance
    // pass; may be null.
    const metrics::FidStats* realStatistics = nullptr;
    const metrics::FidStats* generatedStatistics = nullptr;
};

// Runs the "feature map" stage and stores its result in result.extra["feature_map"] and its time
// in result.timingsMs["feature_map"]. Throws metrics::Cancelled on cancel and
// std::invalid_argument when the features cannot be mapped (the caller decides whether that fails
// the run).
void addFeatureMap(RunResult& result, const Eigen::Ref<const metrics::RowMatrixXf>& real,
                   const Eigen::Ref<const metrics::RowMatrixXf>& generated,
                   const FeatureMapOptions& options, PipelineContext& context);

} // namespace genlens::app

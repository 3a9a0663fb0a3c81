#pragma once

#include <QJsonObject>
#include <QString>

namespace genlens::app {

// Which feature space a run's distances live in (issue 12), so that an FID in DINOv2 space is
// never read as an Inception FID. The space of a run is a short name:
//   "builtin", "inception", "inception-logits", "dinov2", "clip" (GenLens's extractors and the
//   ONNX presets), "onnx" (an ONNX model with explicit or altered preprocessing), "precomputed"
//   (bare feature matrices without --features-id), or the user's --features-id (attached or
//   precomputed features).
// It is stored as extractor.feature_space; runs made before it are read from extractor.id.
QString featureSpaceOfRun(const QJsonObject& extractor);

// DINOv2 space: the dinov2 preset, or features whose id starts with "dinov2" (any case, e.g.
// "dinov2", "DINOv2-ViT-L/14", "dinov2_vitl14"). fd_dinov2 is computed only there.
bool isDinov2Space(const QString& space);
// CLIP space: the clip preset, or features whose id starts with "clip" (any case). CMMD is
// computed by default only there (on request in any space).
bool isClipSpace(const QString& space);

// "Inception", "DINOv2", "CLIP", "built-in", "ONNX", "precomputed" (translated), or the user's id.
QString featureSpaceTitle(const QString& space);

// `space` when `key` is a set-level metric computed in the feature space (fid, kid, precision,
// recall, density, coverage, vendi_*, memorized_fraction, cmmd, fd_dinov2), else empty.
QString metricFeatureSpace(const QString& key, const QString& space);

// How the views and the report name a metric: "FID (Inception)", "KID (DINOv2)", "CMMD (CLIP)",
// "precision (built-in)", "FD_DINOv2"; other keys (and an empty space) as they are.
QString metricLabel(const QString& key, const QString& space);

} // namespace genlens::app

#pragma once

#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"
#include "loaders/imageloader.h"

#include <genlens/metrics/core/matrix.h>
#include <genlens/metrics/image/extractor.h>

#include <QList>
#include <QString>

namespace genlens::app {

class ProjectStore;

// Explicit preprocessing of an ONNX extractor without (or replacing parts of) a preset:
// --input-size WxH, --mean R,G,B, --std R,G,B (on values in [0, 1]), --layer NAME.
struct OnnxOverrides
{
    int width = 0;
    int height = 0;
    std::vector<float> mean;  // empty or 3 values
    std::vector<float> std;
    QString layer;
    bool isEmpty() const { return width == 0 && mean.empty() && std.empty() && layer.isEmpty(); }
};

struct ImageFeatureOptions
{
    QString extractor = QStringLiteral("builtin");  // "builtin", "onnx:FILE[:preset]"
    OnnxOverrides onnx;
    ImageLoadOptions load;
    int threads = 0;  // extractor threads; 0 = all cores
};

// A set's samples, features (one row per usable sample, in set order) and per-image measures.
struct ImageFeatures
{
    SampleSet set;
    metrics::RowMatrixXf features;
    QList<ScoreColumn> measures;  // "sharpness", "colourfulness", ... (metrics/image/measures.h)
    QString extractorId;
    qint64 cachedCount = 0;       // rows taken from the project's feature cache
    qint64 extractedCount = 0;    // rows computed by the extractor in this call
    qint64 totalItems = 0;        // items of the whole source (with a shard, not only its share)
};

// Decodes the folder or batch at `path` (streaming, bounded memory), makes thumbnails and
// measures, and extracts features, taking those already in `store`'s feature cache (keyed by
// content hash + extractor id) and storing the new ones there. With a `store`, thumbnails are
// made only for images it lacks and written to it in batches as they are made (the samples come
// back without them); without one (`store` null) the samples carry them. Reports progress in a
// stage "features <role>"; throws InputError (unusable input, no usable image) and
// metrics::Cancelled, after writing the thumbnails made so far.
ImageFeatures extractImageFeatures(const QString& path, SetRole role,
                                   const ImageFeatureOptions& options, ProjectStore* store,
                                   PipelineContext& context);

// The same with an extractor made by the caller (shared between the real and generated sets).
// `cacheFeatures` false: the store receives thumbnails only (the rows of a placeholder extractor,
// for attached features, are not worth caching).
ImageFeatures extractImageFeatures(const QString& path, SetRole role,
                                   metrics::image::FeatureExtractor& extractor,
                                   const ImageLoadOptions& load, ProjectStore* store,
                                   PipelineContext& context, bool cacheFeatures = true);

// Makes the extractor named by `spec` (with `onnx` applied to an onnx: spec; InputError when they
// are given for another extractor); throws InputError with the reason.
std::unique_ptr<metrics::image::FeatureExtractor> makeImageExtractor(const QString& spec,
                                                                     int threads = 0,
                                                                     const OnnxOverrides& onnx = {});

} // namespace genlens::app

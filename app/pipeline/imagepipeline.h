#pragma once

#include "evaluation/metricselection.h"
#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"
#include "pipeline/attachedfeatures.h"
#include "pipeline/imagefeatures.h"
#include "slices/slicespec.h"

#include <QString>

namespace genlens::app {

struct ImageEvalOptions
{
    QString realPath;
    QString generatedPath;
    QString extractor = QStringLiteral("builtin");
    QString npzKey = QStringLiteral("arr_0"); // uint8 image batches
    int k = 5;
    int kidSubsets = 100;
    int kidSubsetSize = 1000;
    int neighbours = 5;
    double memorizationFactor = 0.5;
    quint64 seed = 0;
    MetricSelection metrics; // what is computed (default: everything)
    int bootstrap = 0;        // confidence-interval resamples (0 = none; the window asks for 200)
    bool fidInfinity = false; // FID/KID against the sample count and FID∞ (Chong & Forsyth 2020)
    // Image inputs (folders, uint8 batches):
    OnnxOverrides onnx;       // explicit preprocessing of an onnx: extractor
    QString isExtractor;      // classifier for the Inception Score, e.g. onnx:FILE:inception-logits
    bool thumbnails = true;   // make thumbnails (only useful when the run is stored)
    qint64 maxPixels = 100'000'000;
    // The most a feature matrix or statistics file may take once read (attachedfeatures.h).
    std::uint64_t maxArrayBytes = kDefaultMaxArrayBytes;
    // Features computed elsewhere for an image set (--real-features ..., attachedfeatures.h):
    // its images are still loaded, the metrics use these rows.
    AttachedFeaturesSpec realFeatures;
    AttachedFeaturesSpec generatedFeatures;
    // Per-slice metrics (issue 13): folder (first folder level of image folders) or clusters:K.
    SliceSpec sliceBy;
};

// Evaluates two image sets (design.md §2): each side may be a folder of images or a uint8
// `.npz`/`.npy` batch N×H×W×3 (features extracted with `extractor`, through the feature cache of
// the session's project when it has one, on the session's threads; per-image measures with their means and KS statistics; the
// Inception Score of the generated images when isExtractor is set), a `.npy` N×D feature matrix or
// a pytorch-fid/clean-fid statistics `.npz` with `mu` and `sigma` (then only FID is computed).
// Undecodable files and rows with NaN/Inf are skipped and listed. Throws InputError for unusable
// input.
RunResult evaluateImages(const ImageEvalOptions& options, PipelineContext& context);

} // namespace genlens::app

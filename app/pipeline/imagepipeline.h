#pragma once

#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"

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
    QString projectPath; // for the feature cache; may be empty
};

// Evaluates two image sets (design.md §2): each side may be a `.npy` N×D feature matrix or a
// pytorch-fid/clean-fid statistics `.npz` with `mu` and `sigma` (then only FID is computed).
// Rows with NaN/Inf are skipped and listed. Throws InputError for unusable input.
RunResult evaluateImages(const ImageEvalOptions& options, PipelineContext& context);

} // namespace genlens::app

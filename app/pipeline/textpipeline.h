#pragma once

#include "evaluation/metricselection.h"
#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"
#include "pipeline/attachedfeatures.h"
#include "slices/slicespec.h"

#include <QString>
#include <QStringList>

namespace genlens::app {

// `genlens evaluate text` (issue 4): the settings that shape the numbers.
struct TextEvalOptions
{
    QString realPath;
    QString generatedPath;
    QStringList referencePaths; // aligned with the generated file record by record
    QString field = QStringLiteral("text"); // .jsonl
    QString column; // .csv/.tsv
    QString tokenize = QStringLiteral("13a"); // 13a, intl, zh, char, none, auto
    int lmOrder = 3;
    quint64 seed = 0;
    int bootstrap = 0; // confidence-interval resamples (0 = none)
    int k = 5;
    MetricSelection metrics; // what is computed (default: everything)
    // Embeddings computed elsewhere (--real-features ..., attachedfeatures.h), replacing the
    // built-in embedding for the feature-space metrics; both sets or neither.
    AttachedFeaturesSpec realFeatures;
    AttachedFeaturesSpec generatedFeatures;
    // Per-slice metrics (issue 13): field:NAME / column:NAME (a JSONL field or CSV column of
    // both files) or clusters:K (on the embeddings).
    SliceSpec sliceBy;
};

// Loads the sets, computes the set-level metrics (publishing a snapshot after each stage), then
// the per-sample scores and nearest-real links. Throws InputError for unusable input and
// metrics::Cancelled when the context asks to stop.
RunResult evaluateText(const TextEvalOptions& options, PipelineContext& context);

} // namespace genlens::app

#pragma once

#include "pipeline/imagepipeline.h"
#include "pipeline/recsyspipeline.h"
#include "pipeline/textpipeline.h"

#include <QString>
#include <QStringList>

namespace genlens::app {

// One evaluation as both front ends describe it (issue 10, deliverable 2): the New-evaluation
// dialog and `genlens evaluate MODALITY` fill the same object, validate it with validate() and
// turn it into a pipeline with makeEvaluation() (evaluationjob.h). The common settings are fields
// here; what only the command line sets (KID subsets, tokenizer, cut-offs, ...) stays in the
// modality's options, whose sets, extractor, k and seed the *Options() functions overwrite from
// the common fields. The project and the thread count reach the pipeline through the run's
// EvaluationSession (the runner fills it from projectPath/threads).
struct EvaluationRequest
{
    EvaluationRequest();

    QString modality = QStringLiteral("image"); // "image", "text", "recsys"
    QString real; // image/text: the real set; recsys: the ground truth
    QString generated; // image/text: the generated set; recsys: the recommendations
    QStringList references; // text: optional references, aligned with the generated set
    QString train; // recsys: optional training interactions
    QString extractor = QStringLiteral("builtin"); // image: "builtin" or "onnx:FILE[:preset]"
    int k = 5; // image/text: neighbourhood size
    quint64 seed = 0;
    int threads = 0; // 0 = all cores
    QStringList metrics; // requested metric keys (MetricSelection); empty = everything
    SliceSpec sliceBy; // per-slice metrics (issue 13); Kind::None = none
    // Confidence-interval resamples (issue 13): the window computes them by default as the
    // last, cancellable stage; the CLI asks for them with --bootstrap N (default 0, docs/intervals.md).
    int bootstrap = kWindowBootstrapResamples;
    bool fidInfinity = false; // image: --fid-infinity
    static constexpr int kWindowBootstrapResamples = 200;

    // The modalities' own settings (defaults unless the command line sets them).
    ImageEvalOptions image;
    TextEvalOptions text;
    RecsysEvalOptions recsys;

    // image/text: features computed elsewhere attached to the sets (docs/image.md); the paths
    // files are optional, featuresId names the space. All empty: GenLens's own extractor.
    QString realFeatures;
    QString realFeaturesPaths;
    QString generatedFeatures;
    QString generatedFeaturesPaths;
    QString featuresId;
    QString featuresKey; // the member of an .npz features file (default: its only member)
    // The most one feature matrix, attached matrix or statistics file may take once read
    // (--max-member-mb).
    std::uint64_t maxArrayBytes = kDefaultMaxArrayBytes;

    // A short name for the jobs strip ("image: real ↔ generated").
    QString displayName() const;
    // Empty when usable, else what is wrong in domain words ("no real set given"), translated;
    // a front end may add its own hint (the CLI names the flag).
    QString validate() const;
    // The parsed metric selection (everything when a key is unknown: validate() reports it).
    MetricSelection selection() const;

    ImageEvalOptions imageOptions() const;
    TextEvalOptions textOptions() const;
    RecsysEvalOptions recsysOptions() const;
    // The attached features of the real (or generated) set as the pipelines take them.
    AttachedFeaturesSpec attachedFeatures(bool realSet) const;

private:
    // Whether the set at `path` would need attached features when the other set has them.
    bool needsAttachedFeatures(const QString& path) const;
};

} // namespace genlens::app

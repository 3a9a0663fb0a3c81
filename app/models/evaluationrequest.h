#pragma once

#include <QString>

namespace genlens::app {

// What the New-evaluation dialog asks for, independent of widgets; makeEvaluation() turns it into
// a job for JobQueue.
struct EvaluationRequest
{
    QString modality = QStringLiteral("image"); // "image", "text", "recsys"
    QString real; // image/text: the real set; recsys: the ground truth
    QString generated; // image/text: the generated set; recsys: the recommendations
    QString references; // text: optional references file
    QString train; // recsys: optional training interactions
    QString extractor = QStringLiteral("builtin"); // image: "builtin" or "onnx:FILE[:preset]"
    int k = 5;
    quint64 seed = 0;
    // image/text: features computed elsewhere attached to the sets (docs/image.md); the paths
    // files are optional, featuresId names the space. All empty: GenLens's own extractor.
    QString realFeatures;
    QString realFeaturesPaths;
    QString generatedFeatures;
    QString generatedFeaturesPaths;
    QString featuresId;

    // A short name for the jobs strip ("image: real ↔ generated").
    QString displayName() const;
    // Empty when usable, else what is missing (translated).
    QString validate() const;
};

} // namespace genlens::app

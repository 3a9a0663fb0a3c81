#include "models/evaluationrequest.h"

#include "loaders/imageloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace genlens::app {

EvaluationRequest::EvaluationRequest()
{
    // The window guesses the tokenizer from the text (zh for mostly CJK); the CLI's default is
    // sacrebleu's 13a and its --tokenize sets this.
    text.tokenize = QStringLiteral("auto");
}

QString EvaluationRequest::displayName() const
{
    const QString a = QFileInfo(real).fileName();
    const QString b = QFileInfo(generated).fileName();
    return QCoreApplication::translate("EvaluationRequest", "%1: %2 vs %3").arg(modality, a, b);
}

bool EvaluationRequest::needsAttachedFeatures(const QString& path) const
{
    if (modality != QLatin1String("image")) {
        return true; // text: the built-in embedding and the user's would be two spaces
    }
    // Images would be extracted with GenLens's extractor, another space; a feature matrix or a
    // statistics file is taken as it is (imagepipeline.h).
    try {
        const ImageInputKind kind = detectImageInput(path, image.npzKey);
        return kind == ImageInputKind::Folder || kind == ImageInputKind::Batch;
    } catch (const InputError&) {
        return false; // the pipeline names what is wrong with the set
    }
}

QString EvaluationRequest::validate() const
{
    const bool recsys = modality == QLatin1String("recsys");
    if (modality != QLatin1String("image") && modality != QLatin1String("text") && !recsys) {
        return QCoreApplication::translate("EvaluationRequest", "unknown modality \"%1\"").arg(modality);
    }
    if (real.isEmpty()) {
        return recsys ? QCoreApplication::translate("EvaluationRequest", "no ground truth given") : QCoreApplication::translate("EvaluationRequest", "no real set given");
    }
    if (generated.isEmpty()) {
        return recsys ? QCoreApplication::translate("EvaluationRequest", "no recommendations given") : QCoreApplication::translate("EvaluationRequest", "no generated set given");
    }
    QStringList paths{real, generated};
    paths << references;
    if (!train.isEmpty()) {
        paths << train;
    }
    for (const QString& path : paths) {
        if (!QFileInfo::exists(path)) {
            return QCoreApplication::translate("EvaluationRequest", "%1: no such file or folder").arg(path);
        }
    }
    if (!realFeatures.isEmpty() || !generatedFeatures.isEmpty()) {
        if (realFeatures.isEmpty() != generatedFeatures.isEmpty()
            && needsAttachedFeatures(realFeatures.isEmpty() ? real : generated)) {
            return QCoreApplication::translate("EvaluationRequest",
                                               "Attach features to both sets.");
        }
        if (featuresId.trimmed().isEmpty()) {
            return QCoreApplication::translate("EvaluationRequest",
                                               "Name the feature space of the attached features.");
        }
        for (const QString& path :
             {realFeatures, realFeaturesPaths, generatedFeatures, generatedFeaturesPaths}) {
            if (!path.isEmpty() && !QFileInfo::exists(path)) {
                return QCoreApplication::translate("EvaluationRequest", "%1 does not exist.")
                    .arg(path);
            }
        }
    }
    if (k < 1) {
        return QCoreApplication::translate("EvaluationRequest", "k must be at least 1");
    }
    QString unknownKeys;
    MetricSelection::parse(modality, metrics, &unknownKeys);
    if (!unknownKeys.isEmpty()) {
        return unknownKeys;
    }
    if (threads < 0) {
        return QCoreApplication::translate("EvaluationRequest", "the thread count must not be negative");
    }
    return {};
}

MetricSelection EvaluationRequest::selection() const
{
    return MetricSelection::parse(modality, metrics, nullptr);
}

AttachedFeaturesSpec EvaluationRequest::attachedFeatures(bool realSet) const
{
    return AttachedFeaturesSpec {realSet ? realFeatures : generatedFeatures, featuresKey,
                                 realSet ? realFeaturesPaths : generatedFeaturesPaths, featuresId,
                                 maxArrayBytes};
}

ImageEvalOptions EvaluationRequest::imageOptions() const
{
    ImageEvalOptions o = image;
    o.fidInfinity = fidInfinity;
    o.metrics = selection();
    o.sliceBy = sliceBy;
    o.realPath = real;
    o.generatedPath = generated;
    o.extractor = extractor;
    o.k = k;
    o.seed = seed;
    o.bootstrap = bootstrap;
    o.realFeatures = attachedFeatures(true);
    o.generatedFeatures = attachedFeatures(false);
    o.maxArrayBytes = maxArrayBytes;
    return o;
}

TextEvalOptions EvaluationRequest::textOptions() const
{
    TextEvalOptions o = text;
    o.metrics = selection();
    o.sliceBy = sliceBy;
    o.realPath = real;
    o.generatedPath = generated;
    o.referencePaths = references;
    o.k = k;
    o.seed = seed;
    o.bootstrap = bootstrap;
    o.realFeatures = attachedFeatures(true);
    o.generatedFeatures = attachedFeatures(false);
    return o;
}

RecsysEvalOptions EvaluationRequest::recsysOptions() const
{
    RecsysEvalOptions o = recsys;
    o.metrics = selection();
    o.sliceBy = sliceBy;
    // A requested key's cut-off (`ndcg@7`) is computed even when --cutoffs does not list it.
    for (const int k : o.metrics.requestedCutoffs()) {
        if (!o.cutoffs.contains(k)) {
            o.cutoffs.append(k);
        }
    }
    std::sort(o.cutoffs.begin(), o.cutoffs.end());
    o.truthPath = real;
    o.recommendationsPath = generated;
    o.trainPath = train;
    o.seed = seed;
    o.bootstrap = bootstrap;
    return o;
}

} // namespace genlens::app

#include "models/evaluationjob.h"

#include "pipeline/imagepipeline.h"
#include "pipeline/recsyspipeline.h"
#include "pipeline/textpipeline.h"

namespace genlens::app {

namespace {

// The request's attached features as the pipelines take them (none when empty).
void attachFeatures(const EvaluationRequest& request, AttachedFeaturesSpec& real,
                    AttachedFeaturesSpec& generated)
{
    real = AttachedFeaturesSpec {
        request.realFeatures, {}, request.realFeaturesPaths, request.featuresId};
    generated = AttachedFeaturesSpec {
        request.generatedFeatures, {}, request.generatedFeaturesPaths, request.featuresId};
}

} // namespace

QStringList evaluationModalities()
{
    return {QStringLiteral("image"), QStringLiteral("text"), QStringLiteral("recsys")};
}

std::function<RunResult(PipelineContext&)> makeEvaluation(const EvaluationRequest& request,
                                                          const QString& projectPath)
{
    if (request.modality == QLatin1String("image")) {
        ImageEvalOptions options;
        options.realPath = request.real;
        options.generatedPath = request.generated;
        options.extractor = request.extractor;
        options.k = request.k;
        options.seed = request.seed;
        options.projectPath = projectPath;
        attachFeatures(request, options.realFeatures, options.generatedFeatures);
        return [options](PipelineContext& context) { return evaluateImages(options, context); };
    }
    if (request.modality == QLatin1String("text")) {
        TextEvalOptions options;
        options.realPath = request.real;
        options.generatedPath = request.generated;
        if (!request.references.isEmpty()) {
            options.referencePaths << request.references;
        }
        options.tokenize = QStringLiteral("auto");
        options.k = request.k;
        options.seed = request.seed;
        attachFeatures(request, options.realFeatures, options.generatedFeatures);
        return [options](PipelineContext& context) { return evaluateText(options, context); };
    }
    if (request.modality == QLatin1String("recsys")) {
        RecsysEvalOptions options;
        options.truthPath = request.real;
        options.recommendationsPath = request.generated;
        options.trainPath = request.train;
        options.seed = request.seed;
        return [options](PipelineContext& context) { return evaluateRecsys(options, context); };
    }
    return {};
}

} // namespace genlens::app

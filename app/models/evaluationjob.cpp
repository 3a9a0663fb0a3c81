#include "models/evaluationjob.h"

namespace genlens::app {

QStringList evaluationModalities()
{
    return {QStringLiteral("image"), QStringLiteral("text"), QStringLiteral("recsys")};
}

std::function<RunResult(PipelineContext&)> makeEvaluation(const EvaluationRequest& request)
{
    if (request.modality == QLatin1String("image")) {
        return [options = request.imageOptions()](PipelineContext& context) {
            return evaluateImages(options, context);
        };
    }
    if (request.modality == QLatin1String("text")) {
        return [options = request.textOptions()](PipelineContext& context) {
            return evaluateText(options, context);
        };
    }
    if (request.modality == QLatin1String("recsys")) {
        return [options = request.recsysOptions()](PipelineContext& context) {
            return evaluateRecsys(options, context);
        };
    }
    return {};
}

} // namespace genlens::app

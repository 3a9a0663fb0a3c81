#pragma once

#include "evaluation/pipelinecontext.h"
#include "models/evaluationrequest.h"

#include <QStringList>
#include <functional>

namespace genlens::app {

// The modalities this build can evaluate from the window, in the dialog's order.
QStringList evaluationModalities();

// The pipeline job for a New-evaluation request (JobQueue::Pipeline); it throws InputError for
// unusable input like the CLI does. `projectPath` feeds the feature cache. Empty for a modality
// not in evaluationModalities().
std::function<RunResult(PipelineContext&)> makeEvaluation(const EvaluationRequest& request,
                                                          const QString& projectPath);

} // namespace genlens::app

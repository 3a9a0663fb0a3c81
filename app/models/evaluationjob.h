#pragma once

#include "evaluation/pipelinecontext.h"
#include "models/evaluationrequest.h"

#include <QStringList>
#include <functional>

namespace genlens::app {

// The modalities this build can evaluate from the window, in the dialog's order.
QStringList evaluationModalities();

// The pipeline of an evaluation request, for the window's jobs (JobQueue::Pipeline) and the CLI
// alike; it throws InputError for unusable input. The project (feature cache, storage) and the
// thread count come from the context's EvaluationSession. Empty for a modality not in
// evaluationModalities().
std::function<RunResult(PipelineContext&)> makeEvaluation(const EvaluationRequest& request);

} // namespace genlens::app

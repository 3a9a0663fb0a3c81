#pragma once

#include "cli/evaluatecommand.h"

namespace genlens::app {

std::unique_ptr<EvaluateCommand> makeImageEvaluateCommand();

} // namespace genlens::app

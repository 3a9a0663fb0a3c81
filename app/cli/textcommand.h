#pragma once

#include "cli/evaluatecommand.h"

#include <memory>

namespace genlens::app {

// `genlens evaluate text --real PATH --generated PATH [--references PATH ...] [--tokenize 13a]
//  [--field text] [--column NAME] [--lm-order 3] [--k 5]`
std::unique_ptr<EvaluateCommand> makeTextEvaluateCommand();

} // namespace genlens::app

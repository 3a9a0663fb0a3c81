#pragma once

#include "cli/evaluatecommand.h"

#include <memory>

namespace genlens::app {

// `genlens evaluate text --real PATH --generated PATH [--references PATH ...] [--tokenize 13a]
//  [--field text] [--column NAME] [--lm-order 3] [--k 5]`
std::unique_ptr<EvaluateCommand> makeTextEvaluateCommand();

// `genlens features text --input PATH --out FILE.npy [--field text] [--column NAME] [--dim 256]`:
// builtin-text-1 embeddings (IDF fitted on the input), one float32 row per usable record.
std::unique_ptr<FeaturesCommand> makeTextFeaturesCommand();

} // namespace genlens::app

#pragma once

#include "cli/evaluatecommand.h"

#include <memory>

namespace genlens::app {

// `genlens evaluate recsys --truth PATH --recommendations PATH [--train PATH] [--items PATH]
//  [--cutoffs 5,10,20] [--convention trec|recbole|msr] [--gain linear|binary|exp]
//  [--relevance-level X] [--trec-ties] [--long-tail-head 0.8] [--compare-with OTHER_RECS]
//  [--permutations 10000] [--input-format auto|delimited|trec] [--user-column NAME]
//  [--item-column NAME] [--relevance-column NAME] [--score-column NAME]`.
// With --compare-with, the paired comparison is in the result's extra["comparison"] (JSON); the
// metrics stay those of --recommendations (docs/recsys.md explains why).
std::unique_ptr<EvaluateCommand> makeRecsysEvaluateCommand();

} // namespace genlens::app

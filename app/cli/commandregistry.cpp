#include "cli/evaluatecommand.h"
#include "cli/imagecommand.h"

namespace genlens::app {

std::vector<std::unique_ptr<EvaluateCommand>> makeEvaluateCommands()
{
    std::vector<std::unique_ptr<EvaluateCommand>> commands;
    commands.push_back(makeImageEvaluateCommand());
    return commands;
}

std::vector<std::unique_ptr<FeaturesCommand>> makeFeaturesCommands()
{
    std::vector<std::unique_ptr<FeaturesCommand>> commands;
    return commands;
}

} // namespace genlens::app

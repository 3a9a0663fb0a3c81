#include "cli/evaluatecommand.h"
#include "cli/imagecommand.h"
#include "cli/imagefeaturescommand.h"
#include "cli/recsyscommand.h"
#include "cli/textcommand.h"

namespace genlens::app {

std::vector<std::unique_ptr<EvaluateCommand>> makeEvaluateCommands()
{
    std::vector<std::unique_ptr<EvaluateCommand>> commands;
    commands.push_back(makeImageEvaluateCommand());
    commands.push_back(makeTextEvaluateCommand());
    commands.push_back(makeRecsysEvaluateCommand());
    return commands;
}

std::vector<std::unique_ptr<FeaturesCommand>> makeFeaturesCommands()
{
    std::vector<std::unique_ptr<FeaturesCommand>> commands;
    commands.push_back(makeImageFeaturesCommand());
    commands.push_back(makeTextFeaturesCommand());
    return commands;
}

} // namespace genlens::app

#include "cli/cli.h"

#include <QTextStream>

namespace genlens::app {

bool isCliInvocation(const QStringList& arguments)
{
    static const QStringList commands = {QStringLiteral("evaluate"), QStringLiteral("features"),
                                         QStringLiteral("report"), QStringLiteral("demo")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

int runCli(const QStringList& arguments)
{
    QTextStream err(stderr);
    err << "genlens: " << arguments.value(1) << " is not available yet\n";
    return 1;
}

} // namespace genlens::app

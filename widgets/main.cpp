#include "cli/cli.h"
#include "gui.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    if (genlens::app::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("genlens"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GENLENS_VERSION));
        return genlens::app::runCli(QCoreApplication::arguments());
    }
    return genlens::widgets::runGui(argc, argv);
}

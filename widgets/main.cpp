#include "cli/cli.h"
#include "cli/democommand.h"
#include "gui.h"
#include "project/projectstore.h"
#include "report/reportcommand.h"
#include "report/reportcontent.h"
#include "report/reportwriter.h"

#include <QApplication>
#include <QCoreApplication>

#include <optional>

namespace {

// Headless sub-commands. Reports draw Qt Charts, which are graphics widgets: those commands get a
// QApplication on the offscreen platform (unless the caller chose a platform), the rest a
// QCoreApplication so that no display is needed.
int runHeadless(int argc, char* argv[], const QStringList& arguments)
{
    using namespace genlens;
    if (!app::cliNeedsWidgets(arguments)) {
        QCoreApplication application(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("genlens"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GENLENS_VERSION));
        if (arguments.value(1) == QLatin1String("demo")) {
            return app::runDemoCommand(QCoreApplication::arguments());
        }
        return app::runCli(QCoreApplication::arguments());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("genlens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GENLENS_VERSION));
    if (arguments.value(1) == QLatin1String("report")) {
        return widgets::runReportCommand(QCoreApplication::arguments());
    }
    app::setReportWriter([](const QString& projectPath, qint64 runId, const QString& pdfPath) {
        app::ProjectStore store;
        store.openReadOnly(projectPath);
        widgets::writeReportPdf(app::buildReportContent(store, runId, std::nullopt), pdfPath);
    });
    return app::runCli(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    if (genlens::app::isCliInvocation(arguments)) {
        return runHeadless(argc, argv, arguments);
    }
    return genlens::widgets::runGui(argc, argv);
}

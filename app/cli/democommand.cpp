#include "cli/democommand.h"

#include "demo/demodata.h"
#include "demo/demoproject.h"
#include "evaluation/consolecontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <exception>

namespace genlens::app {

namespace {

struct DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

} // namespace

int runDemoCommand(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(DemoCommand::tr(
        "Builds the demo project: procedurally made real data, small generative models trained "
        "on it (PPCA images, trigram text, popularity and ALS recommenders) and their "
        "evaluations."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       DemoCommand::tr("The project file to write (.genlens)."),
                                       QStringLiteral("file"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        DemoCommand::tr("Also keep the demo data files in this folder (alone: write only them)."),
        QStringLiteral("dir"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        DemoCommand::tr("Seed of the data and models (default "
                                                        "0)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         DemoCommand::tr("No progress on stderr."));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         DemoCommand::tr("Replace the --out file if it exists."));
    parser.addOptions({outOption, dataOption, seedOption, quietOption, forceOption});

    QStringList args = arguments;
    if (args.size() > 1 && args.at(1) == QLatin1String("demo")) {
        args.removeAt(1);
    }
    if (!parser.parse(args)) {
        err << "genlens demo: " << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()
        || (!parser.isSet(outOption) && !parser.isSet(dataOption))) {
        err << "genlens demo: "
            << DemoCommand::tr("usage: genlens demo --out FILE.genlens [--force] [--data DIR] [--seed N]")
            << '\n';
        return 1;
    }
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        err << "genlens demo: "
            << DemoCommand::tr("--seed needs a non-negative number, not \"%1\"")
                   .arg(parser.value(seedOption))
            << '\n';
        return 1;
    }
    // Issue 15: --out used to replace whatever was there (a picture, a project with runs).
    if (parser.isSet(outOption) && QFileInfo::exists(parser.value(outOption))
        && !parser.isSet(forceOption)) {
        err << "genlens demo: "
            << DemoCommand::tr("%1 already exists; give --force to replace it")
                   .arg(parser.value(outOption))
            << '\n';
        return 1;
    }
    try {
        if (!parser.isSet(outOption)) {
            demo::DemoDataOptions options;
            options.seed = seed;
            demo::writeDemoData(parser.value(dataOption), options);
            err << "genlens demo: "
                << DemoCommand::tr("wrote the demo data to %1").arg(parser.value(dataOption))
                << '\n';
            return 0;
        }
        ConsoleContext context(ConsoleContext::defaultMode(parser.isSet(quietOption)));
        ConsoleContext::installInterruptHandler();
        buildDemoProject(parser.value(outOption), context, parser.value(dataOption), seed);
        context.endOutput();
        err << "genlens demo: " << DemoCommand::tr("wrote %1").arg(parser.value(outOption)) << '\n';
        return 0;
    } catch (const metrics::Cancelled&) {
        err << "genlens demo: " << DemoCommand::tr("cancelled") << '\n';
        return 130;
    } catch (const std::exception& e) {
        err << "genlens demo: " << QString::fromUtf8(e.what()) << '\n';
        return 1;
    }
}

} // namespace genlens::app

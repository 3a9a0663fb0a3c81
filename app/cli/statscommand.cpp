#include "cli/statscommand.h"

#include "cli/cli.h"
#include "evaluation/consolecontext.h"
#include "pipeline/featureshards.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/core/statsfile.h>

namespace genlens::app {

namespace {

struct StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
};

} // namespace

int runStatsCommand(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(StatsCommand::tr(
        "Writes mergeable FID statistics of a feature matrix: mu and sigma (float64, N - 1, as "
        "pytorch-fid saves them) plus n and m2 (the centred second moment) for genlens merge."));
    parser.addHelpOption();
    const QCommandLineOption inputOption(QStringLiteral("input"),
                                         StatsCommand::tr("The feature matrix (.npy, N x D)."),
                                         QStringLiteral("F.npy"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       StatsCommand::tr("The statistics file to write (.npz)."),
                                       QStringLiteral("S.npz"));
    const QCommandLineOption idOption(
        QStringLiteral("features-id"),
        StatsCommand::tr("Name of the feature space, stored in the file (default: the extractor "
                         "id from F.meta.json, when genlens features wrote it)."),
        QStringLiteral("NAME"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         StatsCommand::tr("No progress on stderr."));
    parser.addOptions({inputOption, outOption, idOption, quietOption});
    if (const int exitCode = parseCommandLine(parser, arguments, QStringLiteral("stats"));
        exitCode >= 0) {
        return exitCode;
    }
    const QString input = parser.value(inputOption);
    const QString out = parser.value(outOption);
    if (input.isEmpty() || out.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err << "genlens: usage: genlens stats --input F.npy --out S.npz" << Qt::endl;
        return 1;
    }
    try {
        ConsoleContext context(ConsoleContext::defaultMode(parser.isSet(quietOption)));
        ConsoleContext::clearInterrupt();
        ConsoleContext::installInterruptHandler();
        metrics::StatsFile file;
        if (parser.isSet(idOption)) {
            file.extractorId = parser.value(idOption).toStdString();
        } else if (QFileInfo::exists(metaFile(input))) {
            file.extractorId = readFeatureMeta(input).extractorId.toStdString();
        }
        context.beginStage(QStringLiteral("statistics"), 1);
        try {
            file.stats = metrics::featureStatsOfNpy(input.toStdString(), context.progress());
            metrics::writeStatsFile(out.toStdString(), file);
        } catch (const metrics::Cancelled&) {
            context.endOutput();
            err << "genlens: interrupted" << Qt::endl;
            return 130;
        }
        context.endOutput();
        err << QStringLiteral("wrote statistics of %1 x %2 features%3 to %4")
                   .arg(file.stats.count())
                   .arg(file.stats.dim())
                   .arg(file.extractorId.empty()
                            ? QString()
                            : QStringLiteral(" (%1)").arg(QString::fromStdString(file.extractorId)),
                        out)
            << Qt::endl;
        if (file.stats.count() < 2) {
            err << "genlens: note: fewer than 2 rows: sigma is NaN; the file is only useful for "
                   "genlens merge"
                << Qt::endl;
        }
        return 0;
    } catch (const std::exception& e) {
        err << "genlens: " << e.what() << Qt::endl;
        return 1;
    }
}

} // namespace genlens::app

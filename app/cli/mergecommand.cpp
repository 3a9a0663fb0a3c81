#include "cli/mergecommand.h"

#include "cli/cli.h"
#include "evaluation/consolecontext.h"
#include "pipeline/featureshards.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/core/statsfile.h>

namespace genlens::app {

namespace {

struct MergeCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)
};

bool endsWith(const QString& path, const char* suffix)
{
    return path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}

} // namespace

int runMergeCommand(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(MergeCommand::tr(
        "Merges feature shards (.npy written by genlens features --shard, given in shard order) "
        "into one feature file, or statistics files (.npz written by genlens stats) into one."));
    parser.addHelpOption();
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        MergeCommand::tr("The merged file (.npy for shards, .npz for statistics)."),
        QStringLiteral("OUT"));
    const QCommandLineOption pathsOption(
        QStringLiteral("paths"),
        MergeCommand::tr("Where to write the merged paths (default: OUT.paths.txt)."),
        QStringLiteral("FILE"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         MergeCommand::tr("No progress on stderr."));
    parser.addOptions({outOption, pathsOption, quietOption});
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 MergeCommand::tr("Shards or statistics files, in order."),
                                 QStringLiteral("INPUT..."));
    if (const int exitCode = parseCommandLine(parser, arguments, QStringLiteral("merge"));
        exitCode >= 0) {
        return exitCode;
    }
    const QString out = parser.value(outOption);
    const QStringList inputs = parser.positionalArguments();
    if (out.isEmpty() || inputs.isEmpty()) {
        err << "genlens: usage: genlens merge --out OUT INPUT..." << Qt::endl;
        return 1;
    }
    const bool allNpy = std::all_of(inputs.begin(), inputs.end(),
                                    [](const QString& p) { return endsWith(p, ".npy"); });
    const bool allNpz = std::all_of(inputs.begin(), inputs.end(),
                                    [](const QString& p) { return endsWith(p, ".npz"); });
    if (!allNpy && !allNpz) {
        err << "genlens: merge takes feature shards (.npy) or statistics files (.npz), not a mix"
            << Qt::endl;
        return 1;
    }
    if (inputs.contains(out)) {
        err << "genlens: " << out << ": the output is also an input" << Qt::endl;
        return 1;
    }
    try {
        ConsoleContext context(ConsoleContext::defaultMode(parser.isSet(quietOption)));
        ConsoleContext::clearInterrupt();
        ConsoleContext::installInterruptHandler();
        if (allNpz) {
            std::vector<std::string> paths;
            for (const QString& p : inputs) {
                paths.push_back(p.toStdString());
            }
            const metrics::StatsFile merged = metrics::mergeStatsFiles(paths);
            metrics::writeStatsFile(out.toStdString(), merged);
            context.endOutput();
            err << QStringLiteral("merged %1 statistics files: %2 rows, %3 dimensions, to %4")
                       .arg(inputs.size())
                       .arg(merged.stats.count())
                       .arg(merged.stats.dim())
                       .arg(out)
                << Qt::endl;
            return 0;
        }
        const QString pathsFile
            = parser.isSet(pathsOption) ? parser.value(pathsOption) : defaultPathsFile(out);
        const MergedFeatures merged = mergeFeatureFiles(inputs, out, pathsFile, context);
        context.endOutput();
        err << QStringLiteral("merged %1 shards: %2 x %3 features (%4) to %5, paths to %6")
                   .arg(inputs.size())
                   .arg(merged.rows)
                   .arg(merged.dim)
                   .arg(merged.extractorId, out, merged.pathsFile)
            << Qt::endl;
        return 0;
    } catch (const metrics::Cancelled&) {
        err << "genlens: interrupted" << Qt::endl;
        return 130;
    } catch (const std::exception& e) {
        err << "genlens: " << e.what() << Qt::endl;
        return 1;
    }
}

} // namespace genlens::app

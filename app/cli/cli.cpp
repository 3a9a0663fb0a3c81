#include "cli/cli.h"

#include "cli/evaluatecommand.h"
#include "cli/mergecommand.h"
#include "cli/statscommand.h"
#include "evaluation/consolecontext.h"
#include "evaluation/gate.h"
#include "evaluation/resultjson.h"
#include "intervals/metricinterval.h"
#include "slices/slicespec.h"
#include "models/evaluationjob.h"
#include "project/projectstore.h"

#include <Eigen/Core>
#include <opencv2/core.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>

namespace genlens::app {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInput = 1;
constexpr int kExitGate = 3;
constexpr int kExitInterrupted = 130;

ReportWriter& installedReportWriter()
{
    static ReportWriter writer;
    return writer;
}

QTextStream& errorStream()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int code = kExitInput)
{
    errorStream() << "genlens: " << message << Qt::endl;
    return code;
}

QString evaluateUsage()
{
    QStringList names;
    for (const auto& command : makeEvaluateCommands()) {
        names << command->modality();
    }
    return QStringLiteral("usage: genlens evaluate %1 [options]  (genlens evaluate MODALITY --help)")
        .arg(names.join(QLatin1Char('|')));
}

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("metrics"),
         QStringLiteral("Compute only these metric keys (comma list; default: all). An unknown "
                        "key is refused with the list of valid ones."),
         QStringLiteral("LIST")},
        {QStringLiteral("seed"), QStringLiteral("Seed for every random choice (default 0)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("project"),
         QStringLiteral("Store the run (settings, metrics, per-sample scores) in this project."),
         QStringLiteral("FILE.genlens")},
        {QStringLiteral("json"),
         QStringLiteral("Write the result as JSON to FILE, or - for stdout."),
         QStringLiteral("FILE|-")},
        {QStringLiteral("per-sample"), QStringLiteral("Write per-sample scores as CSV."),
         QStringLiteral("FILE.csv")},
        {QStringLiteral("report"), QStringLiteral("Write a PDF report of the run."),
         QStringLiteral("FILE.pdf")},
        {QStringLiteral("fail-if"),
         QStringLiteral("Exit with code 3 when a condition holds, e.g. 'fid>30' (repeatable, "
                        "comma list)."),
         QStringLiteral("COND")},
        {QStringLiteral("threads"), QStringLiteral("Worker threads (default: all cores)."),
         QStringLiteral("N")},
        {QStringLiteral("bootstrap"),
         QStringLiteral("Confidence intervals (95 %) from N resamples for every set-level metric "
                        "(default 0 = none; 200 is the window's default; docs/intervals.md)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")},
        {QStringLiteral("slice-by"),
         QStringLiteral("Metrics per slice too: folder (image class folders), field:NAME / "
                        "column:NAME (text), column:NAME / users:activity (recsys), clusters:K "
                        "(k-means on the real features; image, text). Gate on one with "
                        "--fail-if 'slice:NAME:KEY>X'."),
         QStringLiteral("SOURCE")},
    });
}

// --bootstrap N: 0 (off) or 2 … 100000 resamples.
int parseBootstrap(const QCommandLineParser& parser)
{
    constexpr int kMaxResamples = 100000;
    bool ok = false;
    const int resamples = parser.value(QStringLiteral("bootstrap")).toInt(&ok);
    if (!ok || resamples < 0 || resamples == 1 || resamples > kMaxResamples) {
        throw InputError(QStringLiteral("--bootstrap: expected 0 (no intervals) or a number of "
                                        "resamples from 2 to %1, got '%2'")
                             .arg(kMaxResamples)
                             .arg(parser.value(QStringLiteral("bootstrap")))
                             .toStdString());
    }
    return resamples;
}

// The thread count of --threads (0 = all cores when absent); it also caps the libraries'
// own pools for this process. The pipeline gets it through its session, not the environment.
int applyThreads(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("threads"))) {
        return 0;
    }
    bool ok = false;
    const int threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || threads <= 0) {
        throw InputError(QStringLiteral("--threads: expected a positive integer, got '%1'")
                             .arg(parser.value(QStringLiteral("threads")))
                             .toStdString());
    }
    // Issue 15: --threads 100000 crashed at exit in OpenCV's thread pool. Past a few threads a
    // core nothing gets faster, only stacks and per-thread buffers grow; 256 keeps a typo from
    // starting thousands of threads on a small machine, 4 × cores leaves room on a large one.
    const int cores = std::max(1, QThread::idealThreadCount());
    const int limit = std::max(256, 4 * cores);
    if (threads > limit) {
        throw InputError(QStringLiteral("--threads: %1 is more than the limit of %2 (4 threads "
                                        "per core on %3 cores, at least 256)")
                             .arg(threads)
                             .arg(limit)
                             .arg(cores)
                             .toStdString());
    }
    Eigen::setNbThreads(threads);
    // OpenCV's pool (TBB in Debian's build) runs at most one thread per CPU: asking it for more
    // only prints TBB's "number of workers is currently limited" warning.
    cv::setNumThreads(std::min(threads, cv::getNumberOfCPUs()));
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    return threads;
}

quint64 parseSeed(const QCommandLineParser& parser)
{
    bool ok = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        throw InputError(QStringLiteral("--seed: expected a non-negative integer, got '%1'")
                             .arg(parser.value(QStringLiteral("seed")))
                             .toStdString());
    }
    return seed;
}

void writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    if (path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw InputError(
            QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()).toStdString());
    }
}

void printSummary(const RunResult& result, const QStringList& only)
{
    QTextStream out(stdout);
    for (const MetricValue& metric : result.metrics) {
        if (!only.isEmpty() && !only.contains(metric.key)) {
            continue;
        }
        out << metric.key << '\t' << QString::number(metric.value, 'g', 8);
        if (!std::isnan(metric.std)) {
            out << " ± " << QString::number(metric.std, 'g', 4);
        }
        const MetricInterval interval = metricInterval(result.extra, metric.key);
        if (interval.isValid()) {
            out << " [" << QString::number(interval.low, 'g', 6) << ", "
                << QString::number(interval.high, 'g', 6) << ']';
        }
        out << '\n';
    }
    for (const SampleSet* set : {&result.real, &result.generated}) {
        if (!set->skipped.isEmpty()) {
            errorStream() << "genlens: " << set->skipped.size() << " records of " << set->source
                          << " skipped (see --json for the list)" << Qt::endl;
        }
    }
}

int runEvaluate(const QStringList& arguments)
{
    const QString modality = arguments.value(2);
    const auto commands = makeEvaluateCommands();
    const EvaluateCommand* command = nullptr;
    for (const auto& candidate : commands) {
        if (candidate->modality() == modality) {
            command = candidate.get();
        }
    }
    if (!command) {
        return fail(modality.isEmpty() || modality.startsWith(QLatin1Char('-'))
                        ? evaluateUsage()
                        : QStringLiteral("unknown modality '%1'; %2").arg(modality, evaluateUsage()));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Evaluate generated %1 samples against real ones.").arg(modality));
    parser.addHelpOption();
    addCommonOptions(parser);
    command->addOptions(parser);
    QStringList parseArguments = arguments.mid(3);
    parseArguments.prepend(QStringLiteral("genlens evaluate ") + modality);
    if (!parser.parse(parseArguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QStringLiteral("unexpected argument '%1'")
                        .arg(parser.positionalArguments().constFirst()));
    }

    std::unique_ptr<QTemporaryDir> scratch;
    try {
        // The options the window's dialog fills too (EvaluationRequest), validated the same way.
        EvaluationRequest request;
        request.modality = modality;
        request.threads = applyThreads(parser);
        request.seed = parseSeed(parser);
        request.bootstrap = parseBootstrap(parser);
        request.metrics = MetricSelection::splitList(parser.value(QStringLiteral("metrics")));
        request.sliceBy = parseSliceSpec(parser.value(QStringLiteral("slice-by")));
        requireSliceSpecFor(request.sliceBy, modality);
        command->fill(parser, request);
        const QString problem = request.validate();
        if (!problem.isEmpty() && (request.real.isEmpty() || request.generated.isEmpty())) {
            // The CLI's own hint: which flags name the sets.
            throw InputError(QStringLiteral("%1 (genlens evaluate %2 %3)")
                                 .arg(problem, modality, command->usage())
                                 .toStdString());
        }
        if (!problem.isEmpty()) {
            throw InputError(problem.toStdString());
        }
        QList<Gate> gates;
        for (const QString& text : parser.values(QStringLiteral("fail-if"))) {
            gates << parseGates(text);
        }
        const QStringList only = request.metrics;

        QString projectPath = parser.value(QStringLiteral("project"));
        const QString reportPath = parser.value(QStringLiteral("report"));
        if (projectPath.isEmpty() && !reportPath.isEmpty()) {
            // The report is drawn from a stored run; without a project, use a scratch one.
            scratch = std::make_unique<QTemporaryDir>();
            projectPath = scratch->filePath(QStringLiteral("report.genlens"));
        }

        // One session for the run: the project opened once (recorder and feature cache) and
        // the thread count.
        ConsoleContext context(ConsoleContext::defaultMode(parser.isSet(QStringLiteral("quiet"))));
        context.session().setThreads(request.threads);
        if (!projectPath.isEmpty()) {
            context.session().openProject(projectPath);
        }
        ConsoleContext::clearInterrupt();
        ConsoleContext::installInterruptHandler();

        RunResult result;
        try {
            result = makeEvaluation(request)(context);
        } catch (const metrics::Cancelled&) {
            context.abortRun(RunStatus::Cancelled, QStringLiteral("interrupted"));
            context.endOutput();
            return fail(QStringLiteral("interrupted; finished parts are kept in the project"),
                        kExitInterrupted);
        } catch (const std::exception& error) {
            context.abortRun(RunStatus::Failed, QString::fromUtf8(error.what()));
            context.endOutput();
            throw;
        }
        const qint64 runId = context.finishRun(result);
        context.endOutput();
        for (const QString& warning : result.warnings) {
            errorStream() << "genlens: warning: " << warning << Qt::endl;
        }

        const QString jsonPath = parser.value(QStringLiteral("json"));
        if (!jsonPath.isEmpty()) {
            const QJsonObject json = runResultToJson(result, only);
            writeFileAtomically(jsonPath, QJsonDocument(json).toJson(QJsonDocument::Indented));
        }
        if (jsonPath != QLatin1String("-")) {
            printSummary(result, only);
        }
        const QString perSamplePath = parser.value(QStringLiteral("per-sample"));
        if (!perSamplePath.isEmpty()) {
            writeFileAtomically(perSamplePath, perSampleCsv(result));
        }
        if (!reportPath.isEmpty()) {
            if (!installedReportWriter()) {
                return fail(QStringLiteral("--report: this build has no report writer"));
            }
            context.session().close(); // the report writer opens the project itself
            installedReportWriter()(projectPath, runId, reportPath);
        }

        const GateVerdict verdict = checkGates(gates, result);
        if (!verdict.unknownSlices.isEmpty()) {
            return fail(QStringLiteral("--fail-if names slices this run does not have: %1 "
                                       "(slices: %2)")
                            .arg(verdict.unknownSlices.join(QStringLiteral(", ")),
                                 verdict.slices.isEmpty()
                                     ? QStringLiteral("none; slice the run with --slice-by")
                                     : verdict.slices.join(QStringLiteral(", "))));
        }
        if (!verdict.unknown.isEmpty()) {
            return fail(QStringLiteral("--fail-if names metrics this run does not have: %1")
                            .arg(verdict.unknown.join(QStringLiteral(", "))));
        }
        if (!verdict.failed.isEmpty()) {
            return fail(QStringLiteral("gate failed: %1").arg(verdict.failed.join(QStringLiteral("; "))),
                        kExitGate);
        }
        return kExitOk;
    } catch (const InputError& error) {
        return fail(QString::fromUtf8(error.what()));
    } catch (const StoreError& error) {
        return fail(QString::fromUtf8(error.what()));
    } catch (const std::exception& error) {
        return fail(QString::fromUtf8(error.what()));
    }
}

int runFeatures(const QStringList& arguments)
{
    const QString modality = arguments.value(2);
    const auto commands = makeFeaturesCommands();
    const FeaturesCommand* command = nullptr;
    QStringList names;
    for (const auto& candidate : commands) {
        names << candidate->modality();
        if (candidate->modality() == modality) {
            command = candidate.get();
        }
    }
    if (!command) {
        return fail(QStringLiteral("usage: genlens features %1 --input PATH --out FILE.npy")
                        .arg(names.join(QLatin1Char('|'))));
    }
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Worker threads."),
                      QStringLiteral("N")});
    command->addOptions(parser);
    QStringList parseArguments = arguments.mid(3);
    parseArguments.prepend(QStringLiteral("genlens features ") + modality);
    if (!parser.parse(parseArguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    try {
        const int threads = applyThreads(parser);
        ConsoleContext context(ConsoleContext::defaultMode(parser.isSet(QStringLiteral("quiet"))));
        context.session().setThreads(threads);
        ConsoleContext::installInterruptHandler();
        const QString summary = command->run(parser, context);
        context.endOutput();
        errorStream() << summary << Qt::endl;
        return kExitOk;
    } catch (const metrics::Cancelled&) {
        return fail(QStringLiteral("interrupted"), kExitInterrupted);
    } catch (const std::exception& error) {
        return fail(QString::fromUtf8(error.what()));
    }
}

} // namespace

QList<CliCommand> cliCommands()
{
    QStringList evaluateModalities;
    for (const auto& command : makeEvaluateCommands()) {
        evaluateModalities << command->modality();
    }
    QStringList featuresModalities;
    for (const auto& command : makeFeaturesCommands()) {
        featuresModalities << command->modality();
    }
    return {
        {QStringLiteral("evaluate"),
         QStringLiteral("Evaluate generated samples against real ones (one modality)."),
         evaluateModalities},
        {QStringLiteral("features"),
         QStringLiteral("Compute the feature matrix of images or texts into a .npy file."),
         featuresModalities},
        {QStringLiteral("stats"),
         QStringLiteral("Write mergeable FID statistics (.npz) of a feature matrix."),
         {}},
        {QStringLiteral("merge"),
         QStringLiteral("Merge feature shards (.npy) or statistics files (.npz) into one."),
         {}},
        {QStringLiteral("report"),
         QStringLiteral("Write the PDF report of a run stored in a project."),
         {}},
        {QStringLiteral("demo"), QStringLiteral("Build the demo project."), {}},
    };
}

bool isCliInvocation(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    const auto commands = cliCommands();
    return std::any_of(commands.cbegin(), commands.cend(), [&arguments](const CliCommand& command) {
        return command.name == arguments.at(1);
    });
}

bool looksLikeUnknownCommand(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    return !first.isEmpty() && !first.startsWith(QLatin1Char('-')) && !isCliInvocation(arguments)
           && !first.contains(QLatin1Char('/'))
           && !first.endsWith(QLatin1String(".genlens"), Qt::CaseInsensitive)
           && !QFileInfo::exists(first);
}

QString cliDisplayName(const QStringList& arguments)
{
    QString name = QStringLiteral("genlens");
    for (const CliCommand& command : cliCommands()) {
        if (command.name != arguments.value(1)) {
            continue;
        }
        name += QLatin1Char(' ') + command.name;
        if (command.modalities.contains(arguments.value(2))) {
            name += QLatin1Char(' ') + arguments.value(2);
        }
    }
    return name;
}

bool asksForHelp(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("-h")) || arguments.contains(QStringLiteral("--help"))
           || arguments.contains(QStringLiteral("--help-all"));
}

bool cliNeedsWidgets(const QStringList& arguments)
{
    if (asksForHelp(arguments)) {
        return false;
    }
    return arguments.value(1) == QLatin1String("report")
           || (arguments.value(1) == QLatin1String("evaluate")
               && (arguments.contains(QStringLiteral("--report"))
                   || arguments.filter(QStringLiteral("--report=")).size() > 0));
}

void setReportWriter(ReportWriter writer)
{
    installedReportWriter() = std::move(writer);
}

int runCli(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("evaluate")) {
        return runEvaluate(arguments);
    }
    if (command == QLatin1String("features")) {
        return runFeatures(arguments);
    }
    if (command == QLatin1String("stats")) {
        return runStatsCommand(arguments);
    }
    if (command == QLatin1String("merge")) {
        return runMergeCommand(arguments);
    }
    QStringList names;
    for (const CliCommand& known : cliCommands()) {
        names << known.name;
    }
    return fail(QStringLiteral("unknown command '%1' (%2; genlens --help lists them)")
                    .arg(command, names.join(QStringLiteral(", "))));
}

int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, const QString& name)
{
    QStringList args = arguments;
    if (args.size() > 1 && args.at(1) == name) {
        args[0] = QStringLiteral("genlens ") + name;
        args.removeAt(1);
    }
    if (!parser.parse(args)) {
        QTextStream(stderr) << "genlens: " << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return -1;
}

} // namespace genlens::app

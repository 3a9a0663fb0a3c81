#include "cli/cli.h"

#include "cli/evaluatecommand.h"
#include "cli/mergecommand.h"
#include "cli/statscommand.h"
#include "evaluation/consolecontext.h"
#include "evaluation/gate.h"
#include "evaluation/resultjson.h"
#include "project/projectstore.h"

#include <Eigen/Core>
#include <opencv2/core.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

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
        {QStringLiteral("metrics"), QStringLiteral("Only report these metric keys (comma list)."),
         QStringLiteral("LIST")},
        {QStringLiteral("seed"), QStringLiteral("Seed for every random choice (default 0)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("project"),
         QStringLiteral("Store the run (settings, metrics, per-sample scores) in this project."),
         QStringLiteral("FILE.genlens")},
        {QStringLiteral("json"), QStringLiteral("Write the result as JSON to FILE, or - for stdout."),
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
        {QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")},
    });
}

void applyThreads(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("threads"))) {
        return;
    }
    bool ok = false;
    const int threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || threads <= 0) {
        throw InputError(QStringLiteral("--threads: expected a positive integer, got '%1'")
                             .arg(parser.value(QStringLiteral("threads")))
                             .toStdString());
    }
    Eigen::setNbThreads(threads);
    cv::setNumThreads(threads);
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    qputenv("GENLENS_THREADS", QByteArray::number(threads));
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
        out << '\n';
    }
    for (const SampleSet* set : {&result.real, &result.generated}) {
        if (!set->skipped.isEmpty()) {
            errorStream() << "genlens: " << set->skipped.size() << " records of " << set->source
                          << " skipped (see --json for the list)" << Qt::endl;
        }
    }
}

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        items << item.trimmed().toLower();
    }
    return items;
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

    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<QTemporaryDir> scratch;
    try {
        applyThreads(parser);
        const quint64 seed = parseSeed(parser);
        QList<Gate> gates;
        for (const QString& text : parser.values(QStringLiteral("fail-if"))) {
            gates << parseGates(text);
        }
        const QStringList only = splitList(parser.value(QStringLiteral("metrics")));

        QString projectPath = parser.value(QStringLiteral("project"));
        const QString reportPath = parser.value(QStringLiteral("report"));
        if (projectPath.isEmpty() && !reportPath.isEmpty()) {
            // The report is drawn from a stored run; without a project, use a scratch one.
            scratch = std::make_unique<QTemporaryDir>();
            projectPath = scratch->filePath(QStringLiteral("report.genlens"));
        }
        if (!projectPath.isEmpty()) {
            store = std::make_unique<ProjectStore>();
            store->open(projectPath);
        }

        ConsoleContext context(ConsoleContext::defaultMode(parser.isSet(QStringLiteral("quiet"))));
        if (store) {
            context.attachProject(store.get());
        }
        ConsoleContext::clearInterrupt();
        ConsoleContext::installInterruptHandler();

        RunResult result;
        try {
            result = command->run(parser, seed, context);
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
            store.reset(); // the report writer opens the project itself
            installedReportWriter()(projectPath, runId, reportPath);
        }

        const GateVerdict verdict = checkGates(gates, result);
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
        applyThreads(parser);
        ConsoleContext context(ConsoleContext::defaultMode(parser.isSet(QStringLiteral("quiet"))));
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

bool isCliInvocation(const QStringList& arguments)
{
    static const QStringList commands
        = {QStringLiteral("evaluate"), QStringLiteral("features"), QStringLiteral("report"),
           QStringLiteral("demo"),     QStringLiteral("stats"),    QStringLiteral("merge")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

bool cliNeedsWidgets(const QStringList& arguments)
{
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
    return fail(
        QStringLiteral("unknown command '%1' (evaluate, features, stats, merge, report, demo)")
            .arg(command));
}

} // namespace genlens::app

#include "report/reportcommand.h"

#include "project/projectstore.h"
#include "report/reportcontent.h"
#include "report/reportwriter.h"
#include "uilanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <exception>
#include <optional>

namespace genlens::widgets {

namespace {

struct ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

std::optional<qint64> runIdOption(const QCommandLineParser& parser, const QString& name,
                                  QString& error)
{
    if (!parser.isSet(name)) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = parser.value(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        error = ReportCommand::tr("--%1 needs a run id (a positive number), not \"%2\"")
                    .arg(name, parser.value(name));
        return std::nullopt;
    }
    return id;
}

} // namespace

int runReportCommand(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ReportCommand::tr("Writes the PDF report of a run stored in a GenLens project."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 ReportCommand::tr("The project file (.genlens)."));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       ReportCommand::tr("The run to report (default: the newest "
                                                         "finished run)."),
                                       QStringLiteral("id"));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
                                           ReportCommand::tr("A second run to compare with."),
                                           QStringLiteral("id"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), ReportCommand::tr("The PDF file to write."), QStringLiteral("file"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        ReportCommand::tr("The report's language: en or zh_CN (default: the system locale's)."),
        QStringLiteral("code"));
    parser.addOptions({runOption, compareOption, outOption, languageOption});

    // Drop the sub-command name so that the parser sees "genlens project --out ...".
    QStringList args = arguments;
    if (args.size() > 1 && args.at(1) == QLatin1String("report")) {
        args.removeAt(1);
    }
    if (!parser.parse(args)) {
        err << "genlens report: " << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(outOption)) {
        err << "genlens report: "
            << ReportCommand::tr("usage: genlens report FILE.genlens [--run ID] [--compare ID] "
                                 "[--language en|zh_CN] --out FILE.pdf")
            << '\n';
        return 1;
    }
    const QString language = parser.value(languageOption);
    if (!reportLanguages().contains(language) && parser.isSet(languageOption)) {
        err << "genlens report: "
            << ReportCommand::tr("unknown language '%1' (use one of: %2)")
                   .arg(language, reportLanguages().join(QStringLiteral(", ")))
            << '\n';
        return 1;
    }
    // The report is written in the language its reader asked for (or the locale's), with the
    // locale's number formatting; CJK glyphs come from the system's fonts and are embedded.
    UiLanguage::apply(language);
    const QString projectPath = positional.first();
    if (!QFileInfo::exists(projectPath)) {
        err << "genlens report: " << ReportCommand::tr("%1: no such file").arg(projectPath) << '\n';
        return 1;
    }
    QString error;
    std::optional<qint64> runId = runIdOption(parser, QStringLiteral("run"), error);
    const std::optional<qint64> compareId = runIdOption(parser, QStringLiteral("compare"), error);
    if (!error.isEmpty()) {
        err << "genlens report: " << error << '\n';
        return 1;
    }
    try {
        app::ProjectStore store;
        store.openReadOnly(projectPath); // a reading command never creates or migrates
        const QList<app::RunSummary> runs = store.runs();
        auto known = [&runs](qint64 id) {
            return std::any_of(runs.cbegin(), runs.cend(),
                               [id](const app::RunSummary& run) { return run.id == id; });
        };
        if (!runId) {
            for (const app::RunSummary& run : runs) { // newest first
                if (run.status == app::RunStatus::Finished) {
                    runId = run.id;
                    break;
                }
            }
            if (!runId && !runs.isEmpty()) {
                runId = runs.first().id;
            }
        }
        if (!runId) {
            err << "genlens report: " << ReportCommand::tr("%1 holds no runs").arg(projectPath)
                << '\n';
            return 1;
        }
        for (const std::optional<qint64>& id : {runId, compareId}) {
            if (id && !known(*id)) {
                err << "genlens report: "
                    << ReportCommand::tr("%1 has no run %2").arg(projectPath).arg(*id) << '\n';
                return 1;
            }
        }
        const app::ReportContent content = app::buildReportContent(store, *runId, compareId);
        const QString out = parser.value(outOption);
        writeReportPdf(content, out);
        err << "genlens report: " << ReportCommand::tr("wrote %1").arg(out) << '\n';
        return 0;
    } catch (const std::exception& e) {
        err << "genlens report: " << QString::fromUtf8(e.what()) << '\n';
        return 1;
    }
}

} // namespace genlens::widgets

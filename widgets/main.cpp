#include "cli/cli.h"
#include "cli/clireference.h"
#include "cli/democommand.h"
#include "gui.h"
#include "project/projectstore.h"
#include "report/reportcommand.h"
#include "report/reportcontent.h"
#include "report/reportwriter.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

// main() decides, before any application object exists, what the invocation needs: only the
// window gets a QApplication on the real display. Headless commands, --help, --version and
// mistakes on the command line work without a display (no platform plugin is loaded).

namespace {

const QString kHelpMan = QStringLiteral("help-man");
const QString kHelpCompletion = QStringLiteral("help-bash-completion");

// argv with argv[0] replaced by the command's name ("genlens evaluate text"):
// QCommandLineParser's usage line shows argv[0], which would otherwise be the build or install
// path. Owns the strings for as long as the application object lives.
class DisplayArgv
{
public:
    DisplayArgv(int argc, char* argv[], const QString& name)
        : m_name(name.toLocal8Bit())
        , m_argv(argv, argv + argc)
    {
        m_argv.at(0) = m_name.data();
        m_argv.push_back(nullptr);
    }
    char** argv() { return m_argv.data(); }

private:
    QByteArray m_name;
    std::vector<char*> m_argv;
};

// Qt's offscreen platform asks for the runtime folder; without XDG_RUNTIME_DIR (cron, CI,
// containers) Qt warns on every run. A private 0700 folder for this process keeps stderr quiet.
std::unique_ptr<QTemporaryDir> ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        return nullptr;
    }
    auto dir = std::make_unique<QTemporaryDir>();
    if (dir->isValid()) {
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir->path()));
    }
    return dir;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("genlens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GENLENS_VERSION));
}

int dispatch(const QStringList& arguments)
{
    using namespace genlens;
    const QString command = arguments.value(1);
    if (command == QLatin1String("demo")) {
        return app::runDemoCommand(arguments);
    }
    if (command == QLatin1String("report")) {
        return widgets::runReportCommand(arguments);
    }
    return app::runCli(arguments);
}

// Headless sub-commands. Reports draw Qt Charts, which are graphics widgets: those commands get a
// QApplication on the offscreen platform (unless the caller chose a platform), the rest a
// QCoreApplication so that no display is needed.
int runHeadless(int argc, char* argv[], const QStringList& arguments)
{
    using namespace genlens;
    DisplayArgv display(argc, argv, app::cliDisplayName(arguments));
    if (!app::cliNeedsWidgets(arguments)) {
        QCoreApplication application(argc, display.argv());
        setIdentity();
        return dispatch(QCoreApplication::arguments());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const auto runtimeDir = ensureRuntimeDir();
    QApplication application(argc, display.argv());
    setIdentity();
    // `evaluate --report` writes in the locale's language, as `genlens report` does by default.
    widgets::UiLanguage::apply(QString());
    app::setReportWriter([](const QString& projectPath, qint64 runId, const QString& pdfPath) {
        app::ProjectStore store;
        store.openReadOnly(projectPath);
        widgets::writeReportPdf(app::buildReportContent(store, runId, std::nullopt), pdfPath);
    });
    return dispatch(QCoreApplication::arguments());
}

void describeTopLevel(QCommandLineParser& parser)
{
    genlens::widgets::describeWindowCommandLine(parser);
    QCommandLineOption man(kHelpMan, QStringLiteral("Print the man page (troff) and quit."));
    man.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption completion(kHelpCompletion,
                                  QStringLiteral("Print the bash completion script and quit."));
    completion.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({man, completion});
}

// `genlens --help` is the window's options plus the list of commands.
QString topLevelHelp(const QCommandLineParser& parser)
{
    QString help = parser.helpText();
    help += QStringLiteral("\nCommands:\n");
    const auto commands = genlens::app::cliCommands();
    qsizetype width = 0;
    QList<QPair<QString, QString>> rows;
    for (const auto& command : commands) {
        QString name = command.name;
        if (!command.modalities.isEmpty()) {
            name += QLatin1Char(' ') + command.modalities.join(QLatin1Char('|'));
        }
        width = std::max(width, name.size());
        rows.append({name, command.summary});
    }
    for (const auto& [name, summary] : rows) {
        help += QStringLiteral("  ") + name.leftJustified(width) + QStringLiteral("  ") + summary
            + QLatin1Char('\n');
    }
    help += QStringLiteral("\n'genlens COMMAND --help' lists a command's options.\n");
    return help;
}

// --help, --version, the generated man page and completion, and command-line mistakes: answered
// with a QCoreApplication, never a window.
int runTopLevel(int argc, char* argv[], QCommandLineParser& parser, bool parsed,
                const QStringList& arguments)
{
    using namespace genlens;
    DisplayArgv display(argc, argv, QStringLiteral("genlens"));
    QCoreApplication application(argc, display.argv());
    setIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed) {
        err << "genlens: " << parser.errorText() << "\n'genlens --help' lists the options.\n";
        return 1;
    }
    try {
        if (parser.isSet(kHelpMan)) {
            out << app::renderManPage(
                app::collectHelpPages(QCoreApplication::applicationFilePath()),
                QStringLiteral(GENLENS_VERSION));
            return 0;
        }
        if (parser.isSet(kHelpCompletion)) {
            out << app::renderBashCompletion(
                app::collectHelpPages(QCoreApplication::applicationFilePath()));
            return 0;
        }
    } catch (const std::exception& error) {
        err << "genlens: " << QString::fromUtf8(error.what()) << '\n';
        return 1;
    }
    if (app::asksForHelp(arguments)) {
        out << topLevelHelp(parser);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "genlens " << GENLENS_VERSION << '\n';
        return 0;
    }
    QStringList names;
    for (const auto& command : app::cliCommands()) {
        names << command.name;
    }
    err << "genlens: unknown command '" << arguments.value(1) << "' ("
        << names.join(QStringLiteral(", ")) << "; 'genlens --help' lists them)\n";
    return 1;
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
    QCommandLineParser parser;
    describeTopLevel(parser);
    const bool parsed = parser.parse(arguments);
    // QApplication also takes Qt's own options (-platform, -style, ...), which this parser does
    // not know: with a display, runGui() judges them; without one, report the mistake here.
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if ((!parsed && !hasDisplay) || genlens::app::asksForHelp(arguments)
        || parser.isSet(QStringLiteral("version")) || parser.isSet(kHelpMan)
        || parser.isSet(kHelpCompletion) || genlens::app::looksLikeUnknownCommand(arguments)) {
        return runTopLevel(argc, argv, parser, parsed, arguments);
    }
    // Outside a desktop session (ssh, containers, --screenshots in CI) there is no runtime folder
    // either; the window gets the same private one instead of Qt's warning.
    const auto runtimeDir = ensureRuntimeDir();
    return genlens::widgets::runGui(argc, argv);
}

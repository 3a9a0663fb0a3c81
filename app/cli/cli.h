#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <functional>

namespace genlens::app {

// One headless sub-command. The list below is the one place that names them: main() dispatches
// on it, `genlens --help` lists it, and the man page and the bash completion are generated from
// it and from each command's own --help (clireference.h), so they cannot drift.
struct CliCommand
{
    QString name;             // "evaluate"
    QString summary;          // one line for `genlens --help` and the man page
    QStringList modalities;   // second word when the command has one ("image", "text", ...)
};
QList<CliCommand> cliCommands();

// True when the arguments name a headless sub-command (evaluate, features, report, demo), which
// needs no display.
bool isCliInvocation(const QStringList& arguments);

// True when the first argument is a word that can only be meant as a sub-command: not an option,
// not an existing file, no path separator and no .genlens suffix (`genlens evaluat`). main()
// answers it with "unknown command" instead of opening a window on a file of that name.
bool looksLikeUnknownCommand(const QStringList& arguments);

// "genlens evaluate text": the command words of a headless invocation, for usage lines.
QString cliDisplayName(const QStringList& arguments);

// True when the sub-command renders a PDF report and so needs a (offscreen) QApplication for
// Qt Charts: `genlens report ...` or `genlens evaluate ... --report FILE.pdf`. False when it
// only prints its help.
bool cliNeedsWidgets(const QStringList& arguments);

// True when the arguments ask for help (-h, --help, --help-all).
bool asksForHelp(const QStringList& arguments);

// Renders the report of a stored run (lives in widgets/, installed by main.cpp). Throws
// std::exception with a message on failure.
using ReportWriter
    = std::function<void(const QString& projectPath, qint64 runId, const QString& pdfPath)>;
void setReportWriter(ReportWriter writer);

// Runs a headless sub-command; returns the process exit code (0 ok, 1 usage or input error,
// 3 a --fail-if gate failed, 130 interrupted). Needs a QCoreApplication.
int runCli(const QStringList& arguments);

// Parses the arguments of a stand-alone command (`genlens NAME ...`: NAME is dropped so that the
// positional arguments are its own, and the help says "genlens NAME"). Returns -1 to go on, else
// the exit code: 0 after printing --help, 1 after writing the parse error to stderr.
int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, const QString& name);

} // namespace genlens::app

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace genlens::app {

// The man page (genlens.1) and the bash completion are generated, at build time, from the help
// the program itself prints (`genlens --help`, `genlens evaluate image --help`, ...): every
// command's options live in its QCommandLineParser, so a new option or command shows up in both
// without anyone editing them, and they cannot drift from the CLI.

struct HelpEntry
{
    QStringList names; // "-h", "--help" (options) or "project" (arguments, commands)
    QString valueName; // "FILE.genlens" for "--project <FILE.genlens>"; empty for switches
    QString description; // continuation lines joined with spaces
};

// One parsed QCommandLineParser help text.
struct HelpPage
{
    QStringList words; // {"evaluate", "image"}; empty for the top level
    QString usage; // "genlens evaluate image [options]"
    QString description; // the paragraph under the usage line
    QList<HelpEntry> options;
    QList<HelpEntry> arguments;
    QList<HelpEntry> commands; // the "Commands:" section of `genlens --help`
};

// Parses the text QCommandLineParser::helpText() produces (plus the "Commands:" section main()
// appends): "Usage:" line, description, and the "Options:", "Arguments:", "Commands:" sections
// whose wrapped descriptions continue on more deeply indented lines.
HelpPage parseHelpText(const QString& text);

// Runs `program [words...] --help` for the top level and every command and modality of
// cliCommands(). Throws std::runtime_error naming the command when one fails.
QList<HelpPage> collectHelpPages(const QString& program);

// A troff man page, section 1, from the pages (the first is the top level).
QString renderManPage(const QList<HelpPage>& pages, const QString& version);

// A bash completion script for the sub-commands, modalities and every page's options; option
// values and positional arguments complete file names.
QString renderBashCompletion(const QList<HelpPage>& pages);

// Escapes text for a troff line: backslashes, hyphens, and a leading dot or quote.
QString troffEscape(const QString& text);

} // namespace genlens::app

#include "cli/clireference.h"

#include "cli/cli.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <stdexcept>

namespace genlens::app {

namespace {

// QCommandLineParser indents entries by two spaces and their wrapped descriptions further.
constexpr int kEntryIndent = 2;
constexpr int kHelpTimeoutMs = 60000;

bool isSectionHeader(const QString& line)
{
    static const QRegularExpression header(QStringLiteral("^[A-Z][A-Za-z ]*:$"));
    return header.match(line).hasMatch();
}

int leadingSpaces(const QString& line)
{
    int count = 0;
    while (count < line.size() && line.at(count) == QLatin1Char(' ')) {
        ++count;
    }
    return count;
}

// "-k, --kid <N>" -> names {"-k", "--kid"}, value "N".
HelpEntry parseEntryHead(const QString& head)
{
    HelpEntry entry;
    for (const QString& part : head.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const int space = part.indexOf(QLatin1Char(' '));
        if (space < 0) {
            entry.names << part;
            continue;
        }
        entry.names << part.left(space);
        QString value = part.mid(space + 1).trimmed();
        if (value.startsWith(QLatin1Char('<')) && value.endsWith(QLatin1Char('>'))) {
            value = value.mid(1, value.size() - 2);
        }
        entry.valueName = value;
    }
    return entry;
}

QString commandKey(const QStringList& words)
{
    return words.join(QLatin1Char(' '));
}

QString bold(const QString& text)
{
    return QStringLiteral("\\fB") + troffEscape(text) + QStringLiteral("\\fR");
}

QString italic(const QString& text)
{
    return QStringLiteral("\\fI") + troffEscape(text) + QStringLiteral("\\fR");
}

void renderEntries(QString& man, const QList<HelpEntry>& entries, bool options)
{
    for (const HelpEntry& entry : entries) {
        QStringList names;
        for (const QString& name : entry.names) {
            names << (options ? bold(name) : italic(name));
        }
        man += QStringLiteral(".TP\n") + names.join(QStringLiteral(", "));
        if (!entry.valueName.isEmpty()) {
            man += QLatin1Char(' ') + italic(entry.valueName);
        }
        man += QLatin1Char('\n') + troffEscape(entry.description) + QLatin1Char('\n');
    }
}

// "genlens evaluate image [options]" -> bold command words, the rest as written.
QString synopsisLine(const HelpPage& page)
{
    QString usage = page.usage;
    QString command = QStringLiteral("genlens");
    if (!page.words.isEmpty()) {
        command += QLatin1Char(' ') + commandKey(page.words);
    }
    if (usage.startsWith(command)) {
        usage = usage.mid(command.size()).trimmed();
    }
    return bold(command) + QLatin1Char(' ') + troffEscape(usage) + QLatin1Char('\n');
}

QString optionWords(const HelpPage& page, bool valuesOnly)
{
    QStringList words;
    for (const HelpEntry& entry : page.options) {
        if (valuesOnly && entry.valueName.isEmpty()) {
            continue;
        }
        words << entry.names;
    }
    return words.join(QLatin1Char(' '));
}

// One `case` arm that sets the options and the value-taking options of a page.
QString completionArm(const HelpPage& page, const QString& pattern, const QString& indent)
{
    return indent + pattern + QStringLiteral(")\n") + indent + QStringLiteral("    options=\"")
        + optionWords(page, false) + QStringLiteral("\"\n") + indent
        + QStringLiteral("    values=\"") + optionWords(page, true) + QStringLiteral("\"\n")
        + indent + QStringLiteral("    ;;\n");
}

} // namespace

QString troffEscape(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    escaped.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (escaped.startsWith(QLatin1Char('.')) || escaped.startsWith(QLatin1Char('\''))) {
        escaped.prepend(QStringLiteral("\\&"));
    }
    return escaped;
}

HelpPage parseHelpText(const QString& text)
{
    HelpPage page;
    enum class Section {
        Description,
        Options,
        Arguments,
        Commands,
        Other
    } section
        = Section::Description;
    QList<HelpEntry>* entries = nullptr;
    QStringList description;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Usage: "))) {
            page.usage = line.mid(7).trimmed();
            continue;
        }
        if (isSectionHeader(line)) {
            section = line == QLatin1String("Options:") ? Section::Options
                : line == QLatin1String("Arguments:")   ? Section::Arguments
                : line == QLatin1String("Commands:")    ? Section::Commands
                                                        : Section::Other;
            entries = section == Section::Options ? &page.options
                : section == Section::Arguments   ? &page.arguments
                : section == Section::Commands    ? &page.commands
                                                  : nullptr;
            continue;
        }
        if (section == Section::Description) {
            if (!line.trimmed().isEmpty()) {
                description << line.trimmed();
            }
            continue;
        }
        if (!entries || line.trimmed().isEmpty()) {
            continue;
        }
        const int indent = leadingSpaces(line);
        if (indent < kEntryIndent) {
            entries = nullptr; // a closing remark after the section's entries
            continue;
        }
        if (indent > kEntryIndent && !entries->isEmpty()) {
            entries->last().description += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const QString body = line.mid(indent);
        const int gap = body.indexOf(QStringLiteral("  "));
        HelpEntry entry = parseEntryHead(gap < 0 ? body : body.left(gap));
        entry.description = gap < 0 ? QString() : body.mid(gap).trimmed();
        entries->append(entry);
    }
    page.description = description.join(QLatin1Char(' '));
    return page;
}

QList<HelpPage> collectHelpPages(const QString& program)
{
    QList<QStringList> invocations {{}};
    for (const CliCommand& command : cliCommands()) {
        if (command.modalities.isEmpty()) {
            invocations << QStringList {command.name};
        }
        for (const QString& modality : command.modalities) {
            invocations << QStringList {command.name, modality};
        }
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    QList<HelpPage> pages;
    for (const QStringList& words : invocations) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, QStringList(words) << QStringLiteral("--help"));
        const QString what = commandKey(QStringList {QStringLiteral("genlens")} + words);
        if (!process.waitForFinished(kHelpTimeoutMs) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            throw std::runtime_error(
                QStringLiteral("'%1 --help' failed: %2")
                    .arg(what, QString::fromLocal8Bit(process.readAllStandardError()).trimmed())
                    .toStdString());
        }
        HelpPage page = parseHelpText(QString::fromUtf8(process.readAllStandardOutput()));
        if (page.usage.isEmpty() || page.options.isEmpty()) {
            throw std::runtime_error(
                QStringLiteral("'%1 --help' printed no usage or options").arg(what).toStdString());
        }
        page.words = words;
        pages << page;
    }
    return pages;
}

QString renderManPage(const QList<HelpPage>& pages, const QString& version)
{
    if (pages.isEmpty()) {
        return {};
    }
    const HelpPage& top = pages.constFirst();
    QString summary = top.description;
    if (summary.endsWith(QLatin1Char('.'))) {
        summary.chop(1);
    }
    if (!summary.isEmpty()) {
        summary[0] = summary.at(0).toLower();
    }

    QString man;
    man += QStringLiteral(".\\\" Generated by `genlens --help-man` from the program's own --help "
                          "output; do not edit.\n");
    man += QStringLiteral(".TH GENLENS 1 \"\" \"GenLens %1\" \"User Commands\"\n").arg(version);
    man += QStringLiteral(".SH NAME\ngenlens \\- ") + troffEscape(summary) + QLatin1Char('\n');

    man += QStringLiteral(".SH SYNOPSIS\n");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            man += QStringLiteral(".br\n");
        }
        man += synopsisLine(pages.at(i));
    }

    man += QStringLiteral(".SH DESCRIPTION\n") + troffEscape(top.description) + QLatin1Char('\n');
    man += QStringLiteral(".PP\nWithout a command, \\fBgenlens\\fR opens the main window (on "
                          "\\fIFILE.genlens\\fR when given). The commands below run headless: "
                          "they need no display, and write PDF reports on Qt's offscreen "
                          "platform.\n");
    man += QStringLiteral(".SH OPTIONS\n");
    renderEntries(man, top.options, true);
    if (!top.arguments.isEmpty()) {
        man += QStringLiteral(".SH ARGUMENTS\n");
        renderEntries(man, top.arguments, false);
    }

    man += QStringLiteral(".SH COMMANDS\n");
    renderEntries(man, top.commands, true);
    for (qsizetype i = 1; i < pages.size(); ++i) {
        const HelpPage& page = pages.at(i);
        man += QStringLiteral(".SS \"")
            + troffEscape(commandKey(QStringList {QStringLiteral("genlens")} + page.words))
            + QStringLiteral("\"\n");
        if (!page.description.isEmpty()) {
            man += troffEscape(page.description) + QLatin1Char('\n');
        }
        renderEntries(man, page.arguments, false);
        renderEntries(man, page.options, true);
    }

    man += QStringLiteral(
        ".SH EXIT STATUS\n"
        ".TP\n\\fB0\\fR\nSuccess.\n"
        ".TP\n\\fB1\\fR\nUsage or input error; one message on standard error names the file and "
        "the reason.\n"
        ".TP\n\\fB3\\fR\nA \\fB\\-\\-fail\\-if\\fR gate failed.\n"
        ".TP\n\\fB130\\fR\nInterrupted (Ctrl\\-C); the finished parts stay in the project.\n"
        ".SH ENVIRONMENT\n"
        ".TP\n\\fBQT_QPA_PLATFORM\\fR\nQt platform plugin of the window; the headless commands "
        "use \\fIoffscreen\\fR unless it is set.\n"
        ".SH FILES\n"
        ".TP\n\\fI*.genlens\\fR\nProject files: SQLite databases holding sample sets, runs, "
        "metric values and per\\-sample scores.\n"
        ".SH SEE ALSO\n"
        "The README and the notes in \\fI/usr/share/doc/genlens/\\fR.\n");
    return man;
}

QString renderBashCompletion(const QList<HelpPage>& pages)
{
    if (pages.isEmpty()) {
        return {};
    }
    const HelpPage& top = pages.constFirst();
    QStringList commandNames;
    for (const HelpEntry& command : top.commands) {
        commandNames << command.names;
    }

    QString script;
    script += QStringLiteral(
        "# bash completion for genlens. Generated by `genlens --help-bash-completion` from the\n"
        "# program's own --help output at build time; do not edit.\n"
        "_genlens()\n"
        "{\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        "    local command=${COMP_WORDS[1]:-} options= values=\n"
        "    COMPREPLY=()\n"
        "    case \"$command\" in\n");
    for (const CliCommand& command : cliCommands()) {
        script += QStringLiteral("    ") + command.name + QStringLiteral(")\n");
        QList<const HelpPage*> commandPages;
        for (const HelpPage& page : pages) {
            if (page.words.value(0) == command.name) {
                commandPages << &page;
            }
        }
        if (command.modalities.isEmpty()) {
            if (!commandPages.isEmpty()) {
                script += QStringLiteral("        options=\"")
                    + optionWords(*commandPages.first(), false)
                    + QStringLiteral("\"\n        values=\"")
                    + optionWords(*commandPages.first(), true) + QStringLiteral("\"\n");
            }
            script += QStringLiteral("        ;;\n");
            continue;
        }
        script += QStringLiteral("        if [ \"$COMP_CWORD\" -eq 2 ]; then\n"
                                 "            COMPREPLY=($(compgen -W \"")
            + command.modalities.join(QLatin1Char(' '))
            + QStringLiteral("\" -- \"$cur\"))\n"
                             "            return\n"
                             "        fi\n"
                             "        case \"${COMP_WORDS[2]}\" in\n");
        for (const HelpPage* page : commandPages) {
            script += completionArm(*page, page->words.value(1), QStringLiteral("        "));
        }
        script += QStringLiteral("        *) return ;;\n"
                                 "        esac\n"
                                 "        ;;\n");
    }
    script += QStringLiteral("    *)\n"
                             "        if [ \"$COMP_CWORD\" -eq 1 ] && [[ $cur != -* ]]; then\n"
                             "            COMPREPLY=($(compgen -W \"")
        + commandNames.join(QLatin1Char(' '))
        + QStringLiteral("\" -- \"$cur\") $(compgen -f -- \"$cur\"))\n"
                         "            return\n"
                         "        fi\n"
                         "        options=\"")
        + optionWords(top, false) + QStringLiteral("\"\n        values=\"") + optionWords(top, true)
        + QStringLiteral("\"\n"
                         "        ;;\n"
                         "    esac\n"
                         "    if [[ \" $values \" == *\" $prev \"* ]]; then\n"
                         "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                         "    elif [[ $cur == -* ]]; then\n"
                         "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
                         "    else\n"
                         "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                         "    fi\n"
                         "}\n"
                         "complete -o filenames -F _genlens genlens\n");
    return script;
}

} // namespace genlens::app

// The parser behind the generated man page and bash completion (app/cli/clireference.h): it
// reads QCommandLineParser's help layout, including wrapped descriptions, value names and the
// "Commands:" section of `genlens --help`; troff escaping keeps hyphens and leading dots literal.
#include "cli/clireference.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QtTest>

using namespace genlens::app;

namespace {

// A help text as QCommandLineParser lays it out, with a description long enough to wrap.
QString sampleHelp()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Does things."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("k"), QStringLiteral("kid")},
                      QStringLiteral("Neighbourhood size used by the precision, recall, density "
                                     "and coverage estimates of both sets (default 5)."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    return parser.helpText();
}

} // namespace

class TestCliReference : public QObject
{
    Q_OBJECT

private slots:
    void parsesQtHelpLayout()
    {
        const HelpPage page = parseHelpText(sampleHelp());
        QVERIFY2(page.usage.endsWith(QLatin1String("[options] project")), qPrintable(page.usage));
        QCOMPARE(page.description, QStringLiteral("Does things."));
        QCOMPARE(page.options.size(), 4); // -h/--help, --help-all, -k/--kid, --quiet
        const HelpEntry& kid = page.options.at(2);
        QCOMPARE(kid.names, (QStringList {QStringLiteral("-k"), QStringLiteral("--kid")}));
        QCOMPARE(kid.valueName, QStringLiteral("K"));
        // The wrapped continuation line belongs to the same option.
        QCOMPARE(kid.description,
                 QStringLiteral("Neighbourhood size used by the precision, recall, density and "
                                "coverage estimates of both sets (default 5)."));
        QCOMPARE(page.options.at(3).names, QStringList {QStringLiteral("--quiet")});
        QVERIFY(page.options.at(3).valueName.isEmpty());
        QCOMPARE(page.arguments.size(), 1);
        QCOMPARE(page.arguments.at(0).names, QStringList {QStringLiteral("project")});
    }

    void commandsSectionEndsAtTheClosingRemark()
    {
        const HelpPage page = parseHelpText(
            QStringLiteral("Usage: genlens [options]\nTop.\n\nOptions:\n  --demo  Open it.\n\n"
                           "Commands:\n  evaluate image|text  Evaluate.\n  demo                "
                           "Build the demo.\n\n'genlens COMMAND --help' lists options.\n"));
        QCOMPARE(page.commands.size(), 2);
        QCOMPARE(page.commands.at(0).names, QStringList {QStringLiteral("evaluate")});
        QCOMPARE(page.commands.at(0).valueName, QStringLiteral("image|text"));
        QCOMPARE(page.commands.at(1).description, QStringLiteral("Build the demo."));
    }

    void troffEscaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("hyphen") << QStringLiteral("--fail-if") << QStringLiteral("\\-\\-fail\\-if");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\eb");
        QTest::newRow("leading dot")
            << QStringLiteral(".genlens files") << QStringLiteral("\\&.genlens files");
        QTest::newRow("leading quote") << QStringLiteral("'x'") << QStringLiteral("\\&'x'");
    }

    void troffEscaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(troffEscape(text), escaped);
    }

    // Every option of every command's --help, as the real program prints it, appears in the man
    // page and in the completion.
    void generatedFilesCoverEveryOption()
    {
        const QList<HelpPage> pages
            = collectHelpPages(QStringLiteral(GENLENS_BINARY_DIR "/genlens"));
        QVERIFY(pages.size() >= 8); // top level, 3 evaluate, 2 features, report, demo
        const QString man = renderManPage(pages, QStringLiteral("9.9"));
        const QString completion = renderBashCompletion(pages);
        QVERIFY(man.contains(QLatin1String(".TH GENLENS 1 \"\" \"GenLens 9.9\"")));
        for (const HelpPage& page : pages) {
            QVERIFY(!page.options.isEmpty());
            for (const HelpEntry& option : page.options) {
                for (const QString& name : option.names) {
                    QVERIFY2(man.contains(troffEscape(name)), qPrintable(name));
                    QVERIFY2(completion.contains(QLatin1Char(' ') + name + QLatin1Char(' '))
                                 || completion.contains(QLatin1Char(' ') + name + QLatin1Char('"'))
                                 || completion.contains(QLatin1Char('"') + name + QLatin1Char(' ')),
                             qPrintable(name));
                }
            }
        }
    }
};

QTEST_MAIN(TestCliReference)
#include "tst_clireference.moc"

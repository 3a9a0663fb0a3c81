// Issue 14 item 3 / issue 15 item 10: help, version, mistakes and the headless commands work
// without a display (no DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM or XDG_RUNTIME_DIR) and print
// nothing unexpected on stderr; usage lines name the command, not the build path.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real executable in a display-less environment, as cron, ssh or a CI job would run it.
Outcome runHeadless(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"}) {
        environment.remove(QString::fromLatin1(name));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GENLENS_BINARY_DIR "/genlens"), arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString dataFile(const char* name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/cli/") + QLatin1String(name);
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void helpNeedsNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        const QString h = QStringLiteral("--help");
        QTest::newRow("--help") << QStringList {h} << QStringLiteral("Usage: genlens [options]");
        QTest::newRow("-h") << QStringList {QStringLiteral("-h")}
                            << QStringLiteral("Usage: genlens [options]");
        QTest::newRow("evaluate image")
            << QStringList {QStringLiteral("evaluate"), QStringLiteral("image"), h}
            << QStringLiteral("Usage: genlens evaluate image ");
        QTest::newRow("evaluate text")
            << QStringList {QStringLiteral("evaluate"), QStringLiteral("text"), h}
            << QStringLiteral("Usage: genlens evaluate text ");
        QTest::newRow("evaluate recsys")
            << QStringList {QStringLiteral("evaluate"), QStringLiteral("recsys"), h}
            << QStringLiteral("Usage: genlens evaluate recsys ");
        QTest::newRow("features image")
            << QStringList {QStringLiteral("features"), QStringLiteral("image"), h}
            << QStringLiteral("Usage: genlens features image ");
        QTest::newRow("features text")
            << QStringList {QStringLiteral("features"), QStringLiteral("text"), h}
            << QStringLiteral("Usage: genlens features text ");
        // report renders with Qt Charts, but its help must not start a GUI application.
        QTest::newRow("report") << QStringList {QStringLiteral("report"), h}
                                << QStringLiteral("Usage: genlens report ");
        QTest::newRow("demo") << QStringList {QStringLiteral("demo"), h}
                              << QStringLiteral("Usage: genlens demo ");
    }

    void helpNeedsNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const Outcome outcome = runHeadless(arguments);
        QCOMPARE(outcome.err, QByteArray());
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.startsWith(usage.toUtf8()), outcome.out.left(200).constData());
        QVERIFY(outcome.out.contains("--help"));
    }

    void topLevelHelpListsTheCommands()
    {
        const Outcome outcome = runHeadless({QStringLiteral("--help")});
        QCOMPARE(outcome.exitCode, 0);
        for (const char* command : {"evaluate image|text|recsys", "features", "report", "demo"}) {
            QVERIFY2(outcome.out.contains(QByteArray("\n  ") + command), command);
        }
    }

    void versionNeedsNoDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--version") << QStringLiteral("--version");
        QTest::newRow("-v") << QStringLiteral("-v");
    }

    void versionNeedsNoDisplay()
    {
        QFETCH(QString, option);
        const Outcome outcome = runHeadless({option});
        QCOMPARE(outcome.err, QByteArray());
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, QByteArray("genlens " GENLENS_VERSION "\n"));
    }

    void mistakesNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("evaluat")}
                                         << QByteArray("genlens: unknown command 'evaluat'");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--bogus")}
                                        << QByteArray("genlens: Unknown option 'bogus'");
        QTest::newRow("unknown modality")
            << QStringList {QStringLiteral("evaluate"), QStringLiteral("video")}
            << QByteArray("genlens: unknown modality 'video'");
    }

    void mistakesNeedNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Outcome outcome = runHeadless(arguments);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.startsWith(message), outcome.err.constData());
        QVERIFY(!outcome.err.contains("display"));
    }

    // A PDF report needs Qt Charts, hence a QApplication: on the offscreen platform, without the
    // "XDG_RUNTIME_DIR not set" warning that Qt prints when the variable is missing.
    void reportIsQuietWithoutADisplay()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const Outcome outcome = runHeadless(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"),
             dataFile("real.npy"), QStringLiteral("--generated"), dataFile("generated.npy"),
             QStringLiteral("--kid-subset-size"), QStringLiteral("50"),
             QStringLiteral("--kid-subsets"), QStringLiteral("10"), QStringLiteral("--quiet"),
             QStringLiteral("--report"), pdf});
        QCOMPARE(outcome.err, QByteArray());
        QCOMPARE(outcome.exitCode, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestHeadless)
#include "tst_headless.moc"

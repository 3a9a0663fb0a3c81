// Tests of the CLI's progress context (design.md §5: a bar on a terminal, plain lines otherwise,
// nothing with --quiet) and of its saving into a project.
#include "evaluation/consolecontext.h"
#include "project/projectstore.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace genlens;
using namespace genlens::app;

namespace {

SampleSet set(SetRole role, const QString& source, int count)
{
    SampleSet result;
    result.role = role;
    result.source = source;
    result.kind = QStringLiteral("features");
    for (int i = 0; i < count; ++i) {
        Sample sample;
        sample.source = QStringLiteral("%1:%2").arg(source).arg(i + 1);
        sample.contentHash = QByteArray::number(i);
        result.samples.push_back(sample);
    }
    return result;
}

} // namespace

class TestConsoleContext : public QObject
{
    Q_OBJECT

private slots:
    void plainLines_data();
    void plainLines();
    void barRedrawsInPlace();
    void quietPrintsNothing();
    void cancelStopsTheNextAdvance();
    void interruptCancels();
    void savesIntoProjectStageByStage();
};

void TestConsoleContext::plainLines_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QStringList>("expected");
    QStringList everyTen;
    for (int p = 0; p <= 100; p += 10) {
        everyTen.append(QStringLiteral("features: %1%").arg(p));
    }
    QTest::addRow("1000-steps-of-1") << qint64(1000) << qint64(1) << everyTen;
    QTest::addRow("7-steps-of-1") << qint64(7) << qint64(1)
                                  << QStringList {QStringLiteral("features: 0%"),
                                                  QStringLiteral("features: 10%"), // 1/7 = 14%
                                                  QStringLiteral("features: 20%"), // 2/7 = 28%
                                                  QStringLiteral("features: 40%"), // 3/7 = 42%
                                                  QStringLiteral("features: 50%"), // 4/7 = 57%
                                                  QStringLiteral("features: 70%"), // 5/7 = 71%
                                                  QStringLiteral("features: 80%"), // 6/7 = 85%
                                                  QStringLiteral("features: 100%")};
    QTest::addRow("one-jump") << qint64(50) << qint64(50)
                              << QStringList {QStringLiteral("features: 0%"),
                                              QStringLiteral("features: 100%")};
}

void TestConsoleContext::plainLines()
{
    QFETCH(qint64, total);
    QFETCH(qint64, step);
    QFETCH(QStringList, expected);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        ConsoleContext context(ConsoleContext::Mode::Lines, &buffer);
        context.beginStage(QStringLiteral("features"), total);
        for (qint64 done = step; done <= total; done += step) {
            QVERIFY(context.advance(done, total));
        }
    }
    const QStringList lines
        = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines, expected);
}

void TestConsoleContext::barRedrawsInPlace()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        ConsoleContext context(ConsoleContext::Mode::Bar, &buffer);
        context.beginStage(QStringLiteral("load"), 10);
        for (qint64 done = 1; done <= 10; ++done) {
            context.advance(done, 10);
        }
        context.beginStage(QStringLiteral("metrics"), 0);
    }
    const QString text = QString::fromUtf8(buffer.data());
    // First draw at 0%, the last at 100% (never throttled away), one line per stage.
    QVERIFY2(text.startsWith(QStringLiteral("\r\x1b[2Kload [------------------------------]   0%")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\r\x1b[2Kload [##############################] 100%\n")),
             qPrintable(text));
    QVERIFY(text.endsWith(QStringLiteral("metrics\n")));
    QCOMPARE(text.count(QLatin1Char('\n')), 2);
}

void TestConsoleContext::quietPrintsNothing()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        ConsoleContext context(ConsoleContext::Mode::Quiet, &buffer);
        context.beginStage(QStringLiteral("load"), 10);
        context.advance(5, 10);
        context.beginStage(QStringLiteral("empty"), 0);
    }
    QVERIFY(buffer.data().isEmpty());
    QCOMPARE(ConsoleContext::defaultMode(true), ConsoleContext::Mode::Quiet);
}

void TestConsoleContext::cancelStopsTheNextAdvance()
{
    ConsoleContext context(ConsoleContext::Mode::Quiet);
    QVERIFY(context.advance(1, 10));
    context.requestCancel();
    QVERIFY(context.isCanceled());
    QVERIFY(!context.advance(2, 10));
    QVERIFY_THROWS_EXCEPTION(metrics::Cancelled,
                             metrics::reportProgress(context.progress(), 3, 10));
}

void TestConsoleContext::interruptCancels()
{
    ConsoleContext context(ConsoleContext::Mode::Quiet);
    ConsoleContext::installInterruptHandler();
    QVERIFY(!context.isCanceled());
    std::raise(SIGINT);
    QVERIFY(context.isCanceled());
    ConsoleContext::clearInterrupt();
    QVERIFY(!context.isCanceled());
}

void TestConsoleContext::savesIntoProjectStageByStage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cli.genlens"));
    ProjectStore store;
    store.open(path);
    ConsoleContext context(ConsoleContext::Mode::Quiet);
    context.attachProject(&store);
    RunResult result;
    result.modality = QStringLiteral("image");
    result.real = set(SetRole::Real, QStringLiteral("real.npy"), 6);
    result.generated = set(SetRole::Generated, QStringLiteral("gen.npy"), 5);
    context.publishPartial(result);
    const qint64 runId = context.runId();
    QVERIFY(runId > 0);
    QCOMPARE(store.runSummary(runId).status, RunStatus::Running);
    result.metrics = {MetricValue {QStringLiteral("fid"), 1.25, std::nan("")}};
    context.publishPartial(result);
    QCOMPARE(store.loadRun(runId).metrics.size(), 1);
    result.generatedScores = {ScoreColumn {QStringLiteral("realism"), {1, 2, 3, 4, 5}}};
    QCOMPARE(context.finishRun(result), runId);
    QCOMPARE(store.runSummary(runId).status, RunStatus::Finished);
    QCOMPARE(store.loadRun(runId).generatedScores.size(), 1);
    QCOMPARE(store.runs().size(), 1);

    // Without a project nothing is stored and nothing fails.
    ConsoleContext plain(ConsoleContext::Mode::Quiet);
    plain.publishPartial(result);
    QCOMPARE(plain.finishRun(result), qint64(0));
}

QTEST_GUILESS_MAIN(TestConsoleContext)
#include "tst_consolecontext.moc"

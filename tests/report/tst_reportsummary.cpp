// The report's first-page summary and its slices pages (issue 13 item 6): one sentence each for
// the headline metrics (with their stored intervals), the worst three slices, dropped modes and
// likely copies; the mode coverage chart and the slices table; scores constant in every set
// named instead of drawn; 0/1 flags as two bars. Fixture: tests/models/slicefixtures.h.
#include "../models/slicefixtures.h"
#include "report/reportcontent.h"
#include "report/reportwriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace genlens::app;

namespace {

RunSummary summaryOf(qint64 id)
{
    RunSummary s;
    s.id = id;
    s.status = RunStatus::Finished;
    return s;
}

// The fixture run with a stored bootstrap interval for fid (the "intervals" layout of
// issue 13 item 5).
RunResult runWithInterval(bool withSlices = true)
{
    RunResult run = *slicefixtures::run(withSlices);
    run.extra.insert(
        QStringLiteral("intervals"),
        QJsonObject {{QStringLiteral("level"), 0.95},
                     {QStringLiteral("metrics"),
                      QJsonObject {{QStringLiteral("fid"),
                                    QJsonObject {{QStringLiteral("ci_low"), 20.1},
                                                 {QStringLiteral("ci_high"), 23.4}}}}}});
    return run;
}

QString pdfText(const QString& pdf, int firstPage = 0, int lastPage = 0)
{
    QStringList arguments;
    if (firstPage > 0) {
        arguments << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l")
                  << QString::number(lastPage);
    }
    arguments << pdf << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    // Lines wrapped in the PDF read as one line of words.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

const QString kHeadline = QStringLiteral("Headline metrics: fid 21.7 (95 % interval 20.1 to "
                                         "23.4), lower is better; precision 0.7, higher is "
                                         "better.");
const QString kWorst = QStringLiteral("Worst slices by fid: dog (30.1, unreliable at this size), "
                                      "cat (12.5).");
const QString kDropped = QStringLiteral("Dropped modes, which the model makes (almost) none of: "
                                        "bird (20 real, 0 generated).");
const QString kOver = QStringLiteral("Over-produced, at least twice their real share: fish (0 "
                                     "real, 10 generated).");
const QString kCopies = QStringLiteral("3 of 100 generated samples (3 %) are likely copies of a "
                                       "real sample (memorised).");

} // namespace

class TestReportSummary : public QObject
{
    Q_OBJECT
private slots:
    void summarySentences_data()
    {
        QTest::addColumn<bool>("withSlices");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("with slices")
            << true << QStringList {kHeadline, kWorst, kDropped, kOver, kCopies};
        QTest::addRow("without slices")
            << false
            << QStringList {kHeadline,
                            QStringLiteral("This run has no slices: evaluate with --slice-by "
                                           "(folder, field, column, user activity or clusters) "
                                           "to see which classes or modes the model misses."),
                            kCopies};
    }
    void summarySentences()
    {
        QFETCH(bool, withSlices);
        QFETCH(QStringList, expected);
        const ReportContent content
            = buildReportContent(runWithInterval(withSlices), summaryOf(7), {});
        QCOMPARE(content.summary, expected);
        QCOMPARE(content.slices.has_value(), withSlices);
    }

    void noIntervalNoDroppedMode()
    {
        RunResult run = *slicefixtures::run();
        // Without bird and fish, no slice is dropped or over-produced.
        QJsonArray slices = run.extra.value(QStringLiteral("slices")).toArray();
        slices.removeAt(3);
        slices.removeAt(2);
        run.extra.insert(QStringLiteral("slices"), slices);
        const ReportContent content = buildReportContent(run, summaryOf(7), {});
        QCOMPARE(content.summary.at(0),
                 QStringLiteral("Headline metrics: fid 21.7, lower is better; precision 0.7, "
                                "higher is better."));
        QCOMPARE(content.summary.at(2),
                 QStringLiteral("No mode is dropped: every slice has at least a tenth of its "
                                "real share among the generated samples."));
        QCOMPARE(content.summary.size(), 4);
    }

    void slicesContent()
    {
        const ReportContent content = buildReportContent(runWithInterval(), summaryOf(7), {});
        QVERIFY(content.slices.has_value());
        const ReportSlices& slices = *content.slices;
        QCOMPARE(slices.rankKey, QStringLiteral("fid"));
        QStringList table;
        for (const qsizetype i : slices.tableOrder) {
            table << slices.set.slices.at(i).name;
        }
        QCOMPARE(table, (QStringList {"bird", "dog", "cat", "fish"}));
        QStringList coverage;
        for (const qsizetype i : slices.coverageOrder) {
            coverage << slices.set.slices.at(i).name;
        }
        QCOMPARE(coverage, (QStringList {"bird", "dog", "cat", "fish"}));
        QCOMPARE(slices.warnings,
                 QStringList {QStringLiteral("dog, fid: ") + slicefixtures::kDogWarning});
    }

    // width is 32 in both sets: named, not drawn; memorized (0/1) is a flag with two bins.
    void constantScoresAndFlags()
    {
        const ReportContent content = buildReportContent(runWithInterval(), summaryOf(7), {});
        QCOMPARE(content.constantScores, QStringList {QStringLiteral("width = 32")});
        QStringList keys;
        for (const ReportHistogram& h : content.histograms) {
            keys << h.key;
        }
        QCOMPARE(keys, (QStringList {"realism", "memorized"}));
        const ReportHistogram& flag = content.histograms.at(1);
        QVERIFY(flag.flag);
        QVERIFY(!content.histograms.at(0).flag);
        QCOMPARE(flag.generated, (std::vector<double> {0.97, 0.03}));
        // A score constant in one set but not in the other is drawn.
        RunResult run = runWithInterval();
        run.generatedScores[2].values[0] = 64.0;
        const ReportContent changed = buildReportContent(run, summaryOf(7), {});
        QVERIFY(changed.constantScores.isEmpty());
        QCOMPARE(changed.histograms.size(), 3);
    }

    void rendersSummaryOnTheFirstPage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("poppler-utils (pdftotext) not installed");
        }
        QTemporaryDir dir;
        const QString keep = qEnvironmentVariable("GENLENS_REPORT_OUT");
        const QString pdf
            = (keep.isEmpty() ? dir.path() : keep) + QStringLiteral("/slices-summary.pdf");
        genlens::widgets::writeReportPdf(buildReportContent(runWithInterval(), summaryOf(7), {}),
                                         pdf);
        const QString first = pdfText(pdf, 1, 1);
        QVERIFY2(first.contains(QStringLiteral("Summary")), qPrintable(first));
        for (const QString& sentence : {kHeadline, kWorst, kDropped, kOver, kCopies}) {
            QVERIFY2(first.contains(sentence), qPrintable(sentence + QStringLiteral("\n") + first));
        }
        const QString all = pdfText(pdf);
        for (const QString& expected :
             {QStringLiteral("Slices and mode coverage"), QStringLiteral("Mode coverage"),
              QStringLiteral("▼ bird (dropped)"), QStringLiteral("▲ fish (over-produced)"),
              QStringLiteral("Worst first by fid."), QStringLiteral("30.1*"),
              QStringLiteral("Not drawn, one value in every set: width = 32."),
              QStringLiteral("0 (no)"), QStringLiteral("1 (yes)"),
              QStringLiteral("share with memorized = 1: generated 3 %")}) {
            QVERIFY2(all.contains(expected), qPrintable(expected));
        }
        // The constant score has no chart.
        QVERIFY(!all.contains(QStringLiteral("Width in pixels")));
    }

    // Text slices carry a dozen metrics: the table is split so that every one stays readable,
    // the slice names repeated.
    void splitsWideSliceTables()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("poppler-utils (pdftotext) not installed");
        }
        RunResult run = runWithInterval();
        const QStringList keys {"bleu",       "chrf",       "rouge_l",    "self_bleu", "distinct_1",
                                "distinct_2", "distinct_3", "distinct_4", "mauve"};
        QJsonArray slices = run.extra.value(QStringLiteral("slices")).toArray();
        for (qsizetype i = 0; i < slices.size(); ++i) {
            QJsonObject slice = slices.at(i).toObject();
            QJsonObject metrics;
            for (qsizetype k = 0; k < keys.size(); ++k) {
                metrics.insert(
                    keys.at(k),
                    QJsonObject {{QStringLiteral("value"), 0.5 + 0.01 * double(10 * i + k)}});
            }
            slice.insert(QStringLiteral("metrics"), metrics);
            slices[i] = slice;
        }
        run.extra.insert(QStringLiteral("slices"), slices);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("wide.pdf"));
        genlens::widgets::writeReportPdf(buildReportContent(run, summaryOf(7), {}), pdf);
        const QString text = pdfText(pdf);
        for (const QString& key : keys) {
            QVERIFY2(text.contains(key), qPrintable(key));
        }
        // mauve (the ninth metric) of the last slice, fish: 0.5 + 0.01 * (30 + 8).
        QVERIFY(text.contains(QStringLiteral("0.88")));
        // The marked name on the chart and in each of the two tables.
        QCOMPARE(text.count(QStringLiteral("▼ bird (dropped)")), 3);
    }
};

QTEST_MAIN(TestReportSummary)
#include "tst_reportsummary.moc"

#include "demo/demoproject.h"
#include "evaluation/metricselection.h"
#include "evaluation/pipelinecontext.h"
#include "report/reportcommand.h"
#include "report/reportcontent.h"
#include "report/reportwriter.h"
#include "reportfixtures.h"
#include "uilanguage.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <genlens/metrics/core/ks.h>

using namespace genlens::app;
using namespace reporttest;

namespace {

constexpr double kTolerance = 1e-12;

QString runTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPageCount(const QString& pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    for (const QString& line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return -1;
}

QString pdfText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

// The PDFs go to a temporary folder, or to $GENLENS_REPORT_OUT when set (to look at them:
// docs/report.md).
QString outputPath(const QTemporaryDir& dir, const QString& name)
{
    const QString keep = qEnvironmentVariable("GENLENS_REPORT_OUT");
    return keep.isEmpty() ? dir.filePath(name) : keep + QLatin1Char('/') + name;
}

const ReportSampleGroup* group(const ReportContent& content, const QString& prefix)
{
    for (const ReportSampleGroup& g : content.sampleGroups) {
        if (g.title.startsWith(prefix)) {
            return &g;
        }
    }
    return nullptr;
}

// A later model on the same real set as imageRun(): generated samples 0..19 are the same images
// as the first run's (content hashes g0..g19), 20..39 are new; realism of the shared ones moves
// by (i % 5) - 2, so |change| is 2 for i % 5 in {0, 4}, 1 for {1, 3}, 0 for 2.
RunResult laterRun(RunResult run)
{
    for (size_t i = 0; i < run.generated.samples.size(); ++i) {
        run.generated.samples[i].contentHash
            = (i < 20 ? QByteArray("g") : QByteArray("new-g")) + QByteArray::number(qint64(i));
    }
    for (ScoreColumn& column : run.generatedScores) {
        if (column.key == QLatin1String("realism")) {
            for (size_t i = 0; i < 20; ++i) {
                column.values[i] += double(int(i % 5) - 2);
            }
        }
    }
    run.generated.source = QStringLiteral("/data/landscapes/generated-later");
    return run;
}

RunResult earlierRun()
{
    RunResult run = imageRun(12.5);
    for (size_t i = 0; i < run.generated.samples.size(); ++i) {
        run.generated.samples[i].contentHash = QByteArray("g") + QByteArray::number(qint64(i));
    }
    return run;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void contentFromValues();
    void contentComparesRuns();
    void comparisonSectionFromValues();
    void refusesDifferentModalities();
    void rendersImageReport();
    void rendersChineseText();
    void contentFromProject();
    void rendersComparisonSection();
    void rendersTextComparison();
    void commandWritesReport();
    void commandWritesInTheAskedLanguage_data();
    void commandWritesInTheAskedLanguage();
    void commandRefusesBadInput_data();
    void commandRefusesBadInput();
    void rendersDemoReports();
    void skippedMetricsSayNotComputed();
};

// Issue 10: a metric the run skipped is a "not computed" row, distinct from an undefined value.
void TestReport::skippedMetricsSayNotComputed()
{
    RunResult run = imageRun(12.5);
    run.metrics.removeAt(1); // kid
    genlens::app::markNotComputed(
        run.extra, {QStringLiteral("kid"), QStringLiteral("fid"), QStringLiteral("vendi_real")});
    const ReportContent content = buildReportContent(run, summary(3, 1), {});
    // Four values, then kid and vendi_real; fid has a value and is not listed twice.
    QCOMPARE(content.metrics.size(), 6);
    QCOMPARE(content.metrics.at(4).key, QStringLiteral("kid"));
    QVERIFY(!content.metrics.at(4).computed);
    QVERIFY(!content.metrics.at(5).computed);
    QVERIFY(content.metrics.first().computed);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("poppler-utils (pdftotext) not installed");
    }
    QTemporaryDir dir;
    const QString pdf = outputPath(dir, QStringLiteral("not-computed.pdf"));
    genlens::widgets::writeReportPdf(content, pdf);
    QVERIFY(pdfText(pdf).contains(QStringLiteral("not computed")));
}

void TestReport::contentFromValues()
{
    const RunResult run = imageRun(12.5);
    const ReportContent content = buildReportContent(run, summary(3, 1), {});
    QCOMPARE(content.run.runId, qint64(3));
    QCOMPARE(content.run.inputs.size(), 2);
    QCOMPARE(content.run.inputs.at(0).count, qint64(40));
    QCOMPARE(content.run.inputs.at(0).skipped, qint64(1));
    QVERIFY(!content.run.extractorWarning.isEmpty()); // builtin-1 is not Inception
    QCOMPARE(content.run.settings.size(), 2);

    QCOMPARE(content.metrics.size(), 5);
    QCOMPARE(content.metrics.at(0).key, QStringLiteral("fid"));
    QCOMPARE(content.metrics.at(0).label, QStringLiteral("FID (built-in)")); // issue 12
    QCOMPARE(content.run.featureSpace, QStringLiteral("built-in"));
    QCOMPARE(content.metrics.at(0).higherIsBetter, std::optional<bool>(false)); // registry
    QVERIFY(!content.metrics.at(0).meaning.isEmpty());
    QCOMPARE(content.metrics.at(1).std, 0.0004);
    QCOMPARE(content.metrics.at(2).higherIsBetter, std::optional<bool>(true));
    QVERIFY(!content.metrics.at(4).higherIsBetter.has_value()); // unknown to the registry

    // realism (generated only), sharpness (both sets), memorized (a flag: two bins).
    QCOMPARE(content.histograms.size(), 3);
    const ReportHistogram& flags = content.histograms.at(2);
    QCOMPARE(int(flags.generated.size()), 2);
    QCOMPARE(flags.generated[0], 0.75);
    QCOMPARE(flags.generated[1], 0.25);
    const ReportHistogram& sharpness = content.histograms.at(1);
    QCOMPARE(sharpness.key, QStringLiteral("sharpness"));
    QVERIFY(std::abs(sharpness.ks - 0.5) < kTolerance); // see reportfixtures.h
    QCOMPARE(sharpness.lower, 0.0);
    QCOMPARE(sharpness.upper, 59.0);
    double realSum = 0;
    double generatedSum = 0;
    for (size_t i = 0; i < sharpness.real.size(); ++i) {
        realSum += sharpness.real[i];
        generatedSum += sharpness.generated[i];
    }
    QVERIFY(std::abs(realSum - 1) < kTolerance && std::abs(generatedSum - 1) < kTolerance);
    QVERIFY(std::isnan(content.histograms.at(0).ks));

    const ReportSampleGroup* best = group(content, QStringLiteral("Best"));
    const ReportSampleGroup* worst = group(content, QStringLiteral("Worst"));
    const ReportSampleGroup* copies = group(content, QStringLiteral("Most-copied"));
    QVERIFY(best && worst && copies);
    QCOMPARE(best->samples.size(), 12);
    QCOMPARE(best->samples.at(0).index, qint64(0)); // realism 40
    QCOMPARE(worst->samples.at(0).index, qint64(39)); // realism 1
    QVERIFY(!best->samples.at(0).thumbnailPng.isEmpty());
    QVERIFY(copies->paired);
    QCOMPARE(copies->samples.at(0).index, qint64(13));
    QCOMPARE(copies->samples.at(0).pairIndex, qint64((13 * 7) % 40));
    QCOMPARE(copies->samples.at(1).index, qint64(12)); // tie with 14 broken by index
    QCOMPARE(copies->samples.at(2).index, qint64(14));
    QVERIFY(!copies->samples.at(0).pairThumbnailPng.isEmpty());
}

void TestReport::contentComparesRuns()
{
    const RunResult first = imageRun(12.5);
    RunResult second = imageRun(10.0);
    second.settings[QStringLiteral("k")] = 3;
    const RunSummary a = summary(3, 1);
    const RunSummary b = summary(4, 2);
    const ReportContent content = buildReportContent(first, a, {}, &second, &b);
    QVERIFY(content.compare.has_value());
    QCOMPARE(content.compare->runId, qint64(4));
    const ReportMetricRow& fid = content.metrics.at(0);
    QCOMPARE(fid.compareValue, 10.0);
    QCOMPARE(fid.difference(), -2.5);
    QCOMPARE(fid.compareIsBetter(), std::optional<bool>(true)); // lower FID is better
    // Different real sets and a changed setting are both called out.
    QCOMPARE(content.comparisonNotes.size(), 2);
    QVERIFY(content.comparisonNotes.at(1).contains(QStringLiteral("k")));
    QVERIFY(!content.histograms.at(1).compare.empty());
    QVERIFY(std::abs(content.histograms.at(1).compareKs - 0.5) < kTolerance);
    // Different real sets: a comparison section that only says why it has nothing more.
    QVERIFY(content.comparison.has_value());
    QVERIFY(!content.comparison->sharedRealSet);
    QVERIFY(content.comparison->overlays.isEmpty());
    QVERIFY(content.comparison->changedGroups.isEmpty());
    QCOMPARE(content.comparison->notes.size(), 1);
    QVERIFY(content.comparison->notes.at(0).contains(QStringLiteral("do not share a real set")));
    // A single run has no comparison section.
    QVERIFY(!buildReportContent(first, a, {}).comparison.has_value());
}

void TestReport::comparisonSectionFromValues()
{
    const RunResult first = earlierRun();
    const RunResult second = laterRun(earlierRun());
    const RunSummary a = summary(3, 1);
    const RunSummary b = summary(4, 1); // the same real set
    const ReportContent content = buildReportContent(first, a, {}, &second, &b);
    QVERIFY(content.comparison.has_value());
    const ReportComparison& comparison = *content.comparison;
    QVERIFY(comparison.sharedRealSet);
    QCOMPARE(comparison.historyKey, QStringLiteral("fid"));
    QCOMPARE(comparison.historyHigherIsBetter, std::optional<bool>(false));
    QVERIFY(comparison.history.isEmpty()); // only a project has a history

    // The main score of each set: realism (generated), sharpness (the real set's only score).
    QCOMPARE(comparison.overlays.size(), 2);
    const ReportOverlay& realism = comparison.overlays.at(0);
    QCOMPARE(realism.key, QStringLiteral("realism"));
    QCOMPARE(realism.aCount, qint64(40));
    QCOMPARE(realism.bCount, qint64(40));
    QCOMPARE(realism.edges.size(), realism.a.size() + 1);
    double shareA = 0;
    double shareB = 0;
    for (size_t i = 0; i < realism.a.size(); ++i) {
        shareA += realism.a[i];
        shareB += realism.b[i];
    }
    QVERIFY(std::abs(shareA - 1) < kTolerance && std::abs(shareB - 1) < kTolerance);
    const ScoreColumn* columnA = &first.generatedScores.at(0);
    const ScoreColumn* columnB = &second.generatedScores.at(0);
    QVERIFY(std::abs(realism.ks - genlens::metrics::ksStatistic(columnA->values, columnB->values))
            < kTolerance);
    QVERIFY(realism.ks > 0);
    const ReportOverlay& sharpness = comparison.overlays.at(1);
    QCOMPARE(sharpness.key, QStringLiteral("sharpness"));
    QVERIFY(std::abs(sharpness.ks) < kTolerance); // the same real set, the same values

    // Changed most: the 20 shared images, |change| 2 first (by B index), then 1; 12 a group.
    QCOMPARE(comparison.changedGroups.size(), 1);
    const ReportSampleGroup& changed = comparison.changedGroups.at(0);
    QVERIFY(changed.title.contains(QStringLiteral("realism")));
    QVERIFY(changed.description.startsWith(QStringLiteral("20 of run B's 40 samples")));
    QList<qint64> indices;
    for (const ReportSample& sample : changed.samples) {
        indices << sample.index;
    }
    QCOMPARE(indices, (QList<qint64> {0, 4, 5, 9, 10, 14, 15, 19, 1, 3, 6, 8}));
    QCOMPARE(changed.samples.at(0).scoreLine, QStringLiteral("40 \u2192 38 (-2)"));
    QCOMPARE(changed.samples.at(1).scoreLine, QStringLiteral("36 \u2192 38 (+2)"));
    QVERIFY(!changed.samples.at(0).thumbnailPng.isEmpty());
    // The real set is paired too, but nothing about it changed: said, not shown.
    QCOMPARE(comparison.notes.size(), 1);
    QVERIFY2(comparison.notes.at(0).contains(QStringLiteral("none changed its sharpness")),
             qPrintable(comparison.notes.at(0)));

    // Models that made entirely different images: no pairs, and the section says so.
    RunResult apart = laterRun(earlierRun());
    for (Sample& sample : apart.generated.samples) {
        sample.contentHash += QByteArrayLiteral("-other");
    }
    const ReportContent none = buildReportContent(first, a, {}, &apart, &b);
    QVERIFY(none.comparison->changedGroups.isEmpty());
    QVERIFY(std::any_of(none.comparison->notes.cbegin(), none.comparison->notes.cend(),
                        [](const QString& note) {
                            return note.contains(QStringLiteral("no sample of run B is also"));
                        }));
}

void TestReport::refusesDifferentModalities()
{
    const RunResult image = imageRun(1);
    const RunResult text = textRun();
    const RunSummary a = summary(1, 1);
    const RunSummary b = summary(2, 2);
    QVERIFY_THROWS_EXCEPTION(genlens::app::InputError, buildReportContent(image, a, {}, &text, &b));
}

void TestReport::rendersImageReport()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("poppler-utils (pdfinfo, pdftotext) not installed");
    }
    QTemporaryDir dir;
    const QString pdf = outputPath(dir, QStringLiteral("image-compare.pdf"));
    const RunResult first = imageRun(12.5);
    const RunResult second = imageRun(10.0);
    const RunSummary a = summary(3, 1);
    const RunSummary b = summary(4, 1);
    genlens::widgets::writeReportPdf(buildReportContent(first, a, {}, &second, &b), pdf);
    QVERIFY(QFile::exists(pdf));
    // Title page, metrics, the run comparison (two overlays), distributions (3 charts), samples
    // (best, worst, copies): at least 4.
    const int pages = pdfPageCount(pdf);
    QVERIFY2(pages >= 4 && pages <= 8, qPrintable(QString::number(pages)));
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {QStringLiteral("GenLens report"), QStringLiteral("Inputs and settings"),
          QStringLiteral("Metrics"), QStringLiteral("Distributions"), QStringLiteral("Samples"),
          QStringLiteral("Most-copied samples"), QStringLiteral("builtin-1"),
          QStringLiteral("KS D = 0.5"), QStringLiteral("Page 1 of %1").arg(pages),
          QStringLiteral("Page %1 of %1").arg(pages), QStringLiteral("share of set")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    // Charts are vectors: the only raster images are the thumbnails (best 12 + worst 12 +
    // 8 copy pairs x 2 = 40).
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) {
        const QString list = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        const int images = int(list.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2;
        QVERIFY2(images <= 40, qPrintable(QString::number(images)));
    }
}

void TestReport::rendersChineseText()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("poppler-utils (pdftotext) not installed");
    }
    QTemporaryDir dir;
    const QString pdf = outputPath(dir, QStringLiteral("text.pdf"));
    const RunResult run = textRun();
    genlens::widgets::writeReportPdf(buildReportContent(run, summary(7, 1), {}), pdf);
    // NFKC: Qt's PDF engine maps a glyph back to the lowest code point that uses it, and Noto CJK
    // shares glyphs between ideographs and their Kangxi radicals (U+9AD8 高 and U+2F7C ⾼), so
    // the extracted text holds the compatibility radicals. They look the same and NFKC restores
    // the ideographs; the glyphs themselves are right (see docs/report.md).
    const QString text = pdfText(pdf).normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(QString::fromUtf8("最高气温")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QString::fromUtf8("这款耳机质量很好")));
    QVERIFY(text.contains(QStringLiteral("tok:zh"))); // the signature
    QVERIFY(text.contains(QStringLiteral("Best samples by sentence_bleu")));
    QVERIFY(text.contains(QStringLiteral("Oslo will be sunny")));
}

void TestReport::contentFromProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.genlens"));
    qint64 first = 0;
    qint64 second = 0;
    {
        ProjectStore store;
        store.open(path);
        first = store.saveRun(imageRun(12.5));
        second = store.saveRun(imageRun(10.0));
    }
    ProjectStore store;
    store.open(path);
    const ReportContent content = buildReportContent(store, first, second);
    QCOMPARE(content.projectPath, path);
    QCOMPARE(content.run.runId, first);
    QVERIFY(content.compare && content.compare->runId == second);
    // Identical real sets are stored once, so no "different real sets" note; settings agree.
    QVERIFY2(content.comparisonNotes.isEmpty(),
             qPrintable(content.comparisonNotes.join(QLatin1Char('|'))));
    QCOMPARE(content.metrics.at(0).compareValue, 10.0);
    // The history of the headline metric over the runs on the real set, oldest first.
    QVERIFY(content.comparison && content.comparison->sharedRealSet);
    QCOMPARE(content.comparison->history.size(), 2);
    QCOMPARE(content.comparison->history.at(0).runId, first);
    QCOMPARE(content.comparison->history.at(0).value, 12.5);
    QCOMPARE(content.comparison->history.at(1).runId, second);
    QCOMPARE(content.comparison->history.at(1).value, 10.0);
    // Thumbnails come back from the project (loadRun leaves them out).
    const ReportSampleGroup* copies = group(content, QStringLiteral("Most-copied"));
    QVERIFY(copies);
    QCOMPARE(copies->samples.at(0).thumbnailPng, thumbnail(13, true));
    QCOMPARE(copies->samples.at(0).pairThumbnailPng, thumbnail((13 * 7) % 40, false));
}

void TestReport::rendersComparisonSection()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("poppler-utils (pdfinfo, pdftotext) not installed");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.genlens"));
    qint64 first = 0;
    qint64 second = 0;
    {
        ProjectStore store;
        store.open(path);
        first = store.saveRun(earlierRun());
        RunResult later = laterRun(earlierRun());
        later.metrics[0].value = 10.0;
        second = store.saveRun(later);
    }
    ProjectStore store;
    store.open(path);
    const QString pdf = outputPath(dir, QStringLiteral("image-comparison.pdf"));
    genlens::widgets::writeReportPdf(buildReportContent(store, first, second), pdf);
    const int pages = pdfPageCount(pdf);
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {QStringLiteral("Run comparison"), QStringLiteral("Main scores, A against B"),
          QStringLiteral("History of fid"), QStringLiteral("Largest changes in realism"),
          QStringLiteral("40 \u2192 38 (-2)"), QStringLiteral("A: run %1").arg(first),
          QStringLiteral("B: run %1").arg(second), QStringLiteral("run %1 = 12.5").arg(first),
          QStringLiteral("none changed its")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    // The comparison comes after the metrics and before the per-run distributions.
    QVERIFY(text.indexOf(QStringLiteral("Run comparison"))
            > text.indexOf(QStringLiteral("Metrics")));
    QVERIFY(text.indexOf(QStringLiteral("Run comparison"))
            < text.indexOf(QStringLiteral("Distributions")));
    QVERIFY2(pages >= 6 && pages <= 10, qPrintable(QString::number(pages)));
    // Charts stay vectors: the raster images are the thumbnails (best 12 + worst 12 + 8 copy
    // pairs x 2 + 12 changed = 52).
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) {
        const QString list = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        const int images = int(list.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2;
        QVERIFY2(images <= 52, qPrintable(QString::number(images)));
    }
}

void TestReport::rendersTextComparison()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("poppler-utils (pdftotext) not installed");
    }
    // The second model wrote the same sentences (paired by text) with other sentence BLEU.
    const RunResult first = textRun();
    RunResult second = textRun();
    second.generatedScores[0].values = {5, 10, 20, 35, 40, 50};
    const RunSummary a = summary(7, 1);
    const RunSummary b = summary(8, 1);
    const ReportContent content = buildReportContent(first, a, {}, &second, &b);
    QVERIFY(content.comparison && !content.comparison->changedGroups.isEmpty());
    // Sentence 3 moved most (30 -> 35 is 5; 0 -> 5 is 5 too: the lower B index first).
    QCOMPARE(content.comparison->changedGroups.at(0).samples.at(0).index, qint64(0));
    QTemporaryDir dir;
    const QString pdf = outputPath(dir, QStringLiteral("text-comparison.pdf"));
    genlens::widgets::writeReportPdf(content, pdf);
    const QString text = pdfText(pdf).normalized(QString::NormalizationForm_KC);
    QVERIFY(text.contains(QStringLiteral("Largest changes in sentence_bleu")));
    QVERIFY(text.contains(QStringLiteral("texts are paired when they are identical")));
    QVERIFY2(text.contains(QStringLiteral("0 \u2192 5 (+5)")), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QString::fromUtf8("北京今天多云")));
}

void TestReport::commandWritesReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.genlens"));
    {
        ProjectStore store;
        store.open(path);
        store.saveRun(textRun());
    }
    const QString pdf = outputPath(dir, QStringLiteral("command.pdf"));
    QCOMPARE(
        genlens::widgets::runReportCommand({QStringLiteral("genlens"), QStringLiteral("report"),
                                            path, QStringLiteral("--out"), pdf}),
        0);
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestReport::commandWritesInTheAskedLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("otherHeading");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Inputs and settings")
                        << QString::fromUtf8("输入与设置");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QString::fromUtf8("输入与设置")
                           << QStringLiteral("Inputs and settings");
}

// `genlens report --language`: the headings are in the asked language, and Chinese text is real
// text in the PDF (CJK fonts embedded), not only the date.
void TestReport::commandWritesInTheAskedLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    QFETCH(QString, otherHeading);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QFAIL("poppler-utils (pdftotext) is needed (packaging/install-deps.sh installs it)");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.genlens"));
    {
        ProjectStore store;
        store.open(path);
        store.saveRun(textRun());
    }
    const QString pdf = outputPath(dir, QStringLiteral("report-%1.pdf").arg(language));
    const int rc = genlens::widgets::runReportCommand(
        {QStringLiteral("genlens"), QStringLiteral("report"), path, QStringLiteral("--language"),
         language, QStringLiteral("--out"), pdf});
    genlens::widgets::UiLanguage::apply(QStringLiteral("en")); // the next tests read English
    QCOMPARE(rc, 0);
    // NFKC for the Kangxi radicals Qt's PDF engine maps shared glyphs to (see rendersChineseText).
    const QString text = pdfText(pdf).normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(heading), qPrintable(text.left(1500)));
    QVERIFY(!text.contains(otherHeading));
}

void TestReport::commandRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no --out") << QStringList {QStringLiteral("PROJECT")};
    QTest::addRow("missing project") << QStringList {
        QStringLiteral("/nonexistent/x.genlens"), QStringLiteral("--out"), QStringLiteral("OUT")};
    QTest::addRow("unknown run") << QStringList {QStringLiteral("PROJECT"), QStringLiteral("--run"),
                                                 QStringLiteral("99"), QStringLiteral("--out"),
                                                 QStringLiteral("OUT")};
    QTest::addRow("bad run id") << QStringList {QStringLiteral("PROJECT"), QStringLiteral("--run"),
                                                QStringLiteral("x"), QStringLiteral("--out"),
                                                QStringLiteral("OUT")};
    QTest::addRow("unknown language")
        << QStringList {QStringLiteral("PROJECT"), QStringLiteral("--language"),
                        QStringLiteral("fr"), QStringLiteral("--out"), QStringLiteral("OUT")};
    QTest::addRow("unwritable pdf")
        << QStringList {QStringLiteral("PROJECT"), QStringLiteral("--out"),
                        QStringLiteral("/nonexistent/dir/r.pdf")};
}

void TestReport::commandRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.genlens"));
    {
        ProjectStore store;
        store.open(path);
        store.saveRun(textRun());
    }
    QStringList full = {QStringLiteral("genlens"), QStringLiteral("report")};
    for (QString argument : arguments) {
        argument.replace(QStringLiteral("PROJECT"), path);
        argument.replace(QStringLiteral("OUT"), dir.filePath(QStringLiteral("r.pdf")));
        full << argument;
    }
    QCOMPARE(genlens::widgets::runReportCommand(full), 1);
}

void TestReport::rendersDemoReports()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("poppler-utils (pdfinfo, pdftotext) not installed");
    }
    class Silent : public PipelineContext
    {
    public:
        void beginStage(const QString&, qint64) override { }
        bool advance(qint64, qint64) override { return true; }
        bool isCanceled() const override { return false; }
    } context;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.genlens"));
    buildDemoProject(path, context);
    ProjectStore store;
    store.open(path);
    qint64 popularity = 0;
    qint64 factorisation = 0;
    for (const RunSummary& run : store.runs()) {
        const QString pdf = outputPath(dir, QStringLiteral("demo-%1.pdf").arg(run.id));
        genlens::widgets::writeReportPdf(buildReportContent(store, run.id, std::nullopt), pdf);
        // Title page, metrics, distributions, samples.
        QVERIFY2(pdfPageCount(pdf) >= 4, qPrintable(pdf));
        const QString text = pdfText(pdf);
        for (const QString& expected :
             {QStringLiteral("GenLens report"), QStringLiteral("Metrics"),
              QStringLiteral("Distributions"), QStringLiteral("Samples")}) {
            QVERIFY2(text.contains(expected), qPrintable(pdf + QLatin1Char(' ') + expected));
        }
        if (run.modality == QLatin1String("recsys")) {
            (run.name.contains(QLatin1String("popular")) ? popularity : factorisation) = run.id;
            QVERIFY(text.contains(QStringLiteral("Best users by ndcg@10")));
        }
    }
    QVERIFY(popularity && factorisation);
    // The image checkpoint against the final model: same real set, history, changed samples.
    qint64 checkpoint = 0;
    qint64 final = 0;
    for (const RunSummary& run : store.runs()) {
        if (run.modality == QLatin1String("image")) {
            (run.name.contains(QLatin1String("checkpoint")) ? checkpoint : final) = run.id;
        }
    }
    QVERIFY(checkpoint && final);
    const ReportContent images = buildReportContent(store, checkpoint, final);
    QVERIFY(images.comparison && images.comparison->sharedRealSet);
    QCOMPARE(images.comparison->history.size(), 2);
    QCOMPARE(images.comparison->history.at(0).runId, checkpoint);
    // The final model is the better one (measured: FID 48.6 -> 41.1).
    QVERIFY(images.comparison->history.at(0).value > images.comparison->history.at(1).value);
    QVERIFY(!images.comparison->overlays.isEmpty());
    QVERIFY(!images.comparison->changedGroups.isEmpty());
    const QString imagesPdf = outputPath(dir, QStringLiteral("demo-image-compare.pdf"));
    genlens::widgets::writeReportPdf(images, imagesPdf);
    QVERIFY(pdfText(imagesPdf).contains(QStringLiteral("Run comparison")));
    const ReportContent content = buildReportContent(store, factorisation, popularity);
    const QString pdf = outputPath(dir, QStringLiteral("demo-recsys-compare.pdf"));
    genlens::widgets::writeReportPdf(content, pdf);
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Compared with run %1").arg(popularity)));
    bool seenNdcg = false; // issue 15: without it, a missing row passed silently
    for (const ReportMetricRow& row : content.metrics) {
        if (row.key == QLatin1String("ndcg@10")) {
            seenNdcg = true;
            // Popularity (the second run) is worse than matrix factorisation.
            QCOMPARE(row.compareIsBetter(), std::optional<bool>(false));
        }
    }
    QVERIFY2(seenNdcg, "the comparison report has no ndcg@10 row");
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"

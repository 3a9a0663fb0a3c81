// Models behind the window's views, each checked by QAbstractItemModelTester on hand-made
// RunResult values (no project file needed).
#include "evaluation/metricselection.h"
#include "models/copiesmodel.h"
#include "models/metricsmodel.h"
#include "models/metrictext.h"
#include "models/missingmodesmodel.h"
#include "models/neighbourindex.h"
#include "models/runcomparisonmodel.h"
#include "models/runlistmodel.h"
#include "models/sampledetailmodel.h"
#include "models/samplesetmodel.h"
#include "models/sampletablemodel.h"
#include "models/scoredistributions.h"
#include "models/scoreproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <genlens/metrics/metricinfo.h>
#include <memory>

using namespace genlens::app;

namespace {

constexpr double kTolerance = 1e-12;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Four real and four generated samples; generated 0 is a near copy of real 2.
std::shared_ptr<RunResult> makeRun()
{
    auto run = std::make_shared<RunResult>();
    run->modality = QStringLiteral("image");
    run->extractor = QJsonObject {{QStringLiteral("id"), QStringLiteral("builtin-1")},
                                  {QStringLiteral("dim"), 512}};
    run->real.role = SetRole::Real;
    run->generated.role = SetRole::Generated;
    for (int i = 0; i < 4; ++i) {
        Sample r;
        r.label = QStringLiteral("real%1.png").arg(i);
        r.source = QStringLiteral("/data/real/real%1.png").arg(i);
        run->real.samples.push_back(r);
        Sample g;
        g.label = QStringLiteral("gen%1.png").arg(i);
        run->generated.samples.push_back(g);
    }
    run->metrics = {{QStringLiteral("fid"), 12.5, kNaN},
                    {QStringLiteral("kid"), 0.0123, 0.0004},
                    {QStringLiteral("precision"), 0.71, kNaN},
                    {QStringLiteral("made_up"), 1.0, kNaN}};
    run->realScores
        = {{QStringLiteral("sharpness"), {1, 2, 3, 4}}, {QStringLiteral("covered"), {1, 0, 1, 0}}};
    run->generatedScores = {{QStringLiteral("sharpness"), {3, 4, 5, 6}},
                            {QStringLiteral("realism"), {0.5, kNaN, 2.0, 1.0}},
                            {QStringLiteral("nn_ratio"), {0.1, 0.9, 0.8, 0.7}}};
    // Generated -> nearest real (rank 0) and second (rank 1); real -> nearest generated.
    run->neighbours = {
        {SetRole::Generated, 0, SetRole::Real, 2, 0, 0.01},
        {SetRole::Generated, 0, SetRole::Real, 0, 1, 0.50},
        {SetRole::Generated, 1, SetRole::Real, 2, 0, 0.70},
        {SetRole::Generated, 2, SetRole::Real, 0, 0, 0.40},
        {SetRole::Generated, 3, SetRole::Real, 0, 0, 0.90},
        {SetRole::Real, 1, SetRole::Generated, 3, 0, 1.50},
        {SetRole::Real, 3, SetRole::Generated, 2, 0, 2.50},
        {SetRole::Real, 0, SetRole::Generated, 2, 0, 0.40},
    };
    return run;
}

QList<qint64> proxyOrder(const QAbstractItemModel& proxy)
{
    QList<qint64> order;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        order << proxy.index(row, 0).data(SampleTableModel::SampleIndexRole).toLongLong();
    }
    return order;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void runList()
    {
        RunListModel model;
        QAbstractItemModelTester tester(&model);
        RunSummary a;
        a.id = 7;
        a.modality = QStringLiteral("image");
        a.status = RunStatus::Finished;
        a.startedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        RunSummary b;
        b.id = 3;
        b.modality = QStringLiteral("text");
        b.status = RunStatus::Interrupted;
        b.error = QStringLiteral("process ended");
        model.setRuns({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfRun(3), 1);
        QCOMPARE(model.rowOfRun(99), -1);
        QCOMPARE(model.index(0, 0).data(RunListModel::RunIdRole).toLongLong(), 7);
        QCOMPARE(model.index(1, RunListModel::StatusColumn).data().toString(),
                 QStringLiteral("Interrupted"));
        QVERIFY(model.index(1, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("process ended")));
        QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("7")));
        model.setRuns({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sampleSets()
    {
        SampleSetModel model;
        QAbstractItemModelTester tester(&model);
        SampleSetSummary s;
        s.id = 4;
        s.modality = QStringLiteral("image");
        s.source = QStringLiteral("/data/faces/real");
        s.count = 2000;
        s.skippedCount = 3;
        model.setSets({s});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SampleSetModel::SourceColumn).data().toString(),
                 QStringLiteral("real"));
        QCOMPARE(model.index(0, 0).data(SampleSetModel::SetIdRole).toLongLong(), 4);
        QCOMPARE(model.rowOfSet(4), 0);
    }

    void metrics_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("arrow");
        QTest::addColumn<bool>("hasSpread");
        QTest::addColumn<bool>("hasMeaning");
        // Directions from metrics/core/metricinfo.cpp: FID and KID lower is better, precision
        // higher.
        QTest::addRow("fid") << 0 << QStringLiteral("↓") << false << true;
        QTest::addRow("kid") << 1 << QStringLiteral("↓") << true << true;
        QTest::addRow("precision") << 2 << QStringLiteral("↑") << false << true;
        QTest::addRow("unknown key") << 3 << QString() << false << false;
    }
    void metrics()
    {
        QFETCH(int, row);
        QFETCH(QString, arrow);
        QFETCH(bool, hasSpread);
        QFETCH(bool, hasMeaning);
        MetricsModel model;
        QAbstractItemModelTester tester(&model);
        model.setMetrics(makeRun()->metrics);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(row, MetricsModel::DirectionColumn).data().toString(), arrow);
        QCOMPARE(!model.index(row, MetricsModel::SpreadColumn).data().toString().isEmpty(),
                 hasSpread);
        QCOMPARE(!model.index(row, MetricsModel::MeaningColumn).data().toString().isEmpty(),
                 hasMeaning);
        QCOMPARE(model.index(row, 0).data(MetricsModel::HigherIsBetterRole).isValid(),
                 !arrow.isEmpty());
    }

    // Issue 10: skipped metrics follow as "not computed" rows, distinct from undefined values.
    void metricsNotComputed()
    {
        MetricsModel model;
        QAbstractItemModelTester tester(&model);
        QList<MetricValue> values = makeRun()->metrics;
        values.first().value = kNaN; // an undefined value stays "n/a"
        const QJsonObject skipped {
            {QStringLiteral("vendi_real"), notRequestedReason()},
            {QStringLiteral("kid"), notRequestedReason()},
            {QStringLiteral("novelty"), QStringLiteral("needs training interactions")}};
        model.setMetrics(values, skipped);
        // kid has a value: not listed again.
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, MetricsModel::ValueColumn).data().toString(),
                 QStringLiteral("n/a"));
        QVERIFY(model.index(0, 0).data(MetricsModel::ComputedRole).toBool());
        QCOMPARE(model.index(4, MetricsModel::KeyColumn).data().toString(),
                 QStringLiteral("novelty"));
        QCOMPARE(model.index(5, MetricsModel::KeyColumn).data().toString(),
                 QStringLiteral("vendi_real"));
        for (const int row : {4, 5}) {
            QCOMPARE(model.index(row, MetricsModel::ValueColumn).data().toString(),
                     MetricsModel::notComputedText());
            QVERIFY(!model.index(row, 0).data(MetricsModel::ComputedRole).toBool());
            QVERIFY(std::isnan(model.index(row, 0).data(MetricsModel::ValueRole).toDouble()));
        }
        QVERIFY(model.index(4, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("needs training interactions")));
        model.setMetrics(values);
        QCOMPARE(model.rowCount(), 4);
    }

    void metricValueFormatting()
    {
        QCOMPARE(MetricsModel::formatValue(12.5), QStringLiteral("12.5"));
        QCOMPARE(MetricsModel::formatValue(kNaN), QStringLiteral("n/a"));
    }

    void everyMetricMeaningIsTranslatable()
    {
        // If metricinfo.cpp gains or rewords a meaning, metrictext.cpp must follow, or the
        // Chinese UI would show English.
        const QStringList marked = translatableMetricMeanings();
        for (const genlens::metrics::MetricInfo& info : genlens::metrics::metricRegistry()) {
            const QString meaning
                = QString::fromUtf8(info.meaning.data(), static_cast<int>(info.meaning.size()));
            QVERIFY2(marked.contains(meaning), qPrintable(meaning));
        }
    }

    void extractorWarning()
    {
        QVERIFY(!extractorComparableToPublished(makeRun()->extractor));
        QVERIFY(extractorComparableToPublished(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("onnx:inception")}}));
        QVERIFY(!extractorComparableToPublished({}));
    }

    void sortByScore_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<qint64>>("expected");
        // realism = {0.5, NaN, 2.0, 1.0}: undefined last in both directions.
        QTest::addRow("ascending") << int(Qt::AscendingOrder) << QList<qint64> {0, 3, 2, 1};
        QTest::addRow("descending") << int(Qt::DescendingOrder) << QList<qint64> {2, 3, 0, 1};
    }
    void sortByScore()
    {
        QFETCH(int, order);
        QFETCH(QList<qint64>, expected);
        SampleTableModel model(SetRole::Generated);
        ScoreProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model);
        QAbstractItemModelTester proxyTester(&proxy);
        model.setRun(makeRun());
        QCOMPARE(model.columnCount(), 4);
        const int column = model.columnOfScore(QStringLiteral("realism"));
        QCOMPARE(column, 2);
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(proxyOrder(proxy), expected);
    }

    void filterByScoreAndText()
    {
        SampleTableModel model(SetRole::Generated);
        ScoreProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy);
        model.setRun(makeRun());
        proxy.setScoreRange(model.columnOfScore(QStringLiteral("sharpness")), 4, 5);
        QCOMPARE(proxyOrder(proxy), (QList<qint64> {1, 2}));
        proxy.setTextFilter(QStringLiteral("GEN2"));
        QCOMPARE(proxyOrder(proxy), (QList<qint64> {2}));
        proxy.clearScoreRange();
        proxy.setTextFilter({});
        QCOMPARE(proxy.rowCount(), 4);
    }

    void marking()
    {
        SampleTableModel model(SetRole::Real);
        QAbstractItemModelTester tester(&model);
        model.setRun(makeRun());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMarked({2, 0, 99});
        QVERIFY(model.isMarked(2));
        QVERIFY(model.index(0, 0).data(SampleTableModel::MarkedRole).toBool());
        QVERIFY(!model.isMarked(1));
        QCOMPARE(changed.count(), 2);
        model.setMarked({1});
        QVERIFY(!model.isMarked(2));
        QVERIFY(model.isMarked(1));
    }

    void neighbourLinks()
    {
        const NeighbourIndex index(makeRun()->neighbours);
        // Generated 0 lists real 2 then real 0 (by rank).
        QCOMPARE(index.linkedIn(SetRole::Generated, 0, SetRole::Real), (QList<qint64> {2, 0}));
        // Real 2 is the nearest real of generated 0 and 1 (reverse links, nearest first).
        QCOMPARE(index.linkedIn(SetRole::Real, 2, SetRole::Generated), (QList<qint64> {0, 1}));
        // Real 0: its own nearest generated (2), then generated 2 (duplicate dropped), 0, 3.
        QCOMPARE(index.linkedIn(SetRole::Real, 0, SetRole::Generated), (QList<qint64> {2, 0, 3}));
        QVERIFY(index.linkedIn(SetRole::Generated, 0, SetRole::Generated).isEmpty());
    }

    void copies()
    {
        CopiesModel model;
        QAbstractItemModelTester tester(&model);
        model.setRun(makeRun());
        // Only rank-0 generated->real links, closest first: 0.01, 0.40, 0.70, 0.90.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.generatedIndex(0), 0);
        QCOMPARE(model.realIndex(0), 2);
        QCOMPARE(model.generatedIndex(3), 3);
        QCOMPARE(
            model.index(0, CopiesModel::RatioColumn).data(SampleTableModel::SortRole).toDouble(),
            0.1);
        QCOMPARE(
            model.index(0, CopiesModel::RealColumn).data(SampleTableModel::SetRoleRole).toInt(),
            int(SetRole::Real));
    }

    void missingModes()
    {
        MissingModesModel model;
        QAbstractItemModelTester tester(&model);
        auto run = makeRun();
        model.setRun(run);
        // covered = {1, 0, 1, 0}: real 1 and 3, farthest from the generated set first.
        QVERIFY(model.hasCoverage());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.realIndex(0), 3);
        QCOMPARE(model.realIndex(1), 1);
        // Without the coverage score: a ranking of all real samples with a generated neighbour.
        run->realScores.removeLast();
        model.setRun(run);
        QVERIFY(!model.hasCoverage());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.realIndex(2), 0);
    }

    void distributions()
    {
        ScoreDistributions distributions;
        distributions.setRun(makeRun());
        QCOMPARE(distributions.keys(),
                 (QStringList {QStringLiteral("sharpness"), QStringLiteral("covered"),
                               QStringLiteral("realism"), QStringLiteral("nn_ratio")}));
        const ScoreHistogram h = distributions.histogram(QStringLiteral("sharpness"), 5);
        QCOMPARE(h.edges.size(), size_t(6));
        QCOMPARE(h.edges.front(), 1.0);
        QCOMPARE(h.edges.back(), 6.0);
        double realSum = 0;
        double generatedSum = 0;
        for (size_t i = 0; i < h.real.size(); ++i) {
            realSum += h.real[i];
            generatedSum += h.generated[i];
        }
        QVERIFY(std::abs(realSum - 1) < kTolerance);
        QVERIFY(std::abs(generatedSum - 1) < kTolerance);
        // Bins of width 1 on [1, 6]: real {1,2,3,4} one per bin 0-3; the maximum 6 goes to the last
        // bin.
        QCOMPARE(h.real[0], 0.25);
        QCOMPARE(h.generated[4], 0.5);
        // KS by hand: F_real(2) = 0.5, F_gen(2) = 0 and no larger gap (scipy ks_2samp gives 0.5).
        QVERIFY(std::abs(h.ks - 0.5) < kTolerance);
        // Realism exists only for generated samples: no KS.
        QVERIFY(std::isnan(distributions.histogram(QStringLiteral("realism")).ks));
        QCOMPARE(distributions.histogram(QStringLiteral("realism")).generatedCount, 3);
        // 3 of the 4 real sharpness values are <= 3.
        QCOMPARE(distributions.percentile(SetRole::Real, QStringLiteral("sharpness"), 3.0), 75.0);
    }

    void runComparison()
    {
        RunComparisonModel model;
        QAbstractItemModelTester tester(&model);
        const QList<MetricValue> a
            = {{QStringLiteral("fid"), 20.0, kNaN}, {QStringLiteral("precision"), 0.6, kNaN}};
        const QList<MetricValue> b = {{QStringLiteral("fid"), 15.0, kNaN},
                                      {QStringLiteral("precision"), 0.5, kNaN},
                                      {QStringLiteral("recall"), 0.4, kNaN}};
        model.setRuns(QStringLiteral("run 1"), a, QStringLiteral("run 2"), b);
        QCOMPARE(model.rowCount(), 3);
        // FID is lower-is-better: 20 -> 15 is an improvement; precision 0.6 -> 0.5 is worse.
        QCOMPARE(model.index(0, 0).data(RunComparisonModel::ImprovedRole).toInt(), 1);
        QCOMPARE(model.index(0, RunComparisonModel::DifferenceColumn).data().toString(),
                 QStringLiteral("-5"));
        QCOMPARE(model.index(1, 0).data(RunComparisonModel::ImprovedRole).toInt(), -1);
        // Recall exists only in B: no verdict.
        QCOMPARE(model.index(2, 0).data(RunComparisonModel::ImprovedRole).toInt(), 0);
        QCOMPARE(model.index(2, RunComparisonModel::AColumn).data().toString(),
                 QStringLiteral("n/a"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sampleDetail()
    {
        SampleDetailModel model;
        QAbstractItemModelTester tester(&model);
        model.setRun(makeRun());
        model.setSample(SetRole::Generated, 2);
        QCOMPARE(model.rowCount(), 3);
        // Realism 2.0 is the largest of the defined {0.5, 2.0, 1.0}.
        QCOMPARE(model.index(1, 0).data(SampleDetailModel::KeyRole).toString(),
                 QStringLiteral("realism"));
        QCOMPARE(model.index(1, 0).data(SampleDetailModel::PercentileRole).toDouble(), 100.0);
        model.setSample(SetRole::Generated, 1);
        QVERIFY(std::isnan(model.index(1, 0).data(SampleDetailModel::PercentileRole).toDouble()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"

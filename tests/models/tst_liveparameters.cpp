// app::LiveParameters (issue 13 item 4): a stored run with live-k statistics is recomputed at
// another k off the UI thread and delivered as a derived run whose metrics and per-sample
// columns are the live values (the stored run untouched); a burst of changes is debounced and
// only the last delivered; reset() brings back the stored run; the highlight flags follow.
#include "models/liveparameters.h"
#include "pipeline/featuremetrics.h"

#include <QSignalSpy>
#include <QtTest>
#include <genlens/metrics/sets/featurespace.h>
#include <genlens/metrics/sets/livek.h>
#include <random>

using namespace genlens::app;
namespace gm = genlens::metrics;

namespace {

// A run as the image pipeline stores it (features only, no pictures) at k = 5.
std::shared_ptr<const RunResult> storedRun()
{
    std::mt19937 rng(7);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    gm::RowMatrixXf real(120, 4), generated(100, 4);
    for (gm::RowMatrixXf* x : {&real, &generated}) {
        for (Eigen::Index i = 0; i < x->size(); ++i) {
            x->data()[i] = normal(rng) + (x == &generated ? 0.3f : 0.0f);
        }
    }
    gm::FeatureSpaceOptions o;
    o.k = 5;
    o.liveKMax = gm::kLiveMaxK;
    o.kid = o.vendiReal = o.vendiGenerated = false;
    const gm::FeatureSpaceReport report = gm::evaluateFeatureSpace(real, generated, o);
    RunResult run;
    run.modality = QStringLiteral("image");
    run.settings
        = QJsonObject {{QStringLiteral("k"), 5}, {QStringLiteral("memorization_factor"), 0.5}};
    run.real.samples.resize(120);
    run.generated.samples.resize(100);
    run.generated.role = SetRole::Generated;
    addFeatureSpaceResults(run, report, o);
    return std::make_shared<const RunResult>(std::move(run));
}

const ScoreColumn* column(const RunResult& run, SetRole set, const QString& key)
{
    for (const ScoreColumn& c : set == SetRole::Real ? run.realScores : run.generatedScores) {
        if (c.key == key) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

class TestLiveParameters : public QObject
{
    Q_OBJECT
private slots:
    void derivedRunHasTheLiveValues();
    void burstsAreDebouncedAndResetRestores();
    void flagsFollowTheHighlight();
    void runsWithoutStatistics();
};

void TestLiveParameters::derivedRunHasTheLiveValues()
{
    const auto run = storedRun();
    LiveParameters live;
    QSignalSpy derived(&live, &LiveParameters::runDerived);
    live.setRun(run);
    QVERIFY(live.isAvailable());
    QCOMPARE(live.runK(), 5);
    QCOMPARE(live.kMax(), gm::kLiveMaxK);
    live.setK(9);
    QVERIFY(live.isModified());
    QVERIFY(live.statusText().contains(QStringLiteral("k = 9 (run used 5)")));
    QTRY_COMPARE_WITH_TIMEOUT(derived.count(), 1, 5000);
    const auto shown = derived.at(0).at(0).value<std::shared_ptr<const RunResult>>();
    QVERIFY(shown && shown != run);

    const gm::LiveStatistics stats
        = gm::decodeLiveStatistics(run->liveStatistics.value(QString()).toStdString());
    gm::LiveParameters p;
    p.k = 9;
    const gm::LiveResult expected = gm::liveMetrics(stats, p);
    QCOMPARE(shown->metric(QStringLiteral("precision"))->value, expected.prdc.precision);
    QCOMPARE(shown->metric(QStringLiteral("recall"))->value, expected.prdc.recall);
    QCOMPARE(shown->metric(QStringLiteral("density"))->value, expected.prdc.density);
    QCOMPARE(shown->metric(QStringLiteral("coverage"))->value, expected.prdc.coverage);
    QCOMPARE(column(*shown, SetRole::Generated, QStringLiteral("realism"))->values,
             expected.realism);
    QCOMPARE(column(*shown, SetRole::Real, QStringLiteral("knn_radius"))->values,
             expected.realRadius);
    QVERIFY(column(*shown, SetRole::Generated, QStringLiteral("low_realism")) != nullptr);
    QCOMPARE(shown->settings.value(QStringLiteral("live_k")).toInt(), 9);
    // The stored run is untouched.
    QVERIFY(run->metric(QStringLiteral("precision"))->value != expected.prdc.precision
            || run->metric(QStringLiteral("recall"))->value != expected.prdc.recall);
    QVERIFY(column(*run, SetRole::Generated, QStringLiteral("low_realism")) == nullptr);
    QCOMPARE(run->settings.value(QStringLiteral("k")).toInt(), 5);
}

void TestLiveParameters::burstsAreDebouncedAndResetRestores()
{
    const auto run = storedRun();
    LiveParameters live;
    QSignalSpy derived(&live, &LiveParameters::runDerived);
    live.setRun(run);
    for (int k = 6; k <= 15; ++k) { // a dragged slider
        live.setK(k);
    }
    QTRY_COMPARE_WITH_TIMEOUT(derived.count(), 1, 5000);
    QTest::qWait(200);
    QCOMPARE(derived.count(), 1);
    QCOMPARE(derived.at(0)
                 .at(0)
                 .value<std::shared_ptr<const RunResult>>()
                 ->settings.value(QStringLiteral("live_k"))
                 .toInt(),
             15);
    live.reset();
    QVERIFY(!live.isModified());
    QTRY_COMPARE_WITH_TIMEOUT(derived.count(), 2, 5000);
    QCOMPARE(derived.at(1).at(0).value<std::shared_ptr<const RunResult>>(), run);
    QCOMPARE(live.shownRun(), run);
    live.setK(99); // clamped to K
    QCOMPARE(live.k(), gm::kLiveMaxK);
}

void TestLiveParameters::flagsFollowTheHighlight()
{
    const auto run = storedRun();
    LiveParameters live;
    QSignalSpy flags(&live, &LiveParameters::flagsChanged);
    live.setRun(run);
    const ScoreColumn* realism = column(*run, SetRole::Generated, QStringLiteral("realism"));
    live.setHighlight(LiveParameters::Highlight::LowRealism);
    std::vector<char> low = live.flags(SetRole::Generated);
    QCOMPARE(low.size(), realism->values.size());
    for (std::size_t j = 0; j < low.size(); ++j) {
        QCOMPARE(low[j] != 0, realism->values[j] < 1.0);
    }
    QVERIFY(live.flags(SetRole::Real).empty());
    const int before = flags.count();
    live.setRealismThreshold(2.5); // flags follow the threshold at once
    QVERIFY(flags.count() > before);
    low = live.flags(SetRole::Generated);
    for (std::size_t j = 0; j < low.size(); ++j) {
        QCOMPARE(low[j] != 0, realism->values[j] < 2.5);
    }
    live.setHighlight(LiveParameters::Highlight::OutsideManifold);
    const ScoreColumn* covered = column(*run, SetRole::Real, QStringLiteral("covered"));
    const std::vector<char> notCovered = live.flags(SetRole::Real);
    QCOMPARE(notCovered.size(), covered->values.size());
    for (std::size_t i = 0; i < notCovered.size(); ++i) {
        QCOMPARE(notCovered[i] != 0, covered->values[i] == 0);
    }
    live.setHighlight(LiveParameters::Highlight::None);
    QVERIFY(live.flags(SetRole::Generated).empty());
}

void TestLiveParameters::runsWithoutStatistics()
{
    auto bare = std::make_shared<RunResult>(*storedRun());
    bare->liveStatistics.clear();
    LiveParameters live;
    QSignalSpy derived(&live, &LiveParameters::runDerived);
    live.setRun(bare);
    QVERIFY(!live.isAvailable());
    QVERIFY(live.statusText().contains(QStringLiteral("not available")));
    live.setK(3);
    QTest::qWait(150);
    QCOMPARE(derived.count(), 0);
    // A damaged blob: shown as stored, without live parameters.
    bare->liveStatistics.insert(QString(), QByteArray("GLLK garbage"));
    live.setRun(bare);
    QVERIFY(!live.isAvailable());
}

QTEST_MAIN(TestLiveParameters)
#include "tst_liveparameters.moc"

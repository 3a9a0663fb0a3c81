// evaluateFeatureSpace: every metric and per-sample array against the fixtures, the drill-down
// neighbours against brute force, argument errors, progress and cancellation.
#include "fixtures.h"
#include "genlens/metrics/sets/featurespace.h"

#include <QTest>
#include <cmath>

using namespace genlens::metrics;

static constexpr double kCountTolerance = 1e-12;   // PRDC ratios of exact counts
static constexpr double kDistanceTolerance = 1e-12; // relative, float64 recomputed distances
static constexpr double kKidAbsTolerance = 2e-6;    // see tst_kid.cpp

class TestFeatureSpace : public QObject
{
    Q_OBJECT
private slots:
    void matchesReference_data();
    void matchesReference();
    void deterministicAcrossThreads();
    void argumentErrors();
    void progressAndCancel();
    void skippedStagesCostNothing_data();
    void skippedStagesCostNothing();
};

void TestFeatureSpace::matchesReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("fidTolerance");
    QTest::newRow("well") << QStringLiteral("well") << 1e-6;
    QTest::newRow("rank-deficient") << QStringLiteral("rankdef") << 1e-4;
    QTest::newRow("ties and duplicates") << QStringLiteral("ties") << 1e-6;
}

namespace {
void compareNeighbours(const fixtures::Case& c, const IndexMatrix& idx, const RowMatrixXd& dist,
                       const char* idxKey, const char* distKey)
{
    const auto wi = c.array(idxKey);
    const auto wd = c.array(distKey);
    QCOMPARE(idx.rows(), wi.shape[0]);
    QCOMPARE(idx.cols(), wi.shape[1]);
    for (Eigen::Index r = 0; r < idx.rows(); ++r) {
        for (Eigen::Index j = 0; j < idx.cols(); ++j) {
            const std::int64_t flat = r * idx.cols() + j;
            QVERIFY2(static_cast<double>(idx(r, j)) == wi.valueAt(flat),
                     qPrintable(QStringLiteral("%1 row %2 col %3: %4 vs %5").arg(QString::fromUtf8(idxKey)).arg(r).arg(j).arg(idx(r, j)).arg(wi.valueAt(flat))));
            QVERIFY(std::abs(dist(r, j) - wd.valueAt(flat)) <= kDistanceTolerance * std::max(1.0, wd.valueAt(flat)));
        }
    }
}
} // namespace

void TestFeatureSpace::matchesReference()
{
    QFETCH(QString, name);
    QFETCH(double, fidTolerance);
    const auto c = fixtures::load(name.toStdString());
    FeatureSpaceOptions o;
    o.k = c.integer("k");
    o.kidSubsets = c.integer("kid_subsets");
    o.kidSubsetSize = c.integer("kid_subset_size");
    o.seed = static_cast<std::uint64_t>(c.integer("seed"));
    o.neighbours = c.integer("neighbours");
    const FeatureSpaceReport r = evaluateFeatureSpace(c.real, c.generated, o);
    const auto m = static_cast<std::size_t>(c.generated.rows());
    const auto n = static_cast<std::size_t>(c.real.rows());

    QVERIFY(fixtures::relErr(r.fid, c.number("fid")) <= fidTolerance);
    QVERIFY(std::abs(r.kid - c.number("kid")) <= kKidAbsTolerance);
    QVERIFY(std::abs(r.kidStd - c.number("kid_std")) <= kKidAbsTolerance);
    QCOMPARE(r.kidSubsetSize, c.integer("kid_m"));
    QVERIFY(std::abs(r.precision - c.number("precision")) <= kCountTolerance);
    QVERIFY(std::abs(r.recall - c.number("recall")) <= kCountTolerance);
    QVERIFY(std::abs(r.density - c.number("density")) <= kCountTolerance);
    QVERIFY(std::abs(r.coverage - c.number("coverage")) <= kCountTolerance);
    QVERIFY(fixtures::relErr(r.vendiReal, c.number("vendi_real")) <= 1e-9);
    QVERIFY(fixtures::relErr(r.vendiGenerated, c.number("vendi_generated")) <= 1e-9);
    QVERIFY(std::abs(r.memorizedFraction - c.number("memorized_fraction")) <= kCountTolerance);
    QVERIFY(fixtures::relErr(r.realismRadiusLimit, c.number("realism_radius_limit")) <= kDistanceTolerance);

    QCOMPARE(r.realism.size(), m);
    QCOMPARE(r.nearestReal.size(), m);
    QCOMPARE(r.memorized.size(), m);
    QCOMPARE(r.insideRealManifold.size(), m);
    QCOMPARE(r.realRadius.size(), n);
    QCOMPARE(r.covered.size(), n);
    QCOMPARE(r.insideGeneratedManifold.size(), n);
    QCOMPARE(r.nearestGeneratedDistance.size(), n);

    const Eigen::VectorXd realism = c.vector("realism");
    const Eigen::VectorXd inside = c.vector("inside_real");
    const Eigen::VectorXd balls = c.vector("balls");
    const Eigen::VectorXd ratio = c.vector("ratio");
    for (std::size_t j = 0; j < m; ++j) {
        const auto e = static_cast<Eigen::Index>(j);
        QVERIFY(std::isinf(realism[e]) ? std::isinf(r.realism[j])
                                       : fixtures::relErr(r.realism[j], realism[e]) <= 1e-9);
        QCOMPARE(static_cast<double>(r.insideRealManifold[j]), inside[e]);
        QCOMPARE(static_cast<double>(r.realBallsContaining[j]), balls[e]);
        QVERIFY(std::abs(r.nearestRatio[j] - ratio[e]) <= kDistanceTolerance);
    }
    const Eigen::VectorXd covered = c.vector("covered");
    const Eigen::VectorXd insideGen = c.vector("inside_generated");
    const Eigen::VectorXd nearestGen = c.vector("nearest_generated_distance");
    const Eigen::VectorXd radius = c.vector("real_radius");
    for (std::size_t i = 0; i < n; ++i) {
        const auto e = static_cast<Eigen::Index>(i);
        QCOMPARE(static_cast<double>(r.covered[i]), covered[e]);
        QCOMPARE(static_cast<double>(r.insideGeneratedManifold[i]), insideGen[e]);
        QVERIFY(fixtures::relErr(r.nearestGeneratedDistance[i], nearestGen[e]) <= kDistanceTolerance);
        QVERIFY(fixtures::relErr(r.realRadius[i], radius[e]) <= kDistanceTolerance);
    }
    compareNeighbours(c, r.generatedToReal, r.generatedToRealDistance, "gr_idx", "gr_d");
    compareNeighbours(c, r.realToGenerated, r.realToGeneratedDistance, "rg_idx", "rg_d");
    compareNeighbours(c, r.realToReal, r.realToRealDistance, "rr_idx", "rr_d");
    compareNeighbours(c, r.generatedToGenerated, r.generatedToGeneratedDistance, "gg_idx", "gg_d");
}

void TestFeatureSpace::deterministicAcrossThreads()
{
    const auto c = fixtures::load("well");
    FeatureSpaceOptions o;
    o.kidSubsets = 5;
    o.kidSubsetSize = 50;
    o.threads = 1;
    const FeatureSpaceReport a = evaluateFeatureSpace(c.real, c.generated, o);
    o.threads = 2;
    const FeatureSpaceReport b = evaluateFeatureSpace(c.real, c.generated, o);
    QCOMPARE(a.fid, b.fid);
    QCOMPARE(a.kid, b.kid);
    QCOMPARE(a.density, b.density);
    QVERIFY(a.realism == b.realism);
    QVERIFY(a.generatedToReal == b.generatedToReal);
    QVERIFY(a.realToRealDistance == b.realToRealDistance);
}

void TestFeatureSpace::argumentErrors()
{
    FeatureSpaceOptions o;
    RowMatrixXf a = RowMatrixXf::Random(20, 4);
    RowMatrixXf b = RowMatrixXf::Random(20, 5);
    try {
        evaluateFeatureSpace(a, b, o);
        QFAIL("no exception");
    } catch (const std::invalid_argument& e) {
        // The message carries both shapes.
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("20x4")));
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("20x5")));
    }
    RowMatrixXf few = RowMatrixXf::Random(5, 4);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluateFeatureSpace(few, a, o));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluateFeatureSpace(a, few, o));
    RowMatrixXf bad = a;
    bad(3, 2) = std::numeric_limits<float>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluateFeatureSpace(a, bad, o));
    o.k = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluateFeatureSpace(a, a, o));
}

void TestFeatureSpace::progressAndCancel()
{
    const auto c = fixtures::load("well");
    FeatureSpaceOptions o;
    o.kidSubsets = 5;
    o.kidSubsetSize = 50;
    std::size_t last = 0;
    std::size_t calls = 0;
    bool monotone = true;
    evaluateFeatureSpace(c.real, c.generated, o, [&](std::size_t done, std::size_t total) {
        monotone = monotone && done >= last && done <= total && total == 1000;
        last = done;
        ++calls;
        return true;
    });
    QVERIFY(monotone);
    QVERIFY(calls > 5);
    QCOMPARE(last, std::size_t(1000));
    // Stop at the first report after 30 %: Cancelled propagates, from worker threads too.
    for (int threads : {1, 2}) {
        o.threads = threads;
        std::size_t seen = 0;
        bool cancelled = false;
        try {
            evaluateFeatureSpace(c.real, c.generated, o, [&](std::size_t done, std::size_t) {
                seen = done;
                return done < 300;
            });
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(seen >= 300 && seen < 1000);
    }
}

namespace {

std::vector<std::string> stageNames(const FeatureSpaceReport& r)
{
    std::vector<std::string> names;
    for (const auto& [name, seconds] : r.stageSeconds) {
        names.push_back(name);
    }
    return names;
}

} // namespace

// Issue 10: a stage that is off does not run (stageSeconds) and leaves NaN/empty results; the
// stages that run give exactly the values of the full run.
void TestFeatureSpace::skippedStagesCostNothing_data()
{
    QTest::addColumn<bool>("fid");
    QTest::addColumn<bool>("prdc");
    QTest::addColumn<bool>("memorization");
    QTest::addColumn<QString>("stages");
    QTest::addRow("fid only") << true << false << false << QStringLiteral("statistics");
    QTest::addRow("prdc only") << false << true << false
                               << QStringLiteral("knn_self_real knn_self_generated knn_cross");
    QTest::addRow("memorisation only")
        << false << false << true << QStringLiteral("knn_self_real knn_cross");
}

void TestFeatureSpace::skippedStagesCostNothing()
{
    QFETCH(bool, fid);
    QFETCH(bool, prdc);
    QFETCH(bool, memorization);
    QFETCH(QString, stages);
    const auto c = fixtures::load("well");
    FeatureSpaceOptions all;
    all.kidSubsets = 5;
    all.kidSubsetSize = 50;
    const FeatureSpaceReport full = evaluateFeatureSpace(c.real, c.generated, all);
    QCOMPARE(full.stageSeconds.size(), std::size_t(7));

    FeatureSpaceOptions some = all;
    some.fid = fid;
    some.prdc = prdc;
    some.memorization = memorization;
    some.kid = false;
    some.vendiReal = false;
    some.vendiGenerated = false;
    const FeatureSpaceReport part = evaluateFeatureSpace(c.real, c.generated, some);
    std::string joined;
    for (const std::string& name : stageNames(part)) {
        joined += (joined.empty() ? "" : " ") + name;
    }
    QCOMPARE(QString::fromStdString(joined), stages);
    QVERIFY(std::isnan(part.kid) && std::isnan(part.vendiReal) && std::isnan(part.vendiGenerated));
    if (fid) {
        QCOMPARE(part.fid, full.fid);
    } else {
        QVERIFY(std::isnan(part.fid));
        QCOMPARE(part.realStatistics.mu.size(), Eigen::Index(0));
    }
    if (prdc) {
        QCOMPARE(part.precision, full.precision);
        QCOMPARE(part.recall, full.recall);
        QCOMPARE(part.density, full.density);
        QCOMPARE(part.coverage, full.coverage);
        QVERIFY(part.realism == full.realism);
        QVERIFY(part.realToGenerated == full.realToGenerated);
    } else {
        QVERIFY(std::isnan(part.precision));
        QVERIFY(part.realism.empty() && part.realRadius.empty());
        QCOMPARE(part.realToGenerated.size(), Eigen::Index(0));
    }
    if (memorization) {
        QCOMPARE(part.memorizedFraction, full.memorizedFraction);
        QVERIFY(part.nearestRatio == full.nearestRatio);
        QVERIFY(part.generatedToReal == full.generatedToReal);
    } else {
        QVERIFY(std::isnan(part.memorizedFraction));
        QVERIFY(part.nearestRatio.empty());
    }
}

QTEST_GUILESS_MAIN(TestFeatureSpace)
#include "tst_featurespace.moc"

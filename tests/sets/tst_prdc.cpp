// Precision/recall/density/coverage, realism and memorisation against full pairwise-distance
// matrices (make_fixtures.py: clovaai prdc's definitions with scipy cdist).
#include "fixtures.h"

#include "genlens/metrics/sets/memorization.h"
#include "genlens/metrics/sets/prdc.h"
#include "genlens/metrics/sets/realism.h"

#include <QTest>

using namespace genlens::metrics;

// PRDC values are ratios of counts; the counts are exact (knn.h recomputes every uncertain pair in
// float64), so the values agree to the last bits of the division.
static constexpr double kCountTolerance = 1e-12;
// Distances and ratios: float64 recomputation, summation order as scipy's cdist.
static constexpr double kDistanceRelTolerance = 1e-12;

class TestPrdc : public QObject
{
    Q_OBJECT
private slots:
    void prdcMatchesReference_data();
    void prdcMatchesReference();
    void realismMatchesReference_data() { prdcMatchesReference_data(); }
    void realismMatchesReference();
    void memorizationMatchesReference_data() { prdcMatchesReference_data(); }
    void memorizationMatchesReference();
    void identicalSets();
    void tooFewSamplesThrow();
};

void TestPrdc::prdcMatchesReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("well") << QStringLiteral("well");
    QTest::newRow("rank-deficient") << QStringLiteral("rankdef");
    QTest::newRow("ties and duplicates") << QStringLiteral("ties");
}

void TestPrdc::prdcMatchesReference()
{
    QFETCH(QString, name);
    const auto c = fixtures::load(name.toStdString());
    const int k = c.integer("k");
    for (int threads : {1, 2}) {
        const PrdcResult r = prdc(c.real, c.generated, k, {}, threads);
        QVERIFY(std::abs(r.precision - c.number("precision")) <= kCountTolerance);
        QVERIFY(std::abs(r.recall - c.number("recall")) <= kCountTolerance);
        QVERIFY(std::abs(r.density - c.number("density")) <= kCountTolerance);
        QVERIFY(std::abs(r.coverage - c.number("coverage")) <= kCountTolerance);
    }
    // The radii themselves.
    const Eigen::VectorXd rr = kthDistance(knnSelf(c.real, k), k);
    const Eigen::VectorXd want = c.vector("real_radius");
    QVERIFY(((rr - want).cwiseAbs().array() <= kDistanceRelTolerance * want.cwiseAbs().array()).all());
}

void TestPrdc::realismMatchesReference()
{
    QFETCH(QString, name);
    const auto c = fixtures::load(name.toStdString());
    const auto got = realismScores(c.real, c.generated, c.integer("k"));
    const Eigen::VectorXd want = c.vector("realism");
    QCOMPARE(static_cast<Eigen::Index>(got.size()), want.size());
    for (Eigen::Index j = 0; j < want.size(); ++j) {
        const double g = got[static_cast<std::size_t>(j)];
        if (std::isinf(want[j])) {
            QVERIFY(std::isinf(g));
            continue;
        }
        // The arg max is chosen on tile distances (realism.h): 1e-9 covers a near-tie.
        QVERIFY2(fixtures::relErr(g, want[j]) <= 1e-9,
                 qPrintable(QStringLiteral("sample %1: got %2 want %3").arg(j).arg(g, 0, 'g', 17).arg(want[j], 0, 'g', 17)));
    }
}

void TestPrdc::memorizationMatchesReference()
{
    QFETCH(QString, name);
    const auto c = fixtures::load(name.toStdString());
    const MemorizationResult r = memorization(c.real, c.generated);
    const auto nearest = c.array("nearest_real");
    const Eigen::VectorXd dist = c.vector("nearest_distance");
    const Eigen::VectorXd ratio = c.vector("ratio");
    const Eigen::VectorXd flags = c.vector("memorized");
    for (Eigen::Index j = 0; j < dist.size(); ++j) {
        const auto u = static_cast<std::size_t>(j);
        QCOMPARE(static_cast<double>(r.nearestReal[u]), nearest.valueAt(j));
        QVERIFY(std::abs(r.distance[u] - dist[j]) <= kDistanceRelTolerance * std::max(1.0, dist[j]));
        QVERIFY(std::abs(r.ratio[u] - ratio[j]) <= kDistanceRelTolerance);
        QCOMPARE(static_cast<double>(r.memorized[u]), flags[j]);
    }
    QVERIFY(std::abs(r.memorizedFraction - c.number("memorized_fraction")) <= kCountTolerance);
    QVERIFY(fixtures::relErr(r.realNearestMedian, c.number("real_nearest_median")) <= kDistanceRelTolerance);
}

void TestPrdc::identicalSets()
{
    // A set against itself: every sample lies in its own ball's neighbourhood, so precision,
    // recall and coverage are 1 (the radius is > 0 for distinct points).
    const auto c = fixtures::load("well");
    const PrdcResult r = prdc(c.real, c.real, 5);
    QCOMPARE(r.precision, 1.0);
    QCOMPARE(r.recall, 1.0);
    QCOMPARE(r.coverage, 1.0);
}

void TestPrdc::tooFewSamplesThrow()
{
    RowMatrixXf five = RowMatrixXf::Random(5, 3);
    RowMatrixXf many = RowMatrixXf::Random(20, 3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, prdc(five, many, 5));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, prdc(many, five, 5));
    RowMatrixXf wide = RowMatrixXf::Random(20, 4);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, prdc(many, wide, 5));
}

QTEST_GUILESS_MAIN(TestPrdc)
#include "tst_prdc.moc"

// Live k (issue 13 item 4): the statistics kept at one k give, for every k = 1..K and any
// memorisation factor / realism threshold, exactly what a fresh evaluateFeatureSpace() with
// that k computes — set-level values and every per-sample flag — on the prdc fixtures (well
// spread, rank-deficient, ties and duplicates) and on random data with many exact ties; plus the
// blob round trip and its damage checks. The fresh route itself is checked against clovaai/prdc
// in tst_prdc and tst_featurespace.
#include "fixtures.h"
#include "genlens/metrics/sets/featurespace.h"
#include "genlens/metrics/sets/livek.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace genlens::metrics;

class TestLiveK : public QObject
{
    Q_OBJECT
private slots:
    void equalsFreshRun_data();
    void equalsFreshRun();
    void thresholdsMoveFlags();
    void blobRoundTrip();
    void damagedBlobs_data();
    void damagedBlobs();
    void argumentErrors();
};

namespace {

// Integer-valued features on a small grid: many exactly equal distances (ties at the radius, in
// the realism arg max) and duplicated rows — the hard case for "equal to a fresh run".
void gridSets(RowMatrixXf& real, RowMatrixXf& generated)
{
    std::mt19937 rng(13);
    std::uniform_int_distribution<int> cell(0, 3);
    real.resize(160, 3);
    generated.resize(140, 3);
    for (RowMatrixXf* x : {&real, &generated}) {
        for (Eigen::Index r = 0; r < x->rows(); ++r) {
            for (Eigen::Index c = 0; c < x->cols(); ++c) {
                (*x)(r, c) = static_cast<float>(cell(rng) + (x == &generated ? (c == 0) : 0));
            }
        }
    }
}

FeatureSpaceOptions searchOnly(int k, int liveKMax)
{
    FeatureSpaceOptions o;
    o.k = k;
    o.liveKMax = liveKMax;
    o.fid = o.kid = o.vendiReal = o.vendiGenerated = false;
    o.threads = 2;
    return o;
}

template<typename A, typename B> bool sameVector(const A& a, const B& b, const char* what, int k)
{
    if (a.size() != b.size()) {
        qWarning("%s at k = %d: sizes %zu vs %zu", what, k, a.size(), b.size());
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double x = static_cast<double>(a[i]);
        const double y = static_cast<double>(b[i]);
        if (!(x == y)) {
            qWarning("%s at k = %d, sample %zu: live %.17g, fresh %.17g", what, k, i, x, y);
            return false;
        }
    }
    return true;
}

} // namespace

void TestLiveK::equalsFreshRun_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("storedK");
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("factor");
    for (const char* set : {"well", "rankdef", "ties", "grid"}) {
        for (int k : {1, 2, 3, 5, 7, 12, 20}) {
            QTest::addRow("%s k=%d", set, k) << QString::fromLatin1(set) << 5 << k << 0.5;
        }
    }
    QTest::addRow("grid stored at k=20, k=4, factor 1.3")
        << QStringLiteral("grid") << 20 << 4 << 1.3;
}

void TestLiveK::equalsFreshRun()
{
    QFETCH(QString, set);
    QFETCH(int, storedK);
    QFETCH(int, k);
    QFETCH(double, factor);
    RowMatrixXf real, generated;
    if (set == QLatin1String("grid")) {
        gridSets(real, generated);
    } else {
        const auto c = fixtures::load(set.toStdString());
        real = c.real;
        generated = c.generated;
    }
    const FeatureSpaceReport stored
        = evaluateFeatureSpace(real, generated, searchOnly(storedK, kLiveMaxK));
    QCOMPARE(stored.live.kMax, kLiveMaxK);
    FeatureSpaceOptions freshOptions = searchOnly(k, 0);
    freshOptions.memorizationFactor = factor;
    const FeatureSpaceReport fresh = evaluateFeatureSpace(real, generated, freshOptions);
    QVERIFY(fresh.live.empty());

    LiveParameters p;
    p.k = k;
    p.memorizationFactor = factor;
    p.realismThreshold = 1.0;
    const LiveResult live = liveMetrics(stored.live, p);
    // Exact: the same counts over the same sizes, the same float64 distances.
    QCOMPARE(live.prdc.precision, fresh.precision);
    QCOMPARE(live.prdc.recall, fresh.recall);
    QCOMPARE(live.prdc.density, fresh.density);
    QCOMPARE(live.prdc.coverage, fresh.coverage);
    QCOMPARE(live.memorizedFraction, fresh.memorizedFraction);
    QCOMPARE(live.memorizationThreshold, fresh.memorizationThreshold);
    QVERIFY(sameVector(live.realism, fresh.realism, "realism", k));
    QVERIFY(
        sameVector(live.insideRealManifold, fresh.insideRealManifold, "inside_real_manifold", k));
    QVERIFY(sameVector(live.memorized, fresh.memorized, "memorized", k));
    QVERIFY(sameVector(live.realRadius, fresh.realRadius, "knn_radius", k));
    QVERIFY(sameVector(live.covered, fresh.covered, "covered", k));
    QVERIFY(sameVector(live.insideGeneratedManifold, fresh.insideGeneratedManifold,
                       "inside_generated_manifold", k));
    std::vector<double> balls(stored.live.ballCounts.rows());
    for (std::size_t j = 0; j < balls.size(); ++j) {
        balls[j] = stored.live.ballCounts(static_cast<Eigen::Index>(j), k - 1);
    }
    QVERIFY(sameVector(balls, fresh.realBallsContaining, "real balls containing", k));
    // The run at the stored k keeps its own numbers: live k at the stored k is the run itself.
    if (k == storedK) {
        QCOMPARE(live.prdc.precision, stored.precision);
        QVERIFY(sameVector(live.realism, stored.realism, "realism at the stored k", k));
    }
}

void TestLiveK::thresholdsMoveFlags()
{
    RowMatrixXf real, generated;
    gridSets(real, generated);
    const FeatureSpaceReport stored = evaluateFeatureSpace(real, generated, searchOnly(5, 20));
    LiveParameters p;
    p.k = 5;
    p.realismThreshold = 0; // nothing is below 0
    QCOMPARE(liveMetrics(stored.live, p).lowRealismFraction, 0.0);
    p.realismThreshold = std::numeric_limits<double>::infinity(); // all but exact copies
    const LiveResult all = liveMetrics(stored.live, p);
    std::int64_t finite = 0;
    for (double r : all.realism) {
        finite += std::isfinite(r);
    }
    QCOMPARE(all.lowRealismFraction,
             static_cast<double>(finite) / static_cast<double>(all.realism.size()));
    // Realism ≥ 1 exactly when inside a kept ball; threshold 1 flags the rest.
    p.realismThreshold = 1.0;
    const LiveResult one = liveMetrics(stored.live, p);
    for (std::size_t j = 0; j < one.realism.size(); ++j) {
        QCOMPARE(one.lowRealism[j] != 0, one.realism[j] < 1.0);
    }
    // Memorisation factor 0 flags nothing; a huge one flags everything (on a set whose median
    // real 1-NN distance is not 0 — the grid's duplicates make it 0).
    const auto well = fixtures::load("well");
    const FeatureSpaceReport spread
        = evaluateFeatureSpace(well.real, well.generated, searchOnly(5, 20));
    p.memorizationFactor = 0;
    QCOMPARE(liveMetrics(spread.live, p).memorizedFraction, 0.0);
    p.memorizationFactor = 1e9;
    QCOMPARE(liveMetrics(spread.live, p).memorizedFraction, 1.0);
    QVERIFY(liveMetrics(spread.live, p).memorizationThreshold > 0);
}

void TestLiveK::blobRoundTrip()
{
    const auto c = fixtures::load("ties");
    const FeatureSpaceReport stored = evaluateFeatureSpace(c.real, c.generated, searchOnly(5, 20));
    const std::string blob = encodeLiveStatistics(stored.live);
    const std::size_t n = static_cast<std::size_t>(c.real.rows());
    const std::size_t m = static_cast<std::size_t>(c.generated.rows());
    QCOMPARE(blob.size(), 36 + n * (8 * 20 + 9) + m * (12 * 20 + 8)); // the size stated in livek.h
    const LiveStatistics back = decodeLiveStatistics(blob);
    QCOMPARE(back.kMax, stored.live.kMax);
    QVERIFY(back.realRadii == stored.live.realRadii);
    QVERIFY(back.ballCounts == stored.live.ballCounts);
    QVERIFY(back.realism == stored.live.realism);
    QVERIFY(back.nearestGenerated == stored.live.nearestGenerated);
    QVERIFY(back.recallFirstK == stored.live.recallFirstK);
    QVERIFY(back.nearestRealDistance == stored.live.nearestRealDistance);
    for (int k = 1; k <= 20; ++k) {
        LiveParameters p;
        p.k = k;
        const LiveResult a = liveMetrics(back, p);
        const LiveResult b = liveMetrics(stored.live, p);
        QCOMPARE(a.prdc.density, b.prdc.density);
        QVERIFY(sameVector(a.realism, b.realism, "realism after the round trip", k));
    }
}

void TestLiveK::damagedBlobs_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<int>("flipOffset");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << 0 << -1 << QStringLiteral("truncated");
    QTest::newRow("half a header") << 20 << -1 << QStringLiteral("truncated");
    QTest::newRow("not GLLK") << -1 << 0 << QStringLiteral("not GLLK");
    QTest::newRow("newer version") << -1 << 4 << QStringLiteral("version");
    QTest::newRow("K out of range") << -1 << 8 << QStringLiteral("K =");
    QTest::newRow("sizes disagree") << -1 << 12 << QStringLiteral("sizes need");
    QTest::newRow("data cut short") << 1000 << -1 << QStringLiteral("sizes need");
}

void TestLiveK::damagedBlobs()
{
    QFETCH(int, cut);
    QFETCH(int, flipOffset);
    QFETCH(QString, message);
    RowMatrixXf real, generated;
    gridSets(real, generated);
    std::string blob
        = encodeLiveStatistics(evaluateFeatureSpace(real, generated, searchOnly(5, 20)).live);
    if (cut >= 0) {
        blob.resize(static_cast<std::size_t>(cut));
    }
    if (flipOffset >= 0) {
        blob[static_cast<std::size_t>(flipOffset)]
            = static_cast<char>(blob[static_cast<std::size_t>(flipOffset)] + 77);
    }
    try {
        decodeLiveStatistics(blob);
        QFAIL("a damaged blob was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

void TestLiveK::argumentErrors()
{
    RowMatrixXf real, generated;
    gridSets(real, generated);
    const FeatureSpaceReport stored = evaluateFeatureSpace(real, generated, searchOnly(5, 20));
    LiveParameters p;
    p.k = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, liveMetrics(stored.live, p));
    p.k = 21;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, liveMetrics(stored.live, p));
    p.k = 5;
    p.memorizationFactor = std::nan("");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, liveMetrics(stored.live, p));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             liveMetrics(LiveStatistics(), LiveParameters()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             evaluateFeatureSpace(real, generated, searchOnly(5, 21)));
    // Small sets: K is clamped to the set sizes − 1.
    const FeatureSpaceReport small
        = evaluateFeatureSpace(real.topRows(8), generated.topRows(11), searchOnly(3, 20));
    QCOMPARE(small.live.kMax, 7);
}

QTEST_MAIN(TestLiveK)
#include "tst_livek.moc"

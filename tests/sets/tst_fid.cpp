// FID against pytorch-fid's route (np.cov + scipy.linalg.sqrtm), computed independently by
// tests/data/sets/make_fixtures.py.
#include "fixtures.h"
#include "genlens/metrics/core/simd.h"
#include "genlens/metrics/sets/fid.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace genlens::metrics;

// Against the most accurate independent value (make_fixtures.py fid_nuclear: Tr (ΣrΣg)^½ as the
// nuclear norm of an N×M product, no matrix square root). On the rank-deficient case sqrtm itself
// is ~3e-8 off it, GenLens ~2e-9.
static constexpr double kFidNuclearTolerance = 1e-7;

class TestFid : public QObject
{
    Q_OBJECT
private slots:
    void fromFeatures_data();
    void fromFeatures();
    void fromStatisticsFiles_data() { fromFeatures_data(); }
    void fromStatisticsFiles();
    void identicalSetsGiveZero();
    void traceSqrtOfDiagonal();
    void mismatchedDimensionsThrow();
    void statisticsFileErrors();
    void traceRoutes_data();
    void traceRoutes();
};

void TestFid::fromFeatures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("tolerance");
    // Issue 2: relative error <= 1e-6 well-conditioned, <= 1e-4 rank-deficient (N < d).
    QTest::newRow("well 400x16 vs 350x16") << QStringLiteral("well") << 1e-6;
    QTest::newRow("rank-deficient 60x128 vs 50x128") << QStringLiteral("rankdef") << 1e-4;
    QTest::newRow("ties and duplicates 40x6") << QStringLiteral("ties") << 1e-6;
}

void TestFid::fromFeatures()
{
    QFETCH(QString, name);
    QFETCH(double, tolerance);
    const auto c = fixtures::load(name.toStdString());
    const double want = c.number("fid");
    QVERIFY(want > 0);
    for (int threads : {1, 2}) {
        const FidResult r = fid(c.real, c.generated, {}, threads);
        QVERIFY2(fixtures::relErr(r.fid, want) <= tolerance,
                 qPrintable(QStringLiteral("got %1 want %2").arg(r.fid, 0, 'g', 17).arg(want, 0, 'g', 17)));
        QCOMPARE(r.meanTerm + r.traceTerm, r.fid);
        QVERIFY(fixtures::relErr(r.fid, c.number("fid_nuclear")) <= kFidNuclearTolerance);
    }
}

void TestFid::fromStatisticsFiles()
{
    QFETCH(QString, name);
    QFETCH(double, tolerance);
    const std::string n = name.toStdString();
    const auto c = fixtures::load(n);
    const FidStats r = loadFidStatistics(fixtures::dataPath(n + "_real_stats.npz"));
    const FidStats g = loadFidStatistics(fixtures::dataPath(n + "_generated_stats.npz"));
    QCOMPARE(r.mu.size(), c.real.cols());
    const double got = fidFromStatistics(r, g).fid;
    QVERIFY2(fixtures::relErr(got, c.number("fid")) <= tolerance, qPrintable(QString::number(got, 'g', 17)));
    // Our own statistics equal numpy's np.mean / np.cov to rounding.
    const FidStats mine = fidStatistics(c.real);
    QVERIFY((mine.mu - r.mu).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY((mine.sigma - r.sigma).cwiseAbs().maxCoeff() < 1e-12);
    QCOMPARE(mine.n, c.real.rows());
}

void TestFid::identicalSetsGiveZero()
{
    const auto c = fixtures::load("well");
    const double v = fid(c.real, c.real).fid;
    QVERIFY2(std::abs(v) < 1e-9, qPrintable(QString::number(v)));
}

void TestFid::traceSqrtOfDiagonal()
{
    // Hand-worked: Tr sqrt(diag(1,4,9) diag(4,1,0)) = 2 + 2 + 0 = 4.
    Eigen::MatrixXd a = Eigen::Vector3d(1, 4, 9).asDiagonal();
    Eigen::MatrixXd b = Eigen::Vector3d(4, 1, 0).asDiagonal();
    QVERIFY(std::abs(traceSqrtProduct(a, b) - 4.0) < 1e-12);
}

void TestFid::mismatchedDimensionsThrow()
{
    RowMatrixXf a = RowMatrixXf::Random(10, 4);
    RowMatrixXf b = RowMatrixXf::Random(10, 5);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fid(a, b));
    RowMatrixXf one = RowMatrixXf::Random(1, 4);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fid(one, a));
}

void TestFid::statisticsFileErrors()
{
    // A features file is not a statistics file: the message names the file and the missing key.
    try {
        loadFidStatistics(fixtures::dataPath("well_expected.npz"));
        QFAIL("no exception");
    } catch (const NpyError& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("well_expected.npz")));
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("'mu'")));
    }
    const QString dir = QDir::tempPath() + QStringLiteral("/genlens_tst_fid");
    QDir().mkpath(dir);
    const std::string bad = (dir + QStringLiteral("/bad_stats.npz")).toStdString();
    writeNpz(bad, {{"mu", npyFromVector(Eigen::VectorXd::Zero(3))},
                   {"sigma", npyFromMatrix(RowMatrixXd(RowMatrixXd::Identity(4, 4)))}});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, loadFidStatistics(bad));
}

// The trace routes (Cholesky; ill-conditioned Σr; pivoted LDLᵀ for a singular Σr) at d = 160
// against tests/data/sets/make_fid_route_fixtures.py, with every kernel level this CPU has and
// one and two threads. The reference is the float64 route: fid_nuclear (no matrix square root)
// and scipy's sqrtm route fid_sqrtm; they agree to 1e-12 except on the singular case, where
// sqrtm itself is 2.6e-8 off. Measured: pd ≤ 7e-15, ill-conditioned ≤ 2e-13, singular 1.6e-8.
void TestFid::traceRoutes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("positive definite 800x160 vs 700x160") << QStringLiteral("pd") << 1e-9;
    QTest::newRow("ill-conditioned (1.5e11) 170x160 vs 400x160")
        << QStringLiteral("illcond") << 1e-9;
    // Σr singular: the square roots of its ~zero eigenvalues amplify round-off (measured 1.6e-8;
    // scipy's sqrtm is 2.6e-8 off the same reference).
    QTest::newRow("singular 90x160 vs 120x160") << QStringLiteral("singular") << 5e-8;
}

void TestFid::traceRoutes()
{
    QFETCH(QString, name);
    QFETCH(double, tolerance);
    const std::string base = "fidroute_" + name.toStdString();
    const RowMatrixXf real = readNpyMatrixXf(fixtures::dataPath(base + "_real.npy"));
    const RowMatrixXf gen = readNpyMatrixXf(fixtures::dataPath(base + "_generated.npy"));
    QFile f(QString::fromStdString(fixtures::dataPath("fid_routes.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject e = QJsonDocument::fromJson(f.readAll()).object().value(name).toObject();
    const double nuclear = e.value(QStringLiteral("fid_nuclear")).toDouble();
    const double sqrtm = e.value(QStringLiteral("fid_sqrtm")).toDouble();
    QVERIFY(nuclear > 0);
    const SimdLevel original = simdLevel();
    for (SimdLevel level : {SimdLevel::Generic, SimdLevel::Avx2, SimdLevel::Avx512}) {
        if (!simdLevelAvailable(level)) {
            continue;
        }
        setSimdLevel(level);
        for (int threads : {1, 2}) {
            const double got = fid(real, gen, {}, threads).fid;
            qInfo("%s %s threads %d: %.17g, vs nuclear %.2e, vs sqrtm %.2e", qPrintable(name),
                  simdLevelName(level), threads, got, fixtures::relErr(got, nuclear),
                  fixtures::relErr(got, sqrtm));
            QVERIFY2(fixtures::relErr(got, nuclear) <= tolerance, simdLevelName(level));
            if (name != QLatin1String("singular")) {
                QVERIFY2(fixtures::relErr(got, sqrtm) <= tolerance, simdLevelName(level));
            }
        }
    }
    setSimdLevel(original);
}

QTEST_GUILESS_MAIN(TestFid)
#include "tst_fid.moc"

// FID against pytorch-fid's route (np.cov + scipy.linalg.sqrtm), computed independently by
// tests/data/sets/make_fixtures.py.
#include "fixtures.h"

#include "genlens/metrics/sets/fid.h"

#include <QDir>
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

QTEST_GUILESS_MAIN(TestFid)
#include "tst_fid.moc"

// CMMD against google-research's cmmd/distance.py formula (tests/data/sets/make_cmmd_fixtures.py)
// and hand-worked cases.

#include "fixtures.h"
#include "genlens/metrics/sets/cmmd.h"

#include <QtTest>
#include <cmath>

using namespace genlens::metrics;

namespace {

// Absolute, on the ×1000 scale: the float32 dot products (on mean-shifted features) leave
// ~1e-9 on each kernel value, so ~1e-6 on CMMD; the kernel means themselves to 1e-8.
constexpr double kCmmdTolerance = 1e-5;
constexpr double kMeanTolerance = 1e-8;

QJsonObject expectedCase(const QString& name)
{
    QFile f(QString::fromStdString(fixtures::dataPath("cmmd_expected.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing cmmd_expected.json");
    }
    return QJsonDocument::fromJson(f.readAll()).object().value(name).toObject();
}

} // namespace

class TestCmmd : public QObject
{
    Q_OBJECT

private slots:
    void matchesReference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tile");
        QTest::addColumn<int>("threads");
        for (const char* name : {"clip_like", "raw", "same"}) {
            for (const int tile : {7, 64, 1024}) {
                for (const int threads : {1, 2}) {
                    QTest::addRow("%s-tile%d-threads%d", name, tile, threads)
                        << QString::fromLatin1(name) << tile << threads;
                }
            }
        }
    }
    void matchesReference()
    {
        QFETCH(QString, name);
        QFETCH(int, tile);
        QFETCH(int, threads);
        const std::string base = "cmmd_" + name.toStdString();
        const RowMatrixXf real = readNpyMatrixXf(fixtures::dataPath(base + "_real.npy"));
        const RowMatrixXf generated = readNpyMatrixXf(fixtures::dataPath(base + "_generated.npy"));
        const QJsonObject want = expectedCase(name);
        CmmdOptions options;
        options.tile = tile;
        options.threads = threads;
        const CmmdStatistics s = cmmdStatistics(real, generated, options);
        QVERIFY(std::abs(s.realReal - want.value(QStringLiteral("k_xx")).toDouble())
                < kMeanTolerance);
        QVERIFY(std::abs(s.generatedGenerated - want.value(QStringLiteral("k_yy")).toDouble())
                < kMeanTolerance);
        QVERIFY(std::abs(s.realGenerated - want.value(QStringLiteral("k_xy")).toDouble())
                < kMeanTolerance);
        const double got = cmmdFromStatistics(s, options);
        const double expected = want.value(QStringLiteral("cmmd")).toDouble();
        QVERIFY2(std::abs(got - expected) < kCmmdTolerance,
                 qPrintable(QStringLiteral("cmmd %1, reference %2")
                                .arg(got, 0, 'g', 12)
                                .arg(expected, 0, 'g', 12)));
    }

    // Tiles are summed in a fixed order: the thread count does not change a bit.
    void independentOfThreads()
    {
        const RowMatrixXf real = readNpyMatrixXf(fixtures::dataPath("cmmd_raw_real.npy"));
        const RowMatrixXf generated = readNpyMatrixXf(fixtures::dataPath("cmmd_raw_generated.npy"));
        CmmdOptions one;
        one.tile = 32;
        one.threads = 1;
        CmmdOptions two = one;
        two.threads = 2;
        QCOMPARE(cmmd(real, generated, one), cmmd(real, generated, two));
    }

    // By hand. x = {(0,0)}, y = {(10,0)}: k_xx = k_yy = 1, k_xy = exp(-100/200) = e^-0.5,
    // CMMD = 1000 (2 - 2 e^-0.5) = 786.9386805747...
    // x = {(0,0), (0,10)}, y = {(10,0)}: k_xx = (1 + 1 + 2 e^-0.5) / 4 (diagonal included),
    // k_yy = 1, k_xy = (e^-0.5 + e^-1) / 2 (|(0,10) - (10,0)|² = 200), CMMD = 1000 (1.5 -
    // 0.5 e^-0.5 - e^-1) = 828.3779966...; dropping the diagonal (as KID's unbiased form does)
    // would not give these.
    void handWorked()
    {
        RowMatrixXf x(1, 2), y(1, 2);
        x << 0, 0;
        y << 10, 0;
        QVERIFY(std::abs(cmmd(x, y) - 1000.0 * (2.0 - 2.0 * std::exp(-0.5))) < 1e-9);
        RowMatrixXf x2(2, 2);
        x2 << 0, 0, 0, 10;
        const double want = 1000.0 * (1.5 - 0.5 * std::exp(-0.5) - std::exp(-1.0));
        QVERIFY2(std::abs(cmmd(x2, y) - want) < 1e-9,
                 qPrintable(QString::number(cmmd(x2, y), 'g', 15)));
        CmmdOptions wide;
        wide.sigma = 1e6;
        QVERIFY(std::abs(cmmd(x2, y, wide)) < 1e-6);
    }

    void refusesBadInput()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, cmmd(RowMatrixXf(3, 2), RowMatrixXf(3, 4)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, cmmd(RowMatrixXf(0, 2), RowMatrixXf(3, 2)));
        CmmdOptions bad;
        bad.sigma = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 cmmd(RowMatrixXf::Zero(2, 2), RowMatrixXf::Zero(2, 2), bad));
    }

    void cancels()
    {
        const RowMatrixXf real = RowMatrixXf::Random(200, 8);
        CmmdOptions options;
        options.tile = 16;
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, cmmd(real, real, options, [](std::size_t, std::size_t) { return false; }));
    }
};

QTEST_GUILESS_MAIN(TestCmmd)
#include "tst_cmmd.moc"

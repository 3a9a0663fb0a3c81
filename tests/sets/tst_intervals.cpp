// Confidence intervals and FID∞ (issue 13): the percentile bootstrap and FID's half-sampling
// against an independent numpy computation that replays the seeded draws
// (tests/data/sets/make_interval_fixtures.py), reproducibility with the seed, and FID∞ on
// Gaussians whose FID is known in closed form.
#include "fixtures.h"
#include "genlens/metrics/core/bootstrap.h"
#include "genlens/metrics/sets/fid.h"
#include "genlens/metrics/sets/setintervals.h"

#include <QJsonArray>
#include <QtTest>
#include <cmath>
#include <random>

using namespace genlens::metrics;

namespace {

// numpy and GenLens sum the same values in another order: float64 rounding only.
constexpr double kRelativeTolerance = 1e-9;

QJsonObject intervalExpected()
{
    QFile f(QString::fromStdString(fixtures::dataPath("interval_expected.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

// With fewer samples than dimensions the covariances are singular: the square roots of the
// round-off eigenvalues (~1e-16 of the largest, clamped or not) add up to ~1e-7 in the trace term
// whichever route takes them; 1e-6 of the value leaves a margin.
constexpr double kRankDeficientTolerance = 1e-6;

bool close(double a, double b, double tolerance = kRelativeTolerance)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

// Gaussian samples N(mean, diag(scale²)) in float32.
RowMatrixXf gaussian(std::int64_t n, const Eigen::VectorXd& mean, const Eigen::VectorXd& scale,
                     std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    RowMatrixXf x(n, mean.size());
    for (std::int64_t i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < mean.size(); ++j) {
            x(i, j) = static_cast<float>(mean[j] + scale[j] * normal(rng));
        }
    }
    return x;
}

} // namespace

class TestIntervals : public QObject
{
    Q_OBJECT

private slots:
    void percentileIsNumpyLinear()
    {
        // np.percentile([1, 2, 3, 4, 10], [2.5, 50, 97.5]) = [1.1, 3.0, 9.4]
        const std::vector<double> v {4, 1, 10, 3, 2};
        QCOMPARE(percentile(v, 2.5), 1.1);
        QCOMPARE(percentile(v, 50), 3.0);
        QVERIFY(std::abs(percentile(v, 97.5) - 9.4) < 1e-12);
    }

    void meanMatchesNumpy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("indicators") << QStringLiteral("mean_indicators");
        QTest::addRow("column") << QStringLiteral("mean_column");
    }
    void meanMatchesNumpy()
    {
        QFETCH(QString, name);
        const QJsonObject c = intervalExpected().value(name).toObject();
        QVERIFY(!c.isEmpty());
        std::vector<double> values;
        for (const QJsonValue v : c.value(QStringLiteral("values")).toArray()) {
            values.push_back(v.toDouble());
        }
        BootstrapOptions o;
        o.resamples = c.value(QStringLiteral("resamples")).toInt();
        o.seed = static_cast<std::uint64_t>(c.value(QStringLiteral("seed")).toInt());
        const QByteArray key = c.value(QStringLiteral("key")).toString().toUtf8();
        const Interval i = bootstrapMean(values, o, streamOf(key.constData()));
        QVERIFY2(close(i.low, c.value(QStringLiteral("ci_low")).toDouble()),
                 qPrintable(QString::number(i.low, 'g', 17)));
        QVERIFY2(close(i.high, c.value(QStringLiteral("ci_high")).toDouble()),
                 qPrintable(QString::number(i.high, 'g', 17)));
    }

    void fidHalfSamplingMatchesNumpy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("tolerance");
        QTest::addRow("d-route, complementary halves")
            << QStringLiteral("fid_small_d") << kRelativeTolerance;
        QTest::addRow("Gram route, halves below d")
            << QStringLiteral("fid_gram") << kRankDeficientTolerance;
    }
    void fidHalfSamplingMatchesNumpy()
    {
        QFETCH(QString, name);
        QFETCH(double, tolerance);
        const QJsonObject c = intervalExpected().value(name).toObject();
        QVERIFY(!c.isEmpty());
        const std::string base = "interval_" + name.toStdString();
        const RowMatrixXf real = readNpyMatrixXf(fixtures::dataPath(base + "_real.npy"));
        const RowMatrixXf generated = readNpyMatrixXf(fixtures::dataPath(base + "_generated.npy"));
        const FidStats r = fidStatistics(real);
        const FidStats g = fidStatistics(generated);
        const double value = fidFromStatistics(r, g).fid;
        QVERIFY2(close(value, c.value(QStringLiteral("fid")).toDouble(), tolerance),
                 qPrintable(QString::number(value, 'g', 17)));
        BootstrapOptions o;
        o.resamples = c.value(QStringLiteral("resamples")).toInt();
        o.seed = static_cast<std::uint64_t>(c.value(QStringLiteral("seed")).toInt());
        const Interval i = fidInterval(real, generated, r, g, value, o);
        QVERIFY2(close(i.low, c.value(QStringLiteral("ci_low")).toDouble(), tolerance),
                 qPrintable(QString::number(i.low, 'g', 17)));
        QVERIFY2(close(i.high, c.value(QStringLiteral("ci_high")).toDouble(), tolerance),
                 qPrintable(QString::number(i.high, 'g', 17)));
    }

    void reproducibleWithTheSeed()
    {
        const Eigen::VectorXd mean = Eigen::VectorXd::Zero(6);
        const Eigen::VectorXd scale = Eigen::VectorXd::Ones(6);
        const RowMatrixXf real = gaussian(300, mean, scale, 1);
        const RowMatrixXf generated = gaussian(280, mean.array() + 0.2, scale * 1.1, 2);
        const FidStats r = fidStatistics(real);
        const FidStats g = fidStatistics(generated);
        const double value = fidFromStatistics(r, g).fid;
        BootstrapOptions o;
        o.resamples = 40;
        o.seed = 11;
        const Interval first = fidInterval(real, generated, r, g, value, o);
        o.threads = 1; // the thread count does not change the draws
        const Interval again = fidInterval(real, generated, r, g, value, o);
        QCOMPARE(again.low, first.low);
        QCOMPARE(again.high, first.high);
        QVERIFY(first.low < value && value < first.high);
        o.seed = 12;
        const Interval other = fidInterval(real, generated, r, g, value, o);
        QVERIFY(other.low != first.low || other.high != first.high);

        std::vector<double> values(200);
        for (std::size_t i = 0; i < values.size(); ++i) {
            values[i] = static_cast<double>(i % 7);
        }
        o.seed = 11;
        const Interval m1 = bootstrapMean(values, o, streamOf("x"));
        const Interval m2 = bootstrapMean(values, o, streamOf("x"));
        QCOMPARE(m1.low, m2.low);
        QCOMPARE(m1.high, m2.high);
        o.seed = 12;
        const Interval m3 = bootstrapMean(values, o, streamOf("x"));
        QVERIFY(m3.low != m1.low || m3.high != m1.high);
    }

    void fidInfinitySizes()
    {
        const std::vector<std::int64_t> large = genlens::metrics::fidInfinitySizes(23000);
        QCOMPARE(large, (std::vector<std::int64_t> {5000, 10000, 15000, 20000, 23000}));
        const std::vector<std::int64_t> small = genlens::metrics::fidInfinitySizes(1000);
        QCOMPARE(small, (std::vector<std::int64_t> {200, 400, 600, 800, 1000}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, genlens::metrics::fidInfinitySizes(49));
    }

    void fitLineMatchesTheClosedForm()
    {
        // y = 2 + 3x exactly: intercept 2, no residual.
        const LineFit exact = fitLine({1, 2, 3, 4}, {5, 8, 11, 14});
        QVERIFY(std::abs(exact.intercept - 2) < 1e-12);
        QVERIFY(std::abs(exact.slope - 3) < 1e-12);
        QVERIFY(exact.interceptError < 1e-9);
        // numpy: x = [1, 2, 3, 4], y = [1, 3, 2, 5]: np.polyfit gives intercept 0.0, slope 1.1;
        // residuals [-0.1, 0.8, -1.3, 0.6], s² = 2.7/2, se = √(s² (1/4 + 2.5²/5)) = 1.4230249.
        const LineFit noisy = fitLine({1, 2, 3, 4}, {1, 3, 2, 5});
        QVERIFY(std::abs(noisy.intercept) < 1e-12);
        QVERIFY(std::abs(noisy.slope - 1.1) < 1e-12);
        QVERIFY(std::abs(noisy.interceptError - 1.4230249470757708) < 1e-12);
    }

    // Gaussians with known FID: real N(0, I) with many samples, generated N(μ, diag(s²)).
    // FID = ‖μ‖² + Σ (1 + sᵢ² − 2 sᵢ). FID∞ removes the 1/N bias of the small sets and lands
    // within three of its stated standard errors of the closed form, while the plain FID of the
    // whole generated set is biased upward by more than that.
    void fidInfinityOnGaussians()
    {
        constexpr int d = 48;
        const Eigen::VectorXd zero = Eigen::VectorXd::Zero(d);
        const Eigen::VectorXd one = Eigen::VectorXd::Ones(d);
        Eigen::VectorXd mu(d);
        Eigen::VectorXd s(d);
        for (int j = 0; j < d; ++j) {
            mu[j] = 0.05 * (j % 4);
            s[j] = 1.0 + 0.1 * (j % 3);
        }
        double known = mu.squaredNorm();
        for (int j = 0; j < d; ++j) {
            known += 1 + s[j] * s[j] - 2 * s[j];
        }
        const RowMatrixXf real = gaussian(200000, zero, one, 5);
        const RowMatrixXf generated = gaussian(3000, mu, s, 6);
        const FidStats r = fidStatistics(real);
        const FidStats g = fidStatistics(generated);
        FidInfinityOptions o;
        o.seed = 3;
        o.kid = true;
        o.kidSubsets = 5;
        o.kidSubsetSize = 200;
        const FidInfinityResult fi = fidInfinity(real, generated, r, g, o);
        QCOMPARE(fi.curve.size(), std::size_t(5));
        QCOMPARE(fi.curve.front().n, std::int64_t(600));
        QCOMPARE(fi.curve.back().n, std::int64_t(3000));
        for (const FidCurvePoint& p : fi.curve) {
            QVERIFY(std::isfinite(p.kid));
        }
        qInfo("FID known %.5f, FID inf %.5f +- %.5f, FID at %lld: %.5f", known, fi.value,
              fi.stdError, static_cast<long long>(fi.curve.back().n), fi.curve.back().fid);
        QVERIFY(fi.stdError > 0);
        QVERIFY2(std::abs(fi.value - known) <= 3 * fi.stdError,
                 qPrintable(QStringLiteral("FID∞ %1 ± %2, known %3")
                                .arg(fi.value)
                                .arg(fi.stdError)
                                .arg(known)));
        // Even the whole generated set's FID is biased beyond that error: the extrapolation is
        // what brings FID∞ to the truth.
        QVERIFY(fi.curve.back().fid - known > 3 * fi.stdError);
    }
};

QTEST_MAIN(TestIntervals)
#include "tst_intervals.moc"

#include "genlens/metrics/text/kmeans.h"
#include "genlens/metrics/text/mauve.h"
#include "genlens/metrics/text/pca.h"

#include <Eigen/Eigenvalues>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace genlens::metrics;
using namespace genlens::metrics::text;

namespace {

// Curve and area on fixed histograms: the same float64 formulas as the reference, summed in a
// possibly different order (numpy's pairwise sum), so agreement to ~1e-15; 1e-12 leaves margin.
constexpr double kCurveTolerance = 1e-12;
// PCA ratios: float64 covariance eigen-decomposition vs scikit-learn's float64 SVD.
constexpr double kPcaTolerance = 1e-10;
// End to end on separated blobs: the quantisation is unique, only the float32 PCA projection and
// summation order differ.
constexpr double kSeparatedTolerance = 1e-9;

QJsonObject fixture()
{
    QFile f(QStringLiteral(GENLENS_TEST_DATA "/textmodels/mauve_fixture.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot open mauve_fixture.json");
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::vector<double> toVector(const QJsonArray& a)
{
    std::vector<double> v;
    for (const auto& x : a) {
        v.push_back(x.toDouble());
    }
    return v;
}

RowMatrixXf readF32(const QString& name, int rows, int cols)
{
    QFile f(QStringLiteral(GENLENS_TEST_DATA "/textmodels/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(name));
    }
    const QByteArray bytes = f.readAll();
    RowMatrixXf m(rows, cols);
    if (bytes.size() != static_cast<qsizetype>(sizeof(float)) * rows * cols) {
        qFatal("%s has the wrong size", qPrintable(name));
    }
    std::memcpy(m.data(), bytes.constData(), static_cast<std::size_t>(bytes.size()));
    return m;
}

QJsonObject featureCase(const QString& name)
{
    for (const auto& v : fixture().value(QStringLiteral("features")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            return v.toObject();
        }
    }
    qFatal("no feature case %s", qPrintable(name));
}

std::pair<RowMatrixXf, RowMatrixXf> features(const QJsonObject& c)
{
    const int cols = c.value(QStringLiteral("cols")).toInt();
    return {readF32(c.value(QStringLiteral("p")).toString(),
                    c.value(QStringLiteral("rowsP")).toInt(), cols),
            readF32(c.value(QStringLiteral("q")).toString(),
                    c.value(QStringLiteral("rowsQ")).toInt(), cols)};
}

} // namespace

class TestMauve : public QObject
{
    Q_OBJECT

private slots:
    // Rows: make_mauve_fixture.py part A. The four "note_*" rows and "counts"/"counts_kt" are also
    // in shared/reference/text-metrics.md §3 (computed there with the library's own code):
    // 0.278113725367, 0.219061684962, 0.004072096262, 0.957901952549, 0.271169652252 and MAUVE*
    // 0.540944827353.
    void histograms_data()
    {
        QTest::addColumn<QJsonObject>("row");
        for (const auto& v : fixture().value(QStringLiteral("histograms")).toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString())) << o;
        }
    }

    void histograms()
    {
        QFETCH(QJsonObject, row);
        MauveOptions options;
        options.scalingFactor = row.value(QStringLiteral("scalingFactor")).toDouble();
        options.divergenceCurvePoints = row.value(QStringLiteral("points")).toInt();
        MauveResult details;
        const double value = mauveFromHistograms(toVector(row.value(QStringLiteral("p")).toArray()),
                                                 toVector(row.value(QStringLiteral("q")).toArray()),
                                                 options, &details);
        QVERIFY2(std::abs(value - row.value(QStringLiteral("mauve")).toDouble()) < kCurveTolerance,
                 qPrintable(QString::number(value, 'g', 17)));
        QCOMPARE(details.mauve, value);
        QVERIFY(std::abs(details.frontierIntegral
                         - row.value(QStringLiteral("frontierIntegral")).toDouble())
                < kCurveTolerance);
        const auto x = toVector(row.value(QStringLiteral("curveX")).toArray());
        const auto y = toVector(row.value(QStringLiteral("curveY")).toArray());
        QCOMPARE(details.curveX.size(), x.size());
        QCOMPARE(details.curveX.size(), std::size_t(options.divergenceCurvePoints + 2));
        for (std::size_t i = 0; i < x.size(); ++i) {
            QVERIFY(std::abs(details.curveX[i] - x[i]) < kCurveTolerance);
            QVERIFY(std::abs(details.curveY[i] - y[i]) < kCurveTolerance);
        }
    }

    void countsAndKrichevskyTrofimov()
    {
        MauveOptions options;
        // Reference note: counts p = [5,3,2,0], q = [1,2,3,4] give MAUVE 0.271169652252 and
        // MAUVE* 0.540944827353.
        QVERIFY(std::abs(mauveFromCounts({5, 3, 2, 0}, {1, 2, 3, 4}, options) - 0.271169652252)
                < 1e-11);
        options.krichevskyTrofimov = true;
        QVERIFY(std::abs(mauveFromCounts({5, 3, 2, 0}, {1, 2, 3, 4}, options) - 0.540944827353)
                < 1e-11);
    }

    void histogramErrors()
    {
        const MauveOptions options;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mauveFromHistograms({1, 2}, {1}, options));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 mauveFromHistograms({0, 0}, {1, 1}, options));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 mauveFromHistograms({-1, 2}, {1, 1}, options));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mauveFromHistograms({}, {}, options));
    }

    // Python round() is half-to-even: 25 -> 2, 35 -> 4 (reference note §1.8).
    void autoBuckets_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("expected");
        QTest::newRow("5") << 5 << 2;
        QTest::newRow("15") << 15 << 2;
        QTest::newRow("25") << 25 << 2;
        QTest::newRow("35") << 35 << 4;
        QTest::newRow("45") << 45 << 4;
        QTest::newRow("55") << 55 << 6;
        QTest::newRow("104") << 104 << 10;
        QTest::newRow("5000") << 5000 << 500;
    }

    void autoBuckets()
    {
        QFETCH(int, n);
        QFETCH(int, expected);
        QCOMPARE(mauveAutoBuckets(static_cast<std::size_t>(n), 100000), expected);
        QCOMPARE(mauveAutoBuckets(100000, static_cast<std::size_t>(n)), expected);
    }

    void pcaMatchesScikitLearn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("separated") << QStringLiteral("separated");
        QTest::newRow("overlapping") << QStringLiteral("overlapping");
    }

    // The stacked, L2-normalised data's explained-variance ratios against sklearn's PCA.
    void pcaMatchesScikitLearn()
    {
        QFETCH(QString, name);
        const QJsonObject c = featureCase(name);
        const auto [p, q] = features(c);
        RowMatrixXd stacked(p.rows() + q.rows(), p.cols());
        stacked.topRows(q.rows()) = q.cast<double>();
        stacked.bottomRows(p.rows()) = p.cast<double>();
        stacked.rowwise().normalize();
        const PcaResult pca = fitPca(stacked);
        const auto expected = toVector(c.value(QStringLiteral("explainedVarianceRatio")).toArray());
        QCOMPARE(static_cast<std::size_t>(pca.explainedVarianceRatio.size()), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QVERIFY(std::abs(pca.explainedVarianceRatio(static_cast<Eigen::Index>(i)) - expected[i])
                    < kPcaTolerance);
        }
        QCOMPARE(componentsForVariance(pca.explainedVarianceRatio, 0.9),
                 c.value(QStringLiteral("pcaDims")).toInt());
        // Components are orthonormal.
        const Eigen::MatrixXd gram = pca.components * pca.components.transpose();
        QVERIFY((gram - Eigen::MatrixXd::Identity(gram.rows(), gram.cols())).cwiseAbs().maxCoeff()
                < 1e-9);
        // The Gram route (n < d) gives the same spectrum as the covariance route.
        const PcaResult small = fitPca(stacked.topRows(6));
        RowMatrixXd wide = stacked.topRows(6);
        const Eigen::RowVectorXd mean = wide.colwise().mean();
        Eigen::MatrixXd cov = (wide.rowwise() - mean).transpose() * (wide.rowwise() - mean) / 5.0;
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(cov);
        QCOMPARE(small.explainedVariance.size(), Eigen::Index(6));
        QVERIFY(std::abs(small.explainedVariance(0) - solver.eigenvalues().maxCoeff()) < 1e-12);
    }

    // Well-separated blobs: the optimal 20-bucket quantisation is unique, so GenLens's MAUVE
    // equals scikit-learn's (fixture part B, identical for all 5 scikit-learn seeds).
    void separatedEndToEnd()
    {
        const QJsonObject c = featureCase(QStringLiteral("separated"));
        const auto [p, q] = features(c);
        const MauveResult r = mauve(p, q);
        QCOMPARE(r.numBuckets, c.value(QStringLiteral("numBuckets")).toInt());
        QCOMPARE(r.pcaDims, c.value(QStringLiteral("pcaDims")).toInt());
        QVERIFY2(std::abs(r.mauve - c.value(QStringLiteral("mean")).toDouble())
                     < kSeparatedTolerance,
                 qPrintable(QString::number(r.mauve, 'g', 17)));
        QCOMPARE(r.labelsP.size(), std::size_t(p.rows()));
        QCOMPARE(r.labelsQ.size(), std::size_t(q.rows()));
        QCOMPARE(r.histogramP.size(), std::size_t(20));
        // Every seed finds the same partition.
        const MauveSpread spread = mauveSeedSpread(p, q, {}, 3);
        QVERIFY(spread.max - spread.min < kSeparatedTolerance);
    }

    // Overlapping clouds: k-means optima depend on the seed in every implementation. The test
    // compares 5-seed means: with the scikit-learn seed standard deviation s (fixture) and 5 seeds
    // on each side, the difference of means has standard error s·√(2/5); it must lie within 3
    // standard errors (and 0.02 at least, for the k-means++ vs k-means++ variant difference).
    void overlappingWithinSeedSpread()
    {
        const QJsonObject c = featureCase(QStringLiteral("overlapping"));
        const auto [p, q] = features(c);
        const MauveSpread ours = mauveSeedSpread(p, q, {}, 5);
        const double s = c.value(QStringLiteral("std")).toDouble();
        const double tolerance = std::max(0.02, 3 * s * std::sqrt(2.0 / 5.0));
        qInfo(
            "GenLens MAUVE over 5 seeds: mean %.4f std %.4f [%.4f, %.4f]; scikit-learn: mean %.4f "
            "std %.4f [%.4f, %.4f]; tolerance %.4f",
            ours.mean, ours.std, ours.min, ours.max, c.value(QStringLiteral("mean")).toDouble(), s,
            c.value(QStringLiteral("min")).toDouble(), c.value(QStringLiteral("max")).toDouble(),
            tolerance);
        QVERIFY(std::abs(ours.mean - c.value(QStringLiteral("mean")).toDouble()) < tolerance);
        QCOMPARE(ours.values.size(), std::size_t(5));
        const MauveResult r = mauve(p, q);
        QCOMPARE(r.numBuckets, c.value(QStringLiteral("numBuckets")).toInt());
        QCOMPARE(r.pcaDims, c.value(QStringLiteral("pcaDims")).toInt());
        QCOMPARE(r.mauve, ours.values[0]); // seed 25 is the first of the spread
    }

    void identicalSetsScoreOne()
    {
        const QJsonObject c = featureCase(QStringLiteral("overlapping"));
        const auto [p, q] = features(c);
        const MauveResult r = mauve(p, p);
        QCOMPARE(r.mauve, 1.0);
        QCOMPARE(r.frontierIntegral, 0.0);
        // And far-apart sets score near the disjoint-support floor 0.00407.
        RowMatrixXf shifted = q;
        shifted.col(0).array() += 1000.0f;
        QVERIFY(mauve(p, shifted).mauve < 0.01);
    }

    void kmeansSeparatedPartition()
    {
        const QJsonObject c = featureCase(QStringLiteral("separated"));
        const auto [p, q] = features(c);
        KMeansOptions options;
        options.clusters = 20;
        options.seed = 3;
        const KMeansResult r = kmeans(p, options);
        // Blobs have radius ~0.01·√12 and centres ~3·√24 apart: same cluster <=> close.
        for (Eigen::Index i = 0; i < p.rows(); ++i) {
            for (Eigen::Index j = i + 1; j < p.rows(); ++j) {
                const bool same = r.labels[std::size_t(i)] == r.labels[std::size_t(j)];
                const bool close = (p.row(i) - p.row(j)).norm() < 0.5f;
                QCOMPARE(same, close);
            }
        }
        QVERIFY(r.inertia < 200 * 12 * 0.0001 * 2); // ≈ n·d·σ², far below any merge of blobs
        // Deterministic for a seed.
        const KMeansResult again = kmeans(p, options);
        QCOMPARE(again.labels, r.labels);
        QCOMPARE(again.inertia, r.inertia);
    }

    // Hamerly's bounds only skip work: on the same seeding the iterates are plain Lloyd's.
    void acceleratedEqualsPlainLloyd_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("clusters");
        QTest::newRow("2000x8 k=100") << 2000 << 8 << 100;
        QTest::newRow("600x16 k=30") << 600 << 16 << 30;
        QTest::newRow("300x3 k=150") << 300 << 3 << 150;
    }

    void acceleratedEqualsPlainLloyd()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, clusters);
        std::srand(7);
        const RowMatrixXf data = RowMatrixXf::Random(rows, cols);
        KMeansOptions options;
        options.clusters = clusters;
        options.restarts = 2;
        options.seed = 11;
        const KMeansResult fast = kmeans(data, options);
        options.accelerated = false;
        const KMeansResult plain = kmeans(data, options);
        QCOMPARE(fast.labels, plain.labels);
        QCOMPARE(fast.iterations, plain.iterations);
        QVERIFY(std::abs(fast.inertia - plain.inertia) <= 1e-9 * plain.inertia);
        QVERIFY(fast.iterations > 2); // the bounds were exercised over several updates
    }

    void errorsAndCancel()
    {
        const RowMatrixXf a = RowMatrixXf::Random(30, 4);
        const RowMatrixXf b = RowMatrixXf::Random(30, 5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mauve(a, b));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mauve(RowMatrixXf(0, 4), a));
        RowMatrixXf nan = a;
        nan(3, 2) = std::numeric_limits<float>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mauve(nan, a));
        MauveOptions tooMany;
        tooMany.numBuckets = 61;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mauve(a, a, tooMany));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, kmeans(a, KMeansOptions {0, 10, 1, 0}));
        bool cancelled = false;
        try {
            mauve(a, RowMatrixXf(a * 2), {},
                  [](std::size_t done, std::size_t) { return done < 2; });
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
    }
};

QTEST_MAIN(TestMauve)
#include "tst_mauve.moc"

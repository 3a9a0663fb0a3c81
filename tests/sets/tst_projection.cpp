// The 2-D PCA map (projection.h): axes, explained variance and coordinates against scikit-learn
// (tests/data/sets/make_projection_fixture.py), through both eigen-solvers; hand-checkable cases
// (points on a line, identical points, one dimension); the sign rule; the subsample bookkeeping;
// the statistics overload; errors; progress and cancellation.
#include "fixtures.h"
#include "genlens/metrics/sets/featurespace.h"
#include "genlens/metrics/sets/fid.h"
#include "genlens/metrics/sets/projection.h"

#include <QTest>
#include <algorithm>
#include <set>

using namespace genlens::metrics;

// scikit-learn's SVD route and GenLens' covariance route agree to ~1e-13 on these well-separated
// spectra; the subspace iteration stops at residuals of 1e-10 λ₁ (projection.h), which bounds the
// axis error by about 1e-10 λ₁ / (λ₂ − λ₃) < 1e-9 here. One tolerance for every comparison,
// relative to the scale of the compared quantity.
static constexpr double kTolerance = 1e-8;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

constexpr int kAlwaysDense = 1 << 20;
constexpr int kNeverDense = 0;

bool near(double got, double want, double scale = 1.0)
{
    return std::abs(got - want) <= kTolerance * std::max(scale, 1.0);
}

RowMatrixXf rowsOnLine(const Eigen::Vector3d& direction, const Eigen::Vector3d& offset, int n)
{
    RowMatrixXf rows(n, 3);
    for (int t = 0; t < n; ++t) {
        // Integer multiples: exact in float32.
        rows.row(t) = (static_cast<double>(t - 3) * direction + offset).cast<float>().transpose();
    }
    return rows;
}

ProjectionOptions withSolver(int denseMax)
{
    ProjectionOptions o;
    o.denseSolverMaxDim = denseMax;
    return o;
}

} // namespace

class TestProjection : public QObject
{
    Q_OBJECT
private slots:
    void matchesReference_data();
    void matchesReference();
    void pointsOnALine_data();
    void pointsOnALine();
    void signRule_data();
    void signRule();
    void identicalPointsAndOneDimension();
    void subsampleBookkeeping_data();
    void subsampleBookkeeping();
    void statisticsOverload();
    void deterministicAcrossThreads();
    void argumentErrors();
    void progressAndCancel_data();
    void progressAndCancel();
};

void TestProjection::matchesReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("denseMax");
    QTest::addRow("d160 dense") << QStringLiteral("projection_gauss") << kAlwaysDense;
    QTest::addRow("d160 subspace") << QStringLiteral("projection_gauss") << kNeverDense;
    QTest::addRow("n<d dense") << QStringLiteral("projection_wide") << kAlwaysDense;
    QTest::addRow("n<d subspace") << QStringLiteral("projection_wide") << kNeverDense;
    QTest::addRow("cap 50 seed 42 dense") << QStringLiteral("projection_subsample") << kAlwaysDense;
    QTest::addRow("cap 50 seed 42 subspace")
        << QStringLiteral("projection_subsample") << kNeverDense;
}

void TestProjection::matchesReference()
{
    QFETCH(QString, name);
    QFETCH(int, denseMax);
    const fixtures::Case c = fixtures::load(name.toStdString());
    ProjectionOptions o = withSolver(denseMax);
    o.maxPointsPerSet = static_cast<std::int64_t>(c.vector("cap")(0));
    o.seed = static_cast<std::uint64_t>(c.vector("seed")(0));
    const FeatureProjection p = pcaProjection(c.real, c.generated, o);
    const Eigen::Index d = c.real.cols();

    QCOMPARE(p.pca.count, c.real.rows() + c.generated.rows());
    QCOMPARE(p.seed, o.seed);
    QCOMPARE(p.maxPointsPerSet, o.maxPointsPerSet);
    const Eigen::VectorXd mean = c.vector("mean");
    const double meanScale = mean.cwiseAbs().maxCoeff();
    for (Eigen::Index j = 0; j < d; ++j) {
        QVERIFY(near(p.pca.mean(j), mean(j), meanScale));
    }
    const Eigen::VectorXd axes = c.vector("axes"); // 2 × d, row-major
    for (int i = 0; i < 2; ++i) {
        for (Eigen::Index j = 0; j < d; ++j) {
            QVERIFY2(near(p.pca.axes(i, j), axes(i * d + j)),
                     qPrintable(QStringLiteral("axis %1 entry %2: %3 vs %4")
                                    .arg(i)
                                    .arg(j)
                                    .arg(p.pca.axes(i, j))
                                    .arg(axes(i * d + j))));
        }
    }
    const Eigen::VectorXd variance = c.vector("explained_variance");
    const Eigen::VectorXd ratio = c.vector("explained_variance_ratio");
    for (int i = 0; i < 2; ++i) {
        QVERIFY(fixtures::relErr(p.pca.explainedVariance(i), variance(i)) <= kTolerance);
        QVERIFY(fixtures::relErr(p.pca.explainedVarianceRatio(i), ratio(i)) <= kTolerance);
    }
    QVERIFY(fixtures::relErr(p.pca.totalVariance, c.vector("total_variance")(0)) <= kTolerance);
    QCOMPARE(p.pca.iterations > 0, denseMax == kNeverDense);

    const double coordinateScale = std::sqrt(variance(0));
    for (const auto& [set, key, rows] :
         {std::tuple {&p.real, std::string("real"), &c.real},
          std::tuple {&p.generated, std::string("generated"), &c.generated}}) {
        const Eigen::VectorXd kept = c.vector(key + "_kept");
        const Eigen::VectorXd xy = c.vector(key + "_xy");
        QCOMPARE(set->total, rows->rows());
        QCOMPARE(set->subsampled, o.maxPointsPerSet > 0 && rows->rows() > o.maxPointsPerSet);
        QCOMPARE(static_cast<Eigen::Index>(set->kept.size()), kept.size());
        QCOMPARE(set->x.size(), set->kept.size());
        QCOMPARE(set->y.size(), set->kept.size());
        for (Eigen::Index i = 0; i < kept.size(); ++i) {
            const auto at = static_cast<std::size_t>(i);
            QCOMPARE(static_cast<double>(set->kept[at]), kept(i));
            QVERIFY(near(set->x[at], xy(2 * i), coordinateScale));
            QVERIFY(near(set->y[at], xy(2 * i + 1), coordinateScale));
        }
    }
}

void TestProjection::pointsOnALine_data()
{
    QTest::addColumn<int>("denseMax");
    QTest::addRow("dense") << kAlwaysDense;
    QTest::addRow("subspace") << kNeverDense;
}

void TestProjection::pointsOnALine()
{
    // Points t·(1, 2, 2) + offset: all variance on PC1 = (1, 2, 2)/3 (‖(1, 2, 2)‖ = 3), so
    // x = 3 (t − mean t) and y = 0.
    QFETCH(int, denseMax);
    const Eigen::Vector3d direction(1, 2, 2);
    const Eigen::Vector3d offset(5, -1, 0.5);
    const RowMatrixXf real = rowsOnLine(direction, offset, 7); // t = -3 … 3
    const RowMatrixXf generated = rowsOnLine(direction, offset + 4 * direction, 3); // t = 1 … 3
    const FeatureProjection p = pcaProjection(real, generated, withSolver(denseMax));
    QVERIFY(near(p.pca.explainedVarianceRatio(0), 1.0));
    QVERIFY(near(p.pca.explainedVarianceRatio(1), 0.0));
    QVERIFY(near(p.pca.axes(0, 0), 1.0 / 3));
    QVERIFY(near(p.pca.axes(0, 1), 2.0 / 3));
    QVERIFY(near(p.pca.axes(0, 2), 2.0 / 3));
    QVERIFY(near(p.pca.axes.row(1).norm(), 1.0));
    QVERIFY(near(p.pca.axes.row(0).dot(p.pca.axes.row(1)), 0.0));
    // t over both sets: -3 … 3 and 1 … 3; mean = (0 + 6) / 10 = 0.6.
    const double meanT = 0.6;
    for (int t = 0; t < 7; ++t) {
        QVERIFY(near(p.real.x[static_cast<std::size_t>(t)], 3.0 * ((t - 3) - meanT)));
        QVERIFY(near(p.real.y[static_cast<std::size_t>(t)], 0.0));
    }
    for (int t = 0; t < 3; ++t) {
        QVERIFY(near(p.generated.x[static_cast<std::size_t>(t)], 3.0 * ((t - 3 + 4) - meanT)));
    }
}

void TestProjection::signRule_data()
{
    QTest::addColumn<std::vector<double>>("direction");
    QTest::addColumn<std::vector<double>>("expected"); // PC1, sign rule applied
    QTest::addColumn<int>("denseMax");
    // The largest |entry| decides: −4 → flipped; 3 → kept.
    for (const auto& [name, dense] :
         {std::pair {"dense", kAlwaysDense}, std::pair {"subspace", kNeverDense}}) {
        QTest::addRow("largest negative, %s", name)
            << std::vector<double> {-1, -4, 2} << std::vector<double> {1, 4, -2} << dense;
        QTest::addRow("largest positive, %s", name)
            << std::vector<double> {-2, 1, 3} << std::vector<double> {-2, 1, 3} << dense;
    }
}

void TestProjection::signRule()
{
    QFETCH(std::vector<double>, direction);
    QFETCH(std::vector<double>, expected);
    QFETCH(int, denseMax);
    const Eigen::Vector3d dir(direction[0], direction[1], direction[2]);
    const Eigen::Vector3d want
        = Eigen::Vector3d(expected[0], expected[1], expected[2]).normalized();
    // A line plus a little spread across it, so that PC2 is defined as well.
    RowMatrixXf rows = rowsOnLine(dir, Eigen::Vector3d(1, 1, 1), 9);
    rows(0, 0) += 0.25F;
    rows(8, 2) -= 0.25F;
    const RowMatrixXf mirrored = -rows;
    const ProjectionOptions o = withSolver(denseMax);
    const FeatureProjection p = pcaProjection(rows.topRows(5), rows.bottomRows(4), o);
    const FeatureProjection m = pcaProjection(mirrored.topRows(5), mirrored.bottomRows(4), o);
    for (int j = 0; j < 3; ++j) {
        QVERIFY2(
            std::abs(p.pca.axes(0, j) - want(j)) < 1e-2,
            qPrintable(
                QStringLiteral("entry %1: %2 vs %3").arg(j).arg(p.pca.axes(0, j)).arg(want(j))));
    }
    // Mirrored data: the same axes (the rule fixes them), hence mirrored coordinates.
    for (int i = 0; i < 2; ++i) {
        Eigen::Index at = 0;
        p.pca.axes.row(i).cwiseAbs().maxCoeff(&at);
        QVERIFY(p.pca.axes(i, at) > 0);
        for (int j = 0; j < 3; ++j) {
            QVERIFY(near(m.pca.axes(i, j), p.pca.axes(i, j)));
        }
    }
    for (std::size_t k = 0; k < p.real.x.size(); ++k) {
        QVERIFY(near(m.real.x[k], -p.real.x[k], 10));
        QVERIFY(near(m.real.y[k], -p.real.y[k], 10));
    }
}

void TestProjection::identicalPointsAndOneDimension()
{
    // Every row the same point (exactly representable): no variance, ratios 0, coordinates 0.
    for (const int dense : {kAlwaysDense, kNeverDense}) {
        RowMatrixXf same(4, 5);
        same.rowwise() = Eigen::RowVectorXf::LinSpaced(5, -1.0F, 1.0F);
        const FeatureProjection p = pcaProjection(same, same.topRows(2), withSolver(dense));
        QCOMPARE(p.pca.totalVariance, 0.0);
        QCOMPARE(p.pca.explainedVarianceRatio(0), 0.0);
        QCOMPARE(p.pca.explainedVarianceRatio(1), 0.0);
        for (const ProjectedSet* s : {&p.real, &p.generated}) {
            for (std::size_t k = 0; k < s->x.size(); ++k) {
                QCOMPARE(s->x[k], 0.0);
                QCOMPARE(s->y[k], 0.0);
            }
        }
    }
    // d = 1: PC1 = (1), no PC2 (a zero axis, y = 0); x = f − mean.
    RowMatrixXf real(3, 1);
    real << 1, 2, 6;
    RowMatrixXf generated(1, 1);
    generated << -1;
    for (const int dense : {kAlwaysDense, kNeverDense}) {
        const FeatureProjection p = pcaProjection(real, generated, withSolver(dense));
        QCOMPARE(p.pca.axes(0, 0), 1.0);
        QCOMPARE(p.pca.axes(1, 0), 0.0);
        QVERIFY(near(p.pca.explainedVarianceRatio(0), 1.0));
        QVERIFY(
            near(p.pca.explainedVariance(0), 26.0 / 3)); // values 1 2 6 -1, mean 2: 26 / (4 − 1)
        QVERIFY(near(p.real.x[2], 4.0));
        QVERIFY(near(p.generated.x[0], -3.0));
        QCOMPARE(p.generated.y[0], 0.0);
    }
}

void TestProjection::subsampleBookkeeping_data()
{
    QTest::addColumn<int>("realRows");
    QTest::addColumn<int>("generatedRows");
    QTest::addColumn<int>("cap");
    QTest::addColumn<quint64>("seed");
    QTest::addRow("no cap") << 40 << 30 << 0 << quint64(1);
    QTest::addRow("cap above both") << 40 << 30 << 41 << quint64(1);
    QTest::addRow("cap equal to a set") << 40 << 30 << 40 << quint64(1);
    QTest::addRow("generated only above") << 20 << 30 << 25 << quint64(7);
    QTest::addRow("both above") << 40 << 30 << 12 << quint64(7);
    QTest::addRow("both above, other seed") << 40 << 30 << 12 << quint64(8);
}

void TestProjection::subsampleBookkeeping()
{
    QFETCH(int, realRows);
    QFETCH(int, generatedRows);
    QFETCH(int, cap);
    QFETCH(quint64, seed);
    RowMatrixXf real = RowMatrixXf::Random(realRows, 6);
    RowMatrixXf generated = RowMatrixXf::Random(generatedRows, 6);
    ProjectionOptions o;
    o.maxPointsPerSet = cap;
    o.seed = seed;
    const FeatureProjection p = pcaProjection(real, generated, o);
    ProjectionOptions all = o;
    all.maxPointsPerSet = 0;
    const FeatureProjection full = pcaProjection(real, generated, all);

    // The expected draws: one SplitMix64(seed) stream, real first, only for sets above the cap.
    SplitMix64 rng(seed);
    for (const auto& [set, fullSet, total] :
         {std::tuple {&p.real, &full.real, realRows},
          std::tuple {&p.generated, &full.generated, generatedRows}}) {
        QCOMPARE(set->total, std::int64_t(total));
        const bool above = cap > 0 && total > cap;
        QCOMPARE(set->subsampled, above);
        std::vector<std::int64_t> want;
        if (above) {
            want = sampleWithoutReplacement(total, cap, rng);
            std::sort(want.begin(), want.end());
        } else {
            for (int i = 0; i < total; ++i) {
                want.push_back(i);
            }
        }
        QCOMPARE(set->kept, want);
        QCOMPARE(std::set<std::int64_t>(set->kept.begin(), set->kept.end()).size(),
                 set->kept.size());
        // The axes are fitted on every row: kept points sit where the full projection puts them.
        for (std::size_t k = 0; k < set->kept.size(); ++k) {
            const auto row = static_cast<std::size_t>(set->kept[k]);
            QCOMPARE(set->x[k], fullSet->x[row]);
            QCOMPARE(set->y[k], fullSet->y[row]);
        }
    }
    QCOMPARE(p.pca.axes, full.pca.axes);
}

void TestProjection::statisticsOverload()
{
    const fixtures::Case c = fixtures::load("projection_gauss");
    const FeatureProjection direct = pcaProjection(c.real, c.generated);
    // From the statistics evaluateFeatureSpace keeps (its FID statistics).
    FeatureSpaceOptions fo;
    fo.kid = false;
    fo.vendiReal = false;
    fo.vendiGenerated = false;
    const FeatureSpaceReport report = evaluateFeatureSpace(c.real, c.generated, fo);
    QCOMPARE(report.realStatistics.n, c.real.rows());
    QCOMPARE(report.generatedStatistics.n, c.generated.rows());
    const FeatureProjection pooled
        = pcaProjection(c.real, c.generated, report.realStatistics, report.generatedStatistics);
    QVERIFY((pooled.pca.axes - direct.pca.axes).cwiseAbs().maxCoeff() <= kTolerance);
    QVERIFY((pooled.pca.mean - direct.pca.mean).cwiseAbs().maxCoeff() <= kTolerance);
    QVERIFY(fixtures::relErr(pooled.pca.explainedVariance(1), direct.pca.explainedVariance(1))
            <= kTolerance);
    for (std::size_t k = 0; k < direct.generated.x.size(); ++k) {
        QVERIFY(near(pooled.generated.x[k], direct.generated.x[k], 10));
    }
    // Statistics of other rows are refused.
    const FidStats other = fidStatistics(c.real.topRows(10));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             pcaProjection(c.real, c.generated, other, report.generatedStatistics));
    FidStats fromFile = report.realStatistics;
    fromFile.n = 0; // a statistics file without a count
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, featureStatsFromFid(fromFile));
}

void TestProjection::deterministicAcrossThreads()
{
    const fixtures::Case c = fixtures::load("projection_gauss");
    ProjectionOptions one;
    one.threads = 1;
    ProjectionOptions three;
    three.threads = 3;
    const FeatureProjection a = pcaProjection(c.real, c.generated, one);
    const FeatureProjection b = pcaProjection(c.real, c.generated, three);
    QCOMPARE(a.pca.axes, b.pca.axes);
    QCOMPARE(a.real.x, b.real.x);
    QCOMPARE(a.generated.y, b.generated.y);
}

void TestProjection::argumentErrors()
{
    const RowMatrixXf a = RowMatrixXf::Random(5, 4);
    const RowMatrixXf b = RowMatrixXf::Random(6, 3);
    try {
        pcaProjection(a, b);
        QFAIL("different dimensions were accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("5x4")), e.what());
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("6x3")), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pcaProjection(a.topRows(1), a.topRows(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             pcaProjection(RowMatrixXf(3, 0), RowMatrixXf(3, 0)));
    RowMatrixXf bad = a;
    bad(3, 1) = std::numeric_limits<float>::quiet_NaN();
    try {
        pcaProjection(a, bad);
        QFAIL("NaN was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("generated features: row 3")),
                 e.what());
    }
    // A set may be empty as long as the map has 2 points.
    const FeatureProjection p = pcaProjection(a.topRows(2), a.topRows(0));
    QCOMPARE(p.generated.total, std::int64_t(0));
    QVERIFY(p.generated.x.empty());
}

void TestProjection::progressAndCancel_data()
{
    QTest::addColumn<int>("denseMax");
    QTest::addRow("dense") << kAlwaysDense;
    QTest::addRow("subspace") << kNeverDense;
}

void TestProjection::progressAndCancel()
{
    QFETCH(int, denseMax);
    const fixtures::Case c = fixtures::load("projection_gauss");
    std::vector<std::size_t> seen;
    const Progress record = [&](std::size_t done, std::size_t total) {
        seen.push_back(done);
        return total == 1000;
    };
    pcaProjection(c.real, c.generated, withSolver(denseMax), record);
    QVERIFY(seen.size() > 3);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), std::size_t(1000));
    // Stops at the next block once the callback says so, at any point (one thread, so that no
    // second worker reports after the refusal).
    ProjectionOptions o = withSolver(denseMax);
    o.threads = 1;
    for (const std::size_t stopAt : {std::size_t(1), seen.size() / 2, seen.size() - 1}) {
        std::size_t calls = 0;
        const Progress stop = [&](std::size_t, std::size_t) { return ++calls < stopAt; };
        QVERIFY_THROWS_EXCEPTION(Cancelled, pcaProjection(c.real, c.generated, o, stop));
        QCOMPARE(calls, stopAt);
    }
}

QTEST_APPLESS_MAIN(TestProjection)
#include "tst_projection.moc"

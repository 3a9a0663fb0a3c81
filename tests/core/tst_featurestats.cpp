// Streaming, mergeable mean and covariance against a direct two-pass computation in long double.
#include "genlens/metrics/core/featurestats.h"
#include "genlens/metrics/core/simd.h"
#include "genlens/metrics/core/statsfile.h"

#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace genlens::metrics;

// Relative to the largest entry: float64 accumulation over a few thousand rows.
static constexpr double kStatsTolerance = 1e-12;

namespace {
RowMatrixXf sample(Eigen::Index n, Eigen::Index d, float offset, unsigned seed)
{
    std::mt19937 gen(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    RowMatrixXf x(n, d);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < d; ++j) {
            x(i, j) = offset + normal(gen) * float(j + 1);
        }
    }
    return x;
}

void reference(const RowMatrixXf& x, Eigen::VectorXd& mean, Eigen::MatrixXd& cov)
{
    const Eigen::Index n = x.rows();
    const Eigen::Index d = x.cols();
    std::vector<long double> m(static_cast<std::size_t>(d), 0.0L);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < d; ++j) {
            m[static_cast<std::size_t>(j)] += x(i, j);
        }
    }
    for (auto& v : m) {
        v /= n;
    }
    mean.resize(d);
    cov.resize(d, d);
    for (Eigen::Index a = 0; a < d; ++a) {
        mean[a] = double(m[static_cast<std::size_t>(a)]);
        for (Eigen::Index b = 0; b < d; ++b) {
            long double s = 0;
            for (Eigen::Index i = 0; i < n; ++i) {
                s += (x(i, a) - m[static_cast<std::size_t>(a)]) * (x(i, b) - m[static_cast<std::size_t>(b)]);
            }
            cov(a, b) = double(s / (n - 1));
        }
    }
}

double relDiff(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b)
{
    return (a - b).cwiseAbs().maxCoeff() / b.cwiseAbs().maxCoeff();
}
} // namespace

class TestFeatureStats : public QObject
{
    Q_OBJECT
private slots:
    void matchesTwoPass_data();
    void matchesTwoPass();
    void shardsMergeExactly();
    void deterministicAcrossThreads();
    void everySimdLevel();
    void errors();
    void wideHeaderRefused();
};

void TestFeatureStats::matchesTwoPass_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("d");
    QTest::addColumn<float>("offset");
    QTest::newRow("3000x7") << 3000 << 7 << 0.0f;
    // A large common offset: Σxxᵀ − nμμᵀ would lose ~8 digits here; the blockwise two-pass does not.
    QTest::newRow("2500x5, offset 1e4") << 2500 << 5 << 1e4f;
    QTest::newRow("5x3 (one block)") << 5 << 3 << 1.0f;
    // Wider than two 256-column panels (the last one partial) and more than one 2048-row block
    // at this width: every kind of panel task and the block loop.
    QTest::newRow("2200x530, offset 5") << 2200 << 530 << 5.0f;
}

void TestFeatureStats::matchesTwoPass()
{
    QFETCH(int, n);
    QFETCH(int, d);
    QFETCH(float, offset);
    const RowMatrixXf x = sample(n, d, offset, 1);
    Eigen::VectorXd mean;
    Eigen::MatrixXd cov;
    reference(x, mean, cov);
    const FeatureStats s = computeFeatureStats(x);
    QCOMPARE(s.count(), std::int64_t(n));
    QVERIFY((s.mean() - mean).cwiseAbs().maxCoeff() <= kStatsTolerance * mean.cwiseAbs().maxCoeff() + 1e-15);
    QVERIFY2(relDiff(s.covariance(), cov) <= kStatsTolerance, qPrintable(QString::number(relDiff(s.covariance(), cov))));
}

void TestFeatureStats::shardsMergeExactly()
{
    const RowMatrixXf x = sample(1000, 6, 3.0f, 2);
    FeatureStats whole;
    whole.add(x);
    // Three shards of uneven size, merged in two different groupings; plus row-by-row.
    FeatureStats a, b, c;
    a.add(x.topRows(1));
    b.add(x.middleRows(1, 600));
    c.add(x.bottomRows(399));
    FeatureStats left = a;
    left.merge(b);
    left.merge(c);
    FeatureStats right = c;
    FeatureStats bc = b;
    bc.merge(c);
    right = a;
    right.merge(bc);
    FeatureStats rows;
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        rows.add(x.middleRows(i, 1));
    }
    for (const FeatureStats* s : {&left, &right, &rows}) {
        QCOMPARE(s->count(), whole.count());
        QVERIFY((s->mean() - whole.mean()).cwiseAbs().maxCoeff() < 1e-13);
        QVERIFY(relDiff(s->scatter(), whole.scatter()) < kStatsTolerance);
    }
    // float64 input path gives the same statistics.
    FeatureStats dbl;
    dbl.add(RowMatrixXd(x.cast<double>()));
    QVERIFY(relDiff(dbl.scatter(), whole.scatter()) < kStatsTolerance);
}

void TestFeatureStats::deterministicAcrossThreads()
{
    for (const auto& [n, d] : {std::pair<int, int> {9000, 4}, {4500, 600}}) {
        const RowMatrixXf x = sample(n, d, 1.0f, 3);
        const FeatureStats one = computeFeatureStats(x, {}, 1);
        for (int threads : {2, 3, 5}) {
            const FeatureStats more = computeFeatureStats(x, {}, threads);
            QVERIFY(one.mean() == more.mean());
            QVERIFY(one.scatter() == more.scatter());
        }
    }
}

void TestFeatureStats::everySimdLevel()
{
    // The generic, AVX2 and AVX-512 kernels (those this CPU has) all match the long-double
    // reference; each is deterministic across thread counts.
    const RowMatrixXf x = sample(2200, 530, 2.0f, 5);
    Eigen::VectorXd mean;
    Eigen::MatrixXd cov;
    reference(x, mean, cov);
    const SimdLevel original = simdLevel();
    int tried = 0;
    for (SimdLevel level : {SimdLevel::Generic, SimdLevel::Avx2, SimdLevel::Avx512}) {
        if (!simdLevelAvailable(level)) {
            continue;
        }
        setSimdLevel(level);
        ++tried;
        const FeatureStats one = computeFeatureStats(x, {}, 1);
        const FeatureStats two = computeFeatureStats(x, {}, 2);
        QVERIFY2(relDiff(one.covariance(), cov) <= kStatsTolerance, simdLevelName(level));
        QVERIFY((one.mean() - mean).cwiseAbs().maxCoeff()
                <= kStatsTolerance * mean.cwiseAbs().maxCoeff());
        QVERIFY2(one.scatter() == two.scatter(), simdLevelName(level));
    }
    setSimdLevel(original);
    QVERIFY(tried >= 1);
    if (!simdLevelAvailable(SimdLevel::Avx512)) {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, setSimdLevel(SimdLevel::Avx512));
    }
}

void TestFeatureStats::errors()
{
    FeatureStats s;
    s.add(RowMatrixXf(RowMatrixXf::Ones(3, 4)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.add(RowMatrixXf(RowMatrixXf::Ones(3, 5))));
    FeatureStats one;
    one.add(RowMatrixXf(RowMatrixXf::Ones(1, 4)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, one.covariance());
    // Cancellation through the progress callback.
    const RowMatrixXf x = sample(20000, 3, 0.0f, 4);
    QVERIFY_THROWS_EXCEPTION(Cancelled, computeFeatureStats(x, [](std::size_t, std::size_t) { return false; }));
}

// fuzz_npy's finding: the d x d accumulators of `genlens stats` were sized from the header's width
// before any row was read, so a valid 128-byte file of shape (0, 300000) asked for 670 GiB
// (std::bad_alloc, no file named). Now refused by the width, naming the file and the limit.
void TestFeatureStats::wideHeaderRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string wide = dir.filePath(QStringLiteral("wide.npy")).toStdString();
    NpyArray empty;
    empty.shape = {0, 300000};
    writeNpy(wide, empty);
    try {
        featureStatsOfNpy(wide);
        QFAIL("a (0, 300000) matrix was accepted");
    } catch (const NpyError& e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(
            message.startsWith(QString::fromStdString(wide) + QStringLiteral(": 300000 columns "))
                && message.contains(QStringLiteral("670.6 GiB"))
                && message.contains(QStringLiteral("limit of 8.0 GiB")),
            qPrintable(message));
    }
    // The limit is the caller's: 100 columns need 80,000 bytes of covariance.
    const std::string narrow = dir.filePath(QStringLiteral("narrow.npy")).toStdString();
    writeNpy(narrow, npyFromMatrix(RowMatrixXf(sample(3, 100, 0.0f, 5))));
    NpyLimits small;
    small.maxBytes = 79999;
    QVERIFY_THROWS_EXCEPTION(NpyError, featureStatsOfNpy(narrow, {}, small));
    small.maxBytes = 80000;
    QCOMPARE(featureStatsOfNpy(narrow, {}, small).count(), std::int64_t(3));
}

QTEST_GUILESS_MAIN(TestFeatureStats)
#include "tst_featurestats.moc"

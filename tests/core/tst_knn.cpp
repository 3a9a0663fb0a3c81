// Blocked k-NN and the generated×real pass against brute force (float64 distances, ties by index).
#include "genlens/metrics/core/knn.h"
#include "genlens/metrics/core/simd.h"

#include <QTest>
#include <algorithm>
#include <numeric>
#include <random>

using namespace genlens::metrics;

// The engine recomputes every reported distance exactly as exactDistance does.
static constexpr double kDistanceTolerance = 0.0;

namespace {

enum Kind { Gaussian, Offset, Grid };

RowMatrixXf makeSet(Eigen::Index n, Eigen::Index d, Kind kind, unsigned seed)
{
    std::mt19937 gen(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::uniform_int_distribution<int> grid(0, 2);
    RowMatrixXf x(n, d);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < d; ++j) {
            switch (kind) {
            case Gaussian:
                x(i, j) = normal(gen);
                break;
            case Offset: // large common offset, small spread: the float32 GEMM's hard case
                x(i, j) = 1000.0f + 0.01f * normal(gen);
                break;
            case Grid: // many exactly tied distances and duplicate rows
                x(i, j) = float(grid(gen));
                break;
            }
        }
    }
    return x;
}

KnnResult brute(const RowMatrixXf& q, const RowMatrixXf& b, int k, bool self)
{
    KnnResult r;
    r.indices.resize(q.rows(), k);
    r.distances.resize(q.rows(), k);
    std::vector<std::pair<double, std::int64_t>> row;
    for (Eigen::Index i = 0; i < q.rows(); ++i) {
        row.clear();
        for (Eigen::Index j = 0; j < b.rows(); ++j) {
            if (self && i == j) {
                continue;
            }
            row.emplace_back(exactDistance(q.row(i).data(), b.row(j).data(), q.cols()), j);
        }
        std::sort(row.begin(), row.end());
        for (int c = 0; c < k; ++c) {
            r.indices(i, c) = row[static_cast<std::size_t>(c)].second;
            r.distances(i, c) = row[static_cast<std::size_t>(c)].first;
        }
    }
    return r;
}

bool same(const KnnResult& a, const KnnResult& b)
{
    return a.indices == b.indices
            && ((a.distances - b.distances).cwiseAbs().maxCoeff() <= kDistanceTolerance);
}

} // namespace

class TestKnn : public QObject
{
    Q_OBJECT
private slots:
    void searchEqualsBruteForce_data();
    void searchEqualsBruteForce();
    void selfEqualsBruteForce_data() { searchEqualsBruteForce_data(); }
    void selfEqualsBruteForce();
    void crossPassEqualsBruteForce_data() { searchEqualsBruteForce_data(); }
    void crossPassEqualsBruteForce();
    void deterministicAcrossThreads();
    void everySimdLevel();
    void kLimits();
    void cancellation();
};

void TestKnn::searchEqualsBruteForce_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("k");
    // Sizes straddle the 512-row tile; k = 50 is the maximum.
    QTest::newRow("gaussian 700 vs 1100, d 24, k 5") << int(Gaussian) << 700 << 1100 << 24 << 5;
    QTest::newRow("gaussian 300 vs 600, d 64, k 50") << int(Gaussian) << 300 << 600 << 64 << 50;
    QTest::newRow("gaussian 40 vs 7, d 3, k 6") << int(Gaussian) << 40 << 7 << 3 << 6;
    QTest::newRow("offset 1000 + 0.01 N(0,1), 600 vs 530, d 40, k 5") << int(Offset) << 600 << 530 << 40 << 5;
    QTest::newRow("grid ties, 520 vs 515, d 4, k 10") << int(Grid) << 520 << 515 << 4 << 10;
    QTest::newRow("grid ties, 60 vs 80, d 2, k 1") << int(Grid) << 60 << 80 << 2 << 1;
}

void TestKnn::searchEqualsBruteForce()
{
    QFETCH(int, kind);
    QFETCH(int, m);
    QFETCH(int, n);
    QFETCH(int, d);
    QFETCH(int, k);
    const RowMatrixXf q = makeSet(m, d, Kind(kind), 1);
    const RowMatrixXf b = makeSet(n, d, Kind(kind), 2);
    const int kk = std::min(k, n);
    QVERIFY(same(knnSearch(q, b, kk), brute(q, b, kk, false)));
}

void TestKnn::selfEqualsBruteForce()
{
    QFETCH(int, kind);
    QFETCH(int, m);
    QFETCH(int, d);
    QFETCH(int, k);
    const RowMatrixXf x = makeSet(m, d, Kind(kind), 3);
    const int kk = std::min(k, m - 1);
    QVERIFY(same(knnSelf(x, kk), brute(x, x, kk, true)));
}

void TestKnn::crossPassEqualsBruteForce()
{
    QFETCH(int, kind);
    QFETCH(int, m);
    QFETCH(int, n);
    QFETCH(int, d);
    QFETCH(int, k);
    const RowMatrixXf gen = makeSet(m, d, Kind(kind), 4);
    const RowMatrixXf real = makeSet(n, d, Kind(kind), 5);
    const int kr = std::min(k, static_cast<int>(n) - 1);
    const int kg = std::min(k, static_cast<int>(m) - 1);
    const Eigen::VectorXd rr = brute(real, real, kr, true).distances.col(kr - 1);
    const Eigen::VectorXd gr = brute(gen, gen, kg, true).distances.col(kg - 1);
    std::vector<double> sorted(rr.data(), rr.data() + rr.size());
    std::sort(sorted.begin(), sorted.end());
    const double limit = sorted[sorted.size() / 2];
    CrossOptions o;
    o.kGeneratedToReal = std::min(k, n);
    o.kRealToGenerated = std::min(k, m);
    o.realRadius = &rr;
    o.generatedRadius = &gr;
    o.realismRadiusLimit = limit;
    const CrossResult c = crossNeighbourhoods(real, gen, o);
    QVERIFY(same(c.generatedToReal, brute(gen, real, o.kGeneratedToReal, false)));
    QVERIFY(same(c.realToGenerated, brute(real, gen, o.kRealToGenerated, false)));
    std::vector<std::uint8_t> inside(static_cast<std::size_t>(n), 0);
    for (Eigen::Index j = 0; j < m; ++j) {
        std::int64_t count = 0;
        double best = -1;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double dist = exactDistance(gen.row(j).data(), real.row(i).data(), d);
            count += dist < rr[i];
            if (dist < gr[j]) {
                inside[static_cast<std::size_t>(i)] = 1;
            }
            if (rr[i] <= limit) {
                best = std::max(best, dist > 0 ? rr[i] / dist : std::numeric_limits<double>::infinity());
            }
        }
        QCOMPARE(c.realBallsContaining[static_cast<std::size_t>(j)], count);
        const double got = c.realism[static_cast<std::size_t>(j)];
        QVERIFY2(got == best || std::abs(got - best) <= 1e-9 * best,
                 qPrintable(QStringLiteral("realism %1 vs %2").arg(got).arg(best)));
    }
    QVERIFY(c.insideGeneratedBall == inside);
}

void TestKnn::deterministicAcrossThreads()
{
    const RowMatrixXf x = makeSet(1500, 16, Gaussian, 6);
    const RowMatrixXf y = makeSet(1200, 16, Gaussian, 7);
    QVERIFY(same(knnSelf(x, 7, {}, 1), knnSelf(x, 7, {}, 2)));
    QVERIFY(same(knnSearch(y, x, 7, {}, 1), knnSearch(y, x, 7, {}, 3)));
}

void TestKnn::everySimdLevel()
{
    // The float32 tiles run on the dispatched GEMM (generic, AVX2+FMA, AVX-512); whatever its
    // rounding, the exact recheck gives brute force's answer. Offset data is the hard case.
    const RowMatrixXf q = makeSet(600, 40, Offset, 7);
    const RowMatrixXf b = makeSet(530, 40, Offset, 8);
    const KnnResult wantSearch = brute(q, b, 5, false);
    const KnnResult wantSelf = brute(b, b, 5, true);
    const SimdLevel original = simdLevel();
    for (SimdLevel level : {SimdLevel::Generic, SimdLevel::Avx2, SimdLevel::Avx512}) {
        if (!simdLevelAvailable(level)) {
            continue;
        }
        setSimdLevel(level);
        QVERIFY2(same(knnSearch(q, b, 5), wantSearch), simdLevelName(level));
        QVERIFY2(same(knnSelf(b, 5), wantSelf), simdLevelName(level));
    }
    setSimdLevel(original);
}

void TestKnn::kLimits()
{
    const RowMatrixXf x = makeSet(60, 3, Gaussian, 8);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, knnSelf(x, 51));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, knnSelf(x, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, knnSelf(x.topRows(5), 5));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, knnSearch(x, x.topRows(4), 5));
    const RowMatrixXf wide = makeSet(10, 4, Gaussian, 9);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, knnSearch(x, wide, 2));
    QCOMPARE(knnSelf(x.topRows(6), 5).indices.cols(), Eigen::Index(5));
}

void TestKnn::cancellation()
{
    const RowMatrixXf x = makeSet(2000, 8, Gaussian, 10);
    std::size_t calls = 0;
    for (int threads : {1, 2}) {
        calls = 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled, knnSelf(x, 5, [&](std::size_t, std::size_t) {
            return ++calls < 3;
        }, threads));
        QVERIFY(calls >= 3);
    }
}

QTEST_GUILESS_MAIN(TestKnn)
#include "tst_knn.moc"

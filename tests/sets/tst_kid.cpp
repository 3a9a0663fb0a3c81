// KID against torch-fidelity's unbiased MMD² formula in float64 (make_fixtures.py), with the
// subsets replayed from GenLens' documented SplitMix64 sampler.
#include "fixtures.h"

#include "genlens/metrics/core/random.h"
#include "genlens/metrics/sets/kid.h"

#include <QJsonArray>
#include <QTest>

using namespace genlens::metrics;

// GenLens computes the dot products with float32 GEMMs on mean-shifted features (kid.h); against
// the float64 reference the per-subset MMD² then agrees to this absolute tolerance, relative to
// the kernel's scale E[k(x, y)] (a few units for these fixtures).
static constexpr double kKidAbsTolerance = 2e-6;

class TestKid : public QObject
{
    Q_OBJECT
private slots:
    void sampler();
    void matchesReference_data();
    void matchesReference();
    void deterministicAcrossThreads();
    void tooFewSamplesThrow();
};

void TestKid::sampler()
{
    // SplitMix64(0)'s first output is the published test value 0xE220A8397B1DCDAF; the rest and
    // the subset come from the Python replay in make_fixtures.py.
    const QJsonObject s = fixtures::allExpected().value(QStringLiteral("sampler")).toObject();
    SplitMix64 rng(0);
    const QJsonArray first = s.value(QStringLiteral("first_outputs")).toArray();
    QCOMPARE(first.size(), 3);
    QCOMPARE(rng.next(), 0xE220A8397B1DCDAFull);
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(QString::number(rng.next()), first[i].toString());
    }
    SplitMix64 r2(0);
    const auto subset = sampleWithoutReplacement(10, 4, r2);
    const QJsonArray want = s.value(QStringLiteral("subset_10_4_seed0")).toArray();
    QCOMPARE(static_cast<int>(subset.size()), want.size());
    for (int i = 0; i < want.size(); ++i) {
        QCOMPARE(subset[static_cast<std::size_t>(i)], static_cast<std::int64_t>(want[i].toInt()));
    }
}

void TestKid::matchesReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("well, 20 subsets of 100") << QStringLiteral("well");
    QTest::newRow("rank-deficient, subset size clamped to 50") << QStringLiteral("rankdef");
    QTest::newRow("ties, 5 subsets of 30") << QStringLiteral("ties");
}

void TestKid::matchesReference()
{
    QFETCH(QString, name);
    const auto c = fixtures::load(name.toStdString());
    KidOptions o;
    o.subsets = c.integer("kid_subsets");
    o.subsetSize = c.integer("kid_subset_size");
    o.seed = static_cast<std::uint64_t>(c.integer("seed"));
    const KidStatistics st = kidStatistics(c.real, c.generated, o);
    QCOMPARE(st.subsetSize, c.integer("kid_m"));
    const Eigen::VectorXd want = c.vector("kid_values");
    QCOMPARE(static_cast<Eigen::Index>(st.values.size()), want.size());
    for (Eigen::Index s = 0; s < want.size(); ++s) {
        QVERIFY2(std::abs(st.values[static_cast<std::size_t>(s)] - want[s]) <= kKidAbsTolerance,
                 qPrintable(QStringLiteral("subset %1: got %2 want %3").arg(s).arg(st.values[static_cast<std::size_t>(s)], 0, 'g', 17).arg(want[s], 0, 'g', 17)));
    }
    const KidResult r = kidFromStatistics(st);
    QVERIFY(std::abs(r.mean - c.number("kid")) <= kKidAbsTolerance);
    QVERIFY(std::abs(r.std - c.number("kid_std")) <= kKidAbsTolerance);
    QCOMPARE(r.subsets, o.subsets);
}

void TestKid::deterministicAcrossThreads()
{
    const auto c = fixtures::load("well");
    KidOptions o;
    o.subsets = 8;
    o.subsetSize = 50;
    o.threads = 1;
    const KidStatistics a = kidStatistics(c.real, c.generated, o);
    o.threads = 2;
    const KidStatistics b = kidStatistics(c.real, c.generated, o);
    QVERIFY(a.values == b.values);
    o.seed = 1;
    const KidStatistics other = kidStatistics(c.real, c.generated, o);
    QVERIFY(a.values != other.values);
}

void TestKid::tooFewSamplesThrow()
{
    RowMatrixXf one = RowMatrixXf::Random(1, 3);
    RowMatrixXf many = RowMatrixXf::Random(10, 3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, kid(one, many));
    RowMatrixXf other = RowMatrixXf::Random(10, 4);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, kid(many, other));
}

QTEST_GUILESS_MAIN(TestKid)
#include "tst_kid.moc"

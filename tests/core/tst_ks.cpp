// Two-sample KS statistic against scipy.stats.ks_2samp (tests/data/core/ks.json).
#include "genlens/metrics/core/ks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace genlens::metrics;

// D is a difference of two ratios i/na − j/nb: scipy and GenLens compute the same ratios.
static constexpr double kKsTolerance = 1e-12;

class TestKs : public QObject
{
    Q_OBJECT
private slots:
    void matchesScipy_data();
    void matchesScipy();
    void handWorked();
};

void TestKs::matchesScipy_data()
{
    QTest::addColumn<QVariantList>("a");
    QTest::addColumn<QVariantList>("b");
    QTest::addColumn<double>("statistic");
    QFile f(QStringLiteral(GENLENS_TEST_DATA "/core/ks.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).array();
    QVERIFY(cases.size() >= 5);
    for (const auto& c : cases) {
        const QJsonObject o = c.toObject();
        const QVariantList a = o.value(QStringLiteral("a")).toArray().toVariantList();
        const QVariantList b = o.value(QStringLiteral("b")).toArray().toVariantList();
        QTest::addRow("%d vs %d", int(a.size()), int(b.size()))
                << a << b << o.value(QStringLiteral("statistic")).toDouble();
    }
}

void TestKs::matchesScipy()
{
    QFETCH(QVariantList, a);
    QFETCH(QVariantList, b);
    QFETCH(double, statistic);
    std::vector<double> va, vb;
    for (const auto& v : a) {
        va.push_back(v.toDouble());
    }
    for (const auto& v : b) {
        vb.push_back(v.toDouble());
    }
    QVERIFY(std::abs(ksStatistic(va, vb) - statistic) <= kKsTolerance);
    // Symmetric, and NaNs are ignored.
    QVERIFY(std::abs(ksStatistic(vb, va) - statistic) <= kKsTolerance);
    va.push_back(std::numeric_limits<double>::quiet_NaN());
    QVERIFY(std::abs(ksStatistic(va, vb) - statistic) <= kKsTolerance);
}

void TestKs::handWorked()
{
    // Disjoint samples: D = 1. Identical: D = 0. {1,2,3} vs {2}: |F_a − F_b| = 1/3 at x = 1 and at x = 2.
    QCOMPARE(ksStatistic({1, 2, 3}, {4, 5}), 1.0);
    QCOMPARE(ksStatistic({1, 2, 3}, {3, 2, 1}), 0.0);
    QVERIFY(std::abs(ksStatistic({1, 2, 3}, {2}) - 1.0 / 3.0) < 1e-15);
    QVERIFY(std::isnan(ksStatistic({}, {1.0})));
    QVERIFY(std::isnan(ksStatistic({std::numeric_limits<double>::quiet_NaN()}, {1.0})));
}

QTEST_GUILESS_MAIN(TestKs)
#include "tst_ks.moc"

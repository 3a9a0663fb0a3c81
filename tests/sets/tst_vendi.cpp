// Vendi score against vendi_score's n×n route (numpy eigvalsh of the cosine kernel / n).
#include "fixtures.h"

#include "genlens/metrics/sets/vendi.h"

#include <QTest>

using namespace genlens::metrics;

// Both routes are float64 eigen-decompositions of matrices with the same non-zero spectrum.
static constexpr double kVendiRelTolerance = 1e-9;

class TestVendi : public QObject
{
    Q_OBJECT
private slots:
    void matchesReference_data();
    void matchesReference();
    void handWorked();
};

void TestVendi::matchesReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("well (n > d: d×d route)") << QStringLiteral("well");
    QTest::newRow("rank-deficient (n < d: n×n route)") << QStringLiteral("rankdef");
    QTest::newRow("ties") << QStringLiteral("ties");
}

void TestVendi::matchesReference()
{
    QFETCH(QString, name);
    const auto c = fixtures::load(name.toStdString());
    QVERIFY(fixtures::relErr(vendiScore(c.real), c.number("vendi_real")) <= kVendiRelTolerance);
    QVERIFY(fixtures::relErr(vendiScore(c.generated, {}, 2), c.number("vendi_generated"))
            <= kVendiRelTolerance);
}

void TestVendi::handWorked()
{
    // n identical rows: one eigenvalue 1, VS = 1. n orthogonal rows: K = I, λ = 1/n, VS = n.
    RowMatrixXf same = RowMatrixXf::Ones(7, 3);
    QVERIFY(std::abs(vendiScore(same) - 1.0) < 1e-12);
    RowMatrixXf ortho = RowMatrixXf::Identity(4, 4) * 3.0f;
    QVERIFY(std::abs(vendiScore(ortho) - 4.0) < 1e-12);
    // 8 rows, two orthogonal directions, 4 each (n > d route): VS = 2.
    RowMatrixXf two(8, 2);
    for (int i = 0; i < 8; ++i) {
        two(i, 0) = i % 2 ? 0.0f : float(i + 1);
        two(i, 1) = i % 2 ? float(i + 1) : 0.0f;
    }
    QVERIFY(std::abs(vendiScore(two) - 2.0) < 1e-12);
}

QTEST_GUILESS_MAIN(TestVendi)
#include "tst_vendi.moc"

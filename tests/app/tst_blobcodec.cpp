// Tests of the project file's binary columns (app/project/blobcodec.cpp; issue 15, fuzzing): round
// trips, and refusal of a blob that does not hold exactly the stored count. The damaged rows are
// the kind fuzz_blobs generates; the overflow rows are its regressions (a count near 2^63 that
// wrapped around when multiplied by the record size).
#include "project/blobcodec.h"

#include <QTest>
#include <QtEndian>
#include <cmath>
#include <limits>

using namespace genlens::app;

class TstBlobCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips()
    {
        const std::vector<double> scores {1.5, -0.0, std::numeric_limits<double>::quiet_NaN(),
                                          std::numeric_limits<double>::infinity()};
        const QByteArray scoreBlob = encodeDoubles(scores);
        QCOMPARE(scoreBlob.size(), 32);
        QCOMPARE(qFromLittleEndian<double>(scoreBlob.constData()), 1.5);
        const auto decodedScores = decodeDoubles(scoreBlob, 4);
        QVERIFY(decodedScores.has_value());
        QCOMPARE((*decodedScores)[0], 1.5);
        QVERIFY(std::signbit((*decodedScores)[1]));
        QVERIFY(std::isnan((*decodedScores)[2]));
        QVERIFY(std::isinf((*decodedScores)[3]));

        const std::vector<float> features {0.25f, 3.0f, -7.5f};
        const auto decodedFeatures = decodeFloats(encodeFloats(features), 3);
        QVERIFY(decodedFeatures.has_value());
        QVERIFY(*decodedFeatures == features);

        Neighbour a;
        a.fromSet = SetRole::Generated;
        a.from = 3;
        a.toSet = SetRole::Real;
        a.to = 1'000'000'000'000;
        a.rank = 19;
        a.distance = 0.125;
        Neighbour b;
        b.fromSet = SetRole::Real;
        b.from = -1;
        b.toSet = SetRole::Generated;
        b.to = 0;
        b.rank = 0;
        b.distance = 2.5;
        const QByteArray neighbourBlob = encodeNeighbours({a, b});
        QCOMPARE(neighbourBlob.size(), 2 * kNeighbourRecordBytes);
        const auto decoded = decodeNeighbours(neighbourBlob, 2);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->size(), std::size_t(2));
        const Neighbour& c = (*decoded)[0];
        QVERIFY(c.fromSet == SetRole::Generated && c.toSet == SetRole::Real);
        QCOMPARE(c.from, qint64(3));
        QCOMPARE(c.to, qint64(1'000'000'000'000));
        QCOMPARE(c.rank, 19);
        QCOMPARE(c.distance, 0.125);
        const Neighbour& d = (*decoded)[1];
        QVERIFY(d.fromSet == SetRole::Real && d.toSet == SetRole::Generated);
        QCOMPARE(d.from, qint64(-1));
        QCOMPARE(d.distance, 2.5);

        QVERIFY(decodeDoubles(QByteArray(), 0).has_value());
        QVERIFY(decodeNeighbours(QByteArray(), 0)->empty());
    }

    void refusesDamagedBlobs_data()
    {
        QTest::addColumn<int>("kind"); // 0 scores, 1 features, 2 neighbours
        QTest::addColumn<int>("blobBytes");
        QTest::addColumn<qint64>("count");
        QTest::newRow("scores: fewer values than the count") << 0 << 24 << qint64(4);
        QTest::newRow("scores: more values than the count") << 0 << 40 << qint64(4);
        QTest::newRow("scores: a partial value") << 0 << 25 << qint64(3);
        QTest::newRow("scores: negative count") << 0 << 0 << qint64(-1);
        QTest::newRow("features: a partial value") << 1 << 9 << qint64(2);
        QTest::newRow("features: negative count") << 1 << 8 << qint64(-2);
        QTest::newRow("neighbours: a partial record") << 2 << 33 << qint64(1);
        QTest::newRow("neighbours: negative count") << 2 << 0 << qint64(-1);
        // count * 32 wraps to 0 and count * 8 wraps to 8 in 64-bit arithmetic.
        QTest::newRow("neighbours: count * 32 overflows to the blob size")
            << 2 << 0 << (qint64(1) << 59);
        QTest::newRow("scores: count * 8 overflows to the blob size")
            << 0 << 8 << qint64((quint64(1) << 61) + 1);
        QTest::newRow("neighbours: largest count") << 2 << 32 << std::numeric_limits<qint64>::max();
    }

    void refusesDamagedBlobs()
    {
        QFETCH(int, kind);
        QFETCH(int, blobBytes);
        QFETCH(qint64, count);
        const QByteArray blob(blobBytes, '\x01');
        switch (kind) {
        case 0:
            QVERIFY(!decodeDoubles(blob, count).has_value());
            break;
        case 1:
            QVERIFY(!decodeFloats(blob, count).has_value());
            break;
        default:
            QVERIFY(!decodeNeighbours(blob, count).has_value());
            break;
        }
    }
};

QTEST_MAIN(TstBlobCodec)
#include "tst_blobcodec.moc"

// Small images in the drill-down are enlarged by whole-pixel steps without smoothing, and grid
// labels keep the distinguishing end of a file name (issue 13 item 7).
#include "views/imagescaling.h"

#include <QFont>
#include <QFontMetrics>
#include <QTest>

using namespace genlens::widgets;

class TestImageScaling : public QObject
{
    Q_OBJECT
private slots:
    void enlargesByWholeFactor_data();
    void enlargesByWholeFactor();
    void enlargedPixelsAreCopiesNotBlends();
    void labelKeepsTheEnd_data();
    void labelKeepsTheEnd();
};

void TestImageScaling::enlargesByWholeFactor_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("side");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("32 px digit into 320") << QSize(32, 32) << 320 << QSize(320, 320);
    QTest::newRow("32 px digit into 300: factor 9") << QSize(32, 32) << 300 << QSize(288, 288);
    QTest::newRow("wide 64x16 into 200: factor 3") << QSize(64, 16) << 200 << QSize(192, 48);
    QTest::newRow("tall 10x50 into 120: factor 2") << QSize(10, 50) << 120 << QSize(20, 100);
    QTest::newRow("too large for factor 2: unchanged") << QSize(200, 100) << 320 << QSize(200, 100);
    QTest::newRow("larger than side: unchanged") << QSize(500, 400) << 320 << QSize(500, 400);
}

void TestImageScaling::enlargesByWholeFactor()
{
    QFETCH(QSize, size);
    QFETCH(int, side);
    QFETCH(QSize, expected);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QCOMPARE(enlargeByWholePixels(image, side).size(), expected);
}

void TestImageScaling::enlargedPixelsAreCopiesNotBlends()
{
    // A checkerboard: smoothing would produce greys at the block edges, whole-pixel steps never.
    QImage image(8, 8, QImage::Format_RGB32);
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8; ++x) {
            image.setPixel(x, y, (x + y) % 2 ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
        }
    }
    const QImage big = enlargeByWholePixels(image, 80);
    QCOMPARE(big.size(), QSize(80, 80));
    for (int y = 0; y < big.height(); ++y) {
        for (int x = 0; x < big.width(); ++x) {
            QCOMPARE(big.pixel(x, y), image.pixel(x / 10, y / 10));
        }
    }
}

void TestImageScaling::labelKeepsTheEnd_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("numbered generated file") << QStringLiteral("gen_000000000123.png");
    QTest::newRow("class folder path") << QStringLiteral("generated/labrador_retriever/img_04711.jpg");
}

void TestImageScaling::labelKeepsTheEnd()
{
    QFETCH(QString, name);
    const QFontMetrics metrics{QFont()};
    const int width = metrics.horizontalAdvance(name) / 2;
    const QString label = gridLabel(name, metrics, width);
    QVERIFY(label.size() < name.size());
    QVERIFY2(metrics.horizontalAdvance(label) <= width, qPrintable(label));
    // The last characters (the ones that tell samples apart) survive, the start is elided.
    QVERIFY2(label.endsWith(name.right(7)), qPrintable(label));
    QVERIFY2(label.startsWith(QChar(0x2026)), qPrintable(label));
}

QTEST_MAIN(TestImageScaling)
#include "tst_imagescaling.moc"

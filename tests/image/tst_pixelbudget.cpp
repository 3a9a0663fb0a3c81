// The budget of decoded pixels in flight (imagesource.h, issue 15): how many items a batch takes
// for given pixel counts, and the batches a folder and an image batch really return, so that the
// memory held at a time depends on the budget, not on the number of images. Deterministic: batch
// sizes, no timing.
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/image/imagesource.h>
#include <opencv2/imgcodecs.hpp>

using namespace genlens::metrics;
using namespace genlens::metrics::image;

namespace {

std::vector<std::size_t> batchSizes(ImageSource& source)
{
    std::vector<std::size_t> sizes;
    for (;;) {
        const std::vector<SourceItem> items = source.next();
        if (items.empty()) {
            return sizes;
        }
        sizes.push_back(items.size());
    }
}

QList<qint64> toList(const std::vector<std::size_t>& v)
{
    QList<qint64> out;
    for (const std::size_t x : v) {
        out << qint64(x);
    }
    return out;
}

void writePng(const QString& path, int width, int height)
{
    const cv::Mat image(height, width, CV_8UC3, cv::Scalar(10, 20, 30));
    QVERIFY(cv::imwrite(path.toStdString(), image));
}

} // namespace

class TestPixelBudget : public QObject
{
    Q_OBJECT
private slots:
    void itemsWithinBudget_data();
    void itemsWithinBudget();
    void folderBatchesFollowTheBudget_data();
    void folderBatchesFollowTheBudget();
    void headerPixelCount_data();
    void headerPixelCount();
    void batchFileRowsFollowTheBudget();
};

void TestPixelBudget::itemsWithinBudget_data()
{
    QTest::addColumn<QList<qint64>>("pixels");
    QTest::addColumn<int>("maxItems");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<int>("taken");
    QTest::newRow("all fit") << QList<qint64> {10, 10, 10} << 64 << qint64(100) << 3;
    QTest::newRow("exactly the budget") << QList<qint64> {40, 60, 1} << 64 << qint64(100) << 2;
    QTest::newRow("one over") << QList<qint64> {40, 61} << 64 << qint64(100) << 1;
    QTest::newRow("first alone above the budget")
        << QList<qint64> {500, 1} << 64 << qint64(100) << 1;
    QTest::newRow("item count caps") << QList<qint64> {1, 1, 1, 1} << 2 << qint64(100) << 2;
    QTest::newRow("skipped items cost nothing")
        << QList<qint64> {90, 0, 0, 10, 1} << 64 << qint64(100) << 4;
    QTest::newRow("stops at the first that does not fit")
        << QList<qint64> {50, 60, 10} << 64 << qint64(100) << 1;
    QTest::newRow("empty") << QList<qint64> {} << 64 << qint64(100) << 0;
    QTest::newRow("maxItems 0 means one") << QList<qint64> {1, 1} << 0 << qint64(100) << 1;
}

void TestPixelBudget::itemsWithinBudget()
{
    QFETCH(QList<qint64>, pixels);
    QFETCH(int, maxItems);
    QFETCH(qint64, budget);
    QFETCH(int, taken);
    const std::vector<std::int64_t> p(pixels.begin(), pixels.end());
    QCOMPARE(int(image::itemsWithinBudget(p, std::size_t(maxItems), budget)), taken);
}

void TestPixelBudget::folderBatchesFollowTheBudget_data()
{
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<QList<qint64>>("sizes");
    // Files in sorted order: a.png 40x40 (1600 px), b..g.png 20x20 (400 px), h.txt (no pixels),
    // i.png 50x50 (2500 px).
    QTest::newRow("no budget: the item count") << qint64(0) << 64 << QList<qint64> {9};
    QTest::newRow("large budget") << qint64(1'000'000) << 64 << QList<qint64> {9};
    QTest::newRow("2000 px") << qint64(2000) << 64 << QList<qint64> {2, 6, 1};
    QTest::newRow("1600 px") << qint64(1600) << 64 << QList<qint64> {1, 4, 3, 1};
    QTest::newRow("below every image: one at a time")
        << qint64(100) << 64 << QList<qint64> {1, 1, 1, 1, 1, 1, 1, 1, 1};
    QTest::newRow("item count still caps") << qint64(1'000'000) << 4 << QList<qint64> {4, 4, 1};
}

void TestPixelBudget::folderBatchesFollowTheBudget()
{
    QFETCH(qint64, budget);
    QFETCH(int, batchSize);
    QFETCH(QList<qint64>, sizes);
    QTemporaryDir dir;
    writePng(dir.filePath(QStringLiteral("a.png")), 40, 40);
    for (const char c : {'b', 'c', 'd', 'e', 'f', 'g'}) {
        writePng(dir.filePath(QStringLiteral("%1.png").arg(QLatin1Char(c))), 20, 20);
    }
    QFile text(dir.filePath(QStringLiteral("h.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    writePng(dir.filePath(QStringLiteral("i.png")), 50, 50);
    SourceOptions options;
    options.pixelsInFlight = budget;
    options.batchSize = std::size_t(batchSize);
    options.threads = 2;
    const auto source = openFolderSource(dir.path().toStdString(), options);
    QCOMPARE(toList(batchSizes(*source)), sizes);
    // Every item still comes out once, in order.
    source->rewind();
    std::size_t next = 0;
    for (std::vector<SourceItem> items = source->next(); !items.empty(); items = source->next()) {
        for (const SourceItem& item : items) {
            QCOMPARE(item.index, next++);
        }
    }
    QCOMPARE(next, std::size_t(9));
}

void TestPixelBudget::headerPixelCount_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("maxPixels");
    QTest::addColumn<qint64>("pixels");
    QTest::newRow("png") << "a.png" << qint64(0) << qint64(30 * 20);
    QTest::newRow("jpeg") << "a.jpg" << qint64(0) << qint64(30 * 20);
    QTest::newRow("over the pixel limit: refused undecoded") << "a.png" << qint64(100) << qint64(0);
    QTest::newRow("not an image extension") << "a.txt" << qint64(0) << qint64(0);
    QTest::newRow("missing") << "none.png" << qint64(0) << qint64(0);
    QTest::newRow("size unknown from the header") << "a.tiff" << qint64(0) << qint64(-7);
}

void TestPixelBudget::headerPixelCount()
{
    QFETCH(QString, name);
    QFETCH(qint64, maxPixels);
    QFETCH(qint64, pixels);
    QTemporaryDir dir;
    for (const char* file : {"a.png", "a.jpg", "a.tiff"}) {
        writePng(dir.filePath(QString::fromLatin1(file)), 30, 20);
    }
    QFile text(dir.filePath(QStringLiteral("a.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("x");
    text.close();
    QCOMPARE(qint64(decodedPixelsOfFile(dir.filePath(name).toStdString(), maxPixels, -7)), pixels);
}

// An N x H x W x 3 batch: every row has H x W pixels, so a batch holds budget / (H x W) rows.
void TestPixelBudget::batchFileRowsFollowTheBudget()
{
    QTemporaryDir dir;
    NpyArray a;
    a.dtype = NpyDtype::UInt8;
    a.shape = {10, 8, 8, 3};
    a.bytes.assign(10 * 8 * 8 * 3, 7);
    const std::string path = dir.filePath(QStringLiteral("b.npy")).toStdString();
    writeNpy(path, a);
    SourceOptions options;
    options.pixelsInFlight = 3 * 64;
    const auto source = openBatchSource(path, "arr_0", options);
    QCOMPARE(toList(batchSizes(*source)), (QList<qint64> {3, 3, 3, 1}));
    options.pixelsInFlight = 10;
    const auto tight = openBatchSource(path, "arr_0", options);
    QCOMPARE(int(batchSizes(*tight).size()), 10);
}

QTEST_GUILESS_MAIN(TestPixelBudget)
#include "tst_pixelbudget.moc"

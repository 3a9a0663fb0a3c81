// The preprocessing of the ONNX presets `dinov2` and `clip` against the references (issue 12):
// Pillow 9.4's bicubic resize as torchvision 0.14 applies it to PIL images, dgm-eval's DINOv2
// transform and OpenAI CLIP's transform. Fixtures:
// tests/data/image/presets/make_preset_fixtures.py.

#include <QFile>
#include <QtTest>
#include <cmath>
#include <genlens/metrics/image/decode.h>
#include <genlens/metrics/image/onnxextractor.h>
#include <genlens/metrics/image/pilresize.h>
#include <iterator>

using namespace genlens::metrics;
using namespace genlens::metrics::image;

namespace {

// The values are float32 computed as torch does, (v / 255 - mean) / std, and compared exactly;
// their float64 sums over 150,528 values differ only by summation order, far below this relative
// bound.
constexpr double kSumTolerance = 1e-9;
// OpenCV's inference against torch's (float32, other summation order), as tst_onnx.
constexpr double kFeatureTolerance = 1e-4;

QString dataPath(const QString& name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/image/presets/") + name;
}

cv::Mat readRgb(const QString& name)
{
    std::vector<std::uint8_t> bytes;
    const std::string err = readFileBytes(dataPath(name).toStdString(), bytes);
    if (!err.empty()) {
        qFatal("%s: %s", qPrintable(name), err.c_str());
    }
    return decodeImage(bytes.data(), bytes.size()).rgb;
}

// Number of pixels (of all channels) that differ.
int differing(const cv::Mat& a, const cv::Mat& b)
{
    if (a.size() != b.size() || a.type() != b.type()) {
        return -1;
    }
    cv::Mat diff;
    cv::compare(a.reshape(1), b.reshape(1), diff, cv::CMP_NE);
    return cv::countNonZero(diff);
}

struct Expected
{
    double sum = 0;
    double sumSquares = 0;
    std::vector<float> values;
};

// expected.txt: the positions (c, y, x) on the header line, then "preset image sum sumsq v...".
Expected expectedFor(const QString& preset, const QString& image,
                     std::vector<std::array<int, 3>>& positions)
{
    QFile f(dataPath(QStringLiteral("expected.txt")));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing expected.txt");
    }
    const QList<QByteArray> header = f.readLine().trimmed().split(' ');
    positions.clear();
    for (const QByteArray& item : header) {
        const QList<QByteArray> cyx = item.split(',');
        bool numeric = cyx.size() == 3;
        for (const QByteArray& part : cyx) {
            bool ok = false;
            part.toInt(&ok);
            numeric = numeric && ok;
        }
        if (numeric) {
            positions.push_back({cyx[0].toInt(), cyx[1].toInt(), cyx[2].toInt()});
        }
    }
    while (!f.atEnd()) {
        const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
        if (parts.size() < 4 || parts[0] != preset.toLatin1() || parts[1] != image.toLatin1()) {
            continue;
        }
        Expected e;
        e.sum = parts[2].toDouble();
        e.sumSquares = parts[3].toDouble();
        for (qsizetype i = 4; i < parts.size(); ++i) {
            e.values.push_back(parts[i].toFloat());
        }
        return e;
    }
    qFatal("no expected line for %s %s", qPrintable(preset), qPrintable(image));
}

const char* const s_sizes[]
    = {"37x53", "301x199", "225x224", "224x225", "512x384", "90x60", "224x224", "7x300"};

} // namespace

class TestOnnxPresets : public QObject
{
    Q_OBJECT

private slots:
    void resizeEqualsPillow_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("size");
        for (const char* preset : {"dinov2", "clip"}) {
            for (const char* size : s_sizes) {
                QTest::addRow("%s-%s", preset, size)
                    << QString::fromLatin1(preset) << QString::fromLatin1(size);
            }
        }
    }
    // The 8-bit image the network sees equals Pillow's to the last bit.
    void resizeEqualsPillow()
    {
        QFETCH(QString, preset);
        QFETCH(QString, size);
        const cv::Mat input = readRgb(QStringLiteral("in_%1.png").arg(size));
        const cv::Mat want = readRgb(QStringLiteral("%1_%2.png").arg(preset, size));
        const cv::Mat got = preset == QLatin1String("dinov2")
            ? pilResizeBicubic(input, 224, 224)
            : pilShortSideResizeCentreCrop(input, 224);
        QCOMPARE(differing(got, want), 0);
    }

    void tensorEqualsTorch_data() { resizeEqualsPillow_data(); }
    // ToTensor + Normalize as torchvision computes them in float32.
    void tensorEqualsTorch()
    {
        QFETCH(QString, preset);
        QFETCH(QString, size);
        const OnnxOptions options = preset == QLatin1String("dinov2")
            ? dinov2Preset(std::string("unused.onnx"))
            : clipPreset(std::string("unused.onnx"));
        const cv::Mat input = readRgb(QStringLiteral("in_%1.png").arg(size));
        const cv::Mat tensor = onnxPreprocess(input, options);
        QCOMPARE(tensor.type(), CV_32FC3);
        QCOMPARE(tensor.cols, 224);
        QCOMPARE(tensor.rows, 224);
        std::vector<std::array<int, 3>> positions;
        const Expected want = expectedFor(preset, size, positions);
        double sum = 0, sumSquares = 0;
        for (int y = 0; y < 224; ++y) {
            const float* row = tensor.ptr<float>(y);
            for (int x = 0; x < 3 * 224; ++x) {
                sum += row[x];
                sumSquares += double(row[x]) * row[x];
            }
        }
        QVERIFY2(
            std::abs(sum - want.sum) <= kSumTolerance * want.sumSquares,
            qPrintable(
                QStringLiteral("sum %1, torch %2").arg(sum, 0, 'g', 17).arg(want.sum, 0, 'g', 17)));
        QVERIFY(std::abs(sumSquares - want.sumSquares) <= kSumTolerance * want.sumSquares);
        QCOMPARE(want.values.size(), positions.size());
        for (std::size_t i = 0; i < positions.size(); ++i) {
            const auto [c, y, x] = positions[i];
            QCOMPARE(tensor.ptr<float>(y)[3 * x + c], want.values[i]);
        }
    }

    // Hand-checked corner cases of the resampler: identity at the same size, a constant image
    // stays constant (weights sum to one in fixed point), and the downscale kernel widens with
    // the scale (a 1-pixel line is spread, not dropped as plain bicubic sampling would).
    void resamplerProperties()
    {
        cv::Mat image(40, 30, CV_8UC3);
        cv::randu(image, 0, 256);
        QCOMPARE(differing(pilResizeBicubic(image, 30, 40), image), 0);
        const cv::Mat grey(33, 57, CV_8UC3, cv::Scalar(77, 77, 77));
        const cv::Mat small = pilResizeBicubic(grey, 13, 8);
        QCOMPARE(cv::countNonZero(small.reshape(1) != 77), 0);
        cv::Mat line(64, 64, CV_8UC3, cv::Scalar(0, 0, 0));
        line.col(33).setTo(cv::Scalar(255, 255, 255));
        const cv::Mat down = pilResizeBicubic(line, 8, 8);
        // Output column 4 covers input columns 32..39 (centre 36); a point-sampling bicubic at
        // the centres (x = 3.5 + 8j) would give the line no weight at all.
        QVERIFY(down.at<cv::Vec3b>(0, 4)[0] > 20);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pilResizeBicubic(cv::Mat(), 4, 4));
    }

    // Tiny CNNs with the presets' contract (make_tiny_onnx.py): the whole extractor — Pillow
    // resize, crop, normalisation, OpenCV inference, L2 normalisation for clip — equals torch on
    // the reference transforms to 1e-4 (the tolerance of the other ONNX parity tests).
    void extractorEqualsTorch_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addRow("dinov2") << QStringLiteral("dinov2");
        QTest::addRow("clip") << QStringLiteral("clip");
    }
    void extractorEqualsTorch()
    {
        QFETCH(QString, preset);
        const std::string model
            = dataPath(QStringLiteral("tiny_%1.onnx").arg(preset)).toStdString();
        auto extractor = makeExtractor("onnx:" + model + ":" + preset.toStdString(), 1);
        QCOMPARE(extractor->dim(), preset == QLatin1String("dinov2") ? 384 : 512);
        QVERIFY(QString::fromStdString(extractor->id()).endsWith(QLatin1Char(':') + preset));
        std::vector<cv::Mat> images;
        for (const char* size : s_sizes) {
            images.push_back(readRgb(QStringLiteral("in_%1.png").arg(QLatin1String(size))));
        }
        const RowMatrixXf features = extractor->extract(images);
        QFile f(dataPath(QStringLiteral("expected_tiny.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int row = 0;
        double worst = 0;
        while (!f.atEnd()) {
            const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
            if (parts.size() < 3 || parts[0] != preset.toLatin1()) {
                continue;
            }
            QCOMPARE(parts[1], QByteArray(s_sizes[row]));
            QCOMPARE(qsizetype(features.cols()), parts.size() - 2);
            for (qsizetype j = 2; j < parts.size(); ++j) {
                worst = std::max(
                    worst,
                    std::abs(double(features(row, Eigen::Index(j - 2))) - parts[j].toDouble()));
            }
            ++row;
        }
        QCOMPARE(row, int(std::size(s_sizes)));
        QVERIFY2(worst <= kFeatureTolerance,
                 qPrintable(QStringLiteral("max |diff| %1").arg(worst)));
        if (preset == QLatin1String("clip")) {
            for (Eigen::Index r = 0; r < features.rows(); ++r) {
                QVERIFY(std::abs(features.row(r).cast<double>().norm() - 1.0) < 1e-6);
            }
        }
    }

    // The dinov2 preset takes the model size from the output width and refuses any other.
    void dinov2RefusesOtherWidths()
    {
        const std::string clipModel = dataPath(QStringLiteral("tiny_clip.onnx")).toStdString();
        try {
            makeExtractor("onnx:" + clipModel + ":dinov2", 1);
            QFAIL("a 512-wide output was taken for DINOv2");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("gives 512 values")),
                     e.what());
        }
    }

    void specsAndSpaces()
    {
        QCOMPARE(parseOnnxSpec("onnx:/m/vit.onnx:dinov2").preset, std::string("dinov2"));
        QCOMPARE(parseOnnxSpec("onnx:/m/vit.onnx:clip").l2Normalize, true);
        QVERIFY(parseOnnxSpec("onnx:/m/vit.onnx:clip").resize
                == OnnxResize::PilBicubicShortSideCrop);
        QVERIFY(parseOnnxSpec("onnx:/m/vit.onnx:dinov2").resize == OnnxResize::PilBicubic);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseOnnxSpec("onnx:/m/vit.onnx:dino"));
        QCOMPARE(featureSpaceOfExtractorId("builtin-1"), std::string("builtin"));
        QCOMPARE(featureSpaceOfExtractorId("onnx:0123456789abcdef:dinov2"), std::string("dinov2"));
        QCOMPARE(featureSpaceOfExtractorId("onnx:0123456789abcdef:clip"), std::string("clip"));
        QCOMPARE(featureSpaceOfExtractorId("onnx:0123456789abcdef:inception"),
                 std::string("inception"));
        QCOMPARE(featureSpaceOfExtractorId("onnx:0123456789abcdef:dinov2+custom"),
                 std::string("onnx"));
        QCOMPARE(featureSpaceOfExtractorId("onnx:0123456789abcdef:224x224:mean=0,0,0:std=1,1,1"),
                 std::string("onnx"));
        QCOMPARE(featureSpaceOfExtractorId("my-features"), std::string());
        QCOMPARE(dinov2Variant(1024), std::string("ViT-L/14"));
        QCOMPARE(dinov2Variant(1000), std::string());
    }
};

QTEST_GUILESS_MAIN(TestOnnxPresets)
#include "tst_onnxpresets.moc"

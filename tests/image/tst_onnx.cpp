// The ONNX extractor on small random-weight networks exported by PyTorch, against PyTorch's own
// outputs (tests/data/image/make_onnx_fixtures.py), including OpenCV 4.6's two traps: Identity
// nodes on initializers and average pooling decided by the producer name (issue 3, deliverable 3).
#include <genlens/metrics/image/decode.h>
#include <genlens/metrics/image/inceptionscore.h>
#include <genlens/metrics/image/onnxextractor.h>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace genlens::metrics;
using namespace genlens::metrics::image;

namespace {

// PyTorch (float32) against OpenCV (float32, other summation order and resize code).
constexpr double kTolerance = 1e-4;

QString dataPath(const QString& name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/image/") + name;
}

std::vector<cv::Mat> fixtureImages()
{
    std::vector<cv::Mat> images;
    for (const char* name : {"img_a.png", "img_b.png", "img_c.png"}) {
        std::vector<std::uint8_t> bytes;
        const std::string err = readFileBytes(dataPath(QString::fromLatin1(name)).toStdString(), bytes);
        if (!err.empty()) {
            qFatal("%s: %s", name, err.c_str());
        }
        images.push_back(decodeImage(bytes.data(), bytes.size()).rgb);
    }
    return images;
}

RowMatrixXf expected(const QString& model)
{
    QFile f(dataPath(QStringLiteral("expected_%1.txt").arg(model)));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing expected output for %s", qPrintable(model));
    }
    std::vector<std::vector<float>> rows;
    while (!f.atEnd()) {
        const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
        std::vector<float> row;
        for (const QByteArray& p : parts) {
            row.push_back(p.toFloat());
        }
        rows.push_back(row);
    }
    RowMatrixXf m(Eigen::Index(rows.size()), Eigen::Index(rows[0].size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = 0; j < rows[i].size(); ++j) {
            m(Eigen::Index(i), Eigen::Index(j)) = rows[i][j];
        }
    }
    return m;
}

OnnxOptions fixtureOptions(const QString& model)
{
    // The preprocessing make_onnx_fixtures.py applied.
    OnnxOptions o;
    o.modelPath = dataPath(model + QStringLiteral(".onnx")).toStdString();
    o.inputWidth = 16;
    o.inputHeight = 16;
    o.mean = {0.5f, 0.4f, 0.3f};
    o.std = {0.25f, 0.2f, 0.3f};
    o.batchSize = 2;  // 3 images: a full and a partial batch
    return o;
}

double maxAbsDiff(const RowMatrixXf& a, const RowMatrixXf& b)
{
    return double((a - b).cwiseAbs().maxCoeff());
}

std::string readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray b = f.readAll();
    return std::string(b.constData(), std::size_t(b.size()));
}

// What OpenCV computes from the model as it is, without GenLens's repairs.
RowMatrixXf rawOpenCv(const QString& model, const std::vector<cv::Mat>& images)
{
    cv::dnn::Net net = cv::dnn::readNetFromONNX(dataPath(model + QStringLiteral(".onnx")).toStdString());
    OnnxOptions o = fixtureOptions(model);
    RowMatrixXf out;
    // The same preprocessing as the extractor's, written out.
    const int sizes[4] = {int(images.size()), 3, 16, 16};
    cv::Mat blob(4, sizes, CV_32F);
    for (std::size_t b = 0; b < images.size(); ++b) {
        cv::Mat f, r;
        images[b].convertTo(f, CV_32FC3, 1.0 / 255.0);
        cv::resize(f, r, cv::Size(16, 16), 0, 0, cv::INTER_LINEAR);
        for (int c = 0; c < 3; ++c) {
            for (int y = 0; y < 16; ++y) {
                for (int x = 0; x < 16; ++x) {
                    blob.ptr<float>(int(b), c)[y * 16 + x] =
                        (r.at<cv::Vec3f>(y, x)[c] - o.mean[std::size_t(c)]) / o.std[std::size_t(c)];
                }
            }
        }
    }
    net.setInput(blob);
    const cv::Mat result = net.forward();
    const Eigen::Index d = Eigen::Index(result.total() / images.size());
    out.resize(Eigen::Index(images.size()), d);
    std::copy(result.ptr<float>(), result.ptr<float>() + result.total(), out.data());
    return out;
}

} // namespace

class TestOnnx : public QObject
{
    Q_OBJECT

private slots:
    void matchesPyTorch_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("expectedName");
        QTest::addColumn<int>("identities");
        QTest::addColumn<int>("explicitPools");
        QTest::addColumn<bool>("renamed");
        QTest::addRow("identity-on-initializer") << "identity_init" << "identity_init" << 1 << 0 << false;
        QTest::addRow("avgpool-exclude-pad") << "avgpool_exclude" << "avgpool_exclude" << 0 << 0 << true;
        QTest::addRow("avgpool-include-pad-as-Pad") << "avgpool_include" << "avgpool_include" << 0 << 0 << false;
        QTest::addRow("avgpool-mixed") << "avgpool_mixed" << "avgpool_mixed" << 0 << 0 << true;
        QTest::addRow("avgpool-include-pad-attribute") << "avgpool_attr_include" << "avgpool_include" << 0 << 1 << true;
        QTest::addRow("avgpool-mixed-attribute") << "avgpool_attr_mixed" << "avgpool_mixed" << 0 << 1 << true;
        QTest::addRow("classifier") << "classifier" << "classifier" << 0 << 0 << false;
    }
    void matchesPyTorch()
    {
        QFETCH(QString, model);
        QFETCH(QString, expectedName);
        QFETCH(int, identities);
        QFETCH(int, explicitPools);
        QFETCH(bool, renamed);
        const std::vector<cv::Mat> images = fixtureImages();
        OnnxRepairs repairs;
        auto extractor = makeOnnxExtractor(fixtureOptions(model), &repairs);
        QCOMPARE(repairs.identitiesFolded, identities);
        QCOMPARE(repairs.poolsMadeExplicit, explicitPools);
        QCOMPARE(repairs.producerRenamed, renamed);
        const RowMatrixXf features = extractor->extract(images);
        const RowMatrixXf want = expected(expectedName);
        QCOMPARE(features.rows(), want.rows());
        QCOMPARE(features.cols(), want.cols());
        QCOMPARE(extractor->dim(), int(want.cols()));
        const double diff = maxAbsDiff(features, want);
        QVERIFY2(diff <= kTolerance, qPrintable(QStringLiteral("max |diff| %1").arg(diff)));
        QVERIFY(QString::fromStdString(extractor->id()).startsWith(QStringLiteral("onnx:")));
    }

    // The traps are real: OpenCV 4.6 on the unrepaired models fails or computes other numbers.
    void trapsWithoutRepair()
    {
        const std::vector<cv::Mat> images = fixtureImages();
        bool identityFailed = false;
        try {
            const RowMatrixXf raw = rawOpenCv(QStringLiteral("identity_init"), images);
            identityFailed = maxAbsDiff(raw, expected(QStringLiteral("identity_init"))) > kTolerance;
        } catch (const cv::Exception&) {
            identityFailed = true;
        }
        QVERIFY(identityFailed);
        for (const char* model : {"avgpool_exclude", "avgpool_attr_mixed"}) {
            const QString name = QString::fromLatin1(model);
            const QString want = name == QStringLiteral("avgpool_exclude") ? name : QStringLiteral("avgpool_mixed");
            const double diff = maxAbsDiff(rawOpenCv(name, images), expected(want));
            QVERIFY2(diff > 100 * kTolerance, qPrintable(QStringLiteral("%1: %2").arg(name).arg(diff)));
        }
    }

    // LayerNormalization (opset 17), which OpenCV 4.6 has no layer for, is rewritten into the
    // decomposition it runs (issue 12; the ViT networks are tested in tst_onnxvit): layernorm.onnx
    // normalises each 16-pixel row of the input, scale 1, bias 0, eps 1e-5.
    void layerNormalizationRewritten()
    {
        OnnxOptions o = fixtureOptions(QStringLiteral("layernorm"));
        o.mean = {0.0f, 0.0f, 0.0f};
        o.std = {1.0f, 1.0f, 1.0f};
        OnnxRepairs repairs;
        auto extractor = makeOnnxExtractor(o, &repairs);
        QCOMPARE(repairs.opsRewritten, 1);
        const std::vector<cv::Mat> images = fixtureImages();
        const RowMatrixXf got = extractor->extract(images);
        QCOMPARE(got.cols(), Eigen::Index(3 * 16 * 16));
        double worst = 0;
        for (std::size_t b = 0; b < images.size(); ++b) {
            cv::Mat f, r;
            images[b].convertTo(f, CV_32FC3, 1.0 / 255.0);
            cv::resize(f, r, cv::Size(16, 16), 0, 0, cv::INTER_LINEAR);
            for (int c = 0; c < 3; ++c) {
                for (int y = 0; y < 16; ++y) {
                    double mean = 0, var = 0;
                    for (int x = 0; x < 16; ++x) {
                        mean += r.at<cv::Vec3f>(y, x)[c] / 16.0;
                    }
                    for (int x = 0; x < 16; ++x) {
                        var += std::pow(r.at<cv::Vec3f>(y, x)[c] - mean, 2) / 16.0;
                    }
                    for (int x = 0; x < 16; ++x) {
                        const double want = (r.at<cv::Vec3f>(y, x)[c] - mean) / std::sqrt(var + 1e-5);
                        worst = std::max(worst, std::abs(want - got(Eigen::Index(b), (c * 16 + y) * 16 + x)));
                    }
                }
            }
        }
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    }

    void refusesTransformers()
    {
        OnnxOptions o = fixtureOptions(QStringLiteral("vit_refused_einsum"));
        try {
            makeOnnxExtractor(o);
            QFAIL("an Einsum model was accepted");
        } catch (const std::invalid_argument& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(QStringLiteral("Einsum")), e.what());
            QVERIFY2(message.contains(QStringLiteral("vit_refused_einsum.onnx")), e.what());
        }
    }

    void refusesBadFiles()
    {
        OnnxOptions o = fixtureOptions(QStringLiteral("identity_init"));
        o.modelPath = dataPath(QStringLiteral("img_a.png")).toStdString();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeOnnxExtractor(o));
        o.modelPath = dataPath(QStringLiteral("missing.onnx")).toStdString();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeOnnxExtractor(o));
        o = fixtureOptions(QStringLiteral("identity_init"));
        o.outputLayer = "no_such_layer";
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeOnnxExtractor(o));
        o = fixtureOptions(QStringLiteral("identity_init"));
        o.inputWidth = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeOnnxExtractor(o));
    }

    void repairIsIdempotent()
    {
        const QString path = dataPath(QStringLiteral("avgpool_attr_mixed.onnx"));
        OnnxRepairs first, second;
        const std::string once = repairOnnxForOpenCv(readAll(path), "m", &first);
        const std::string twice = repairOnnxForOpenCv(once, "m", &second);
        QCOMPARE(first.poolsMadeExplicit, 1);
        QCOMPARE(second.poolsMadeExplicit, 0);
        QCOMPARE(second.producerRenamed, false);
        QCOMPARE(once, twice);
    }

    void specParsing()
    {
        OnnxOptions o = parseOnnxSpec("onnx:/models/pt_inception.onnx:inception");
        QCOMPARE(o.modelPath, std::string("/models/pt_inception.onnx"));
        QCOMPARE(o.inputWidth, 299);
        QCOMPARE(o.mean[0], 0.5f);
        QCOMPARE(o.std[2], 0.5f);
        QCOMPARE(o.outputLayer, std::string("pool3"));
        o = parseOnnxSpec("onnx:m.onnx:inception-logits");
        QCOMPARE(o.outputLayer, std::string("logits_unbiased"));
        QCOMPARE(o.inputHeight, 299);
        o = parseOnnxSpec("onnx:net.onnx");
        QCOMPARE(o.modelPath, std::string("net.onnx"));
        QVERIFY(o.preset.empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseOnnxSpec("onnx:net.onnx:vgg"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeExtractor("resnet"));
        QCOMPARE(makeExtractor("builtin")->id(), std::string("builtin-1"));
    }

    // packaging/tools/export_inception_onnx.py --random-weights 1 --check-dir DIR writes a
    // 95 MB model (never committed) with PyTorch's pool3 for a few images under pytorch-fid's
    // preprocessing; set GENLENS_INCEPTION_CHECK_DIR=DIR to compare (docs/image.md).
    void inceptionExportMatchesPyTorch()
    {
        const QByteArray dir = qgetenv("GENLENS_INCEPTION_CHECK_DIR");
        if (dir.isEmpty()) {
            QSKIP("GENLENS_INCEPTION_CHECK_DIR not set (optional 95 MB check, see docs/image.md)");
        }
        const QString base = QString::fromLocal8Bit(dir);
        OnnxRepairs repairs;
        auto extractor = makeOnnxExtractor(inceptionPreset((base + QStringLiteral("/inception.onnx")).toStdString()), &repairs);
        QVERIFY(repairs.producerRenamed);  // the FID network's count_include_pad=False pools
        QCOMPARE(extractor->dim(), 2048);
        std::vector<cv::Mat> images;
        for (int i = 0; i < 6; ++i) {
            std::vector<std::uint8_t> bytes;
            QVERIFY(readFileBytes((base + QStringLiteral("/check_%1.png").arg(i)).toStdString(), bytes).empty());
            images.push_back(decodeImage(bytes.data(), bytes.size()).rgb);
        }
        const RowMatrixXf got = extractor->extract(images);
        QFile f(base + QStringLiteral("/expected_pool3.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        double worst = 0;
        double scale = 0;
        for (int i = 0; i < 6; ++i) {
            const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
            QCOMPARE(parts.size(), 2048);
            for (int j = 0; j < 2048; ++j) {
                worst = std::max(worst, std::abs(double(got(i, j)) - parts[j].toDouble()));
                scale = std::max(scale, std::abs(parts[j].toDouble()));
            }
        }
        qInfo("pool3: max |GenLens - PyTorch| = %g (largest feature %g)", worst, scale);
        QVERIFY(worst <= kTolerance * std::max(1.0, scale));
    }

    void inceptionScoreValues()
    {
        // Uniform predictions: KL = 0 everywhere, IS = 1.
        RowMatrixXf flat = RowMatrixXf::Zero(20, 5);
        InceptionScore s = inceptionScore(flat, 10);
        QVERIFY(std::abs(s.mean - 1.0) < 1e-12);
        QVERIFY(std::abs(s.std) < 1e-12);

        // Confident and balanced: 4 classes, each split of 4 holds one sample of each class,
        // p(y|x) one-hot (to 4e-44), p(y) uniform: IS = 4 in every split.
        RowMatrixXf sure = RowMatrixXf::Zero(40, 4);
        for (int i = 0; i < 40; ++i) {
            sure(i, i % 4) = 100.0f;
        }
        s = inceptionScore(sure, 10);
        QVERIFY(std::abs(s.mean - 4.0) < 1e-9);
        QVERIFY(std::abs(s.std) < 1e-9);

        // Hand-worked, one split: p1 = (0.8, 0.2), p2 = (0.2, 0.8), p(y) = (0.5, 0.5);
        // KL = 0.8 ln 1.6 + 0.2 ln 0.4 for both; IS = exp(KL) = 1.2125732...
        RowMatrixXf two(2, 2);
        two << std::log(0.8f), std::log(0.2f), std::log(0.2f), std::log(0.8f);
        s = inceptionScore(two, 1);
        const double kl = 0.8 * std::log(1.6) + 0.2 * std::log(0.4);
        QVERIFY(std::abs(s.mean - std::exp(kl)) < 1e-6);
        QVERIFY(std::abs(s.perSampleKl[1] - kl) < 1e-6);

        // Splits at i*N/10: with N = 12 the splits have 1 or 2 samples.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, inceptionScore(RowMatrixXf::Zero(9, 3), 10));
    }
};

QTEST_GUILESS_MAIN(TestOnnx)
#include "tst_onnx.moc"

// Vision transformers through OpenCV 4.6 (issue 12): random-weight networks with DINOv2's and
// CLIP's structure, exported by PyTorch 1.13 (tests/data/image/make_vit_fixtures.py), against
// PyTorch's own outputs. The graph pass (metrics/image/onnxfold.cpp) folds the shape sub-graphs
// for a fixed batch and rewrites what OpenCV 4.6 computes wrongly or not at all.
#include <QFile>
#include <QtTest>
#include <cmath>
#include <genlens/metrics/image/decode.h>
#include <genlens/metrics/image/onnxextractor.h>
#include <opencv2/dnn.hpp>

using namespace genlens::metrics;
using namespace genlens::metrics::image;

namespace {

// PyTorch (float32) against OpenCV (float32, other summation orders): max |diff| over the
// largest |feature|.
constexpr double kTolerance = 1e-4;
constexpr int kSide = 224;

QString dataPath(const QString& name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/image/") + name;
}

std::string readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    const QByteArray b = f.readAll();
    return std::string(b.constData(), std::size_t(b.size()));
}

RowMatrixXf readRows(const QString& name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing %s", qPrintable(name));
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

// genlens_vit.check_input(n): x[b, c, y, x] = 2 sin(0.01 (i + 1) (b + 1)), i the flat index within
// one image, computed in double and rounded to float as PyTorch does.
cv::Mat checkInput(int n)
{
    const int sizes[4] = {n, 3, kSide, kSide};
    cv::Mat blob(4, sizes, CV_32F);
    const int per = 3 * kSide * kSide;
    for (int b = 0; b < n; ++b) {
        float* p = blob.ptr<float>(b);
        for (int i = 0; i < per; ++i) {
            p[i] = float(std::sin(0.01 * double(i + 1) * double(b + 1)) * 2.0);
        }
    }
    return blob;
}

RowMatrixXf forward(cv::dnn::Net& net, const cv::Mat& blob)
{
    net.setInput(blob);
    const cv::Mat out = net.forward();
    const int n = blob.size[0];
    RowMatrixXf m(n, Eigen::Index(out.total() / std::size_t(n)));
    std::copy(out.ptr<float>(), out.ptr<float>() + out.total(), m.data());
    return m;
}

double relativeError(const RowMatrixXf& got, const RowMatrixXf& want)
{
    if (got.rows() != want.rows() || got.cols() != want.cols()) {
        return INFINITY;
    }
    return double((got - want).cwiseAbs().maxCoeff()) / double(want.cwiseAbs().maxCoeff());
}

std::vector<cv::Mat> fixtureImages()
{
    std::vector<cv::Mat> images;
    for (const char* name : {"img_a.png", "img_b.png", "img_c.png"}) {
        std::vector<std::uint8_t> bytes;
        const std::string err
            = readFileBytes(dataPath(QString::fromLatin1(name)).toStdString(), bytes);
        if (!err.empty()) {
            qFatal("%s: %s", name, err.c_str());
        }
        images.push_back(decodeImage(bytes.data(), bytes.size()).rgb);
    }
    return images;
}

} // namespace

class TestOnnxVit : public QObject
{
    Q_OBJECT

private slots:
    void models_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("family");
        QTest::addRow("dinov2-opset13-decomposed-layernorm") << "vit_dino_op13"
                                                             << "dino";
        QTest::addRow("dinov2-opset17-LayerNormalization") << "vit_dino_op17"
                                                           << "dino";
        QTest::addRow("clip-opset14-decomposed-layernorm") << "vit_clip_op14"
                                                           << "clip";
        QTest::addRow("clip-opset17-LayerNormalization") << "vit_clip_op17"
                                                         << "clip";
    }

    // The network alone: the same tensor into PyTorch and into OpenCV (batch of 3).
    void tensorMatchesPyTorch_data() { models_data(); }
    void tensorMatchesPyTorch()
    {
        QFETCH(QString, model);
        QFETCH(QString, family);
        const QString path = dataPath(model + QStringLiteral(".onnx"));
        OnnxRepairs repairs;
        const std::string repaired
            = repairOnnxForOpenCv(readAll(path), path.toStdString(), &repairs, 3, kSide, kSide);
        QCOMPARE(repairs.batchFixed, 3);
        QVERIFY(repairs.shapeNodesFolded > 0);
        QVERIFY(repairs.opsRewritten > 0);
        cv::dnn::Net net = cv::dnn::readNetFromONNX(repaired.data(), repaired.size());
        const RowMatrixXf want = readRows(QStringLiteral("expected_vit_%1_tensor.txt").arg(family));
        const double err = relativeError(forward(net, checkInput(3)), want);
        qInfo("%s: max |OpenCV - PyTorch| / max |PyTorch| = %.3g", qPrintable(model), err);
        QVERIFY2(err <= kTolerance, qPrintable(QString::number(err)));
    }

    // Without the pass OpenCV 4.6 cannot load or run these graphs (or computes other numbers).
    void failsWithoutPass_data() { models_data(); }
    void failsWithoutPass()
    {
        QFETCH(QString, model);
        QFETCH(QString, family);
        bool failed = false;
        try {
            cv::dnn::Net net
                = cv::dnn::readNetFromONNX(dataPath(model + QStringLiteral(".onnx")).toStdString());
            const RowMatrixXf want
                = readRows(QStringLiteral("expected_vit_%1_tensor.txt").arg(family));
            failed = relativeError(forward(net, checkInput(3)), want) > kTolerance;
        } catch (const cv::Exception&) {
            failed = true;
        }
        QVERIFY(failed);
    }

    // End to end through the extractor (its resize and normalisation; batches of 2, so the third
    // image runs in a zero-padded batch), on images of odd sizes.
    void imagesMatchPyTorch_data() { models_data(); }
    void imagesMatchPyTorch()
    {
        QFETCH(QString, model);
        QFETCH(QString, family);
        OnnxOptions o;
        o.modelPath = dataPath(model + QStringLiteral(".onnx")).toStdString();
        o.inputWidth = kSide;
        o.inputHeight = kSide;
        if (family == QStringLiteral("dino")) {
            o.mean = {0.485f, 0.456f, 0.406f};
            o.std = {0.229f, 0.224f, 0.225f};
        } else {
            o.mean = {0.48145466f, 0.4578275f, 0.40821073f};
            o.std = {0.26862954f, 0.26130258f, 0.27577711f};
        }
        o.batchSize = 2;
        OnnxRepairs repairs;
        auto extractor = makeOnnxExtractor(o, &repairs);
        QCOMPARE(repairs.batchFixed, 2);
        const RowMatrixXf want = readRows(QStringLiteral("expected_vit_%1_images.txt").arg(family));
        QCOMPARE(extractor->dim(), int(want.cols()));
        const RowMatrixXf got = extractor->extract(fixtureImages());
        const double err = relativeError(got, want);
        qInfo("%s (images): relative error %.3g", qPrintable(model), err);
        QVERIFY2(err <= kTolerance, qPrintable(QString::number(err)));
        // One image alone (a batch of 1 padded to 2) gives the same row.
        const RowMatrixXf one = extractor->extract({fixtureImages()[1]});
        QVERIFY(relativeError(one, want.row(1)) <= kTolerance);
    }

    // Folding twice changes nothing more, and the folded graph still loads.
    void passIsIdempotent()
    {
        const QString path = dataPath(QStringLiteral("vit_clip_op17.onnx"));
        OnnxRepairs first, second;
        const std::string once = repairOnnxForOpenCv(readAll(path), "m", &first, 2, kSide, kSide);
        const std::string twice = repairOnnxForOpenCv(once, "m", &second, 2, kSide, kSide);
        QVERIFY(first.nodesFolded > 0);
        QCOMPARE(second.shapeNodesFolded, 0);
        QCOMPARE(second.opsRewritten, 0);
        cv::dnn::Net net = cv::dnn::readNetFromONNX(twice.data(), twice.size());
        QVERIFY(!net.empty());
    }

    // What cannot be rewritten is refused with the operator, the node and the file.
    void refusals_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("node");
        QTest::addRow("Einsum") << "vit_refused_einsum"
                                << "Einsum"
                                << "mix";
        QTest::addRow("LayerNormalization-over-tokens") << "vit_refused_layernorm"
                                                        << "LayerNormalization"
                                                        << "token_norm";
    }
    void refusals()
    {
        QFETCH(QString, model);
        QFETCH(QString, op);
        QFETCH(QString, node);
        const QString path = dataPath(model + QStringLiteral(".onnx"));
        try {
            repairOnnxForOpenCv(readAll(path), path.toStdString(), nullptr, 2);
            QFAIL("accepted");
        } catch (const std::invalid_argument& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(op), e.what());
            QVERIFY2(message.contains(QStringLiteral("'%1'").arg(node)), e.what());
            QVERIFY2(message.contains(model + QStringLiteral(".onnx")), e.what());
        }
    }

    void refusesExternalData()
    {
        const QString path = dataPath(QStringLiteral("vit_refused_external.onnx"));
        try {
            repairOnnxForOpenCv(readAll(path), path.toStdString(), nullptr, 2);
            QFAIL("accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("external data file")), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestOnnxVit)
#include "tst_onnxvit.moc"

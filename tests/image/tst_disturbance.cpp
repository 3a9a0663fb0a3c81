// Acceptance test of builtin-1 (issue 3, deliverable 2): the disturbance protocol of Heusel et al.
// 2017 (TTUR, Fig. 1). On natural-looking images, FID against a clean set rises monotonically over
// four levels of each disturbance, and precision (Kynkaeaenniemi et al. 2019, k = 5) falls.
#include "syntheticimages.h"

#include <genlens/metrics/image/extractor.h>

#include <opencv2/imgproc.hpp>

#include <genlens/metrics/sets/featurespace.h>

#include <QtTest>

#include <cmath>
#include <functional>
#include <tuple>

using namespace genlens::metrics;
using namespace genlens::metrics::image;

namespace {

constexpr int kImages = 160;  // per set; real = images [0, 160), generated = [160, 320) disturbed
constexpr int kSize = 128;
constexpr int kNeighbours = 5;

using Disturb = std::function<cv::Mat(const cv::Mat&, int level, cv::RNG&)>;

// FID and precision (k = 5) from the project's feature-space engine (sets/featurespace.h).
std::pair<double, double> fidAndPrecision(const RowMatrixXf& real, const RowMatrixXf& generated)
{
    FeatureSpaceOptions options;
    options.k = kNeighbours;
    options.kid = false;
    options.vendiReal = false;
    options.vendiGenerated = false;
    options.threads = 2;
    const FeatureSpaceReport report = evaluateFeatureSpace(real, generated, options);
    return {report.fid, report.precision};
}

cv::Mat gaussianNoise(const cv::Mat& img, int level, cv::RNG& rng)
{
    static const double sigma[5] = {0, 2, 4, 8, 16};
    cv::Mat noise(img.size(), CV_32FC3);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, sigma[level]);
    cv::Mat f;
    img.convertTo(f, CV_32FC3);
    f += noise;
    cv::Mat out;
    f.convertTo(out, CV_8UC3);
    return out;
}

cv::Mat gaussianBlur(const cv::Mat& img, int level, cv::RNG&)
{
    static const double sigma[5] = {0, 0.5, 1, 2, 4};
    cv::Mat out;
    cv::GaussianBlur(img, out, cv::Size(0, 0), sigma[level], sigma[level], cv::BORDER_REFLECT_101);
    return out;
}

cv::Mat saltAndPepper(const cv::Mat& img, int level, cv::RNG& rng)
{
    static const double share[5] = {0, 0.001, 0.003, 0.01, 0.03};
    cv::Mat out = img.clone();
    for (int y = 0; y < out.rows; ++y) {
        for (int x = 0; x < out.cols; ++x) {
            if (rng.uniform(0.0, 1.0) < share[level]) {
                const std::uint8_t v = rng.uniform(0, 2) == 0 ? 0 : 255;
                out.at<cv::Vec3b>(y, x) = cv::Vec3b(v, v, v);
            }
        }
    }
    return out;
}

cv::Mat blackRectangles(const cv::Mat& img, int level, cv::RNG& rng)
{
    // Black rectangles at random places (Heusel et al. implant more of them as the level
    // grows): `level` squares of an eighth of the side.
    cv::Mat out = img.clone();
    const int side = img.cols / 8;
    for (int k = 0; k < level; ++k) {
        const int x = rng.uniform(0, img.cols - side);
        const int y = rng.uniform(0, img.rows - side);
        out(cv::Rect(x, y, side, side)).setTo(cv::Scalar(0, 0, 0));
    }
    return out;
}

} // namespace

class TestDisturbance : public QObject
{
    Q_OBJECT

private:
    RowMatrixXf m_real;
    std::vector<cv::Mat> m_generatedClean;
    std::unique_ptr<FeatureExtractor> m_extractor;
    double m_cleanFid = 0;
    double m_cleanPrecision = 0;

private slots:
    void initTestCase()
    {
        m_extractor = makeBuiltinExtractor(2);
        std::vector<cv::Mat> real;
        for (int i = 0; i < kImages; ++i) {
            real.push_back(naturalImageFor(i));
            m_generatedClean.push_back(naturalImageFor(kImages + i));
        }
        m_real = m_extractor->extract(real);
        const RowMatrixXf clean = m_extractor->extract(m_generatedClean);
        std::tie(m_cleanFid, m_cleanPrecision) = fidAndPrecision(m_real, clean);
        qInfo("clean: FID %.3f precision %.3f", m_cleanFid, m_cleanPrecision);
    }

    void fidRisesPrecisionFalls_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addRow("gaussian-noise") << 0;
        QTest::addRow("gaussian-blur") << 1;
        QTest::addRow("salt-and-pepper") << 2;
        QTest::addRow("black-rectangles") << 3;
    }
    void fidRisesPrecisionFalls()
    {
        QFETCH(int, kind);
        const Disturb disturb[4] = {gaussianNoise, gaussianBlur, saltAndPepper, blackRectangles};
        std::vector<double> fids{m_cleanFid};
        std::vector<double> precisions{m_cleanPrecision};
        for (int level = 1; level <= 4; ++level) {
            cv::RNG rng(std::uint64_t(1000 * kind + level));
            std::vector<cv::Mat> disturbed;
            for (const cv::Mat& img : m_generatedClean) {
                disturbed.push_back(disturb[kind](img, level, rng));
            }
            const RowMatrixXf features = m_extractor->extract(disturbed);
            const auto [f, p] = fidAndPrecision(m_real, features);
            fids.push_back(f);
            precisions.push_back(p);
        }
        QString line;
        for (std::size_t i = 0; i < fids.size(); ++i) {
            line += QStringLiteral(" L%1: FID %2 P %3").arg(i).arg(fids[i], 0, 'f', 2).arg(precisions[i], 0, 'f', 3);
        }
        qInfo("%s", qPrintable(line));
        for (std::size_t i = 1; i < fids.size(); ++i) {
            QVERIFY2(fids[i] > fids[i - 1], qPrintable(QStringLiteral("FID did not rise at level %1").arg(i)));
        }
        // Precision over the four levels (the clean set's own value is a sampling estimate that
        // a barely visible level-1 disturbance may tie or exceed by a sample or two).
        for (std::size_t i = 2; i < precisions.size(); ++i) {
            QVERIFY2(precisions[i] <= precisions[i - 1],
                     qPrintable(QStringLiteral("precision rose at level %1").arg(i)));
        }
        QVERIFY(precisions[4] < precisions[1]);
    }

    void deterministic()
    {
        // Same image, same features, bit for bit, in any batch and thread layout.
        const std::vector<cv::Mat> one{m_generatedClean[3]};
        const RowMatrixXf a = makeBuiltinExtractor(1)->extract(one);
        const RowMatrixXf b = m_extractor->extract(std::vector<cv::Mat>(m_generatedClean.begin(), m_generatedClean.begin() + 8));
        QCOMPARE(a.cols(), Eigen::Index(512));
        QVERIFY(a.row(0) == b.row(3));
        QVERIFY(a.allFinite());
        QCOMPARE(QString::fromStdString(m_extractor->id()), QStringLiteral("builtin-1"));
    }

private:
    static cv::Mat naturalImageFor(int i) { return genlens::testing::naturalImage(std::uint64_t(i), kSize); }
};

QTEST_GUILESS_MAIN(TestDisturbance)
#include "tst_disturbance.moc"

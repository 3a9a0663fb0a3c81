// Per-image measures on synthetic images with hand-computed values (issue 3, deliverable 5).
#include <genlens/metrics/image/measures.h>

#include <QtTest>

#include <cmath>

using namespace genlens::metrics::image;

namespace {
constexpr double kTolerance = 1e-9;  // every expected value below is exact up to float64 rounding
}

class TestImageMeasures : public QObject
{
    Q_OBJECT

private slots:
    void uniformImage()
    {
        // A flat (255, 0, 0) image, 10 x 8. Grey = round(0.299 * 255) = 76.
        // Colourfulness: rg = 255, yb = 127.5, no spread: 0.3 * sqrt(255^2 + 127.5^2).
        const cv::Mat rgb(8, 10, CV_8UC3, cv::Scalar(255, 0, 0));
        const ImageMeasures m = measureImage(rgb);
        QCOMPARE(m.sharpness, 0.0);
        QCOMPARE(m.noise, 0.0);
        QVERIFY(std::abs(m.colourfulness - 0.3 * std::sqrt(255.0 * 255.0 + 127.5 * 127.5))
                < kTolerance);
        QCOMPARE(m.brightness, 76.0);
        QCOMPARE(m.clipped, 0.0);
        QCOMPARE(m.width, 10);
        QCOMPARE(m.height, 8);
        QCOMPARE(m.aspect, 1.25);
    }

    void singleBrightPixel()
    {
        // Black 9 x 7 with one white pixel at (row 3, col 4), far from the borders.
        // Laplacian: -4*255 at the pixel, +255 at its 4 neighbours, 0 elsewhere; its mean is 0,
        // so the variance is (16 + 4) * 255^2 / 63.
        // Immerkaer: the 3x3 mask's |weights| sum to 16 and all 9 placements are interior, so
        // sigma = sqrt(pi/2) * 16 * 255 / (6 * 7 * 5).
        // Clipped: every pixel is <= 2 or >= 253. Brightness 255/63.
        cv::Mat rgb(7, 9, CV_8UC3, cv::Scalar(0, 0, 0));
        rgb.at<cv::Vec3b>(3, 4) = cv::Vec3b(255, 255, 255);
        const ImageMeasures m = measureImage(rgb);
        QVERIFY(std::abs(m.sharpness - 20.0 * 255 * 255 / 63.0) < kTolerance * 1e4);
        QVERIFY(std::abs(m.noise - std::sqrt(M_PI / 2) * 16 * 255 / (6.0 * 7 * 5)) < kTolerance);
        QCOMPARE(m.clipped, 1.0);
        QVERIFY(std::abs(m.brightness - 255.0 / 63) < kTolerance);
        QCOMPARE(m.colourfulness, 0.0);  // grey image: rg = yb = 0
    }

    void twoColours()
    {
        // Left half (200, 100, 50), right half (0, 100, 250), 4 x 2.
        // rg: 100 | -100 -> mean 0, sigma 100. yb: 150 - 50 = 100 | 50 - 250 = -200 -> mean -50,
        // sigma 150. M = sqrt(100^2 + 150^2) + 0.3 * 50. Grey: round(59.8 + 58.7 + 5.7) = 124 and
        // round(58.7 + 28.5) = 87, brightness 105.5; none clipped.
        cv::Mat rgb(2, 4, CV_8UC3, cv::Scalar(0, 100, 250));
        rgb(cv::Rect(0, 0, 2, 2)).setTo(cv::Scalar(200, 100, 50));
        const ImageMeasures m = measureImage(rgb);
        QVERIFY(std::abs(m.colourfulness - (std::sqrt(100.0 * 100 + 150.0 * 150) + 15.0))
                < kTolerance);
        QCOMPARE(m.brightness, 105.5);
        QCOMPARE(m.clipped, 0.0);
        QCOMPARE(m.aspect, 2.0);
    }

    void noiseEstimateScales()
    {
        // On pure Gaussian noise Immerkaer's estimate is close to the true sigma (it is exact
        // in expectation for white noise on a flat image); 256 x 256, sigma 10 around 128.
        cv::Mat noise(256, 256, CV_32F);
        cv::RNG rng(1234);
        rng.fill(noise, cv::RNG::NORMAL, 128.0, 10.0);
        cv::Mat grey;
        noise.convertTo(grey, CV_8U);
        cv::Mat rgb;
        cv::merge(std::vector<cv::Mat>{grey, grey, grey}, rgb);
        const ImageMeasures m = measureImage(rgb);
        QVERIFY2(std::abs(m.noise - 10.0) < 0.5, qPrintable(QString::number(m.noise)));
    }

    void rejectsWrongType()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, measureImage(cv::Mat(2, 2, CV_8UC1)));
    }

    void names()
    {
        QCOMPARE(measureNames().size(), measureVector(ImageMeasures{}).size());
    }
};

QTEST_GUILESS_MAIN(TestImageMeasures)
#include "tst_imagemeasures.moc"

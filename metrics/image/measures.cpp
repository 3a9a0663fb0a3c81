#include <genlens/metrics/image/measures.h>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <stdexcept>

namespace genlens::metrics::image {

ImageMeasures measureImage(const cv::Mat& rgb)
{
    if (rgb.type() != CV_8UC3 || rgb.empty()) {
        throw std::invalid_argument("measureImage: expects a non-empty 8-bit RGB image");
    }
    ImageMeasures m;
    m.width = rgb.cols;
    m.height = rgb.rows;
    m.aspect = double(rgb.cols) / double(rgb.rows);

    cv::Mat grey;
    cv::cvtColor(rgb, grey, cv::COLOR_RGB2GRAY);
    const double n = double(grey.total());

    // Laplacian with ksize=1 is the kernel [0 1 0; 1 -4 1; 0 1 0].
    cv::Mat lap;
    cv::Laplacian(grey, lap, CV_64F, 1, 1.0, 0.0, cv::BORDER_REFLECT_101);
    cv::Scalar lapMean;
    cv::Scalar lapStd;
    cv::meanStdDev(lap, lapMean, lapStd);
    m.sharpness = lapStd[0] * lapStd[0];

    // Brightness, clipping, colourfulness in one pass, float64 accumulators.
    double greySum = 0;
    std::int64_t clippedCount = 0;
    double rgSum = 0, rgSq = 0, ybSum = 0, ybSq = 0;
    for (int y = 0; y < rgb.rows; ++y) {
        const std::uint8_t* p = rgb.ptr<std::uint8_t>(y);
        const std::uint8_t* g = grey.ptr<std::uint8_t>(y);
        for (int x = 0; x < rgb.cols; ++x) {
            greySum += g[x];
            clippedCount += (g[x] <= 2 || g[x] >= 253) ? 1 : 0;
            const double r = p[3 * x], gg = p[3 * x + 1], b = p[3 * x + 2];
            const double rg = r - gg;
            const double yb = 0.5 * (r + gg) - b;
            rgSum += rg;
            rgSq += rg * rg;
            ybSum += yb;
            ybSq += yb * yb;
        }
    }
    m.brightness = greySum / n;
    m.clipped = double(clippedCount) / n;
    const double rgMean = rgSum / n, ybMean = ybSum / n;
    const double rgVar = std::max(0.0, rgSq / n - rgMean * rgMean);
    const double ybVar = std::max(0.0, ybSq / n - ybMean * ybMean);
    m.colourfulness = std::sqrt(rgVar + ybVar) + 0.3 * std::sqrt(rgMean * rgMean + ybMean * ybMean);

    // Immerkaer (1996), "Fast noise variance estimation": sigma = sqrt(pi/2) / (6 (W-2)(H-2)) *
    // sum over interior pixels of |I * N|, N = [1 -2 1; -2 4 -2; 1 -2 1].
    if (grey.cols >= 3 && grey.rows >= 3) {
        double acc = 0;
        for (int y = 1; y + 1 < grey.rows; ++y) {
            const std::uint8_t* a = grey.ptr<std::uint8_t>(y - 1);
            const std::uint8_t* b = grey.ptr<std::uint8_t>(y);
            const std::uint8_t* c = grey.ptr<std::uint8_t>(y + 1);
            for (int x = 1; x + 1 < grey.cols; ++x) {
                const int v = a[x - 1] - 2 * a[x] + a[x + 1] - 2 * b[x - 1] + 4 * b[x]
                              - 2 * b[x + 1] + c[x - 1] - 2 * c[x] + c[x + 1];
                acc += std::abs(v);
            }
        }
        m.noise = std::sqrt(M_PI / 2.0) * acc / (6.0 * (grey.cols - 2) * (grey.rows - 2));
    }
    return m;
}

const std::vector<std::string>& measureNames()
{
    static const std::vector<std::string> names{"sharpness", "colourfulness", "brightness", "clipped",
                                                "noise",     "width",         "height",     "aspect"};
    return names;
}

std::vector<double> measureVector(const ImageMeasures& m)
{
    return {m.sharpness, m.colourfulness, m.brightness, m.clipped,
            m.noise,     double(m.width),  double(m.height), m.aspect};
}

} // namespace genlens::metrics::image

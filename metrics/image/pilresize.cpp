#include <algorithm>
#include <cmath>
#include <cstdint>
#include <genlens/metrics/image/pilresize.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlens::metrics::image {

namespace {

// Fractional bits of the integer weights: 32 bits less 8 for the pixel value and 2 for the
// overshoot of a kernel with negative lobes (Pillow's PRECISION_BITS).
constexpr int kPrecisionBits = 32 - 8 - 2;

double cubic(double x)
{
    constexpr double a = -0.5;
    x = std::abs(x);
    if (x < 1.0) {
        return ((a + 2.0) * x - (a + 3.0)) * x * x + 1.0;
    }
    if (x < 2.0) {
        return (((x - 5.0) * x + 8.0) * x - 4.0) * a;
    }
    return 0.0;
}

// The taps of one resampling direction: for output sample j, `count[j]` weights starting at input
// sample `first[j]`, stored from `weights[j * stride]`.
struct Taps
{
    std::vector<int> first;
    std::vector<int> count;
    std::vector<std::int32_t> weights;
    int stride = 0;
};

Taps taps(int inSize, int outSize)
{
    constexpr double support0 = 2.0;
    const double scale = static_cast<double>(inSize) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = support0 * filterScale;
    Taps t;
    t.stride = static_cast<int>(std::ceil(support)) * 2 + 1;
    t.first.resize(static_cast<std::size_t>(outSize));
    t.count.resize(static_cast<std::size_t>(outSize));
    t.weights.assign(static_cast<std::size_t>(outSize) * static_cast<std::size_t>(t.stride), 0);
    std::vector<double> w(static_cast<std::size_t>(t.stride));
    for (int j = 0; j < outSize; ++j) {
        const double centre = (j + 0.5) * scale;
        // Truncation towards zero, as the C cast does (a negative start is clamped anyway).
        const int lo = std::max(0, static_cast<int>(centre - support + 0.5));
        const int hi = std::min(inSize, static_cast<int>(centre + support + 0.5));
        const int n = hi - lo;
        double sum = 0.0;
        for (int i = 0; i < n; ++i) {
            w[static_cast<std::size_t>(i)] = cubic((i + lo - centre + 0.5) / filterScale);
            sum += w[static_cast<std::size_t>(i)];
        }
        std::int32_t* out
            = &t.weights[static_cast<std::size_t>(j) * static_cast<std::size_t>(t.stride)];
        for (int i = 0; i < n; ++i) {
            const double k = sum != 0.0 ? w[static_cast<std::size_t>(i)] / sum
                                        : w[static_cast<std::size_t>(i)];
            const double fixed = k * (1 << kPrecisionBits);
            out[i] = static_cast<std::int32_t>(k < 0 ? fixed - 0.5 : fixed + 0.5);
        }
        t.first[static_cast<std::size_t>(j)] = lo;
        t.count[static_cast<std::size_t>(j)] = n;
    }
    return t;
}

inline std::uint8_t clip8(std::int32_t accumulated)
{
    // Arithmetic shift: floor division by 2^22 (the accumulator started at 2^21, so this rounds).
    const std::int32_t v = accumulated >> kPrecisionBits;
    return static_cast<std::uint8_t>(std::clamp(v, 0, 255));
}

} // namespace

cv::Mat pilResizeBicubic(const cv::Mat& image, int width, int height)
{
    if (image.type() != CV_8UC3 || image.empty()) {
        throw std::invalid_argument("pilResizeBicubic: expects a non-empty 8-bit 3-channel image");
    }
    if (width <= 0 || height <= 0) {
        throw std::invalid_argument("pilResizeBicubic: invalid size " + std::to_string(width) + "x"
                                    + std::to_string(height));
    }
    const bool horizontal = width != image.cols;
    const bool vertical = height != image.rows;
    const Taps ty = taps(image.rows, height);
    constexpr std::int32_t half = 1 << (kPrecisionBits - 1);

    // Horizontal pass over the rows the vertical pass reads.
    const int rowFirst = ty.first.front();
    const int rowLast = ty.first.back() + ty.count.back();
    cv::Mat temp;
    int tempOffset = 0; // input row of temp's row 0
    if (horizontal) {
        const Taps tx = taps(image.cols, width);
        temp.create(rowLast - rowFirst, width, CV_8UC3);
        tempOffset = rowFirst;
        for (int y = 0; y < temp.rows; ++y) {
            const std::uint8_t* in = image.ptr<std::uint8_t>(y + rowFirst);
            std::uint8_t* out = temp.ptr<std::uint8_t>(y);
            for (int x = 0; x < width; ++x) {
                const std::int32_t* k = &tx.weights[static_cast<std::size_t>(x)
                                                    * static_cast<std::size_t>(tx.stride)];
                const std::uint8_t* px = in + 3 * tx.first[static_cast<std::size_t>(x)];
                std::int32_t s0 = half, s1 = half, s2 = half;
                for (int i = 0; i < tx.count[static_cast<std::size_t>(x)]; ++i) {
                    s0 += px[3 * i + 0] * k[i];
                    s1 += px[3 * i + 1] * k[i];
                    s2 += px[3 * i + 2] * k[i];
                }
                out[3 * x + 0] = clip8(s0);
                out[3 * x + 1] = clip8(s1);
                out[3 * x + 2] = clip8(s2);
            }
        }
    } else {
        temp = image;
    }
    if (!vertical) {
        return horizontal ? temp : image.clone();
    }
    cv::Mat out(height, temp.cols, CV_8UC3);
    const std::size_t rowStep = temp.step[0];
    for (int y = 0; y < height; ++y) {
        const std::int32_t* k
            = &ty.weights[static_cast<std::size_t>(y) * static_cast<std::size_t>(ty.stride)];
        const int first = ty.first[static_cast<std::size_t>(y)] - tempOffset;
        const int n = ty.count[static_cast<std::size_t>(y)];
        const std::uint8_t* base = temp.ptr<std::uint8_t>(first);
        std::uint8_t* dst = out.ptr<std::uint8_t>(y);
        for (int c = 0; c < 3 * temp.cols; ++c) {
            std::int32_t s = half;
            for (int i = 0; i < n; ++i) {
                s += base[static_cast<std::size_t>(i) * rowStep + static_cast<std::size_t>(c)]
                    * k[i];
            }
            dst[c] = clip8(s);
        }
    }
    return out;
}

} // namespace genlens::metrics::image

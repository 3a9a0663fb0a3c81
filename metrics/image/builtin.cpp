// builtin-1: a deterministic image descriptor that needs no weights (design.md §3; docs/image.md).
// Changing anything here changes the feature space: bump the version in the id instead.
#include <genlens/metrics/image/extractor.h>

#include "image/parallel.h"

#include <opencv2/imgproc.hpp>

#include <Eigen/Core>

#include <array>
#include <cmath>
#include <stdexcept>

namespace genlens::metrics::image {

namespace {

constexpr int kBase = 128;       // working resolution of the finest scale (aspect not kept)
constexpr double kPi = 3.14159265358979323846;

// Block weights: each block's features are put on a comparable footing so that no block swamps
// the Euclidean geometry (chosen so that per-dimension spreads over natural-looking images are
// of order 1; see docs/image.md).
constexpr float kColourWeight = 4.0f;
constexpr float kGradientWeight = 4.0f;
constexpr float kEnergyWeight = 0.5f;
constexpr float kTextureWeight = 4.0f;
constexpr float kConvWeight = 1.0f;

// --- fixed random weights -----------------------------------------------------------------------
// splitmix64 (Steele, Lea & Flood 2014) -> uniform doubles -> Box-Muller normals. Implemented
// here so the weights are the same on every platform and standard library.
struct SplitMix64
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return (double(next() >> 11) + 0.5) * (1.0 / 9007199254740992.0); }
    double normal()
    {
        const double u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }
};

struct ConvLayer
{
    int in = 0;
    int out = 0;
    // (9 * in) x out, row = (ky * 3 + kx) * in + c, He-initialised N(0, 2 / fan_in).
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> weights;
};

struct ConvNet
{
    std::array<ConvLayer, 4> layers;
    ConvNet()
    {
        SplitMix64 rng{0x67656E6C656E7331ull};  // "genlens1"
        const int channels[5] = {3, 8, 16, 32, 64};
        for (int l = 0; l < 4; ++l) {
            ConvLayer& layer = layers[std::size_t(l)];
            layer.in = channels[l];
            layer.out = channels[l + 1];
            const int fanIn = 9 * layer.in;
            layer.weights.resize(fanIn, layer.out);
            const double stdDev = std::sqrt(2.0 / fanIn);
            for (int i = 0; i < fanIn; ++i) {
                for (int o = 0; o < layer.out; ++o) {
                    layer.weights(i, o) = float(rng.normal() * stdDev);
                }
            }
        }
    }
};

const ConvNet& convNet()
{
    static const ConvNet net;
    return net;
}

using Plane = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// 3x3 convolution with zero padding 1 as im2col + GEMM, then ReLU; input and output are
// (h*w) x channels. `patches` is a reused buffer (no per-image allocation or page faults).
void conv3x3(const RowMat& input, int h, int w, const ConvLayer& layer, RowMat& patches, RowMat& out)
{
    const int c = layer.in;
    if (patches.rows() != h * w || patches.cols() != 9 * c) {
        patches.resize(h * w, 9 * c);
    }
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            float* dst = patches.data() + std::ptrdiff_t(y * w + x) * 9 * c;
            for (int ky = 0; ky < 3; ++ky) {
                const int sy = y + ky - 1;
                for (int kx = 0; kx < 3; ++kx) {
                    const int sx = x + kx - 1;
                    float* d = dst + (ky * 3 + kx) * c;
                    if (sy < 0 || sy >= h || sx < 0 || sx >= w) {
                        std::fill(d, d + c, 0.0f);
                    } else {
                        const float* src = input.data() + std::ptrdiff_t(sy * w + sx) * c;
                        std::copy(src, src + c, d);
                    }
                }
            }
        }
    }
    if (out.rows() != h * w || out.cols() != layer.out) {
        out.resize(h * w, layer.out);
    }
    out.noalias() = patches * layer.weights;
    out.array() = out.array().max(0.0f);  // ReLU
}

void maxPool2(const RowMat& input, int h, int w, RowMat& out)
{
    const int c = int(input.cols());
    const int oh = h / 2, ow = w / 2;
    if (out.rows() != oh * ow || out.cols() != c) {
        out.resize(oh * ow, c);
    }
    for (int y = 0; y < oh; ++y) {
        for (int x = 0; x < ow; ++x) {
            const float* a = input.data() + std::ptrdiff_t((2 * y) * w + 2 * x) * c;
            const float* b = a + c;
            const float* d = a + std::ptrdiff_t(w) * c;
            const float* e = d + c;
            float* o = out.data() + std::ptrdiff_t(y * ow + x) * c;
            for (int ch = 0; ch < c; ++ch) {
                o[ch] = std::max(std::max(a[ch], b[ch]), std::max(d[ch], e[ch]));
            }
        }
    }
}

// Writes per-channel mean and standard deviation (and optionally max) of a (h*w) x c map.
void channelStats(const RowMat& map, bool withMax, float*& out)
{
    const double n = double(map.rows());
    for (int ch = 0; ch < map.cols(); ++ch) {
        double s = 0, s2 = 0;
        for (int i = 0; i < map.rows(); ++i) {
            const double v = map(i, ch);
            s += v;
            s2 += v * v;
        }
        const double mean = s / n;
        *out++ = kConvWeight * float(mean);
        *out++ = kConvWeight * float(std::sqrt(std::max(0.0, s2 / n - mean * mean)));
    }
    if (withMax) {
        for (int ch = 0; ch < map.cols(); ++ch) {
            *out++ = kConvWeight * map.col(ch).maxCoeff();
        }
    }
}

// --- hand-crafted statistics --------------------------------------------------------------------

// Opponent colour planes of a float RGB image in [0, 1]: intensity, red-green, yellow-blue.
std::array<cv::Mat, 3> opponent(const cv::Mat& rgbF)
{
    std::array<cv::Mat, 3> o;
    std::vector<cv::Mat> ch;
    cv::split(rgbF, ch);
    o[0] = (ch[0] + ch[1] + ch[2]) * (1.0 / 3.0);
    o[1] = (ch[0] - ch[1]) * 0.5;
    o[2] = (ch[0] + ch[1] - 2.0 * ch[2]) * 0.25;
    return o;
}

void moments(const cv::Mat& p, float*& out)
{
    double s = 0, s2 = 0, s3 = 0;
    const double n = double(p.total());
    for (int y = 0; y < p.rows; ++y) {
        const float* r = p.ptr<float>(y);
        for (int x = 0; x < p.cols; ++x) {
            s += r[x];
        }
    }
    const double mean = s / n;
    for (int y = 0; y < p.rows; ++y) {
        const float* r = p.ptr<float>(y);
        for (int x = 0; x < p.cols; ++x) {
            const double d = r[x] - mean;
            s2 += d * d;
            s3 += d * d * d;
        }
    }
    *out++ = kColourWeight * float(mean);
    *out++ = kColourWeight * float(std::sqrt(s2 / n));
    *out++ = kColourWeight * float(std::cbrt(s3 / n));
}

// HOG-like: unsigned orientation histograms (8 bins, linear interpolation between bins) of the
// intensity gradient over 2 x 2 cells, normalised by cell area, square-rooted; then the log
// gradient energy and the log variance of the Laplacian.
void gradientStats(const cv::Mat& intensity, float*& out, float*& energyOut)
{
    const int h = intensity.rows, w = intensity.cols;
    std::array<double, 32> hist{};
    double energy = 0;
    for (int y = 0; y < h; ++y) {
        const float* up = intensity.ptr<float>(std::max(0, y - 1));
        const float* mid = intensity.ptr<float>(y);
        const float* down = intensity.ptr<float>(std::min(h - 1, y + 1));
        const int cy = (2 * y) / h;
        for (int x = 0; x < w; ++x) {
            const float gx = 0.5f * (mid[std::min(w - 1, x + 1)] - mid[std::max(0, x - 1)]);
            const float gy = 0.5f * (down[x] - up[x]);
            const double m2 = double(gx) * gx + double(gy) * gy;
            energy += m2;
            if (m2 <= 0) {
                continue;
            }
            const double mag = std::sqrt(m2);
            double theta = std::atan2(double(gy), double(gx));
            if (theta < 0) {
                theta += kPi;
            }
            const double pos = theta / (kPi / 8.0) - 0.5;
            const int b0 = int(std::floor(pos));
            const double frac = pos - b0;
            const int cell = cy * 2 + (2 * x) / w;
            hist[std::size_t(cell * 8 + ((b0 + 8) % 8))] += mag * (1.0 - frac);
            hist[std::size_t(cell * 8 + ((b0 + 9) % 8))] += mag * frac;
        }
    }
    const double cellArea = double(h) * w / 4.0;
    for (double v : hist) {
        *out++ = kGradientWeight * float(std::sqrt(v / cellArea));
    }
    cv::Mat lap;
    cv::Laplacian(intensity, lap, CV_32F, 1, 1.0, 0.0, cv::BORDER_REFLECT_101);
    cv::Scalar mean, sd;
    cv::meanStdDev(lap, mean, sd);
    *energyOut++ = kEnergyWeight * float(std::log(energy / (double(h) * w) + 1e-6));
    *energyOut++ = kEnergyWeight * float(std::log(sd[0] * sd[0] + 1e-6));
}

// Rotation-invariant uniform LBP (Ojala et al. 2002, riu2, P = 8, R = 1): 10 codes, shares
// square-rooted.
void lbpStats(const cv::Mat& intensity, float*& out)
{
    std::array<double, 10> hist{};
    const int h = intensity.rows, w = intensity.cols;
    static const int dy[8] = {-1, -1, -1, 0, 1, 1, 1, 0};
    static const int dx[8] = {-1, 0, 1, 1, 1, 0, -1, -1};
    for (int y = 1; y + 1 < h; ++y) {
        for (int x = 1; x + 1 < w; ++x) {
            const float c = intensity.at<float>(y, x);
            int bits[8];
            int ones = 0;
            for (int k = 0; k < 8; ++k) {
                bits[k] = intensity.at<float>(y + dy[k], x + dx[k]) >= c ? 1 : 0;
                ones += bits[k];
            }
            int transitions = 0;
            for (int k = 0; k < 8; ++k) {
                transitions += bits[k] != bits[(k + 1) % 8] ? 1 : 0;
            }
            hist[std::size_t(transitions <= 2 ? ones : 9)] += 1.0;
        }
    }
    const double n = double(h - 2) * (w - 2);
    for (double v : hist) {
        *out++ = kTextureWeight * float(std::sqrt(v / n));
    }
}

// Spread of the fine detail: log std of (plane - Gaussian blur of it, sigma 1).
float detailStat(const cv::Mat& p)
{
    cv::Mat blurred;
    cv::GaussianBlur(p, blurred, cv::Size(0, 0), 1.0, 1.0, cv::BORDER_REFLECT_101);
    cv::Mat diff = p - blurred;
    cv::Scalar mean, sd;
    cv::meanStdDev(diff, mean, sd);
    return kEnergyWeight * float(std::log(sd[0] + 1e-4));
}

} // namespace

void builtinFeatures(const cv::Mat& rgb, float* out)
{
    if (rgb.type() != CV_8UC3 || rgb.empty()) {
        throw std::invalid_argument("builtin-1: expects a non-empty 8-bit RGB image");
    }
    float* const start = out;
    cv::Mat base8;
    cv::resize(rgb, base8, cv::Size(kBase, kBase), 0, 0, cv::INTER_AREA);
    cv::Mat base;
    base8.convertTo(base, CV_32FC3, 1.0 / 255.0);

    std::array<std::array<cv::Mat, 3>, 3> scales;
    scales[0] = opponent(base);
    for (int s = 1; s < 3; ++s) {
        for (int c = 0; c < 3; ++c) {
            cv::resize(scales[std::size_t(s - 1)][std::size_t(c)], scales[std::size_t(s)][std::size_t(c)],
                       cv::Size(kBase >> s, kBase >> s), 0, 0, cv::INTER_AREA);
        }
    }

    // Colour: 27 moments, 48 coarse layout, 16 intensity histogram = 91.
    for (const auto& scale : scales) {
        for (const cv::Mat& p : scale) {
            moments(p, out);
        }
    }
    for (const cv::Mat& p : scales[2]) {
        cv::Mat grid;
        cv::resize(p, grid, cv::Size(4, 4), 0, 0, cv::INTER_AREA);
        for (int i = 0; i < 16; ++i) {
            *out++ = kColourWeight * grid.at<float>(i / 4, i % 4);
        }
    }
    {
        std::array<double, 16> hist{};
        const cv::Mat& p = scales[0][0];
        for (int y = 0; y < p.rows; ++y) {
            for (int x = 0; x < p.cols; ++x) {
                hist[std::size_t(std::clamp(int(p.at<float>(y, x) * 16.0f), 0, 15))] += 1.0;
            }
        }
        for (double v : hist) {
            *out++ = kColourWeight * float(std::sqrt(v / double(p.total())));
        }
    }

    // Gradient: 96 orientation histograms, 6 energies = 102.
    float energies[6];
    float* energyOut = energies;
    for (const auto& scale : scales) {
        gradientStats(scale[0], out, energyOut);
    }
    for (float e : energies) {
        *out++ = e;
    }

    // Texture: 30 LBP shares, 9 detail spreads = 39.
    for (const auto& scale : scales) {
        lbpStats(scale[0], out);
    }
    for (const auto& scale : scales) {
        for (const cv::Mat& p : scale) {
            *out++ = detailStat(p);
        }
    }

    // Random convolutional projection: 280.
    const ConvNet& net = convNet();
    struct Buffers
    {
        RowMat x, patches, conv, a1, a2, a3, a4;
    };
    thread_local Buffers buf;
    buf.x.resize(kBase * kBase, 3);
    for (int y = 0; y < kBase; ++y) {
        const float* r = base.ptr<float>(y);
        for (int i = 0; i < kBase; ++i) {
            for (int c = 0; c < 3; ++c) {
                buf.x(y * kBase + i, c) = (r[3 * i + c] - 0.5f) * 4.0f;
            }
        }
    }
    int side = kBase;
    conv3x3(buf.x, side, side, net.layers[0], buf.patches, buf.conv);
    maxPool2(buf.conv, side, side, buf.a1);
    side /= 2;
    conv3x3(buf.a1, side, side, net.layers[1], buf.patches, buf.conv);
    maxPool2(buf.conv, side, side, buf.a2);
    side /= 2;
    conv3x3(buf.a2, side, side, net.layers[2], buf.patches, buf.conv);
    maxPool2(buf.conv, side, side, buf.a3);
    side /= 2;
    conv3x3(buf.a3, side, side, net.layers[3], buf.patches, buf.a4);
    const RowMat& a1 = buf.a1;
    const RowMat& a2 = buf.a2;
    const RowMat& a3 = buf.a3;
    const RowMat& a4 = buf.a4;
    // L1: 8 means; L2: 16 means; L3: 32 means + 32 stds; L4: 64 means, stds and maxima.
    for (int ch = 0; ch < a1.cols(); ++ch) {
        *out++ = kConvWeight * a1.col(ch).mean();
    }
    for (int ch = 0; ch < a2.cols(); ++ch) {
        *out++ = kConvWeight * a2.col(ch).mean();
    }
    channelStats(a3, false, out);
    channelStats(a4, true, out);
    if (out - start != builtinDim()) {
        throw std::logic_error("builtin-1: feature layout is " + std::to_string(out - start)
                               + " values, expected " + std::to_string(builtinDim()));
    }
}

namespace {

class BuiltinExtractor final : public FeatureExtractor
{
public:
    explicit BuiltinExtractor(int threads)
        : m_threads(threads > 0 ? threads : detail::defaultThreads())
    {
        convNet();  // build the weights once, before any worker thread needs them
    }
    std::string id() const override { return "builtin-1"; }
    int dim() const override { return builtinDim(); }
    RowMatrixXf extract(const std::vector<cv::Mat>& rgb) override
    {
        RowMatrixXf out(Eigen::Index(rgb.size()), builtinDim());
        detail::parallelFor(rgb.size(), m_threads,
                            [&](std::size_t i) { builtinFeatures(rgb[i], out.row(Eigen::Index(i)).data()); });
        return out;
    }

private:
    int m_threads;
};

} // namespace

std::unique_ptr<FeatureExtractor> makeBuiltinExtractor(int threads)
{
    return std::make_unique<BuiltinExtractor>(threads);
}

} // namespace genlens::metrics::image

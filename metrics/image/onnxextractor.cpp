#include <genlens/metrics/image/decode.h>
#include <genlens/metrics/image/onnxextractor.h>
#include <genlens/metrics/image/pilresize.h>
#include <genlens/metrics/image/sha1.h>

#include <algorithm>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace genlens::metrics::image {

namespace {

std::string formatFloat(float v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

class OnnxExtractor final : public FeatureExtractor
{
public:
    OnnxExtractor(const OnnxOptions& options, OnnxRepairs* repairsOut)
        : m_options(options)
    {
        // A missing model is the first thing to say (issue 15: it was "needs an input size").
        std::vector<std::uint8_t> bytes;
        const std::string readError = readFileBytes(m_options.modelPath, bytes);
        if (!readError.empty()) {
            throw std::invalid_argument(m_options.modelPath + ": " + readError);
        }
        if (m_options.inputWidth <= 0 || m_options.inputHeight <= 0) {
            throw std::invalid_argument(m_options.modelPath
                                        + ": the ONNX extractor needs an input size (--input-size "
                                          "WxH) or a preset");
        }
        const std::string hash = sha1Hex(bytes.data(), bytes.size());
        OnnxRepairs repairs;
        std::string repaired;
        {
            // One copy of the model at a time besides the parsed graph (a ViT-L/14 is 1.2 GB).
            const std::string original(bytes.begin(), bytes.end());
            std::vector<std::uint8_t>().swap(bytes);
            repaired = repairOnnxForOpenCv(original, m_options.modelPath, &repairs,
                                           std::max(1, m_options.batchSize), m_options.inputHeight,
                                           m_options.inputWidth);
        }
        // A folded graph (a vision transformer) runs batches of exactly this size.
        m_fixedBatch = repairs.batchFixed;
        if (repairsOut) {
            *repairsOut = repairs;
        }
        try {
            m_net = cv::dnn::readNetFromONNX(repaired.data(), repaired.size());
        } catch (const cv::Exception& e) {
            throw std::invalid_argument(m_options.modelPath + ": OpenCV cannot load this model: "
                                        + e.what());
        }
        m_net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        m_net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        // OpenCV's pool is configured once (the CLI's --threads); set it here only when it
        // differs, and never past one thread per CPU (TBB refuses more, with a warning).
        if (m_options.threads > 0) {
            const int wanted = std::min(m_options.threads, cv::getNumberOfCPUs());
            if (cv::getNumThreads() != wanted) {
                cv::setNumThreads(wanted);
            }
        }
        if (!m_options.outputLayer.empty()) {
            const std::vector<std::string> names = m_net.getLayerNames();
            if (std::find(names.begin(), names.end(), m_options.outputLayer) == names.end()) {
                std::string some;
                for (std::size_t i = names.size() > 8 ? names.size() - 8 : 0; i < names.size(); ++i) {
                    some += (some.empty() ? "" : ", ") + names[i];
                }
                throw std::invalid_argument(m_options.modelPath + ": no layer named '"
                                            + m_options.outputLayer + "' (last layers: " + some
                                            + ")");
            }
        }
        // The id names everything that shapes the numbers: model bytes, preprocessing, layer.
        m_id = "onnx:" + hash.substr(0, 16) + ":";
        if (!m_options.preset.empty()) {
            m_id += m_options.preset;
        } else {
            m_id += std::to_string(m_options.inputWidth) + "x" + std::to_string(m_options.inputHeight);
            m_id += ":mean=" + formatFloat(m_options.mean[0]) + "," + formatFloat(m_options.mean[1])
                    + "," + formatFloat(m_options.mean[2]);
            m_id += ":std=" + formatFloat(m_options.std[0]) + "," + formatFloat(m_options.std[1]) + ","
                    + formatFloat(m_options.std[2]);
        }
        if (!m_options.outputLayer.empty()) {
            m_id += ":" + m_options.outputLayer;
        }
        // One forward pass on a blank image: fails early on a model OpenCV cannot run, and gives
        // the dimension.
        const cv::Mat blank(m_options.inputHeight, m_options.inputWidth, CV_8UC3, cv::Scalar(128, 128, 128));
        try {
            m_dim = int(extract({blank}).cols());
        } catch (const cv::Exception& e) {
            throw std::invalid_argument(m_options.modelPath + ": OpenCV cannot run this model: "
                                        + e.what());
        }
        if (m_options.preset == "dinov2" && dinov2Variant(m_dim).empty()) {
            throw std::invalid_argument(
                m_options.modelPath + ": the dinov2 preset expects a DINOv2 backbone whose output is "
                "the class token of width 384 (ViT-S/14), 768 (ViT-B/14), 1024 (ViT-L/14) or 1536 "
                "(ViT-g/14); this model gives " + std::to_string(m_dim) + " values per image");
        }
    }

    std::string id() const override { return m_id; }
    int dim() const override { return m_dim; }
    std::size_t preferredBatch() const override { return std::size_t(std::max(1, m_options.batchSize)); }

    RowMatrixXf extract(const std::vector<cv::Mat>& rgb) override
    {
        const int n = int(rgb.size());
        const int w = m_options.inputWidth, h = m_options.inputHeight;
        RowMatrixXf result;
        const int batch = std::max(1, m_options.batchSize);
        for (int start = 0; start < n; start += batch) {
            const int count = std::min(batch, n - start);
            // A graph folded for a fixed batch gets a zero-padded last batch; the padding rows
            // are dropped from the output (each image is computed independently).
            const int rows = m_fixedBatch > 0 ? m_fixedBatch : count;
            const int sizes[4] = {rows, 3, h, w};
            cv::Mat blob(4, sizes, CV_32F, cv::Scalar(0));
            for (int b = 0; b < count; ++b) {
                const cv::Mat input = onnxPreprocess(rgb[std::size_t(start + b)], m_options);
                for (int c = 0; c < 3; ++c) {
                    float* plane = blob.ptr<float>(b, c);
                    for (int y = 0; y < h; ++y) {
                        const float* row = input.ptr<float>(y);
                        for (int x = 0; x < w; ++x) {
                            plane[y * w + x] = row[3 * x + c];
                        }
                    }
                }
            }
            m_net.setInput(blob);
            cv::Mat out = m_options.outputLayer.empty() ? m_net.forward() : m_net.forward(m_options.outputLayer);
            if (out.type() != CV_32F || out.total() % std::size_t(rows) != 0) {
                throw std::runtime_error(m_options.modelPath + ": unexpected output of type "
                                         + std::to_string(out.type()));
            }
            const Eigen::Index d = Eigen::Index(out.total() / std::size_t(rows));
            if (result.size() == 0) {
                result.resize(n, d);
            } else if (result.cols() != d) {
                throw std::runtime_error(m_options.modelPath + ": output size changed between batches");
            }
            const cv::Mat flat = out.isContinuous() ? out : out.clone();
            std::copy(flat.ptr<float>(), flat.ptr<float>() + std::size_t(count) * std::size_t(d),
                      result.row(start).data());
        }
        if (m_options.l2Normalize) {
            for (Eigen::Index r = 0; r < result.rows(); ++r) {
                const double norm = result.row(r).cast<double>().norm();
                if (norm > 0) {
                    result.row(r) = (result.row(r).cast<double>() / norm).cast<float>();
                }
            }
        }
        return result;
    }

private:
    OnnxOptions m_options;
    cv::dnn::Net m_net;
    std::string m_id;
    int m_dim = 0;
    int m_fixedBatch = 0;
};

} // namespace

OnnxOptions inceptionPreset(const std::string& modelPath)
{
    OnnxOptions o;
    o.modelPath = modelPath;
    o.preset = "inception";
    o.inputWidth = 299;
    o.inputHeight = 299;
    o.mean = {0.5f, 0.5f, 0.5f};
    o.std = {0.5f, 0.5f, 0.5f};
    o.outputLayer = "pool3";
    return o;
}

OnnxOptions dinov2Preset(const std::string& modelPath)
{
    OnnxOptions o;
    o.modelPath = modelPath;
    o.preset = "dinov2";
    o.resize = OnnxResize::PilBicubic;
    o.inputWidth = 224;
    o.inputHeight = 224;
    o.mean = {0.485f, 0.456f, 0.406f};
    o.std = {0.229f, 0.224f, 0.225f};
    return o;
}

OnnxOptions clipPreset(const std::string& modelPath)
{
    OnnxOptions o;
    o.modelPath = modelPath;
    o.preset = "clip";
    o.resize = OnnxResize::PilBicubicShortSideCrop;
    o.l2Normalize = true;
    o.inputWidth = 224;
    o.inputHeight = 224;
    o.mean = {0.48145466f, 0.4578275f, 0.40821073f};
    o.std = {0.26862954f, 0.26130258f, 0.27577711f};
    return o;
}

std::string dinov2Variant(int dim)
{
    switch (dim) {
    case 384:
        return "ViT-S/14";
    case 768:
        return "ViT-B/14";
    case 1024:
        return "ViT-L/14";
    case 1536:
        return "ViT-g/14";
    default:
        return {};
    }
}

std::string clipVariant(int dim)
{
    switch (dim) {
    case 512:
        return "ViT-B/32 or ViT-B/16";
    case 768:
        return "ViT-L/14";
    default:
        return {};
    }
}

std::string featureSpaceOfExtractorId(const std::string& id)
{
    if (id.rfind("builtin", 0) == 0) {
        return "builtin";
    }
    if (id.rfind("onnx:", 0) != 0) {
        return {};
    }
    // onnx:<sha1 prefix>:<preset or preprocessing>[:layer]
    const auto second = id.find(':', 5);
    if (second == std::string::npos) {
        return "onnx";
    }
    const auto third = id.find(':', second + 1);
    const std::string what = id.substr(second + 1, third == std::string::npos
                                                       ? std::string::npos
                                                       : third - second - 1);
    for (const char* preset : {"inception", "inception-logits", "dinov2", "clip"}) {
        if (what == preset) {
            return preset;
        }
    }
    return "onnx";
}

cv::Mat pilShortSideResizeCentreCrop(const cv::Mat& rgb, int size)
{
    const int w = rgb.cols, h = rgb.rows;
    const int shortSide = std::min(w, h), longSide = std::max(w, h);
    // torchvision: new_long = int(size * long / short) (Python true division, truncated).
    const int newLong = static_cast<int>(static_cast<double>(size) * longSide / shortSide);
    const int newW = w <= h ? size : newLong;
    const int newH = w <= h ? newLong : size;
    const cv::Mat resized
        = (newW == w && newH == h) ? rgb : pilResizeBicubic(rgb, newW, newH);
    // CenterCrop: int(round((extent - size) / 2.0)), Python's round (half to even).
    const auto offset = [size](int extent) {
        return static_cast<int>(std::nearbyint((extent - size) / 2.0));
    };
    return resized(cv::Rect(offset(newW), offset(newH), size, size)).clone();
}

cv::Mat onnxPreprocess(const cv::Mat& rgb, const OnnxOptions& options)
{
    if (rgb.type() != CV_8UC3 || rgb.empty()) {
        throw std::invalid_argument("ONNX extractor: expects non-empty 8-bit RGB images");
    }
    const int w = options.inputWidth, h = options.inputHeight;
    cv::Mat resized;
    switch (options.resize) {
    case OnnxResize::Bilinear: {
        // Resize the float image (not the 8-bit one: OpenCV's 8-bit bilinear path uses
        // fixed-point weights), half-pixel centres, no antialiasing = torch's
        // F.interpolate(mode="bilinear", align_corners=False).
        cv::Mat f;
        rgb.convertTo(f, CV_32FC3, 1.0 / 255.0);
        if (f.cols != w || f.rows != h) {
            cv::resize(f, resized, cv::Size(w, h), 0, 0, cv::INTER_LINEAR);
        } else {
            resized = f;
        }
        cv::Mat out(h, w, CV_32FC3);
        for (int c = 0; c < 3; ++c) {
            const float mean = options.mean[std::size_t(c)];
            const float inv = 1.0f / options.std[std::size_t(c)];
            for (int y = 0; y < h; ++y) {
                const float* in = resized.ptr<float>(y);
                float* o = out.ptr<float>(y);
                for (int x = 0; x < w; ++x) {
                    o[3 * x + c] = (in[3 * x + c] - mean) * inv;
                }
            }
        }
        return out;
    }
    case OnnxResize::PilBicubic:
        resized = (rgb.cols == w && rgb.rows == h) ? rgb : pilResizeBicubic(rgb, w, h);
        break;
    case OnnxResize::PilBicubicShortSideCrop:
        if (w != h) {
            throw std::invalid_argument("the short-side resize and centre crop needs a square "
                                        "input size, not "
                                        + std::to_string(w) + "x" + std::to_string(h));
        }
        resized = pilShortSideResizeCentreCrop(rgb, w);
        break;
    }
    // torchvision ToTensor (float32(v) / 255) then Normalize ((x - mean) / std), all in float32.
    cv::Mat out(h, w, CV_32FC3);
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* in = resized.ptr<std::uint8_t>(y);
        float* o = out.ptr<float>(y);
        for (int x = 0; x < 3 * w; ++x) {
            const std::size_t c = std::size_t(x % 3);
            const float v = static_cast<float>(in[x]) / 255.0f;
            o[x] = (v - options.mean[c]) / options.std[c];
        }
    }
    return out;
}

OnnxOptions parseOnnxSpec(const std::string& spec)
{
    if (spec.rfind("onnx:", 0) != 0) {
        throw std::invalid_argument("not an ONNX extractor: " + spec);
    }
    std::string rest = spec.substr(5);
    std::string preset;
    const auto colon = rest.rfind(':');
    // A trailing ":name" is a preset when it has no path separator (FILE may hold ':' itself).
    if (colon != std::string::npos && rest.find('/', colon) == std::string::npos
        && rest.substr(colon + 1).find('.') == std::string::npos) {
        preset = rest.substr(colon + 1);
        rest = rest.substr(0, colon);
    }
    if (rest.empty()) {
        throw std::invalid_argument("onnx extractor without a model file: " + spec);
    }
    if (preset.empty()) {
        OnnxOptions o;
        o.modelPath = rest;
        return o;
    }
    if (preset == "inception") {
        return inceptionPreset(rest);
    }
    if (preset == "inception-logits") {
        // The classifier output of packaging/tools/export_inception_onnx.py, for the Inception
        // Score (1008 logits without the fc bias, as torch-fidelity and StyleGAN use).
        OnnxOptions o = inceptionPreset(rest);
        o.preset = preset;
        o.outputLayer = "logits_unbiased";
        return o;
    }
    if (preset == "dinov2") {
        return dinov2Preset(rest);
    }
    if (preset == "clip") {
        return clipPreset(rest);
    }
    throw std::invalid_argument("unknown ONNX preset '" + preset
                                + "' (known: inception, inception-logits, dinov2, clip)");
}

std::unique_ptr<FeatureExtractor> makeOnnxExtractor(const OnnxOptions& options, OnnxRepairs* repairs)
{
    return std::make_unique<OnnxExtractor>(options, repairs);
}

std::unique_ptr<FeatureExtractor> makeExtractor(const std::string& spec, int threads)
{
    if (spec.empty() || spec == "builtin" || spec == "builtin-1") {
        return makeBuiltinExtractor(threads);
    }
    if (spec.rfind("onnx:", 0) == 0) {
        OnnxOptions o = parseOnnxSpec(spec);
        o.threads = threads;
        return makeOnnxExtractor(o);
    }
    throw std::invalid_argument("unknown extractor '" + spec + "' (builtin, onnx:FILE[:preset])");
}

} // namespace genlens::metrics::image

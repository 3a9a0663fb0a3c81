#pragma once

#include <genlens/metrics/image/extractor.h>

#include <array>
#include <string>

namespace genlens::metrics::image {

// What was changed in an ONNX graph so that OpenCV 4.6's importer computes what the graph says.
struct OnnxRepairs
{
    int identitiesFolded = 0;    // Identity nodes reading an initializer, bypassed
    int poolsMadeExplicit = 0;   // AveragePool(count_include_pad=1) turned into Pad + AveragePool
    std::string originalProducer;
    bool producerRenamed = false;
    // Vision transformers (issue 12; docs/image.md, "Vision transformers"):
    int batchFixed = 0;          // > 0: the graph was folded for exactly this batch size
    int nodesFolded = 0;         // constant sub-graph nodes evaluated into initializers
    int shapeNodesFolded = 0;    // ... of which Shape nodes
    int opsRewritten = 0;        // compute nodes rewritten into ops OpenCV 4.6 runs exactly
};

// Repairs a serialized ONNX model for cv::dnn (OpenCV 4.6) and returns the new serialized model:
//  (a) Identity nodes whose input is an initializer (PyTorch emits them for shared weights; the
//      importer rejects them) are folded: their consumers read the initializer directly.
//  (b) The importer decides whether AveragePool counts padded cells from the producer name
//      ("pytorch" => counted) instead of each node's count_include_pad. Every padded AveragePool
//      with count_include_pad=1 becomes an explicit zero Pad followed by an unpadded AveragePool,
//      and the producer is renamed, so every remaining padded pool excludes the padding, as its
//      attribute says. A pool with count_include_pad=1 and auto_pad SAME_* cannot be expressed
//      and is refused.
// Operators of vision transformers that OpenCV 4.6 cannot run (LayerNormalization, Attention,
// Einsum, ...) are refused, naming the operator and the node. Throws std::invalid_argument with
// `file` in the message.
std::string repairOnnxForOpenCv(const std::string& modelBytes, const std::string& file,
                                OnnxRepairs* repairs = nullptr, int batch = 1, int height = 0,
                                int width = 0);

// How an image reaches the network's input size.
enum class OnnxResize {
    // Float [0, 1] image, bilinear with half-pixel centres, no antialiasing (torch's
    // F.interpolate(mode="bilinear", align_corners=False); pytorch-fid). The aspect is not kept.
    Bilinear,
    // Pillow's bicubic resize of the 8-bit image straight to the input size, aspect not kept
    // (torchvision Resize((224, 224), BICUBIC) on a PIL image: dgm-eval's DINOv2 transform).
    PilBicubic,
    // Pillow's bicubic resize of the short side to the input size (the long side to
    // int(size * long / short)), then the centre crop (offsets rounded half to even, as Python's
    // round): OpenAI CLIP's Resize(224, BICUBIC) + CenterCrop(224). Needs a square input.
    PilBicubicShortSideCrop,
};

struct OnnxOptions
{
    std::string modelPath;
    std::string preset;           // "", "inception", "inception-logits", "dinov2" or "clip"
    OnnxResize resize = OnnxResize::Bilinear;
    bool l2Normalize = false;     // divide each feature row by its Euclidean norm (clip)
    int inputWidth = 0;           // the network's input size (required without a preset)
    int inputHeight = 0;
    // Per channel (R, G, B), applied to values in [0, 1] after resizing: (x - mean) / std.
    std::array<float, 3> mean{0.0f, 0.0f, 0.0f};
    std::array<float, 3> std{1.0f, 1.0f, 1.0f};
    std::string outputLayer;      // empty: the graph's output
    int batchSize = 16;
    int threads = 0;              // OpenCV's thread count for inference; 0 = leave as is
};

// Options of the preset "inception" (pytorch-fid's protocol): 299 x 299 bilinear resize with
// half-pixel centres and no antialiasing on float [0, 1] values (torch's F.interpolate with
// align_corners=False), scaled to [-1, 1] (mean 0.5, std 0.5), output "pool3" (2048-d).
OnnxOptions inceptionPreset(const std::string& modelPath);

// Options of the preset "dinov2", dgm-eval's DINOv2 protocol (layer6ai-labs/dgm-eval,
// dgm_eval/models/dinov2.py, default transform): the 8-bit image resized to 224 x 224 by Pillow's
// bicubic (aspect not kept), to [0, 1], ImageNet mean (0.485, 0.456, 0.406) and std
// (0.229, 0.224, 0.225); the features are the network's output, the class token after the final
// norm. The model size follows from its output: 384 ViT-S/14, 768 ViT-B/14, 1024 ViT-L/14,
// 1536 ViT-g/14 (any other width is refused).
OnnxOptions dinov2Preset(const std::string& modelPath);

// Options of the preset "clip", OpenAI CLIP's own preprocess (openai/CLIP, clip/clip.py
// `_transform`): Pillow bicubic resize of the short side to 224, centre crop 224 x 224, to
// [0, 1], mean (0.48145466, 0.4578275, 0.40821073), std (0.26862954, 0.26130258, 0.27577711);
// the features are the projected image embedding, L2-normalised (as CMMD uses them).
OnnxOptions clipPreset(const std::string& modelPath);

// "ViT-S/14" ... "ViT-g/14" for a DINOv2 output width, "" for another width.
std::string dinov2Variant(int dim);
// "ViT-B/32 or ViT-B/16" (512) or "ViT-L/14" (768) for a CLIP embedding width, "" otherwise.
std::string clipVariant(int dim);

// The feature space an extractor id names, for labels and for the metrics tied to one space:
// "builtin" (builtin-*), "inception" (the inception preset), "inception-logits", "dinov2",
// "clip", "onnx" (an ONNX model with explicit or altered preprocessing), or "" when the id is
// none of GenLens's extractors.
std::string featureSpaceOfExtractorId(const std::string& id);

// The network input of one image under `options`: resized (OnnxResize), to [0, 1] as
// float32(v) / 255, then (x - mean) / std per channel in float32 (torchvision's ToTensor and
// Normalize), as a CV_32FC3 image of inputWidth x inputHeight. `rgb` is CV_8UC3 RGB.
cv::Mat onnxPreprocess(const cv::Mat& rgb, const OnnxOptions& options);

// The 8-bit image of OnnxResize::PilBicubicShortSideCrop (resize + centre crop), for tests.
cv::Mat pilShortSideResizeCentreCrop(const cv::Mat& rgb, int size);

// Parses "onnx:FILE[:preset]"; presets: "inception" and "inception-logits" (the same model and
// preprocessing, output "logits_unbiased" for the Inception Score), "dinov2" and "clip". Throws
// std::invalid_argument for an unknown preset.
OnnxOptions parseOnnxSpec(const std::string& spec);

// Loads, repairs and checks the model (a forward pass on one blank image). Throws
// std::invalid_argument naming the file for a model that cannot be used.
std::unique_ptr<FeatureExtractor> makeOnnxExtractor(const OnnxOptions& options,
                                                    OnnxRepairs* repairs = nullptr);

// "builtin" / "builtin-1" or "onnx:FILE[:preset]".
std::unique_ptr<FeatureExtractor> makeExtractor(const std::string& spec, int threads = 0);

} // namespace genlens::metrics::image

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

struct OnnxOptions
{
    std::string modelPath;
    std::string preset;           // "" or "inception"
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

// Parses "onnx:FILE[:preset]"; presets: "inception" and "inception-logits" (the same model and
// preprocessing, output "logits_unbiased" for the Inception Score). Throws std::invalid_argument
// for an unknown preset.
OnnxOptions parseOnnxSpec(const std::string& spec);

// Loads, repairs and checks the model (a forward pass on one blank image). Throws
// std::invalid_argument naming the file for a model that cannot be used.
std::unique_ptr<FeatureExtractor> makeOnnxExtractor(const OnnxOptions& options,
                                                    OnnxRepairs* repairs = nullptr);

// "builtin" / "builtin-1" or "onnx:FILE[:preset]".
std::unique_ptr<FeatureExtractor> makeExtractor(const std::string& spec, int threads = 0);

} // namespace genlens::metrics::image

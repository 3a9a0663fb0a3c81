#pragma once

#include <genlens/metrics/core/matrix.h>

#include <opencv2/core.hpp>

#include <memory>
#include <string>
#include <vector>

namespace genlens::metrics::image {

// Turns RGB images into feature vectors for the set-level metrics (design.md §3). The id names
// the feature space exactly ("builtin-1", "onnx:<sha1 of the model>:inception"); caches and
// stored runs key on it so that features of different spaces never mix.
class FeatureExtractor
{
public:
    virtual ~FeatureExtractor() = default;
    virtual std::string id() const = 0;
    virtual int dim() const = 0;
    // One row per image (CV_8UC3, RGB). Throws std::invalid_argument for a wrong image type.
    virtual RowMatrixXf extract(const std::vector<cv::Mat>& rgb) = 0;
    // Images the caller should hand over per extract() call.
    virtual std::size_t preferredBatch() const { return 64; }
};

// The built-in extractor, version 1 ("builtin-1", 512-d, deterministic, no weights):
// colour, gradient and texture statistics at three scales plus a fixed seeded random-weight
// convolutional projection. See docs/image.md. `threads` 0 = hardware concurrency.
std::unique_ptr<FeatureExtractor> makeBuiltinExtractor(int threads = 0);

// Features of one image with builtin-1 (thread-safe); out must hold builtinDim() floats.
void builtinFeatures(const cv::Mat& rgb, float* out);
constexpr int builtinDim()
{
    return 512;
}

} // namespace genlens::metrics::image

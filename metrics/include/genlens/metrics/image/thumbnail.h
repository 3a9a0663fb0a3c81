#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <vector>

namespace genlens::metrics::image {

// How thumbnails are stored (docs/project.md, "Thumbnails"). The grids paint cells of 48-256 px,
// 96 by default; 128 px covers the default cell on screens up to 1.33x device pixel ratio and the
// protocol's common sizes (32, 64, 128 px) at their own resolution, for a quarter of the pixels of
// 256 px. Alpha is already gone (decode drops it), so JPEG fits: about a tenth of PNG's bytes on
// photographs and generated images at quality 85.
struct ThumbnailOptions
{
    int longestSide = 128; // never enlarged: smaller images keep their size
    int jpegQuality = 85;
};

// JPEG bytes of an RGB image (CV_8UC3) reduced to options.longestSide (area interpolation).
std::vector<std::uint8_t> encodeThumbnail(const cv::Mat& rgb, const ThumbnailOptions& options = {});

} // namespace genlens::metrics::image

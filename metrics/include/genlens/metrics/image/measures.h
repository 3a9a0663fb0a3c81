#pragma once

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace genlens::metrics::image {

// Per-image measures that need no model (design.md §4). All on 8-bit RGB; "grey" is OpenCV's
// RGB2GRAY (0.299 R + 0.587 G + 0.114 B, rounded to 8 bits). Values are in 0..255 units.
struct ImageMeasures
{
    double sharpness = 0;      // variance of the 4-neighbour Laplacian of grey (population, all pixels,
                               // borders reflected as OpenCV's BORDER_REFLECT_101)
    double colourfulness = 0;  // Hasler & Suesstrunk 2003: sigma_rgyb + 0.3 mu_rgyb
    double brightness = 0;     // mean grey level
    double clipped = 0;        // share of pixels with grey <= 2 or >= 253
    double noise = 0;          // Immerkaer 1996 fast noise sigma (interior pixels)
    int width = 0;
    int height = 0;
    double aspect = 0;         // width / height
};

ImageMeasures measureImage(const cv::Mat& rgb);

// Names of the measures in the order of measureVector(), as used for per-sample score columns and
// JSON keys ("sharpness", "colourfulness", "brightness", "clipped", "noise", "width", "height",
// "aspect").
const std::vector<std::string>& measureNames();
std::vector<double> measureVector(const ImageMeasures& m);

} // namespace genlens::metrics::image

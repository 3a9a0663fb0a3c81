#include <algorithm>
#include <cmath>
#include <genlens/metrics/image/thumbnail.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace genlens::metrics::image {

std::vector<std::uint8_t> encodeThumbnail(const cv::Mat& rgb, const ThumbnailOptions& options)
{
    cv::Mat small = rgb;
    const int longest = std::max(rgb.cols, rgb.rows);
    if (longest > options.longestSide) {
        const double scale = double(options.longestSide) / longest;
        const int w = std::max(1, int(std::lround(rgb.cols * scale)));
        const int h = std::max(1, int(std::lround(rgb.rows * scale)));
        cv::resize(rgb, small, cv::Size(w, h), 0, 0, cv::INTER_AREA);
    }
    cv::Mat bgr;
    cv::cvtColor(small, bgr, cv::COLOR_RGB2BGR);
    std::vector<std::uint8_t> jpeg;
    // Baseline JPEG (no progressive, no optimised tables needed): Qt's and every viewer's
    // decoder reads it; 4:2:0 chroma as usual for photographs.
    cv::imencode(".jpg", bgr, jpeg, {cv::IMWRITE_JPEG_QUALITY, options.jpegQuality});
    return jpeg;
}

} // namespace genlens::metrics::image

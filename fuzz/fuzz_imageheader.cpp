// fuzz-link: genlens_fuzz_image
// The image header checks made before decoding (metrics/image/decode.cpp): the size peek of PNG,
// JPEG, BMP and WebP, the JPEG EXIF orientation, and decodeImage's refusal of an image above the
// pixel limit before any pixel is decoded.
#include "fuzzsupport.h"

#include <cstring>
#include <genlens/metrics/image/decode.h>

using namespace genlens::metrics::image;
using genlens::fuzz::require;

namespace {

bool isTiff(const std::uint8_t* d, std::size_t n)
{
    return n >= 4 && (std::memcmp(d, "II\x2a\x00", 4) == 0 || std::memcmp(d, "MM\x00\x2a", 4) == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const int orientation = jpegExifOrientation(data, size);
    require(orientation >= 1 && orientation <= 8, "EXIF orientation in 1..8");

    std::int64_t width = 0;
    std::int64_t height = 0;
    const bool peeked = peekImageSize(data, size, width, height);
    if (peeked) {
        require(width >= 0 && height >= 0, "non-negative peeked size");
    }
    // A TIFF's size is only known after decoding (decode.h), so its pixel limit cannot hold
    // memory down here: the decoder's own allocation is not what this target checks.
    if (isTiff(data, size)) {
        return 0;
    }
    DecodeOptions options;
    options.maxPixels = 1 << 16;
    options.alpha = static_cast<AlphaMode>(size % 3);
    const DecodeResult result = decodeImage(data, size, options);
    if (peeked && width > 0 && height > 0
        && std::uint64_t(width) * std::uint64_t(height) > std::uint64_t(options.maxPixels)) {
        require(!result.ok(), "an image above the pixel limit is refused");
    }
    if (result.ok()) {
        require(result.rgb.type() == CV_8UC3 && result.rgb.isContinuous(), "8-bit RGB");
        require(std::int64_t(result.rgb.total()) <= options.maxPixels, "within the pixel limit");
    } else {
        require(result.rgb.empty(), "no pixels with an error");
    }
    return 0;
}

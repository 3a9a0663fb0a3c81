#pragma once

#include <opencv2/core.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace genlens::metrics::image {

// What to do with an alpha channel. Every reference implementation (pytorch-fid, clean-fid,
// torch-fidelity: PIL's convert('RGB')) drops it and keeps the stored colour, so that is the
// default; compositing on black or white is there for images whose transparent pixels hold junk.
enum class AlphaMode { Drop, Black, White };

struct DecodeOptions
{
    // Images with more pixels are refused (before decoding when the header can be read: PNG,
    // JPEG, BMP, WebP; after decoding for TIFF). 0 = no limit of ours (OpenCV's own 2^30 stays).
    std::int64_t maxPixels = 100'000'000;
    AlphaMode alpha = AlphaMode::Drop;
};

// A decoded image: 8-bit RGB (CV_8UC3, continuous, R first), EXIF orientation applied.
// When rgb is empty, error says why the file could not be used.
struct DecodeResult
{
    cv::Mat rgb;
    std::string error;
    bool ok() const { return error.empty(); }
};

// Decodes an image held in memory. Conversions: grey -> RGB (replicated), 16-bit -> 8-bit
// (round(v / 257)), alpha per options.alpha, palette expanded (by the PNG decoder), EXIF
// orientation of JPEG files honoured (tags 1-8). Never throws for bad data.
DecodeResult decodeImage(const std::uint8_t* data, std::size_t size, const DecodeOptions& options = {});

// Lower-case extension of a supported image file (png, jpg, jpeg, bmp, webp, tif, tiff).
bool hasImageExtension(const std::string& path);

// Reads the file (whole) into bytes; returns an error string (empty on success).
std::string readFileBytes(const std::string& path, std::vector<std::uint8_t>& bytes);

// The EXIF orientation (1-8) of a JPEG held in memory, or 1 when it has none.
int jpegExifOrientation(const std::uint8_t* data, std::size_t size);

// Whether the bytes start like an image of a supported format (PNG, JPEG, BMP, WebP, TIFF
// signatures); decodeImage refuses anything else before decoding.
bool hasImageSignature(const std::uint8_t* data, std::size_t size);

// Width and height read from the file header without decoding (PNG, JPEG, BMP, WebP); false when
// the header cannot be read this way.
bool peekImageSize(const std::uint8_t* data, std::size_t size, std::int64_t& width,
                   std::int64_t& height);

} // namespace genlens::metrics::image

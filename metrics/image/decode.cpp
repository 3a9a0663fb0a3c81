#include <genlens/metrics/image/decode.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <fstream>

namespace genlens::metrics::image {

namespace {

enum class Format { Unknown, Png, Jpeg, Bmp, Webp, Tiff };

Format sniff(const std::uint8_t* d, std::size_t n)
{
    static const std::uint8_t png[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (n >= 8 && std::memcmp(d, png, 8) == 0) {
        return Format::Png;
    }
    if (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF) {
        return Format::Jpeg;
    }
    if (n >= 2 && d[0] == 'B' && d[1] == 'M') {
        return Format::Bmp;
    }
    if (n >= 12 && std::memcmp(d, "RIFF", 4) == 0 && std::memcmp(d + 8, "WEBP", 4) == 0) {
        return Format::Webp;
    }
    if (n >= 4
        && ((d[0] == 'I' && d[1] == 'I' && d[2] == 42 && d[3] == 0)
            || (d[0] == 'M' && d[1] == 'M' && d[2] == 0 && d[3] == 42))) {
        return Format::Tiff;
    }
    return Format::Unknown;
}

const char* formatName(Format f)
{
    switch (f) {
    case Format::Png:
        return "PNG";
    case Format::Jpeg:
        return "JPEG";
    case Format::Bmp:
        return "BMP";
    case Format::Webp:
        return "WebP";
    case Format::Tiff:
        return "TIFF";
    case Format::Unknown:
        break;
    }
    return "unknown";
}

std::uint32_t be16(const std::uint8_t* p)
{
    return (std::uint32_t(p[0]) << 8) | p[1];
}
std::uint32_t be32(const std::uint8_t* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8)
           | p[3];
}
std::uint32_t le16(const std::uint8_t* p)
{
    return (std::uint32_t(p[1]) << 8) | p[0];
}
std::uint32_t le24(const std::uint8_t* p)
{
    return (std::uint32_t(p[2]) << 16) | (std::uint32_t(p[1]) << 8) | p[0];
}
std::uint32_t le32(const std::uint8_t* p)
{
    return (std::uint32_t(p[3]) << 24) | (std::uint32_t(p[2]) << 16) | (std::uint32_t(p[1]) << 8)
           | p[0];
}

// A truncated JPEG decodes "successfully" in libjpeg (grey fill, a warning on stderr), so the
// file must end its last scan with an EOI marker. Entropy-coded data stuffs every 0xFF with 0x00,
// so FF D9 after the last SOS (FF DA) can only be the real end of image.
bool jpegHasEndAfterLastScan(const std::uint8_t* d, std::size_t n)
{
    std::size_t lastSos = 0;
    std::size_t lastEoi = 0;
    bool haveSos = false;
    bool haveEoi = false;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (d[i] == 0xFF) {
            if (d[i + 1] == 0xDA) {
                lastSos = i;
                haveSos = true;
            } else if (d[i + 1] == 0xD9) {
                lastEoi = i;
                haveEoi = true;
            }
        }
    }
    return haveSos && haveEoi && lastEoi > lastSos;
}

cv::Mat applyOrientation(const cv::Mat& m, int orientation)
{
    cv::Mat out;
    switch (orientation) {
    case 2:
        cv::flip(m, out, 1);
        return out;
    case 3:
        cv::rotate(m, out, cv::ROTATE_180);
        return out;
    case 4:
        cv::flip(m, out, 0);
        return out;
    case 5:
        cv::transpose(m, out);
        return out;
    case 6:
        cv::rotate(m, out, cv::ROTATE_90_CLOCKWISE);
        return out;
    case 7: {
        cv::Mat t;
        cv::rotate(m, t, cv::ROTATE_90_CLOCKWISE);
        cv::flip(t, out, 0);  // transverse: out(r, c) = in(H-1-c, W-1-r)
        return out;
    }
    case 8:
        cv::rotate(m, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        return out;
    default:
        return m;
    }
}

} // namespace

bool hasImageExtension(const std::string& path)
{
    const auto dot = path.find_last_of('.');
    const auto slash = path.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
        return false;
    }
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == "png" || ext == "jpg" || ext == "jpeg" || ext == "bmp" || ext == "webp"
           || ext == "tif" || ext == "tiff";
}

std::string readFileBytes(const std::string& path, std::vector<std::uint8_t>& bytes)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        return "cannot open the file";
    }
    const std::streamoff size = in.tellg();
    if (size < 0) {
        return "cannot read the file size";
    }
    bytes.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    if (size > 0 && !in.read(reinterpret_cast<char*>(bytes.data()), size)) {
        return "read error";
    }
    return {};
}

int jpegExifOrientation(const std::uint8_t* d, std::size_t n)
{
    if (n < 4 || d[0] != 0xFF || d[1] != 0xD8) {
        return 1;
    }
    std::size_t pos = 2;
    while (pos + 4 <= n) {
        if (d[pos] != 0xFF) {
            return 1;
        }
        const std::uint8_t marker = d[pos + 1];
        if (marker == 0xDA || marker == 0xD9) {
            return 1;  // start of scan: no EXIF before it
        }
        const std::size_t len = be16(d + pos + 2);
        if (len < 2 || pos + 2 + len > n) {
            return 1;
        }
        const std::uint8_t* seg = d + pos + 4;
        const std::size_t segLen = len - 2;
        if (marker == 0xE1 && segLen >= 14 && std::memcmp(seg, "Exif\0\0", 6) == 0) {
            const std::uint8_t* tiff = seg + 6;
            const std::size_t tiffLen = segLen - 6;
            const bool little = tiff[0] == 'I' && tiff[1] == 'I';
            const bool big = tiff[0] == 'M' && tiff[1] == 'M';
            if (!little && !big) {
                return 1;
            }
            auto u16 = [&](std::size_t off) { return little ? le16(tiff + off) : be16(tiff + off); };
            auto u32 = [&](std::size_t off) { return little ? le32(tiff + off) : be32(tiff + off); };
            const std::size_t ifd = u32(4);
            if (ifd + 2 > tiffLen) {
                return 1;
            }
            const std::size_t count = u16(ifd);
            for (std::size_t i = 0; i < count; ++i) {
                const std::size_t e = ifd + 2 + 12 * i;
                if (e + 12 > tiffLen) {
                    return 1;
                }
                if (u16(e) == 0x0112) {  // Orientation, SHORT, count 1, value in the entry
                    const int v = static_cast<int>(u16(e + 8));
                    return (v >= 1 && v <= 8) ? v : 1;
                }
            }
            return 1;
        }
        pos += 2 + len;
    }
    return 1;
}

bool hasImageSignature(const std::uint8_t* data, std::size_t size)
{
    return sniff(data, size) != Format::Unknown;
}

bool peekImageSize(const std::uint8_t* d, std::size_t n, std::int64_t& width, std::int64_t& height)
{
    switch (sniff(d, n)) {
    case Format::Png:
        if (n >= 24 && std::memcmp(d + 12, "IHDR", 4) == 0) {
            width = be32(d + 16);
            height = be32(d + 20);
            return true;
        }
        return false;
    case Format::Bmp:
        if (n >= 26) {
            width = static_cast<std::int32_t>(le32(d + 18));
            height = static_cast<std::int32_t>(le32(d + 22));
            width = std::abs(width);
            height = std::abs(height);
            return true;
        }
        return false;
    case Format::Webp:
        if (n >= 30 && std::memcmp(d + 12, "VP8X", 4) == 0) {
            width = std::int64_t(le24(d + 24)) + 1;
            height = std::int64_t(le24(d + 27)) + 1;
            return true;
        }
        if (n >= 25 && std::memcmp(d + 12, "VP8L", 4) == 0) {
            const std::uint32_t bits = le32(d + 21);
            width = std::int64_t(bits & 0x3FFF) + 1;
            height = std::int64_t((bits >> 14) & 0x3FFF) + 1;
            return true;
        }
        if (n >= 30 && std::memcmp(d + 12, "VP8 ", 4) == 0) {
            width = le16(d + 26) & 0x3FFF;
            height = le16(d + 28) & 0x3FFF;
            return true;
        }
        return false;
    case Format::Jpeg: {
        std::size_t pos = 2;
        while (pos + 9 <= n) {
            if (d[pos] != 0xFF) {
                return false;
            }
            const std::uint8_t marker = d[pos + 1];
            if (marker == 0xFF) {
                ++pos;  // fill byte
                continue;
            }
            const std::size_t len = be16(d + pos + 2);
            const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                             && marker != 0xCC;
            if (sof) {
                height = be16(d + pos + 5);
                width = be16(d + pos + 7);
                return true;
            }
            if (marker == 0xDA || len < 2) {
                return false;
            }
            pos += 2 + len;
        }
        return false;
    }
    case Format::Tiff:
    case Format::Unknown:
        break;
    }
    return false;
}

DecodeResult decodeImage(const std::uint8_t* data, std::size_t size, const DecodeOptions& options)
{
    DecodeResult result;
    if (size == 0) {
        result.error = "empty file (0 bytes)";
        return result;
    }
    const Format format = sniff(data, size);
    if (format == Format::Unknown) {
        result.error = "not an image (content is not PNG, JPEG, BMP, WebP or TIFF)";
        return result;
    }
    std::int64_t w = 0;
    std::int64_t h = 0;
    // Header sizes reach 2^32 - 1 per side (PNG), so their product can exceed int64: it is
    // computed unsigned (sides are positive here), where (2^32 - 1)^2 fits.
    auto pixels = [](std::int64_t ww, std::int64_t hh) {
        return static_cast<std::uint64_t>(ww) * static_cast<std::uint64_t>(hh);
    };
    auto tooLarge = [&](std::int64_t ww, std::int64_t hh) {
        return options.maxPixels > 0
            && pixels(ww, hh) > static_cast<std::uint64_t>(options.maxPixels);
    };
    auto sizeMessage = [&](std::int64_t ww, std::int64_t hh) {
        return "image too large: " + std::to_string(ww) + "x" + std::to_string(hh) + " = "
            + std::to_string(pixels(ww, hh)) + " pixels, limit "
            + std::to_string(options.maxPixels);
    };
    if (peekImageSize(data, size, w, h)) {
        if (w <= 0 || h <= 0) {
            result.error = std::string("corrupt ") + formatName(format) + " header (size "
                           + std::to_string(w) + "x" + std::to_string(h) + ")";
            return result;
        }
        if (tooLarge(w, h)) {
            result.error = sizeMessage(w, h);
            return result;
        }
    }
    if (format == Format::Jpeg && !jpegHasEndAfterLastScan(data, size)) {
        result.error = "truncated JPEG (no end-of-image marker after the last scan)";
        return result;
    }

    cv::Mat raw;
    try {
        const cv::Mat buffer(1, static_cast<int>(std::min<std::size_t>(size, INT32_MAX)), CV_8U,
                             const_cast<std::uint8_t*>(data));
        // IMREAD_UNCHANGED keeps alpha and 16 bits and does not apply EXIF orientation; we apply
        // orientation ourselves so the behaviour does not depend on the OpenCV version.
        raw = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        result.error = std::string("cannot decode ") + formatName(format) + ": " + e.what();
        return result;
    }
    if (raw.empty()) {
        result.error = std::string("truncated or corrupt ") + formatName(format) + " data";
        return result;
    }
    if (tooLarge(raw.cols, raw.rows)) {
        result.error = sizeMessage(raw.cols, raw.rows);
        return result;
    }

    cv::Mat depth8;
    switch (raw.depth()) {
    case CV_8U:
        depth8 = raw;
        break;
    case CV_16U:
        raw.convertTo(depth8, CV_8U, 1.0 / 257.0);  // saturate_cast rounds to nearest
        break;
    default:
        result.error = std::string("unsupported ") + formatName(format)
                       + " sample format (only 8- and 16-bit integer images)";
        return result;
    }

    cv::Mat rgb;
    switch (depth8.channels()) {
    case 1:
        cv::cvtColor(depth8, rgb, cv::COLOR_GRAY2RGB);
        break;
    case 2: {
        std::vector<cv::Mat> planes;
        cv::split(depth8, planes);
        cv::Mat bgra;
        cv::merge(std::vector<cv::Mat>{planes[0], planes[0], planes[0], planes[1]}, bgra);
        depth8 = bgra;
    }
        [[fallthrough]];
    case 4:
        if (options.alpha == AlphaMode::Drop) {
            cv::cvtColor(depth8, rgb, cv::COLOR_BGRA2RGB);
        } else {
            const float background = options.alpha == AlphaMode::White ? 255.0f : 0.0f;
            rgb.create(depth8.rows, depth8.cols, CV_8UC3);
            for (int y = 0; y < depth8.rows; ++y) {
                const std::uint8_t* s = depth8.ptr<std::uint8_t>(y);
                std::uint8_t* o = rgb.ptr<std::uint8_t>(y);
                for (int x = 0; x < depth8.cols; ++x) {
                    const float a = s[4 * x + 3] / 255.0f;
                    for (int c = 0; c < 3; ++c) {
                        const float v = s[4 * x + 2 - c] * a + background * (1.0f - a);
                        o[3 * x + c] = cv::saturate_cast<std::uint8_t>(v);
                    }
                }
            }
        }
        break;
    case 3:
        cv::cvtColor(depth8, rgb, cv::COLOR_BGR2RGB);
        break;
    default:
        result.error = std::string("unsupported ") + formatName(format) + " with "
                       + std::to_string(depth8.channels()) + " channels";
        return result;
    }

    if (format == Format::Jpeg) {
        rgb = applyOrientation(rgb, jpegExifOrientation(data, size));
    }
    if (!rgb.isContinuous()) {
        rgb = rgb.clone();
    }
    result.rgb = rgb;
    return result;
}

} // namespace genlens::metrics::image

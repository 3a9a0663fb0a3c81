#pragma once

#include <genlens/metrics/core/shard.h>
#include <genlens/metrics/image/decode.h>
#include <genlens/metrics/image/measures.h>
#include <genlens/metrics/image/thumbnail.h>

#include <opencv2/core.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace genlens::metrics::image {

// One item of a source, decoded: a file of a folder or a row of an N x H x W x 3 batch.
struct SourceItem
{
    std::size_t index = 0;          // position in the source (sorted file order / batch row)
    std::string path;               // file path, or "batch.npz:arr_0[17]"
    std::string contentHash;        // hex SHA-1 of the file bytes (batches: of the row's pixels)
    cv::Mat rgb;                    // CV_8UC3 RGB; empty when error is set
    std::string error;              // why the item cannot be used (empty when usable)
    std::vector<std::uint8_t> thumbnail;     // JPEG, when SourceOptions::thumbnails
    ImageMeasures measures;                  // when SourceOptions::measures
    bool ok() const { return error.empty(); }
};

// Decoded pixels in flight (issue 15): a batch holds at most this many decoded pixels (3 bytes
// each as RGB), whatever the number of files, so that peak memory stays flat in the number of
// images: 128 Mpx = 384 MiB of RGB. An image above the budget on its own is still decoded, alone
// (the pixel limit, DecodeOptions::maxPixels, is what refuses an image).
inline constexpr std::int64_t kDefaultPixelsInFlight = 128'000'000;

// How many of the next items a batch takes: as many as fit `budget` decoded pixels in order, at
// least one, at most maxItems. `pixels[i]` is item i's decoded pixel count (0 for an item that
// will not be decoded: unsupported, unreadable, over the pixel limit).
std::size_t itemsWithinBudget(const std::vector<std::int64_t>& pixels, std::size_t maxItems,
                              std::int64_t budget);

// The decoded pixel count of an image file as the batch budget counts it, from its header (the
// first 256 KiB; the file is not decoded): width x height; 0 when it will not be decoded (not an
// image file or content, unreadable, larger than maxPixels: refused before decoding); `unknown`
// when an image's header does not say (TIFF, a JPEG whose frame header lies further in).
std::int64_t decodedPixelsOfFile(const std::string& path, std::int64_t maxPixels,
                                 std::int64_t unknown);

struct SourceOptions
{
    DecodeOptions decode;
    std::size_t batchSize = 64;  // items decoded (and held in memory) at a time, at most
    std::int64_t pixelsInFlight = kDefaultPixelsInFlight; // decoded pixels per batch, at most
    int threads = 0;             // decoding threads; 0 = hardware concurrency
    bool thumbnails = false;     // make thumbnails (encodeThumbnail)
    ThumbnailOptions thumbnail;
    // Which of a batch's usable items need a thumbnail, by content hash (e.g. those a project does
    // not hold yet): called by next() on its caller's thread, after hashing and before encoding;
    // returns one flag per hash. Empty: all of them.
    std::function<std::vector<bool>(const std::vector<std::string>& hashes)> thumbnailWanted;
    bool measures = false;       // compute ImageMeasures
    // Only this share of the items (core/shard.h); size() and next() then cover the shard's
    // positions alone, while SourceItem::index stays the position in the whole source.
    Shard shard;
};

// A stream of images decoded batch by batch, so memory stays bounded whatever the set's size.
class ImageSource
{
public:
    virtual ~ImageSource() = default;
    virtual std::size_t size() const = 0;        // number of items (usable or not) of the shard
    virtual std::size_t totalSize() const = 0;   // number of items of the whole source
    virtual std::string kind() const = 0;        // "folder" or "npz-batch"
    virtual std::string location() const = 0;    // what the user named
    // The next up to batchSize items, in index order; empty when the source is exhausted.
    virtual std::vector<SourceItem> next() = 0;
    virtual void rewind() = 0;
};

// A folder, recursively: every regular file in sorted (byte-wise path) order, so runs are
// deterministic. Files with a supported extension are decoded; other files (except hidden ones,
// whose names start with '.') become items with the error "unsupported file type", and a
// subfolder that cannot be listed (no permission) an item with that reason. Throws
// std::invalid_argument when the folder does not exist.
std::unique_ptr<ImageSource> openFolderSource(const std::string& folder,
                                              const SourceOptions& options = {});

// A uint8 batch N x H x W x 3 (also N x H x W x 1, N x H x W grey and N x H x W x 4, whose alpha
// is dropped) from an .npy file or an .npz member (`key`, default arr_0): the layout of OpenAI's
// guided-diffusion evaluation suite and many GAN repositories. The array is read batchSize rows at
// a time (NpyRowReader: a deflated member is inflated as a stream), so memory is one batch of
// rows whatever the array's size. A row's content hash is the SHA-1 of "HxWxC:" followed by its
// bytes. Throws std::invalid_argument naming the file and the shape for anything that is not such
// a batch, or whose images exceed the pixel limit; next() throws NpyError when the data turns out
// truncated or corrupt.
std::unique_ptr<ImageSource> openBatchSource(const std::string& file, const std::string& key = "arr_0",
                                             const SourceOptions& options = {});

// A folder (openFolderSource) or an .npz/.npy batch (openBatchSource), by path.
std::unique_ptr<ImageSource> openImageSource(const std::string& path, const std::string& key = "arr_0",
                                             const SourceOptions& options = {});

} // namespace genlens::metrics::image

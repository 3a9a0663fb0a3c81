#include <genlens/metrics/image/imagesource.h>
#include <genlens/metrics/image/sha1.h>
#include <genlens/metrics/core/inputkind.h>
#include <genlens/metrics/core/npyrows.h>

#include "image/parallel.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;

namespace genlens::metrics::image {

namespace {

// The work after decoding, on the decoding threads: measures now, thumbnails in a second pass once
// the caller said which it wants (SourceOptions::thumbnailWanted).
void measureItem(SourceItem& item, const SourceOptions& options)
{
    if (item.ok() && options.measures) {
        item.measures = measureImage(item.rgb);
    }
}

void makeThumbnails(std::vector<SourceItem>& items, const SourceOptions& options)
{
    if (!options.thumbnails) {
        return;
    }
    std::vector<SourceItem*> usable;
    std::vector<std::string> hashes;
    for (SourceItem& item : items) {
        if (item.ok()) {
            usable.push_back(&item);
            hashes.push_back(item.contentHash);
        }
    }
    std::vector<bool> wanted(usable.size(), true);
    if (options.thumbnailWanted && !usable.empty()) {
        wanted = options.thumbnailWanted(hashes);
        wanted.resize(usable.size(), true);
    }
    std::vector<SourceItem*> todo;
    for (std::size_t i = 0; i < usable.size(); ++i) {
        if (wanted[i]) {
            todo.push_back(usable[i]);
        }
    }
    detail::parallelFor(todo.size(), options.threads, [&](std::size_t i) {
        todo[i]->thumbnail = encodeThumbnail(todo[i]->rgb, options.thumbnail);
    });
}

} // namespace

std::size_t itemsWithinBudget(const std::vector<std::int64_t>& pixels, std::size_t maxItems,
                              std::int64_t budget)
{
    const std::size_t limit = std::min(pixels.size(), std::max<std::size_t>(1, maxItems));
    std::size_t taken = 0;
    std::int64_t total = 0;
    while (taken < limit) {
        const std::int64_t next = std::max<std::int64_t>(0, pixels[taken]);
        if (taken > 0 && next > budget - total) {
            break;
        }
        total += next;
        ++taken;
    }
    return taken;
}

std::int64_t decodedPixelsOfFile(const std::string& path, std::int64_t maxPixels,
                                 std::int64_t unknown)
{
    if (!hasImageExtension(path)) {
        return 0;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return 0;
    }
    std::vector<std::uint8_t> head(256 * 1024);
    in.read(reinterpret_cast<char*>(head.data()), std::streamsize(head.size()));
    head.resize(std::size_t(std::max<std::streamsize>(0, in.gcount())));
    std::int64_t width = 0;
    std::int64_t height = 0;
    if (!peekImageSize(head.data(), head.size(), width, height)) {
        // Not an image at all (refused before decoding), or one whose size the header hides.
        return hasImageSignature(head.data(), head.size()) ? unknown : 0;
    }
    if (width <= 0 || height <= 0) {
        return 0;
    }
    const std::int64_t pixels = width * height;
    return maxPixels > 0 && pixels > maxPixels ? 0 : pixels;
}

namespace {

class FolderSource final : public ImageSource
{
public:
    FolderSource(std::string folder, const SourceOptions& options)
        : m_folder(std::move(folder))
        , m_options(options)
    {
        if (!m_options.shard.isValid()) {
            throw std::invalid_argument(m_folder + ": invalid shard");
        }
        std::error_code ec;
        if (!fs::is_directory(m_folder, ec)) {
            throw std::invalid_argument(m_folder + ": not a folder");
        }
        fs::recursive_directory_iterator it(
            m_folder, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            throw std::invalid_argument(m_folder + ": cannot list the folder: " + ec.message());
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) {
                break;
            }
            const fs::path& p = it->path();
            const std::string name = p.filename().string();
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory(ec)) {
                    it.disable_recursion_pending();
                }
                continue;
            }
            if (it->is_directory(ec)) {
                // A folder we may not list is an item with its reason, like an unreadable file
                // (issue 15), not silently left out.
                std::error_code listError;
                fs::directory_iterator probe(p, listError);
                if (listError) {
                    m_files.push_back(p.string());
                    m_unreadableFolders.emplace(
                        p.string(), "cannot read the folder (" + listError.message()
                                        + "): its files are not part of the set");
                    it.disable_recursion_pending();
                }
                continue;
            }
            if (it->is_regular_file(ec)) {
                m_files.push_back(p.string());
            }
        }
        std::sort(m_files.begin(), m_files.end());
        m_range = shardRange(m_files.size(), m_options.shard);
        m_next = m_range.begin;
        if (m_options.threads <= 0) {
            m_options.threads = detail::defaultThreads();
        }
        m_options.batchSize = std::max<std::size_t>(1, m_options.batchSize);
    }

    std::size_t size() const override { return m_range.size(); }
    std::size_t totalSize() const override { return m_files.size(); }
    std::string kind() const override { return "folder"; }
    std::string location() const override { return m_folder; }
    void rewind() override { m_next = m_range.begin; }

    std::vector<SourceItem> next() override
    {
        const std::size_t begin = m_next;
        const std::size_t end = begin + batchLength(begin);
        m_next = end;
        std::vector<SourceItem> items(end - begin);
        detail::parallelFor(items.size(), m_options.threads, [&](std::size_t i) {
            SourceItem& item = items[i];
            item.index = begin + i;
            item.path = m_files[begin + i];
            const auto folder = m_unreadableFolders.find(item.path);
            if (folder != m_unreadableFolders.end()) {
                item.error = folder->second;
                return;
            }
            if (!hasImageExtension(item.path)) {
                const std::string ext = fs::path(item.path).extension().string();
                item.error = "unsupported file type"
                             + (ext.empty() ? std::string(" (no extension)") : " (" + ext + ")");
                return;
            }
            std::vector<std::uint8_t> bytes;
            item.error = readFileBytes(item.path, bytes);
            if (!item.ok()) {
                return;
            }
            item.contentHash = sha1Hex(bytes.data(), bytes.size());
            DecodeResult decoded = decodeImage(bytes.data(), bytes.size(), m_options.decode);
            item.error = decoded.error;
            item.rgb = decoded.rgb;
            measureItem(item, m_options);
        });
        makeThumbnails(items, m_options);
        return items;
    }

private:
    // How many files from `begin` the next batch decodes: up to batchSize, within the budget of
    // decoded pixels, by the files' headers. An image whose header does not tell its size counts
    // as the whole budget (decoded alone).
    std::size_t batchLength(std::size_t begin) const
    {
        const std::size_t end = std::min(m_range.end, begin + m_options.batchSize);
        if (m_options.pixelsInFlight <= 0 || begin >= end) {
            return end - begin;
        }
        std::vector<std::int64_t> pixels;
        for (std::size_t i = begin; i < end; ++i) {
            pixels.push_back(decodedPixelsOfFile(m_files[i], m_options.decode.maxPixels,
                                                 m_options.pixelsInFlight));
            if (itemsWithinBudget(pixels, pixels.size(), m_options.pixelsInFlight)
                < pixels.size()) {
                pixels.pop_back();
                break;
            }
        }
        return std::max<std::size_t>(1, pixels.size());
    }

    std::string m_folder;
    SourceOptions m_options;
    std::vector<std::string> m_files; // regular files and unreadable folders, sorted
    std::map<std::string, std::string> m_unreadableFolders; // path -> reason
    ShardRange m_range;
    std::size_t m_next = 0;
};

class BatchSource final : public ImageSource
{
public:
    BatchSource(const std::string& file, const std::string& key, const SourceOptions& options)
        : m_options(options)
    {
        if (!m_options.shard.isValid()) {
            throw std::invalid_argument(file + ": invalid shard");
        }
        try {
            m_rows = NpyRowReader::open(file, key);
        } catch (const std::exception& e) {
            throw std::invalid_argument(e.what());
        }
        m_label = m_rows->label() == file ? file : file + ":" + key;
        const std::vector<std::int64_t>& dims = m_rows->shape();
        std::string shape;
        for (std::int64_t d : dims) {
            shape += (shape.empty() ? "" : " x ") + std::to_string(d);
        }
        shape = "(" + shape + ")";
        const int nd = int(dims.size());
        if (m_rows->dtype() != NpyDtype::UInt8) {
            throw std::invalid_argument(m_label + ": an image batch must be uint8, this array is "
                                        + npyDescr(m_rows->dtype()) + " " + shape
                                        + " (a float N x D matrix is read as features)");
        }
        if (nd != 3 && nd != 4) {
            throw std::invalid_argument(m_label + ": an image batch is N x H x W x 3, this array is "
                                        + shape);
        }
        m_channels = nd == 3 ? 1 : int(dims[3]);
        if (m_channels != 1 && m_channels != 3 && m_channels != 4) {
            throw std::invalid_argument(m_label + ": an image batch is N x H x W x 3 (channels last), "
                                        "this array is " + shape);
        }
        m_count = std::size_t(dims[0]);
        m_range = shardRange(m_count, m_options.shard);
        m_height = int(dims[1]);
        m_width = int(dims[2]);
        if (m_height <= 0 || m_width <= 0) {
            throw std::invalid_argument(m_label + ": empty images in " + shape);
        }
        if (m_options.decode.maxPixels > 0
            && std::int64_t(m_height) * m_width > m_options.decode.maxPixels) {
            throw std::invalid_argument(m_label + ": images of " + std::to_string(m_width) + "x"
                                        + std::to_string(m_height) + " exceed the pixel limit "
                                        + std::to_string(m_options.decode.maxPixels));
        }
        if (m_options.threads <= 0) {
            m_options.threads = detail::defaultThreads();
        }
        m_options.batchSize = std::max<std::size_t>(1, m_options.batchSize);
        m_rows->skip(std::int64_t(m_range.begin));
    }

    std::size_t size() const override { return m_range.size(); }
    std::size_t totalSize() const override { return m_count; }
    std::string kind() const override { return "npz-batch"; }
    std::string location() const override { return m_label; }
    // Back to the shard's first row.
    void rewind() override
    {
        m_rows->rewind();
        m_rows->skip(std::int64_t(m_range.begin));
    }

    std::vector<SourceItem> next() override
    {
        const std::size_t begin = std::size_t(m_rows->position());
        const std::size_t rowBytes = m_rows->rowBytes();
        // Every row has the same size: as many as the budget of decoded pixels allows.
        const std::int64_t rowPixels = std::int64_t(m_height) * m_width;
        std::size_t batch
            = std::min(m_options.batchSize, m_range.end - std::min(m_range.end, begin));
        if (m_options.pixelsInFlight > 0 && batch > 0) {
            batch = itemsWithinBudget(std::vector<std::int64_t>(batch, rowPixels), batch,
                                      m_options.pixelsInFlight);
        }
        // One batch of rows: the only copy of the array's data held at a time.
        m_buffer.resize(batch * rowBytes);
        const std::size_t count = std::size_t(m_rows->read(m_buffer.data(), std::int64_t(batch)));
        const std::string prefix = std::to_string(m_height) + "x" + std::to_string(m_width) + "x"
                                   + std::to_string(m_channels) + ":";
        std::vector<SourceItem> items(count);
        detail::parallelFor(items.size(), m_options.threads, [&](std::size_t i) {
            SourceItem& item = items[i];
            item.index = begin + i;
            item.path = m_label + "[" + std::to_string(item.index) + "]";
            unsigned char* row = m_buffer.data() + i * rowBytes;
            Sha1 hash;
            hash.update(prefix.data(), prefix.size());
            hash.update(row, rowBytes);
            item.contentHash = hash.hexDigest();
            const cv::Mat view(m_height, m_width, CV_8UC(m_channels), row);
            if (m_channels == 3) {
                item.rgb = view.clone();
            } else if (m_channels == 1) {
                cv::cvtColor(view, item.rgb, cv::COLOR_GRAY2RGB);
            } else {
                cv::cvtColor(view, item.rgb, cv::COLOR_RGBA2RGB);
            }
            measureItem(item, m_options);
        });
        makeThumbnails(items, m_options);
        return items;
    }

private:
    std::string m_label;
    SourceOptions m_options;
    std::unique_ptr<NpyRowReader> m_rows;
    std::vector<unsigned char> m_buffer;
    std::size_t m_count = 0;
    int m_height = 0;
    int m_width = 0;
    int m_channels = 3;
    ShardRange m_range;
};

} // namespace

std::unique_ptr<ImageSource> openBatchSource(const std::string& file, const std::string& key,
                                             const SourceOptions& options)
{
    return std::make_unique<BatchSource>(file, key.empty() ? std::string("arr_0") : key, options);
}

std::unique_ptr<ImageSource> openImageSource(const std::string& path, const std::string& key,
                                             const SourceOptions& options)
{
    // The kind is decided once, from headers (core/inputkind.h).
    InputProbe probe;
    try {
        probe = probeInput(path, key.empty() ? std::string("arr_0") : key);
    } catch (const std::exception& e) {
        throw std::invalid_argument(e.what());
    }
    switch (probe.kind) {
    case InputKind::Folder:
        return openFolderSource(path, options);
    case InputKind::Statistics:
        throw std::invalid_argument(path + ": holds FID statistics (mu and sigma), not images");
    case InputKind::ImageBatch:
    case InputKind::FeatureMatrix:
        // The batch source says what a non-image array is (dtype, shape).
        break;
    }
    return openBatchSource(path, key, options);
}

std::unique_ptr<ImageSource> openFolderSource(const std::string& folder, const SourceOptions& options)
{
    return std::make_unique<FolderSource>(folder, options);
}

} // namespace genlens::metrics::image

#include <genlens/metrics/image/imagesource.h>
#include <genlens/metrics/image/sha1.h>

#include "image/parallel.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;

namespace genlens::metrics::image {

namespace {

void finishItem(SourceItem& item, const SourceOptions& options)
{
    if (!item.ok()) {
        return;
    }
    if (options.thumbnails) {
        item.thumbnailPng = makeThumbnailPng(item.rgb, options.thumbnailSize);
    }
    if (options.measures) {
        item.measures = measureImage(item.rgb);
    }
}

class FolderSource final : public ImageSource
{
public:
    FolderSource(std::string folder, const SourceOptions& options)
        : m_folder(std::move(folder))
        , m_options(options)
    {
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
            if (it->is_regular_file(ec)) {
                m_files.push_back(p.string());
            }
        }
        std::sort(m_files.begin(), m_files.end());
        if (m_options.threads <= 0) {
            m_options.threads = detail::defaultThreads();
        }
        m_options.batchSize = std::max<std::size_t>(1, m_options.batchSize);
    }

    std::size_t size() const override { return m_files.size(); }
    std::string kind() const override { return "folder"; }
    std::string location() const override { return m_folder; }
    void rewind() override { m_next = 0; }

    std::vector<SourceItem> next() override
    {
        const std::size_t begin = m_next;
        const std::size_t end = std::min(m_files.size(), begin + m_options.batchSize);
        m_next = end;
        std::vector<SourceItem> items(end - begin);
        detail::parallelFor(items.size(), m_options.threads, [&](std::size_t i) {
            SourceItem& item = items[i];
            item.index = begin + i;
            item.path = m_files[begin + i];
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
            finishItem(item, m_options);
        });
        return items;
    }

private:
    std::string m_folder;
    SourceOptions m_options;
    std::vector<std::string> m_files;
    std::size_t m_next = 0;
};

} // namespace

std::unique_ptr<ImageSource> openFolderSource(const std::string& folder, const SourceOptions& options)
{
    return std::make_unique<FolderSource>(folder, options);
}

} // namespace genlens::metrics::image

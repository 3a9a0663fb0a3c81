#include "loaders/imageloader.h"

#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/core/npyrows.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace genlens::app {

QString imageInputKindName(ImageInputKind kind)
{
    switch (kind) {
    case ImageInputKind::Folder:
        return QStringLiteral("folder");
    case ImageInputKind::Batch:
        return QStringLiteral("npz-batch");
    case ImageInputKind::Features:
        return QStringLiteral("features");
    case ImageInputKind::Statistics:
        return QStringLiteral("statistics");
    }
    return {};
}

ImageInputKind detectImageInput(const QString& path, const QString& key)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        throw InputError(path.toStdString() + ": no such file or folder");
    }
    if (info.isDir()) {
        return ImageInputKind::Folder;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix != QStringLiteral("npz") && suffix != QStringLiteral("npy")) {
        throw InputError(path.toStdString()
                         + ": not an image input (a folder, an .npz/.npy image batch, an .npy "
                           "feature matrix or an .npz with mu and sigma)");
    }
    try {
        if (suffix == QStringLiteral("npz")) {
            const std::vector<std::string> keys = metrics::npzKeys(path.toStdString());
            const auto has = [&](const std::string& k) {
                return std::find(keys.begin(), keys.end(), k) != keys.end();
            };
            if (!has(key.toStdString())) {
                if (has("mu") && has("sigma")) {
                    return ImageInputKind::Statistics;
                }
                std::string all;
                for (const std::string& k : keys) {
                    all += (all.empty() ? "" : ", ") + k;
                }
                throw InputError(path.toStdString() + ": has no member '" + key.toStdString()
                                 + "' (an image batch) nor mu and sigma (statistics); members: "
                                 + all);
            }
        }
        // The header alone decides (the member is not inflated, the file not read).
        const auto rows = metrics::NpyRowReader::open(path.toStdString(), key.toStdString());
        const std::size_t dims = rows->shape().size();
        return rows->dtype() == metrics::NpyDtype::UInt8 && (dims == 3 || dims == 4)
                   ? ImageInputKind::Batch
                   : ImageInputKind::Features;
    } catch (const metrics::NpyError& e) {
        throw InputError(e.what());
    }
}

ImageLoader::ImageLoader(const QString& path, const ImageLoadOptions& options,
                         ThumbnailFilter thumbnailWanted)
    : m_path(path)
{
    metrics::image::SourceOptions so;
    so.decode.maxPixels = options.maxPixels;
    so.threads = options.threads;
    so.thumbnails = options.thumbnails;
    so.measures = options.measures;
    so.batchSize = options.batchSize;
    if (thumbnailWanted) {
        so.thumbnailWanted = [filter = std::move(thumbnailWanted)](
                                 const std::vector<std::string>& hashes) {
            QList<QByteArray> list;
            list.reserve(qsizetype(hashes.size()));
            for (const std::string& h : hashes) {
                list.append(QByteArray::fromStdString(h));
            }
            return filter(list);
        };
    }
    so.shard = options.shard;
    try {
        m_source = metrics::image::openImageSource(QDir::cleanPath(path).toStdString(),
                                                   options.key.toStdString(), so);
    } catch (const std::exception& e) {
        throw InputError(e.what());
    }
    if (m_source->kind() == "folder") {
        m_root = QDir::cleanPath(path);
    }
}

ImageLoader::~ImageLoader() = default;

qint64 ImageLoader::size() const
{
    return static_cast<qint64>(m_source->size());
}

qint64 ImageLoader::totalSize() const
{
    return static_cast<qint64>(m_source->totalSize());
}

QString ImageLoader::kind() const
{
    return QString::fromStdString(m_source->kind());
}

bool ImageLoader::next(ImageBatch& batch)
{
    batch = ImageBatch{};
    std::vector<metrics::image::SourceItem> items;
    try {
        items = m_source->next();
    } catch (const metrics::NpyError& e) {
        throw InputError(e.what());
    }
    if (items.empty()) {
        return false;
    }
    for (metrics::image::SourceItem& item : items) {
        const QString path = QString::fromStdString(item.path);
        if (!item.ok()) {
            // Folder items are files (no line); batch rows carry their 1-based row number.
            const qint64 line = m_root.isEmpty() ? qint64(item.index) + 1 : 0;
            m_skipped.append(InputIssue{path, line, QString::fromStdString(item.error)});
            continue;
        }
        Sample sample;
        sample.source = path;
        if (!m_root.isEmpty() && path.startsWith(m_root + QLatin1Char('/'))) {
            sample.label = path.mid(m_root.size() + 1);
        } else {
            sample.label = QStringLiteral("#%1").arg(item.index);
        }
        sample.contentHash = QByteArray::fromStdString(item.contentHash);
        sample.thumbnailPng = QByteArray(reinterpret_cast<const char*>(item.thumbnail.data()),
                                         qsizetype(item.thumbnail.size()));
        sample.payload = QJsonObject{{QStringLiteral("width"), item.rgb.cols},
                                     {QStringLiteral("height"), item.rgb.rows}};
        batch.samples.push_back(std::move(sample));
        batch.images.push_back(item.rgb);
        batch.measures.push_back(item.measures);
    }
    return true;
}

SampleSet loadImageSet(const QString& path, SetRole role, const ImageLoadOptions& options,
                       PipelineContext& context)
{
    ImageLoader loader(path, options);
    SampleSet set;
    set.role = role;
    set.source = path;
    set.kind = loader.kind();
    qint64 done = 0;
    ImageBatch batch;
    while (loader.next(batch)) {
        done += qint64(batch.samples.size());
        for (Sample& s : batch.samples) {
            set.samples.push_back(std::move(s));
        }
        done = qint64(set.samples.size()) + loader.skipped().size();
        if (!context.advance(done, loader.size())) {
            throw metrics::Cancelled{};
        }
    }
    set.skipped = loader.skipped();
    return set;
}

} // namespace genlens::app

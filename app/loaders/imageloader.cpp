#include "loaders/imageloader.h"

#include <genlens/metrics/core/inputkind.h>
#include <genlens/metrics/core/npy.h>

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
    // The decision is the metrics layer's (core/inputkind.h): headers only.
    try {
        switch (metrics::probeInput(path.toStdString(), key.toStdString()).kind) {
        case metrics::InputKind::Folder:
            return ImageInputKind::Folder;
        case metrics::InputKind::ImageBatch:
            return ImageInputKind::Batch;
        case metrics::InputKind::FeatureMatrix:
            return ImageInputKind::Features;
        case metrics::InputKind::Statistics:
            return ImageInputKind::Statistics;
        }
    } catch (const metrics::InputKindError& e) {
        throw InputError(e.what());
    } catch (const metrics::NpyError& e) {
        throw InputError(e.what());
    }
    return ImageInputKind::Features;
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
    so.pixelsInFlight = options.pixelsInFlight;
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

#pragma once

#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"

#include <genlens/metrics/image/imagesource.h>

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace genlens::app {

// What an image input path holds (design.md §2), decided from the path and the file's header.
enum class ImageInputKind {
    Folder,      // a folder of image files (recursive)
    Batch,       // .npz member / .npy of uint8 N x H x W x 3
    Features,    // .npy float matrix N x D
    Statistics,  // .npz with mu and sigma (FID only)
};

// Throws InputError naming the path when it does not exist or is none of the above.
ImageInputKind detectImageInput(const QString& path, const QString& key = QStringLiteral("arr_0"));
QString imageInputKindName(ImageInputKind kind);  // "folder", "npz-batch", "features", "statistics"

struct ImageLoadOptions
{
    QString key = QStringLiteral("arr_0");  // .npz member of a batch
    qint64 maxPixels = 100'000'000;
    int threads = 0;                        // decoding threads; 0 = all cores
    bool thumbnails = true;
    bool measures = true;
    std::size_t batchSize = 64;
    // Decoded pixels held at a time, whatever the number of files (imagesource.h).
    std::int64_t pixelsInFlight = metrics::image::kDefaultPixelsInFlight;
    metrics::Shard shard;                   // only this share of the items (`--shard I/N`)
    bool allowEmpty = false;                // a shard may hold no usable image: not an error
};

// One batch of usable images: samples (with hash, thumbnail when made, payload {width, height}),
// the decoded RGB images and their measures, in set order.
struct ImageBatch
{
    std::vector<Sample> samples;
    std::vector<cv::Mat> images;
    std::vector<metrics::image::ImageMeasures> measures;
};

// Streams a folder or a batch file batch by batch; bad files go to skipped() with their reason.
class ImageLoader
{
public:
    // Which of a batch's images need a thumbnail, by content hash (one flag per hash); called on
    // the thread that calls next(). Empty: all of them.
    using ThumbnailFilter = std::function<std::vector<bool>(const QList<QByteArray>& hashes)>;

    // Throws InputError for an unusable input (missing, not a folder or an image batch).
    ImageLoader(const QString& path, const ImageLoadOptions& options = {},
                ThumbnailFilter thumbnailWanted = {});
    ~ImageLoader();
    ImageLoader(const ImageLoader&) = delete;
    ImageLoader& operator=(const ImageLoader&) = delete;

    qint64 size() const;                 // items in the source (usable or not; of the shard)
    qint64 totalSize() const;            // items in the whole source
    QString kind() const;                // "folder" or "npz-batch"
    QString source() const { return m_path; }
    // The next batch; false when the source is exhausted. Throws InputError when a batch file
    // turns out truncated or corrupt.
    bool next(ImageBatch& batch);
    const QList<InputIssue>& skipped() const { return m_skipped; }

private:
    QString m_path;
    QString m_root;  // folder, for relative labels
    std::unique_ptr<metrics::image::ImageSource> m_source;
    QList<InputIssue> m_skipped;
};

// Imports a whole set without features: samples with thumbnails, skipped files. Progress in
// the context's current stage; throws InputError, metrics::Cancelled.
SampleSet loadImageSet(const QString& path, SetRole role, const ImageLoadOptions& options,
                       PipelineContext& context);

} // namespace genlens::app

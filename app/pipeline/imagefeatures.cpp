#include "pipeline/imagefeatures.h"

#include "project/projectstore.h"

#include <genlens/metrics/image/extractor.h>
#include <genlens/metrics/image/measures.h>
#include <genlens/metrics/image/onnxextractor.h>

#include <opencv2/core.hpp>

#include <optional>

namespace genlens::app {

namespace {

// Takes the thumbnails of a set as they are made and writes them to the project in batches, one
// transaction each, so that they never pile up in memory (2 x 20,000 images used to hold 1.5 GB
// of thumbnails until the run was stored). A batch is small enough to cost little when a cancel
// or a crash loses it, and large enough that the commits are a small part of the import.
class ThumbnailWriter
{
public:
    static constexpr qsizetype kBatchImages = 256;
    static constexpr qsizetype kBatchBytes = 4 << 20;

    explicit ThumbnailWriter(ProjectStore& store)
        : m_store(store)
    { }

    void add(const QByteArray& contentHash, QByteArray image)
    {
        m_bytes += image.size();
        m_hashes.append(contentHash);
        m_images.append(std::move(image));
        if (m_hashes.size() >= kBatchImages || m_bytes >= kBatchBytes) {
            flush();
        }
    }

    void flush()
    {
        if (m_hashes.isEmpty()) {
            return;
        }
        m_store.storeThumbnails(m_hashes, m_images);
        m_hashes.clear();
        m_images.clear();
        m_bytes = 0;
    }

private:
    ProjectStore& m_store;
    QList<QByteArray> m_hashes;
    QList<QByteArray> m_images;
    qsizetype m_bytes = 0;
};

} // namespace

std::unique_ptr<metrics::image::FeatureExtractor> makeImageExtractor(const QString& spec, int threads,
                                                                     const OnnxOverrides& onnx)
{
    try {
        if (!onnx.isEmpty()) {
            if (!spec.startsWith(QStringLiteral("onnx:"))) {
                throw InputError("--input-size, --mean, --std and --layer apply to onnx: extractors, not "
                                 + spec.toStdString());
            }
            metrics::image::OnnxOptions o = metrics::image::parseOnnxSpec(spec.toStdString());
            o.threads = threads;
            if (onnx.width > 0) {
                o.inputWidth = onnx.width;
                o.inputHeight = onnx.height;
            }
            if (onnx.mean.size() == 3) {
                std::copy(onnx.mean.begin(), onnx.mean.end(), o.mean.begin());
            }
            if (onnx.std.size() == 3) {
                std::copy(onnx.std.begin(), onnx.std.end(), o.std.begin());
            }
            if (!onnx.layer.isEmpty()) {
                o.outputLayer = onnx.layer.toStdString();
            }
            if (!o.preset.empty()) {
                o.preset += "+custom";  // the id must not claim the preset's exact protocol
            }
            return metrics::image::makeOnnxExtractor(o);
        }
        return metrics::image::makeExtractor(spec.toStdString(), threads);
    } catch (const cv::Exception& e) {
        throw InputError(spec.toStdString() + ": " + e.what());
    } catch (const std::invalid_argument& e) {
        throw InputError(e.what());
    }
}

ImageFeatures extractImageFeatures(const QString& path, SetRole role,
                                   const ImageFeatureOptions& options, ProjectStore* store,
                                   PipelineContext& context)
{
    auto extractor = makeImageExtractor(options.extractor, options.threads, options.onnx);
    return extractImageFeatures(path, role, *extractor, options.load, store, context);
}

ImageFeatures extractImageFeatures(const QString& path, SetRole role,
                                   metrics::image::FeatureExtractor& extractor,
                                   const ImageLoadOptions& load, ProjectStore* store,
                                   PipelineContext& context, bool cacheFeatures)
{
    ProjectStore* const featureCache = cacheFeatures ? store : nullptr;
    // With a project, thumbnails go to it batch by batch (and only those it lacks are made);
    // without one they travel with the samples.
    std::optional<ThumbnailWriter> thumbnails;
    ImageLoader::ThumbnailFilter missingThumbnails;
    if (store && load.thumbnails) {
        thumbnails.emplace(*store);
        missingThumbnails = [store](const QList<QByteArray>& hashes) {
            std::vector<bool> wanted = store->hasThumbnails(hashes);
            wanted.flip();
            return wanted;
        };
    }
    ImageLoader loader(path, load, std::move(missingThumbnails));
    ImageFeatures out;
    out.extractorId = QString::fromStdString(extractor.id());
    out.set.role = role;
    out.set.source = path;
    out.set.kind = loader.kind();
    out.totalItems = loader.totalSize();
    const int dim = extractor.dim();
    const auto& names = metrics::image::measureNames();
    std::vector<std::vector<double>> measureColumns(names.size());

    context.beginStage(role == SetRole::Real ? QStringLiteral("features real")
                                             : QStringLiteral("features generated"),
                       loader.size());
    // Rows are filled batch by batch; the matrix holds at most one row per item of the source.
    out.features.resize(Eigen::Index(loader.size()), dim);
    Eigen::Index rows = 0;
    try {
        ImageBatch batch;
        while (loader.next(batch)) {
            context.checkCanceled();
            const std::size_t n = batch.samples.size();
            std::vector<std::vector<float>> cached(n);
            QList<QByteArray> hashes;
            for (const Sample& s : batch.samples) {
                hashes.append(s.contentHash);
            }
            if (featureCache && n > 0) {
                cached = featureCache->cachedFeatures(hashes, out.extractorId);
            }
            std::vector<cv::Mat> missing;
            std::vector<std::size_t> missingAt;
            for (std::size_t i = 0; i < n; ++i) {
                if (cached[i].size() != std::size_t(dim)) {
                    missing.push_back(batch.images[i]);
                    missingAt.push_back(i);
                }
            }
            std::vector<std::vector<float>> fresh;
            if (!missing.empty()) {
                metrics::RowMatrixXf computed;
                try {
                    computed = extractor.extract(missing);
                } catch (const cv::Exception& e) {
                    throw InputError(path.toStdString()
                                     + ": feature extraction failed: " + e.what());
                }
                for (std::size_t j = 0; j < missingAt.size(); ++j) {
                    cached[missingAt[j]].assign(computed.row(Eigen::Index(j)).data(),
                                                computed.row(Eigen::Index(j)).data() + dim);
                }
                out.extractedCount += qint64(missing.size());
                if (featureCache) {
                    QList<QByteArray> newHashes;
                    for (std::size_t j : missingAt) {
                        newHashes.append(hashes.at(qsizetype(j)));
                        fresh.push_back(cached[j]);
                    }
                    featureCache->storeFeatures(newHashes, fresh, out.extractorId);
                }
            }
            out.cachedCount += qint64(n - missing.size());
            for (std::size_t i = 0; i < n; ++i) {
                std::copy(cached[i].begin(), cached[i].end(), out.features.row(rows).data());
                ++rows;
                const std::vector<double> m = metrics::image::measureVector(batch.measures[i]);
                for (std::size_t c = 0; c < names.size(); ++c) {
                    measureColumns[c].push_back(m[c]);
                }
                Sample& sample = batch.samples[i];
                if (thumbnails && !sample.thumbnailPng.isEmpty()) {
                    thumbnails->add(sample.contentHash, std::move(sample.thumbnailPng));
                    sample.thumbnailPng = QByteArray();
                }
                out.set.samples.push_back(std::move(sample));
            }
            if (!context.advance(qint64(out.set.samples.size()) + loader.skipped().size(),
                                 loader.size())) {
                throw metrics::Cancelled{};
            }
        }
    } catch (const metrics::Cancelled&) {
        // What was made so far is kept, like the features already cached.
        if (thumbnails) {
            thumbnails->flush();
        }
        throw;
    } catch (const InputError&) {
        if (thumbnails) {
            thumbnails->flush();
        }
        throw;
    }
    if (thumbnails) {
        thumbnails->flush();
    }
    out.features.conservativeResize(rows, dim);
    out.set.skipped = loader.skipped();
    if (rows == 0 && !load.allowEmpty) {
        throw InputError(path.toStdString() + ": no usable image ("
                         + std::to_string(out.set.skipped.size()) + " skipped"
                         + (out.set.skipped.isEmpty()
                                ? std::string()
                                : ", first: " + out.set.skipped.first().item.toStdString() + ": "
                                      + out.set.skipped.first().reason.toStdString())
                         + ")");
    }
    for (std::size_t c = 0; c < names.size(); ++c) {
        out.measures.append(ScoreColumn{QString::fromStdString(names[c]), std::move(measureColumns[c])});
    }
    return out;
}

} // namespace genlens::app

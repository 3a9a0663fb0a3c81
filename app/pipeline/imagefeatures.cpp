#include "pipeline/imagefeatures.h"

#include "project/projectstore.h"

#include <genlens/metrics/image/extractor.h>
#include <genlens/metrics/image/measures.h>
#include <genlens/metrics/image/onnxextractor.h>

#include <opencv2/core.hpp>

namespace genlens::app {

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
                                   PipelineContext& context)
{
    ImageLoader loader(path, load);
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
    ImageBatch batch;
    while (loader.next(batch)) {
        context.checkCanceled();
        const std::size_t n = batch.samples.size();
        std::vector<std::vector<float>> cached(n);
        QList<QByteArray> hashes;
        for (const Sample& s : batch.samples) {
            hashes.append(s.contentHash);
        }
        if (store && n > 0) {
            cached = store->cachedFeatures(hashes, out.extractorId);
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
                throw InputError(path.toStdString() + ": feature extraction failed: " + e.what());
            }
            for (std::size_t j = 0; j < missingAt.size(); ++j) {
                cached[missingAt[j]].assign(computed.row(Eigen::Index(j)).data(),
                                            computed.row(Eigen::Index(j)).data() + dim);
            }
            out.extractedCount += qint64(missing.size());
            if (store) {
                QList<QByteArray> newHashes;
                for (std::size_t j : missingAt) {
                    newHashes.append(hashes.at(qsizetype(j)));
                    fresh.push_back(cached[j]);
                }
                store->storeFeatures(newHashes, fresh, out.extractorId);
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
            out.set.samples.push_back(std::move(batch.samples[i]));
        }
        if (!context.advance(qint64(out.set.samples.size()) + loader.skipped().size(), loader.size())) {
            throw metrics::Cancelled{};
        }
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

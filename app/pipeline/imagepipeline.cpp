#include "pipeline/imagepipeline.h"

#include "evaluation/featurespacename.h"
#include "intervals/columnintervals.h"
#include "intervals/featureintervals.h"
#include "intervals/intervalstage.h"
#include "intervals/metricinterval.h"
#include "loaders/imageloader.h"
#include "pipeline/featuremap.h"
#include "pipeline/featuremetrics.h"
#include "pipeline/imagefeatures.h"
#include "pipeline/imagemeasuresummary.h"
#include "project/projectstore.h"
#include "slices/featureslices.h"

#include <genlens/metrics/image/inceptionscore.h>
#include <genlens/metrics/image/onnxextractor.h>

#include <genlens/metrics/core/inputkind.h>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/sets/featurespace.h>
#include <genlens/metrics/sets/fid.h>
#include <genlens/metrics/sets/setintervals.h>

#include <QJsonArray>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace genlens::app {

namespace {

// One side of the comparison after loading: either usable feature rows or FID statistics.
struct LoadedSide
{
    SampleSet set;
    metrics::RowMatrixXf features;
    std::optional<metrics::FidStats> statistics;
    bool images = false;             // decoded images (folder or batch), features extracted
    bool attached = false;           // images whose features were attached (not extracted)
    QList<ScoreColumn> measures;     // per-image measures when images
};

// Messages reach the window: translated, in domain words (the CLI adds its flag names).
struct ImagePipeline
{
    Q_DECLARE_TR_FUNCTIONS(ImagePipeline)
};

// What image inputs share: one extractor for both sets, and the session's feature cache (the
// run's one project store) and thread count.
struct ImageResources
{
    const ImageEvalOptions& options;
    EvaluationSession& session;
    std::unique_ptr<metrics::image::FeatureExtractor> extractor;

    int threads() const { return session.threads(); }
    ImageLoadOptions load() const
    {
        ImageLoadOptions l;
        l.key = options.npzKey;
        l.maxPixels = options.maxPixels;
        l.threads = threads();
        l.thumbnails = options.thumbnails;
        l.measures = options.metrics.needs(MetricStage::ImageMeasures);
        return l;
    }
    ProjectStore* cache() { return session.store(); }
    metrics::image::FeatureExtractor& featureExtractor()
    {
        if (!extractor) {
            extractor = makeImageExtractor(options.extractor, threads(), options.onnx);
        }
        return *extractor;
    }
};

void loadImages(const QString& path, SetRole role, ImageResources& resources, LoadedSide& side,
                PipelineContext& context)
{
    const AttachedFeaturesSpec& attached = role == SetRole::Real
        ? resources.options.realFeatures
        : resources.options.generatedFeatures;
    if (attached.isSet()) {
        // Decoded for thumbnails (to the session's project) and measures only; the project's
        // feature cache is not involved.
        const auto placeholder
            = makeAttachedPlaceholderExtractor(int(attachedFeaturesDim(attached)));
        ImageFeatures f = extractImageFeatures(path, role, *placeholder, resources.load(),
                                               resources.cache(), context, false);
        side.features = alignAttachedFeatures(attached, path, f.set);
        side.images = true;
        side.attached = true;
        side.set = std::move(f.set);
        side.measures = std::move(f.measures);
        return;
    }
    ImageFeatures f = extractImageFeatures(path, role, resources.featureExtractor(),
                                           resources.load(), resources.cache(), context);
    side.images = true;
    side.set = std::move(f.set);
    side.features = std::move(f.features);
    side.measures = std::move(f.measures);
}

QString shapeText(const std::vector<std::int64_t>& shape)
{
    QStringList parts;
    for (const std::int64_t extent : shape) {
        parts << QString::number(extent);
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// Keeps the rows without NaN/Inf; each dropped row becomes a skipped record. The conversion to
// float32, the checks and the SHA-1 of each row (its values as float64, so the digests of
// existing projects stay valid) run in the metrics layer on all cores.
void loadFeatureRows(metrics::FeatureRows rows, const QString& path, LoadedSide& side,
                     PipelineContext& context)
{
    context.checkCanceled();
    const QString name = QFileInfo(path).fileName();
    for (const std::int64_t row : rows.dropped) {
        side.set.skipped << InputIssue{name, row + 1,
                                       QStringLiteral("row %1 holds NaN or Inf").arg(row)};
    }
    const QString sourcePrefix = path + QLatin1Char('#');
    const QString labelPrefix = name + QStringLiteral(" row ");
    const QString rowKey = QStringLiteral("row");
    side.set.samples.reserve(rows.rows.size());
    for (std::size_t i = 0; i < rows.rows.size(); ++i) {
        const std::int64_t row = rows.rows[i];
        const QString number = QString::number(row);
        Sample sample;
        sample.source = sourcePrefix + number;
        sample.label = labelPrefix + number;
        const auto& digest = rows.digests[i];
        sample.contentHash = QByteArray::fromRawData(reinterpret_cast<const char*>(digest.data()),
                                                     static_cast<qsizetype>(digest.size()))
                                 .toHex();
        sample.payload.insert(rowKey, static_cast<qint64>(row));
        side.set.samples.push_back(std::move(sample));
        if (i % 4096 == 0) {
            context.checkCanceled();
        }
    }
    side.features = std::move(rows.features);
}

// What the headers of one side say before anything is read: its kind and, for a feature matrix,
// statistics or attached features, its dimension (-1 when only extracting would tell).
struct SideProbe
{
    metrics::InputProbe probe;
    qint64 dimension = -1;
};

SideProbe probeSide(const QString& path, SetRole role, const ImageEvalOptions& options)
{
    if (path.isEmpty()) {
        throw InputError((role == SetRole::Real ? ImagePipeline::tr("no real set given")
                                                : ImagePipeline::tr("no generated set given"))
                             .toStdString());
    }
    if (!QFileInfo::exists(path)) {
        throw InputError(ImagePipeline::tr("%1: no such file or folder").arg(path).toStdString());
    }
    SideProbe side;
    try {
        side.probe = metrics::probeInput(path.toStdString(), options.npzKey.toStdString());
    } catch (const metrics::InputKindError& error) {
        throw InputError(error.what());
    } catch (const metrics::NpyError& error) {
        throw InputError(error.what());
    }
    const metrics::InputProbe& probe = side.probe;
    const AttachedFeaturesSpec& attached
        = role == SetRole::Real ? options.realFeatures : options.generatedFeatures;
    if (probe.kind == metrics::InputKind::Folder || probe.kind == metrics::InputKind::ImageBatch) {
        if (attached.isSet()) {
            side.dimension = attachedFeaturesDim(attached);
        }
        return side;
    }
    const std::uint64_t bytes = metrics::wholeArrayBytes(probe);
    if (bytes > options.maxArrayBytes) {
        const QString array = probe.member.empty() || probe.kind == metrics::InputKind::Statistics
            ? path
            : path + QLatin1Char('[') + QString::fromStdString(probe.member) + QLatin1Char(']');
        throw InputError(ImagePipeline::tr("%1: the %2 %3 would take %4 MiB once read, above the "
                                           "limit of %5 MiB; raise it with --max-member-mb")
                             .arg(array,
                                  probe.kind == metrics::InputKind::Statistics
                                      ? ImagePipeline::tr("statistics")
                                      : ImagePipeline::tr("array"),
                                  shapeText(probe.header.shape))
                             .arg((bytes + (1u << 20) - 1) >> 20)
                             .arg(options.maxArrayBytes >> 20)
                             .toStdString());
    }
    if (probe.kind == metrics::InputKind::FeatureMatrix && probe.header.shape.size() != 2) {
        throw InputError(QStringLiteral("%1: expected a 2-D feature matrix N×D, found shape %2")
                             .arg(path, shapeText(probe.header.shape))
                             .toStdString());
    }
    side.dimension = probe.dimension();
    return side;
}

LoadedSide loadSide(const QString& path, SetRole role, const SideProbe& probed,
                    const ImageEvalOptions& options, ImageResources& resources,
                    PipelineContext& context)
{
    LoadedSide side;
    side.set.role = role;
    side.set.source = path;
    const metrics::InputProbe& probe = probed.probe;
    const metrics::NpyLimits limits = wholeArrayLimits(options.maxArrayBytes);
    try {
        switch (probe.kind) {
        case metrics::InputKind::Folder:
        case metrics::InputKind::ImageBatch:
            // A batch is streamed by the loader, never read whole.
            loadImages(path, role, resources, side, context);
            return side;
        case metrics::InputKind::Statistics:
            side.set.kind = QStringLiteral("statistics");
            side.statistics = metrics::loadFidStatistics(path.toStdString(), limits);
            return side;
        case metrics::InputKind::FeatureMatrix: {
            // Straight into the float32 matrix (no second copy of the payload).
            context.checkCanceled();
            metrics::FeatureRows rows = probe.member.empty()
                ? metrics::readNpyFeatureRows(path.toStdString(), limits)
                : metrics::readNpzFeatureRows(path.toStdString(), probe.member, limits);
            side.set.kind = QStringLiteral("features");
            loadFeatureRows(std::move(rows), path, side, context);
            return side;
        }
        }
    } catch (const metrics::NpyError& error) {
        throw InputError(error.what());
    } catch (const std::invalid_argument& error) {
        throw InputError(error.what());
    }
    throw InputError(QStringLiteral("%1: not a feature matrix (.npy) or statistics file (.npz)")
                         .arg(path)
                         .toStdString());
}

// The headline keys of the feature-space stages that are off.
QStringList skippedFeatureSpaceKeys(const metrics::FeatureSpaceOptions& o)
{
    QStringList keys;
    if (!o.fid) {
        keys << QStringLiteral("fid");
    }
    if (!o.kid) {
        keys << QStringLiteral("kid");
    }
    if (!o.prdc) {
        keys << QStringLiteral("precision") << QStringLiteral("recall") << QStringLiteral("density")
             << QStringLiteral("coverage");
    }
    if (!o.vendiReal) {
        keys << QStringLiteral("vendi_real");
    }
    if (!o.vendiGenerated) {
        keys << QStringLiteral("vendi_generated");
    }
    if (!o.memorization) {
        keys << QStringLiteral("memorized_fraction");
    }
    return keys;
}

qint64 dimensionOf(const LoadedSide& side)
{
    return side.statistics ? static_cast<qint64>(side.statistics->mu.size())
                           : static_cast<qint64>(side.features.cols());
}

// Before anything is decoded: attached features belong to image sets, and an image set on the
// other side needs them too (GenLens's extractor and the user's features are two spaces).
void checkAttachedFeatures(const ImageEvalOptions& options)
{
    if (!options.realFeatures.isSet() && !options.generatedFeatures.isSet()) {
        return;
    }
    const auto isImages = [&](const QString& path) {
        const ImageInputKind kind = detectImageInput(path, options.npzKey);
        return kind == ImageInputKind::Folder || kind == ImageInputKind::Batch;
    };
    for (const bool real : {true, false}) {
        const AttachedFeaturesSpec& spec = real ? options.realFeatures : options.generatedFeatures;
        const QString& path = real ? options.realPath : options.generatedPath;
        const QString option
            = real ? QStringLiteral("--real-features") : QStringLiteral("--generated-features");
        if (spec.isSet()) {
            checkFeaturesId(spec.featuresId);
            if (!isImages(path)) {
                throw InputError(
                    QStringLiteral("%1 attaches features to an image folder or batch; %2 "
                                   "is not one (pass a feature matrix as the set itself)")
                        .arg(option, path)
                        .toStdString());
            }
        } else if (isImages(path)) {
            throw InputError(QStringLiteral("%1 holds images but has no %2 while the other set has "
                                            "attached features: attach features to both image sets")
                                 .arg(path, option)
                                 .toStdString());
        }
    }
}

// The feature space of a run with attached features: the user's name for it, and the files.
QJsonObject attachedExtractorJson(const ImageEvalOptions& options, const LoadedSide& real,
                                  const LoadedSide& generated, qint64 dim)
{
    for (const auto* side : {&real, &generated}) {
        if (side->images && !side->attached) {
            // GenLens's extractor on one side and the user's features on the other: two spaces.
            throw InputError(QStringLiteral("%1 would be extracted with %2 while the other set has "
                                            "attached features; attach features to both image sets")
                                 .arg(side == &real ? options.realPath : options.generatedPath,
                                      options.extractor)
                                 .toStdString());
        }
    }
    const QString id
        = real.attached ? options.realFeatures.featuresId : options.generatedFeatures.featuresId;
    QJsonObject files;
    if (real.attached) {
        files.insert(QStringLiteral("real"), options.realFeatures.matrix);
    }
    if (generated.attached) {
        files.insert(QStringLiteral("generated"), options.generatedFeatures.matrix);
    }
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("dim"), dim},
                       {QStringLiteral("spec"), QStringLiteral("attached")},
                       {QStringLiteral("attached"), files}};
}

// The feature-space options of the run's settings and metric selection (whole set and slices).
metrics::FeatureSpaceOptions featureSpaceOptions(const ImageEvalOptions& options, int threads)
{
    const MetricSelection& selection = options.metrics;
    metrics::FeatureSpaceOptions o;
    o.k = options.k;
    o.kidSubsets = options.kidSubsets;
    o.kidSubsetSize = options.kidSubsetSize;
    o.seed = options.seed;
    o.neighbours = options.neighbours;
    o.memorizationFactor = options.memorizationFactor;
    o.threads = threads;
    o.fid = selection.needs(MetricStage::FidStatistics);
    o.prdc = selection.needs(MetricStage::Prdc);
    o.memorization = selection.needs(MetricStage::Memorization);
    o.kid = selection.needs(MetricStage::Kid);
    o.vendiReal = selection.needs(MetricStage::VendiReal);
    o.vendiGenerated = selection.needs(MetricStage::VendiGenerated);
    return o;
}

// The slice labels of an image folder's samples: their first folder level.
std::vector<std::string> folderLabels(const SampleSet& set)
{
    if (set.kind != QLatin1String("folder")) {
        throw InputError(ImagePipeline::tr("--slice-by folder needs image folders; %1 is not one")
                             .arg(set.source)
                             .toStdString());
    }
    std::vector<std::string> labels;
    labels.reserve(set.samples.size());
    for (const Sample& sample : set.samples) {
        labels.push_back(folderSliceName(sample.label.toStdString()));
    }
    return labels;
}

// The slices stage (issue 13): slice definitions, then the feature-space metrics of each slice
// on the rows already extracted.
void addImageSlices(RunResult& result, const metrics::RowMatrixXf& real,
                    const metrics::RowMatrixXf& generated, const ImageEvalOptions& options,
                    int threads, PipelineContext& context)
{
    QElapsedTimer timer;
    timer.start();
    const SliceSpec& spec = options.sliceBy;
    std::vector<SliceMembers> members;
    context.beginStage(QStringLiteral("slices"), 1);
    if (spec.kind == SliceSpec::Kind::Folder) {
        members = slicesFromLabels(folderLabels(result.real), folderLabels(result.generated));
    } else {
        try {
            members = clusterSlices(real, generated, spec.clusters, options.seed, threads,
                                    context.progress())
                          .slices;
        } catch (const std::invalid_argument& error) {
            throw InputError(QStringLiteral("--slice-by %1: %2")
                                 .arg(spec.text(), QString::fromUtf8(error.what()))
                                 .toStdString());
        }
    }
    QList<SliceResult> slices = toSliceResults(members, spec.text());
    context.beginStage(QStringLiteral("slices"), slices.size());
    addFeatureSliceMetrics(slices, real, generated, featureSpaceOptions(options, threads), {},
                           context);
    attachSlices(result, slices);
    result.timingsMs.insert(QStringLiteral("slices"), timer.elapsed());
}

// The feature space the run's distances will live in (featurespacename.h), known before anything
// is read: attached features name theirs (--features-id); image sets take the extractor's; bare
// feature matrices and statistics files are "precomputed" unless --features-id names them.
QString plannedFeatureSpace(const ImageEvalOptions& options)
{
    for (const AttachedFeaturesSpec* spec : {&options.realFeatures, &options.generatedFeatures}) {
        if (spec->isSet()) {
            return spec->featuresId.trimmed();
        }
    }
    const auto isImages = [&](const QString& path) {
        const ImageInputKind kind = detectImageInput(path, options.npzKey);
        return kind == ImageInputKind::Folder || kind == ImageInputKind::Batch;
    };
    if (!isImages(options.realPath) && !isImages(options.generatedPath)) {
        const QString id = options.realFeatures.featuresId.trimmed();
        return id.isEmpty() ? QStringLiteral("precomputed") : id;
    }
    const QString& spec = options.extractor;
    if (spec.startsWith(QLatin1String("onnx:"))) {
        if (!options.onnx.isEmpty()) {
            return QStringLiteral("onnx");
        }
        try {
            const std::string preset = metrics::image::parseOnnxSpec(spec.toStdString()).preset;
            return preset.empty() ? QStringLiteral("onnx") : QString::fromStdString(preset);
        } catch (const std::invalid_argument&) {
            return QStringLiteral("onnx");  // the extractor itself reports the error
        }
    }
    return QStringLiteral("builtin");
}

// fd_dinov2 is the Fréchet distance of DINOv2 features and nothing else, and in DINOv2 space the
// Fréchet distance is fd_dinov2, never fid (issue 12): asking for the other key is an error.
void checkFrechetKey(const MetricSelection& selection, const QString& space)
{
    if (selection.isEverything()) {
        return;
    }
    if (selection.wants(QStringLiteral("fd_dinov2")) && !isDinov2Space(space)) {
        throw InputError(ImagePipeline::tr("fd_dinov2 needs DINOv2 features (the dinov2 ONNX "
                                           "preset, or features whose name starts with "
                                           "\"dinov2\"); the features of this run are %1")
                             .arg(space)
                             .toStdString());
    }
    if (selection.wants(QStringLiteral("fid")) && isDinov2Space(space)) {
        throw InputError(ImagePipeline::tr("the features of this run are DINOv2 features (%1): "
                                           "their Fréchet distance is fd_dinov2, not fid")
                             .arg(space)
                             .toStdString());
    }
}

// In DINOv2 space the Fréchet distance is reported as fd_dinov2, never as fid, so that it cannot
// be read as an Inception FID.
void renameFidInDinov2Space(RunResult& result, QStringList& notComputed)
{
    for (MetricValue& metric : result.metrics) {
        if (metric.key == QLatin1String("fid")) {
            metric.key = QStringLiteral("fd_dinov2");
        }
    }
    notComputed.replaceInStrings(QRegularExpression(QStringLiteral("^fid$")),
                                 QStringLiteral("fd_dinov2"));
}

// The Fréchet distance's interval follows its key (renameFidInDinov2Space): the interval stage
// registers it as "fid", in DINOv2 space it belongs to fd_dinov2.
void renameFidIntervalInDinov2Space(QJsonObject& extra)
{
    QJsonObject intervals = extra.value(intervalsKey()).toObject();
    QJsonObject perMetric = intervals.value(QStringLiteral("metrics")).toObject();
    if (!perMetric.contains(QStringLiteral("fid"))) {
        return;
    }
    perMetric.insert(QStringLiteral("fd_dinov2"), perMetric.take(QStringLiteral("fid")));
    intervals.insert(QStringLiteral("metrics"), perMetric);
    extra.insert(intervalsKey(), intervals);
}

// FID and KID against the sample count and FID∞ (setintervals.h), as extra["fid_infinity"]
// ({"value", "std_error", "curve": [{"n", "fid", "kid"}]}) and the metric fid_infinity (its
// std is the fit's standard error).
void addFidInfinity(RunResult& result, const metrics::RowMatrixXf& real,
                    const metrics::RowMatrixXf& generated, const metrics::FeatureSpaceReport* report,
                    const ImageEvalOptions& options, PipelineContext& context)
{
    if (generated.rows() < 50) {
        result.warnings << QStringLiteral("FID∞ needs at least 50 generated samples, have %1")
                               .arg(generated.rows());
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const int threads = context.session().threads();
    context.beginStage(QStringLiteral("fid_infinity"), 1);
    metrics::FidStats realStats;
    metrics::FidStats generatedStats;
    if (report && report->realStatistics.n > 0) {
        realStats = report->realStatistics;
        generatedStats = report->generatedStatistics;
    } else {
        realStats = metrics::fidStatistics(real, {}, threads);
        generatedStats = metrics::fidStatistics(generated, {}, threads);
    }
    metrics::FidInfinityOptions fo;
    fo.seed = options.seed;
    fo.kid = options.metrics.needs(MetricStage::Kid);
    fo.kidSubsets = options.kidSubsets;
    fo.kidSubsetSize = options.kidSubsetSize;
    fo.threads = threads;
    const metrics::FidInfinityResult fi = metrics::fidInfinity(real, generated, realStats,
                                                               generatedStats, fo, context.progress());
    QJsonArray curve;
    for (const metrics::FidCurvePoint& point : fi.curve) {
        QJsonObject entry{{QStringLiteral("n"), static_cast<qint64>(point.n)},
                          {QStringLiteral("fid"), point.fid}};
        entry.insert(QStringLiteral("kid"),
                     std::isfinite(point.kid) ? QJsonValue(point.kid) : QJsonValue());
        curve.append(entry);
    }
    result.extra.insert(fidInfinityKey(),
                        QJsonObject{{QStringLiteral("value"), fi.value},
                                    {QStringLiteral("std_error"), fi.stdError},
                                    {QStringLiteral("curve"), curve}});
    MetricValue value;
    value.key = QStringLiteral("fid_infinity");
    value.value = fi.value;
    value.std = fi.stdError;
    result.metrics << value;
    result.timingsMs.insert(QStringLiteral("fid_infinity"), timer.elapsed());
}

// The Inception Score: percentile bootstrap over generated images (its class marginal and the
// KL terms are averages over images, which a duplicate does not distort), the same 10 splits.
void addInceptionScoreInterval(IntervalStage& intervals, const metrics::RowMatrixXf& logits)
{
    auto kept = std::make_shared<const metrics::RowMatrixXf>(logits);
    const std::uint64_t stream = metrics::streamOf("is");
    intervals.add(QStringLiteral("is"),
                  QStringLiteral("percentile bootstrap over generated images of the Inception "
                                 "Score (10 splits of each resample)"),
                  [kept, stream](const metrics::BootstrapOptions& o, const metrics::Progress& p) {
                      const std::vector<double> replicates = metrics::bootstrapReplicates(
                          static_cast<std::size_t>(kept->rows()), o, stream,
                          [&](const std::vector<std::uint32_t>& counts) {
                              metrics::RowMatrixXf resample(kept->rows(), kept->cols());
                              Eigen::Index row = 0;
                              for (std::size_t i = 0; i < counts.size(); ++i) {
                                  for (std::uint32_t c = 0; c < counts[i]; ++c) {
                                      resample.row(row++) = kept->row(static_cast<Eigen::Index>(i));
                                  }
                              }
                              return metrics::image::inceptionScore(resample, 10).mean;
                          },
                          p);
                      return metrics::percentileInterval(replicates, o.level);
                  });
}

QJsonObject settingsJson(const ImageEvalOptions& options)
{
    return QJsonObject {{QStringLiteral("metrics"), options.metrics.toJson()},
                        {QStringLiteral("bootstrap"), options.bootstrap},
                        {QStringLiteral("fid_infinity"), options.fidInfinity},
                        {QStringLiteral("seed"), static_cast<qint64>(options.seed)},
                        {QStringLiteral("k"), options.k},
                        {QStringLiteral("kid_subsets"), options.kidSubsets},
                        {QStringLiteral("kid_subset_size"), options.kidSubsetSize},
                        {QStringLiteral("neighbours"), options.neighbours},
                        {QStringLiteral("memorization_factor"), options.memorizationFactor}};
}

} // namespace

RunResult evaluateImages(const ImageEvalOptions& options, PipelineContext& context)
{
    RunResult result;
    result.modality = QStringLiteral("image");
    result.settings = settingsJson(options);
    if (options.sliceBy.isSet()) {
        result.settings.insert(QStringLiteral("slice_by"), options.sliceBy.text());
    }

    // Refused before any input is read.
    if (options.isExtractor.isEmpty() && !options.metrics.isEverything()
        && options.metrics.wants(QStringLiteral("is"))) {
        throw InputError(
            ImagePipeline::tr("the Inception Score needs a classifier extractor").toStdString());
    }

    requireSliceSpecFor(options.sliceBy, result.modality);
    QElapsedTimer timer;
    timer.start();
    ImageResources resources{options, context.session(), nullptr};
    // Registered as the metrics are computed, run as the last stage.
    IntervalStage intervals(options.bootstrap, options.seed, resources.threads());
    checkAttachedFeatures(options);
    const QString featureSpace = plannedFeatureSpace(options);
    checkFrechetKey(options.metrics, featureSpace);
    // Both sides' headers before either is read: a dimension mismatch or an array above the limit
    // is refused before a byte of data is inflated.
    const SideProbe realProbe = probeSide(options.realPath, SetRole::Real, options);
    const SideProbe generatedProbe = probeSide(options.generatedPath, SetRole::Generated, options);
    if (realProbe.dimension >= 0 && generatedProbe.dimension >= 0
        && realProbe.dimension != generatedProbe.dimension) {
        throw InputError(ImagePipeline::tr("feature dimensions differ: %1 has %2, %3 has %4")
                             .arg(options.realPath)
                             .arg(realProbe.dimension)
                             .arg(options.generatedPath)
                             .arg(generatedProbe.dimension)
                             .toStdString());
    }
    context.beginStage(QStringLiteral("load real"), 1);
    LoadedSide real
        = loadSide(options.realPath, SetRole::Real, realProbe, options, resources, context);
    context.beginStage(QStringLiteral("load generated"), 1);
    LoadedSide generated = loadSide(options.generatedPath, SetRole::Generated, generatedProbe,
                                    options, resources, context);
    result.timingsMs.insert(QStringLiteral("features"), timer.elapsed());

    if (dimensionOf(real) != dimensionOf(generated)) {
        throw InputError(ImagePipeline::tr("feature dimensions differ: %1 has %2, %3 has %4")
                             .arg(options.realPath)
                             .arg(dimensionOf(real))
                             .arg(options.generatedPath)
                             .arg(dimensionOf(generated))
                             .toStdString());
    }
    if (real.attached || generated.attached) {
        result.extractor = attachedExtractorJson(options, real, generated, dimensionOf(real));
    } else if (real.images || generated.images) {
        const QString id = QString::fromStdString(resources.featureExtractor().id());
        result.extractor = QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("dim"), dimensionOf(real)},
                                       {QStringLiteral("spec"), options.extractor},
                                       // builtin-1's numbers are not comparable to published
                                       // (InceptionV3) FIDs; the dashboard and report say so.
                                       {QStringLiteral("comparable_to_published"),
                                        id.endsWith(QStringLiteral(":inception"))}};
        if (real.images != generated.images) {
            result.extractor.insert(QStringLiteral("mixed_with_precomputed"), true);
        }
        // The DINOv2 preset is dgm-eval's protocol (FD_DINOv2 as Stein et al. publish it).
        if (featureSpace == QLatin1String("dinov2")) {
            result.extractor.insert(QStringLiteral("comparable_to_published"), true);
        }
        // The model size follows from the network's own output width.
        const int dim = static_cast<int>(dimensionOf(real));
        const std::string model = featureSpace == QLatin1String("dinov2")
            ? metrics::image::dinov2Variant(dim)
            : featureSpace == QLatin1String("clip") ? metrics::image::clipVariant(dim) : "";
        if (!model.empty()) {
            result.extractor.insert(QStringLiteral("model"), QString::fromStdString(model));
        }
    } else {
        result.extractor = QJsonObject{{QStringLiteral("id"), QStringLiteral("precomputed")},
                                       {QStringLiteral("dim"), dimensionOf(real)}};
    }
    result.extractor.insert(QStringLiteral("feature_space"), featureSpace);
    // Per-image measures: per-sample columns, and for two image sets their means and KS.
    result.realScores << real.measures;
    result.generatedScores << generated.measures;
    // Their summaries go after the distribution metrics, which are what a reader looks for first.
    QList<MetricValue> measureSummary;
    const MetricSelection& selection = options.metrics;
    if (real.images && generated.images && selection.needs(MetricStage::ImageMeasures)) {
        measureSummary = measureMetrics(real.measures, generated.measures);
    }
    QStringList notComputed;
    if (!options.isExtractor.isEmpty() && !selection.needs(MetricStage::InceptionScore)) {
        notComputed << QStringLiteral("is");
    }
    if (!options.isExtractor.isEmpty() && selection.needs(MetricStage::InceptionScore)) {
        if (!generated.images) {
            throw InputError(ImagePipeline::tr("the Inception Score needs generated images, not %1")
                                 .arg(options.generatedPath)
                                 .toStdString());
        }
        auto classifier = makeImageExtractor(options.isExtractor, resources.threads());
        ImageLoadOptions load = resources.load();
        load.thumbnails = false;
        load.measures = false;
        const ImageFeatures logits = extractImageFeatures(
            options.generatedPath, SetRole::Generated, *classifier, load, resources.cache(), context);
        if (logits.features.rows() != generated.features.rows()) {
            throw InputError(options.generatedPath.toStdString()
                             + ": the set changed while it was read twice");
        }
        try {
            const metrics::image::InceptionScore is = metrics::image::inceptionScore(logits.features, 10);
            MetricValue value;
            value.key = QStringLiteral("is");
            value.value = is.mean;
            value.std = is.std;
            result.metrics << value;
            result.generatedScores << ScoreColumn{QStringLiteral("is_kl"), is.perSampleKl};
            addInceptionScoreInterval(intervals, logits.features);
        } catch (const std::invalid_argument& error) {
            throw InputError(options.generatedPath.toStdString() + ": " + error.what());
        }
        result.settings.insert(QStringLiteral("is_extractor"), QString::fromStdString(classifier->id()));
        result.settings.insert(QStringLiteral("is_splits"), 10);
    }
    result.real = std::move(real.set);
    result.generated = std::move(generated.set);
    const bool withFeatures = !real.statistics && !generated.statistics;
    const bool withMap = withFeatures && selection.needs(MetricStage::FeatureMap);
    if (withMap) {
        // Drawn after the metrics; until then the page says so.
        result.extra.insert(QStringLiteral("feature_map"), featureMapPending());
    }
    context.publishPartial(result);

    timer.restart();
    std::optional<metrics::FeatureSpaceReport> report;
    // CMMD: by default in CLIP space only (it is defined there); anywhere on request.
    const bool cmmdWanted = selection.isEverything() ? isClipSpace(featureSpace)
                                                     : selection.needs(MetricStage::Cmmd);
    if (!selection.isEverything() && !cmmdWanted) {
        notComputed << QStringLiteral("cmmd");
    } else if (cmmdWanted && !withFeatures) {
        notComputed << QStringLiteral("cmmd");  // statistics files carry no samples
    }
    if (!withFeatures && !selection.needs(MetricStage::FidStatistics)) {
        notComputed << QStringLiteral("fid");
    } else if (!withFeatures) {
        // Statistics files carry no samples: FID is the only metric they allow.
        context.beginStage(QStringLiteral("metrics"), 2);
        const auto statisticsOf = [&](LoadedSide& side, const QString& path) {
            if (side.statistics) {
                return *side.statistics;
            }
            if (side.features.rows() < 2) {
                throw InputError(ImagePipeline::tr("%1: FID needs at least 2 samples").arg(path)
                                     .toStdString());
            }
            return metrics::fidStatistics(side.features, context.progress(), resources.threads());
        };
        const metrics::FidStats realStats = statisticsOf(real, options.realPath);
        const metrics::FidStats generatedStats = statisticsOf(generated, options.generatedPath);
        MetricValue fid;
        fid.key = QStringLiteral("fid");
        fid.value = metrics::fidFromStatistics(realStats, generatedStats).fid;
        result.metrics << fid;
    } else {
        // The whole set also keeps the live-k statistics (slices do not need them).
        metrics::FeatureSpaceOptions metricOptions = featureSpaceOptions(options, resources.threads());
        metricOptions.liveKMax = metrics::kLiveMaxK;
        metricOptions.cmmd = cmmdWanted;
        notComputed << skippedFeatureSpaceKeys(metricOptions);
        const bool searches = metricOptions.prdc || metricOptions.memorization;
        const qint64 needed = options.k + 1;
        for (const auto* side : {&real, &generated}) {
            const QString& path = side == &real ? options.realPath : options.generatedPath;
            if (searches && side->features.rows() < needed) {
                throw InputError(ImagePipeline::tr("%1: %2 usable samples; k = %3 needs at least %4")
                                     .arg(path)
                                     .arg(side->features.rows())
                                     .arg(options.k)
                                     .arg(needed)
                                     .toStdString());
            }
        }
        if (metricOptions.fid || searches || metricOptions.kid || metricOptions.vendiReal
            || metricOptions.vendiGenerated || metricOptions.cmmd) {
            context.beginStage(QStringLiteral("metrics"), 1);
            report = metrics::evaluateFeatureSpace(real.features, generated.features, metricOptions,
                                                   context.progress());
            addFeatureSpaceResults(result, *report, metricOptions);
        }
    }
    result.metrics << measureSummary;
    result.timingsMs.insert(QStringLiteral("metrics"), timer.elapsed());
    if (report) {
        for (const auto& [stage, seconds] : report->stageSeconds) {
            result.timingsMs.insert(QStringLiteral("metrics.") + QString::fromStdString(stage),
                                    qRound64(seconds * 1000.0));
        }
    }
    if (isDinov2Space(featureSpace)) {
        renameFidInDinov2Space(result, notComputed);
    }
    markNotComputed(result.extra, notComputed);
    if (options.sliceBy.isSet()) {
        if (!withFeatures) {
            throw InputError(ImagePipeline::tr("--slice-by needs samples on both sides; a "
                                               "statistics file has none")
                                 .toStdString());
        }
        context.publishPartial(result);
        addImageSlices(result, real.features, generated.features, options, resources.threads(),
                       context);
    }
    if (withMap) {
        // The metrics are stored before the map is drawn, so that a cancel keeps them.
        context.publishPartial(result);
        FeatureMapOptions map;
        map.seed = options.seed;
        map.features = result.extractor.value(QStringLiteral("id")).toString();
        map.threads = resources.threads();
        if (report && report->realStatistics.n > 0) {
            map.realStatistics = &report->realStatistics;
            map.generatedStatistics = &report->generatedStatistics;
        }
        addFeatureMap(result, real.features, generated.features, map, context);
    }
    // Last, as they are the slowest and the least needed to read the run: FID∞ and the
    // confidence intervals (the metrics and the map are already stored when they start).
    if (withFeatures && options.fidInfinity) {
        context.publishPartial(result);
        addFidInfinity(result, real.features, generated.features, report ? &*report : nullptr,
                       options, context);
    }
    if (report && intervals.isEnabled()) {
        metrics::FeatureSpaceOptions used;
        used.k = options.k;
        used.fid = selection.needs(MetricStage::FidStatistics);
        used.prdc = selection.needs(MetricStage::Prdc);
        used.memorization = selection.needs(MetricStage::Memorization);
        used.kid = selection.needs(MetricStage::Kid);
        used.vendiReal = selection.needs(MetricStage::VendiReal);
        used.vendiGenerated = selection.needs(MetricStage::VendiGenerated);
        addFeatureSpaceIntervals(intervals, *report, real.features, generated.features, used);
        addMeasureIntervals(intervals, result);
    }
    if (intervals.isEnabled()) {
        context.publishPartial(result);
        intervals.run(result, context);
        if (isDinov2Space(featureSpace)) {
            renameFidIntervalInDinov2Space(result.extra);
        }
    }
    return result;
}

} // namespace genlens::app

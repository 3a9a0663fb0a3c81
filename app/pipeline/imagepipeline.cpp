#include "pipeline/imagepipeline.h"

#include "loaders/imageloader.h"
#include "pipeline/featuremap.h"
#include "pipeline/featuremetrics.h"
#include "pipeline/imagefeatures.h"
#include "pipeline/imagemeasuresummary.h"
#include "project/projectstore.h"

#include <genlens/metrics/image/inceptionscore.h>

#include <genlens/metrics/core/inputkind.h>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/sets/featurespace.h>
#include <genlens/metrics/sets/fid.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
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

QJsonObject settingsJson(const ImageEvalOptions& options)
{
    return QJsonObject {{QStringLiteral("metrics"), options.metrics.toJson()},
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

    // Refused before any input is read.
    if (options.isExtractor.isEmpty() && !options.metrics.isEverything()
        && options.metrics.wants(QStringLiteral("is"))) {
        throw InputError(
            ImagePipeline::tr("the Inception Score needs a classifier extractor").toStdString());
    }

    QElapsedTimer timer;
    timer.start();
    ImageResources resources{options, context.session(), nullptr};
    checkAttachedFeatures(options);
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
    } else {
        result.extractor = QJsonObject{{QStringLiteral("id"), QStringLiteral("precomputed")},
                                       {QStringLiteral("dim"), dimensionOf(real)}};
    }
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
        metrics::FeatureSpaceOptions metricOptions;
        metricOptions.k = options.k;
        metricOptions.kidSubsets = options.kidSubsets;
        metricOptions.kidSubsetSize = options.kidSubsetSize;
        metricOptions.seed = options.seed;
        metricOptions.neighbours = options.neighbours;
        metricOptions.memorizationFactor = options.memorizationFactor;
        metricOptions.threads = resources.threads();
        metricOptions.fid = selection.needs(MetricStage::FidStatistics);
        metricOptions.prdc = selection.needs(MetricStage::Prdc);
        metricOptions.memorization = selection.needs(MetricStage::Memorization);
        metricOptions.kid = selection.needs(MetricStage::Kid);
        metricOptions.vendiReal = selection.needs(MetricStage::VendiReal);
        metricOptions.vendiGenerated = selection.needs(MetricStage::VendiGenerated);
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
            || metricOptions.vendiGenerated) {
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
    markNotComputed(result.extra, notComputed);
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
    return result;
}

} // namespace genlens::app

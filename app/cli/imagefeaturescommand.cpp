#include "cli/imagefeaturescommand.h"

#include "pipeline/featureshards.h"
#include "pipeline/imagefeatures.h"

#include <genlens/metrics/core/npy.h>

#include <QTextStream>

#include <algorithm>

namespace genlens::app {

namespace {

std::vector<float> threeFloats(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name)) {
        return {};
    }
    const QStringList parts = parser.value(name).split(QLatin1Char(','));
    std::vector<float> values;
    for (const QString& p : parts) {
        bool ok = false;
        values.push_back(p.trimmed().toFloat(&ok));
        if (!ok) {
            values.clear();
            break;
        }
    }
    if (values.size() == 1) {
        values.assign(3, values[0]);
    }
    if (values.size() != 3 || (name == QStringLiteral("std")
                               && std::any_of(values.begin(), values.end(), [](float v) { return v <= 0; }))) {
        throw InputError(QStringLiteral("--%1: expected one or three numbers (R,G,B), got '%2'")
                             .arg(name, parser.value(name))
                             .toStdString());
    }
    return values;
}

} // namespace

void addOnnxOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("input-size"), QStringLiteral("ONNX input size WxH (e.g. 224x224)."),
         QStringLiteral("WxH")},
        {QStringLiteral("mean"), QStringLiteral("ONNX input mean per channel on [0,1] values (R,G,B)."),
         QStringLiteral("M")},
        {QStringLiteral("std"), QStringLiteral("ONNX input std per channel on [0,1] values (R,G,B)."),
         QStringLiteral("S")},
        {QStringLiteral("layer"), QStringLiteral("ONNX output layer (default: the graph's output)."),
         QStringLiteral("NAME")},
    });
}

OnnxOverrides parseOnnxOptions(const QCommandLineParser& parser)
{
    OnnxOverrides o;
    if (parser.isSet(QStringLiteral("input-size"))) {
        const QStringList wh = parser.value(QStringLiteral("input-size")).toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (wh.size() == 2) {
            o.width = wh[0].toInt(&okW);
            o.height = wh[1].toInt(&okH);
        }
        if (!okW || !okH || o.width <= 0 || o.height <= 0 || o.width > 8192 || o.height > 8192) {
            throw InputError(QStringLiteral("--input-size: expected WxH, got '%1'")
                                 .arg(parser.value(QStringLiteral("input-size")))
                                 .toStdString());
        }
    }
    o.mean = threeFloats(parser, QStringLiteral("mean"));
    o.std = threeFloats(parser, QStringLiteral("std"));
    o.layer = parser.value(QStringLiteral("layer"));
    return o;
}

namespace {

class ImageFeaturesCommand final : public FeaturesCommand
{
public:
    QString modality() const override { return QStringLiteral("image"); }

    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("input"),
                          QStringLiteral("A folder of images or an .npz/.npy uint8 batch N x H x W x 3."),
                          QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("out"), QStringLiteral("The .npy file to write (float32 N x D)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("extractor"),
                          QStringLiteral("builtin (default) or onnx:FILE[:inception|dinov2|clip]."),
                          QStringLiteral("SPEC"), QStringLiteral("builtin")});
        parser.addOption({QStringLiteral("key"), QStringLiteral("Member of an .npz batch (default arr_0)."),
                          QStringLiteral("KEY"), QStringLiteral("arr_0")});
        parser.addOption({QStringLiteral("max-pixels"),
                          QStringLiteral("Refuse images with more pixels (default 100000000)."),
                          QStringLiteral("N"), QStringLiteral("100000000")});
        parser.addOption(
            {QStringLiteral("paths"),
             QStringLiteral("Where to write each row's image, one a line, relative to the "
                            "input folder (default: OUT.paths.txt beside OUT.npy)."),
             QStringLiteral("FILE")});
        parser.addOption(
            {QStringLiteral("shard"),
             QStringLiteral("Extract only shard I of N (0 <= I < N): the contiguous I-th "
                            "share of the sorted items, for `genlens merge`."),
             QStringLiteral("I/N")});
        addOnnxOptions(parser);
    }

    QString run(const QCommandLineParser& parser, PipelineContext& context) const override
    {
        const QString input = parser.value(QStringLiteral("input"));
        const QString out = parser.value(QStringLiteral("out"));
        if (input.isEmpty() || out.isEmpty()) {
            throw InputError("features image: --input PATH and --out FILE.npy are required");
        }
        const ImageInputKind kind = detectImageInput(input, parser.value(QStringLiteral("key")));
        if (kind != ImageInputKind::Folder && kind != ImageInputKind::Batch) {
            throw InputError(input.toStdString() + ": holds " + imageInputKindName(kind).toStdString()
                             + ", not images");
        }
        ImageFeatureOptions options;
        options.extractor = parser.value(QStringLiteral("extractor"));
        options.onnx = parseOnnxOptions(parser);
        options.load.key = parser.value(QStringLiteral("key"));
        options.load.thumbnails = false;
        options.load.measures = false;
        bool ok = false;
        options.load.maxPixels = parser.value(QStringLiteral("max-pixels")).toLongLong(&ok);
        if (!ok || options.load.maxPixels < 0) {
            throw InputError("features image: --max-pixels takes a non-negative integer");
        }
        const metrics::Shard shard = parser.isSet(QStringLiteral("shard"))
            ? parseShard(parser.value(QStringLiteral("shard")))
            : metrics::Shard {};
        options.load.shard = shard;
        options.load.allowEmpty = !shard.isWhole(); // a share may hold no usable image
        const ImageFeatures features = extractImageFeatures(input, SetRole::Real, options, nullptr, context);
        const QString pathsFile = parser.isSet(QStringLiteral("paths"))
            ? parser.value(QStringLiteral("paths"))
            : defaultPathsFile(out);
        // Folder rows are named relative to the folder (a cluster's nodes may mount it elsewhere),
        // batch rows by their row number ("#17").
        QStringList rowPaths;
        for (const Sample& sample : features.set.samples) {
            rowPaths << sample.label;
        }
        FeatureFileMeta meta;
        meta.extractorId = features.extractorId;
        meta.modality = QStringLiteral("image");
        meta.input = input;
        meta.inputKind = features.set.kind;
        meta.shard = shard;
        meta.totalItems = features.totalItems;
        const metrics::ShardRange range
            = metrics::shardRange(std::size_t(features.totalItems), shard);
        meta.first = qint64(range.begin);
        meta.end = qint64(range.end);
        meta.skipped = features.set.skipped;
        writeFeatureFile(out, pathsFile, features.features, rowPaths, meta);
        QTextStream err(stderr);
        for (const InputIssue& issue : features.set.skipped) {
            err << "skipped " << issue.item;
            if (issue.line > 0) {
                err << ':' << issue.line;
            }
            err << ": " << issue.reason << '\n';
        }
        return QStringLiteral("wrote %1 x %2 features (%3) to %4%5; %6 skipped")
            .arg(features.features.rows())
            .arg(features.features.cols())
            .arg(features.extractorId, out,
                 shard.isWhole() ? QString()
                                 : QStringLiteral(" (shard %1: items %2 to %3 of %4)")
                                       .arg(shardText(shard))
                                       .arg(range.begin)
                                       .arg(qint64(range.end) - 1)
                                       .arg(features.totalItems))
            .arg(features.set.skipped.size());
    }
};

} // namespace

std::unique_ptr<FeaturesCommand> makeImageFeaturesCommand()
{
    return std::make_unique<ImageFeaturesCommand>();
}

} // namespace genlens::app

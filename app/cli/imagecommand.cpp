#include "cli/imagecommand.h"

#include "cli/attachedfeaturesoptions.h"
#include "cli/imagefeaturescommand.h"

namespace genlens::app {

namespace {

int positiveInt(const QCommandLineParser& parser, const QString& name, int fallback)
{
    if (!parser.isSet(name)) {
        return fallback;
    }
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value <= 0) {
        throw InputError(QStringLiteral("--%1: expected a positive integer, got '%2'")
                             .arg(name, parser.value(name))
                             .toStdString());
    }
    return value;
}

class ImageEvaluateCommand : public EvaluateCommand
{
public:
    QString modality() const override { return QStringLiteral("image"); }

    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOptions({
            {QStringLiteral("real"),
             QStringLiteral("Real set: folder, .npz/.npy image batch, .npy features or a "
                            "mu/sigma statistics .npz."),
             QStringLiteral("PATH")},
            {QStringLiteral("generated"), QStringLiteral("Generated set (same kinds)."),
             QStringLiteral("PATH")},
            {QStringLiteral("extractor"),
             QStringLiteral("Feature extractor: builtin (default) or onnx:FILE[:preset], preset "
                            "inception, dinov2 or clip."),
             QStringLiteral("ID"), QStringLiteral("builtin")},
            {QStringLiteral("key"), QStringLiteral("Array name in .npz batches (default arr_0)."),
             QStringLiteral("KEY"), QStringLiteral("arr_0")},
            {QStringLiteral("k"), QStringLiteral("Neighbourhood size for PRDC (default 5)."),
             QStringLiteral("K"), QStringLiteral("5")},
            {QStringLiteral("kid-subsets"), QStringLiteral("KID subsets (default 100)."),
             QStringLiteral("N"), QStringLiteral("100")},
            {QStringLiteral("kid-subset-size"),
             QStringLiteral("KID subset size (default 1000, or the smaller set)."),
             QStringLiteral("N"), QStringLiteral("1000")},
            {QStringLiteral("neighbours"),
             QStringLiteral("Nearest neighbours kept per sample for drill-down (default 5)."),
             QStringLiteral("N"), QStringLiteral("5")},
            {QStringLiteral("is-extractor"),
             QStringLiteral("Classifier for the Inception Score of generated images, e.g. "
                            "onnx:FILE:inception-logits."),
             QStringLiteral("ID")},
            {QStringLiteral("fid-infinity"),
             QStringLiteral("FID and KID against the sample count (N = 5000, 10000, ... up to "
                            "the generated set) and FID∞ extrapolated to 1/N = 0 (Chong & "
                            "Forsyth 2020).")},
            {QStringLiteral("max-pixels"),
             QStringLiteral("Skip images with more pixels (default 100000000)."),
             QStringLiteral("N"), QStringLiteral("100000000")},
        });
        addOnnxOptions(parser);
        addAttachedFeaturesOptions(parser, QStringLiteral("image"));
    }

    QString usage() const override
    {
        return QStringLiteral("--real PATH --generated PATH");
    }

    void fill(const QCommandLineParser& parser, EvaluationRequest& request) const override
    {
        request.real = parser.value(QStringLiteral("real"));
        request.generated = parser.value(QStringLiteral("generated"));
        request.extractor = parser.value(QStringLiteral("extractor"));
        request.k = positiveInt(parser, QStringLiteral("k"), request.k);
        if (request.k > 50) {
            throw InputError("--k: at most 50");
        }
        ImageEvalOptions& options = request.image;
        options.npzKey = parser.value(QStringLiteral("key"));
        options.kidSubsets = positiveInt(parser, QStringLiteral("kid-subsets"), options.kidSubsets);
        options.kidSubsetSize
            = positiveInt(parser, QStringLiteral("kid-subset-size"), options.kidSubsetSize);
        options.neighbours = positiveInt(parser, QStringLiteral("neighbours"), options.neighbours);
        options.isExtractor = parser.value(QStringLiteral("is-extractor"));
        options.onnx = parseOnnxOptions(parser);
        request.fidInfinity = parser.isSet(QStringLiteral("fid-infinity"));
        options.maxPixels = positiveInt(parser, QStringLiteral("max-pixels"), 100'000'000);
        parseAttachedFeaturesOptions(parser, request);
        // Thumbnails are only worth making when the run is stored (a project, or the scratch
        // project of a report).
        options.thumbnails = !parser.value(QStringLiteral("project")).isEmpty()
                             || !parser.value(QStringLiteral("report")).isEmpty();
    }
};

} // namespace

std::unique_ptr<EvaluateCommand> makeImageEvaluateCommand()
{
    return std::make_unique<ImageEvaluateCommand>();
}

} // namespace genlens::app

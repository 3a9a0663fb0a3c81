#include "cli/attachedfeaturesoptions.h"

namespace genlens::app {

void addAttachedFeaturesOptions(QCommandLineParser& parser, const QString& rowsOf)
{
    parser.addOptions({
        {QStringLiteral("real-features"),
         QStringLiteral("Features computed elsewhere for the real set (.npy, or .npz with "
                        "--features-key): row i belongs to the i-th %1 in GenLens's order.")
             .arg(rowsOf),
         QStringLiteral("F.npy")},
        {QStringLiteral("real-features-paths"),
         QStringLiteral("Align --real-features by this file instead: the %1 of row i on line i.")
             .arg(rowsOf),
         QStringLiteral("P.txt")},
        {QStringLiteral("generated-features"), QStringLiteral("The same for the generated set."),
         QStringLiteral("F.npy")},
        {QStringLiteral("generated-features-paths"),
         QStringLiteral("The same for the generated set."), QStringLiteral("P.txt")},
        {QStringLiteral("features-key"),
         QStringLiteral("Member of an .npz features file (default: its only member)."),
         QStringLiteral("KEY")},
        {QStringLiteral("features-id"),
         QStringLiteral("Name of the attached features' space (free text, e.g. inception-pool3), "
                        "stored with the run; also names bare feature matrices. A name starting "
                        "with dinov2 (or clip) marks that space: fd_dinov2 (CMMD by default)."),
         QStringLiteral("NAME")},
        {QStringLiteral("max-member-mb"),
         QStringLiteral("Largest array read whole, in MiB: a feature matrix (.npy, or an .npz "
                        "member once inflated), attached features, statistics (default %1).")
             .arg(kDefaultMaxArrayBytes >> 20),
         QStringLiteral("MIB"), QString::number(kDefaultMaxArrayBytes >> 20)},
    });
}

void parseAttachedFeaturesOptions(const QCommandLineParser& parser, EvaluationRequest& request)
{
    request.realFeatures = parser.value(QStringLiteral("real-features"));
    request.realFeaturesPaths = parser.value(QStringLiteral("real-features-paths"));
    request.generatedFeatures = parser.value(QStringLiteral("generated-features"));
    request.generatedFeaturesPaths = parser.value(QStringLiteral("generated-features-paths"));
    request.featuresKey = parser.value(QStringLiteral("features-key"));
    request.featuresId = parser.value(QStringLiteral("features-id"));
    if (parser.isSet(QStringLiteral("max-member-mb"))) {
        bool ok = false;
        const qint64 mib = parser.value(QStringLiteral("max-member-mb")).toLongLong(&ok);
        // Up to 1 TiB: a bound that still fits the byte count and any real machine.
        if (!ok || mib <= 0 || mib > (qint64(1) << 20)) {
            throw InputError(QStringLiteral("--max-member-mb: expected a size in MiB from 1 to "
                                            "1048576, got '%1'")
                                 .arg(parser.value(QStringLiteral("max-member-mb")))
                                 .toStdString());
        }
        request.maxArrayBytes = std::uint64_t(mib) << 20;
    }
    for (const bool isReal : {true, false}) {
        const AttachedFeaturesSpec spec = request.attachedFeatures(isReal);
        if (!spec.isSet() && !spec.pathsFile.isEmpty()) {
            const QString side = isReal ? QStringLiteral("real") : QStringLiteral("generated");
            throw InputError(
                QStringLiteral("--%1-features-paths needs --%1-features").arg(side).toStdString());
        }
        if (spec.isSet()) {
            checkFeaturesId(spec.featuresId);
        }
    }
}

} // namespace genlens::app

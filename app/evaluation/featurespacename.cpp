#include "evaluation/featurespacename.h"

#include <QCoreApplication>
#include <genlens/metrics/image/onnxextractor.h>
#include <genlens/metrics/metricinfo.h>

namespace genlens::app {

QString featureSpaceOfRun(const QJsonObject& extractor)
{
    const QString stored = extractor.value(QStringLiteral("feature_space")).toString();
    if (!stored.isEmpty()) {
        return stored;
    }
    const QString id = extractor.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        return {};
    }
    const std::string known = metrics::image::featureSpaceOfExtractorId(id.toStdString());
    if (!known.empty()) {
        return QString::fromStdString(known);
    }
    return id; // attached features: the user's name, or "precomputed"
}

bool isDinov2Space(const QString& space)
{
    return space.startsWith(QLatin1String("dinov2"), Qt::CaseInsensitive);
}

bool isClipSpace(const QString& space)
{
    return space.startsWith(QLatin1String("clip"), Qt::CaseInsensitive);
}

QString featureSpaceTitle(const QString& space)
{
    const auto tr
        = [](const char* text) { return QCoreApplication::translate("FeatureSpace", text); };
    if (space.startsWith(QLatin1String("inception"), Qt::CaseInsensitive)) {
        return QStringLiteral("Inception");
    }
    if (isDinov2Space(space)) {
        return QStringLiteral("DINOv2");
    }
    if (isClipSpace(space)) {
        return QStringLiteral("CLIP");
    }
    if (space == QLatin1String("builtin")) {
        return tr("built-in");
    }
    if (space == QLatin1String("onnx")) {
        return tr("ONNX, custom preprocessing");
    }
    if (space == QLatin1String("precomputed")) {
        return tr("precomputed");
    }
    return space;
}

QString metricFeatureSpace(const QString& key, const QString& space)
{
    const QByteArray utf8 = key.toUtf8();
    return metrics::isFeatureSpaceMetric(std::string_view(utf8.constData(), size_t(utf8.size())))
        ? space
        : QString();
}

QString metricLabel(const QString& key, const QString& space)
{
    if (key == QLatin1String("fd_dinov2")) {
        return QStringLiteral("FD_DINOv2");
    }
    if (metricFeatureSpace(key, space).isEmpty()) {
        return key;
    }
    QString title = key;
    if (key == QLatin1String("fid") || key == QLatin1String("kid")
        || key == QLatin1String("cmmd")) {
        title = key.toUpper();
    }
    return QStringLiteral("%1 (%2)").arg(title, featureSpaceTitle(space));
}

} // namespace genlens::app

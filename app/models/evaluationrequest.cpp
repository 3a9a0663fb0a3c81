#include "models/evaluationrequest.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace genlens::app {

QString EvaluationRequest::displayName() const
{
    const QString a = QFileInfo(real).fileName();
    const QString b = QFileInfo(generated).fileName();
    return QCoreApplication::translate("EvaluationRequest", "%1: %2 vs %3").arg(modality, a, b);
}

QString EvaluationRequest::validate() const
{
    const bool recsys = modality == QLatin1String("recsys");
    if (real.isEmpty()) {
        return recsys
            ? QCoreApplication::translate("EvaluationRequest", "Choose the ground truth.")
            : QCoreApplication::translate("EvaluationRequest", "Choose the real samples.");
    }
    if (generated.isEmpty()) {
        return recsys
            ? QCoreApplication::translate("EvaluationRequest", "Choose the recommendations.")
            : QCoreApplication::translate("EvaluationRequest", "Choose the generated samples.");
    }
    for (const QString& path : {real, generated}) {
        if (!QFileInfo::exists(path)) {
            return QCoreApplication::translate("EvaluationRequest", "%1 does not exist.").arg(path);
        }
    }
    if (!realFeatures.isEmpty() || !generatedFeatures.isEmpty()) {
        if (realFeatures.isEmpty() || generatedFeatures.isEmpty()) {
            return QCoreApplication::translate("EvaluationRequest",
                                               "Attach features to both sets.");
        }
        if (featuresId.trimmed().isEmpty()) {
            return QCoreApplication::translate("EvaluationRequest",
                                               "Name the feature space of the attached features.");
        }
        for (const QString& path :
             {realFeatures, realFeaturesPaths, generatedFeatures, generatedFeaturesPaths}) {
            if (!path.isEmpty() && !QFileInfo::exists(path)) {
                return QCoreApplication::translate("EvaluationRequest", "%1 does not exist.")
                    .arg(path);
            }
        }
    }
    if (k < 1) {
        return QCoreApplication::translate("EvaluationRequest", "k must be at least 1.");
    }
    return {};
}

} // namespace genlens::app

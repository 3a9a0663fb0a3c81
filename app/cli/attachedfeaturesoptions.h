#pragma once

#include "models/evaluationrequest.h"

#include <QCommandLineParser>

namespace genlens::app {

// --real-features F, --real-features-paths P, --generated-features F, --generated-features-paths P,
// --features-key KEY, --features-id NAME, --max-member-mb MIB (design.md §5; shared by `evaluate image` and
// `evaluate text`). `rowsOf` names what a row belongs to in the help ("image", "line").
void addAttachedFeaturesOptions(QCommandLineParser& parser, const QString& rowsOf);
// Throws InputError when paths or a key come without features, or features without --features-id.
// Fills the request's attached-features fields.
void parseAttachedFeaturesOptions(const QCommandLineParser& parser, EvaluationRequest& request);

} // namespace genlens::app

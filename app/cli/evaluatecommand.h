#pragma once

#include "models/evaluationrequest.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <vector>

namespace genlens::app {

// One modality of `genlens evaluate <modality>` (design.md §5). The generic CLI owns the common
// options (--json, --per-sample, --project, --fail-if, --seed, --threads, --metrics, --quiet,
// --report) and the output; a command adds its own options and fills the EvaluationRequest the
// window's dialog fills too. The generic CLI validates it and runs makeEvaluation()'s pipeline.
class EvaluateCommand
{
public:
    virtual ~EvaluateCommand() = default;
    virtual QString modality() const = 0;          // "image", "text", "recsys"
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    // The required options, appended to validation messages ("--real PATH --generated PATH").
    virtual QString usage() const = 0;
    // Sets the request's sets, extractor, k and the modality's own settings from the flags.
    // Throws InputError for a malformed flag value (exit code 1).
    virtual void fill(const QCommandLineParser& parser, EvaluationRequest& request) const = 0;
};

// `genlens features <modality> --input PATH --out FILE.npy [...]`.
class FeaturesCommand
{
public:
    virtual ~FeaturesCommand() = default;
    virtual QString modality() const = 0;
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    // Writes the features; returns a one-line summary for stderr. Throws InputError.
    virtual QString run(const QCommandLineParser& parser, PipelineContext& context) const = 0;
};

// The registry of modality commands; each modality's file registers itself here.
std::vector<std::unique_ptr<EvaluateCommand>> makeEvaluateCommands();
std::vector<std::unique_ptr<FeaturesCommand>> makeFeaturesCommands();

} // namespace genlens::app

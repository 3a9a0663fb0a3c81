#pragma once

#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <vector>

namespace genlens::app {

// One modality of `genlens evaluate <modality>` (design.md §5). The generic CLI owns the common
// options (--json, --per-sample, --project, --fail-if, --seed, --threads, --quiet, --report) and
// the output; a command adds its own options and turns them into a RunResult.
class EvaluateCommand
{
public:
    virtual ~EvaluateCommand() = default;
    virtual QString modality() const = 0;          // "image", "text", "recsys"
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    // Throws InputError for unusable input (exit code 1) and metrics::Cancelled on cancel.
    virtual RunResult run(const QCommandLineParser& parser, quint64 seed,
                          PipelineContext& context) const = 0;
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

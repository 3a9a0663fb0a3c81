#pragma once

#include "evaluation/pipelinecontext.h"

#include <QString>

namespace genlens::app {

// The bundled demo project (issue 6 item 10): two image runs on the same real set (an early
// checkpoint of the image model and the final one, for the run comparison), a text and two
// recommendation runs, whose generated sets come from small generative models trained on
// procedurally made "real" data (app/demo/), with planted copies and a dropped mode each.
// Deterministic; nothing is downloaded.

// The demo project in the user's data folder (QStandardPaths::AppDataLocation), built on first
// use (this takes a while: call it from a job when a window is up) and reused afterwards. The
// file name carries the GenLens and demo-data versions, so an upgrade builds a fresh one. Throws
// StoreError / std::runtime_error when it cannot be built.
QString demoProjectPath();
QString demoProjectPath(PipelineContext& context);

// Writes the demo data (to `dataDirectory`, or a temporary folder when empty), runs the image,
// text and recommendation pipelines on it and saves every run into a new project at `outPath`.
// Atomic: the project is built as outPath + ".partial" and renamed at the end, so an interrupted
// build never leaves a half-made project under the final name (an existing file is replaced).
// Throws metrics::Cancelled when the context cancels, InputError / StoreError /
// std::runtime_error on failure.
void buildDemoProject(const QString& outPath, PipelineContext& context,
                      const QString& dataDirectory = {}, quint64 seed = 0);

} // namespace genlens::app

#pragma once

#include "cli/evaluatecommand.h"
#include "pipeline/imagefeatures.h"

#include <memory>

namespace genlens::app {

// `genlens features image --input PATH --out FILE.npy [--extractor SPEC] [--key KEY]
//  [--max-pixels N] [--paths FILE.txt] [--shard I/N]`: features of a folder or an .npz/.npy image
// batch (or of shard I of N of it) as a float32 N x D .npy that other tools read, with the paths
// file and the sidecar of pipeline/featureshards.h; skipped files are reported on stderr.
std::unique_ptr<FeaturesCommand> makeImageFeaturesCommand();

// --input-size WxH, --mean R,G,B, --std R,G,B, --layer NAME (shared by `evaluate image`).
void addOnnxOptions(QCommandLineParser& parser);
// Throws InputError for malformed values.
OnnxOverrides parseOnnxOptions(const QCommandLineParser& parser);

} // namespace genlens::app

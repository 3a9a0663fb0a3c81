#pragma once

#include <QStringList>

namespace genlens::app {

// `genlens stats --input F.npy --out S.npz [--features-id NAME] [--quiet]`: mergeable FID
// statistics of a feature matrix (metrics/core/statsfile.h: mu and sigma as pytorch-fid saves them,
// n and m2 for `genlens merge`). The extractor id comes from F.meta.json when `genlens features`
// wrote one, else from --features-id. `arguments` is the whole command line. Returns the exit code:
// 0 ok, 1 usage or input error, 130 interrupted.
int runStatsCommand(const QStringList& arguments);

} // namespace genlens::app

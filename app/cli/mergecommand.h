#pragma once

#include <QStringList>

namespace genlens::app {

// `genlens merge --out OUT INPUT... [--paths FILE] [--quiet]`: feature shards (.npy, in shard
// order, each with its paths file and sidecar) concatenated into OUT.npy + OUT.paths.txt, or
// statistics files (.npz from `genlens stats`) merged exactly into OUT.npz (docs/cluster.md).
// Returns the exit code: 0 ok, 1 usage or input error, 130 interrupted.
int runMergeCommand(const QStringList& arguments);

} // namespace genlens::app

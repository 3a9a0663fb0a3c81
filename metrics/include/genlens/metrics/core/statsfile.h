#pragma once

#include "genlens/metrics/core/featurestats.h"
#include "genlens/metrics/core/npy.h"
#include "genlens/metrics/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlens::metrics {

// Mergeable FID statistics files (`genlens stats`, `genlens merge`, docs/cluster.md). An .npz with
//   mu     float64 (d)       the mean,
//   sigma  float64 (d × d)   the covariance with N − 1 (np.cov's default, what pytorch-fid saves;
//                            NaN when n < 2, so that no tool takes it for a usable covariance),
//   n      int64   ()        the number of rows,
//   m2     float64 (d × d)   the centred second moment Σ (x − μ)(x − μ)ᵀ,
//   extractor uint8 (bytes)  the UTF-8 feature-space id, when known (absent otherwise).
// pytorch-fid reads mu and sigma and ignores the rest; merging needs n and m2 (Chan, Golub &
// LeVeque's pairwise update, FeatureStats::merge).
struct StatsFile
{
    FeatureStats stats;
    std::string extractorId; // empty when unknown
};

// Statistics of a 2-D .npy feature matrix, read in row blocks (memory holds one block and the
// d × d accumulators, whatever the row count). Throws NpyError / std::invalid_argument naming the
// file and the first row holding NaN or Inf, or NpyError when the d × d float64 covariance would
// exceed limits.maxBytes (8 GiB: d ≤ 32768), before allocating it.
FeatureStats featureStatsOfNpy(const std::string& path, const Progress& progress = {},
                               const NpyLimits& limits = {});

void writeStatsFile(const std::string& path, const StatsFile& file);

// Throws NpyError / std::invalid_argument naming the file: a missing n or m2 (e.g. a pytorch-fid
// statistics file, which cannot be merged), inconsistent shapes, non-finite values, n < 0.
StatsFile readStatsFile(const std::string& path);

// Merges the files in order. Throws std::invalid_argument naming the two files when dimensions
// or (known) extractor ids differ.
StatsFile mergeStatsFiles(const std::vector<std::string>& paths);

} // namespace genlens::metrics

#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"
#include "genlens/metrics/sets/fid.h"
#include "genlens/metrics/sets/livek.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace genlens::metrics {

// Every feature-space metric of design.md §4 in one call, sharing the neighbour searches: the
// real–real and generated–generated self searches (radii, drill-down neighbours, the real 1-NN
// median) and one generated×real pass (PRDC, realism, memorisation, drill-down both ways) — each
// pair of sets is searched exactly once. See fid.h, kid.h, prdc.h, realism.h, vendi.h,
// memorization.h, cmmd.h for the definitions.

struct FeatureSpaceOptions
{
    int k = 5;              // PRDC / realism k
    int kidSubsets = 100;
    int kidSubsetSize = 1000;
    std::uint64_t seed = 0; // KID subsets
    int neighbours = 5;     // drill-down neighbours kept in each direction (clamped to set sizes)
    double memorizationFactor = 0.5;
    // Stages (issue 10): a stage that is off costs nothing and leaves its values NaN and its
    // per-sample vectors and neighbour matrices empty. The k-NN searches run once for whichever
    // of prdc/memorization asks: prdc needs both self searches and both cross directions,
    // memorization the real self search and the generated→real direction only.
    bool fid = true; // statistics of each set (also kept for the 2-D map)
    bool prdc = true; // precision, recall, density, coverage, realism
    bool memorization = true; // nearest real sample, ratio, memorized fraction
    bool kid = true;
    bool vendiReal = true;
    bool vendiGenerated = true;
    // Live k (livek.h): with prdc on, also keep the statistics that give PRDC, realism and
    // memorisation at every k ≤ liveKMax (clamped to set sizes − 1) — the self searches then
    // keep that many neighbours. 0 = off.
    int liveKMax = 0;
    bool cmmd = false; // CMMD (cmmd.h): off unless asked for (an O(n²d) pass of its own)
    int threads = 0;        // 0 = all cores
};

struct FeatureSpaceReport
{
    std::int64_t realCount = 0;
    std::int64_t generatedCount = 0;
    std::int64_t dimension = 0;

    double fid = 0, kid = 0, kidStd = 0, precision = 0, recall = 0, density = 0, coverage = 0,
           vendiReal = 0, vendiGenerated = 0, memorizedFraction = 0, cmmd = 0;
    double fidMeanTerm = 0, fidTraceTerm = 0;
    int kidSubsetSize = 0;
    std::vector<double> kidSubsetValues; // MMD²ᵤ of each KID subset (its confidence interval)
    double realNearestMedian = 0;   // median real–real 1-NN distance
    double memorizationThreshold = 0; // memorizationFactor × realNearestMedian
    double realismRadiusLimit = 0;  // median real k-NN radius

    // per generated sample (size M)
    std::vector<double> realism, nearestRealDistance, nearestRatio;
    std::vector<std::int64_t> nearestReal;
    std::vector<std::uint8_t> memorized, insideRealManifold;
    std::vector<double> generatedRadius;      // k-NN radius among generated samples
    std::vector<std::int64_t> realBallsContaining; // density numerator per sample
    // per real sample (size N)
    std::vector<double> realRadius;
    std::vector<std::uint8_t> covered, insideGeneratedManifold;
    std::vector<double> nearestGeneratedDistance;

    // neighbours for drill-down: `neighbours` nearest in each direction (M×n and N×n), ascending,
    // ties by smaller index; the self searches exclude the sample itself.
    IndexMatrix generatedToReal, realToGenerated, generatedToGenerated, realToReal;
    RowMatrixXd generatedToRealDistance, realToGeneratedDistance, generatedToGeneratedDistance,
            realToRealDistance;

    // Live-k statistics (empty unless options.liveKMax and prdc).
    LiveStatistics live;

    // The FID statistics of each set (mean, covariance with n − 1), kept for the 2-D map
    // (projection.h), which pools them instead of passing over the features again. Empty (size 0)
    // when the fid stage is off.
    FidStats realStatistics, generatedStatistics;

    // The stages that ran, in order, with their wall seconds ("statistics", "knn_self_real",
    // "knn_self_generated", "knn_cross", "kid", "vendi_real", "vendi_generated", "cmmd").
    std::vector<std::pair<std::string, double>> stageSeconds;
};

// Throws std::invalid_argument (with shapes) when the dimensions differ, a set has too few samples
// for k (more than k each) or holds NaN/Inf; Cancelled when progress returns false.
FeatureSpaceReport evaluateFeatureSpace(const Eigen::Ref<const RowMatrixXf>& real,
                                        const Eigen::Ref<const RowMatrixXf>& generated,
                                        const FeatureSpaceOptions& options,
                                        const Progress& progress = {});

} // namespace genlens::metrics

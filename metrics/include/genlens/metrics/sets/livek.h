#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/sets/prdc.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlens::metrics {

// Live parameters (issue 13 item 4): PRDC, realism, the realism flag and memorisation for any
// k = 1..K and any memorisation factor / realism threshold, recomputed exactly from statistics
// kept at evaluation time, without features or neighbour searches.
//
// What each quantity needs at k (prdc.h, realism.h, memorization.h), and what is kept:
//   precision, density  Σᵢ 1[‖gⱼ − xᵢ‖ < rᵢ(k)] per generated j: every real ball holding gⱼ, not
//                       only its nearest reals. Kept aggregated: ballCounts(j, k−1) for all k
//                       (counted in the cross pass at the smallest k whose ball holds the pair).
//   recall              ∃j: ‖xᵢ − gⱼ‖ < sⱼ(k) per real i: kept as recallFirstK[i], the smallest
//                       such k (K + 1 when none); inside at k ⇔ recallFirstK[i] ≤ k.
//   coverage            minⱼ ‖xᵢ − gⱼ‖ < rᵢ(k): nearestGenerated[i] and realRadii(i, k−1).
//   realism             max over reals with rᵢ(k) ≤ median r(k) of rᵢ(k)/‖g − xᵢ‖ — its arg max
//                       may lie outside every ball, so the value itself is kept per (j, k).
//   memorisation        d₁(g) < factor · median rᵢ(1): nearestRealDistance[j] and realRadii col 0.
// Size: N·(8K + 9) + M·(12K + 8) bytes plus a 36-byte header — linear in the set sizes whatever
// the geometry (pair lists would grow to N·M when the generated samples pile into the real
// balls); 10,000 × 10,000 at K = 20 is 4.2 MB.

constexpr int kLiveMaxK = 20;

struct LiveStatistics
{
    int kMax = 0; // K; 0 = none kept
    RowMatrixXd realRadii; // N×K: distance to the k-th nearest other real
    std::vector<double> nearestGenerated; // N
    std::vector<std::uint8_t> recallFirstK; // N
    Eigen::Matrix<std::int32_t, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> ballCounts; // M×K
    RowMatrixXd realism; // M×K
    std::vector<double> nearestRealDistance; // M

    bool empty() const { return kMax == 0; }
    std::int64_t realCount() const { return realRadii.rows(); }
    std::int64_t generatedCount() const { return ballCounts.rows(); }
};

struct LiveParameters
{
    int k = 5;
    double memorizationFactor = 0.5;
    double realismThreshold = 1.0; // a generated sample is flagged when its realism is below
};

struct LiveResult
{
    int k = 0;
    PrdcResult prdc;
    double memorizedFraction = 0;
    double memorizationThreshold = 0; // factor × median real 1-NN distance
    double lowRealismFraction = 0; // share of generated samples with realism < threshold
    // per generated sample (M)
    std::vector<double> realism;
    std::vector<std::uint8_t> insideRealManifold, memorized, lowRealism;
    // per real sample (N)
    std::vector<double> realRadius;
    std::vector<std::uint8_t> covered, insideGeneratedManifold;
};

// Throws std::invalid_argument when k is outside 1..kMax or a parameter is negative / NaN.
LiveResult liveMetrics(const LiveStatistics& stats, const LiveParameters& parameters);

// A compact little-endian blob ("GLLK", version 1) for the project, and back. decode throws
// std::invalid_argument naming what is damaged.
std::string encodeLiveStatistics(const LiveStatistics& stats);
LiveStatistics decodeLiveStatistics(const std::string& blob);

} // namespace genlens::metrics

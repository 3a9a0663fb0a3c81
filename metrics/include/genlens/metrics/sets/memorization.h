#pragma once

#include "genlens/metrics/core/knn.h"
#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

#include <cstdint>
#include <vector>

namespace genlens::metrics {

// Memorisation / copy detection per generated sample g (design.md §4):
//   nearest real index i₁ and d₁ = ‖g − x_{i₁}‖; ratio = d₁ / d₂ with d₂ the second-nearest real
//   distance (0 when d₂ = 0, i.e. g equals two real samples);
//   memorized = d₁ < factor · median over real xᵢ of ‖xᵢ − nearest other real‖ (default factor
//   0.5): a generated sample much closer to a training image than training images are to each
//   other is flagged. memorizedFraction = share flagged.
// No reference implementation ships a threshold (reference §2); the factor is an option.

struct MemorizationOptions
{
    double factor = 0.5;
};

struct MemorizationResult
{
    std::vector<std::int64_t> nearestReal;
    std::vector<double> distance;
    std::vector<double> ratio;
    std::vector<std::uint8_t> memorized;
    double realNearestMedian = 0; // median real–real 1-NN distance
    double threshold = 0;         // factor × realNearestMedian
    double memorizedFraction = 0;
};

// From generated→real neighbours (≥ 2 columns) and real→real neighbours excluding self (≥ 1).
MemorizationResult memorizationFromNeighbours(const KnnResult& generatedToReal,
                                              const KnnResult& realToReal,
                                              const MemorizationOptions& options = {});

MemorizationResult memorization(const Eigen::Ref<const RowMatrixXf>& real,
                                const Eigen::Ref<const RowMatrixXf>& generated,
                                const MemorizationOptions& options = {},
                                const Progress& progress = {}, int threads = 0);

} // namespace genlens::metrics

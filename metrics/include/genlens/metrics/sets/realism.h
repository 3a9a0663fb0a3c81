#pragma once

#include "genlens/metrics/core/knn.h"
#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

#include <vector>

namespace genlens::metrics {

// Realism score per generated sample (Kynkäänniemi et al. 2019, the paper's definition, with
// non-squared distances): R(g) = max over real xᵢ whose k-NN radius rᵢ ≤ median(r) of
// rᵢ / ‖g − xᵢ‖. R ≥ 1 means g lies inside one of the kept balls. A generated sample equal to such
// a real sample gets +inf. median(r) as numpy.median (mean of the two middle values when N is even).
// Numerics: the arg max is found with the tile distances, the reported value is recomputed in
// float64 for that real sample (relative error ≲ 1e-6 when two candidates nearly tie).

double medianOf(std::vector<double> values);

// From a cross pass run with realRadius and realismRadiusLimit = median(r).
std::vector<double> realismFromCross(const CrossResult& cross);

std::vector<double> realismScores(const Eigen::Ref<const RowMatrixXf>& real,
                                  const Eigen::Ref<const RowMatrixXf>& generated, int k = 5,
                                  const Progress& progress = {}, int threads = 0);

} // namespace genlens::metrics

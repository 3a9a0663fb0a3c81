#pragma once

#include <vector>

namespace genlens::metrics {

// Two-sample Kolmogorov-Smirnov statistic D = sup_x |F_a(x) - F_b(x)| (scipy.stats.ks_2samp's
// statistic). NaN values are ignored; returns NaN when either sample is empty after that.
double ksStatistic(std::vector<double> a, std::vector<double> b);

} // namespace genlens::metrics

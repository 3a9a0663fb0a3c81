#include "genlens/metrics/core/ks.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace genlens::metrics {

namespace {
void dropNaN(std::vector<double>& values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
                 values.end());
}
} // namespace

double ksStatistic(std::vector<double> a, std::vector<double> b)
{
    dropNaN(a);
    dropNaN(b);
    if (a.empty() || b.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const double na = static_cast<double>(a.size());
    const double nb = static_cast<double>(b.size());
    std::size_t i = 0;
    std::size_t j = 0;
    double best = 0;
    // Walk both sorted samples; at each distinct value step past all ties in both before
    // comparing the empirical CDFs, as the supremum is taken over values, not positions.
    while (i < a.size() && j < b.size()) {
        const double x = std::min(a[i], b[j]);
        while (i < a.size() && a[i] <= x) {
            ++i;
        }
        while (j < b.size() && b[j] <= x) {
            ++j;
        }
        best = std::max(best, std::abs(static_cast<double>(i) / na - static_cast<double>(j) / nb));
    }
    return best;
}

} // namespace genlens::metrics

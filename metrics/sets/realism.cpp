#include "genlens/metrics/sets/realism.h"

#include "genlens/metrics/sets/prdc.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace genlens::metrics {

double medianOf(std::vector<double> values)
{
    if (values.empty()) {
        throw std::invalid_argument("median of an empty set");
    }
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1) {
        return upper;
    }
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return 0.5 * (lower + upper);
}

std::vector<double> realismFromCross(const CrossResult& cross)
{
    if (cross.realism.empty() && !cross.realBallsContaining.empty()) {
        throw std::invalid_argument("realismFromCross: the cross pass ran without realism");
    }
    return cross.realism;
}

std::vector<double> realismScores(const Eigen::Ref<const RowMatrixXf>& real,
                                  const Eigen::Ref<const RowMatrixXf>& generated, int k,
                                  const Progress& progress, int threads)
{
    if (real.cols() != generated.cols()) {
        throw std::invalid_argument("realism: real has " + std::to_string(real.cols())
                                    + " columns, generated has " + std::to_string(generated.cols()));
    }
    if (real.rows() <= k) {
        throw std::invalid_argument("realism with k = " + std::to_string(k)
                                    + " needs more than k real samples, have "
                                    + std::to_string(real.rows()));
    }
    auto half = [&](std::size_t part) -> Progress {
        if (!progress) {
            return {};
        }
        return [&progress, part](std::size_t d, std::size_t t) {
            return progress(part * 1000 + (t ? d * 1000 / t : 0), 2000);
        };
    };
    const Eigen::VectorXd radius = kthDistance(knnSelf(real, k, half(0), threads), k);
    CrossOptions o;
    o.realRadius = &radius;
    o.realismRadiusLimit = medianOf(std::vector<double>(radius.data(), radius.data() + radius.size()));
    o.threads = threads;
    return realismFromCross(crossNeighbourhoods(real, generated, o, half(1)));
}

} // namespace genlens::metrics

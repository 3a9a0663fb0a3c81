#include "genlens/metrics/sets/fid.h"

#include "core/simddispatch.h"
#include "genlens/metrics/core/featurestats.h"
#include "genlens/metrics/core/npy.h"

#include <cmath>
#include <stdexcept>

namespace genlens::metrics {

FidStats fidStatistics(const Eigen::Ref<const RowMatrixXf>& features, const Progress& progress,
                       int threads)
{
    if (features.rows() < 2) {
        throw std::invalid_argument("FID needs at least 2 samples per set, have "
                                    + std::to_string(features.rows()));
    }
    const FeatureStats s = computeFeatureStats(features, progress, threads);
    return {s.count(), s.mean(), s.covariance()};
}

double traceSqrtProduct(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b)
{
    // The congruence route (Cholesky, or pivoted LDLᵀ when A is singular, then the eigenvalues
    // of Cᵀ B C) lives with the other dense kernels: core/simdkernels_impl.h.
    const Eigen::Index d = a.rows();
    if (a.cols() != d || b.rows() != d || b.cols() != d) {
        throw std::invalid_argument("traceSqrtProduct: matrices of " + std::to_string(a.rows())
                                    + "x" + std::to_string(a.cols()) + " and "
                                    + std::to_string(b.rows()) + "x" + std::to_string(b.cols()));
    }
    double result = 0;
    if (!simd::kernels().traceSqrtProduct(a.data(), b.data(), d, &result)) {
        throw std::runtime_error("FID: eigenvalues of Cᵀ Σg C did not converge (d = "
                                 + std::to_string(d) + ")");
    }
    return result;
}

FidResult fidFromStatistics(const FidStats& real, const FidStats& generated)
{
    const Eigen::Index d = real.mu.size();
    if (generated.mu.size() != d || real.sigma.rows() != d || real.sigma.cols() != d
        || generated.sigma.rows() != d || generated.sigma.cols() != d) {
        throw std::invalid_argument("FID: real statistics have dimension " + std::to_string(d)
                                    + " (sigma " + std::to_string(real.sigma.rows()) + "x"
                                    + std::to_string(real.sigma.cols())
                                    + "), generated have " + std::to_string(generated.mu.size())
                                    + " (sigma " + std::to_string(generated.sigma.rows()) + "x"
                                    + std::to_string(generated.sigma.cols()) + ")");
    }
    FidResult r;
    r.meanTerm = (real.mu - generated.mu).squaredNorm();
    const double tr = traceSqrtProduct(real.sigma, generated.sigma);
    r.traceTerm = real.sigma.trace() + generated.sigma.trace() - 2 * tr;
    r.fid = r.meanTerm + r.traceTerm;
    return r;
}

FidResult fid(const Eigen::Ref<const RowMatrixXf>& real,
              const Eigen::Ref<const RowMatrixXf>& generated, const Progress& progress, int threads)
{
    if (real.cols() != generated.cols()) {
        throw std::invalid_argument("FID: real has " + std::to_string(real.cols())
                                    + " columns, generated has " + std::to_string(generated.cols()));
    }
    const Progress first = progress ? Progress([&](std::size_t d, std::size_t t) {
        return progress(d, 2 * t);
    })
                                    : Progress();
    const Progress second = progress ? Progress([&](std::size_t d, std::size_t t) {
        return progress(t + d, 2 * t);
    })
                                     : Progress();
    const FidStats r = fidStatistics(real, first, threads);
    const FidStats g = fidStatistics(generated, second, threads);
    return fidFromStatistics(r, g);
}

FidStats loadFidStatistics(const std::string& npzPath)
{
    const NpyArray mu = readNpzMember(npzPath, "mu");
    const NpyArray sigma = readNpzMember(npzPath, "sigma");
    FidStats s;
    s.mu = toVectorXd(mu, npzPath + "[mu]");
    const RowMatrixXd sg = toRowMatrixXd(sigma, npzPath + "[sigma]");
    if (sg.rows() != s.mu.size() || sg.cols() != s.mu.size()) {
        throw std::invalid_argument(npzPath + ": mu has " + std::to_string(s.mu.size())
                                    + " entries but sigma is " + std::to_string(sg.rows()) + "x"
                                    + std::to_string(sg.cols()));
    }
    if (!s.mu.allFinite() || !sg.allFinite()) {
        throw std::invalid_argument(npzPath + ": mu or sigma holds NaN or Inf");
    }
    s.sigma = sg;
    return s;
}

void saveFidStatistics(const std::string& npzPath, const FidStats& stats)
{
    const RowMatrixXd sigma = stats.sigma;
    writeNpz(npzPath, {{"mu", npyFromVector(stats.mu)}, {"sigma", npyFromMatrix(sigma)}}, true);
}

} // namespace genlens::metrics

#include "genlens/metrics/sets/fid.h"

#include "core/simddispatch.h"
#include "genlens/metrics/core/featurestats.h"
#include "genlens/metrics/core/npy.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <utility>

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
    // The trace term is a squared Bures distance, never negative for covariances; clearly below
    // zero (beyond float64 rounding and clamped round-off eigenvalues) means a sigma that is not
    // a covariance, and no FID is made from it.
    constexpr double kTraceTermTolerance = 1e-5;
    const double scale = real.sigma.diagonal().cwiseAbs().sum()
                         + generated.sigma.diagonal().cwiseAbs().sum();
    if (!std::isfinite(r.fid) || r.traceTerm < -kTraceTermTolerance * scale) {
        throw std::invalid_argument("FID: the trace term is " + std::to_string(r.traceTerm)
                                    + ", the statistics are not valid covariances");
    }
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

namespace {

// Tolerances for statistics files written by other tools. np.cov (pytorch-fid, clean-fid) and
// GenLens produce exactly symmetric sigmas, and a float32 round-trip keeps them so (rounding is
// element-wise); 1e-6 of the largest entry leaves room for covariances accumulated in float32
// in another order, and still catches any hand edit. Eigenvalues: a singular covariance (N ≤ d)
// stored as float32 has round-off eigenvalues down to about −2e-7 of the largest (measured on
// np.cov of 1000×2048 normal samples); 1e-5 keeps a 50× margin while refusing a truly indefinite
// sigma (the one eigenvalue of −50 beside ones).
constexpr double kSigmaSymmetryTolerance = 1e-6;
constexpr double kSigmaEigenvalueTolerance = 1e-5;

std::string formatNumber(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

// Throws std::invalid_argument naming the file unless sigma is symmetric and positive
// semi-definite within the tolerances above.
void checkCovariance(const RowMatrixXd& sigma, const std::string& name)
{
    const double largest = sigma.cwiseAbs().maxCoeff();
    const RowMatrixXd asymmetry = (sigma - sigma.transpose()).cwiseAbs();
    Eigen::Index row = 0;
    Eigen::Index col = 0;
    const double worst = asymmetry.maxCoeff(&row, &col);
    if (row > col) {
        std::swap(row, col); // name the upper-triangle entry first
    }
    if (worst > kSigmaSymmetryTolerance * largest) {
        throw std::invalid_argument(
            name + ": sigma is not symmetric: sigma[" + std::to_string(row) + "," + std::to_string(col)
            + "] = " + formatNumber(sigma(row, col)) + " but sigma[" + std::to_string(col) + ","
            + std::to_string(row) + "] = " + formatNumber(sigma(col, row)) + " (tolerance "
            + formatNumber(kSigmaSymmetryTolerance) + " of the largest entry)");
    }
    if (largest == 0) {
        return; // the zero matrix: a legitimate (degenerate) covariance
    }
    // Fast path: Cholesky of sigma + δI succeeds only when every eigenvalue exceeds −δ, with δ
    // at most the tolerance times the largest eigenvalue (which is at least the largest diagonal
    // entry). Only when it fails are the eigenvalues computed, to decide and to say by how much.
    const double largestDiagonal = sigma.diagonal().maxCoeff();
    if (largestDiagonal > 0) {
        Eigen::MatrixXd shifted = sigma;
        shifted.diagonal().array() += kSigmaEigenvalueTolerance * largestDiagonal;
        if (Eigen::LLT<Eigen::MatrixXd>(shifted).info() == Eigen::Success) {
            return;
        }
    }
    const Eigen::MatrixXd symmetric = sigma;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(symmetric, Eigen::EigenvaluesOnly);
    if (solver.info() != Eigen::Success) {
        throw std::invalid_argument(name + ": the eigenvalues of sigma did not converge");
    }
    const double smallest = solver.eigenvalues().minCoeff();
    const double top = solver.eigenvalues().maxCoeff();
    if (smallest < -kSigmaEigenvalueTolerance * std::max(top, 0.0)) {
        throw std::invalid_argument(
            name + ": sigma is not positive semi-definite (not a covariance): smallest eigenvalue "
            + formatNumber(smallest) + ", largest " + formatNumber(top) + " (tolerance "
            + formatNumber(kSigmaEigenvalueTolerance) + " of the largest)");
    }
}

} // namespace

FidStats loadFidStatistics(const std::string& npzPath, const NpyLimits& limits)
{
    // Shapes from the headers first: a sigma that does not match mu is refused before it is
    // inflated.
    const NpyInfo muInfo = readNpzMemberInfo(npzPath, "mu", limits);
    const NpyInfo sigmaInfo = readNpzMemberInfo(npzPath, "sigma", limits);
    const auto shapeText = [](const std::vector<std::int64_t>& shape) {
        std::string text;
        for (const std::int64_t extent : shape) {
            text += (text.empty() ? "" : "x") + std::to_string(extent);
        }
        return "(" + text + ")";
    };
    if (muInfo.shape.size() != 1 || sigmaInfo.shape.size() != 2
        || sigmaInfo.shape[0] != muInfo.shape[0] || sigmaInfo.shape[1] != muInfo.shape[0]) {
        throw std::invalid_argument(npzPath + ": mu is " + shapeText(muInfo.shape)
                                    + " but sigma is " + shapeText(sigmaInfo.shape)
                                    + " (expected d and d x d)");
    }
    const NpyArray mu = readNpzMember(npzPath, "mu", limits);
    const NpyArray sigma = readNpzMember(npzPath, "sigma", limits);
    FidStats s;
    s.mu = toVectorXd(mu, npzPath + "[mu]");
    const RowMatrixXd sg = toRowMatrixXd(sigma, npzPath + "[sigma]");
    if (sg.rows() != s.mu.size() || sg.cols() != s.mu.size()) {
        throw std::invalid_argument(npzPath + ": mu has " + std::to_string(s.mu.size())
                                    + " entries but sigma is " + std::to_string(sg.rows()) + "x"
                                    + std::to_string(sg.cols()));
    }
    if (s.mu.size() == 0) {
        throw std::invalid_argument(npzPath + ": mu and sigma are empty (dimension 0)");
    }
    if (!s.mu.allFinite() || !sg.allFinite()) {
        throw std::invalid_argument(npzPath + ": mu or sigma holds NaN or Inf");
    }
    checkCovariance(sg, npzPath);
    // Within the tolerance, both triangles count equally (FID itself reads one triangle only).
    s.sigma = 0.5 * (sg + sg.transpose());
    return s;
}

void saveFidStatistics(const std::string& npzPath, const FidStats& stats)
{
    const RowMatrixXd sigma = stats.sigma;
    writeNpz(npzPath, {{"mu", npyFromVector(stats.mu)}, {"sigma", npyFromMatrix(sigma)}}, true);
}

} // namespace genlens::metrics

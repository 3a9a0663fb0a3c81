#include "demo/ppca.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace genlens::app::demo {

PpcaModel fitPpca(const Eigen::MatrixXd& data, int components, PpcaRoute route)
{
    const Eigen::Index n = data.rows();
    const Eigen::Index d = data.cols();
    if (components < 1 || components >= std::min(n, d)) {
        throw std::invalid_argument("PPCA: " + std::to_string(components)
                                    + " components need fewer than min(n, d) = "
                                    + std::to_string(std::min(n, d)) + " (data is "
                                    + std::to_string(n) + " x " + std::to_string(d) + ")");
    }
    const Eigen::Index q = components;
    PpcaModel model;
    model.mean = data.colwise().mean().transpose();
    const Eigen::MatrixXd centred = data.rowwise() - model.mean.transpose();
    const double traceS = centred.squaredNorm() / static_cast<double>(n);

    Eigen::MatrixXd topVectors(d, q);
    Eigen::VectorXd topValues(q);
    if (route == PpcaRoute::Auto) {
        route = n < d ? PpcaRoute::Gram : PpcaRoute::Covariance;
    }
    if (route == PpcaRoute::Gram) {
        // X X^T / n shares its non-zero eigenvalues with S = X^T X / n; u = X^T v / sqrt(n l).
        Eigen::MatrixXd gram(n, n);
        gram.noalias() = centred * centred.transpose();
        gram /= static_cast<double>(n);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(gram);
        for (Eigen::Index i = 0; i < q; ++i) {
            const Eigen::Index j = n - 1 - i; // eigenvalues come in ascending order
            const double value = std::max(solver.eigenvalues()(j), 0.0);
            topValues(i) = value;
            Eigen::VectorXd u = centred.transpose() * solver.eigenvectors().col(j);
            const double norm = u.norm();
            topVectors.col(i) = norm > 0 ? Eigen::VectorXd(u / norm) : Eigen::VectorXd::Zero(d);
        }
    } else {
        Eigen::MatrixXd covariance(d, d);
        covariance.noalias() = centred.transpose() * centred;
        covariance /= static_cast<double>(n);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
        for (Eigen::Index i = 0; i < q; ++i) {
            const Eigen::Index j = d - 1 - i;
            topValues(i) = std::max(solver.eigenvalues()(j), 0.0);
            topVectors.col(i) = solver.eigenvectors().col(j);
        }
    }
    model.eigenvalues = topValues;
    model.noiseVariance = std::max(traceS - topValues.sum(), 0.0) / static_cast<double>(d - q);
    const Eigen::VectorXd scale
        = (topValues.array() - model.noiseVariance).max(0.0).sqrt().matrix();
    model.loadings = topVectors * scale.asDiagonal();
    return model;
}

PpcaModel truncatePpca(const PpcaModel& model, int components)
{
    const Eigen::Index d = model.mean.size();
    const Eigen::Index q = model.loadings.cols();
    if (components < 1 || components > q) {
        throw std::invalid_argument("PPCA: cannot keep " + std::to_string(components) + " of "
                                    + std::to_string(q) + " components");
    }
    const Eigen::Index kept = components;
    PpcaModel out;
    out.mean = model.mean;
    out.eigenvalues = model.eigenvalues.head(kept);
    out.noiseVariance = (model.noiseVariance * static_cast<double>(d - q)
                         + model.eigenvalues.segment(kept, q - kept).sum())
        / static_cast<double>(d - kept);
    out.loadings.resize(d, kept);
    for (Eigen::Index i = 0; i < kept; ++i) {
        // W's column i is u_i sqrt(l_i - sigma2); rescale it to sqrt(l_i - sigma2').
        const double was = std::sqrt(std::max(model.eigenvalues(i) - model.noiseVariance, 0.0));
        const double now = std::sqrt(std::max(model.eigenvalues(i) - out.noiseVariance, 0.0));
        out.loadings.col(i) = was > 0 ? Eigen::VectorXd(model.loadings.col(i) * (now / was))
                                      : Eigen::VectorXd::Zero(d);
    }
    return out;
}

Eigen::MatrixXd samplePpca(const PpcaModel& model, int count, DemoRng& rng)
{
    const Eigen::Index d = model.mean.size();
    const Eigen::Index q = model.loadings.cols();
    const double noiseSd = std::sqrt(model.noiseVariance);
    Eigen::MatrixXd latent(count, q);
    Eigen::MatrixXd noise(count, d);
    for (Eigen::Index r = 0; r < count; ++r) {
        for (Eigen::Index c = 0; c < q; ++c) {
            latent(r, c) = rng.normal();
        }
        for (Eigen::Index c = 0; c < d; ++c) {
            noise(r, c) = rng.normal() * noiseSd;
        }
    }
    Eigen::MatrixXd samples(count, d);
    samples.noalias() = latent * model.loadings.transpose();
    samples += noise;
    samples.rowwise() += model.mean.transpose();
    return samples;
}

} // namespace genlens::app::demo

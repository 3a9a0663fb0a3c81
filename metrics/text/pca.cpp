#include "genlens/metrics/text/pca.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlens::metrics::text {

PcaResult fitPca(const Eigen::Ref<const RowMatrixXd>& data)
{
    const Eigen::Index n = data.rows();
    const Eigen::Index d = data.cols();
    if (n < 2 || d < 1) {
        throw std::invalid_argument("PCA needs at least 2 rows and 1 column, got "
                                    + std::to_string(n) + "×" + std::to_string(d));
    }
    PcaResult result;
    result.mean = data.colwise().mean();
    const RowMatrixXd centred = data.rowwise() - result.mean;
    const double denom = static_cast<double>(n - 1);
    const Eigen::Index m = std::min(n, d);

    Eigen::VectorXd values; // ascending from the solver
    RowMatrixXd axes(m, d);
    if (n >= d) {
        Eigen::MatrixXd cov = Eigen::MatrixXd::Zero(d, d);
        cov.selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose(), 1.0 / denom);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(cov);
        values = solver.eigenvalues();
        for (Eigen::Index i = 0; i < m; ++i) {
            axes.row(i) = solver.eigenvectors().col(d - 1 - i).transpose();
        }
    } else {
        // Gram route: X Xᵀ u = σ² u gives the axis Xᵀ u / σ.
        Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(n, n);
        gram.selfadjointView<Eigen::Lower>().rankUpdate(centred, 1.0);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(gram);
        values = solver.eigenvalues() / denom;
        for (Eigen::Index i = 0; i < m; ++i) {
            const Eigen::Index j = n - 1 - i;
            const double sigma2 = solver.eigenvalues()(j);
            if (sigma2 > 0) {
                axes.row(i) = (centred.transpose() * solver.eigenvectors().col(j)).transpose()
                    / std::sqrt(sigma2);
            } else {
                axes.row(i).setZero(); // null direction: no variance, never selected first
            }
        }
    }
    result.components = std::move(axes);
    result.explainedVariance.resize(m);
    for (Eigen::Index i = 0; i < m; ++i) {
        result.explainedVariance(i) = std::max(0.0, values(values.size() - 1 - i));
    }
    const double total = result.explainedVariance.sum();
    result.explainedVarianceRatio
        = total > 0 ? Eigen::VectorXd(result.explainedVariance / total) : Eigen::VectorXd::Zero(m);
    return result;
}

int componentsForVariance(const Eigen::VectorXd& ratio, double threshold)
{
    const auto size = static_cast<int>(ratio.size());
    if (threshold >= 1.0) {
        return size;
    }
    double cumulative = 0;
    for (int i = 0; i < size; ++i) {
        cumulative += ratio(i);
        if (cumulative >= threshold) {
            return i + 1;
        }
    }
    return size;
}

RowMatrixXd pcaTransform(const PcaResult& pca, const Eigen::Ref<const RowMatrixXd>& data, int dims)
{
    if (data.cols() != pca.mean.size() || dims < 1 || dims > pca.components.rows()) {
        throw std::invalid_argument("pcaTransform: data has " + std::to_string(data.cols())
                                    + " columns, PCA " + std::to_string(pca.mean.size()) + "; dims "
                                    + std::to_string(dims) + " of "
                                    + std::to_string(pca.components.rows()));
    }
    return (data.rowwise() - pca.mean) * pca.components.topRows(dims).transpose();
}

} // namespace genlens::metrics::text

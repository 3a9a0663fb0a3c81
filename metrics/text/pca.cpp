#include "genlens/metrics/text/pca.h"

#include "text/textparallel.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlens::metrics::text {

namespace {

// Work units (fixed, so the result does not depend on the thread count): columns of the lower
// triangle per task of the cross-product, rows per task of the projection.
constexpr std::size_t kProductColumns = 32;
constexpr std::size_t kTransformRows = 2048;

// Lower triangle of xᵀx · scale (x is m×p, the result p×p), one block of columns per task: the
// block [j0, j1) is x[:, j0:]ᵀ x[:, j0:j1], so each task does one GEMM and no partial sums are
// merged. The upper triangle is left at zero (the eigen-solver reads the lower one only).
Eigen::MatrixXd lowerCrossProduct(const Eigen::Ref<const Eigen::MatrixXd>& x, double scale,
                                  int threads)
{
    const Eigen::Index p = x.cols();
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(p, p);
    forChunks(static_cast<std::size_t>(p), kProductColumns, threads,
              [&](std::size_t, std::size_t first, std::size_t last, int) {
                  const auto j0 = static_cast<Eigen::Index>(first);
                  const auto width = static_cast<Eigen::Index>(last - first);
                  out.block(j0, j0, p - j0, width).noalias()
                      = scale * (x.rightCols(p - j0).transpose() * x.middleCols(j0, width));
              });
    return out;
}

} // namespace

PcaResult fitPca(const Eigen::Ref<const RowMatrixXd>& data, int threads)
{
    const Eigen::Index n = data.rows();
    const Eigen::Index d = data.cols();
    if (n < 2 || d < 1) {
        throw std::invalid_argument("PCA needs at least 2 rows and 1 column, got "
                                    + std::to_string(n) + "×" + std::to_string(d));
    }
    PcaResult result;
    result.mean = data.colwise().mean();
    const double denom = static_cast<double>(n - 1);
    const Eigen::Index m = std::min(n, d);

    Eigen::VectorXd values; // ascending from the solver
    RowMatrixXd axes(m, d);
    if (n >= d) {
        // Centred data, column-major (the cross-product tasks read column blocks).
        Eigen::MatrixXd x(n, d);
        forChunks(static_cast<std::size_t>(d), kProductColumns, threads,
                  [&](std::size_t, std::size_t first, std::size_t last, int) {
                      for (auto j = static_cast<Eigen::Index>(first);
                           j < static_cast<Eigen::Index>(last); ++j) {
                          x.col(j) = data.col(j).array() - result.mean(j);
                      }
                  });
        const Eigen::MatrixXd cov = lowerCrossProduct(x, 1.0 / denom, threads);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(cov);
        values = solver.eigenvalues();
        for (Eigen::Index i = 0; i < m; ++i) {
            axes.row(i) = solver.eigenvectors().col(d - 1 - i).transpose();
        }
    } else {
        // Gram route: X Xᵀ u = σ² u gives the axis Xᵀ u / σ.
        // Centred data transposed: one sample per column.
        Eigen::MatrixXd xt(d, n);
        forChunks(static_cast<std::size_t>(n), kTransformRows, threads,
                  [&](std::size_t, std::size_t first, std::size_t last, int) {
                      for (auto i = static_cast<Eigen::Index>(first);
                           i < static_cast<Eigen::Index>(last); ++i) {
                          xt.col(i) = (data.row(i) - result.mean).transpose();
                      }
                  });
        const Eigen::MatrixXd gram = lowerCrossProduct(xt, 1.0, threads);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(gram);
        values = solver.eigenvalues() / denom;
        for (Eigen::Index i = 0; i < m; ++i) {
            const Eigen::Index j = n - 1 - i;
            const double sigma2 = solver.eigenvalues()(j);
            if (sigma2 > 0) {
                axes.row(i) = (xt * solver.eigenvectors().col(j)).transpose() / std::sqrt(sigma2);
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

RowMatrixXd pcaTransform(const PcaResult& pca, const Eigen::Ref<const RowMatrixXd>& data, int dims,
                         int threads)
{
    if (data.cols() != pca.mean.size() || dims < 1 || dims > pca.components.rows()) {
        throw std::invalid_argument("pcaTransform: data has " + std::to_string(data.cols())
                                    + " columns, PCA " + std::to_string(pca.mean.size()) + "; dims "
                                    + std::to_string(dims) + " of "
                                    + std::to_string(pca.components.rows()));
    }
    RowMatrixXd out(data.rows(), dims);
    const auto axes = pca.components.topRows(dims).transpose();
    forChunks(static_cast<std::size_t>(data.rows()), kTransformRows, threads,
              [&](std::size_t, std::size_t first, std::size_t last, int) {
                  const auto r0 = static_cast<Eigen::Index>(first);
                  const auto rows = static_cast<Eigen::Index>(last - first);
                  out.middleRows(r0, rows).noalias()
                      = (data.middleRows(r0, rows).rowwise() - pca.mean) * axes;
              });
    return out;
}

} // namespace genlens::metrics::text

#pragma once

#include <Eigen/Core>

#include <cstdint>

namespace genlens::metrics {

// Feature matrices are row-major: one sample a row, as .npy files store them.
using RowMatrixXf = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowMatrixXd = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using IndexMatrix = Eigen::Matrix<std::int64_t, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

} // namespace genlens::metrics

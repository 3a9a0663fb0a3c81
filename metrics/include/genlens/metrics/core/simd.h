#pragma once

// Run-time choice of the dense kernels (covariance, k-NN GEMM tiles, FID trace term). The
// package is built for generic x86-64; the same kernels are also compiled for AVX2+FMA and
// AVX-512 and the widest one the CPU supports is used (docs/sets.md, "Kernels").
//
// GENLENS_SIMD=generic|avx2|avx512 in the environment caps the choice (read on first use), so
// that a run can be compared across levels. Results may differ between levels in the last bits
// (FMA rounding), never between thread counts.

#include "genlens/metrics/core/matrix.h"

namespace genlens::metrics {

enum class SimdLevel { Generic, Avx2, Avx512 };

const char* simdLevelName(SimdLevel level);
// Compiled in and supported by this CPU.
bool simdLevelAvailable(SimdLevel level);
// The level in use.
SimdLevel simdLevel();
// Selects the kernels (tests and benchmarks compare levels). Throws std::invalid_argument when
// the level is not available. Not synchronised with running computations: call it between them.
void setSimdLevel(SimdLevel level);

// c (its lower triangle, including the diagonal) += aᵀ a, in float64.
void symmetricRankUpdateLower(Eigen::Ref<Eigen::MatrixXd> c,
                              const Eigen::Ref<const RowMatrixXd>& a);
// c += aᵀ b (c: a.cols() × b.cols()), in float64.
void gemmTransposedA(Eigen::Ref<Eigen::MatrixXd> c, const Eigen::Ref<const RowMatrixXd>& a,
                     const Eigen::Ref<const RowMatrixXd>& b);
// c = a bᵀ (c: a.rows() × b.rows()), in float32.
void gemmTransposedB(Eigen::Ref<Eigen::MatrixXf> c, const Eigen::Ref<const RowMatrixXf>& a,
                     const Eigen::Ref<const RowMatrixXf>& b);

} // namespace genlens::metrics

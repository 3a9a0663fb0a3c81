// Body of the dispatched kernels (simdkernels.h), included once by each variant translation
// unit after it has defined GENLENS_SIMD_VARIANT (the namespace of its entry points) and, for
// the -m variants, `#define Eigen <unique name>`. The rename matters: Eigen's templates
// (gebp kernels, packing, solvers) would otherwise be emitted as weak symbols with the same
// names in the generic and the AVX objects, and the linker would keep one copy at random, so
// generic callers could end up executing AVX-512 instructions. Renamed, every instantiation made
// here is private to its variant. Only Eigen is included here, nothing of the standard library
// that other objects instantiate; tests/core checks the objects' weak symbols (simd_isolation).

#include "core/simdkernels.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>
#include <Eigen/Eigenvalues>

namespace genlens::metrics::simd::GENLENS_SIMD_VARIANT {

namespace {

using RowMajorD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowMajorF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template<typename M> using ConstStrided = Eigen::Map<const M, 0, Eigen::OuterStride<>>;
template<typename M> using Strided = Eigen::Map<M, 0, Eigen::OuterStride<>>;

void syrkLower(double* c, Index ldc, const double* a, Index lda, Index rows, Index cols)
{
    const ConstStrided<RowMajorD> am(a, rows, cols, Eigen::OuterStride<>(lda));
    Strided<Eigen::MatrixXd> cm(c, cols, cols, Eigen::OuterStride<>(ldc));
    cm.selfadjointView<Eigen::Lower>().rankUpdate(am.transpose());
}

void gemmTN(double* c, Index ldc, const double* a, Index lda, const double* b, Index ldb,
            Index rows, Index m, Index n)
{
    const ConstStrided<RowMajorD> am(a, rows, m, Eigen::OuterStride<>(lda));
    const ConstStrided<RowMajorD> bm(b, rows, n, Eigen::OuterStride<>(ldb));
    Strided<Eigen::MatrixXd> cm(c, m, n, Eigen::OuterStride<>(ldc));
    cm.noalias() += am.transpose() * bm;
}

void sgemmNT(float* c, Index ldc, const float* a, Index lda, const float* b, Index ldb, Index m,
             Index n, Index k)
{
    const ConstStrided<RowMajorF> am(a, m, k, Eigen::OuterStride<>(lda));
    const ConstStrided<RowMajorF> bm(b, n, k, Eigen::OuterStride<>(ldb));
    Strided<Eigen::MatrixXf> cm(c, m, n, Eigen::OuterStride<>(ldc));
    cm.noalias() = am * bm.transpose();
}

// Tr (A B)^½ = Σ √λᵢ(A B). With A = C Cᵀ, A B is similar to Cᵀ B C (symmetric PSD), so the
// eigenvalues are those of a symmetric matrix: no Schur form, no complex arithmetic. C is the
// Cholesky factor when A is numerically positive definite (the usual case, N > d), else
// C = Pᵀ L D₊^½ from the pivoted LDLᵀ with negative round-off pivots clamped to 0 (singular A,
// N ≤ d). Both are much cheaper than an eigendecomposition of A with vectors (the Σr^½ Σg Σr^½
// form) and give the same spectrum; only eigenvalues are computed.
bool traceSqrtProduct(const double* a, const double* b, Index d, double* result)
{
    const Eigen::Map<const Eigen::MatrixXd> am(a, d, d);
    const Eigen::Map<const Eigen::MatrixXd> bm(b, d, d);
    Eigen::MatrixXd m;
    Eigen::LLT<Eigen::MatrixXd> llt(am);
    if (llt.info() == Eigen::Success) {
        const Eigen::MatrixXd bl = bm * llt.matrixL(); // B L
        m.noalias() = llt.matrixU() * bl; // Lᵀ B L
    } else {
        // info() reports NumericalIssue for the tiny negative pivots of a semi-definite matrix;
        // those are exactly what the clamp below removes, so it is not an error here.
        Eigen::LDLT<Eigen::MatrixXd> ldlt(am);
        Eigen::MatrixXd c = ldlt.matrixL();
        c = c * ldlt.vectorD().cwiseMax(0.0).cwiseSqrt().asDiagonal();
        c = ldlt.transpositionsP().transpose() * c; // A = C Cᵀ
        const Eigen::MatrixXd bc = bm * c;
        m.noalias() = c.transpose() * bc;
    }
    m = 0.5 * (m + m.transpose()).eval();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> em(m, Eigen::EigenvaluesOnly);
    if (em.info() != Eigen::Success) {
        return false;
    }
    *result = em.eigenvalues().cwiseMax(0.0).cwiseSqrt().sum();
    return true;
}

} // namespace

KernelTable table(const char* name)
{
    return KernelTable {name, &syrkLower, &gemmTN, &sgemmNT, &traceSqrtProduct};
}

} // namespace genlens::metrics::simd::GENLENS_SIMD_VARIANT

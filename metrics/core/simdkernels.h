#pragma once

// The dense kernels that dominate the feature-space metrics (the covariance's symmetric rank-k
// update, GEMM tiles of the k-NN search, the FID trace term), compiled three times: for generic
// x86-64 / any target (simdkernels_generic.cpp), and, on x86-64, for AVX2+FMA and AVX-512
// (simdkernels_avx2.cpp, simdkernels_avx512.cpp, built with those -m flags). kernels() picks the
// widest one the CPU supports at run time, so the package still runs on any x86-64.
//
// The variant translation units include Eigen under a renamed namespace (see
// simdkernels_impl.h), so their template instantiations never collide with the generic ones at
// link time; this header must therefore not include Eigen. Private to genlens_metrics.

#include <cstddef>

namespace genlens::metrics::simd {

using Index = std::ptrdiff_t;

struct KernelTable
{
    const char* name;
    // C (lower triangle incl. diagonal, column-major, leading dimension ldc) += Aᵀ A for A
    // rows × cols, row-major with row stride lda.
    void (*syrkLower)(double* c, Index ldc, const double* a, Index lda, Index rows, Index cols);
    // C (m × n, column-major) += Aᵀ B for A rows × m and B rows × n, row-major.
    void (*gemmTN)(double* c, Index ldc, const double* a, Index lda, const double* b, Index ldb,
                   Index rows, Index m, Index n);
    // C (m × n, column-major) = A Bᵀ for A m × k and B n × k, row-major (float32).
    void (*sgemmNT)(float* c, Index ldc, const float* a, Index lda, const float* b, Index ldb,
                    Index m, Index n, Index k);
    // Tr (A B)^½ for symmetric PSD A, B (d × d, column-major), see fid.h. Returns false when the
    // symmetric eigensolver did not converge.
    bool (*traceSqrtProduct)(const double* a, const double* b, Index d, double* result);
};

KernelTable genericKernels();
#if defined(GENLENS_SIMD_X86)
KernelTable avx2Kernels();
KernelTable avx512Kernels();
#endif

} // namespace genlens::metrics::simd

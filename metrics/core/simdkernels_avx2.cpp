// The kernels built with -mavx2 -mfma (metrics/CMakeLists.txt); only called when the CPU has
// both (simd.cpp). Eigen is renamed here: see simdkernels_impl.h.
#if defined(GENLENS_SIMD_X86)
#define Eigen genlens_eigen_avx2
#define GENLENS_SIMD_VARIANT avx2
#include "core/simdkernels_impl.h"

namespace genlens::metrics::simd {

KernelTable avx2Kernels()
{
    return avx2::table("avx2");
}

} // namespace genlens::metrics::simd
#endif

// The kernels built with -mavx512f -mavx512dq -mavx512vl -mavx512bw -mavx2 -mfma
// (metrics/CMakeLists.txt); only called when the CPU has all of them (simd.cpp). Eigen is
// renamed here: see simdkernels_impl.h.
#if defined(GENLENS_SIMD_X86)
#define Eigen genlens_eigen_avx512
#define GENLENS_SIMD_VARIANT avx512
#include "core/simdkernels_impl.h"

namespace genlens::metrics::simd {

KernelTable avx512Kernels()
{
    return avx512::table("avx512");
}

} // namespace genlens::metrics::simd
#endif

// The kernels for any target: the baseline the package is built for (x86-64 = SSE2).
#define GENLENS_SIMD_VARIANT generic
#include "core/simdkernels_impl.h"

namespace genlens::metrics::simd {

KernelTable genericKernels()
{
    return generic::table("generic");
}

} // namespace genlens::metrics::simd

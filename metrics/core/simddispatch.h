#pragma once

// The kernel table selected at run time (simd.h). Private to genlens_metrics.

#include "core/simdkernels.h"

namespace genlens::metrics::simd {

const KernelTable& kernels();

} // namespace genlens::metrics::simd

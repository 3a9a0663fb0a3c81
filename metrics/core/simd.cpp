#include "genlens/metrics/core/simd.h"

#include "core/simddispatch.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

namespace genlens::metrics {

namespace {

bool cpuSupports(SimdLevel level)
{
#if defined(GENLENS_SIMD_X86)
    __builtin_cpu_init();
    switch (level) {
    case SimdLevel::Generic:
        return true;
    case SimdLevel::Avx2:
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case SimdLevel::Avx512:
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq")
            && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512bw")
            && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }
    return false;
#else
    return level == SimdLevel::Generic;
#endif
}

simd::KernelTable tableFor(SimdLevel level)
{
#if defined(GENLENS_SIMD_X86)
    switch (level) {
    case SimdLevel::Avx512:
        return simd::avx512Kernels();
    case SimdLevel::Avx2:
        return simd::avx2Kernels();
    case SimdLevel::Generic:
        break;
    }
#endif
    (void)level;
    return simd::genericKernels();
}

SimdLevel widestAvailable()
{
    SimdLevel cap = SimdLevel::Avx512;
    if (const char* env = std::getenv("GENLENS_SIMD")) {
        if (std::strcmp(env, "generic") == 0) {
            cap = SimdLevel::Generic;
        } else if (std::strcmp(env, "avx2") == 0) {
            cap = SimdLevel::Avx2;
        }
    }
    for (SimdLevel l : {SimdLevel::Avx512, SimdLevel::Avx2}) {
        if (static_cast<int>(l) <= static_cast<int>(cap) && cpuSupports(l)) {
            return l;
        }
    }
    return SimdLevel::Generic;
}

struct Active
{
    SimdLevel level;
    simd::KernelTable table;
};

Active& active()
{
    static Active a = [] {
        const SimdLevel l = widestAvailable();
        return Active {l, tableFor(l)};
    }();
    return a;
}

} // namespace

namespace simd {
const KernelTable& kernels()
{
    return active().table;
}
} // namespace simd

const char* simdLevelName(SimdLevel level)
{
    switch (level) {
    case SimdLevel::Generic:
        return "generic";
    case SimdLevel::Avx2:
        return "avx2";
    case SimdLevel::Avx512:
        return "avx512";
    }
    return "";
}

bool simdLevelAvailable(SimdLevel level)
{
    return cpuSupports(level);
}

SimdLevel simdLevel()
{
    return active().level;
}

void setSimdLevel(SimdLevel level)
{
    if (!simdLevelAvailable(level)) {
        throw std::invalid_argument(std::string("SIMD level ") + simdLevelName(level)
                                    + " is not available on this CPU or build");
    }
    active() = Active {level, tableFor(level)};
}

void symmetricRankUpdateLower(Eigen::Ref<Eigen::MatrixXd> c, const Eigen::Ref<const RowMatrixXd>& a)
{
    if (c.rows() != a.cols() || c.cols() != a.cols()) {
        throw std::invalid_argument("symmetricRankUpdateLower: c is " + std::to_string(c.rows())
                                    + "x" + std::to_string(c.cols()) + ", a has "
                                    + std::to_string(a.cols()) + " columns");
    }
    simd::kernels().syrkLower(c.data(), c.outerStride(), a.data(), a.outerStride(), a.rows(),
                              a.cols());
}

void gemmTransposedA(Eigen::Ref<Eigen::MatrixXd> c, const Eigen::Ref<const RowMatrixXd>& a,
                     const Eigen::Ref<const RowMatrixXd>& b)
{
    if (a.rows() != b.rows() || c.rows() != a.cols() || c.cols() != b.cols()) {
        throw std::invalid_argument("gemmTransposedA: shapes disagree");
    }
    simd::kernels().gemmTN(c.data(), c.outerStride(), a.data(), a.outerStride(), b.data(),
                           b.outerStride(), a.rows(), a.cols(), b.cols());
}

void gemmTransposedB(Eigen::Ref<Eigen::MatrixXf> c, const Eigen::Ref<const RowMatrixXf>& a,
                     const Eigen::Ref<const RowMatrixXf>& b)
{
    if (a.cols() != b.cols() || c.rows() != a.rows() || c.cols() != b.rows()) {
        throw std::invalid_argument("gemmTransposedB: shapes disagree");
    }
    simd::kernels().sgemmNT(c.data(), c.outerStride(), a.data(), a.outerStride(), b.data(),
                            b.outerStride(), a.rows(), b.rows(), a.cols());
}

} // namespace genlens::metrics

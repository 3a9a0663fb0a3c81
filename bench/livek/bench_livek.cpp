// bench_livek cost REAL.npy GENERATED.npy [REPEATS]: the cost of keeping the statistics — the
// neighbour passes (evaluateFeatureSpace with PRDC and memorisation, k = 5) with liveKMax 0 and
// 20, alternately, process CPU time and wall time, medians.
//
// bench_livek BLOB K [REPEATS]: decodes a stored live-k blob (metrics/sets/livek.h, as the
// project's live_statistics table holds it) and recomputes PRDC, realism and memorisation at
// every k = 1..K_max, REPEATS times. Prints the decode time, the median time of one
// recomputation over all k, and the values at K as key=value lines (run.sh compares them with a
// fresh `genlens evaluate image --k K`).
#include "genlens/metrics/core/npy.h"
#include "genlens/metrics/sets/featurespace.h"
#include "genlens/metrics/sets/livek.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace genlens::metrics;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int cost(const char* realPath, const char* generatedPath, int repeats)
{
    const RowMatrixXf real = readNpyMatrixXf(realPath);
    const RowMatrixXf generated = readNpyMatrixXf(generatedPath);
    std::vector<double> cpu[2], wall[2];
    for (int r = 0; r < repeats; ++r) {
        for (int live = 0; live < 2; ++live) {
            FeatureSpaceOptions o;
            o.k = 5;
            o.fid = o.kid = o.vendiReal = o.vendiGenerated = false;
            o.liveKMax = live ? kLiveMaxK : 0;
            const std::clock_t c0 = std::clock();
            const auto t0 = Clock::now();
            const FeatureSpaceReport rep = evaluateFeatureSpace(real, generated, o);
            wall[live].push_back(std::chrono::duration<double>(Clock::now() - t0).count());
            cpu[live].push_back(static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
            if (rep.precision < 0) {
                return 2;
            }
        }
    }
    std::printf("neighbour passes %lldx%lld vs %lldx%lld, k = 5, median of %d:\n",
                static_cast<long long>(real.rows()), static_cast<long long>(real.cols()),
                static_cast<long long>(generated.rows()), static_cast<long long>(generated.cols()),
                repeats);
    std::printf("  without live statistics: cpu_s=%.2f wall_s=%.2f\n", median(cpu[0]),
                median(wall[0]));
    std::printf("  with live statistics (K = 20): cpu_s=%.2f wall_s=%.2f (cpu ratio %.3f)\n",
                median(cpu[1]), median(wall[1]), median(cpu[1]) / median(cpu[0]));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 4 && std::strcmp(argv[1], "cost") == 0) {
        return cost(argv[2], argv[3], argc > 4 ? std::atoi(argv[4]) : 3);
    }
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_livek BLOB K [REPEATS]\n");
        return 1;
    }
    const int k = std::atoi(argv[2]);
    const int repeats = argc > 3 ? std::atoi(argv[3]) : 5;
    std::ifstream in(argv[1], std::ios::binary);
    const std::string blob((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto t0 = Clock::now();
    const LiveStatistics stats = decodeLiveStatistics(blob);
    const double decode = std::chrono::duration<double>(Clock::now() - t0).count();
    std::printf("blob_bytes=%zu real=%lld generated=%lld k_max=%d decode_s=%.6f\n", blob.size(),
                static_cast<long long>(stats.realCount()),
                static_cast<long long>(stats.generatedCount()), stats.kMax, decode);
    std::vector<double> perK;
    for (int r = 0; r < repeats; ++r) {
        for (int kk = 1; kk <= stats.kMax; ++kk) {
            LiveParameters p;
            p.k = kk;
            const auto s = Clock::now();
            const LiveResult result = liveMetrics(stats, p);
            perK.push_back(std::chrono::duration<double>(Clock::now() - s).count());
            if (result.prdc.precision < 0) {
                return 2; // keeps the call from being optimised away
            }
        }
    }
    std::sort(perK.begin(), perK.end());
    std::printf("recompute_median_s=%.6f recompute_max_s=%.6f (one k, %zu timings)\n",
                perK[perK.size() / 2], perK.back(), perK.size());
    LiveParameters p;
    p.k = k;
    const LiveResult r = liveMetrics(stats, p);
    std::printf("precision=%.17g\nrecall=%.17g\ndensity=%.17g\ncoverage=%.17g\n"
                "memorized_fraction=%.17g\n",
                r.prdc.precision, r.prdc.recall, r.prdc.density, r.prdc.coverage,
                r.memorizedFraction);
    return 0;
}

// Timed harness for the feature-space metrics. Prints one line per measurement:
//   <what> value=<...> median_s=<...> runs_s=<a,b,c> cpu_s=<median user+sys> peak_rss_mib=<...>
// (wall-clock medians; CPU time too, because the benchmark machine is shared)
// Inputs are .npy files or generated in memory ("gen:N:D:SEED[:SHIFT]"), so the 50k runs need no
// files. `generate` writes the same deterministic features to .npy for the Python reference.
//
//   bench_sets generate OUT.npy N D SEED [SHIFT]
//   bench_sets fid  REAL GEN [--runs R] [--threads T]
//   bench_sets prdc REAL GEN [--k K] [--runs R] [--threads T]
//   bench_sets all  REAL GEN [--runs R] [--threads T]     (evaluateFeatureSpace)

#include "genlens/metrics/core/npy.h"
#include "genlens/metrics/sets/featurespace.h"
#include "genlens/metrics/sets/fid.h"
#include "genlens/metrics/sets/prdc.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace genlens::metrics;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
            + 1e-6 * static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

double peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// Pool3-like features: non-negative, per-dimension scales, a shared per-row factor (so the
// covariance is not diagonal). SHIFT moves the generated distribution.
RowMatrixXf generate(Eigen::Index n, Eigen::Index d, std::uint64_t seed, float shift)
{
    RowMatrixXf x(n, d);
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    for (Eigen::Index i = 0; i < n; ++i) {
        const float h = normal(rng);
        for (Eigen::Index j = 0; j < d; ++j) {
            const float scale = 0.5f + static_cast<float>(j % 7) / 7.0f;
            const float v = normal(rng) * scale + 0.3f * h + shift;
            x(i, j) = v > 0 ? v : 0.1f * v + 0.05f * (1 + shift);
        }
    }
    return x;
}

RowMatrixXf load(const std::string& spec)
{
    if (spec.rfind("gen:", 0) == 0) {
        long long n = 0, d = 0;
        unsigned long long seed = 0;
        float shift = 0;
        std::sscanf(spec.c_str() + 4, "%lld:%lld:%llu:%f", &n, &d, &seed, &shift);
        return generate(n, d, seed, shift);
    }
    return readNpyMatrixXf(spec);
}

std::string arg(int argc, char** argv, const char* name, const char* fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0) {
            return argv[i + 1];
        }
    }
    return fallback;
}

void timed(const char* what, int runs, const std::function<std::string()>& fn)
{
    std::vector<double> t, cpu;
    std::string value;
    for (int r = 0; r < runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const double cpu0 = cpuSeconds();
        value = fn();
        t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        cpu.push_back(cpuSeconds() - cpu0);
        std::fprintf(stderr, "  %s run %d: %.2f s wall, %.2f s cpu\n", what, r + 1, t.back(), cpu.back());
    }
    std::sort(cpu.begin(), cpu.end());
    const double cpuMedian = cpu[cpu.size() / 2];
    std::vector<double> sorted = t;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.size() % 2 ? sorted[sorted.size() / 2]
                                            : 0.5 * (sorted[sorted.size() / 2 - 1] + sorted[sorted.size() / 2]);
    std::string list;
    for (double v : t) {
        list += (list.empty() ? "" : ",") + std::to_string(v);
    }
    std::printf("%s %s median_s=%.3f runs_s=%s cpu_s=%.3f peak_rss_mib=%.0f\n", what, value.c_str(),
                median, list.c_str(), cpuMedian, peakRssMiB());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: see the comment at the top of bench_sets.cpp\n");
        return 2;
    }
    const std::string mode = argv[1];
    try {
        if (mode == "generate" && argc >= 6) {
            const RowMatrixXf x = generate(std::stoll(argv[3]), std::stoll(argv[4]),
                                           std::stoull(argv[5]), argc > 6 ? std::stof(argv[6]) : 0.0f);
            writeNpy(argv[2], npyFromMatrix(x));
            return 0;
        }
        if (argc < 4) {
            std::fprintf(stderr, "need REAL and GEN\n");
            return 2;
        }
        const int runs = std::stoi(arg(argc, argv, "--runs", "3"));
        const int threads = std::stoi(arg(argc, argv, "--threads", "0"));
        const RowMatrixXf real = load(argv[2]);
        const RowMatrixXf gen = load(argv[3]);
        std::fprintf(stderr, "real %lldx%lld, generated %lldx%lld, rss after load %.0f MiB\n",
                     static_cast<long long>(real.rows()), static_cast<long long>(real.cols()),
                     static_cast<long long>(gen.rows()), static_cast<long long>(gen.cols()), peakRssMiB());
        char buf[512];
        if (mode == "fid") {
            timed("genlens_fid", runs, [&] {
                const FidResult r = fid(real, gen, {}, threads);
                std::snprintf(buf, sizeof buf, "value=%.17g", r.fid);
                return std::string(buf);
            });
        } else if (mode == "prdc") {
            const int k = std::stoi(arg(argc, argv, "--k", "5"));
            timed("genlens_prdc", runs, [&] {
                const PrdcResult r = prdc(real, gen, k, {}, threads);
                std::snprintf(buf, sizeof buf, "value=%.17g,%.17g,%.17g,%.17g", r.precision,
                              r.recall, r.density, r.coverage);
                return std::string(buf);
            });
        } else if (mode == "all") {
            FeatureSpaceOptions o;
            o.threads = threads;
            timed("genlens_featurespace", runs, [&] {
                const FeatureSpaceReport r = evaluateFeatureSpace(real, gen, o);
                std::snprintf(buf, sizeof buf,
                              "fid=%.10g kid=%.6g precision=%.6g recall=%.6g density=%.6g "
                              "coverage=%.6g vendi=%.6g,%.6g memorized=%.6g",
                              r.fid, r.kid, r.precision, r.recall, r.density, r.coverage,
                              r.vendiReal, r.vendiGenerated, r.memorizedFraction);
                return std::string(buf);
            });
        } else {
            std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
            return 2;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    return 0;
}

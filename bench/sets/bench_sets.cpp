// Timed harness for the feature-space metrics. Prints one line per measurement:
//   <what> value=<...> median_s=<...> runs_s=<a,b,c> cpu_s=<median user+sys> peak_rss_mib=<...>
// (wall-clock medians; CPU time too, because the benchmark machine is shared)
// Inputs are .npy files or generated in memory ("gen:N:D:SEED[:SHIFT]"), so the 50k runs need no
// files. `generate` writes the same deterministic features to .npy for the Python reference.
//
//   bench_sets generate OUT.npy N D SEED [SHIFT]
//   bench_sets fidfile REAL.npy GEN.npy [--threads T]   one FID-only run as a whole process:
//       read both files (header first, rows straight into float32, NaN/Inf check and row
//       digests as the app does), statistics, trace term; prints the phases (run.sh runs it under
//       /usr/bin/time -v). What `genlens evaluate image --metrics fid` does once the metric
//       selection computes only what is asked.
//   bench_sets load REAL.npy GEN.npy [--runs R]   reading routes for the two files
//   bench_sets throughput REAL [GEN] [--rows N] [--threads T]   the statistics pass and the
//       exact k-NN passes against the machine's own GEMM (the same dispatched Eigen kernels) on
//       the same shapes: useful flop rates and their ratio
//   bench_sets trace REAL GEN   Tr (Σr Σg)^½ by the Cholesky route (traceSqrtProduct, dispatched
//       kernels) and by the eigenvector route Σr^½ Σg Σr^½ (Eigen, generic build, as before the
//       congruence route); the Cholesky route is timed with the dispatched and the generic kernels
//   bench_sets fid  REAL GEN [--runs R] [--threads T]
//   bench_sets prdc REAL GEN [--k K] [--runs R] [--threads T]
//   bench_sets all  REAL GEN [--runs R] [--threads T]     (evaluateFeatureSpace)
//   bench_sets memory REAL GEN [--tiles T]  peak RSS of the PRDC passes without running them to
//       the end: each pass (real self, generated self, cross) is cancelled through its progress
//       callback after T tiles, once all its buffers are allocated. For the 50k case when the
//       full run does not fit the time available.

#include "genlens/metrics/core/featurestats.h"
#include "genlens/metrics/core/knn.h"
#include "genlens/metrics/core/npy.h"
#include "genlens/metrics/core/simd.h"
#include "genlens/metrics/sets/featurespace.h"
#include "genlens/metrics/sets/fid.h"
#include "genlens/metrics/sets/prdc.h"

#include <Eigen/Eigenvalues>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <thread>
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

// Pool3-like features: non-negative (softplus of a pre-activation), correlated through 32 shared
// factors with random loadings plus per-dimension noise, per-dimension offsets and scales. SHIFT
// moves the generated distribution. Deterministic for a seed (std::mt19937_64).
RowMatrixXf generate(Eigen::Index n, Eigen::Index d, std::uint64_t seed, float shift)
{
    constexpr Eigen::Index kFactors = 32;
    std::mt19937_64 rng(seed);
    std::mt19937_64 shape(12345); // loadings and offsets shared by every set
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Eigen::MatrixXf loadings(kFactors, d);
    Eigen::VectorXf offset(d), scale(d);
    for (Eigen::Index j = 0; j < d; ++j) {
        for (Eigen::Index f = 0; f < kFactors; ++f) {
            loadings(f, j) = normal(shape) / std::sqrt(float(kFactors));
        }
        offset[j] = 0.5f * normal(shape) - 0.5f;
        scale[j] = 0.5f + float(j % 7) / 7.0f;
    }
    RowMatrixXf x(n, d);
    Eigen::RowVectorXf z(kFactors);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index f = 0; f < kFactors; ++f) {
            z[f] = normal(rng);
        }
        const Eigen::RowVectorXf common = z * loadings;
        for (Eigen::Index j = 0; j < d; ++j) {
            const float v = scale[j] * (common[j] + 0.7f * normal(rng)) + offset[j] + shift;
            x(i, j) = 0.4f * std::log1p(std::exp(v));
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

double wallNow()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

int fidFile(const std::string& realPath, const std::string& genPath, int threads)
{
    const double t0 = wallNow();
    const double c0 = cpuSeconds();
    const FeatureRows real = readNpyFeatureRows(realPath, {}, threads);
    const FeatureRows gen = readNpyFeatureRows(genPath, {}, threads);
    const double t1 = wallNow();
    const FidStats sr = fidStatistics(real.features, {}, threads);
    const FidStats sg = fidStatistics(gen.features, {}, threads);
    const double t2 = wallNow();
    const FidResult r = fidFromStatistics(sr, sg);
    const double t3 = wallNow();
    std::printf("genlens_fid value=%.17g load_s=%.3f stats_s=%.3f trace_s=%.3f total_s=%.3f "
                "cpu_s=%.3f kernels=%s rows=%lld,%lld\n",
                r.fid, t1 - t0, t2 - t1, t3 - t2, t3 - t0, cpuSeconds() - c0,
                simdLevelName(simdLevel()), static_cast<long long>(real.features.rows()),
                static_cast<long long>(gen.features.rows()));
    return 0;
}

int loadRoutes(const std::string& realPath, const std::string& genPath, int runs)
{
    const auto route = [&](const char* what, const std::function<Eigen::Index()>& fn) {
        timed(what, runs, [&] { return "rows=" + std::to_string(fn()); });
    };
    route("load_direct_rows_digests", [&] {
        return readNpyFeatureRows(realPath).features.rows()
            + readNpyFeatureRows(genPath).features.rows();
    });
    route("load_readNpy_then_featureRows", [&] {
        const NpyArray a = readNpy(realPath);
        const Eigen::Index n = featureRows(a, realPath).features.rows();
        const NpyArray b = readNpy(genPath);
        return n + featureRows(b, genPath).features.rows();
    });
    route("load_matrix_only",
          [&] { return readNpyMatrixXf(realPath).rows() + readNpyMatrixXf(genPath).rows(); });
    return 0;
}

// Runs fn(worker, workers) on `workers` std::threads (column halves of a GEMM).
void onThreads(int workers, const std::function<void(int, int)>& fn)
{
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w) {
        pool.emplace_back(fn, w, workers);
    }
    fn(0, workers);
    for (auto& t : pool) {
        t.join();
    }
}

struct Rate
{
    double wall = 0, cpu = 0;
};

Rate measure(const std::function<void()>& fn)
{
    const double t = wallNow();
    const double c = cpuSeconds();
    fn();
    return {wallNow() - t, cpuSeconds() - c};
}

void report(const char* what, double flops, Rate r)
{
    std::printf("%s wall_s=%.3f cpu_s=%.3f gflops_wall=%.2f gflops_per_cpu_s=%.2f\n", what, r.wall,
                r.cpu, flops / r.wall / 1e9, flops / r.cpu / 1e9);
    std::fflush(stdout);
}

int throughput(const std::string& realSpec, const std::string& genSpec, long long rows, int threads)
{
    const RowMatrixXf realAll = load(realSpec);
    const RowMatrixXf genAll = load(genSpec);
    const Eigen::Index n = std::min<Eigen::Index>(rows, std::min(realAll.rows(), genAll.rows()));
    const RowMatrixXf x = realAll.topRows(n);
    const RowMatrixXf y = genAll.topRows(n);
    const Eigen::Index d = x.cols();
    const int workers = threads > 0
        ? threads
        : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::printf("throughput n=%lld d=%lld threads=%d kernels=%s\n", static_cast<long long>(n),
                static_cast<long long>(d), workers, simdLevelName(simdLevel()));
    // Statistics pass (mean, float64 conversion, centring, lower-triangle rank-k update):
    // useful work n·d·(d+1) flops. Reference: C = Xᵀ X as a full float64 GEMM (2·n·d² flops),
    // columns split over the same threads, on X already in float64.
    const double statsFlops = double(n) * double(d) * double(d + 1);
    const Rate stats = measure([&] { computeFeatureStats(x, {}, threads); });
    const RowMatrixXd xd = x.cast<double>();
    Eigen::MatrixXd c = Eigen::MatrixXd::Zero(d, d);
    const Rate dgemm = measure([&] {
        onThreads(workers, [&](int w, int ws) {
            const Eigen::Index c0 = d * w / ws, c1 = d * (w + 1) / ws;
            gemmTransposedA(c.middleCols(c0, c1 - c0), xd, xd.middleCols(c0, c1 - c0));
        });
    });
    report("statistics_pass", statsFlops, stats);
    report("dgemm_XtX", 2.0 * double(n) * double(d) * double(d), dgemm);
    const double statsRatio = (statsFlops / stats.wall) / (2.0 * n * d * d / dgemm.wall);
    const double statsRatioCpu = (statsFlops / stats.cpu) / (2.0 * n * d * d / dgemm.cpu);
    // k-NN: the self pass computes each unordered pair once (n²·d useful flops), the cross pass
    // every pair (2·n²·d); reference: X Yᵀ as a float32 GEMM (2·n²·d flops), rows split.
    const double pairFlops = 2.0 * double(n) * double(n) * double(d);
    const Rate self = measure([&] { knnSelf(x, 5, {}, threads); });
    const KnnResult rx = knnSelf(x, 5, {}, threads);
    const KnnResult ry = knnSelf(y, 5, {}, threads);
    const Eigen::VectorXd realRadius = rx.distances.col(4);
    const Eigen::VectorXd genRadius = ry.distances.col(4);
    CrossOptions o;
    o.kGeneratedToReal = 1;
    o.realRadius = &realRadius;
    o.generatedRadius = &genRadius;
    o.threads = threads;
    const Rate cross = measure([&] { crossNeighbourhoods(x, y, o); });
    Eigen::MatrixXf dots(n, n);
    const Rate sgemm = measure([&] {
        onThreads(workers, [&](int w, int ws) {
            const Eigen::Index r0 = n * w / ws, r1 = n * (w + 1) / ws;
            Eigen::MatrixXf part(r1 - r0, n);
            gemmTransposedB(part, x.middleRows(r0, r1 - r0), y);
            dots.middleRows(r0, r1 - r0) = part;
        });
    });
    report("knn_self_pass", pairFlops / 2, self);
    report("knn_cross_pass", pairFlops, cross);
    report("sgemm_XYt", pairFlops, sgemm);
    std::printf("ratio statistics/dgemm=%.2f (cpu %.2f) knn_self/sgemm=%.2f (cpu %.2f) "
                "knn_cross/sgemm=%.2f (cpu %.2f)\n",
                statsRatio, statsRatioCpu, (pairFlops / 2 / self.wall) / (pairFlops / sgemm.wall),
                (pairFlops / 2 / self.cpu) / (pairFlops / sgemm.cpu),
                (pairFlops / cross.wall) / (pairFlops / sgemm.wall),
                (pairFlops / cross.cpu) / (pairFlops / sgemm.cpu));
    return 0;
}

int traceRoutes(const std::string& realSpec, const std::string& genSpec, int threads)
{
    const FidStats r = fidStatistics(load(realSpec), {}, threads);
    const FidStats g = fidStatistics(load(genSpec), {}, threads);
    double viaCholesky = 0, viaEigenvectors = 0;
    const Rate chol = measure([&] { viaCholesky = traceSqrtProduct(r.sigma, g.sigma); });
    const Rate eig = measure([&] {
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(r.sigma);
        const Eigen::MatrixXd root = es.eigenvectors()
            * es.eigenvalues().cwiseMax(0.0).cwiseSqrt().asDiagonal()
            * es.eigenvectors().transpose();
        const Eigen::MatrixXd m = root * g.sigma * root;
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> em(m, Eigen::EigenvaluesOnly);
        viaEigenvectors = em.eigenvalues().cwiseMax(0.0).cwiseSqrt().sum();
    });
    std::printf("trace_cholesky value=%.17g wall_s=%.3f cpu_s=%.3f kernels=%s\n", viaCholesky,
                chol.wall, chol.cpu, simdLevelName(simdLevel()));
    setSimdLevel(SimdLevel::Generic);
    const Rate cholGeneric = measure([&] { viaCholesky = traceSqrtProduct(r.sigma, g.sigma); });
    std::printf("trace_cholesky value=%.17g wall_s=%.3f cpu_s=%.3f kernels=generic\n", viaCholesky,
                cholGeneric.wall, cholGeneric.cpu);
    std::printf("trace_eigenvectors value=%.17g wall_s=%.3f cpu_s=%.3f kernels=generic\n",
                viaEigenvectors, eig.wall, eig.cpu);
    return 0;
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
        const int threads0 = std::stoi(arg(argc, argv, "--threads", "0"));
        if (mode == "fidfile" && argc >= 4) {
            return fidFile(argv[2], argv[3], threads0);
        }
        if (mode == "load" && argc >= 4) {
            return loadRoutes(argv[2], argv[3], std::stoi(arg(argc, argv, "--runs", "3")));
        }
        if (mode == "trace" && argc >= 4) {
            return traceRoutes(argv[2], argv[3], threads0);
        }
        if (mode == "throughput") {
            const std::string second = argc > 3 && argv[3][0] != '-' ? argv[3] : argv[2];
            return throughput(argv[2], second, std::stoll(arg(argc, argv, "--rows", "10000")),
                              threads0);
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
        } else if (mode == "memory") {
            const std::size_t tiles = std::stoul(arg(argc, argv, "--tiles", "4"));
            std::size_t seen = 0;
            const Progress stopAfter = [&](std::size_t, std::size_t) { return ++seen < tiles; };
            auto attempt = [&](const char* what, const std::function<void()>& pass) {
                seen = 0;
                try {
                    pass();
                } catch (const Cancelled&) {
                }
                std::printf("memory %s peak_rss_mib=%.0f\n", what, peakRssMiB());
                std::fflush(stdout);
            };
            attempt("real_self", [&] { knnSelf(real, 5, stopAfter, threads); });
            attempt("generated_self", [&] { knnSelf(gen, 5, stopAfter, threads); });
            const Eigen::VectorXd rr = Eigen::VectorXd::Ones(real.rows());
            const Eigen::VectorXd gr = Eigen::VectorXd::Ones(gen.rows());
            CrossOptions o;
            o.kGeneratedToReal = 5;
            o.kRealToGenerated = 5;
            o.realRadius = &rr;
            o.generatedRadius = &gr;
            o.realismRadiusLimit = 1.0;
            o.threads = threads;
            attempt("cross", [&] { crossNeighbourhoods(real, gen, o, stopAfter); });
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

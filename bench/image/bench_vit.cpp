// genlens_bench_vit MODEL N BATCH THREADS
// Vision-transformer extraction speed through GenLens's ONNX extractor (OpenCV 4.6 after the graph
// pass of issue 12): N synthetic 224 x 224 images (decoded already, so the figure is the network
// plus the extractor's normalisation), batches of BATCH, THREADS OpenCV threads. Prints one line:
// load seconds (read + repair + import), images/s (wall), CPU seconds per image (getrusage over
// the timed part), peak RSS. bench/image/vit_speed.sh runs it next to PyTorch on the same model.
#include "syntheticimages.h"

#include <genlens/metrics/image/onnxextractor.h>

#include <opencv2/core/utility.hpp>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>

using namespace genlens::metrics::image;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

double peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

double since(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s MODEL N BATCH THREADS\n", argv[0]);
        return 2;
    }
    const int n = std::stoi(argv[2]);
    const int batch = std::stoi(argv[3]);
    const int threads = std::stoi(argv[4]);
    cv::setNumThreads(threads);
    std::vector<cv::Mat> images;
    for (int i = 0; i < n; ++i) {
        images.push_back(genlens::testing::naturalImage(std::uint64_t(i), 224));
    }
    OnnxOptions o;
    o.modelPath = argv[1];
    o.inputWidth = 224;
    o.inputHeight = 224;
    o.mean = {0.485f, 0.456f, 0.406f};
    o.std = {0.229f, 0.224f, 0.225f};
    o.batchSize = batch;
    o.threads = threads;
    const auto loadStart = std::chrono::steady_clock::now();
    OnnxRepairs repairs;
    auto extractor = makeOnnxExtractor(o, &repairs);
    const double load = since(loadStart);
    const double cpu0 = cpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    const auto features = extractor->extract(images);
    const double wall = since(start);
    const double cpu = cpuSeconds() - cpu0;
    std::printf("genlens  images %d batch %d threads %d dim %d load_s %.1f images_per_s %.2f "
                "cpu_s_per_image %.3f peak_rss_mib %.0f folded %d rewritten %d\n",
                n, batch, threads, int(features.cols()), load, double(n) / wall, cpu / double(n),
                peakRssMiB(), repairs.nodesFolded, repairs.opsRewritten);
    return 0;
}

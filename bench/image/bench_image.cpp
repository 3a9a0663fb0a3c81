// genlens_bench_image builtin DIR N THREADS  - decode + hash + builtin-1 over DIR (made with
//                                              N 256x256 PNGs if missing)
// genlens_bench_image import DIR N THREADS   - the same plus thumbnails and per-image measures
// genlens_bench_image onnx MODEL DIR THREADS  - decode + onnx:MODEL:inception over DIR
// Prints images/s and the process's peak RSS (getrusage), one run per process so that the RSS
// belongs to that set size. The run that first creates DIR also holds the 500 base images of the
// generator (about 100 MB) in its peak RSS: quote the RSS of a second run.
#include "syntheticimages.h"

#include <genlens/metrics/image/extractor.h>
#include <genlens/metrics/image/imagesource.h>
#include <genlens/metrics/image/onnxextractor.h>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace genlens::metrics::image;

namespace {

// 500 distinct landscapes, then byte-different copies (one pixel changed) up to n files.
void makeImages(const std::string& dir, int n)
{
    if (fs::exists(dir) && std::distance(fs::directory_iterator(dir), fs::directory_iterator()) >= n) {
        return;
    }
    fs::create_directories(dir);
    std::vector<cv::Mat> base;
    for (int i = 0; i < std::min(n, 500); ++i) {
        cv::Mat bgr;
        cv::cvtColor(genlens::testing::naturalImage(std::uint64_t(i), 256), bgr, cv::COLOR_RGB2BGR);
        base.push_back(bgr);
    }
    for (int i = 0; i < n; ++i) {
        cv::Mat img = base[std::size_t(i) % base.size()].clone();
        img.at<cv::Vec3b>(0, 0) = cv::Vec3b(std::uint8_t(i & 255), std::uint8_t((i >> 8) & 255), 0);
        char name[64];
        std::snprintf(name, sizeof name, "/img%06d.png", i);
        cv::imwrite(dir + name, img, {cv::IMWRITE_PNG_COMPRESSION, 1});
    }
}

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

} // namespace

int main(int argc, char** argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s builtin DIR N THREADS | onnx MODEL DIR THREADS\n", argv[0]);
        return 2;
    }
    const std::string mode = argv[1];
    std::unique_ptr<FeatureExtractor> extractor;
    std::string dir;
    int threads = 0;
    SourceOptions options;
    if (mode == "builtin" || mode == "import") {
        // builtin: decode + SHA-1 + builtin-1 (what `genlens features image` does);
        // import: the same plus thumbnails and per-image measures (an evaluation's import).
        dir = argv[2];
        makeImages(dir, std::stoi(argv[3]));
        threads = std::stoi(argv[4]);
        extractor = makeBuiltinExtractor(threads);
        options.thumbnails = mode == "import";
        options.measures = mode == "import";
    } else {
        dir = argv[3];
        threads = std::stoi(argv[4]);
        cv::setNumThreads(threads);
        OnnxOptions o = inceptionPreset(argv[2]);
        o.threads = threads;
        o.batchSize = 16;
        extractor = makeOnnxExtractor(o);
    }
    options.threads = threads;
    cv::setNumThreads(threads);  // OpenCV's own parallel loops share the same cores
    auto source = openFolderSource(dir, options);
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuSeconds();
    std::size_t done = 0;
    double checksum = 0;
    for (auto batch = source->next(); !batch.empty(); batch = source->next()) {
        std::vector<cv::Mat> images;
        for (const SourceItem& item : batch) {
            if (item.ok()) {
                images.push_back(item.rgb);
            }
        }
        const auto features = extractor->extract(images);
        checksum += double(features.sum());
        done += images.size();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = cpuSeconds() - cpuStart;
    // On a shared machine wall time depends on the other load; CPU time does not, and
    // images per CPU-second x threads is what `threads` idle cores would give.
    std::printf("%s %s: %zu images in %.2f s wall = %.1f images/s with %d threads; CPU %.2f s = "
                "%.1f images per CPU-second (x%d = %.1f images/s on idle cores); peak RSS %.0f MiB "
                "(checksum %.3g)\n",
                mode.c_str(), extractor->id().c_str(), done, seconds, double(done) / seconds, threads, cpu,
                double(done) / cpu, threads, threads * double(done) / cpu, peakRssMiB(), checksum);
    return 0;
}

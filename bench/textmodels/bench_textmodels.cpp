// Plain timed harness (not part of the test suite). Prints one line per measurement: median of
// the repetitions, CPU time of the process, and peak RSS. With --out DIR it also writes the MAUVE
// features (mauve_p.f32, mauve_q.f32, 5000×256 float32) and the KN corpus (kn_train.txt,
// kn_test.txt) so that run_reference.py times the reference route on the same inputs.
#include "genlens/metrics/text/embedding.h"
#include "genlens/metrics/text/kneserney.h"
#include "genlens/metrics/text/mauve.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace genlens::metrics;
using namespace genlens::metrics::text;

namespace {

double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

// Runs `body` `reps` times; prints the median wall time and the mean CPU time per run.
void timed(const char* name, int reps, const std::function<std::string()>& body)
{
    std::vector<double> wall;
    std::string note;
    const double cpu0 = cpuSeconds();
    for (int r = 0; r < reps; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        note = body();
        wall.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(wall.begin(), wall.end());
    std::printf("%-34s median %8.3f s  cpu/run %8.3f s  peak RSS %7.1f MiB  %s\n", name,
                wall[wall.size() / 2], (cpuSeconds() - cpu0) / reps, peakRssMiB(), note.c_str());
    std::fflush(stdout);
}

// Sentences from a sparse random Markov chain over a Zipf vocabulary (the shape of real text's
// n-gram statistics: many singletons, a heavy head).
std::vector<std::vector<std::string>> markovCorpus(std::size_t tokens, std::uint32_t seed)
{
    std::mt19937_64 rng(seed);
    const int vocabulary = 20000;
    std::vector<double> weights(vocabulary);
    for (int i = 0; i < vocabulary; ++i) {
        weights[static_cast<std::size_t>(i)] = 1.0 / (i + 1);
    }
    std::discrete_distribution<int> zipf(weights.begin(), weights.end());
    std::vector<std::vector<int>> successors(vocabulary);
    for (auto& s : successors) {
        for (int k = 0; k < 8; ++k) {
            s.push_back(zipf(rng));
        }
    }
    std::uniform_int_distribution<int> length(5, 30);
    std::uniform_real_distribution<double> coin(0, 1);
    std::vector<std::vector<std::string>> out;
    std::size_t count = 0;
    while (count < tokens) {
        const int n = length(rng);
        std::vector<std::string> sentence;
        int w = zipf(rng);
        for (int i = 0; i < n; ++i) {
            sentence.push_back("w" + std::to_string(w));
            w = coin(rng) < 0.7 ? successors[static_cast<std::size_t>(w)][rng() % 8] : zipf(rng);
        }
        count += sentence.size();
        out.push_back(std::move(sentence));
    }
    return out;
}

void writeCorpus(const std::string& path, const std::vector<std::vector<std::string>>& corpus)
{
    std::ofstream out(path);
    for (const auto& s : corpus) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            out << (i ? " " : "") << s[i];
        }
        out << '\n';
    }
}

void writeF32(const std::string& path, const RowMatrixXf& m)
{
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(m.data()),
              static_cast<std::streamsize>(sizeof(float) * static_cast<std::size_t>(m.size())));
}

} // namespace

int main(int argc, char** argv)
{
    std::string outDir;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--out") == 0) {
            outDir = argv[i + 1];
        }
    }

    // --- Kneser-Ney: order 3, 1M training tokens, score 100k tokens.
    const auto train = markovCorpus(1000000, 1);
    const auto test = markovCorpus(100000, 2);
    if (!outDir.empty()) {
        writeCorpus(outDir + "/kn_train.txt", train);
        writeCorpus(outDir + "/kn_test.txt", test);
    }
    KneserNeyModel model(3);
    timed("kn_train_order3_1M_tokens", 3, [&] {
        model.train(train);
        return "vocabulary " + std::to_string(model.vocabularySize());
    });
    timed("kn_perplexity_100k_tokens", 3, [&] {
        const auto r = model.perplexity(test);
        char buf[96];
        std::snprintf(buf, sizeof buf, "ppl %.3f tokens %zu unknown %zu", r.corpus, r.tokens,
                      r.unknownTokens);
        return std::string(buf);
    });

    // --- builtin-text-1: 10k texts of ~50 words built from the corpus.
    std::vector<std::string> texts;
    for (std::size_t i = 0; texts.size() < 10000; ++i) {
        std::string t;
        for (std::size_t k = 0; k < 3; ++k) {
            for (const auto& w : train[(3 * i + k) % train.size()]) {
                t += w;
                t += ' ';
            }
        }
        texts.push_back(std::move(t));
    }
    timed("embed_builtin_text_1_10k_texts", 3, [&] {
        const RowMatrixXf e = embedTexts(texts);
        return "dim " + std::to_string(e.cols());
    });

    // --- MAUVE: 5000×256 vs 5000×256, mixtures of 50 (p) and 40 (q) Gaussian components.
    std::mt19937 rng(7);
    std::normal_distribution<float> normal;
    const int n = 5000;
    const int d = 256;
    RowMatrixXf centres(50, d);
    for (Eigen::Index i = 0; i < centres.size(); ++i) {
        centres.data()[i] = 0.5f * normal(rng);
    }
    RowMatrixXf p(n, d);
    RowMatrixXf q(n, d);
    for (int i = 0; i < n; ++i) {
        const auto a = static_cast<Eigen::Index>(rng() % 50);
        const auto b = static_cast<Eigen::Index>(rng() % 40);
        for (int j = 0; j < d; ++j) {
            p(i, j) = centres(a, j) + normal(rng);
            q(i, j) = centres(b, j) + 1.1f * normal(rng);
        }
    }
    if (!outDir.empty()) {
        writeF32(outDir + "/mauve_p.f32", p);
        writeF32(outDir + "/mauve_q.f32", q);
    }
    timed("mauve_5000x256_default", 3, [&] {
        const MauveResult r = mauve(p, q);
        char buf[96];
        std::snprintf(buf, sizeof buf, "mauve %.4f buckets %d pca dims %d", r.mauve, r.numBuckets,
                      r.pcaDims);
        return std::string(buf);
    });
    timed("mauve_seed_spread_5_seeds", 1, [&] {
        const MauveSpread s = mauveSeedSpread(p, q, {}, 5);
        char buf[96];
        std::snprintf(buf, sizeof buf, "mean %.4f std %.4f min %.4f max %.4f", s.mean, s.std, s.min,
                      s.max);
        return std::string(buf);
    });
    return 0;
}

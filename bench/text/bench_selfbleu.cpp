// Self-BLEU timing: the exact linear method on 10,000 samples, and its ratio to the naive
// O(n^2) definition on 1,000. Usage: bench_selfbleu [--dump FILE N] (writes N synthetic samples,
// one per line, for bench/text/selfbleu_nltk.py).
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <genlens/metrics/text/selfbleu.h>
#include <random>
#include <string>
#include <vector>

using namespace genlens::metrics::text;

namespace {

// Zipf-distributed words over a 5,000-word vocabulary, 8-40 tokens per sample: close to the
// n-gram statistics of generated English sentences.
std::vector<std::vector<std::string>> makeCorpus(std::size_t n, unsigned seed)
{
    std::mt19937_64 rng(seed);
    const int vocabulary = 5000;
    std::vector<double> weights(vocabulary);
    for (int i = 0; i < vocabulary; ++i) {
        weights[static_cast<std::size_t>(i)] = 1.0 / (i + 1.0);
    }
    std::discrete_distribution<int> word(weights.begin(), weights.end());
    std::uniform_int_distribution<int> len(8, 40);
    std::vector<std::vector<std::string>> corpus(n);
    for (auto& s : corpus) {
        const int l = len(rng);
        for (int i = 0; i < l; ++i) {
            s.push_back("w" + std::to_string(word(rng)));
        }
    }
    return corpus;
}

// Process CPU seconds: the machine the figures come from is shared, so wall time overstates.
double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double g_lastWall = 0;

template<typename F> double seconds(F&& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = cpuSeconds();
    f();
    g_lastWall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return cpuSeconds() - c0;
}

double meanOf(const NltkBleuStatistics& st, int order)
{
    return selfBleu(st, order).mean;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--dump") == 0) {
        const auto corpus = makeCorpus(std::stoul(argv[3]), 7);
        std::ofstream out(argv[2]);
        for (const auto& s : corpus) {
            for (std::size_t i = 0; i < s.size(); ++i) {
                out << (i ? " " : "") << s[i];
            }
            out << '\n';
        }
        return 0;
    }
    {
        const auto corpus = makeCorpus(10000, 7);
        NltkBleuStatistics st;
        double sb[4] = {};
        const double t = seconds([&] {
            st = selfBleuStatistics(corpus, 5);
            for (int order = 2; order <= 5; ++order) {
                sb[order - 2] = meanOf(st, order);
            }
        });
        std::printf("fast  n=10000 orders 2-5: %.3f s CPU (%.3f s wall)  self_bleu_2..5 = %.6f "
                    "%.6f %.6f %.6f\n",
                    t, g_lastWall, sb[0], sb[1], sb[2], sb[3]);
    }
    {
        const auto corpus = makeCorpus(1000, 7);
        NltkBleuStatistics fast;
        NltkBleuStatistics naive;
        double tf = 1e300;
        for (int rep = 0; rep < 5; ++rep) {
            tf = std::min(tf, seconds([&] { fast = selfBleuStatistics(corpus, 5); }));
        }
        const double tn = seconds([&] { naive = selfBleuStatisticsNaive(corpus, 5); });
        double maxDiff = 0;
        for (int order = 2; order <= 5; ++order) {
            const auto a = selfBleu(fast, order).perSample;
            const auto b = selfBleu(naive, order).perSample;
            for (std::size_t i = 0; i < a.size(); ++i) {
                maxDiff = std::max(maxDiff, std::abs(a[i] - b[i]));
            }
        }
        // the corpus `--dump FILE 1000` writes; selfbleu_nltk.py FILE 500 times nltk on its head
        const std::vector<std::vector<std::string>> head(corpus.begin(), corpus.begin() + 500);
        NltkBleuStatistics st500;
        const double t500 = seconds([&] { st500 = selfBleuStatistics(head, 4); });
        std::printf("n=500: self_bleu (order 4) = %.12f in %.4f s CPU (compare selfbleu_nltk.py)\n",
                    meanOf(st500, 4), t500);
        std::printf("n=1000 (CPU): fast %.4f s, naive %.3f s, ratio %.0fx, max |diff| %.3g\n", tf,
                    tn, tn / tf, maxDiff);
    }
    return 0;
}

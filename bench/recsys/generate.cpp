// Writes a synthetic recommendation data set with Zipf item popularity:
//   train.csv  user,item,rating,timestamp   (TRAIN rows, items ~ Zipf(1.0))
//   truth.csv  user,item,relevance          (1..10 held-out items per user, graded 1..5)
//   recs.csv   user,item,score              (top-LIST per user, score descending)
//   items.csv  item,categories              (1..3 of 20 categories, '|'-separated)
// Usage: recsys_bench_generate OUTDIR [USERS=100000] [LIST=100] [TRAIN=1000000] [ITEMS=50000]
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

struct Zipf
{
    std::vector<double> cdf;
    explicit Zipf(int n, double s)
    {
        cdf.resize(static_cast<std::size_t>(n));
        double sum = 0;
        for (int i = 0; i < n; ++i) {
            sum += 1.0 / std::pow(i + 1.0, s);
            cdf[static_cast<std::size_t>(i)] = sum;
        }
        for (double& c : cdf) {
            c /= sum;
        }
    }
    int operator()(std::mt19937_64& rng) const
    {
        const double u = std::uniform_real_distribution<double>(0, 1)(rng);
        return static_cast<int>(std::lower_bound(cdf.begin(), cdf.end(), u) - cdf.begin());
    }
};

FILE* openOut(const std::string& path)
{
    FILE* f = std::fopen(path.c_str(), "w");
    if (!f) {
        std::perror(path.c_str());
        std::exit(1);
    }
    static std::vector<char> buffers[4];
    static int next = 0;
    buffers[next].resize(1 << 22);
    std::setvbuf(f, buffers[next].data(), _IOFBF, buffers[next].size());
    ++next;
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTDIR [USERS] [LIST] [TRAIN] [ITEMS]\n", argv[0]);
        return 1;
    }
    const std::string out = argv[1];
    const int users = argc > 2 ? std::atoi(argv[2]) : 100000;
    const int listLength = argc > 3 ? std::atoi(argv[3]) : 100;
    const long trainRows = argc > 4 ? std::atol(argv[4]) : 1000000;
    const int items = argc > 5 ? std::atoi(argv[5]) : 50000;
    std::mt19937_64 rng(20261125);
    const Zipf zipf(items, 1.0);

    FILE* train = openOut(out + "/train.csv");
    std::fprintf(train, "user,item,rating,timestamp\n");
    for (long r = 0; r < trainRows; ++r) {
        const auto u = static_cast<int>(rng() % static_cast<unsigned>(users));
        std::fprintf(train, "u%d,i%d,%d,%ld\n", u, zipf(rng), static_cast<int>(1 + rng() % 5),
                     1600000000L + r);
    }
    std::fclose(train);

    FILE* truth = openOut(out + "/truth.csv");
    FILE* recs = openOut(out + "/recs.csv");
    std::fprintf(truth, "user,item,relevance\n");
    std::fprintf(recs, "user,item,score\n");
    std::vector<int> held, list;
    std::vector<char> used(static_cast<std::size_t>(items), 0);
    for (int u = 0; u < users; ++u) {
        held.clear();
        const int n = 1 + static_cast<int>(rng() % 10);
        while (static_cast<int>(held.size()) < n) {
            const int i = zipf(rng);
            if (!used[static_cast<std::size_t>(i)]) {
                used[static_cast<std::size_t>(i)] = 1;
                held.push_back(i);
                std::fprintf(truth, "u%d,i%d,%d\n", u, i, static_cast<int>(1 + rng() % 5));
            }
        }
        for (int i : held) {
            used[static_cast<std::size_t>(i)] = 0;
        }
        // A recommender that finds about a third of the held-out items, otherwise popular items.
        list.clear();
        for (int i : held) {
            if (rng() % 3 == 0) {
                list.push_back(i);
                used[static_cast<std::size_t>(i)] = 1;
            }
        }
        while (static_cast<int>(list.size()) < listLength) {
            const int i = zipf(rng);
            if (!used[static_cast<std::size_t>(i)]) {
                used[static_cast<std::size_t>(i)] = 1;
                list.push_back(i);
            }
        }
        std::shuffle(list.begin(), list.begin() + std::min<long>(list.size(), 30), rng);
        for (int j = 0; j < listLength; ++j) {
            std::fprintf(recs, "u%d,i%d,%.3f\n", u, list[static_cast<std::size_t>(j)],
                         1.0 - j / static_cast<double>(listLength));
            used[static_cast<std::size_t>(list[static_cast<std::size_t>(j)])] = 0;
        }
    }
    std::fclose(truth);
    std::fclose(recs);

    FILE* itemFile = openOut(out + "/items.csv");
    std::fprintf(itemFile, "item,categories\n");
    for (int i = 0; i < items; ++i) {
        const int k = 1 + static_cast<int>(rng() % 3);
        std::fprintf(itemFile, "i%d,", i);
        for (int c = 0; c < k; ++c) {
            std::fprintf(itemFile, "%scat%d", c ? "|" : "", static_cast<int>(rng() % 20));
        }
        std::fprintf(itemFile, "\n");
    }
    std::fclose(itemFile);
    std::printf("wrote %d users x top-%d, %ld training rows, %d items to %s\n", users, listLength,
                trainRows, items, out.c_str());
    return 0;
}

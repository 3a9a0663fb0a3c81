// The text metrics on the thread pool (docs/textmodels.md, "Threads"): every parallel function
// gives bit-identical results for 1, 2 and 3 threads. The inputs are larger than the functions'
// fixed work units (row chunks, GEMM tiles, progress batches), so several tasks really run.
#include "genlens/metrics/text/copydetect.h"
#include "genlens/metrics/text/diversity.h"
#include "genlens/metrics/text/embedding.h"
#include "genlens/metrics/text/kmeans.h"
#include "genlens/metrics/text/kneserney.h"
#include "genlens/metrics/text/mauve.h"
#include "genlens/metrics/text/ngram.h"
#include "genlens/metrics/text/pca.h"
#include "genlens/metrics/text/selfbleu.h"
#include "genlens/metrics/text/tokenizer.h"

#include <QTest>
#include <cstring>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using namespace genlens::metrics;
using namespace genlens::metrics::text;

namespace {

using Sentences = std::vector<std::vector<std::string>>;

// Gaussian blobs around `centres` random centres (d dimensions), float32.
RowMatrixXf blobs(int rows, int d, int centres, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    RowMatrixXf c(centres, d);
    for (Eigen::Index i = 0; i < c.size(); ++i) {
        c.data()[i] = 4.0f * normal(rng);
    }
    RowMatrixXf x(rows, d);
    for (int i = 0; i < rows; ++i) {
        const int k = i % centres;
        for (int j = 0; j < d; ++j) {
            x(i, j) = c(k, j) + normal(rng);
        }
    }
    return x;
}

// Sentences of 1..30 words from a Zipf-like vocabulary; every 50th sentence repeats an earlier
// one (copies for the copy detection and the Self-BLEU tables).
Sentences sentences(int n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<double> weights(400);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        weights[i] = 1.0 / static_cast<double>(i + 1);
    }
    std::discrete_distribution<int> word(weights.begin(), weights.end());
    std::uniform_int_distribution<int> length(1, 30);
    Sentences out;
    for (int i = 0; i < n; ++i) {
        if (i % 50 == 49) {
            out.push_back(out[static_cast<std::size_t>(i / 2)]);
            continue;
        }
        std::vector<std::string> s;
        const int l = length(rng);
        for (int j = 0; j < l; ++j) {
            s.push_back("w" + std::to_string(word(rng)));
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<std::string> joined(const Sentences& s)
{
    std::vector<std::string> out;
    for (const auto& words : s) {
        std::string t;
        for (const auto& w : words) {
            t += (t.empty() ? "" : " ") + w;
        }
        out.push_back(t);
    }
    return out;
}

// Exact equality, NaN equal to NaN (bit patterns). QCOMPARE on doubles is fuzzy (qFuzzyCompare),
// so every floating-point result is compared here.
bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof(double)) == 0;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b)
{
    return a.size() == b.size()
        && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

template<typename Matrix> bool sameBits(const Matrix& a, const Matrix& b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
        && (a.size() == 0
            || std::memcmp(a.data(), b.data(),
                           static_cast<std::size_t>(a.size()) * sizeof(typename Matrix::Scalar))
                == 0);
}

bool sameStatistics(const NltkBleuStatistics& a, const NltkBleuStatistics& b)
{
    return a.maxOrder == b.maxOrder && a.hypLen == b.hypLen && a.refLen == b.refLen
        && a.numerator == b.numerator && a.denominator == b.denominator;
}

const int kThreadCounts[] = {2, 3};

} // namespace

class TextThreadsTest : public QObject
{
    Q_OBJECT

private slots:
    void kmeansSameForAnyThreadCount_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("clusters");
        QTest::addColumn<bool>("accelerated");
        QTest::newRow("5000 rows, 40 clusters, Hamerly") << 5000 << 40 << true;
        QTest::newRow("5000 rows, 40 clusters, plain Lloyd") << 5000 << 40 << false;
        QTest::newRow("300 rows (one chunk), 7 clusters") << 300 << 7 << true;
    }
    void kmeansSameForAnyThreadCount()
    {
        QFETCH(int, rows);
        QFETCH(int, clusters);
        QFETCH(bool, accelerated);
        // More blobs than clusters: clusters merge and points move for several iterations.
        const RowMatrixXf x = blobs(rows, 24, clusters + 9, 7);
        KMeansOptions o;
        o.clusters = clusters;
        o.restarts = 2;
        o.seed = 11;
        o.accelerated = accelerated;
        const KMeansResult one = kmeans(x, o, {}, 1);
        QVERIFY(one.iterations > 1);
        for (int threads : kThreadCounts) {
            const KMeansResult r = kmeans(x, o, {}, threads);
            QCOMPARE(r.labels, one.labels);
            QVERIFY(sameBits(r.centroids, one.centroids));
            QVERIFY(sameBits(r.inertia, one.inertia));
            QCOMPARE(r.iterations, one.iterations);
            QCOMPARE(r.keptRestart, one.keptRestart);
        }
    }

    void pcaSameForAnyThreadCount_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::newRow("covariance route, 3000 x 100") << 3000 << 100;
        QTest::newRow("Gram route, 90 x 300") << 90 << 300;
    }
    void pcaSameForAnyThreadCount()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        const RowMatrixXd x = blobs(rows, cols, 6, 3).cast<double>();
        const PcaResult one = fitPca(x, 1);
        const int dims = static_cast<int>(one.components.rows()) / 2;
        const RowMatrixXd projectedOne = pcaTransform(one, x, dims, 1);
        for (int threads : kThreadCounts) {
            const PcaResult r = fitPca(x, threads);
            QVERIFY(sameBits(r.mean, one.mean));
            QVERIFY(sameBits(r.components, one.components));
            QVERIFY(sameBits(r.explainedVariance, one.explainedVariance));
            QVERIFY(sameBits(r.explainedVarianceRatio, one.explainedVarianceRatio));
            QVERIFY(sameBits(pcaTransform(one, x, dims, threads), projectedOne));
        }
    }

    void mauveSameForAnyThreadCount()
    {
        const RowMatrixXf p = blobs(2500, 32, 30, 5);
        const RowMatrixXf q = blobs(2500, 32, 25, 6);
        MauveOptions o;
        o.kmeansRestarts = 2;
        const MauveResult one = mauve(p, q, o, {}, 1);
        for (int threads : kThreadCounts) {
            const MauveResult r = mauve(p, q, o, {}, threads);
            QVERIFY(sameBits(r.mauve, one.mauve));
            QCOMPARE(r.pcaDims, one.pcaDims);
            QVERIFY(sameBits(r.curveX, one.curveX));
            QVERIFY(sameBits(r.curveY, one.curveY));
            QCOMPARE(r.labelsP, one.labelsP);
            QCOMPARE(r.labelsQ, one.labelsQ);
        }
    }

    void embeddingSameForAnyThreadCount_data()
    {
        QTest::addColumn<int>("texts");
        QTest::newRow("5000 texts (3 batches)") << 5000;
        QTest::newRow("10 texts (one task)") << 10;
    }
    void embeddingSameForAnyThreadCount()
    {
        QFETCH(int, texts);
        const std::vector<std::string> corpus = joined(sentences(texts, 21));
        const std::vector<std::string> other = joined(sentences(texts, 22));
        const RowMatrixXf one = embedTexts(corpus, {}, {}, 1);
        TextEmbedder fittedOne;
        fittedOne.fit(corpus, {}, 1);
        const RowMatrixXf otherOne = fittedOne.transform(other, {}, 1);
        for (int threads : kThreadCounts) {
            QVERIFY(sameBits(embedTexts(corpus, {}, {}, threads), one));
            TextEmbedder fitted;
            fitted.fit(corpus, {}, threads);
            QVERIFY(sameBits(fitted.transform(other, {}, 1), otherOne));
            QVERIFY(sameBits(fittedOne.transform(other, {}, threads), otherOne));
        }
    }

    void perplexitySameForAnyThreadCount()
    {
        const Sentences train = sentences(3000, 31);
        const Sentences test = sentences(2000, 32);
        KneserNeyModel model(3);
        model.train(train);
        const PerplexityResult one = model.perplexity(test, 1);
        for (int threads : kThreadCounts) {
            const PerplexityResult r = model.perplexity(test, threads);
            QVERIFY(sameBits(r.corpus, one.corpus));
            QVERIFY(sameBits(r.perSentence, one.perSentence));
            QCOMPARE(r.tokens, one.tokens);
            QCOMPARE(r.unknownTokens, one.unknownTokens);
        }
    }

    void tokenizeAllSameForAnyThreadCount()
    {
        // 1000 texts: several 256-text chunks, the last one short.
        std::vector<std::string> texts = joined(sentences(1000, 41));
        std::vector<std::vector<std::string>> serial;
        for (std::string& t : texts) {
            t += "-x, (y)."; // something for 13a to split
            serial.push_back(tokenize(t, TokenizerKind::Tok13a));
        }
        for (int threads : kThreadCounts) {
            QVERIFY(tokenizeAll(texts, TokenizerKind::Tok13a, {}, threads) == serial);
        }
    }

    void sharedNgramCountsGiveTheSameResults()
    {
        // The pipeline counts a set's n-grams once, to Self-BLEU's order 5, and takes distinct-n
        // (order 4) from the same counts: equal to counting to order 4.
        const Sentences samples = sentences(800, 43);
        const CorpusNgrams counts = countCorpusNgrams(samples, 5, 2);
        const DiversityResult shared = diversity(counts, 4, 2);
        const DiversityResult own = diversity(samples, 4, 1);
        QVERIFY(sameBits(shared.distinct, own.distinct));
        QVERIFY(sameBits(shared.entropy, own.entropy));
        QVERIFY(sameBits(shared.repetition, own.repetition));
        for (std::size_t o = 0; o < 4; ++o) {
            QVERIFY(sameBits(shared.perSampleRepetition[o], own.perSampleRepetition[o]));
        }
        QVERIFY(sameStatistics(selfBleuStatistics(counts, {}, 2), selfBleuStatistics(samples, 5, {}, 1)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, diversity(counts, 6, 1));
    }

    void copyDetectionSameForAnyThreadCount()
    {
        const Sentences real = sentences(3000, 41);
        Sentences generated = sentences(2500, 42);
        for (std::size_t i = 0; i < generated.size(); i += 7) {
            generated[i] = real[i]; // whole copies
        }
        const std::vector<CopyMatch> one = longestCommonRuns(generated, real, {}, 1);
        for (int threads : kThreadCounts) {
            const std::vector<CopyMatch> r = longestCommonRuns(generated, real, {}, threads);
            QCOMPARE(r.size(), one.size());
            for (std::size_t i = 0; i < r.size(); ++i) {
                QCOMPARE(r[i].real, one[i].real);
                QCOMPARE(r[i].longestRun, one[i].longestRun);
                QVERIFY(sameBits(r[i].overlap, one[i].overlap));
            }
        }
    }

    void ngramStatisticsSameForAnyThreadCount_data()
    {
        QTest::addColumn<int>("samples");
        QTest::newRow("2500 samples (3 progress blocks)") << 2500;
        QTest::newRow("3 samples") << 3;
    }
    void ngramStatisticsSameForAnyThreadCount()
    {
        QFETCH(int, samples);
        const Sentences hyp = sentences(samples, 51);
        const Sentences ref = sentences(samples + 100, 52);
        const CorpusNgrams countsOne = countCorpusNgrams(hyp, 4, 1);
        const NltkBleuStatistics selfOne = selfBleuStatistics(hyp, 5, {}, 1);
        const NltkBleuStatistics againstOne = bleuAgainstSetStatistics(hyp, ref, 4, {}, 1);
        const DiversityResult diversityOne = diversity(hyp, 4, 1);
        // The linear Self-BLEU still equals the O(n²) definition.
        if (samples < 100) {
            QVERIFY(sameStatistics(selfOne, selfBleuStatisticsNaive(hyp, 5)));
        }
        for (int threads : kThreadCounts) {
            const CorpusNgrams counts = countCorpusNgrams(hyp, 4, threads);
            QCOMPARE(counts.vocabularySize, countsOne.vocabularySize);
            QCOMPARE(counts.lengths, countsOne.lengths);
            QVERIFY(counts.counts == countsOne.counts);
            QVERIFY(sameStatistics(selfBleuStatistics(hyp, 5, {}, threads), selfOne));
            QVERIFY(sameStatistics(bleuAgainstSetStatistics(hyp, ref, 4, {}, threads), againstOne));
            const DiversityResult d = diversity(hyp, 4, threads);
            QVERIFY(sameBits(d.distinct, diversityOne.distinct));
            QVERIFY(sameBits(d.entropy, diversityOne.entropy));
            QVERIFY(sameBits(d.repetition, diversityOne.repetition));
            QCOMPARE(d.perSampleRepetition.size(), diversityOne.perSampleRepetition.size());
            for (std::size_t o = 0; o < d.perSampleRepetition.size(); ++o) {
                QVERIFY(sameBits(d.perSampleRepetition[o], diversityOne.perSampleRepetition[o]));
            }
        }
    }
};

QTEST_MAIN(TextThreadsTest)
#include "tst_textthreads.moc"

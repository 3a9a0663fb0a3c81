#include <QtTest>
#include <cmath>
#include <genlens/metrics/text/copydetect.h>
#include <genlens/metrics/text/diversity.h>
#include <genlens/metrics/text/selfbleu.h>
#include <genlens/metrics/text/tokenizer.h>
#include <random>

using namespace genlens::metrics::text;

namespace {

// Self-BLEU fast vs naive and vs nltk must agree to 1e-12 (the bar); both C++ routes
// share the final formula, so in practice they agree exactly.
constexpr double kSelfBleuTolerance = 1e-12;

std::vector<std::vector<std::string>> splitAll(const std::vector<std::string>& texts)
{
    std::vector<std::vector<std::string>> out;
    for (const std::string& t : texts) {
        out.push_back(tokenize(t, TokenizerKind::None));
    }
    return out;
}

const std::string kR1
    = "It is a guide to action that ensures that the military will forever heed Party commands";
const std::string kR2 = "It is the guiding principle which guarantees the military forces always "
                        "being under the command of the Party";
const std::string kR3
    = "It is the practical guide for the army always to heed the directions of the party";
const std::string kH1 = "It is a guide to action which ensures that the military always obeys the "
                        "commands of the party";
const std::string kH2 = "he read the book because he was interested in world history";

} // namespace

class TestSelfBleu : public QObject
{
    Q_OBJECT

private slots:
    void publishedVectors();
    void againstNltkFixture();
    void fastEqualsNaive_data();
    void fastEqualsNaive();
    void degenerate();
    void bleuAgainstSet();
    void diversityHandWorked();
    void copyDetection();
    void copyDetectionRandom();
};

void TestSelfBleu::publishedVectors()
{
    // fast-bleu README, verified with nltk method1 (text-metrics.md §3).
    const auto samples = splitAll({kR1, kR2, kR3});
    const NltkBleuStatistics st = selfBleuStatistics(samples, 5);
    const std::vector<double> expected2
        = {0.25819888974716115, 0.3615507630310936, 0.37080992435478316};
    const std::vector<double> expected3
        = {0.07808966656190802, 0.20140621167558334, 0.2141533574180157};
    const SelfBleuResult b2 = selfBleu(st, 2);
    const SelfBleuResult b3 = selfBleu(st, 3);
    for (std::size_t i = 0; i < 3; ++i) {
        QVERIFY(std::abs(b2.perSample[i] - expected2[i]) <= kSelfBleuTolerance);
        QVERIFY(std::abs(b3.perSample[i] - expected3[i]) <= kSelfBleuTolerance);
    }
    QVERIFY(std::abs(b2.mean - (expected2[0] + expected2[1] + expected2[2]) / 3) <= 1e-15);
}

void TestSelfBleu::againstNltkFixture()
{
    // tests/data/text/make_selfbleu_fixture.py (nltk 3.8 sentence_bleu, method1, leave-one-out).
    QFile f(QStringLiteral(GENLENS_TEST_DATA "/text/selfbleu_nltk.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    std::vector<std::string> texts;
    for (const QJsonValue& v : root.value(QStringLiteral("samples")).toArray()) {
        texts.push_back(v.toString().toStdString());
    }
    QCOMPARE(texts.size(), std::size_t(17));
    const auto samples = splitAll(texts);
    const NltkBleuStatistics st = selfBleuStatistics(samples, 5);
    const QJsonObject expected = root.value(QStringLiteral("self_bleu")).toObject();
    for (int order = 2; order <= 5; ++order) {
        const QJsonArray values = expected.value(QString::number(order)).toArray();
        QCOMPARE(values.size(), qsizetype(texts.size()));
        const SelfBleuResult r = selfBleu(st, order);
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const double want = values.at(static_cast<qsizetype>(i)).toDouble();
            QVERIFY2(std::abs(r.perSample[i] - want) <= kSelfBleuTolerance,
                     qPrintable(QStringLiteral("order %1 sample %2: %3 vs nltk %4")
                                    .arg(order)
                                    .arg(i)
                                    .arg(r.perSample[i], 0, 'g', 17)
                                    .arg(want, 0, 'g', 17)));
        }
    }
}

void TestSelfBleu::fastEqualsNaive_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("vocabulary");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<uint>("seed");
    QTest::addRow("300-small-vocab") << 300 << 8 << 20 << 1u;
    QTest::addRow("300-large-vocab") << 300 << 200 << 40 << 2u;
    QTest::addRow("200-short") << 200 << 5 << 4 << 3u;
}

void TestSelfBleu::fastEqualsNaive()
{
    QFETCH(int, samples);
    QFETCH(int, vocabulary);
    QFETCH(int, maxLength);
    QFETCH(uint, seed);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> len(0, maxLength);
    std::uniform_int_distribution<int> word(0, vocabulary - 1);
    std::vector<std::vector<std::string>> corpus(static_cast<std::size_t>(samples));
    for (auto& s : corpus) {
        const int n = len(rng);
        for (int i = 0; i < n; ++i) {
            s.push_back("w" + std::to_string(word(rng)));
        }
    }
    // exact duplicates exercise ties of the largest count
    corpus[1] = corpus[0];
    const NltkBleuStatistics fast = selfBleuStatistics(corpus, 5);
    const NltkBleuStatistics naive = selfBleuStatisticsNaive(corpus, 5);
    QCOMPARE(fast.refLen, naive.refLen);
    QCOMPARE(fast.numerator, naive.numerator);
    QCOMPARE(fast.denominator, naive.denominator);
    for (int order = 2; order <= 5; ++order) {
        const SelfBleuResult a = selfBleu(fast, order);
        const SelfBleuResult b = selfBleu(naive, order);
        for (std::size_t i = 0; i < corpus.size(); ++i) {
            QVERIFY(std::abs(a.perSample[i] - b.perSample[i]) <= kSelfBleuTolerance);
        }
        QVERIFY(std::abs(a.mean - b.mean) <= kSelfBleuTolerance);
    }
    QVERIFY(std::abs(selfBleu(fast, 4).perSample[0] - 1.0) < 1e-15 || corpus[0].size() < 4);
}

void TestSelfBleu::degenerate()
{
    // One sample has no reference: NaN, not a made-up value.
    const NltkBleuStatistics one = selfBleuStatistics({{"a", "b"}}, 4);
    QVERIFY(std::isnan(selfBleu(one, 4).mean));
    // An empty sample scores 0 (nltk returns 0 when the unigram numerator is 0).
    const NltkBleuStatistics st = selfBleuStatistics({{}, {"a"}}, 4);
    QCOMPARE(selfBleu(st, 4).perSample[0], 0.0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, selfBleuStatistics({{"a"}}, 0));
}

void TestSelfBleu::bleuAgainstSet()
{
    // text-metrics.md §3: BLEU-2 of h1 and h2 vs {r1,r2,r3} = [0.7453559924999299,
    // 0.01913802311271591]; nltk docstring sentence_bleu([r1,r2,r3], h1) = 0.5045666840058485.
    const NltkBleuStatistics st
        = bleuAgainstSetStatistics(splitAll({kH1, kH2}), splitAll({kR1, kR2, kR3}), 4);
    QVERIFY(std::abs(nltkBleuFromStatistics(st, 0, 2) - 0.7453559924999299) <= kSelfBleuTolerance);
    QVERIFY(std::abs(nltkBleuFromStatistics(st, 1, 2) - 0.01913802311271591) <= kSelfBleuTolerance);
    QVERIFY(std::abs(nltkBleuFromStatistics(st, 0, 4) - 0.5045666840058485) <= kSelfBleuTolerance);
}

void TestSelfBleu::diversityHandWorked()
{
    // Corpus of distinct_n/test.py; pooled distinct-n worked by hand: 11 unique of 22 unigrams,
    // 15 unique of 18 bigrams.
    const auto samples = splitAll({"the cat sat on the mat", "mat the on sat cat the",
                                   "i do not know", "Sorry but i do not know"});
    const DiversityResult d = diversity(samples, 4);
    QVERIFY(std::abs(d.distinct[0] - 11.0 / 22) < 1e-15);
    QVERIFY(std::abs(d.distinct[1] - 15.0 / 18) < 1e-15);
    // unigram counts: the 4, eight words twice, Sorry and but once
    const double h = -(4.0 / 22 * std::log(4.0 / 22) + 8 * (2.0 / 22 * std::log(2.0 / 22))
                       + 2 * (1.0 / 22 * std::log(1.0 / 22)));
    QVERIFY(std::abs(d.entropy[0] - h) < 1e-12);
    // seq-rep-1 of "the cat sat on the mat" = 1 - 5/6
    QVERIFY(std::abs(d.perSampleRepetition[0][0] - 1.0 / 6) < 1e-15);
    const DiversityResult rep = diversity(splitAll({"the the the the the", ""}), 2);
    QVERIFY(std::abs(rep.distinct[0] - 0.2) < 1e-15);
    QVERIFY(std::abs(rep.perSampleRepetition[1][0] - 0.75) < 1e-15);
    QVERIFY(std::isnan(rep.perSampleRepetition[0][1]));
    QVERIFY(std::abs(rep.repetition[0] - 0.8) < 1e-15);
}

namespace {

std::size_t longestCommonSubstring(const std::vector<std::string>& a,
                                   const std::vector<std::string>& b)
{
    std::size_t best = 0;
    std::vector<std::size_t> prev(b.size() + 1, 0);
    std::vector<std::size_t> cur(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
            best = std::max(best, cur[j]);
        }
        std::swap(prev, cur);
    }
    return best;
}

} // namespace

void TestSelfBleu::copyDetection()
{
    const auto real = splitAll({"the cat sat on the mat", "a dog ran in the park today",
                                "the cat sat down", "completely different words"});
    const auto gen = splitAll({"yesterday a dog ran in the park", "the cat sat", "nothing shared",
                               "", "words different completely"});
    const std::vector<CopyMatch> m = longestCommonRuns(gen, real);
    QCOMPARE(m[0].real, std::int64_t(1));
    QCOMPARE(m[0].longestRun, std::size_t(6));
    QVERIFY(std::abs(m[0].overlap - 6.0 / 7) < 1e-15);
    // "the cat sat" occurs in real 0 and real 2: the first occurrence wins.
    QCOMPARE(m[1].real, std::int64_t(0));
    QCOMPARE(m[1].overlap, 1.0);
    QCOMPARE(m[2].real, std::int64_t(-1));
    QCOMPARE(m[3].real, std::int64_t(-1));
    QCOMPARE(m[3].overlap, 0.0);
    // runs never cross sample boundaries: "words different" is not in any real sample
    QCOMPARE(m[4].longestRun, std::size_t(1));
}

void TestSelfBleu::copyDetectionRandom()
{
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> word(0, 5);
    std::uniform_int_distribution<int> len(0, 15);
    const auto make = [&](int n) {
        std::vector<std::vector<std::string>> set(static_cast<std::size_t>(n));
        for (auto& s : set) {
            const int l = len(rng);
            for (int i = 0; i < l; ++i) {
                s.push_back(std::string(1, static_cast<char>('a' + word(rng))));
            }
        }
        return set;
    };
    const auto real = make(60);
    const auto gen = make(80);
    const std::vector<CopyMatch> m = longestCommonRuns(gen, real);
    for (std::size_t i = 0; i < gen.size(); ++i) {
        std::size_t best = 0;
        for (const auto& r : real) {
            best = std::max(best, longestCommonSubstring(gen[i], r));
        }
        QCOMPARE(m[i].longestRun, best);
        if (best > 0) {
            QCOMPARE(longestCommonSubstring(gen[i], real[static_cast<std::size_t>(m[i].real)]),
                     best);
        }
    }
}

QTEST_MAIN(TestSelfBleu)
#include "tst_selfbleu.moc"

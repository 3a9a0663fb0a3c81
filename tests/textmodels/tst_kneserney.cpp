#include "genlens/metrics/text/kneserney.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <limits>

using genlens::metrics::text::KneserNeyModel;

namespace {

// Every expected value is an exact rational (hand case) or computed in float64 by the fixture
// script; the C++ sums the same terms in a different order, so agreement to ~1e-12 relative.
constexpr double kTolerance = 1e-10;

using Sentences = std::vector<std::vector<std::string>>;

std::vector<std::string> split(const QString& text)
{
    std::vector<std::string> out;
    const auto parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        out.push_back(p.toStdString());
    }
    return out;
}

Sentences splitAll(const QJsonArray& lines)
{
    Sentences out;
    for (const auto& v : lines) {
        out.push_back(split(v.toString()));
    }
    return out;
}

bool close(double actual, double expected)
{
    return std::abs(actual - expected) <= kTolerance * std::max(1.0, std::abs(expected));
}

QJsonObject loadFixture()
{
    QFile f(QStringLiteral(GENLENS_TEST_DATA "/textmodels/kn_fixture.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot open kn_fixture.json");
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The hand-worked corpus: order 2, sentences "a b" and "a".
KneserNeyModel handModel()
{
    KneserNeyModel m(2);
    m.train({{"a", "b"}, {"a"}});
    return m;
}

} // namespace

class TestKneserNey : public QObject
{
    Q_OBJECT

private slots:
    // Hand-worked, order 2, training sentences "a b" and "a":
    //   padded: <s> a b </s> | <s> a </s>.  V = {a, b, </s>}, |V| = 3, uniform = 1/(3+1) = 1/4.
    //   bigrams (highest order, raw counts): <s>a:2, ab:1, b</s>:1, a</s>:1
    //     count-of-counts n1=3 n2=1 n3=0  -> n3 = 0: fallback D = (0.5, 1, 1.5)
    //   unigrams (continuation counts): a:|{<s>}|=1, b:|{a}|=1, </s>:|{b,a}|=2
    //     n1=2 n2=1 n3=0 -> fallback (0.5, 1, 1.5)
    //   unigram level: Σa = 4, γ = 0.5 + 0.5 + 1.0 = 2
    //     P1(a) = (1-0.5 + 2·1/4)/4 = 1/4;  P1(b) = 1/4;  P1(</s>) = (2-1 + 2/4)/4 = 3/8;
    //     P1(<unk>) = (2/4)/4 = 1/8                                  (sum 1)
    //   context <s>: Σa = 2 (a:2), γ = D2 = 1
    //     P(a|<s>) = (2-1 + 1/4)/2 = 5/8; P(b|<s>) = (1/4)/2 = 1/8; P(</s>|<s>) = (3/8)/2 = 3/16;
    //     P(<unk>|<s>) = (1/8)/2 = 1/16                              (sum 1)
    //   context a: Σa = 2 (b:1, </s>:1), γ = 0.5 + 0.5 = 1
    //     P(b|a) = (0.5 + 1/4)/2 = 3/8; P(</s>|a) = (0.5 + 3/8)/2 = 7/16; P(a|a) = 1/8
    //   context b: Σa = 1 (</s>:1), γ = 0.5
    //     P(</s>|b) = 0.5 + 0.5·3/8 = 11/16; P(a|b) = 0.5·1/4 = 1/8
    //   unseen context "zz" (-> <unk>, no bigram node): the unigram distribution.
    void handComputed_data()
    {
        QTest::addColumn<QStringList>("context");
        QTest::addColumn<QString>("word");
        QTest::addColumn<double>("expected");
        QTest::newRow("a|<s>") << QStringList {} << QStringLiteral("a") << 5.0 / 8;
        QTest::newRow("b|<s>") << QStringList {} << QStringLiteral("b") << 1.0 / 8;
        QTest::newRow("</s>|<s>") << QStringList {} << QStringLiteral("</s>") << 3.0 / 16;
        QTest::newRow("unk|<s>") << QStringList {} << QStringLiteral("qq") << 1.0 / 16;
        QTest::newRow("explicit <s>")
            << QStringList {QStringLiteral("<s>")} << QStringLiteral("a") << 5.0 / 8;
        QTest::newRow("b|a") << QStringList {QStringLiteral("a")} << QStringLiteral("b") << 3.0 / 8;
        QTest::newRow("</s>|a") << QStringList {QStringLiteral("a")} << QStringLiteral("</s>")
                                << 7.0 / 16;
        QTest::newRow("a|a") << QStringList {QStringLiteral("a")} << QStringLiteral("a") << 1.0 / 8;
        QTest::newRow("</s>|b") << QStringList {QStringLiteral("b")} << QStringLiteral("</s>")
                                << 11.0 / 16;
        QTest::newRow("a|b") << QStringList {QStringLiteral("b")} << QStringLiteral("a") << 1.0 / 8;
        QTest::newRow("longer context uses last")
            << QStringList {QStringLiteral("b"), QStringLiteral("a")} << QStringLiteral("b")
            << 3.0 / 8;
        QTest::newRow("a|unseen") << QStringList {QStringLiteral("zz")} << QStringLiteral("a")
                                  << 1.0 / 4;
        QTest::newRow("</s>|unseen")
            << QStringList {QStringLiteral("zz")} << QStringLiteral("</s>") << 3.0 / 8;
        QTest::newRow("unk|unseen")
            << QStringList {QStringLiteral("zz")} << QStringLiteral("yy") << 1.0 / 8;
    }

    void handComputed()
    {
        QFETCH(QStringList, context);
        QFETCH(QString, word);
        QFETCH(double, expected);
        const KneserNeyModel m = handModel();
        std::vector<std::string> ctx;
        for (const QString& c : context) {
            ctx.push_back(c.toStdString());
        }
        QVERIFY2(
            close(std::exp(m.logProb(ctx, word.toStdString())), expected),
            qPrintable(QString::number(std::exp(m.logProb(ctx, word.toStdString())), 'g', 17)));
    }

    void handPerplexity()
    {
        const KneserNeyModel m = handModel();
        QCOMPARE(m.vocabularySize(), std::size_t(3));
        QVERIFY(m.usedDiscountFallback(1));
        QVERIFY(m.usedDiscountFallback(2));
        QCOMPARE(m.countOfCounts(2), (std::array<std::size_t, 4> {3, 1, 0, 0}));
        QCOMPARE(m.countOfCounts(1), (std::array<std::size_t, 4> {2, 1, 0, 0}));
        // "a b": 5/8 · 3/8 · 11/16 over 3 tokens; "": 3/16 over 1; "c": 1/16 · 3/8 over 2
        // (after the unknown "c" the context has no bigram node: P(</s>) = P1(</s>) = 3/8).
        const auto r = m.perplexity({{"a", "b"}, {}, {"c"}});
        const double p1 = 5.0 / 8 * 3.0 / 8 * 11.0 / 16;
        const double p2 = 3.0 / 16;
        const double p3 = 1.0 / 16 * 3.0 / 8;
        QCOMPARE(r.tokens, std::size_t(6));
        QCOMPARE(r.unknownTokens, std::size_t(1));
        QCOMPARE(r.perSentence.size(), std::size_t(3));
        QVERIFY(close(r.perSentence[0], std::pow(p1, -1.0 / 3)));
        QVERIFY(close(r.perSentence[1], 1.0 / p2));
        QVERIFY(close(r.perSentence[2], std::pow(p3, -1.0 / 2)));
        QVERIFY(close(r.corpus, std::pow(p1 * p2 * p3, -1.0 / 6)));
        const auto lp = m.tokenLogProbs({"a", "b"});
        QCOMPARE(lp.size(), std::size_t(3));
        QVERIFY(close(lp[2], std::log(11.0 / 16)));
    }

    // KenLM's single <s>: in an order-3 model on the hand corpus, the first word is predicted from
    // the bigram context "<s>" alone. The bigram level has the same adjusted counts as the order-2
    // model above (continuation counts: ab 1, b</s> 1, a</s> 1; <s>a keeps its raw count 2), so
    // P(a | <s>) = 5/8 again (nltk's "<s> <s>" padding would give (2−1 + 1·5/8)/2 = 13/16).
    // Trigram context "<s> a": children b:1, </s>:1, Σa = 2, γ = 0.5 + 0.5 = 1 (fallback D):
    // P(b | <s> a) = (1 − 0.5 + 1 · 3/8)/2 = 7/16.
    void sentenceStartUsesOneBos()
    {
        KneserNeyModel m(3);
        m.train({{"a", "b"}, {"a"}});
        QVERIFY(close(std::exp(m.logProb({}, "a")), 5.0 / 8));
        QVERIFY(close(std::exp(m.logProb({"<s>"}, "a")), 5.0 / 8));
        QVERIFY(close(std::exp(m.logProb({"a"}, "b")), 7.0 / 16));
        QVERIFY(close(std::exp(m.logProb({"<s>", "a"}, "b")), 7.0 / 16));
        const auto lp = m.tokenLogProbs({"a", "b"});
        QVERIFY(close(lp[0], std::log(5.0 / 8)));
        QVERIFY(close(lp[1], std::log(7.0 / 16)));
    }

    void fixture_data()
    {
        QTest::addColumn<int>("index");
        const QJsonArray cases = loadFixture().value(QStringLiteral("cases")).toArray();
        for (int i = 0; i < cases.size(); ++i) {
            QTest::newRow(qPrintable(cases[i].toObject().value(QStringLiteral("name")).toString()))
                << i;
        }
    }

    // Against the independent Python implementation (tests/data/textmodels/make_kn_fixture.py).
    void fixture()
    {
        QFETCH(int, index);
        const QJsonObject all = loadFixture();
        const QJsonObject c = all.value(QStringLiteral("cases")).toArray()[index].toObject();
        const QJsonObject corpus = all.value(QStringLiteral("corpora"))
                                       .toObject()
                                       .value(c.value(QStringLiteral("corpus")).toString())
                                       .toObject();
        const int order = c.value(QStringLiteral("order")).toInt();
        KneserNeyModel m(order);
        m.train(splitAll(corpus.value(QStringLiteral("train")).toArray()));
        QCOMPARE(m.order(), order);
        QCOMPARE(static_cast<int>(m.vocabularySize()),
                 c.value(QStringLiteral("vocabularySize")).toInt());
        for (int n = 1; n <= order; ++n) {
            const QJsonArray d = c.value(QStringLiteral("discounts")).toArray()[n - 1].toArray();
            const auto got = m.discounts(n);
            for (int k = 0; k < 3; ++k) {
                QVERIFY(close(got[static_cast<std::size_t>(k)], d[k].toDouble()));
            }
            QCOMPARE(m.usedDiscountFallback(n),
                     c.value(QStringLiteral("fallback")).toArray()[n - 1].toBool());
            const QJsonArray cc
                = c.value(QStringLiteral("countOfCounts")).toArray()[n - 1].toArray();
            for (int k = 0; k < 4; ++k) {
                QCOMPARE(static_cast<int>(m.countOfCounts(n)[static_cast<std::size_t>(k)]),
                         cc[k].toInt());
            }
        }
        for (const auto& qv : c.value(QStringLiteral("queries")).toArray()) {
            const QJsonObject q = qv.toObject();
            std::vector<std::string> ctx;
            for (const auto& t : q.value(QStringLiteral("context")).toArray()) {
                ctx.push_back(t.toString().toStdString());
            }
            const double got
                = m.logProb(ctx, q.value(QStringLiteral("word")).toString().toStdString());
            QVERIFY2(
                close(got, q.value(QStringLiteral("logprob")).toDouble()),
                qPrintable(QStringLiteral("%1 after %2: %3 vs %4")
                               .arg(q.value(QStringLiteral("word")).toString())
                               .arg(QJsonDocument(q.value(QStringLiteral("context")).toArray())
                                        .toJson(QJsonDocument::Compact))
                               .arg(got, 0, 'g', 17)
                               .arg(q.value(QStringLiteral("logprob")).toDouble(), 0, 'g', 17)));
        }
        const auto r = m.perplexity(splitAll(corpus.value(QStringLiteral("test")).toArray()));
        const QJsonArray per = c.value(QStringLiteral("perSentence")).toArray();
        QCOMPARE(static_cast<int>(r.perSentence.size()), per.size());
        for (int i = 0; i < per.size(); ++i) {
            QVERIFY(close(r.perSentence[static_cast<std::size_t>(i)], per[i].toDouble()));
        }
        QVERIFY(close(r.corpus, c.value(QStringLiteral("corpus_ppl")).toDouble()));
        QCOMPARE(static_cast<int>(r.tokens), c.value(QStringLiteral("tokens")).toInt());
        QCOMPARE(static_cast<int>(r.unknownTokens),
                 c.value(QStringLiteral("unknownTokens")).toInt());
    }

    // Σ_{w ∈ V ∪ {<unk>}} P(w | context) = 1 for seen, partly seen and unseen contexts.
    void probabilitiesSumToOne_data()
    {
        QTest::addColumn<int>("order");
        for (int order = 1; order <= 5; ++order) {
            QTest::newRow(qPrintable(QStringLiteral("order %1").arg(order))) << order;
        }
    }

    void probabilitiesSumToOne()
    {
        QFETCH(int, order);
        const QJsonObject corpus = loadFixture()
                                       .value(QStringLiteral("corpora"))
                                       .toObject()
                                       .value(QStringLiteral("markov"))
                                       .toObject();
        const Sentences train = splitAll(corpus.value(QStringLiteral("train")).toArray());
        KneserNeyModel m(order);
        m.train(train);
        std::vector<std::string> vocabulary {"</s>", "an-unknown-word"};
        for (int i = 0; i < 150; ++i) {
            vocabulary.push_back("w" + std::to_string(i));
        }
        // Every word of the 150-word generator appears in 2000 sentences except possibly a few
        // rare ones; those are unknown, and must not be counted twice with <unk>.
        std::vector<std::string> inVocabulary {"</s>", "an-unknown-word"};
        for (std::size_t i = 2; i < vocabulary.size(); ++i) {
            if (m.logProb({"w0"}, vocabulary[i]) != m.logProb({"w0"}, "an-unknown-word")) {
                inVocabulary.push_back(vocabulary[i]);
            }
        }
        QCOMPARE(inVocabulary.size(), m.vocabularySize() + 1);
        const std::vector<std::vector<std::string>> contexts = {{},
                                                                {"w0"},
                                                                {"w0", "w1"},
                                                                {"w3", "w7", "w2"},
                                                                {"never", "seen"},
                                                                {"w2", "never"},
                                                                {"never", "w2"},
                                                                train[5],
                                                                train[17],
                                                                {"<s>", "w4"}};
        for (const auto& ctx : contexts) {
            double sum = 0;
            for (const auto& w : inVocabulary) {
                sum += std::exp(m.logProb(ctx, w));
            }
            QVERIFY2(std::abs(sum - 1.0) < 1e-12, qPrintable(QString::number(sum - 1.0)));
        }
    }

    void forwardAndReverse()
    {
        const Sentences real {{"a", "b"}, {"a"}};
        const Sentences generated {{"a", "b"}, {}, {"c"}};
        const auto both = genlens::metrics::text::forwardReversePerplexity(real, generated, 2);
        // Forward = the hand-worked model scoring the generated set (see handPerplexity).
        const double p1 = 5.0 / 8 * 3.0 / 8 * 11.0 / 16;
        const double p2 = 3.0 / 16;
        const double p3 = 1.0 / 16 * 3.0 / 8;
        QVERIFY(close(both.forward.corpus, std::pow(p1 * p2 * p3, -1.0 / 6)));
        KneserNeyModel reverse(2);
        reverse.train(generated);
        QVERIFY(close(both.reverse.corpus, reverse.perplexity(real).corpus));
        QCOMPARE(both.reverse.tokens, std::size_t(5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 genlens::metrics::text::forwardReversePerplexity({}, generated));
    }

    void edgeCases()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, KneserNeyModel(0));
        KneserNeyModel m(3);
        QVERIFY(!m.isTrained());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, m.perplexity({{"a"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m.train({}));

        // Only empty sentences: V = {</s>}, every probability mass on </s> except the <unk> share.
        m.train({{}, {}, {}});
        QCOMPARE(m.vocabularySize(), std::size_t(1));
        const double pEos = std::exp(m.logProb({}, "</s>"));
        const double pUnk = std::exp(m.logProb({}, "zzz"));
        QVERIFY(close(pEos + pUnk, 1.0));
        QVERIFY(pEos > pUnk && pUnk > 0);

        m.train({{"a", "b"}, {"<s>", "a"}});
        // "<s>" inside a sentence is an ordinary unknown word, never a marker.
        QCOMPARE(m.vocabularySize(), std::size_t(3));
        QVERIFY(std::isinf(m.logProb({}, "<s>")));
        const auto r = m.perplexity({{"<s>"}, {"</s>"}});
        QCOMPARE(r.unknownTokens, std::size_t(2));
        QVERIFY(std::isfinite(r.corpus));
        const auto none = m.perplexity({});
        QVERIFY(std::isnan(none.corpus));
        QCOMPARE(none.tokens, std::size_t(0));

        // Copies are independent; retraining replaces the model.
        KneserNeyModel copy = m;
        m.train({{"x"}});
        QCOMPARE(copy.vocabularySize(), std::size_t(3));
        QCOMPARE(m.vocabularySize(), std::size_t(2));
    }
};

QTEST_MAIN(TestKneserNey)
#include "tst_kneserney.moc"

#include "genlens/metrics/text/embedding.h"

#include <QTest>
#include <cmath>
#include <cstring>

using namespace genlens::metrics;
using namespace genlens::metrics::text;

namespace {

// Unit-norm rows are normalised in double and stored as float.
constexpr double kNormTolerance = 1e-6;

double distance(const RowMatrixXf& m, Eigen::Index a, Eigen::Index b)
{
    return (m.row(a) - m.row(b)).norm();
}

const std::vector<std::string> kCorpus = {
    "The cat sat on the mat.", // 0
    "The cat sat on a mat!", // 1
    "Quantum chromodynamics describes the strong interaction between quarks.", // 2
    "我爱北京天安门。", // 3
    "我爱北京的天安门", // 4
    "今天天气很好，我们去公园散步。", // 5
    "Stock markets fell sharply after the announcement.", // 6
    "", // 7
};

} // namespace

class TestTextEmbedding : public QObject
{
    Q_OBJECT

private slots:
    void identifier()
    {
        QCOMPARE(QString::fromUtf8(textEmbeddingId()), QStringLiteral("builtin-text-1"));
    }

    void shapeAndNorm()
    {
        const RowMatrixXf e = embedTexts(kCorpus);
        QCOMPARE(e.rows(), Eigen::Index(kCorpus.size()));
        QCOMPARE(e.cols(), Eigen::Index(256));
        for (Eigen::Index i = 0; i < e.rows(); ++i) {
            if (i == 7) {
                QCOMPARE(e.row(i).norm(), 0.0f); // empty text: zero vector
            } else {
                QVERIFY(std::abs(e.row(i).norm() - 1.0) < kNormTolerance);
            }
        }
        const RowMatrixXf small = embedTexts(kCorpus, {32, 0});
        QCOMPARE(small.cols(), Eigen::Index(32));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, embedTexts(kCorpus, {0, 0}));
        QCOMPARE(embedTexts({}).rows(), Eigen::Index(0));
    }

    void deterministic()
    {
        const RowMatrixXf a = embedTexts(kCorpus);
        const RowMatrixXf b = embedTexts(kCorpus);
        QVERIFY(std::memcmp(a.data(), b.data(), sizeof(float) * static_cast<std::size_t>(a.size()))
                == 0);
        const RowMatrixXf c = embedTexts(kCorpus, {256, 7});
        QVERIFY((a - c).norm() > 0.1f); // the seed selects another projection
        // Version pin for "builtin-text-1": these values were printed by this implementation on
        // x86-64 when the id was introduced. A change of tokenisation, hashing, weighting or
        // projection must change the id (and these numbers) so that cached features never mix.
        const RowMatrixXf pin = embedTexts({"The cat sat on the mat.", "我爱北京天安门。"});
        struct Pinned
        {
            int row;
            int col;
            float value;
        };
        const Pinned pinned[]
            = {{0, 0, -0.0981753767f}, {0, 1, -0.0300638322f}, {0, 2, -0.0292998087f},
               {1, 0, -0.0480697937f}, {1, 1, -0.0378211103f}, {1, 2, -0.0102486825f}};
        for (const Pinned& p : pinned) {
            QVERIFY2(std::abs(pin(p.row, p.col) - p.value) < 1e-6f,
                     qPrintable(QString::number(pin(p.row, p.col), 'g', 9)));
        }
        // All 256 coordinates through one weighted sum Σ (k mod 7 − 3) · e_k.
        const double weighted[2] = {2.26873000246, 1.29642877728};
        for (int r = 0; r < 2; ++r) {
            double s = 0;
            for (int k = 0; k < 256; ++k) {
                s += (k % 7 - 3) * double(pin(r, k));
            }
            QVERIFY2(std::abs(s - weighted[r]) < 1e-5, qPrintable(QString::number(s, 'g', 12)));
        }
    }

    void similarTextsAreCloser()
    {
        const RowMatrixXf e = embedTexts(kCorpus);
        QVERIFY(distance(e, 0, 1) < distance(e, 0, 2));
        QVERIFY(distance(e, 0, 1) < distance(e, 0, 6));
        QVERIFY(distance(e, 0, 1)
                < 1.1); // unrelated texts sit near √2 ± 0.1 (projection noise at 256-d)
        QVERIFY(distance(e, 0, 2) > 1.2); // nearly orthogonal
    }

    void chinese()
    {
        const RowMatrixXf e = embedTexts(kCorpus);
        QVERIFY(distance(e, 3, 4) < distance(e, 3, 5));
        QVERIFY(distance(e, 3, 4) < distance(e, 3, 0));
        QVERIFY(distance(e, 3, 4) < 1.1);
        // Characters are code points: a Chinese line with no spaces still has many features.
        const RowMatrixXf one = embedTexts({"天"});
        QVERIFY(std::abs(one.row(0).norm() - 1.0) < kNormTolerance);
    }

    void normalisation()
    {
        // Full-width ASCII folds to ASCII, case folds, white space runs collapse.
        const RowMatrixXf e
            = embedTexts({"ＨＥＬＬＯ  World", "hello world", "hello\t\u3000world "});
        QCOMPARE(e.row(0), e.row(1));
        QCOMPARE(e.row(1), e.row(2));
        // Invalid UTF-8 becomes U+FFFD: no crash, finite unit rows.
        const RowMatrixXf bad = embedTexts({std::string("abc\xff\xfe def\xc3", 10), "abc def"});
        QVERIFY(bad.allFinite());
        QVERIFY(std::abs(bad.row(0).norm() - 1.0) < kNormTolerance);
    }

    void fitOnReference()
    {
        TextEmbedder embedder;
        embedder.fit(kCorpus);
        QCOMPARE(embedder.fittedDocuments(), kCorpus.size());
        const RowMatrixXf viaEmbedder = embedder.transform(kCorpus);
        QCOMPARE(viaEmbedder, embedTexts(kCorpus));
        // Embedding a new text does not change the others: the IDF is fixed by the fit.
        const RowMatrixXf more = embedder.transform({kCorpus[0], "A completely new sentence."});
        QCOMPARE(RowMatrixXf(more.row(0)), RowMatrixXf(viaEmbedder.row(0)));
    }

    void progressAndCancel()
    {
        std::vector<std::string> many(1000, "some text here");
        std::size_t last = 0;
        std::size_t total = 0;
        bool monotone = true;
        embedTexts(many, {}, [&](std::size_t done, std::size_t t) {
            monotone = monotone && done >= last;
            last = done;
            total = t;
            return true;
        });
        QVERIFY(monotone);
        QCOMPARE(total, std::size_t(2000));
        QCOMPARE(last, std::size_t(2000));
        bool threw = false;
        try {
            embedTexts(many, {}, [](std::size_t done, std::size_t) { return done < 500; });
        } catch (const Cancelled&) {
            threw = true;
        }
        QVERIFY(threw);
    }
};

QTEST_MAIN(TestTextEmbedding)
#include "tst_textembedding.moc"

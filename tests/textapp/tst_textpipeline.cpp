#include "cli/textcommand.h"
#include "evaluation/resultjson.h"
#include "models/evaluationjob.h"
#include "models/featuremapdata.h"
#include "pipeline/textpipeline.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/sets/projection.h>
#include <genlens/metrics/text/embedding.h>
#include <genlens/metrics/text/selfbleu.h>
#include <genlens/metrics/text/tokenizer.h>

using namespace genlens::app;

namespace {

// BLEU/chrF vectors (sacrebleu test_bleu.py and text-metrics.md §3) are given to 1e-6.
constexpr double kTolerance = 1e-6;

class TestContext : public PipelineContext
{
public:
    void beginStage(const QString& name, qint64 total) override
    {
        stages.append(name);
        (void)total;
    }
    bool advance(qint64 done, qint64 total) override
    {
        (void)done;
        (void)total;
        return !cancel;
    }
    bool isCanceled() const override { return cancel; }
    void publishPartial(const RunResult& partial) override
    {
        partialMetricCounts.append(partial.metrics.size());
        partialExtras.append(partial.extra);
    }

    QStringList stages;
    QList<qsizetype> partialMetricCounts;
    QList<QJsonObject> partialExtras;
    bool cancel = false;
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(text.toUtf8());
    return path;
}

double metric(const RunResult& r, const char* key)
{
    const MetricValue* m = r.metric(QString::fromLatin1(key));
    return m ? m->value : std::nan("");
}

const ScoreColumn* column(const QList<ScoreColumn>& cols, const char* key)
{
    for (const ScoreColumn& c : cols) {
        if (c.key == QLatin1String(key)) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

class TestTextPipeline : public QObject
{
    Q_OBJECT

private slots:
    void english();
    void chineseAuto();
    void alignmentWithSkippedRecords();
    void errors();
    void cancel();
    void command();
    void modelMetrics();
    void featureMap();
    void featuresCommand();
    void sameJsonForAnyThreadCount();

private:
    QTemporaryDir m_dir;
};

void TestTextPipeline::english()
{
    TextEvalOptions o;
    // sacrebleu test_bleu.py corpus: hypotheses and two reference streams.
    o.generatedPath = writeFile(m_dir, QStringLiteral("hyp.txt"),
                                QStringLiteral("The dog bit the man.\nIt wasn't surprising.\n"
                                               "The man had just bitten him.\n"));
    o.referencePaths = {writeFile(m_dir, QStringLiteral("ref1.txt"),
                                  QStringLiteral("The dog bit the man.\nIt was not unexpected.\n"
                                                 "The man bit him first.\n")),
                        writeFile(m_dir, QStringLiteral("ref2.txt"),
                                  QStringLiteral("The dog had bit the man.\nNo one was surprised.\n"
                                                 "The man had bitten the dog.\n"))};
    o.realPath = writeFile(m_dir, QStringLiteral("real.jsonl"),
                           QStringLiteral("{\"text\": \"The man bit him first.\"}\n"
                                          "{\"text\": \"A dog bit the man.\"}\n"
                                          "{\"other\": 1}\n"
                                          "{\"text\": \"Nobody was surprised at all.\"}\n"));
    TestContext ctx;
    const RunResult r = evaluateText(o, ctx);
    QCOMPARE(r.modality, QStringLiteral("text"));
    QVERIFY(std::abs(metric(r, "bleu") - 48.530827) < kTolerance);
    QVERIFY(std::abs(metric(r, "chrf") - 59.73) < 0.005); // text-metrics.md §3, 2 decimals
    QVERIFY(metric(r, "rouge_l") > 0 && metric(r, "rouge_l") <= 1);
    for (const char* key : {"self_bleu", "self_bleu_2", "self_bleu_3", "self_bleu_5", "distinct_1",
                            "distinct_2", "distinct_3", "distinct_4", "length_ks", "copy_fraction",
                            "repetition_4", "ngram_entropy_1"}) {
        QVERIFY2(r.metric(QString::fromLatin1(key)) != nullptr, key);
    }
    // Self-BLEU equals the library value on the same tokens.
    std::vector<std::vector<std::string>> tokens;
    for (const char* s :
         {"The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."}) {
        tokens.push_back(
            genlens::metrics::text::tokenize(s, genlens::metrics::text::TokenizerKind::Tok13a));
    }
    const auto st = genlens::metrics::text::selfBleuStatistics(tokens, 4);
    QCOMPARE(metric(r, "self_bleu"), genlens::metrics::text::selfBleu(st, 4).mean);

    QCOMPARE(r.real.samples.size(), std::size_t(3));
    QCOMPARE(r.real.skipped.size(), 1);
    QCOMPARE(r.generated.samples.size(), std::size_t(3));
    for (const char* key :
         {"bleu", "bleu_real", "self_bleu", "repetition", "length", "copy_overlap"}) {
        const ScoreColumn* c = column(r.generatedScores, key);
        QVERIFY2(c && c->values.size() == 3, key);
    }
    // "The dog bit the man." shares "bit the man ." with real sample 1 ("A dog bit the man.").
    QCOMPARE(r.neighbours.front().from, qint64(0));
    QCOMPARE(r.neighbours.front().to, qint64(1));
    QVERIFY(std::abs(column(r.generatedScores, "copy_overlap")->values[0] - 5.0 / 6) < 1e-12);
    // sentence BLEU of the identical first segment is 100
    QVERIFY(std::abs(column(r.generatedScores, "bleu")->values[0] - 100.0) < 1e-9);
    QVERIFY(r.signature.startsWith(QStringLiteral("nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp")));
    QVERIFY(r.signature.contains(QStringLiteral("version:genlens-" GENLENS_VERSION)));
    QCOMPARE(r.settings.value(QStringLiteral("tokenize")).toString(), QStringLiteral("13a"));
    // Snapshots: after loading (no metrics yet), the set-level metrics, the language model, the
    // embedding-space metrics (before the feature map is drawn) and MAUVE, each holding more
    // metrics than the one before (or as many).
    QCOMPARE(ctx.partialMetricCounts.size(), 5);
    QCOMPARE(ctx.partialMetricCounts.front(), qsizetype(0));
    QVERIFY(ctx.partialMetricCounts.at(1) > 0);
    QCOMPARE(ctx.partialMetricCounts.at(2), ctx.partialMetricCounts.at(1) + 2);
    QVERIFY(metric(r, "perplexity_forward") > 1);
    // 3 samples per set are too few for k = 5: the emb_ keys are left out, with the reason.
    QVERIFY(r.metric(QStringLiteral("emb_fid")) == nullptr);
    QVERIFY(r.extra.value(QStringLiteral("embedding_skipped")).toArray().size() >= 1);
}

void TestTextPipeline::chineseAuto()
{
    TextEvalOptions o;
    o.tokenize = QStringLiteral("auto");
    o.generatedPath = writeFile(m_dir, QStringLiteral("zh_hyp.txt"),
                                QStringLiteral("今天天气很好。\r\n他去了学校。\r\n"));
    o.referencePaths = {writeFile(m_dir, QStringLiteral("zh_ref.txt"),
                                  QStringLiteral("今天的天气很好。\n他去学校了。\n"))};
    o.realPath = writeFile(m_dir, QStringLiteral("zh_real.csv"),
                           QStringLiteral("id,text\n1,\"今天的天气很好。\"\n2,他去学校了。\n"));
    TestContext ctx;
    const RunResult r = evaluateText(o, ctx);
    // text-metrics.md §3 CJK corpus (sacreBLEU 2.6.0): zh 45.943253, chrF 37.842054.
    QVERIFY(std::abs(metric(r, "bleu") - 45.943253) < kTolerance);
    QVERIFY(std::abs(metric(r, "chrf") - 37.842054) < kTolerance);
    QVERIFY(metric(r, "rouge_l") > 0); // CJK tokens, not rouge-score's [a-z0-9] filter
    QVERIFY(r.signature.contains(QStringLiteral("tok:zh")));
    QCOMPARE(r.settings.value(QStringLiteral("rouge_tokenizer")).toString(), QStringLiteral("zh"));
    // distinct-1 over characters: 今天天气很好。他去了学校。 has 13 tokens, 天 twice, 。 twice
    QVERIFY(std::abs(metric(r, "distinct_1") - 11.0 / 13) < 1e-12);
}

void TestTextPipeline::alignmentWithSkippedRecords()
{
    TextEvalOptions o;
    o.generatedPath
        = writeFile(m_dir, QStringLiteral("g.txt"), QStringLiteral("a b c d\n\nx y z\n"));
    o.referencePaths
        = {writeFile(m_dir, QStringLiteral("r.txt"), QStringLiteral("a b c d\nunused\nx y z\n"))};
    o.realPath = writeFile(m_dir, QStringLiteral("real.txt"), QStringLiteral("a b\n"));
    TestContext ctx;
    const RunResult r = evaluateText(o, ctx);
    QCOMPARE(r.generated.samples.size(), std::size_t(2));
    QCOMPARE(metric(r, "bleu"), 100.0); // record 3 pairs with reference line 3
    QCOMPARE(r.generated.skipped.size(), 1);
}

void TestTextPipeline::errors()
{
    TestContext ctx;
    TextEvalOptions o;
    o.generatedPath = writeFile(m_dir, QStringLiteral("e1.txt"), QStringLiteral("a\nb\n"));
    o.realPath = writeFile(m_dir, QStringLiteral("e2.txt"), QStringLiteral("\n\n"));
    QVERIFY_THROWS_EXCEPTION(InputError, evaluateText(o, ctx));
    o.realPath = o.generatedPath;
    o.referencePaths = {writeFile(m_dir, QStringLiteral("e3.txt"), QStringLiteral("a\n"))};
    QVERIFY_THROWS_EXCEPTION(InputError, evaluateText(o, ctx));
    o.referencePaths.clear();
    o.tokenize = QStringLiteral("spm");
    QVERIFY_THROWS_EXCEPTION(InputError, evaluateText(o, ctx));
}

void TestTextPipeline::cancel()
{
    TestContext ctx;
    ctx.cancel = true;
    TextEvalOptions o;
    o.generatedPath = writeFile(m_dir, QStringLiteral("c1.txt"), QStringLiteral("a b\nc d\n"));
    o.realPath = o.generatedPath;
    QVERIFY_THROWS_EXCEPTION(genlens::metrics::Cancelled, evaluateText(o, ctx));
}

void TestTextPipeline::command()
{
    const auto cmd = makeTextEvaluateCommand();
    QCOMPARE(cmd->modality(), QStringLiteral("text"));
    QCommandLineParser parser;
    cmd->addOptions(parser);
    const QString gen
        = writeFile(m_dir, QStringLiteral("cmd.txt"), QStringLiteral("a b c d e\nd e f g\n"));
    QVERIFY(parser.parse({QStringLiteral("genlens"), QStringLiteral("--real"), gen,
                          QStringLiteral("--generated"), gen, QStringLiteral("--tokenize"),
                          QStringLiteral("char")}));
    TestContext ctx;
    // The CLI fills the same request the window's dialog fills, and runs its pipeline.
    const auto run = [&](quint64 seed) {
        EvaluationRequest request;
        request.modality = cmd->modality();
        request.seed = seed;
        cmd->fill(parser, request);
        return makeEvaluation(request)(ctx);
    };
    const RunResult r = run(7);
    QCOMPARE(r.settings.value(QStringLiteral("tokenize")).toString(), QStringLiteral("char"));
    QVERIFY(r.signature.contains(QStringLiteral("seed:7")));
    QCOMPARE(metric(r, "copy_fraction"), 1.0);
    QVERIFY(parser.parse({QStringLiteral("genlens"), QStringLiteral("--real"), gen,
                          QStringLiteral("--generated"), gen, QStringLiteral("--lm-order"),
                          QStringLiteral("x")}));
    QVERIFY_THROWS_EXCEPTION(InputError, run(0));
}

void TestTextPipeline::modelMetrics()
{
    // 60 real and 60 generated sentences from two small templates: enough for k = 5 and MAUVE.
    QString real;
    QString gen;
    const QStringList animals
        = {QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("bird"),
           QStringLiteral("fox"), QStringLiteral("cow"), QStringLiteral("owl")};
    const QStringList verbs
        = {QStringLiteral("sees"),    QStringLiteral("likes"),  QStringLiteral("chases"),
           QStringLiteral("hears"),   QStringLiteral("finds"),  QStringLiteral("meets"),
           QStringLiteral("follows"), QStringLiteral("avoids"), QStringLiteral("greets"),
           QStringLiteral("watches")};
    for (int i = 0; i < 60; ++i) {
        real += QStringLiteral("the %1 %2 the %3 near the river .\n")
                    .arg(animals[i % 6], verbs[i % 10], animals[(i / 6) % 6]);
        gen += QStringLiteral("a %1 %2 a %3 in the old house today\n")
                   .arg(animals[(i + 1) % 6], verbs[(i * 7) % 10], animals[(i / 10) % 6]);
    }
    TextEvalOptions o;
    o.realPath = writeFile(m_dir, QStringLiteral("m_real.txt"), real);
    o.generatedPath = writeFile(m_dir, QStringLiteral("m_gen.txt"), gen);
    TestContext ctx;
    const RunResult r = evaluateText(o, ctx);
    QVERIFY(metric(r, "perplexity_forward") > 1);
    QVERIFY(metric(r, "perplexity_reverse") > 1);
    QVERIFY(metric(r, "mauve") > 0 && metric(r, "mauve") <= 1);
    for (const char* key :
         {"emb_fid", "emb_precision", "emb_recall", "emb_density", "emb_coverage"}) {
        QVERIFY2(std::isfinite(metric(r, key)), key);
    }
    QCOMPARE(r.extractor.value(QStringLiteral("id")).toString(), QStringLiteral("builtin-text-1"));
    QCOMPARE(column(r.generatedScores, "perplexity")->values.size(), std::size_t(60));
    QCOMPARE(column(r.realScores, "perplexity")->values.size(), std::size_t(60));
    // Identical sets: the embedding distributions coincide.
    o.generatedPath = o.realPath;
    const RunResult same = evaluateText(o, ctx);
    QVERIFY(std::abs(metric(same, "emb_fid")) < 1e-3);
    QVERIFY(metric(same, "mauve") > 0.99);
    QVERIFY(metric(same, "perplexity_forward") < metric(r, "perplexity_forward"));
}

// The embeddings' 2-D map (issue 6 item 4): its own stage after the embedding metrics, from
// their statistics, equal to the library's projection of the same embeddings; tiny sets that the
// k-NN metrics refuse still get a map.
void TestTextPipeline::featureMap()
{
    QStringList realLines;
    QStringList genLines;
    const QStringList animals = {QStringLiteral("cat"), QStringLiteral("dog"),
                                 QStringLiteral("bird"), QStringLiteral("fox")};
    for (int i = 0; i < 24; ++i) {
        realLines << QStringLiteral("the %1 sleeps near the %2 river number %3")
                         .arg(animals[i % 4], animals[(i / 4) % 4])
                         .arg(i);
        genLines << QStringLiteral("a %1 runs in the %2 house today %3")
                        .arg(animals[(i + 1) % 4], animals[(i / 3) % 4])
                        .arg(i % 5);
    }
    TextEvalOptions o;
    o.realPath = writeFile(m_dir, QStringLiteral("map_real.txt"), realLines.join(u'\n'));
    o.generatedPath = writeFile(m_dir, QStringLiteral("map_gen.txt"), genLines.join(u'\n'));
    o.seed = 3;
    TestContext ctx;
    const RunResult r = evaluateText(o, ctx);
    const qsizetype mapStage = ctx.stages.indexOf(QStringLiteral("feature map"));
    QVERIFY(mapStage > ctx.stages.indexOf(QStringLiteral("embedding metrics")));
    QVERIFY(mapStage < ctx.stages.indexOf(QStringLiteral("mauve")));
    QVERIFY(std::isfinite(metric(r, "emb_fid"))); // the map reused these statistics
    QVERIFY(r.timingsMs.contains(QStringLiteral("feature_map")));
    const FeatureMapData map = FeatureMapData::fromRun(&r);
    QCOMPARE(map.status(), FeatureMapData::Status::Available);
    QCOMPARE(map.features(), QStringLiteral("builtin-text-1"));
    QCOMPARE(map.dimension(), genlens::metrics::text::TextEmbeddingOptions().dim);
    QCOMPARE(map.points(SetRole::Real).total, 24);
    QCOMPARE(map.points(SetRole::Generated).total, 24);
    QCOMPARE(map.seed(), 3);
    // Pending in the partials published before the stage.
    QCOMPARE(FeatureMapData::fromRun(nullptr).status(), FeatureMapData::Status::NoRun);
    RunResult early;
    early.extra = ctx.partialExtras.first();
    QCOMPARE(FeatureMapData::fromRun(&early).status(), FeatureMapData::Status::Pending);

    // The library's projection of the same embeddings, to the stored rounding.
    std::vector<std::string> all;
    for (const QString& line : realLines + genLines) {
        all.push_back(line.toStdString());
    }
    const genlens::metrics::RowMatrixXf features
        = genlens::metrics::text::embedTexts(all, genlens::metrics::text::TextEmbeddingOptions());
    genlens::metrics::ProjectionOptions po;
    po.seed = 3;
    const genlens::metrics::FeatureProjection want
        = genlens::metrics::pcaProjection(features.topRows(24), features.bottomRows(24), po);
    const int decimals = r.extra.value(QStringLiteral("feature_map"))
                             .toObject()
                             .value(QStringLiteral("coordinate_decimals"))
                             .toInt();
    const double halfStep = 0.5 * std::pow(10.0, -decimals) * (1 + 1e-9);
    for (std::size_t i = 0; i < 24; ++i) {
        QVERIFY(std::abs(map.points(SetRole::Real).x[i] - want.real.x[i]) <= halfStep);
        QVERIFY(std::abs(map.points(SetRole::Generated).y[i] - want.generated.y[i]) <= halfStep);
    }

    // Three samples a set: the k-NN metrics are skipped (k = 5), the map is not.
    o.realPath = writeFile(m_dir, QStringLiteral("map_small_real.txt"),
                           QStringLiteral("one two\nthree four\nfive six\n"));
    o.generatedPath = writeFile(m_dir, QStringLiteral("map_small_gen.txt"),
                                QStringLiteral("one six\ntwo five\nfour\n"));
    TestContext small;
    const RunResult s = evaluateText(o, small);
    const QJsonArray skipped = s.extra.value(QStringLiteral("embedding_skipped")).toArray();
    QVERIFY(!skipped.isEmpty());
    for (const QJsonValue& v : skipped) {
        QVERIFY2(!v.toString().startsWith(QStringLiteral("feature map")),
                 qPrintable(v.toString()));
    }
    const FeatureMapData smallMap = FeatureMapData::fromRun(&s);
    QCOMPARE(smallMap.status(), FeatureMapData::Status::Available);
    QCOMPARE(smallMap.points(SetRole::Real).size(), 3);
}

void TestTextPipeline::featuresCommand()
{
    const auto cmd = makeTextFeaturesCommand();
    QVERIFY(cmd != nullptr);
    QCOMPARE(cmd->modality(), QStringLiteral("text"));
    QCommandLineParser parser;
    cmd->addOptions(parser);
    const QString input = writeFile(m_dir, QStringLiteral("feat.jsonl"),
                                    QStringLiteral("{\"text\": \"one\"}\n{\"x\": 1}\n"
                                                   "{\"text\": \"two words\"}\n"));
    const QString out = m_dir.filePath(QStringLiteral("feat.npy"));
    QVERIFY(parser.parse({QStringLiteral("genlens"), QStringLiteral("--input"), input,
                          QStringLiteral("--out"), out, QStringLiteral("--dim"),
                          QStringLiteral("32")}));
    TestContext ctx;
    const QString summary = cmd->run(parser, ctx);
    QVERIFY2(summary.contains(QStringLiteral("2 x 32"))
                 && summary.contains(QStringLiteral("1 records skipped")),
             qPrintable(summary));
    const genlens::metrics::RowMatrixXf m = genlens::metrics::readNpyMatrixXf(out.toStdString());
    QCOMPARE(m.rows(), Eigen::Index(2));
    QCOMPARE(m.cols(), Eigen::Index(32));
    QVERIFY(std::abs(m.row(0).norm() - 1.0f) < 1e-5f);
}

// The whole pipeline (issue 10 item 5): every stage, references included, gives the same JSON,
// timings aside, for any thread count: parallel tokenisation keeps the input order and the two
// language models trained side by side equal the ones trained one after the other. 700 samples
// span several tokenisation chunks (256 texts) and give MAUVE and the k-NN metrics enough points.
void TestTextPipeline::sameJsonForAnyThreadCount()
{
    const QStringList words
        = {QStringLiteral("cat"),   QStringLiteral("dog"),   QStringLiteral("sees"),
           QStringLiteral("river"), QStringLiteral("old"),   QStringLiteral("house"),
           QStringLiteral("runs"),  QStringLiteral("near"),  QStringLiteral("the"),
           QStringLiteral("a"),     QStringLiteral("quiet"), QStringLiteral("field")};
    QString real;
    QString gen;
    QString ref;
    for (int i = 0; i < 700; ++i) {
        QStringList r;
        QStringList g;
        QStringList f;
        for (int w = 0; w < 5 + i % 9; ++w) {
            r << words[(i * 7 + w * 3) % words.size()];
            g << words[(i * 5 + w * w) % words.size()];
            f << words[(i * 3 + w * 5) % words.size()];
        }
        real += r.join(QLatin1Char(' ')) + QStringLiteral(" .\n");
        gen += g.join(QLatin1Char(' ')) + QStringLiteral("\n");
        ref += f.join(QLatin1Char(' ')) + QStringLiteral(" !\n");
    }
    TextEvalOptions o;
    o.realPath = writeFile(m_dir, QStringLiteral("t_real.txt"), real);
    o.generatedPath = writeFile(m_dir, QStringLiteral("t_gen.txt"), gen);
    o.referencePaths = {writeFile(m_dir, QStringLiteral("t_ref.txt"), ref)};
    const auto json = [&](int threads) {
        TestContext ctx;
        ctx.session().setThreads(threads);
        QJsonObject doc = runResultToJson(evaluateText(o, ctx));
        doc.remove(QStringLiteral("timings_ms"));
        return QJsonDocument(doc).toJson(QJsonDocument::Compact);
    };
    const QByteArray one = json(1);
    QVERIFY(one.contains("\"perplexity_forward\""));
    QVERIFY(one.contains("\"mauve\""));
    QVERIFY(one.contains("\"bleu\""));
    for (int threads : {2, 3}) {
        QCOMPARE(json(threads), one);
    }
}

QTEST_MAIN(TestTextPipeline)
#include "tst_textpipeline.moc"

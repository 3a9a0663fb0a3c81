// End-to-end tests of `genlens evaluate image` on feature matrices (issue 2, item 7): the JSON
// contract of design.md §5, exit codes, bad input, --fail-if, --per-sample and --project; and
// `genlens evaluate recsys` against trec_eval on trec_eval's own test files.
#include "../recsys/trecevaloutput.h"
#include "project/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlens::app;
using namespace genlens::testing;

namespace {

// FID on 8-d features: the scipy route agrees with GenLens's eigenvalue route to float64 rounding.
constexpr double kFidRelativeTolerance = 1e-6;

QString dataFile(const char* name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/cli/") + QLatin1String(name);
}

QString trecEvalFile(const char* name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/recsys/trec_eval/") + QLatin1String(name);
}

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome runGenlens(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(GENLENS_BINARY_DIR "/genlens"), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// The value of one metric in a result JSON (design.md §5: metrics.KEY.value).
double metricValue(const QJsonObject& json, const QString& key)
{
    return json.value(QStringLiteral("metrics"))
        .toObject()
        .value(key)
        .toObject()
        .value(QStringLiteral("value"))
        .toDouble();
}

QJsonObject expected()
{
    QFile file(dataFile("expected.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList evaluate(const QString& real, const QString& generated, QStringList more = {})
{
    QStringList arguments{QStringLiteral("evaluate"), QStringLiteral("image"),
                          QStringLiteral("--real"),   real,
                          QStringLiteral("--generated"), generated,
                          QStringLiteral("--quiet"),  QStringLiteral("--kid-subset-size"),
                          QStringLiteral("50"),       QStringLiteral("--kid-subsets"),
                          QStringLiteral("10")};
    return arguments + more;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonFollowsTheContract()
    {
        const Outcome outcome = runGenlens(evaluate(dataFile("real.npy"), dataFile("generated.npy"),
                                                    {QStringLiteral("--json"), QStringLiteral("-")}));
        QCOMPARE(outcome.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(outcome.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("modality")).toString(), QStringLiteral("image"));
        QCOMPARE(json.value(QStringLiteral("genlens")).toString(), QStringLiteral(GENLENS_VERSION));
        const QJsonObject inputs = json.value(QStringLiteral("inputs")).toObject();
        QCOMPARE(inputs.value(QStringLiteral("real")).toObject().value(QStringLiteral("count")).toInt(),
                 200);
        QCOMPARE(inputs.value(QStringLiteral("generated"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 180);
        const QJsonObject metrics = json.value(QStringLiteral("metrics")).toObject();
        for (const char* key : {"fid", "kid", "precision", "recall", "density", "coverage",
                                "vendi_real", "vendi_generated", "memorized_fraction"}) {
            QVERIFY2(metrics.value(QLatin1String(key)).toObject().contains(QStringLiteral("value")),
                     key);
        }
        QVERIFY(metrics.value(QStringLiteral("kid")).toObject().contains(QStringLiteral("std")));
        const QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("k")).toInt(), 5);
        QCOMPARE(settings.value(QStringLiteral("kid_subsets")).toInt(), 10);
        QVERIFY(json.value(QStringLiteral("timings_ms")).toObject().contains(QStringLiteral("metrics")));

        // pytorch-fid's route (tests/data/cli/make_fixtures.py).
        const double fid = metrics.value(QStringLiteral("fid")).toObject().value(QStringLiteral("value")).toDouble();
        const double reference = expected().value(QStringLiteral("fid")).toDouble();
        QVERIFY2(std::abs(fid - reference) <= kFidRelativeTolerance * reference,
                 qPrintable(QStringLiteral("fid %1 vs scipy %2").arg(fid).arg(reference)));
    }

    void statisticsFileGivesTheSameFid()
    {
        const Outcome outcome
            = runGenlens(evaluate(dataFile("real_stats.npz"), dataFile("generated.npy"),
                                  {QStringLiteral("--json"), QStringLiteral("-")}));
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject metrics
            = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.keys(), QStringList{QStringLiteral("fid")});
        const double fid = metrics.value(QStringLiteral("fid")).toObject().value(QStringLiteral("value")).toDouble();
        const double reference = expected().value(QStringLiteral("fid")).toDouble();
        QVERIFY(std::abs(fid - reference) <= kFidRelativeTolerance * reference);
    }

    void nanRowsAreSkippedAndListed()
    {
        const Outcome outcome
            = runGenlens(evaluate(dataFile("real.npy"), dataFile("generated_nan.npy"),
                                  {QStringLiteral("--json"), QStringLiteral("-")}));
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(outcome.out).object();
        const QJsonObject generated = json.value(QStringLiteral("inputs"))
                                          .toObject()
                                          .value(QStringLiteral("generated"))
                                          .toObject();
        QCOMPARE(generated.value(QStringLiteral("count")).toInt(), 176);
        const QJsonArray skipped = generated.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 4);
        QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("line")).toInt(), 4);
        const double fid = metricValue(json, QStringLiteral("fid"));
        const double reference = expected().value(QStringLiteral("fid_nan_rows_dropped")).toDouble();
        QVERIFY(std::abs(fid - reference) <= kFidRelativeTolerance * reference);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("real");
        QTest::addColumn<QString>("generated");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing file") << dataFile("real.npy") << dataFile("absent.npy")
                                      << QStringLiteral("absent.npy: no such file");
        QTest::addRow("not an npy") << dataFile("not_npy.npy") << dataFile("generated.npy")
                                    << QStringLiteral("not_npy.npy");
        QTest::addRow("wrong ndim") << dataFile("real.npy") << dataFile("cube.npy")
                                    << QStringLiteral("expected a 2-D feature matrix");
        QTest::addRow("dimensions differ") << dataFile("real.npy") << dataFile("generated_dim6.npy")
                                           << QStringLiteral("feature dimensions differ");
        QTest::addRow("too few for k") << dataFile("real.npy") << dataFile("tiny.npy")
                                       << QStringLiteral("k = 5 needs at least 6");
    }

    void badInputIsRefused()
    {
        QFETCH(QString, real);
        QFETCH(QString, generated);
        QFETCH(QString, message);
        const Outcome outcome = runGenlens(evaluate(real, generated));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(QString::fromUtf8(outcome.err).contains(message), outcome.err.constData());
        QCOMPARE(QString::fromUtf8(outcome.err).count(QLatin1Char('\n')), 1);
    }

    void failIfGates_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("fid above 1 fails") << QStringLiteral("fid>1") << 3;
        QTest::addRow("fid above 100 passes") << QStringLiteral("fid>100") << 0;
        QTest::addRow("two conditions, one fails") << QStringLiteral("fid>100,precision<=1") << 3;
        QTest::addRow("unknown metric") << QStringLiteral("bleu<10") << 1;
        QTest::addRow("unreadable condition") << QStringLiteral("fid is large") << 1;
    }

    void failIfGates()
    {
        QFETCH(QString, condition);
        QFETCH(int, exitCode);
        const Outcome outcome = runGenlens(evaluate(dataFile("real.npy"), dataFile("generated.npy"),
                                                    {QStringLiteral("--fail-if"), condition}));
        QCOMPARE(outcome.exitCode, exitCode);
    }

    void perSampleCsvAndProject()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("scores.csv"));
        const QString project = dir.filePath(QStringLiteral("p.genlens"));
        const Outcome outcome = runGenlens(evaluate(
            dataFile("real.npy"), dataFile("generated.npy"),
            {QStringLiteral("--per-sample"), csv, QStringLiteral("--project"), project}));
        QCOMPARE(outcome.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 200 + 180);
        QVERIFY(lines.first().startsWith("set,index,source,label"));
        QVERIFY(lines.first().contains("realism"));

        ProjectStore store;
        store.open(project);
        const QList<RunSummary> runs = store.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, RunStatus::Finished);
        const RunResult stored = store.loadRun(runs.first().id);
        QVERIFY(stored.metric(QStringLiteral("fid")));
        QCOMPARE(stored.generated.samples.size(), std::size_t(180));
    }

    // trec_eval's qrels.test / results.test (with '#' comment lines) through the command, against
    // the 'all' lines of trec_eval's out.test.aq (tests/data/recsys/trec_eval/README.md).
    void recsysMatchesTrecEval_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<double>("expected");
        int rows = 0;
        for (const TrecEvalLine& line : trecEvalOutput(trecEvalFile("out.test.aq"))) {
            // num_* are counts, not metrics of the JSON.
            if (line.topic == QLatin1String("all") && !trecEvalKey(line.measure).isEmpty()
                && !line.measure.startsWith(QLatin1String("num_"))) {
                QTest::addRow("%s", qPrintable(line.measure)) << line.measure << line.value;
                ++rows;
            }
        }
        if (rows < kTrecEvalMeasuresPerTopic - 3) {
            qFatal("out.test.aq: %d comparable 'all' values", rows);
        }
    }

    void recsysMatchesTrecEval()
    {
        QFETCH(QString, measure);
        QFETCH(double, expected);
        if (m_trecEvalJson.isEmpty()) {
            QStringList cutoffs;
            for (int k : kTrecEvalCutoffs) {
                cutoffs.append(QString::number(k));
            }
            const Outcome outcome = runGenlens(
                {QStringLiteral("evaluate"), QStringLiteral("recsys"), QStringLiteral("--truth"),
                 trecEvalFile("qrels.test.with-comments"), QStringLiteral("--recommendations"),
                 trecEvalFile("results.comment.test"), QStringLiteral("--cutoffs"),
                 cutoffs.join(QLatin1Char(',')), QStringLiteral("--trec-ties"),
                 QStringLiteral("--quiet"), QStringLiteral("--json"), QStringLiteral("-")});
            QCOMPARE(outcome.exitCode, 0);
            m_trecEvalJson = QJsonDocument::fromJson(outcome.out).object();
            // num_q: the three topics on both sides.
            const QJsonObject inputs = m_trecEvalJson.value(QStringLiteral("inputs")).toObject();
            for (const char* set : {"real", "generated"}) {
                QCOMPARE(inputs.value(QLatin1String(set))
                             .toObject()
                             .value(QStringLiteral("count"))
                             .toInt(),
                         3);
            }
        }
        const QString key = trecEvalKey(measure);
        const QJsonValue value = m_trecEvalJson.value(QStringLiteral("metrics"))
                                     .toObject()
                                     .value(key)
                                     .toObject()
                                     .value(QStringLiteral("value"));
        QVERIFY2(value.isDouble(), qPrintable(key));
        QVERIFY2(std::abs(value.toDouble() - expected) <= kTrecEvalTolerance,
                 qPrintable(QStringLiteral("%1 (%2): genlens %3, trec_eval %4")
                                .arg(measure, key, QString::number(value.toDouble(), 'f', 6),
                                     QString::number(expected, 'f', 4))));
    }

    // Issue 10 deliverable 1: --metrics decides what is computed.
    void metricsSelectionComputesOnlyWhatIsAsked()
    {
        const Outcome full = runGenlens(evaluate(dataFile("real.npy"), dataFile("generated.npy"),
                                                 {QStringLiteral("--json"), QStringLiteral("-")}));
        QCOMPARE(full.exitCode, 0);
        const QJsonObject fullJson = QJsonDocument::fromJson(full.out).object();
        const QJsonObject fullTimings = fullJson.value(QStringLiteral("timings_ms")).toObject();
        QVERIFY(fullTimings.contains(QStringLiteral("metrics.kid")));

        const Outcome some = runGenlens(
            evaluate(dataFile("real.npy"), dataFile("generated.npy"),
                     {QStringLiteral("--metrics"), QStringLiteral("precision, Recall"),
                      QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--per-sample"),
                      m_dir.filePath(QStringLiteral("pr.csv"))}));
        QCOMPARE(some.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(some.out).object();
        const QJsonObject metrics = json.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.keys(),
                 (QStringList {QStringLiteral("precision"), QStringLiteral("recall")}));
        for (const char* key : {"precision", "recall"}) {
            QCOMPARE(metrics.value(QLatin1String(key)).toObject().value(QStringLiteral("value")),
                     fullJson.value(QStringLiteral("metrics"))
                         .toObject()
                         .value(QLatin1String(key))
                         .toObject()
                         .value(QStringLiteral("value")));
        }
        // The stage record: the k-NN searches ran, KID, Vendi and the statistics did not.
        const QStringList stages = json.value(QStringLiteral("timings_ms")).toObject().keys();
        QVERIFY(stages.contains(QStringLiteral("metrics.knn_cross")));
        for (const char* skipped : {"metrics.kid", "metrics.vendi_real", "metrics.vendi_generated",
                                    "metrics.statistics", "feature_map"}) {
            QVERIFY2(!stages.contains(QLatin1String(skipped)), skipped);
        }
        QCOMPARE(json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("metrics")),
                 QJsonValue(QJsonArray {QStringLiteral("precision"), QStringLiteral("recall")}));
        // Per-sample columns of skipped stages are absent, not zero.
        QFile csv(m_dir.filePath(QStringLiteral("pr.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray header = csv.readLine();
        QVERIFY(header.contains("realism"));
        QVERIFY(!header.contains("nearest_ratio"));
    }

    void metricsFidDoesNoNeighbourSearch()
    {
        const Outcome outcome
            = runGenlens(evaluate(dataFile("real.npy"), dataFile("generated.npy"),
                                  {QStringLiteral("--metrics"), QStringLiteral("fid"),
                                   QStringLiteral("--json"), QStringLiteral("-")}));
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(outcome.out).object();
        QStringList stages;
        for (const QString& key : json.value(QStringLiteral("timings_ms")).toObject().keys()) {
            if (key.startsWith(QLatin1String("metrics."))) {
                stages << key;
            }
        }
        QCOMPARE(stages, QStringList {QStringLiteral("metrics.statistics")});
        const double fid = metricValue(json, QStringLiteral("fid"));
        const double reference = expected().value(QStringLiteral("fid")).toDouble();
        QVERIFY(std::abs(fid - reference) <= kFidRelativeTolerance * reference);
    }

    void unknownMetricKeyIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("listed");
        QTest::addRow("image") << evaluate(
            dataFile("real.npy"), dataFile("generated.npy"),
            {QStringLiteral("--metrics"), QStringLiteral("fid,nosuch")})
                               << QStringLiteral("memorized_fraction");
        QTest::addRow("recsys")
            << QStringList {QStringLiteral("evaluate"),          QStringLiteral("recsys"),
                            QStringLiteral("--truth"),           trecEvalFile("qrels-302.test"),
                            QStringLiteral("--recommendations"), trecEvalFile("results-302.test"),
                            QStringLiteral("--metrics"),         QStringLiteral("ndcg@10,ndcg@x")}
            << QStringLiteral("hit_rate@K");
    }

    void unknownMetricKeyIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, listed);
        const Outcome outcome = runGenlens(arguments);
        QCOMPARE(outcome.exitCode, 1);
        const QString err = QString::fromUtf8(outcome.err);
        QVERIFY2(err.contains(QStringLiteral("unknown metric key")), outcome.err.constData());
        QVERIFY2(err.contains(listed), outcome.err.constData());
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }

    void textSkipsWhatIsNotAsked()
    {
        QFile real(m_dir.filePath(QStringLiteral("real.txt")));
        QFile generated(m_dir.filePath(QStringLiteral("generated.txt")));
        QVERIFY(real.open(QIODevice::WriteOnly) && generated.open(QIODevice::WriteOnly));
        for (int i = 0; i < 40; ++i) {
            real.write(
                QStringLiteral("the cat %1 sat on the mat number %2\n").arg(i).arg(i % 7).toUtf8());
            generated.write(
                QStringLiteral("a dog %1 ran to the park %2 today\n").arg(i % 9).arg(i).toUtf8());
        }
        real.close();
        generated.close();
        const Outcome outcome = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("text"), QStringLiteral("--real"),
             real.fileName(), QStringLiteral("--generated"), generated.fileName(),
             QStringLiteral("--metrics"), QStringLiteral("self_bleu_2"), QStringLiteral("--quiet"),
             QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(outcome.out).object();
        QVERIFY(json.value(QStringLiteral("metrics"))
                    .toObject()
                    .contains(QStringLiteral("self_bleu_2")));
        const QJsonObject timings = json.value(QStringLiteral("timings_ms")).toObject();
        QVERIFY(timings.contains(QStringLiteral("self_bleu")));
        for (const char* skipped : {"mauve", "embeddings", "language_model", "diversity",
                                    "emb_feature_space", "feature_map"}) {
            QVERIFY2(!timings.contains(QLatin1String(skipped)), skipped);
        }
    }

    void recsysSkipsWhatIsNotAsked()
    {
        const Outcome outcome = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("recsys"), QStringLiteral("--truth"),
             trecEvalFile("qrels-302.test"), QStringLiteral("--recommendations"),
             trecEvalFile("results-302.test"), QStringLiteral("--metrics"),
             QStringLiteral("ndcg@7,mrr"), QStringLiteral("--quiet"), QStringLiteral("--json"),
             QStringLiteral("-")});
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(outcome.out).object();
        // A cut-off named by a key is computed although --cutoffs does not list it.
        QCOMPARE(json.value(QStringLiteral("metrics")).toObject().keys(),
                 (QStringList {QStringLiteral("mrr"), QStringLiteral("ndcg@7")}));
        const QJsonObject timings = json.value(QStringLiteral("timings_ms")).toObject();
        QVERIFY(timings.contains(QStringLiteral("accuracy")));
        QVERIFY(!timings.contains(QStringLiteral("beyond")));
        QVERIFY(!timings.contains(QStringLiteral("per_user")));
        // The sets still count their users (topic 302 on both sides).
        const QJsonObject inputs = json.value(QStringLiteral("inputs")).toObject();
        for (const char* set : {"real", "generated"}) {
            QCOMPARE(
                inputs.value(QLatin1String(set)).toObject().value(QStringLiteral("count")).toInt(),
                1);
        }
    }

    void unknownModalityIsAUsageError()
    {
        const Outcome outcome = runGenlens({QStringLiteral("evaluate"), QStringLiteral("video")});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(outcome.err.contains("unknown modality"));
    }

private:
    QJsonObject m_trecEvalJson;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"

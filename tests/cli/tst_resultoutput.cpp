// The pieces of the CLI's output that need no process: --fail-if parsing and checking, the JSON
// contract's encoding (NaN as null, skipped records, --metrics filter) and the per-sample CSV.
#include "evaluation/gate.h"
#include "evaluation/pipelinecontext.h"
#include "evaluation/resultjson.h"

#include <QJsonArray>
#include <QtTest>

using namespace genlens::app;

namespace {

RunResult smallResult()
{
    RunResult result;
    result.modality = QStringLiteral("image");
    result.real.source = QStringLiteral("real.npy");
    result.real.role = SetRole::Real;
    result.generated.role = SetRole::Generated;
    result.generated.source = QStringLiteral("gen.npy");
    for (int i = 0; i < 3; ++i) {
        Sample sample;
        sample.source = QStringLiteral("r%1").arg(i);
        sample.label = QStringLiteral("real, \"%1\"").arg(i);
        result.real.samples.push_back(sample);
        sample.source = QStringLiteral("g%1").arg(i);
        sample.label = QStringLiteral("gen %1").arg(i);
        result.generated.samples.push_back(sample);
    }
    result.generated.skipped << InputIssue{QStringLiteral("gen.npy"), 7, QStringLiteral("NaN")};
    result.metrics << MetricValue{QStringLiteral("fid"), 12.5, std::nan("")}
                   << MetricValue{QStringLiteral("kid"), 0.01, 0.002}
                   << MetricValue{QStringLiteral("precision"), std::nan(""), std::nan("")};
    result.generatedScores << ScoreColumn{QStringLiteral("realism"), {1.5, 0.5, std::nan("")}};
    result.realScores << ScoreColumn{QStringLiteral("knn_radius"), {0.1, 0.2, 0.3}};
    result.neighbours.push_back({SetRole::Generated, 1, SetRole::Real, 2, 0, 0.25});
    return result;
}

} // namespace

class TestResultOutput : public QObject
{
    Q_OBJECT

private slots:
    void gates_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("fails");
        QTest::addRow("greater holds") << QStringLiteral("fid>10") << true;
        QTest::addRow("greater does not hold") << QStringLiteral("fid>12.5") << false;
        QTest::addRow("greater-equal on the boundary") << QStringLiteral("fid>=12.5") << true;
        QTest::addRow("less") << QStringLiteral("kid<0.05") << true;
        QTest::addRow("spaces and case") << QStringLiteral(" FID <= 13 ") << true;
        QTest::addRow("not equal") << QStringLiteral("fid!=12.5") << false;
        QTest::addRow("scientific threshold") << QStringLiteral("kid>1e-3") << true;
        QTest::addRow("undefined value fails the gate") << QStringLiteral("precision<0.5") << true;
    }

    void gates()
    {
        QFETCH(QString, condition);
        QFETCH(bool, fails);
        const GateVerdict verdict = checkGates(parseGates(condition), smallResult());
        QVERIFY(verdict.unknown.isEmpty());
        QCOMPARE(!verdict.failed.isEmpty(), fails);
    }

    void badGatesAreRefused_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addRow("no operator") << QStringLiteral("fid 30");
        QTest::addRow("no number") << QStringLiteral("fid>thirty");
        QTest::addRow("no key") << QStringLiteral(">30");
        QTest::addRow("one bad of two") << QStringLiteral("fid>30,kid~1");
        // Issue 15: an empty --fail-if gated nothing and passed.
        QTest::addRow("empty") << QString();
        QTest::addRow("only commas") << QStringLiteral(" , ,");
    }

    void badGatesAreRefused()
    {
        QFETCH(QString, condition);
        QVERIFY_THROWS_EXCEPTION(InputError, parseGates(condition));
    }

    void recsysKeysWithCutoffsParse()
    {
        const QList<Gate> gates = parseGates(QStringLiteral("ndcg@10<0.3"));
        QCOMPARE(gates.size(), 1);
        QCOMPARE(gates.first().key, QStringLiteral("ndcg@10"));
    }

    void jsonEncodesTheContract()
    {
        const QJsonObject json = runResultToJson(smallResult());
        const QJsonObject metrics = json.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("fid")).toObject().value(QStringLiteral("value")).toDouble(),
                 12.5);
        QVERIFY(!metrics.value(QStringLiteral("fid")).toObject().contains(QStringLiteral("std")));
        QCOMPARE(metrics.value(QStringLiteral("kid")).toObject().value(QStringLiteral("std")).toDouble(),
                 0.002);
        QVERIFY(metrics.value(QStringLiteral("precision")).toObject().value(QStringLiteral("value")).isNull());
        const QJsonObject generated = json.value(QStringLiteral("inputs"))
                                          .toObject()
                                          .value(QStringLiteral("generated"))
                                          .toObject();
        QCOMPARE(generated.value(QStringLiteral("count")).toInt(), 3);
        const QJsonObject skipped = generated.value(QStringLiteral("skipped")).toArray().first().toObject();
        QCOMPARE(skipped.value(QStringLiteral("line")).toInt(), 7);
        QCOMPARE(skipped.value(QStringLiteral("reason")).toString(), QStringLiteral("NaN"));
    }

    void metricsFilterKeepsOnlyTheNamedKeys()
    {
        const QJsonObject json = runResultToJson(smallResult(), {QStringLiteral("kid")});
        QCOMPARE(json.value(QStringLiteral("metrics")).toObject().keys(), QStringList{QStringLiteral("kid")});
    }

    void perSampleCsvQuotesAndAligns()
    {
        const QList<QByteArray> lines = perSampleCsv(smallResult()).trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(0), QByteArray("set,index,source,label,knn_radius,realism,"
                                         "nearest_other_index,nearest_other_distance"));
        QCOMPARE(lines.at(1), QByteArray("real,0,r0,\"real, \"\"0\"\"\",0.1,,,"));
        QCOMPARE(lines.at(5), QByteArray("generated,1,g1,gen 1,,0.5,2,0.25"));
        QCOMPARE(lines.at(6), QByteArray("generated,2,g2,gen 2,,,,"));
    }
};

QTEST_MAIN(TestResultOutput)
#include "tst_resultoutput.moc"

// Confidence intervals and FID∞ through the real executable (issue 13): the JSON keys exactly as
// design.md §5 and the issue name them, an interval on every set-level number of each modality,
// reproducibility with --seed, and --bootstrap's validation.
#include "intervals/metricinterval.h"
#include "project/projectstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString dataFile(const QString& name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/") + name;
}

struct Outcome
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

Outcome runGenlens(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(GENLENS_BINARY_DIR "/genlens"), arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QJsonDocument::fromJson(process.readAllStandardOutput()).object(),
            process.readAllStandardError()};
}

QStringList imageArguments(int resamples, int seed)
{
    return {QStringLiteral("evaluate"),
            QStringLiteral("image"),
            QStringLiteral("--real"),
            dataFile(QStringLiteral("cli/real.npy")),
            QStringLiteral("--generated"),
            dataFile(QStringLiteral("cli/generated.npy")),
            QStringLiteral("--kid-subsets"),
            QStringLiteral("10"),
            QStringLiteral("--kid-subset-size"),
            QStringLiteral("50"),
            QStringLiteral("--bootstrap"),
            QString::number(resamples),
            QStringLiteral("--seed"),
            QString::number(seed),
            QStringLiteral("--quiet"),
            QStringLiteral("--json"),
            QStringLiteral("-")};
}

QSet<QString> keysOf(const QJsonObject& o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

// The metrics of a result without an interval.
QStringList withoutInterval(const QJsonObject& json)
{
    QStringList missing;
    const QJsonObject metrics = json.value(QStringLiteral("metrics")).toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        if (!m.value(QStringLiteral("ci_low")).isDouble()) {
            missing << it.key();
            continue;
        }
        const double low = m.value(QStringLiteral("ci_low")).toDouble();
        const double high = m.value(QStringLiteral("ci_high")).toDouble();
        if (!(low <= high) || m.value(QStringLiteral("ci_level")).toDouble() != 0.95) {
            missing << it.key() + QStringLiteral(" (malformed)");
        }
    }
    return missing;
}

} // namespace

class TestIntervalsCli : public QObject
{
    Q_OBJECT

private slots:
    void imageJsonKeysAreExact()
    {
        QStringList arguments = imageArguments(40, 1);
        arguments << QStringLiteral("--fid-infinity");
        const Outcome o = runGenlens(arguments);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const QJsonObject metrics = o.json.value(QStringLiteral("metrics")).toObject();
        // Feature-space metrics also name their space (issue 12): "feature_space": "builtin".
        const QSet<QString> interval {QStringLiteral("value"), QStringLiteral("ci_low"),
                                      QStringLiteral("ci_high"), QStringLiteral("ci_level"),
                                      QStringLiteral("feature_space")};
        QCOMPARE(keysOf(metrics.value(QStringLiteral("fid")).toObject()), interval);
        QCOMPARE(keysOf(metrics.value(QStringLiteral("precision")).toObject()), interval);
        QSet<QString> withStd = interval;
        withStd << QStringLiteral("std");
        QCOMPARE(keysOf(metrics.value(QStringLiteral("kid")).toObject()), withStd);
        const QJsonObject fid = metrics.value(QStringLiteral("fid")).toObject();
        QVERIFY(fid.value(QStringLiteral("ci_low")).toDouble()
                < fid.value(QStringLiteral("value")).toDouble());
        QVERIFY(fid.value(QStringLiteral("value")).toDouble()
                < fid.value(QStringLiteral("ci_high")).toDouble());
        // FID∞ carries its fit's standard error, not a resampled interval.
        QCOMPARE(withoutInterval(o.json), QStringList {QStringLiteral("fid_infinity")});

        const QJsonObject fi = o.json.value(QStringLiteral("fid_infinity")).toObject();
        QCOMPARE(keysOf(fi),
                 (QSet<QString> {QStringLiteral("value"), QStringLiteral("std_error"),
                                 QStringLiteral("curve")}));
        const QJsonArray curve = fi.value(QStringLiteral("curve")).toArray();
        QCOMPARE(curve.size(), 5); // 180 generated samples: five N from 36 to 180
        for (const QJsonValue point : curve) {
            QCOMPARE(keysOf(point.toObject()),
                     (QSet<QString> {QStringLiteral("n"), QStringLiteral("fid"),
                                     QStringLiteral("kid")}));
        }
        QCOMPARE(curve.last().toObject().value(QStringLiteral("n")).toInt(), 180);
        QVERIFY(o.json.value(QStringLiteral("timings_ms"))
                    .toObject()
                    .contains(QStringLiteral("intervals")));
    }

    void reproducibleWithTheSeed()
    {
        const Outcome a = runGenlens(imageArguments(30, 4));
        const Outcome b = runGenlens(imageArguments(30, 4));
        const Outcome c = runGenlens(imageArguments(30, 5));
        QVERIFY(a.exitCode == 0 && b.exitCode == 0 && c.exitCode == 0);
        const auto fid = [](const Outcome& o) {
            return o.json.value(QStringLiteral("metrics"))
                .toObject()
                .value(QStringLiteral("fid"))
                .toObject();
        };
        QCOMPARE(fid(a), fid(b));
        QVERIFY(fid(a).value(QStringLiteral("ci_low")) != fid(c).value(QStringLiteral("ci_low")));
        QCOMPARE(a.json.value(QStringLiteral("metrics")), b.json.value(QStringLiteral("metrics")));
    }

    // Stored in the project (run_extra), so a reopened project shows the same intervals.
    void keptInTheProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.genlens"));
        QStringList arguments = imageArguments(20, 3);
        arguments << QStringLiteral("--project") << project << QStringLiteral("--fid-infinity");
        const Outcome o = runGenlens(arguments);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        genlens::app::ProjectStore store;
        store.open(project);
        const QList<genlens::app::RunSummary> runs = store.runs();
        QCOMPARE(runs.size(), 1);
        const genlens::app::RunResult run = store.loadRun(runs.front().id);
        const QJsonObject metrics = o.json.value(QStringLiteral("metrics")).toObject();
        for (const QString& key : {QStringLiteral("fid"), QStringLiteral("precision")}) {
            const genlens::app::MetricInterval stored
                = genlens::app::metricInterval(run.extra, key);
            QVERIFY(stored.isValid());
            const QJsonObject printed = metrics.value(key).toObject();
            QCOMPARE(stored.low, printed.value(QStringLiteral("ci_low")).toDouble());
            QCOMPARE(stored.high, printed.value(QStringLiteral("ci_high")).toDouble());
        }
        QVERIFY(genlens::app::fidCurve(run.extra).isValid());
    }

    void offByDefaultAndValidated()
    {
        QStringList arguments = imageArguments(0, 0);
        const Outcome off = runGenlens(arguments);
        QCOMPARE(off.exitCode, 0);
        QVERIFY(!off.json.value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("fid"))
                     .toObject()
                     .contains(QStringLiteral("ci_low")));
        const Outcome one = runGenlens(imageArguments(1, 0));
        QCOMPARE(one.exitCode, 1);
        QVERIFY(one.err.contains("--bootstrap"));
    }

    void textHasAnIntervalForEveryMetric()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QStringList& lines) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(lines.join(QLatin1Char('\n')).toUtf8());
        };
        QStringList real;
        QStringList generated;
        QStringList references;
        const QStringList words {
            QStringLiteral("the"),  QStringLiteral("cat"),   QStringLiteral("sat"),
            QStringLiteral("on"),   QStringLiteral("a"),     QStringLiteral("mat"),
            QStringLiteral("dog"),  QStringLiteral("ran"),   QStringLiteral("far"),
            QStringLiteral("away"), QStringLiteral("today"), QStringLiteral("home")};
        for (int i = 0; i < 60; ++i) {
            QStringList r;
            QStringList g;
            QStringList f;
            for (int w = 0; w < 6 + i % 5; ++w) {
                r << words[(i * 7 + w * 3) % words.size()];
                g << words[(i * 5 + w * 2 + (w > 3 ? 1 : 0)) % words.size()];
                f << words[(i * 5 + w * 2) % words.size()];
            }
            real << r.join(QLatin1Char(' '));
            generated << g.join(QLatin1Char(' '));
            references << f.join(QLatin1Char(' '));
        }
        write(QStringLiteral("real.txt"), real);
        write(QStringLiteral("gen.txt"), generated);
        write(QStringLiteral("refs.txt"), references);
        const Outcome o = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("text"), QStringLiteral("--real"),
             dir.filePath(QStringLiteral("real.txt")), QStringLiteral("--generated"),
             dir.filePath(QStringLiteral("gen.txt")), QStringLiteral("--references"),
             dir.filePath(QStringLiteral("refs.txt")), QStringLiteral("--bootstrap"),
             QStringLiteral("30"), QStringLiteral("--quiet"), QStringLiteral("--json"),
             QStringLiteral("-")});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY(
            o.json.value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("bleu")));
        QCOMPARE(withoutInterval(o.json), QStringList());
    }

    void recsysHasAnIntervalForEveryMetric()
    {
        const Outcome o = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("recsys"), QStringLiteral("--truth"),
             dataFile(QStringLiteral("recsys/random_truth.csv")),
             QStringLiteral("--recommendations"),
             dataFile(QStringLiteral("recsys/random_recs.csv")), QStringLiteral("--train"),
             dataFile(QStringLiteral("recsys/random_train.csv")), QStringLiteral("--items"),
             dataFile(QStringLiteral("recsys/random_items.csv")), QStringLiteral("--bootstrap"),
             QStringLiteral("30"), QStringLiteral("--quiet"), QStringLiteral("--json"),
             QStringLiteral("-")});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY(
            o.json.value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("ndcg@10")));
        QCOMPARE(withoutInterval(o.json), QStringList());
    }
};

QTEST_MAIN(TestIntervalsCli)
#include "tst_intervalscli.moc"

// Issue 13 item 9: "live k equals a fresh run with that k". A run stored at --k 5 by the real
// executable keeps its live-k statistics in the project; recomputed at another k they equal,
// exactly, the metrics and the per-sample score columns (realism, flags, radii) that
// `genlens evaluate image --k K --project …` stores for a fresh run at that k.
#include "project/projectstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <genlens/metrics/sets/livek.h>

using namespace genlens::app;
namespace gm = genlens::metrics;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/cli/") + QLatin1String(name);
}

// Stores one image run on the CLI fixture features (200 × 8 real, 180 × 8 generated) at k and
// returns its id in the project.
qint64 runAt(const QString& project, int k)
{
    QProcess process;
    process.start(QStringLiteral(GENLENS_BINARY_DIR "/genlens"),
                  {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"),
                   dataFile("real.npy"), QStringLiteral("--generated"), dataFile("generated.npy"),
                   QStringLiteral("--metrics"),
                   QStringLiteral("precision,recall,density,coverage,memorized_fraction"),
                   QStringLiteral("--k"), QString::number(k), QStringLiteral("--project"), project,
                   QStringLiteral("--quiet")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning("genlens failed: %s", process.readAllStandardError().constData());
        return 0;
    }
    ProjectStore store;
    store.open(project);
    return store.runs().constFirst().id;
}

const ScoreColumn* column(const QList<ScoreColumn>& columns, const char* key)
{
    for (const ScoreColumn& c : columns) {
        if (c.key == QLatin1String(key)) {
            return &c;
        }
    }
    return nullptr;
}

template<typename T>
bool sameColumn(const QList<ScoreColumn>& stored, const char* key, const std::vector<T>& live)
{
    const ScoreColumn* c = column(stored, key);
    if (!c || c->values.size() != live.size()) {
        qWarning("column %s missing or of another size", key);
        return false;
    }
    for (std::size_t i = 0; i < live.size(); ++i) {
        if (!(c->values[i] == static_cast<double>(live[i]))) {
            qWarning("%s, sample %zu: fresh %.17g, live %.17g", key, i, c->values[i],
                     static_cast<double>(live[i]));
            return false;
        }
    }
    return true;
}

} // namespace

class TestLiveKCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void liveKEqualsFreshRun_data();
    void liveKEqualsFreshRun();

private:
    QTemporaryDir m_dir;
    QString m_project;
    gm::LiveStatistics m_live;
};

void TestLiveKCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("stored.genlens"));
    const qint64 run = runAt(m_project, 5);
    QVERIFY(run > 0);
    ProjectStore store;
    store.open(m_project);
    const QMap<QString, QByteArray> blobs = store.loadLiveStatistics(run);
    QVERIFY(blobs.contains(QString()));
    m_live = gm::decodeLiveStatistics(blobs.value(QString()).toStdString());
    QCOMPARE(m_live.kMax, gm::kLiveMaxK);
    QCOMPARE(m_live.realCount(), 200);
    QCOMPARE(m_live.generatedCount(), 180);
}

void TestLiveKCli::liveKEqualsFreshRun_data()
{
    QTest::addColumn<int>("k");
    for (int k : {1, 2, 3, 4, 5, 7, 10, 13, 20}) {
        QTest::addRow("k=%d", k) << k;
    }
}

void TestLiveKCli::liveKEqualsFreshRun()
{
    QFETCH(int, k);
    const QString project = m_dir.filePath(QStringLiteral("fresh%1.genlens").arg(k));
    const qint64 run = runAt(project, k);
    QVERIFY(run > 0);
    ProjectStore store;
    store.open(project);
    const RunResult fresh = store.loadRun(run);

    gm::LiveParameters p;
    p.k = k;
    const gm::LiveResult live = gm::liveMetrics(m_live, p);
    const auto metric = [&](const char* key) {
        const MetricValue* m = fresh.metric(QLatin1String(key));
        return m ? m->value : std::nan("");
    };
    // Exact: both are ratios of the same integer counts, or the same float64 distances.
    QCOMPARE(live.prdc.precision, metric("precision"));
    QCOMPARE(live.prdc.recall, metric("recall"));
    QCOMPARE(live.prdc.density, metric("density"));
    QCOMPARE(live.prdc.coverage, metric("coverage"));
    QCOMPARE(live.memorizedFraction, metric("memorized_fraction"));
    QVERIFY(sameColumn(fresh.generatedScores, "realism", live.realism));
    QVERIFY(sameColumn(fresh.generatedScores, "inside_real_manifold", live.insideRealManifold));
    QVERIFY(sameColumn(fresh.generatedScores, "memorized", live.memorized));
    QVERIFY(sameColumn(fresh.realScores, "knn_radius", live.realRadius));
    QVERIFY(sameColumn(fresh.realScores, "covered", live.covered));
    QVERIFY(
        sameColumn(fresh.realScores, "inside_generated_manifold", live.insideGeneratedManifold));
}

QTEST_MAIN(TestLiveKCli)
#include "tst_livekcli.moc"

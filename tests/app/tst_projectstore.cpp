// Tests of the .genlens project store (issue 2, item 5): round trips, re-open, set reuse,
// migrations, refusal of newer files, feature cache, and a writer killed mid-write.
#include "project/projectstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <ctime>
#include <memory>
#include <random>

using namespace genlens::app;

namespace {

Sample makeSample(const QString& modality, const QString& prefix, qint64 i, bool thumbnails)
{
    Sample sample;
    sample.source = QStringLiteral("%1/%2").arg(prefix).arg(i);
    sample.label = QStringLiteral("sample %1").arg(i);
    sample.contentHash = QByteArray::number(qHash(sample.source), 16).rightJustified(40, '0');
    if (modality == QStringLiteral("text")) {
        sample.text = QStringLiteral("生成 text number %1 with \"quotes\"").arg(i);
    } else if (modality == QStringLiteral("recsys")) {
        sample.text = QStringLiteral("user%1").arg(i);
        sample.payload = QJsonObject {
            {QStringLiteral("items"), QJsonArray {QStringLiteral("a"), QStringLiteral("b")}},
            {QStringLiteral("hits"), QJsonArray {true, false}}};
    } else {
        sample.payload = QJsonObject {{QStringLiteral("width"), 256 + static_cast<int>(i)},
                                      {QStringLiteral("height"), 128}};
    }
    if (thumbnails) {
        sample.thumbnailPng = QByteArray(64 + static_cast<int>(i % 7), static_cast<char>(i));
    }
    return sample;
}

SampleSet makeSet(SetRole role, const QString& modality, const QString& source, qint64 count,
                  bool thumbnails)
{
    SampleSet set;
    set.role = role;
    set.source = source;
    set.kind = modality == QStringLiteral("image") ? QStringLiteral("folder") : modality;
    for (qint64 i = 0; i < count; ++i) {
        set.samples.push_back(makeSample(modality, source, i, thumbnails));
    }
    return set;
}

ScoreColumn makeColumn(const QString& key, std::size_t count, quint32 seed, bool withNaN)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    ScoreColumn column;
    column.key = key;
    column.values.resize(count);
    for (double& v : column.values) {
        v = normal(rng);
    }
    if (withNaN && count > 2) {
        column.values[1] = std::numeric_limits<double>::quiet_NaN();
        column.values[2] = std::numeric_limits<double>::infinity();
    }
    return column;
}

RunResult makeResult(const QString& modality, qint64 realCount, qint64 generatedCount,
                     const QString& realSource = QStringLiteral("/data/real"),
                     const QString& generatedSource = QStringLiteral("/data/generated"))
{
    RunResult result;
    result.modality = modality;
    result.extractor = QJsonObject {{QStringLiteral("id"), QStringLiteral("builtin-1")},
                                    {QStringLiteral("dim"), 512}};
    result.settings = QJsonObject {{QStringLiteral("seed"), 0}, {QStringLiteral("k"), 5}};
    result.signature = modality == QStringLiteral("text")
        ? QStringLiteral("nrefs:1|tok:13a|smooth:exp|version:0.1.0")
        : QString();
    const bool thumbnails = modality == QStringLiteral("image");
    result.real = makeSet(SetRole::Real, modality, realSource, realCount, thumbnails);
    result.generated
        = makeSet(SetRole::Generated, modality, generatedSource, generatedCount, thumbnails);
    result.real.skipped
        = {InputIssue {QStringLiteral("broken.png"), 0, QStringLiteral("truncated")}};
    result.generated.skipped
        = {InputIssue {QStringLiteral("gen.jsonl"), 17, QStringLiteral("invalid UTF-8")},
           InputIssue {QStringLiteral("gen.jsonl"), 42, QStringLiteral("missing field 'text'")}};
    result.metrics = {
        MetricValue {QStringLiteral("fid"), 12.345678901234, std::nan("")},
        MetricValue {QStringLiteral("kid"), 0.0123, 0.0004},
        MetricValue {QStringLiteral("precision"), 0.71, std::nan("")},
        MetricValue {QStringLiteral("inf_metric"), std::numeric_limits<double>::infinity(), 0.0}};
    result.realScores = {makeColumn(QStringLiteral("sharpness"), realCount, 1, false)};
    result.generatedScores = {makeColumn(QStringLiteral("realism"), generatedCount, 2, true),
                              makeColumn(QStringLiteral("nn_distance"), generatedCount, 3, false)};
    for (qint64 i = 0; i < std::min<qint64>(generatedCount, 50); ++i) {
        for (int rank = 0; rank < 3; ++rank) {
            result.neighbours.push_back(Neighbour {SetRole::Generated, i, SetRole::Real,
                                                   (i * 7 + rank) % std::max<qint64>(realCount, 1),
                                                   rank, 0.5 * (rank + 1) + 0.001 * i});
        }
    }
    result.neighbours.push_back(Neighbour {SetRole::Real, 0, SetRole::Real, 1, 0, 0.25});
    result.extra = QJsonObject {{QStringLiteral("histogram"),
                                 QJsonObject {{QStringLiteral("edges"), QJsonArray {0.0, 0.5, 1.0}},
                                              {QStringLiteral("counts"), QJsonArray {3, 4}}}}};
    result.timingsMs = {{QStringLiteral("features"), 8123}, {QStringLiteral("metrics"), 912}};
    // Opaque to the store (metrics/sets/livek.h's format; tst_livek checks its contents).
    result.liveStatistics = {{QString(), QByteArray("GLLK\x01\x00" "binary\x00" "data", 17)},
                             {QStringLiteral("emb_"), QByteArray(3000, '\x7f')}};
    return result;
}

bool sameDouble(double a, double b)
{
    // Stored as binary float64: exact, NaN compares equal to NaN.
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

void compareSets(const SampleSet& actual, const SampleSet& expected)
{
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.samples.size(), expected.samples.size());
    for (std::size_t i = 0; i < actual.samples.size(); ++i) {
        const Sample& a = actual.samples[i];
        const Sample& e = expected.samples[i];
        QCOMPARE(a.source, e.source);
        QCOMPARE(a.label, e.label);
        QCOMPARE(a.contentHash, e.contentHash);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.payload, e.payload);
        QVERIFY2(a.thumbnailPng.isEmpty(), "loadRun leaves thumbnails out");
    }
    QCOMPARE(actual.skipped.size(), expected.skipped.size());
    for (qsizetype i = 0; i < actual.skipped.size(); ++i) {
        QCOMPARE(actual.skipped.at(i).item, expected.skipped.at(i).item);
        QCOMPARE(actual.skipped.at(i).line, expected.skipped.at(i).line);
        QCOMPARE(actual.skipped.at(i).reason, expected.skipped.at(i).reason);
    }
}

void compareColumns(const QList<ScoreColumn>& actual, const QList<ScoreColumn>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype c = 0; c < actual.size(); ++c) {
        QCOMPARE(actual.at(c).key, expected.at(c).key);
        QCOMPARE(actual.at(c).values.size(), expected.at(c).values.size());
        for (std::size_t i = 0; i < actual.at(c).values.size(); ++i) {
            QVERIFY2(sameDouble(actual.at(c).values[i], expected.at(c).values[i]),
                     qPrintable(QStringLiteral("%1[%2]").arg(actual.at(c).key).arg(i)));
        }
    }
}

void compareResults(const RunResult& actual, const RunResult& expected)
{
    QCOMPARE(actual.modality, expected.modality);
    QCOMPARE(actual.extractor, expected.extractor);
    QCOMPARE(actual.settings, expected.settings);
    QCOMPARE(actual.signature, expected.signature);
    compareSets(actual.real, expected.real);
    compareSets(actual.generated, expected.generated);
    QCOMPARE(actual.metrics.size(), expected.metrics.size());
    for (qsizetype i = 0; i < actual.metrics.size(); ++i) {
        QCOMPARE(actual.metrics.at(i).key, expected.metrics.at(i).key);
        QVERIFY(sameDouble(actual.metrics.at(i).value, expected.metrics.at(i).value));
        QVERIFY(sameDouble(actual.metrics.at(i).std, expected.metrics.at(i).std));
    }
    compareColumns(actual.realScores, expected.realScores);
    compareColumns(actual.generatedScores, expected.generatedScores);
    QCOMPARE(actual.neighbours.size(), expected.neighbours.size());
    for (std::size_t i = 0; i < actual.neighbours.size(); ++i) {
        const Neighbour& a = actual.neighbours[i];
        const Neighbour& e = expected.neighbours[i];
        QCOMPARE(a.fromSet, e.fromSet);
        QCOMPARE(a.from, e.from);
        QCOMPARE(a.toSet, e.toSet);
        QCOMPARE(a.to, e.to);
        QCOMPARE(a.rank, e.rank);
        QCOMPARE(a.distance, e.distance);
    }
    QCOMPARE(actual.extra, expected.extra);
    QCOMPARE(actual.timingsMs, expected.timingsMs);
    QCOMPARE(actual.liveStatistics, expected.liveStatistics);
}

// Runs SQL on the file through a separate connection (as another program would).
QVariant rawScalar(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                value = query.value(0);
            } else if (query.lastError().isValid()) {
                value = QStringLiteral("error: %1").arg(query.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTrip_data();
    void roundTrip();
    void reopenListsEarlierRuns();
    void stageByStageWrites();
    void setsAreReused();
    void deleteRunKeepsSharedSets();
    void thumbnails();
    void thumbnailsByContentHash();
    void olderProjectsKeepTheirThumbnails();
    void partialLoaders();
    void metricHistoryOfARealSet();
    void featureCacheRoundTrip();
    void migratesOlderSchema();
    void failedMigrationRollsBack();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void liveRunsStayRunning();
    void runsOfOtherHostsAreLeftAlone();
    void largeWriteTiming();
    void interruptedWriterLeavesUsableFile();
    void killedThumbnailWriterKeepsWholeBatches();
    void concurrentCreationOfANewProject();

private:
    QString projectPath(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestProjectStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestProjectStore::roundTrip_data()
{
    QTest::addColumn<QString>("modality");
    QTest::addColumn<qint64>("realCount");
    QTest::addColumn<qint64>("generatedCount");
    QTest::addRow("image-with-thumbnails") << QStringLiteral("image") << qint64(40) << qint64(30);
    QTest::addRow("text-unicode") << QStringLiteral("text") << qint64(25) << qint64(25);
    QTest::addRow("recsys-payload") << QStringLiteral("recsys") << qint64(10) << qint64(12);
    // Statistics files (mu/sigma): sets with a source and no samples.
    QTest::addRow("statistics-only") << QStringLiteral("image") << qint64(0) << qint64(0);
}

void TestProjectStore::roundTrip()
{
    QFETCH(QString, modality);
    QFETCH(qint64, realCount);
    QFETCH(qint64, generatedCount);
    const RunResult original = makeResult(modality, realCount, generatedCount);
    const QString path = projectPath(
        QStringLiteral("roundtrip-%1.genlens").arg(QString::fromLatin1(QTest::currentDataTag())));
    ProjectStore store;
    store.open(path);
    QCOMPARE(store.schemaVersion(), ProjectStore::currentSchemaVersion());
    const qint64 runId = store.saveRun(original);
    QVERIFY(runId > 0);

    RunResult expected = original;
    for (SampleSet* set : {&expected.real, &expected.generated}) {
        for (Sample& sample : set->samples) {
            sample.thumbnailPng.clear();
        }
    }
    compareResults(store.loadRun(runId), expected);

    const RunSummary summary = store.runSummary(runId);
    QCOMPARE(summary.status, RunStatus::Finished);
    QCOMPARE(summary.modality, modality);
    QCOMPARE(summary.realCount, realCount);
    QCOMPARE(summary.generatedCount, generatedCount);
    QCOMPARE(summary.realSource, original.real.source);
    QVERIFY(summary.startedAt.isValid());
    QVERIFY(summary.finishedAt >= summary.startedAt);
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
}

void TestProjectStore::reopenListsEarlierRuns()
{
    const QString path = projectPath(QStringLiteral("reopen.genlens"));
    qint64 first = 0;
    qint64 second = 0;
    const RunResult a = makeResult(QStringLiteral("image"), 20, 20);
    const RunResult b = makeResult(QStringLiteral("text"), 8, 9, QStringLiteral("/t/real.txt"),
                                   QStringLiteral("/t/gen.txt"));
    {
        ProjectStore store;
        store.open(path);
        first = store.saveRun(a);
        second = store.saveRun(b);
        store.renameRun(second, QStringLiteral("checkpoint 2"));
    }
    ProjectStore reopened;
    reopened.open(path);
    const QList<RunSummary> runs = reopened.runs();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).id, second); // newest first
    QCOMPARE(runs.at(1).id, first);
    QCOMPARE(runs.at(0).name, QStringLiteral("checkpoint 2"));
    QCOMPARE(runs.at(0).signature, b.signature);
    QCOMPARE(runs.at(1).status, RunStatus::Finished);
    QCOMPARE(runs.at(1).settings, a.settings);
    // The stored numbers come back as they were written: nothing is recomputed.
    const RunResult loaded = reopened.loadRun(first);
    QCOMPARE(loaded.metric(QStringLiteral("fid"))->value, a.metric(QStringLiteral("fid"))->value);
    QCOMPARE(reopened.sampleSets().size(), 4);
}

void TestProjectStore::stageByStageWrites()
{
    const QString path = projectPath(QStringLiteral("stages.genlens"));
    const RunResult full = makeResult(QStringLiteral("image"), 30, 30);
    ProjectStore store;
    store.open(path);
    const qint64 runId = store.beginRun(full);
    QCOMPARE(store.runSummary(runId).status, RunStatus::Running);

    store.saveMetrics(runId, {MetricValue {QStringLiteral("fid"), 99.0, std::nan("")}});
    // A later snapshot updates fid and appends kid: fid keeps its place.
    store.saveMetrics(runId,
                      {MetricValue {QStringLiteral("kid"), 0.5, 0.1},
                       MetricValue {QStringLiteral("fid"), 12.0, std::nan("")}});
    store.saveScores(runId, SetRole::Generated, {full.generatedScores.at(0)});
    store.finishRun(runId, RunStatus::Cancelled, QStringLiteral("cancelled by the user"));

    const RunResult loaded = store.loadRun(runId);
    QCOMPARE(loaded.metrics.size(), 2);
    QCOMPARE(loaded.metrics.at(0).key, QStringLiteral("fid"));
    QCOMPARE(loaded.metrics.at(0).value, 12.0);
    QCOMPARE(loaded.metrics.at(1).key, QStringLiteral("kid"));
    compareColumns(loaded.generatedScores, {full.generatedScores.at(0)});
    QVERIFY(loaded.realScores.isEmpty());
    const RunSummary summary = store.runSummary(runId);
    QCOMPARE(summary.status, RunStatus::Cancelled);
    QCOMPARE(summary.error, QStringLiteral("cancelled by the user"));

    QVERIFY_THROWS_EXCEPTION(StoreError, store.saveMetrics(runId + 100, {}));
}

void TestProjectStore::setsAreReused()
{
    const QString path = projectPath(QStringLiteral("reuse.genlens"));
    ProjectStore store;
    store.open(path);
    const RunResult modelA = makeResult(QStringLiteral("image"), 30, 20, QStringLiteral("/real"),
                                        QStringLiteral("/model-a"));
    const RunResult modelB = makeResult(QStringLiteral("image"), 30, 20, QStringLiteral("/real"),
                                        QStringLiteral("/model-b"));
    const qint64 a = store.saveRun(modelA);
    const qint64 b = store.saveRun(modelB);
    QCOMPARE(store.runSummary(a).realSetId, store.runSummary(b).realSetId);
    QVERIFY(store.runSummary(a).generatedSetId != store.runSummary(b).generatedSetId);
    QCOMPARE(store.sampleSets().size(), 3);
    QCOMPARE(store.runsUsingSet(store.runSummary(a).realSetId), (QList<qint64> {a, b}));

    // Same source, one changed file: a new set, since its content differs.
    RunResult changed = modelA;
    changed.real.samples[3].contentHash = QByteArray(40, 'f');
    const qint64 c = store.saveRun(changed);
    QVERIFY(store.runSummary(c).realSetId != store.runSummary(a).realSetId);
    QCOMPARE(store.runSummary(c).generatedSetId, store.runSummary(a).generatedSetId);
    QCOMPARE(store.sampleSets().size(), 4);
}

void TestProjectStore::deleteRunKeepsSharedSets()
{
    const QString path = projectPath(QStringLiteral("delete.genlens"));
    ProjectStore store;
    store.open(path);
    const qint64 a = store.saveRun(
        makeResult(QStringLiteral("image"), 10, 10, QStringLiteral("/real"), QStringLiteral("/a")));
    const qint64 b = store.saveRun(
        makeResult(QStringLiteral("image"), 10, 10, QStringLiteral("/real"), QStringLiteral("/b")));
    QCOMPARE(store.sampleSets().size(), 3);
    store.deleteRun(a);
    QCOMPARE(store.runs().size(), 1);
    QCOMPARE(store.runs().at(0).id, b);
    // The generated set of a went with it; the shared real set stays for b.
    QCOMPARE(store.sampleSets().size(), 2);
    QCOMPARE(store.loadRun(b).real.samples.size(), std::size_t(10));
    QCOMPARE(
        rawScalar(path, QStringLiteral("SELECT count(*) FROM metrics WHERE run_id = %1").arg(a))
            .toInt(),
        0);
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
}

void TestProjectStore::thumbnails()
{
    const QString path = projectPath(QStringLiteral("thumbs.genlens"));
    const RunResult result = makeResult(QStringLiteral("image"), 12, 5);
    ProjectStore store;
    store.open(path);
    const qint64 runId = store.saveRun(result);
    const RunSummary summary = store.runSummary(runId);
    QCOMPARE(store.thumbnail(summary.realSetId, 7), result.real.samples[7].thumbnailPng);
    QCOMPARE(store.thumbnail(summary.generatedSetId, 4), result.generated.samples[4].thumbnailPng);
    QVERIFY(store.thumbnail(summary.generatedSetId, 5).isEmpty()); // past the end
}

// Issue 10: thumbnails are stored by content hash while images are imported (before their set
// exists), once per image whatever the number of sets holding it, and read by set and index.
void TestProjectStore::thumbnailsByContentHash()
{
    const QString path = projectPath(QStringLiteral("thumbs-by-hash.genlens"));
    RunResult a = makeResult(QStringLiteral("image"), 6, 4);
    ProjectStore store;
    store.open(path);
    QList<QByteArray> hashes;
    QList<QByteArray> images;
    for (const SampleSet* set : {&a.real, &a.generated}) {
        for (const Sample& sample : set->samples) {
            hashes.append(sample.contentHash);
            images.append(sample.thumbnailPng);
        }
    }
    QCOMPARE(store.hasThumbnails(hashes), std::vector<bool>(10, false));
    store.storeThumbnails(hashes.mid(0, 7), images.mid(0, 7));
    std::vector<bool> expected(10, true);
    std::fill(expected.begin() + 7, expected.end(), false);
    QCOMPARE(store.hasThumbnails(hashes), expected);
    // Stored again with other bytes: neither duplicated nor replaced.
    store.storeThumbnails(hashes, QList<QByteArray>(10, QByteArray("other")));
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM thumbnail_images")).toInt(), 10);
    QCOMPARE(store.hasThumbnails(hashes), std::vector<bool>(10, true));

    // The samples arrive without thumbnails (as from an import into a project); the grid reads
    // them by set and index.
    for (SampleSet* set : {&a.real, &a.generated}) {
        for (Sample& sample : set->samples) {
            sample.thumbnailPng.clear();
        }
    }
    const RunSummary first = store.runSummary(store.saveRun(a));
    QCOMPARE(store.thumbnail(first.realSetId, 5), images.at(5));
    QCOMPARE(store.thumbnail(first.generatedSetId, 0), images.at(6));
    QCOMPARE(store.thumbnail(first.generatedSetId, 3), QByteArray("other"));

    // A second run whose real set holds the same images under another source: no new rows.
    RunResult b = a;
    b.real.source = QStringLiteral("/elsewhere");
    b.generated.source = QStringLiteral("/elsewhere-too");
    for (Sample& sample : b.generated.samples) {
        sample.contentHash = QByteArray("g") + sample.contentHash.mid(1);
        sample.thumbnailPng = QByteArray("fresh");
    }
    const RunSummary second = store.runSummary(store.saveRun(b));
    QVERIFY(second.realSetId != first.realSetId);
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM thumbnail_images")).toInt(), 14);
    QCOMPARE(store.thumbnail(second.realSetId, 5), images.at(5));
    QCOMPARE(store.thumbnail(second.generatedSetId, 0), QByteArray("fresh"));

    // Deleting the first run drops its generated set's images (no one else holds them) and
    // keeps the real set's, which the second run's real set shares.
    store.deleteRun(first.id);
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM thumbnail_images")).toInt(), 10);
    QCOMPARE(store.thumbnail(second.realSetId, 5), images.at(5));
    store.deleteRun(second.id);
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM thumbnail_images")).toInt(), 0);
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
}

// Projects of schema 1 kept thumbnails by set and index: after the migration they still show.
void TestProjectStore::olderProjectsKeepTheirThumbnails()
{
    const QString path = projectPath(QStringLiteral("thumbs-v1.genlens"));
    RunResult result = makeResult(QStringLiteral("image"), 4, 3);
    for (SampleSet* set : {&result.real, &result.generated}) {
        for (Sample& sample : set->samples) {
            sample.thumbnailPng.clear();
        }
    }
    RunSummary summary;
    {
        ProjectStore store;
        store.open(path);
        summary = store.runSummary(store.saveRun(result));
    }
    // Turn the file into what schema 1 wrote: thumbnails in the by-index table only.
    for (const QString& sql :
         {QStringLiteral("INSERT INTO thumbnails (set_id, idx, png) VALUES (%1, 2, x'89504E47')")
              .arg(summary.realSetId),
          QStringLiteral("DROP TABLE thumbnail_images"), QStringLiteral("DROP TABLE live_statistics"),
          QStringLiteral("PRAGMA user_version = 1")}) {
        rawScalar(path, sql);
    }
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    ProjectStore store;
    store.open(path);
    QCOMPARE(store.schemaVersion(), ProjectStore::currentSchemaVersion());
    QCOMPARE(store.thumbnail(summary.realSetId, 2), QByteArray::fromHex("89504E47"));
    QVERIFY(store.thumbnail(summary.realSetId, 1).isEmpty());
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
}

void TestProjectStore::partialLoaders()
{
    const QString path = projectPath(QStringLiteral("partial.genlens"));
    const RunResult result = makeResult(QStringLiteral("text"), 9, 7);
    ProjectStore store;
    store.open(path);
    const qint64 runId = store.saveRun(result);
    const RunResult full = store.loadRun(runId);
    // Each part read alone equals the same part of the whole.
    compareColumns(store.loadScores(runId, SetRole::Generated), full.generatedScores);
    compareColumns(store.loadScores(runId, SetRole::Real), full.realScores);
    QCOMPARE(store.loadMetrics(runId).size(), full.metrics.size());
    QCOMPARE(store.loadNeighbours(runId).size(), full.neighbours.size());
    QCOMPARE(store.loadExtra(runId), full.extra);
    QCOMPARE(store.loadTimings(runId), full.timingsMs);
    const SampleSet generated
        = store.loadSampleSet(store.runSummary(runId).generatedSetId, SetRole::Generated);
    compareSets(generated, full.generated);
    QVERIFY(store.loadMetrics(runId + 1).isEmpty());
}

void TestProjectStore::metricHistoryOfARealSet()
{
    const QString path = projectPath(QStringLiteral("history.genlens"));
    ProjectStore store;
    store.open(path);
    QList<qint64> finished;
    for (int checkpoint = 0; checkpoint < 3; ++checkpoint) {
        RunResult result = makeResult(QStringLiteral("image"), 10, 10, QStringLiteral("/real"),
                                      QStringLiteral("/ckpt-%1").arg(checkpoint));
        result.metrics[0].value = 30.0 - 10.0 * checkpoint; // fid improves
        finished.append(store.saveRun(result));
    }
    // A cancelled run and a run against another real set are not part of the history.
    const qint64 cancelled = store.beginRun(
        makeResult(QStringLiteral("image"), 10, 10, QStringLiteral("/real"), QStringLiteral("/x")));
    store.saveMetrics(cancelled, {MetricValue {QStringLiteral("fid"), 1.0, std::nan("")}});
    store.finishRun(cancelled, RunStatus::Cancelled);
    store.saveRun(makeResult(QStringLiteral("image"), 11, 10, QStringLiteral("/other-real"),
                             QStringLiteral("/ckpt-0")));

    const qint64 realSet = store.runSummary(finished.at(0)).realSetId;
    const QList<MetricPoint> history = store.metricHistory(realSet, QStringLiteral("fid"));
    QCOMPARE(history.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(history.at(i).runId, finished.at(i));
        QCOMPARE(history.at(i).value, 30.0 - 10.0 * i);
        QVERIFY(std::isnan(history.at(i).std));
    }
    QCOMPARE(store.metricHistory(realSet, QStringLiteral("kid")).at(2).std, 0.0004);
    QVERIFY(store.metricHistory(realSet, QStringLiteral("no_such_metric")).isEmpty());
}

void TestProjectStore::featureCacheRoundTrip()
{
    const QString path = projectPath(QStringLiteral("features.genlens"));
    const QList<QByteArray> hashes = {QByteArray("aa11"), QByteArray("bb22"), QByteArray("cc33")};
    const std::vector<std::vector<float>> vectors
        = {{1.0f, -2.5f, 3.25f}, {0.0f, 1e-30f, -7.0f}, {std::numeric_limits<float>::max(), 0, 1}};
    {
        ProjectStore store;
        store.open(path);
        store.storeFeatures(hashes, vectors, QStringLiteral("builtin-1"));
        // Same content under another extractor is another entry, and storing again replaces.
        store.storeFeatures({hashes.at(0)}, {{9.0f, 9.0f}}, QStringLiteral("onnx:inception"));
        store.storeFeatures({hashes.at(1)}, {vectors[1]}, QStringLiteral("builtin-1"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 store.storeFeatures(hashes, {vectors[0]}, QStringLiteral("x")));
    }
    ProjectStore store;
    store.open(path);
    const auto cached
        = store.cachedFeatures({hashes.at(2), QByteArray("missing"), hashes.at(0), hashes.at(1)},
                               QStringLiteral("builtin-1"));
    QCOMPARE(cached.size(), std::size_t(4));
    QCOMPARE(cached[0], vectors[2]);
    QVERIFY(cached[1].empty());
    QCOMPARE(cached[2], vectors[0]);
    QCOMPARE(cached[3], vectors[1]);
    const auto other
        = store.cachedFeatures({hashes.at(0), hashes.at(1)}, QStringLiteral("onnx:inception"));
    QCOMPARE(other[0], (std::vector<float> {9.0f, 9.0f}));
    QVERIFY(other[1].empty());
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM features")).toInt(), 4);
}

void TestProjectStore::migratesOlderSchema()
{
    // An older build knew only migration 1; this build adds a version 2 that adds a column and
    // fills it from existing rows.
    const QString path = projectPath(QStringLiteral("migrate.genlens"));
    const std::vector<SchemaMigration> older = ProjectStore::migrations();
    qint64 runId = 0;
    {
        ProjectStore store;
        store.open(path, older);
        QCOMPARE(store.schemaVersion(), older.back().version);
        runId = store.saveRun(makeResult(QStringLiteral("image"), 5, 5));
    }
    std::vector<SchemaMigration> newer = older;
    const int next = older.back().version + 1;
    newer.push_back(
        {next, QStringLiteral("test: runs.note"), [](QSqlDatabase& db) {
             QSqlQuery query(db);
             if (!query.exec(QStringLiteral("ALTER TABLE runs ADD COLUMN note TEXT"))
                 || !query.exec(QStringLiteral("UPDATE runs SET note = 'from ' || modality"))) {
                 throw StoreError(query.lastError().text().toStdString());
             }
         }});
    {
        ProjectStore store;
        store.open(path, newer);
        QCOMPARE(store.schemaVersion(), next);
        QCOMPARE(store.loadRun(runId).metrics.size(), 4);
    }
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), next);
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT note FROM runs")).toString(),
             QStringLiteral("from image"));
    // Opening again applies nothing twice (the ALTER would fail).
    ProjectStore again;
    again.open(path, newer);
    QCOMPARE(again.schemaVersion(), next);
}

void TestProjectStore::failedMigrationRollsBack()
{
    const QString path = projectPath(QStringLiteral("failed-migration.genlens"));
    std::vector<SchemaMigration> list = ProjectStore::migrations();
    {
        ProjectStore store;
        store.open(path, list);
        store.saveRun(makeResult(QStringLiteral("image"), 3, 3));
    }
    const int next = list.back().version + 1;
    // Creates a table, then fails: the table must not survive, the version must not move.
    list.push_back({next, QStringLiteral("test: broken"), [](QSqlDatabase& db) {
                        QSqlQuery query(db);
                        if (!query.exec(QStringLiteral("CREATE TABLE half_done (x INTEGER)"))) {
                            throw StoreError("unexpected");
                        }
                        if (!query.exec(QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y"))) {
                            throw StoreError(query.lastError().text().toStdString());
                        }
                    }});
    ProjectStore store;
    try {
        store.open(path, list);
        QFAIL("a failing migration must throw");
    } catch (const StoreError& error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(QStringLiteral("migration to schema version")), error.what());
        QVERIFY2(message.contains(path), error.what());
    }
    QVERIFY(!store.isOpen());
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), next - 1);
    QCOMPARE(rawScalar(path,
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'half_done'"))
                 .toInt(),
             0);
    store.open(path); // the current build still opens it
    QCOMPARE(store.runs().size(), 1);
}

void TestProjectStore::refusesNewerSchema()
{
    const QString path = projectPath(QStringLiteral("newer.genlens"));
    {
        ProjectStore store;
        store.open(path);
        store.saveRun(makeResult(QStringLiteral("image"), 3, 3));
    }
    const int newer = ProjectStore::currentSchemaVersion() + 3;
    rawScalar(path, QStringLiteral("PRAGMA user_version = %1").arg(newer));
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), newer);
    ProjectStore store;
    try {
        store.open(path);
        QFAIL("a newer schema must be refused");
    } catch (const StoreError& error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(QStringLiteral("newer GenLens")), error.what());
        QVERIFY2(message.contains(QString::number(newer)), error.what());
        QVERIFY2(message.contains(path), error.what());
    }
    QVERIFY(!store.isOpen());
    // Refusing did not touch it.
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), newer);
}

void TestProjectStore::refusesForeignDatabase()
{
    const QString path = projectPath(QStringLiteral("other-app.sqlite"));
    rawScalar(path, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
    ProjectStore store;
    QVERIFY_THROWS_EXCEPTION(StoreError, store.open(path));
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);

    const QString garbage = projectPath(QStringLiteral("garbage.genlens"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QVERIFY_THROWS_EXCEPTION(StoreError, store.open(garbage));
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             store.open(projectPath(QStringLiteral("no/such/dir/p.genlens"))));
}

void TestProjectStore::liveRunsStayRunning()
{
    // A run being written by a live process (here: this one, through another connection, as a
    // job on a worker thread does) is not marked interrupted when the window opens the file.
    const QString path = projectPath(QStringLiteral("live.genlens"));
    ProjectStore writer;
    writer.open(path);
    const qint64 runId = writer.beginRun(makeResult(QStringLiteral("image"), 4, 4));
    ProjectStore reader;
    reader.open(path);
    QCOMPARE(reader.runSummary(runId).status, RunStatus::Running);
    writer.finishRun(runId, RunStatus::Finished);
    QCOMPARE(reader.runSummary(runId).status, RunStatus::Finished);
}

void TestProjectStore::runsOfOtherHostsAreLeftAlone()
{
    const QString path = projectPath(QStringLiteral("hosts.genlens"));
    qint64 here = 0;
    qint64 elsewhere = 0;
    {
        ProjectStore store;
        store.open(path);
        here = store.beginRun(makeResult(QStringLiteral("image"), 4, 4));
        elsewhere = store.beginRun(makeResult(QStringLiteral("image"), 4, 5));
    }
    // Pid 0x7ffffffe does not exist here (pid_max is at most 2^22); the second run claims to be
    // written on another machine, whose processes we cannot see.
    rawScalar(path,
              QStringLiteral("UPDATE runs SET owner_pid = 2147483646 WHERE id IN (%1, %2)")
                  .arg(here)
                  .arg(elsewhere));
    rawScalar(path,
              QStringLiteral("UPDATE runs SET owner_host = 'some-other-host' WHERE id = %1")
                  .arg(elsewhere));
    ProjectStore store;
    store.open(path);
    QCOMPARE(store.runSummary(here).status, RunStatus::Interrupted);
    QVERIFY(store.runSummary(here).error.contains(QStringLiteral("2147483646")));
    QCOMPARE(store.runSummary(elsewhere).status, RunStatus::Running);
}

void TestProjectStore::largeWriteTiming()
{
    // 100k samples a set and 10 score columns: the size the window must handle. Timings are
    // printed for the record; the assertions are about completeness, not speed. Debug and
    // sanitizer builds are 10-30x slower, so they check completeness on a fifth of the size.
#ifdef NDEBUG
    constexpr qint64 kSamples = 100000;
#else
    constexpr qint64 kSamples = 20000;
#endif
    constexpr int kColumns = 10;
    const QString path = projectPath(QStringLiteral("large.genlens"));
    RunResult result;
    result.modality = QStringLiteral("image");
    result.real = makeSet(SetRole::Real, QStringLiteral("image"), QStringLiteral("/big/real"),
                          kSamples, false);
    result.generated = makeSet(SetRole::Generated, QStringLiteral("image"),
                               QStringLiteral("/big/gen"), kSamples, false);
    for (int c = 0; c < kColumns; ++c) {
        result.realScores.append(makeColumn(QStringLiteral("r%1").arg(c), kSamples, 10 + c, false));
        result.generatedScores.append(
            makeColumn(QStringLiteral("g%1").arg(c), kSamples, 20 + c, false));
    }
    ProjectStore store;
    store.open(path);
    // Wall time depends on the machine's load; process CPU time much less so. Both are printed.
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    const auto lap = [&timer, &cpu] {
        const std::clock_t now = std::clock();
        const QString text = QStringLiteral("%1 ms (cpu %2 ms)")
                                 .arg(timer.restart())
                                 .arg(static_cast<qint64>(now - cpu) * 1000 / CLOCKS_PER_SEC);
        cpu = now;
        return text;
    };
    const qint64 runId = store.beginRun(result);
    const QString setsTime = lap();
    store.saveScores(runId, SetRole::Real, result.realScores);
    store.saveScores(runId, SetRole::Generated, result.generatedScores);
    const QString scoresTime = lap();
    store.finishRun(runId, RunStatus::Finished);
    const RunResult loaded = store.loadRun(runId);
    const QString loadTime = lap();
    qInfo("2 x %lld samples: beginRun %s; 2 x %d score columns: saveScores %s; loadRun %s",
          static_cast<long long>(kSamples), qPrintable(setsTime), kColumns, qPrintable(scoresTime),
          qPrintable(loadTime));
    // Feature cache: per-row cost with short vectors (the blob size is the disk's business).
    QList<QByteArray> hashes;
    std::vector<std::vector<float>> vectors;
    for (const Sample& sample : result.generated.samples) {
        hashes.append(sample.contentHash);
        vectors.push_back(std::vector<float>(16, static_cast<float>(vectors.size())));
    }
    lap();
    store.storeFeatures(hashes, vectors, QStringLiteral("builtin-1"));
    const QString storeFeaturesTime = lap();
    const auto cached = store.cachedFeatures(hashes, QStringLiteral("builtin-1"));
    const QString cachedFeaturesTime = lap();
    qInfo("%lld x 16-d features: storeFeatures %s; cachedFeatures %s",
          static_cast<long long>(kSamples), qPrintable(storeFeaturesTime),
          qPrintable(cachedFeaturesTime));
    QCOMPARE(cached.size(), vectors.size());
    QCOMPARE(cached.back(), vectors.back());

    QCOMPARE(loaded.real.samples.size(), std::size_t(kSamples));
    QCOMPARE(loaded.generated.samples.back().source, result.generated.samples.back().source);
    compareColumns(loaded.generatedScores, result.generatedScores);
    compareColumns(loaded.realScores, result.realScores);
}

// Issue 15, item 5: processes creating the same new project at once used to fail with "table
// sample_sets already exists" (1 in 10 for two processes). Six processes open one new file at
// once, ten times: every one succeeds and the file is a project.
void TestProjectStore::concurrentCreationOfANewProject()
{
    constexpr int kRounds = 10;
    constexpr int kProcesses = 6;
    for (int round = 0; round < kRounds; ++round) {
        const QString path = projectPath(QStringLiteral("race%1.genlens").arg(round));
        std::vector<std::unique_ptr<QProcess>> openers;
        for (int p = 0; p < kProcesses; ++p) {
            openers.push_back(std::make_unique<QProcess>());
            openers.back()->start(QStringLiteral(GENLENS_STORE_OPENER), {path});
        }
        for (const auto& opener : openers) {
            QVERIFY(opener->waitForFinished(60000));
            const QByteArray out = opener->readAllStandardOutput();
            QVERIFY2(opener->exitCode() == 0, out.constData());
        }
        ProjectStore store;
        store.open(path);
        QCOMPARE(store.schemaVersion(), ProjectStore::currentSchemaVersion());
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }
}

void TestProjectStore::interruptedWriterLeavesUsableFile()
{
    const QString path = projectPath(QStringLiteral("killed.genlens"));
    constexpr int kSamples = 20000;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(GENLENS_STORE_WRITER), {path, QString::number(kSamples)});
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 30000) {
        if (writer.state() == QProcess::NotRunning) {
            break;
        }
        writer.waitForReadyRead(200);
        out += writer.readAllStandardOutput();
    }
    QVERIFY2(out.startsWith("metrics-committed "),
             qPrintable(QString::fromUtf8(out + writer.readAllStandardError())));
    const qint64 runId = out.mid(18).trimmed().toLongLong();
    // Let it get well into the score batches, then kill it without warning.
    QTest::qWait(300);
    QCOMPARE(writer.state(), QProcess::Running);
    writer.kill(); // SIGKILL
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    ProjectStore store;
    store.open(path);
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    const RunSummary summary = store.runSummary(runId);
    QCOMPARE(summary.status, RunStatus::Interrupted);
    QCOMPARE(summary.realCount, qint64(kSamples));
    const RunResult loaded = store.loadRun(runId);
    QCOMPARE(loaded.real.samples.size(), std::size_t(kSamples));
    QCOMPARE(loaded.generated.samples.size(), std::size_t(kSamples));
    QCOMPARE(loaded.metrics.size(), 2);
    QCOMPARE(loaded.metric(QStringLiteral("fid"))->value, 12.5);
    QCOMPARE(store.thumbnail(summary.realSetId, kSamples - 1).size(), 512);
    // Whatever score batches were committed are whole; the one being written is gone.
    qInfo("%lld score batches committed before the kill",
          static_cast<long long>(loaded.generatedScores.size()));
    for (qsizetype c = 0; c < loaded.generatedScores.size(); ++c) {
        const ScoreColumn& column = loaded.generatedScores.at(c);
        QCOMPARE(column.key, QStringLiteral("score_%1").arg(c));
        QCOMPARE(column.values.size(), std::size_t(kSamples));
        QCOMPARE(column.values.front(), double(c));
        QCOMPARE(column.values.back(), double(c));
    }
}

// An import killed while it writes thumbnails (SIGKILL, no chance to clean up) leaves a project
// that opens, with whole batches only.
void TestProjectStore::killedThumbnailWriterKeepsWholeBatches()
{
    const QString path = projectPath(QStringLiteral("killed-thumbnails.genlens"));
    constexpr int kBatch = 256;
    QProcess writer;
    writer.start(QStringLiteral(GENLENS_STORE_WRITER),
                 {path, QString::number(kBatch), QStringLiteral("thumbnails")});
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 30000 && writer.state() != QProcess::NotRunning) {
        writer.waitForReadyRead(200);
        out += writer.readAllStandardOutput();
    }
    QVERIFY2(out.startsWith("thumbnails-committed"),
             qPrintable(QString::fromUtf8(out + writer.readAllStandardError())));
    QTest::qWait(300);
    QCOMPARE(writer.state(), QProcess::Running);
    writer.kill();
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    ProjectStore store;
    store.open(path);
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    const int stored = rawScalar(path, QStringLiteral("SELECT count(*) FROM thumbnail_images")).toInt();
    qInfo("%d thumbnail batches committed before the kill", stored / kBatch);
    QVERIFY(stored >= kBatch);
    QCOMPARE(stored % kBatch, 0);
    QVERIFY(store.hasThumbnails({QByteArray::number(kBatch - 1, 16).rightJustified(40, '0')}).front());
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"

#pragma once

#include "evaluation/runresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <stdexcept>
#include <vector>

namespace genlens::app {

// A failure of the project file itself (cannot open, newer schema, disk full). Message names the
// file.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The file is locked by another connection beyond the busy timeout (SQLITE_BUSY/LOCKED).
class StoreBusyError : public StoreError
{
public:
    using StoreError::StoreError;
};

enum class RunStatus { Running, Finished, Cancelled, Failed, Interrupted };
QString runStatusName(RunStatus status);           // "running", "finished", ...
RunStatus runStatusFromName(const QString& name);

struct SampleSetSummary
{
    qint64 id = 0;
    QString modality;
    QString source;
    QString kind;
    qint64 count = 0;
    qint64 skippedCount = 0;
};

struct RunSummary
{
    qint64 id = 0;
    QString modality;
    RunStatus status = RunStatus::Running;
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 realSetId = 0;
    qint64 generatedSetId = 0;
    QString realSource;
    QString generatedSource;
    QJsonObject settings;
    QJsonObject extractor;
    QString signature;
    QString name;               // user-given; empty until renamed
    qint64 realCount = 0;       // samples in the real / generated set
    qint64 generatedCount = 0;
};

// One point of a metric's history over the finished runs that share a real set.
struct MetricPoint
{
    qint64 runId = 0;
    QString runName;
    QDateTime startedAt;
    double value = std::numeric_limits<double>::quiet_NaN();
    double std = std::numeric_limits<double>::quiet_NaN();
};

// One step of the schema: applied inside the same transaction that sets PRAGMA user_version to
// `version`. Throw StoreError (or let a failed statement throw) to roll the step back.
struct SchemaMigration
{
    int version = 0;
    QString description;
    std::function<void(QSqlDatabase& db)> apply;
};

// The .genlens project file (design.md §6): SQLite with WAL, foreign keys, a schema_version and
// migrations. One instance owns one named connection and must only be used from the thread that
// opened it (Qt 6.4); a worker opens its own ProjectStore on the same path.
// Every write is one transaction, so a crash or cancel leaves either all of a step or none of it.
class ProjectStore
{
public:
    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    static int currentSchemaVersion();
    // The migrations of this build, ascending by version; the last one is currentSchemaVersion().
    static const std::vector<SchemaMigration>& migrations();

    // Creates the file or migrates it to the current schema. Runs left 'running' by a process that
    // is gone are marked 'interrupted' (their finished parts stay). Throws StoreError.
    void open(const QString& path);
    // As open(), with another migration list: for tests of the migration mechanism (an older
    // build is a prefix of the list, a newer one a longer list).
    void open(const QString& path, const std::vector<SchemaMigration>& migrations);
    // Opens an existing project for reading only (SQLite's read-only mode): no migration, no
    // repair of dead runs, no write. For a worker that reads what the window has open (the run
    // comparison's loader); the file must be at this build's schema version. Throws StoreError.
    void openReadOnly(const QString& path);
    // open() for a file this process may write, else openReadOnly(): for views of a project
    // (the window), which show a read-only file instead of refusing it.
    void openForViewing(const QString& path);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const;
    int schemaVersion() const;

    // --- writing a run, stage by stage ---------------------------------------------------------
    // Stores (or reuses, when identical by source and content hashes) both sample sets with their
    // samples, skipped records and the thumbnails the samples carry, and creates the run with
    // status 'running'.
    qint64 beginRun(const RunResult& setup);
    void saveMetrics(qint64 runId, const QList<MetricValue>& metrics);
    void saveScores(qint64 runId, SetRole role, const QList<ScoreColumn>& columns);
    void saveNeighbours(qint64 runId, const std::vector<Neighbour>& neighbours);
    void saveExtra(qint64 runId, const QJsonObject& extra);
    // Appends one slice object to the run's extra["slices"] in one transaction (read, check,
    // write), for slices defined after the run (issue 13). Throws StoreError when the run already
    // has a slice of that name.
    void appendSlice(qint64 runId, const QJsonObject& slice);
    void saveTimings(qint64 runId, const QMap<QString, qint64>& timingsMs);
    // Live-k statistics by feature-space prefix (RunResult::liveStatistics).
    void saveLiveStatistics(qint64 runId, const QMap<QString, QByteArray>& statistics);
    void finishRun(qint64 runId, RunStatus status, const QString& error = {});
    // All of the above for a complete result; returns the run id.
    qint64 saveRun(const RunResult& result);

    // --- reading ------------------------------------------------------------------------------
    QList<SampleSetSummary> sampleSets() const;
    QList<RunSummary> runs() const;                 // newest first
    RunSummary runSummary(qint64 runId) const;
    // The stored result of a run: sets (samples without thumbnails), metrics, scores,
    // neighbours, extra, timings.
    RunResult loadRun(qint64 runId) const;
    // The encoded thumbnail (JPEG; PNG in projects written before schema 2) of a stored sample,
    // or empty.
    QByteArray thumbnail(qint64 setId, qint64 sampleIndex) const;
    // Parts of a run, for views that need less than loadRun() (which reads 100k samples).
    SampleSet loadSampleSet(qint64 setId, SetRole role = SetRole::Real) const;
    QList<MetricValue> loadMetrics(qint64 runId) const;
    QList<ScoreColumn> loadScores(qint64 runId, SetRole role) const;
    std::vector<Neighbour> loadNeighbours(qint64 runId) const;
    QJsonObject loadExtra(qint64 runId) const;
    QMap<QString, qint64> loadTimings(qint64 runId) const;
    // Prefix → encoded metrics::LiveStatistics; empty for runs stored before schema 3.
    QMap<QString, QByteArray> loadLiveStatistics(qint64 runId) const;
    // A metric over the finished runs against one real set, oldest first (run comparison).
    QList<MetricPoint> metricHistory(qint64 realSetId, const QString& key) const;
    void renameRun(qint64 runId, const QString& name);
    void deleteRun(qint64 runId);
    // Ids of the runs that use a set (in either role), oldest first.
    QList<qint64> runsUsingSet(qint64 setId) const;
    // "ok", or SQLite's list of problems (PRAGMA integrity_check).
    QString integrityCheck() const;

    // --- feature cache, keyed by (content hash, extractor id) ----------------------------------
    // Returns, for each hash, the cached vector or an empty one.
    std::vector<std::vector<float>> cachedFeatures(const QList<QByteArray>& contentHashes,
                                                   const QString& extractorId) const;
    void storeFeatures(const QList<QByteArray>& contentHashes,
                       const std::vector<std::vector<float>>& features, const QString& extractorId);

    // --- thumbnails, keyed by content hash (written while a set is imported) -------------------
    // For each hash, whether the project holds its thumbnail.
    std::vector<bool> hasThumbnails(const QList<QByteArray>& contentHashes) const;
    // Stores encoded thumbnails under their hashes in one transaction; a hash already present
    // keeps its thumbnail (same content, same image).
    void storeThumbnails(const QList<QByteArray>& contentHashes, const QList<QByteArray>& images);

private:
    void openAttempt(const QString& path, const std::vector<SchemaMigration>& migrations);
    QSqlDatabase database() const;
    void markDeadRunsInterrupted();
    qint64 storeSet(const SampleSet& set, const QString& modality);
    qint64 insertRun(const RunResult& setup, qint64 realSetId, qint64 generatedSetId);
    void writeMetrics(qint64 runId, const QList<MetricValue>& metrics);
    void writeScores(qint64 runId, SetRole role, const QList<ScoreColumn>& columns);
    void writeNeighbours(qint64 runId, const std::vector<Neighbour>& neighbours);
    void writeExtra(qint64 runId, const QJsonObject& extra);
    void writeTimings(qint64 runId, const QMap<QString, qint64>& timingsMs);
    void writeLiveStatistics(qint64 runId, const QMap<QString, QByteArray>& statistics);
    void writeFinish(qint64 runId, RunStatus status, const QString& error);
    SampleSet loadSet(qint64 setId, SetRole role) const;
    void requireRun(qint64 runId) const;

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    const void* m_thread = nullptr; // the QThread that opened the connection
};

} // namespace genlens::app

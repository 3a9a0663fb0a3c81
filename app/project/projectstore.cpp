#include "project/projectstore.h"

#include "project/blobcodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QtEndian>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <signal.h>
#include <stdexcept>

namespace genlens::app {

namespace {

// How long a connection waits for another one's write lock.
constexpr int kBusyTimeoutMs = 10000;

// 'GLNS': marks the SQLite file as a GenLens project (PRAGMA application_id), so that opening some
// other SQLite database is refused instead of being "migrated".
constexpr qint32 kApplicationId = 0x474C4E53;

std::atomic<quint64> s_connectionCounter {0};

QString sqlText(const char* sql)
{
    return QString::fromUtf8(sql);
}

// What a failure of the file itself means, in words, from SQLite's primary result code
// (sqlite3.h); empty for the rest (a programming error, where the SQL text is what helps).
QString failureInWords(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok) {
        return {};
    }
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QStringLiteral("the project is locked by another program (try again when it is done)");
    case 8: // SQLITE_READONLY
        return QStringLiteral("the project file is read-only");
    case 10: // SQLITE_IOERR
        return QStringLiteral("the disk could not read or write the project file");
    case 11: // SQLITE_CORRUPT
        return QStringLiteral("the project file is damaged (SQLite reports a malformed database)");
    case 13: // SQLITE_FULL
        return QStringLiteral("the disk is full");
    case 14: // SQLITE_CANTOPEN
        return QStringLiteral("cannot open the project file");
    case 26: // SQLITE_NOTADB
        return QStringLiteral("not a GenLens project (not an SQLite database, or a damaged one)");
    default:
        return {};
    }
}

[[noreturn]] void fail(const QString& path, const QString& what, const QSqlError& error)
{
    // A damaged, locked or read-only file: say so in words instead of showing the SQL statement
    // and Qt's "Unable to fetch row".
    const QString words = failureInWords(error);
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 5 || code == 6) { // SQLITE_BUSY, SQLITE_LOCKED
        throw StoreBusyError(QStringLiteral("%1: %2").arg(path, words).toStdString());
    }
    if (!words.isEmpty()) {
        throw StoreError(QStringLiteral("%1: %2").arg(path, words).toStdString());
    }
    throw StoreError(QStringLiteral("%1: %2: %3").arg(path, what, error.text()).toStdString());
}

[[noreturn]] void fail(const QString& path, const QString& what)
{
    throw StoreError(QStringLiteral("%1: %2").arg(path, what).toStdString());
}

void execOrThrow(QSqlQuery& query, const QString& path)
{
    if (!query.exec()) {
        fail(path, query.lastQuery(), query.lastError());
    }
}

void execOrThrow(QSqlDatabase& db, const QString& sql, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        fail(path, sql, query.lastError());
    }
}

QSqlQuery prepareOrThrow(QSqlDatabase& db, const QString& sql, const QString& path)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        fail(path, sql, query.lastError());
    }
    return query;
}

// query.next() for reading loops: false at the end, but a step that fails (a damaged page met
// half-way) throws instead of ending the loop early and showing a silently shortened list.
bool nextRowOrThrow(QSqlQuery& query, const QString& path)
{
    if (query.next()) {
        return true;
    }
    if (query.lastError().isValid()) {
        fail(path, query.lastQuery(), query.lastError());
    }
    return false;
}

QVariant scalar(QSqlDatabase& db, const QString& sql, const QString& path)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        fail(path, sql, query.lastError());
    }
    return query.next() ? query.value(0) : QVariant();
}

// One write transaction. BEGIN IMMEDIATE takes the write lock up front, so two connections never
// deadlock upgrading read locks (the UI thread reads while a worker writes). Rolls back unless
// committed, so an exception leaves the file as it was before the call.
class Transaction
{
public:
    Transaction(QSqlDatabase db, QString path, bool write = true)
        : m_db(std::move(db))
        , m_path(std::move(path))
    {
        execOrThrow(m_db, write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                    m_path);
    }
    ~Transaction()
    {
        if (!m_done) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit()
    {
        execOrThrow(m_db, QStringLiteral("COMMIT"), m_path);
        m_done = true;
    }

private:
    QSqlDatabase m_db;
    QString m_path;
    bool m_done = false;
};

// Qt binds a null QString as SQL NULL; NOT NULL text columns get an empty string instead.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// SQLite stores NaN as NULL; map it back.
double realOrNaN(const QVariant& value)
{
    return value.isNull() ? std::numeric_limits<double>::quiet_NaN() : value.toDouble();
}

QVariant realVariant(double value)
{
    return std::isnan(value) ? QVariant(QMetaType::fromType<double>()) : QVariant(value);
}

QDateTime timeFromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Process start time in clock ticks since boot (field 22 of /proc/PID/stat): together with the pid
// it identifies a process, so a recycled pid is not mistaken for the writer of a run.
QString processStartTime(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray stat = file.readAll();
    // The command name (field 2) is in parentheses and may itself hold spaces or ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0) {
        return {};
    }
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    constexpr int kStartTimeAfterName = 19; // field 22 counted from field 3
    return fields.size() > kStartTimeAfterName ? QString::fromLatin1(fields.at(kStartTimeAfterName))
                                               : QString();
}

bool processAlive(qint64 pid, const QString& recordedStart)
{
    if (pid <= 0) {
        return false;
    }
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
        return false;
    }
    // The pid exists (or belongs to another user: EPERM). If we know when the writer started,
    // a different start time means the pid was reused.
    const QString start = processStartTime(pid);
    return recordedStart.isEmpty() || start.isEmpty() || start == recordedStart;
}

QString hostName()
{
    return QSysInfo::machineHostName();
}

bool setPresent(const SampleSet& set)
{
    return !set.source.isEmpty() || !set.samples.empty();
}

// Identity of a stored set: everything that is stored about it except thumbnails (derived from
// the content). Equal fingerprints mean the set can be shared between runs.
// `payloads`: each sample's compact JSON payload (empty when none), serialised once by the caller
// for both the fingerprint and the insert.
QString setFingerprint(const SampleSet& set, const QString& modality,
                       const std::vector<QByteArray>& payloads)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto addText = [&hash](const QString& text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    };
    addText(modality);
    addText(set.kind);
    addText(set.source);
    addText(QString::number(set.samples.size()));
    for (std::size_t i = 0; i < set.samples.size(); ++i) {
        const Sample& sample = set.samples[i];
        addText(sample.source);
        addText(sample.label);
        hash.addData(sample.contentHash);
        hash.addData(QByteArrayView("\0", 1));
        addText(sample.text);
        hash.addData(payloads[i]);
        hash.addData(QByteArrayView("\1", 1));
    }
    for (const InputIssue& issue : set.skipped) {
        addText(issue.item);
        addText(QString::number(issue.line));
        addText(issue.reason);
    }
    return QString::fromLatin1(hash.result().toHex());
}

// --- schema ---------------------------------------------------------------------------------

void createSchemaV1(QSqlDatabase& db)
{
    static const char* const statements[] = {
        // A set of samples as imported from one source. Shared by runs when identical.
        R"(CREATE TABLE sample_sets (
            id INTEGER PRIMARY KEY,
            modality TEXT NOT NULL,
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            sample_count INTEGER NOT NULL,
            skipped_count INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            created_at INTEGER NOT NULL))",
        "CREATE INDEX sample_sets_by_fingerprint ON sample_sets(fingerprint)",
        R"(CREATE TABLE samples (
            set_id INTEGER NOT NULL REFERENCES sample_sets(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            source TEXT NOT NULL,
            label TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            text TEXT,
            payload TEXT,
            PRIMARY KEY (set_id, idx)))",
        // Thumbnails apart from samples keep the samples table compact to scan.
        R"(CREATE TABLE thumbnails (
            set_id INTEGER NOT NULL REFERENCES sample_sets(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            png BLOB NOT NULL,
            PRIMARY KEY (set_id, idx)))",
        R"(CREATE TABLE set_issues (
            set_id INTEGER NOT NULL REFERENCES sample_sets(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            item TEXT NOT NULL,
            line INTEGER NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (set_id, ord)))",
        R"(CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            modality TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN
                ('running', 'finished', 'cancelled', 'failed', 'interrupted')),
            error TEXT NOT NULL DEFAULT '',
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            settings TEXT NOT NULL,
            extractor TEXT NOT NULL,
            signature TEXT NOT NULL DEFAULT '',
            real_set_id INTEGER NOT NULL REFERENCES sample_sets(id),
            generated_set_id INTEGER NOT NULL REFERENCES sample_sets(id),
            owner_pid INTEGER,
            owner_host TEXT,
            owner_start TEXT))",
        "CREATE INDEX runs_by_real_set ON runs(real_set_id)",
        "CREATE INDEX runs_by_generated_set ON runs(generated_set_id)",
        R"(CREATE TABLE metrics (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            ord INTEGER NOT NULL,
            value REAL,
            std REAL,
            PRIMARY KEY (run_id, key)))",
        // One little-endian float64 blob per score column: 100k x 10 scores load as 10 rows.
        R"(CREATE TABLE scores (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            role INTEGER NOT NULL CHECK (role IN (0, 1)),
            key TEXT NOT NULL,
            ord INTEGER NOT NULL,
            count INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (run_id, role, key)))",
        // All links of a run as one blob of fixed 32-byte records, in the pipeline's order.
        R"(CREATE TABLE neighbours (
            run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
            count INTEGER NOT NULL,
            data BLOB NOT NULL))",
        R"(CREATE TABLE run_extra (
            run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
            json TEXT NOT NULL))",
        R"(CREATE TABLE timings (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            ms INTEGER NOT NULL,
            PRIMARY KEY (run_id, stage)))",
        // Feature cache: little-endian float32 vectors keyed by (content hash, extractor id).
        R"(CREATE TABLE features (
            content_hash TEXT NOT NULL,
            extractor_id TEXT NOT NULL,
            dim INTEGER NOT NULL,
            data BLOB NOT NULL))",
        "CREATE UNIQUE INDEX features_by_key ON features(content_hash, extractor_id)",
    };
    for (const char* sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sqlText(sql))) {
            throw StoreError(
                QStringLiteral("%1: %2").arg(sqlText(sql), query.lastError().text()).toStdString());
        }
    }
}

// Version 2: thumbnails keyed by the image's content hash, written while a set is imported (in
// batches, before the set itself is stored) and shared by every set holding the same image. The
// version 1 table `thumbnails` (by set and index) stays for the projects that have it and is
// still read; nothing is written there unless a sample has no content hash.
void addThumbnailImages(QSqlDatabase& db)
{
    QSqlQuery query(db);
    const QString sql = QStringLiteral(
        "CREATE TABLE thumbnail_images (content_hash TEXT PRIMARY KEY, data BLOB NOT NULL)");
    if (!query.exec(sql)) {
        throw StoreError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()).toStdString());
    }
}

// Version 3 (issue 13, live k): per run and feature space ("" images, "emb_" text embeddings)
// the statistics that recompute PRDC, realism and memorisation at any k ≤ 20 — one blob in
// metrics/sets/livek.h's format, N·(8K+9) + M·(12K+8) bytes (4.2 MB for 10,000 × 10,000).
void addLiveStatistics(QSqlDatabase& db)
{
    QSqlQuery query(db);
    const QString sql = QStringLiteral(
        "CREATE TABLE live_statistics ("
        "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, "
        "prefix TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (run_id, prefix))");
    if (!query.exec(sql)) {
        throw StoreError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()).toStdString());
    }
}

} // namespace

// --- status names ---------------------------------------------------------------------------

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QStringLiteral("running");
    case RunStatus::Finished:
        return QStringLiteral("finished");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("failed");
}

RunStatus runStatusFromName(const QString& name)
{
    for (RunStatus status : {RunStatus::Running, RunStatus::Finished, RunStatus::Cancelled,
                             RunStatus::Failed, RunStatus::Interrupted}) {
        if (runStatusName(status) == name) {
            return status;
        }
    }
    throw StoreError(QStringLiteral("unknown run status '%1'").arg(name).toStdString());
}

// --- lifetime ---------------------------------------------------------------------------------

ProjectStore::ProjectStore() = default;

ProjectStore::~ProjectStore()
{
    close();
}

int ProjectStore::currentSchemaVersion()
{
    return migrations().back().version;
}

const std::vector<SchemaMigration>& ProjectStore::migrations()
{
    static const std::vector<SchemaMigration> list = {
        {1, QStringLiteral("sets, samples, runs, metrics, scores, neighbours, feature cache"),
         createSchemaV1},
        {2, QStringLiteral("thumbnails keyed by content hash"), addThumbnailImages},
        {3, QStringLiteral("live-k neighbour statistics"), addLiveStatistics},
    };
    return list;
}

void ProjectStore::open(const QString& path)
{
    open(path, migrations());
}

void ProjectStore::open(const QString& path, const std::vector<SchemaMigration>& migrationList)
{
    // Opening a new file races with other processes creating it (issue 15): switching a fresh
    // file to WAL needs the whole file, and SQLite reports BUSY at once, without waiting, when
    // waiting could deadlock. The other process finishes within milliseconds, so try again for as
    // long as the busy timeout would have waited.
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 1;; ++attempt) {
        try {
            openAttempt(path, migrationList);
            return;
        } catch (const StoreBusyError&) {
            if (waited.elapsed() > kBusyTimeoutMs) {
                throw;
            }
            QThread::msleep(static_cast<unsigned long>(std::min(20 * attempt, 200)));
        }
    }
}

void ProjectStore::openAttempt(const QString& path,
                               const std::vector<SchemaMigration>& migrationList)
{
    close();
    if (migrationList.empty()) {
        throw std::invalid_argument("ProjectStore::open: empty migration list");
    }
    for (std::size_t i = 0; i < migrationList.size(); ++i) {
        if (migrationList[i].version <= (i == 0 ? 0 : migrationList[i - 1].version)) {
            throw std::invalid_argument(
                "ProjectStore::open: migration versions must be positive and ascending");
        }
    }
    const int targetVersion = migrationList.back().version;

    m_path = path;
    m_thread = QThread::currentThread();
    m_connectionName = QStringLiteral("genlens-store-%1").arg(++s_connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // A worker and the UI thread may write the same file through their own connections.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    try {
        if (!db.open()) {
            fail(path, QStringLiteral("cannot open the project"), db.lastError());
        }
        // One read transaction, so that the three values describe the same moment even while
        // another process creates the schema (issue 15: two processes creating one project).
        qint32 applicationId = 0;
        int fileVersion = 0;
        qint64 tableCount = 0;
        {
            Transaction snapshot(db, path, false);
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("PRAGMA application_id"))) {
                fail(path, QStringLiteral("not a GenLens project"), probe.lastError());
            }
            applicationId = probe.next() ? probe.value(0).toInt() : 0;
            probe.finish();
            fileVersion = scalar(db, QStringLiteral("PRAGMA user_version"), path).toInt();
            tableCount = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), path)
                             .toLongLong();
            snapshot.commit();
        }
        if ((applicationId != 0 && applicationId != kApplicationId)
            || (applicationId == 0 && tableCount > 0)) {
            fail(path,
                 QStringLiteral("not a GenLens project (a SQLite database of another "
                                "application)"));
        }
        if (fileVersion > targetVersion) {
            fail(path,
                 QStringLiteral("this project was written by a newer GenLens (project schema "
                                "version %1; this GenLens reads up to version %2). Update "
                                "GenLens to open it.")
                     .arg(fileVersion)
                     .arg(targetVersion));
        }

        if (tableCount == 0) {
            // A new file: 16 KiB pages. Most rows are 2-4 KB blobs (a 512-d feature vector, a
            // thumbnail); with SQLite's default 4 KiB pages each takes a page of its own and
            // wastes up to half of it, with 16 KiB pages 5-7 share one. Only possible before the
            // first table (and before WAL); existing projects keep their page size.
            execOrThrow(db, QStringLiteral("PRAGMA page_size=16384"), path);
        }
        // WAL: readers (the window) never block the writer (a job), and a killed writer leaves a
        // file that recovers on the next open. NORMAL sync is crash-safe in WAL mode.
        const QString mode
            = scalar(db, QStringLiteral("PRAGMA journal_mode=WAL"), path).toString().toLower();
        if (mode != QStringLiteral("wal")) {
            fail(
                path,
                QStringLiteral("cannot switch to write-ahead logging (journal mode %1)").arg(mode));
        }
        execOrThrow(db, QStringLiteral("PRAGMA synchronous=NORMAL"), path);
        execOrThrow(db, QStringLiteral("PRAGMA foreign_keys=ON"), path);

        // Each step in its own transaction together with its version number: a failed step
        // leaves the file at the previous version, never half-migrated.
        for (const SchemaMigration& migration : migrationList) {
            if (migration.version <= fileVersion) {
                continue;
            }
            Transaction transaction(db, path);
            // Another process may have migrated the file while this one waited for the write
            // lock: read the version again under the lock (else "table already exists").
            const int lockedVersion
                = scalar(db, QStringLiteral("PRAGMA user_version"), path).toInt();
            if (migration.version <= lockedVersion) {
                continue; // the transaction rolls back, nothing was written
            }
            try {
                migration.apply(db);
            } catch (const std::exception& error) {
                fail(path,
                     QStringLiteral("migration to schema version %1 (%2) failed: %3")
                         .arg(migration.version)
                         .arg(migration.description, QString::fromUtf8(error.what())));
            }
            execOrThrow(db, QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId), path);
            execOrThrow(db, QStringLiteral("PRAGMA user_version=%1").arg(migration.version), path);
            transaction.commit();
        }
        m_schemaVersion = scalar(db, QStringLiteral("PRAGMA user_version"), path).toInt();
        markDeadRunsInterrupted();
    } catch (...) {
        db = QSqlDatabase();
        close();
        throw;
    }
}

void ProjectStore::openReadOnly(const QString& path)
{
    close();
    if (!QFile::exists(path)) {
        fail(path, QStringLiteral("no such project"));
    }
    if (QFileInfo(path).size() == 0) {
        fail(path, QStringLiteral("not a GenLens project (an empty file)"));
    }
    // A reader of a WAL file needs its -shm index, which SQLite creates next to the file. In a
    // folder this process may not write, with no -wal/-shm left (the last writer closed
    // cleanly, so every page is in the file itself), SQLite refuses; the file is then opened as
    // immutable, which reads it without that index and without locks.
    for (const bool immutable : {false, true}) {
        m_path = path;
        m_thread = QThread::currentThread();
        m_connectionName = QStringLiteral("genlens-store-%1").arg(++s_connectionCounter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (immutable) {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString()
                               + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        }
        try {
            if (!db.open()) {
                fail(path, QStringLiteral("cannot open the project for reading"), db.lastError());
            }
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("PRAGMA application_id"))) {
                const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
                const bool sharedMemoryRefused = code == 8 /* SQLITE_READONLY */
                                                 || code == 14 /* SQLITE_CANTOPEN */;
                const bool walLeft = QFile::exists(path + QStringLiteral("-wal"));
                if (!immutable && sharedMemoryRefused && !walLeft) {
                    probe = QSqlQuery();
                    db = QSqlDatabase();
                    close();
                    continue;
                }
                fail(path, QStringLiteral("PRAGMA application_id"), probe.lastError());
            }
            const qint32 applicationId = probe.next() ? probe.value(0).toInt() : 0;
            probe = QSqlQuery();
            if (applicationId != kApplicationId) {
                fail(path, QStringLiteral("not a GenLens project"));
            }
            const int fileVersion
                = scalar(db, QStringLiteral("PRAGMA user_version"), path).toInt();
            if (fileVersion != currentSchemaVersion()) {
                fail(path,
                     QStringLiteral("project schema version %1, this GenLens reads version %2 "
                                    "(open the project read-write once to migrate it)")
                         .arg(fileVersion)
                         .arg(currentSchemaVersion()));
            }
            m_schemaVersion = fileVersion;
            m_readOnly = true;
            return;
        } catch (...) {
            db = QSqlDatabase();
            close();
            throw;
        }
    }
}

void ProjectStore::openForViewing(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable()) {
        openReadOnly(path);
        return;
    }
    try {
        open(path);
    } catch (const StoreError&) {
        // Writable by permissions yet not in fact (a read-only mount, a file system that
        // refuses the WAL files): show it read-only, or report the first failure.
        if (!info.exists()) {
            throw;
        }
        const std::exception_ptr first = std::current_exception();
        try {
            openReadOnly(path);
        } catch (const StoreError&) {
            std::rethrow_exception(first);
        }
    }
}

void ProjectStore::close()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_schemaVersion = 0;
    m_readOnly = false;
}

bool ProjectStore::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

QString ProjectStore::path() const
{
    return m_path;
}

int ProjectStore::schemaVersion() const
{
    return m_schemaVersion;
}

QSqlDatabase ProjectStore::database() const
{
    if (m_connectionName.isEmpty()) {
        throw StoreError("no project is open");
    }
    // Qt 6.4: a connection may only be used by the thread that created it.
    Q_ASSERT_X(m_thread == QThread::currentThread(), "ProjectStore",
               "used from a thread other than the one that opened it");
    return QSqlDatabase::database(m_connectionName, false);
}

void ProjectStore::markDeadRunsInterrupted()
{
    QSqlDatabase db = database();
    struct Orphan
    {
        qint64 id;
        qint64 pid;
    };
    QList<Orphan> orphans;
    {
        QSqlQuery query = prepareOrThrow(
            db,
            QStringLiteral("SELECT id, owner_pid, owner_host, owner_start FROM runs "
                           "WHERE status = 'running'"),
            m_path);
        execOrThrow(query, m_path);
        const QString host = hostName();
        while (nextRowOrThrow(query, m_path)) {
            const qint64 pid = query.value(1).toLongLong();
            // A run owned by another machine may still be alive there: leave it alone.
            if (query.value(2).toString() != host) {
                continue;
            }
            if (!processAlive(pid, query.value(3).toString())) {
                orphans.append(Orphan {query.value(0).toLongLong(), pid});
            }
        }
    }
    if (orphans.isEmpty()) {
        return;
    }
    Transaction transaction(db, m_path);
    QSqlQuery update
        = prepareOrThrow(db,
                         QStringLiteral("UPDATE runs SET status = 'interrupted', error = ? "
                                        "WHERE id = ? AND status = 'running'"),
                         m_path);
    for (const Orphan& orphan : orphans) {
        update.bindValue(0,
                         QStringLiteral("the process that ran it (pid %1) ended before the run "
                                        "finished; finished parts are kept")
                             .arg(orphan.pid));
        update.bindValue(1, orphan.id);
        execOrThrow(update, m_path);
    }
    transaction.commit();
}

// --- writing ----------------------------------------------------------------------------------

qint64 ProjectStore::storeSet(const SampleSet& set, const QString& modality)
{
    QSqlDatabase db = database();
    std::vector<QByteArray> payloads(set.samples.size());
    for (std::size_t i = 0; i < set.samples.size(); ++i) {
        if (!set.samples[i].payload.isEmpty()) {
            payloads[i] = QJsonDocument(set.samples[i].payload).toJson(QJsonDocument::Compact);
        }
    }
    const QString fingerprint = setFingerprint(set, modality, payloads);
    {
        QSqlQuery find = prepareOrThrow(
            db,
            QStringLiteral("SELECT id FROM sample_sets WHERE fingerprint = ? AND modality = ? "
                           "AND sample_count = ? ORDER BY id LIMIT 1"),
            m_path);
        find.bindValue(0, fingerprint);
        find.bindValue(1, nonNull(modality));
        find.bindValue(2, static_cast<qint64>(set.samples.size()));
        execOrThrow(find, m_path);
        if (find.next()) {
            return find.value(0).toLongLong();
        }
    }

    QSqlQuery insertSet = prepareOrThrow(
        db,
        QStringLiteral("INSERT INTO sample_sets (modality, source, kind, sample_count, "
                       "skipped_count, fingerprint, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        m_path);
    insertSet.bindValue(0, nonNull(modality));
    insertSet.bindValue(1, nonNull(set.source));
    insertSet.bindValue(2, nonNull(set.kind));
    insertSet.bindValue(3, static_cast<qint64>(set.samples.size()));
    insertSet.bindValue(4, static_cast<qint64>(set.skipped.size()));
    insertSet.bindValue(5, fingerprint);
    insertSet.bindValue(6, QDateTime::currentMSecsSinceEpoch());
    execOrThrow(insertSet, m_path);
    const qint64 setId = insertSet.lastInsertId().toLongLong();

    QSqlQuery insertSample = prepareOrThrow(
        db,
        QStringLiteral("INSERT INTO samples (set_id, idx, source, label, content_hash, text, "
                       "payload) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        m_path);
    // Thumbnails that came with the samples (imports without a project during extraction, the
    // demo, tests): by content hash like those written during extraction; by set and index only
    // for a sample without a hash.
    QSqlQuery insertThumbnail = prepareOrThrow(
        db,
        QStringLiteral("INSERT OR IGNORE INTO thumbnail_images (content_hash, data) VALUES (?, ?)"),
        m_path);
    QSqlQuery insertIndexedThumbnail = prepareOrThrow(
        db, QStringLiteral("INSERT INTO thumbnails (set_id, idx, png) VALUES (?, ?, ?)"), m_path);
    const QVariant nullText(QMetaType::fromType<QString>());
    for (std::size_t i = 0; i < set.samples.size(); ++i) {
        const Sample& sample = set.samples[i];
        const qint64 index = static_cast<qint64>(i);
        insertSample.bindValue(0, setId);
        insertSample.bindValue(1, index);
        insertSample.bindValue(2, nonNull(sample.source));
        insertSample.bindValue(3, nonNull(sample.label));
        insertSample.bindValue(4, nonNull(QString::fromLatin1(sample.contentHash)));
        insertSample.bindValue(5, sample.text.isNull() ? nullText : QVariant(sample.text));
        insertSample.bindValue(
            6, payloads[i].isEmpty() ? nullText : QVariant(QString::fromUtf8(payloads[i])));
        execOrThrow(insertSample, m_path);
        if (!sample.thumbnailPng.isEmpty() && !sample.contentHash.isEmpty()) {
            insertThumbnail.bindValue(0, QString::fromLatin1(sample.contentHash));
            insertThumbnail.bindValue(1, sample.thumbnailPng);
            execOrThrow(insertThumbnail, m_path);
        } else if (!sample.thumbnailPng.isEmpty()) {
            insertIndexedThumbnail.bindValue(0, setId);
            insertIndexedThumbnail.bindValue(1, index);
            insertIndexedThumbnail.bindValue(2, sample.thumbnailPng);
            execOrThrow(insertIndexedThumbnail, m_path);
        }
    }

    QSqlQuery insertIssue
        = prepareOrThrow(db,
                         QStringLiteral("INSERT INTO set_issues (set_id, ord, item, line, reason) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         m_path);
    for (qsizetype i = 0; i < set.skipped.size(); ++i) {
        const InputIssue& issue = set.skipped.at(i);
        insertIssue.bindValue(0, setId);
        insertIssue.bindValue(1, static_cast<qint64>(i));
        insertIssue.bindValue(2, nonNull(issue.item));
        insertIssue.bindValue(3, issue.line);
        insertIssue.bindValue(4, nonNull(issue.reason));
        execOrThrow(insertIssue, m_path);
    }
    return setId;
}

qint64 ProjectStore::insertRun(const RunResult& setup, qint64 realSetId, qint64 generatedSetId)
{
    QSqlDatabase db = database();
    QSqlQuery insert = prepareOrThrow(
        db,
        QStringLiteral("INSERT INTO runs (modality, status, started_at, settings, extractor, "
                       "signature, real_set_id, generated_set_id, owner_pid, owner_host, "
                       "owner_start) VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        m_path);
    const qint64 pid = QCoreApplication::applicationPid();
    insert.bindValue(0, nonNull(setup.modality));
    insert.bindValue(1, QDateTime::currentMSecsSinceEpoch());
    insert.bindValue(2, jsonText(setup.settings));
    insert.bindValue(3, jsonText(setup.extractor));
    insert.bindValue(4, nonNull(setup.signature));
    insert.bindValue(5, realSetId);
    insert.bindValue(6, generatedSetId);
    insert.bindValue(7, pid);
    insert.bindValue(8, hostName());
    insert.bindValue(9, processStartTime(pid));
    execOrThrow(insert, m_path);
    return insert.lastInsertId().toLongLong();
}

void ProjectStore::requireRun(qint64 runId) const
{
    QSqlDatabase db = database();
    QSqlQuery query = prepareOrThrow(db, QStringLiteral("SELECT 1 FROM runs WHERE id = ?"), m_path);
    query.bindValue(0, runId);
    execOrThrow(query, m_path);
    if (!query.next()) {
        fail(m_path, QStringLiteral("run %1 does not exist").arg(runId));
    }
}

void ProjectStore::writeMetrics(qint64 runId, const QList<MetricValue>& metrics)
{
    QSqlDatabase db = database();
    // New keys go after the existing ones, so the order in which a pipeline published its
    // metrics survives stage-by-stage saving.
    QSqlQuery next = prepareOrThrow(
        db, QStringLiteral("SELECT COALESCE(MAX(ord) + 1, 0) FROM metrics WHERE run_id = ?"),
        m_path);
    next.bindValue(0, runId);
    execOrThrow(next, m_path);
    qint64 ord = next.next() ? next.value(0).toLongLong() : 0;
    next.finish();
    QSqlQuery upsert = prepareOrThrow(
        db,
        QStringLiteral("INSERT INTO metrics (run_id, key, ord, value, std) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, "
                       "std = excluded.std"),
        m_path);
    for (const MetricValue& metric : metrics) {
        upsert.bindValue(0, runId);
        upsert.bindValue(1, nonNull(metric.key));
        upsert.bindValue(2, ord++);
        upsert.bindValue(3, realVariant(metric.value));
        upsert.bindValue(4, realVariant(metric.std));
        execOrThrow(upsert, m_path);
    }
}

void ProjectStore::writeScores(qint64 runId, SetRole role, const QList<ScoreColumn>& columns)
{
    QSqlDatabase db = database();
    QSqlQuery next = prepareOrThrow(
        db,
        QStringLiteral(
            "SELECT COALESCE(MAX(ord) + 1, 0) FROM scores WHERE run_id = ? AND role = ?"),
        m_path);
    next.bindValue(0, runId);
    next.bindValue(1, static_cast<int>(role));
    execOrThrow(next, m_path);
    qint64 ord = next.next() ? next.value(0).toLongLong() : 0;
    next.finish();
    QSqlQuery upsert = prepareOrThrow(
        db,
        QStringLiteral("INSERT INTO scores (run_id, role, key, ord, count, data) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, role, key) DO UPDATE SET "
                       "count = excluded.count, data = excluded.data"),
        m_path);
    for (const ScoreColumn& column : columns) {
        upsert.bindValue(0, runId);
        upsert.bindValue(1, static_cast<int>(role));
        upsert.bindValue(2, nonNull(column.key));
        upsert.bindValue(3, ord++);
        upsert.bindValue(4, static_cast<qint64>(column.values.size()));
        upsert.bindValue(5, encodeDoubles(column.values));
        execOrThrow(upsert, m_path);
    }
}

void ProjectStore::writeNeighbours(qint64 runId, const std::vector<Neighbour>& neighbours)
{
    QSqlDatabase db = database();
    QSqlQuery upsert = prepareOrThrow(
        db,
        QStringLiteral("INSERT INTO neighbours (run_id, count, data) VALUES (?, ?, ?) "
                       "ON CONFLICT (run_id) DO UPDATE SET count = excluded.count, "
                       "data = excluded.data"),
        m_path);
    upsert.bindValue(0, runId);
    upsert.bindValue(1, static_cast<qint64>(neighbours.size()));
    upsert.bindValue(2, encodeNeighbours(neighbours));
    execOrThrow(upsert, m_path);
}

void ProjectStore::writeExtra(qint64 runId, const QJsonObject& extra)
{
    QSqlDatabase db = database();
    QSqlQuery upsert
        = prepareOrThrow(db,
                         QStringLiteral("INSERT INTO run_extra (run_id, json) VALUES (?, ?) "
                                        "ON CONFLICT (run_id) DO UPDATE SET json = excluded.json"),
                         m_path);
    upsert.bindValue(0, runId);
    upsert.bindValue(1, jsonText(extra));
    execOrThrow(upsert, m_path);
}

void ProjectStore::writeLiveStatistics(qint64 runId, const QMap<QString, QByteArray>& statistics)
{
    QSqlDatabase db = database();
    QSqlQuery upsert = prepareOrThrow(
        db,
        QStringLiteral("INSERT INTO live_statistics (run_id, prefix, data) VALUES (?, ?, ?) "
                       "ON CONFLICT (run_id, prefix) DO UPDATE SET data = excluded.data"),
        m_path);
    for (auto it = statistics.cbegin(); it != statistics.cend(); ++it) {
        upsert.bindValue(0, runId);
        upsert.bindValue(1, nonNull(it.key()));
        upsert.bindValue(2, it.value());
        execOrThrow(upsert, m_path);
    }
}

void ProjectStore::writeTimings(qint64 runId, const QMap<QString, qint64>& timingsMs)
{
    QSqlDatabase db = database();
    QSqlQuery upsert = prepareOrThrow(
        db,
        QStringLiteral("INSERT INTO timings (run_id, stage, ms) VALUES (?, ?, ?) "
                       "ON CONFLICT (run_id, stage) DO UPDATE SET ms = excluded.ms"),
        m_path);
    for (auto it = timingsMs.cbegin(); it != timingsMs.cend(); ++it) {
        upsert.bindValue(0, runId);
        upsert.bindValue(1, nonNull(it.key()));
        upsert.bindValue(2, it.value());
        execOrThrow(upsert, m_path);
    }
}

void ProjectStore::writeFinish(qint64 runId, RunStatus status, const QString& error)
{
    QSqlDatabase db = database();
    QSqlQuery update = prepareOrThrow(
        db, QStringLiteral("UPDATE runs SET status = ?, error = ?, finished_at = ? WHERE id = ?"),
        m_path);
    update.bindValue(0, runStatusName(status));
    update.bindValue(1, nonNull(error));
    update.bindValue(2,
                     status == RunStatus::Running ? QVariant(QMetaType::fromType<qint64>())
                                                  : QVariant(QDateTime::currentMSecsSinceEpoch()));
    update.bindValue(3, runId);
    execOrThrow(update, m_path);
    if (update.numRowsAffected() != 1) {
        fail(m_path, QStringLiteral("run %1 does not exist").arg(runId));
    }
}

qint64 ProjectStore::beginRun(const RunResult& setup)
{
    if (!setPresent(setup.real) || !setPresent(setup.generated)) {
        throw std::invalid_argument("ProjectStore::beginRun: both sample sets are needed");
    }
    Transaction transaction(database(), m_path);
    const qint64 realId = storeSet(setup.real, setup.modality);
    const qint64 generatedId = storeSet(setup.generated, setup.modality);
    const qint64 runId = insertRun(setup, realId, generatedId);
    transaction.commit();
    return runId;
}

void ProjectStore::saveMetrics(qint64 runId, const QList<MetricValue>& metrics)
{
    Transaction transaction(database(), m_path);
    requireRun(runId);
    writeMetrics(runId, metrics);
    transaction.commit();
}

void ProjectStore::saveScores(qint64 runId, SetRole role, const QList<ScoreColumn>& columns)
{
    Transaction transaction(database(), m_path);
    requireRun(runId);
    writeScores(runId, role, columns);
    transaction.commit();
}

void ProjectStore::saveNeighbours(qint64 runId, const std::vector<Neighbour>& neighbours)
{
    Transaction transaction(database(), m_path);
    requireRun(runId);
    writeNeighbours(runId, neighbours);
    transaction.commit();
}

void ProjectStore::saveExtra(qint64 runId, const QJsonObject& extra)
{
    Transaction transaction(database(), m_path);
    requireRun(runId);
    writeExtra(runId, extra);
    transaction.commit();
}

void ProjectStore::saveLiveStatistics(qint64 runId, const QMap<QString, QByteArray>& statistics)
{
    Transaction transaction(database(), m_path);
    requireRun(runId);
    writeLiveStatistics(runId, statistics);
    transaction.commit();
}

void ProjectStore::appendSlice(qint64 runId, const QJsonObject& slice)
{
    Transaction transaction(database(), m_path);
    requireRun(runId);
    QJsonObject extra = loadExtra(runId);
    QJsonArray slices = extra.value(QStringLiteral("slices")).toArray();
    const QString name = slice.value(QStringLiteral("name")).toString();
    for (const QJsonValue& existing : slices) {
        if (existing.toObject().value(QStringLiteral("name")).toString() == name) {
            throw StoreError(QStringLiteral("%1: run %2 already has a slice named \"%3\"")
                                 .arg(m_path)
                                 .arg(runId)
                                 .arg(name)
                                 .toStdString());
        }
    }
    slices.append(slice);
    extra.insert(QStringLiteral("slices"), slices);
    writeExtra(runId, extra);
    transaction.commit();
}

void ProjectStore::saveTimings(qint64 runId, const QMap<QString, qint64>& timingsMs)
{
    Transaction transaction(database(), m_path);
    requireRun(runId);
    writeTimings(runId, timingsMs);
    transaction.commit();
}

void ProjectStore::finishRun(qint64 runId, RunStatus status, const QString& error)
{
    Transaction transaction(database(), m_path);
    writeFinish(runId, status, error);
    transaction.commit();
}

qint64 ProjectStore::saveRun(const RunResult& result)
{
    if (!setPresent(result.real) || !setPresent(result.generated)) {
        throw std::invalid_argument("ProjectStore::saveRun: both sample sets are needed");
    }
    Transaction transaction(database(), m_path);
    const qint64 realId = storeSet(result.real, result.modality);
    const qint64 generatedId = storeSet(result.generated, result.modality);
    const qint64 runId = insertRun(result, realId, generatedId);
    writeMetrics(runId, result.metrics);
    writeScores(runId, SetRole::Real, result.realScores);
    writeScores(runId, SetRole::Generated, result.generatedScores);
    writeNeighbours(runId, result.neighbours);
    writeExtra(runId, result.extra);
    writeTimings(runId, result.timingsMs);
    writeLiveStatistics(runId, result.liveStatistics);
    writeFinish(runId, RunStatus::Finished, {});
    transaction.commit();
    return runId;
}

void ProjectStore::renameRun(qint64 runId, const QString& name)
{
    QSqlDatabase db = database();
    Transaction transaction(db, m_path);
    QSqlQuery update
        = prepareOrThrow(db, QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"), m_path);
    update.bindValue(0, nonNull(name));
    update.bindValue(1, runId);
    execOrThrow(update, m_path);
    if (update.numRowsAffected() != 1) {
        fail(m_path, QStringLiteral("run %1 does not exist").arg(runId));
    }
    transaction.commit();
}

void ProjectStore::deleteRun(qint64 runId)
{
    QSqlDatabase db = database();
    Transaction transaction(db, m_path);
    QSqlQuery remove = prepareOrThrow(db, QStringLiteral("DELETE FROM runs WHERE id = ?"), m_path);
    remove.bindValue(0, runId);
    execOrThrow(remove, m_path);
    // Sets no run uses any more go with their samples, and so do the thumbnails of images no
    // other set holds; the feature cache stays. Only the dead sets' images are considered, so
    // the thumbnails an import in another process is writing (before its set exists) stay.
    const QString deadSets = QStringLiteral(
        "SELECT id FROM sample_sets WHERE id NOT IN "
        "(SELECT real_set_id FROM runs UNION SELECT generated_set_id FROM runs)");
    execOrThrow(db,
                QStringLiteral("DELETE FROM thumbnail_images WHERE content_hash IN "
                               "(SELECT content_hash FROM samples WHERE set_id IN (%1)) "
                               "AND content_hash NOT IN "
                               "(SELECT content_hash FROM samples WHERE set_id NOT IN (%1))")
                    .arg(deadSets),
                m_path);
    execOrThrow(db, QStringLiteral("DELETE FROM sample_sets WHERE id IN (%1)").arg(deadSets),
                m_path);
    transaction.commit();
}

// --- reading ----------------------------------------------------------------------------------

QList<SampleSetSummary> ProjectStore::sampleSets() const
{
    QSqlDatabase db = database();
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral("SELECT id, modality, source, kind, sample_count, skipped_count "
                       "FROM sample_sets ORDER BY id"),
        m_path);
    execOrThrow(query, m_path);
    QList<SampleSetSummary> sets;
    while (nextRowOrThrow(query, m_path)) {
        SampleSetSummary set;
        set.id = query.value(0).toLongLong();
        set.modality = query.value(1).toString();
        set.source = query.value(2).toString();
        set.kind = query.value(3).toString();
        set.count = query.value(4).toLongLong();
        set.skippedCount = query.value(5).toLongLong();
        sets.append(set);
    }
    return sets;
}

namespace {

const char* const kRunSummarySelect
    = "SELECT r.id, r.modality, r.status, r.error, r.started_at, r.finished_at, r.real_set_id, "
      "r.generated_set_id, rs.source, gs.source, r.settings, r.extractor, r.signature, r.name, "
      "rs.sample_count, gs.sample_count FROM runs r "
      "JOIN sample_sets rs ON rs.id = r.real_set_id "
      "JOIN sample_sets gs ON gs.id = r.generated_set_id ";

RunSummary readRunSummary(const QSqlQuery& query)
{
    RunSummary run;
    run.id = query.value(0).toLongLong();
    run.modality = query.value(1).toString();
    run.status = runStatusFromName(query.value(2).toString());
    run.error = query.value(3).toString();
    run.startedAt = timeFromMs(query.value(4));
    run.finishedAt = timeFromMs(query.value(5));
    run.realSetId = query.value(6).toLongLong();
    run.generatedSetId = query.value(7).toLongLong();
    run.realSource = query.value(8).toString();
    run.generatedSource = query.value(9).toString();
    run.settings = jsonObject(query.value(10));
    run.extractor = jsonObject(query.value(11));
    run.signature = query.value(12).toString();
    run.name = query.value(13).toString();
    run.realCount = query.value(14).toLongLong();
    run.generatedCount = query.value(15).toLongLong();
    return run;
}

} // namespace

QList<RunSummary> ProjectStore::runs() const
{
    QSqlDatabase db = database();
    QSqlQuery query = prepareOrThrow(
        db, sqlText(kRunSummarySelect) + QStringLiteral("ORDER BY r.started_at DESC, r.id DESC"),
        m_path);
    execOrThrow(query, m_path);
    QList<RunSummary> list;
    while (nextRowOrThrow(query, m_path)) {
        list.append(readRunSummary(query));
    }
    return list;
}

RunSummary ProjectStore::runSummary(qint64 runId) const
{
    QSqlDatabase db = database();
    QSqlQuery query
        = prepareOrThrow(db, sqlText(kRunSummarySelect) + QStringLiteral("WHERE r.id = ?"), m_path);
    query.bindValue(0, runId);
    execOrThrow(query, m_path);
    if (!query.next()) {
        fail(m_path, QStringLiteral("run %1 does not exist").arg(runId));
    }
    return readRunSummary(query);
}

QList<qint64> ProjectStore::runsUsingSet(qint64 setId) const
{
    QSqlDatabase db = database();
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral("SELECT id FROM runs WHERE real_set_id = ? OR generated_set_id = ? "
                       "ORDER BY id"),
        m_path);
    query.bindValue(0, setId);
    query.bindValue(1, setId);
    execOrThrow(query, m_path);
    QList<qint64> ids;
    while (nextRowOrThrow(query, m_path)) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

SampleSet ProjectStore::loadSet(qint64 setId, SetRole role) const
{
    QSqlDatabase db = database();
    SampleSet set;
    set.role = role;
    qint64 count = 0;
    {
        QSqlQuery query = prepareOrThrow(
            db, QStringLiteral("SELECT source, kind, sample_count FROM sample_sets WHERE id = ?"),
            m_path);
        query.bindValue(0, setId);
        execOrThrow(query, m_path);
        if (!query.next()) {
            fail(m_path, QStringLiteral("sample set %1 does not exist").arg(setId));
        }
        set.source = query.value(0).toString();
        set.kind = query.value(1).toString();
        count = query.value(2).toLongLong();
    }
    set.samples.reserve(static_cast<std::size_t>(count));
    {
        QSqlQuery query = prepareOrThrow(
            db,
            QStringLiteral("SELECT source, label, content_hash, text, payload FROM samples "
                           "WHERE set_id = ? ORDER BY idx"),
            m_path);
        query.bindValue(0, setId);
        execOrThrow(query, m_path);
        while (nextRowOrThrow(query, m_path)) {
            Sample sample;
            sample.source = query.value(0).toString();
            sample.label = query.value(1).toString();
            sample.contentHash = query.value(2).toString().toLatin1();
            sample.text = query.value(3).toString();
            sample.payload = jsonObject(query.value(4));
            set.samples.push_back(std::move(sample));
        }
    }
    {
        QSqlQuery query = prepareOrThrow(
            db,
            QStringLiteral(
                "SELECT item, line, reason FROM set_issues WHERE set_id = ? ORDER BY ord"),
            m_path);
        query.bindValue(0, setId);
        execOrThrow(query, m_path);
        while (nextRowOrThrow(query, m_path)) {
            set.skipped.append(InputIssue {query.value(0).toString(), query.value(1).toLongLong(),
                                           query.value(2).toString()});
        }
    }
    return set;
}

RunResult ProjectStore::loadRun(qint64 runId) const
{
    QSqlDatabase db = database();
    // One read transaction: a consistent snapshot even while a worker is writing this run.
    Transaction snapshot(db, m_path, false);
    const RunSummary summary = runSummary(runId);
    RunResult result;
    result.modality = summary.modality;
    result.extractor = summary.extractor;
    result.settings = summary.settings;
    result.signature = summary.signature;
    result.real = loadSet(summary.realSetId, SetRole::Real);
    result.generated = loadSet(summary.generatedSetId, SetRole::Generated);
    result.metrics = loadMetrics(runId);
    result.realScores = loadScores(runId, SetRole::Real);
    result.generatedScores = loadScores(runId, SetRole::Generated);
    result.neighbours = loadNeighbours(runId);
    result.extra = loadExtra(runId);
    result.timingsMs = loadTimings(runId);
    result.liveStatistics = loadLiveStatistics(runId);
    snapshot.commit();
    return result;
}

SampleSet ProjectStore::loadSampleSet(qint64 setId, SetRole role) const
{
    QSqlDatabase db = database();
    Transaction snapshot(db, m_path, false);
    SampleSet set = loadSet(setId, role);
    snapshot.commit();
    return set;
}

QList<MetricValue> ProjectStore::loadMetrics(qint64 runId) const
{
    QSqlDatabase db = database();
    QSqlQuery query = prepareOrThrow(
        db, QStringLiteral("SELECT key, value, std FROM metrics WHERE run_id = ? ORDER BY ord"),
        m_path);
    query.bindValue(0, runId);
    execOrThrow(query, m_path);
    QList<MetricValue> metrics;
    while (nextRowOrThrow(query, m_path)) {
        metrics.append(MetricValue {query.value(0).toString(), realOrNaN(query.value(1)),
                                    realOrNaN(query.value(2))});
    }
    return metrics;
}

QList<ScoreColumn> ProjectStore::loadScores(qint64 runId, SetRole role) const
{
    QSqlDatabase db = database();
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral("SELECT key, count, data FROM scores WHERE run_id = ? AND role = ? "
                       "ORDER BY ord"),
        m_path);
    query.bindValue(0, runId);
    query.bindValue(1, static_cast<int>(role));
    execOrThrow(query, m_path);
    QList<ScoreColumn> columns;
    while (nextRowOrThrow(query, m_path)) {
        ScoreColumn column;
        column.key = query.value(0).toString();
        std::optional<std::vector<double>> values
            = decodeDoubles(query.value(2).toByteArray(), query.value(1).toLongLong());
        if (!values) {
            fail(m_path,
                 QStringLiteral("score column %1 of run %2 is damaged").arg(column.key).arg(runId));
        }
        column.values = std::move(*values);
        columns.append(std::move(column));
    }
    return columns;
}

std::vector<Neighbour> ProjectStore::loadNeighbours(qint64 runId) const
{
    QSqlDatabase db = database();
    QSqlQuery query = prepareOrThrow(
        db, QStringLiteral("SELECT count, data FROM neighbours WHERE run_id = ?"), m_path);
    query.bindValue(0, runId);
    execOrThrow(query, m_path);
    std::vector<Neighbour> neighbours;
    if (!query.next()) {
        return neighbours;
    }
    std::optional<std::vector<Neighbour>> decoded
        = decodeNeighbours(query.value(1).toByteArray(), query.value(0).toLongLong());
    if (!decoded) {
        fail(m_path, QStringLiteral("neighbours of run %1 are damaged").arg(runId));
    }
    return std::move(*decoded);
}

QJsonObject ProjectStore::loadExtra(qint64 runId) const
{
    QSqlDatabase db = database();
    QSqlQuery query
        = prepareOrThrow(db, QStringLiteral("SELECT json FROM run_extra WHERE run_id = ?"), m_path);
    query.bindValue(0, runId);
    execOrThrow(query, m_path);
    return query.next() ? jsonObject(query.value(0)) : QJsonObject();
}

QMap<QString, QByteArray> ProjectStore::loadLiveStatistics(qint64 runId) const
{
    QSqlDatabase db = database();
    QSqlQuery query = prepareOrThrow(
        db, QStringLiteral("SELECT prefix, data FROM live_statistics WHERE run_id = ?"), m_path);
    query.bindValue(0, runId);
    execOrThrow(query, m_path);
    QMap<QString, QByteArray> statistics;
    while (nextRowOrThrow(query, m_path)) {
        statistics.insert(query.value(0).toString(), query.value(1).toByteArray());
    }
    return statistics;
}

QMap<QString, qint64> ProjectStore::loadTimings(qint64 runId) const
{
    QSqlDatabase db = database();
    QSqlQuery query = prepareOrThrow(
        db, QStringLiteral("SELECT stage, ms FROM timings WHERE run_id = ?"), m_path);
    query.bindValue(0, runId);
    execOrThrow(query, m_path);
    QMap<QString, qint64> timings;
    while (nextRowOrThrow(query, m_path)) {
        timings.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return timings;
}

QList<MetricPoint> ProjectStore::metricHistory(qint64 realSetId, const QString& key) const
{
    QSqlDatabase db = database();
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral("SELECT r.id, r.name, r.started_at, m.value, m.std FROM runs r "
                       "JOIN metrics m ON m.run_id = r.id AND m.key = ? "
                       "WHERE r.real_set_id = ? AND r.status = 'finished' "
                       "ORDER BY r.started_at, r.id"),
        m_path);
    query.bindValue(0, nonNull(key));
    query.bindValue(1, realSetId);
    execOrThrow(query, m_path);
    QList<MetricPoint> points;
    while (nextRowOrThrow(query, m_path)) {
        MetricPoint point;
        point.runId = query.value(0).toLongLong();
        point.runName = query.value(1).toString();
        point.startedAt = timeFromMs(query.value(2));
        point.value = realOrNaN(query.value(3));
        point.std = realOrNaN(query.value(4));
        points.append(point);
    }
    return points;
}

QByteArray ProjectStore::thumbnail(qint64 setId, qint64 sampleIndex) const
{
    QSqlDatabase db = database();
    // By the sample's content hash (schema 2), else by set and index (version 1 projects).
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral("SELECT t.data FROM samples s JOIN thumbnail_images t "
                       "ON t.content_hash = s.content_hash WHERE s.set_id = ? AND s.idx = ? "
                       "UNION ALL SELECT png FROM thumbnails WHERE set_id = ? AND idx = ? "
                       "LIMIT 1"),
        m_path);
    query.bindValue(0, setId);
    query.bindValue(1, sampleIndex);
    query.bindValue(2, setId);
    query.bindValue(3, sampleIndex);
    execOrThrow(query, m_path);
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

std::vector<bool> ProjectStore::hasThumbnails(const QList<QByteArray>& contentHashes) const
{
    QSqlDatabase db = database();
    Transaction snapshot(db, m_path, false);
    std::vector<bool> present(static_cast<std::size_t>(contentHashes.size()), false);
    QSqlQuery query = prepareOrThrow(
        db, QStringLiteral("SELECT 1 FROM thumbnail_images WHERE content_hash = ?"), m_path);
    for (qsizetype i = 0; i < contentHashes.size(); ++i) {
        if (contentHashes.at(i).isEmpty()) {
            continue;
        }
        query.bindValue(0, QString::fromLatin1(contentHashes.at(i)));
        execOrThrow(query, m_path);
        present[static_cast<std::size_t>(i)] = query.next();
        query.finish();
    }
    snapshot.commit();
    return present;
}

void ProjectStore::storeThumbnails(const QList<QByteArray>& contentHashes,
                                   const QList<QByteArray>& images)
{
    if (contentHashes.size() != images.size()) {
        throw std::invalid_argument("ProjectStore::storeThumbnails: "
                                    + std::to_string(contentHashes.size()) + " hashes but "
                                    + std::to_string(images.size()) + " images");
    }
    QSqlDatabase db = database();
    Transaction transaction(db, m_path);
    QSqlQuery insert = prepareOrThrow(
        db,
        QStringLiteral("INSERT OR IGNORE INTO thumbnail_images (content_hash, data) VALUES (?, ?)"),
        m_path);
    for (qsizetype i = 0; i < contentHashes.size(); ++i) {
        if (contentHashes.at(i).isEmpty() || images.at(i).isEmpty()) {
            continue;
        }
        insert.bindValue(0, QString::fromLatin1(contentHashes.at(i)));
        insert.bindValue(1, images.at(i));
        execOrThrow(insert, m_path);
    }
    transaction.commit();
}

QString ProjectStore::integrityCheck() const
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        fail(m_path, QStringLiteral("integrity check"), query.lastError());
    }
    QStringList lines;
    while (nextRowOrThrow(query, m_path)) {
        lines.append(query.value(0).toString());
    }
    return lines.join(QLatin1Char('\n'));
}

// --- feature cache ----------------------------------------------------------------------------

std::vector<std::vector<float>> ProjectStore::cachedFeatures(const QList<QByteArray>& contentHashes,
                                                             const QString& extractorId) const
{
    QSqlDatabase db = database();
    Transaction snapshot(db, m_path, false);
    std::vector<std::vector<float>> features(static_cast<std::size_t>(contentHashes.size()));
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral(
            "SELECT dim, data FROM features WHERE content_hash = ? AND extractor_id = ?"),
        m_path);
    for (qsizetype i = 0; i < contentHashes.size(); ++i) {
        if (contentHashes.at(i).isEmpty()) {
            continue;
        }
        query.bindValue(0, QString::fromLatin1(contentHashes.at(i)));
        query.bindValue(1, nonNull(extractorId));
        execOrThrow(query, m_path);
        if (query.next()) {
            // A damaged entry is only a cache miss: the features are extracted again.
            std::optional<std::vector<float>> vector
                = decodeFloats(query.value(1).toByteArray(), query.value(0).toLongLong());
            if (vector) {
                features[static_cast<std::size_t>(i)] = std::move(*vector);
            }
        }
        query.finish();
    }
    snapshot.commit();
    return features;
}

void ProjectStore::storeFeatures(const QList<QByteArray>& contentHashes,
                                 const std::vector<std::vector<float>>& features,
                                 const QString& extractorId)
{
    if (static_cast<std::size_t>(contentHashes.size()) != features.size()) {
        throw std::invalid_argument("ProjectStore::storeFeatures: "
                                    + std::to_string(contentHashes.size()) + " hashes but "
                                    + std::to_string(features.size()) + " feature vectors");
    }
    QSqlDatabase db = database();
    Transaction transaction(db, m_path);
    QSqlQuery upsert = prepareOrThrow(
        db,
        QStringLiteral("INSERT INTO features (content_hash, extractor_id, dim, data) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (content_hash, extractor_id) DO UPDATE "
                       "SET dim = excluded.dim, data = excluded.data"),
        m_path);
    for (qsizetype i = 0; i < contentHashes.size(); ++i) {
        const std::vector<float>& vector = features[static_cast<std::size_t>(i)];
        if (contentHashes.at(i).isEmpty() || vector.empty()) {
            continue;
        }
        upsert.bindValue(0, QString::fromLatin1(contentHashes.at(i)));
        upsert.bindValue(1, nonNull(extractorId));
        upsert.bindValue(2, static_cast<qint64>(vector.size()));
        upsert.bindValue(3, encodeFloats(vector));
        execOrThrow(upsert, m_path);
    }
    transaction.commit();
}

} // namespace genlens::app

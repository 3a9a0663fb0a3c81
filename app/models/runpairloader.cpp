#include "models/runpairloader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace genlens::app {

namespace {

struct Outcome
{
    bool skipped = false;
    RunPair pair;
    QString error;
};

} // namespace

RunPairLoader::RunPairLoader(QObject* parent)
    : QObject(parent)
    , m_newest(std::make_shared<std::atomic<quint64>>(0))
{
    // One load at a time: a newer one waits for the current read and skips the stale ones.
    m_pool.setMaxThreadCount(1);
}

RunPairLoader::~RunPairLoader()
{
    m_newest->store(0);
    m_pool.waitForDone();
}

quint64 RunPairLoader::load(const QString& projectPath, qint64 runA, qint64 runB)
{
    const quint64 id = m_tracker.begin(slot());
    m_newest->store(id);
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, id] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        const bool current = m_tracker.isCurrent(id);
        m_tracker.finish(id);
        if (!current || outcome.skipped) {
            return; // superseded: a newer load delivers
        }
        if (outcome.error.isEmpty()) {
            emit loaded(id, outcome.pair);
        } else {
            emit failed(id, outcome.error);
        }
    });
    const std::shared_ptr<std::atomic<quint64>> newest = m_newest;
    watcher->setFuture(QtConcurrent::run(&m_pool, [projectPath, runA, runB, id, newest] {
        Outcome outcome;
        if (newest->load() != id) {
            outcome.skipped = true;
            return outcome;
        }
        try {
            ProjectStore store;
            store.openReadOnly(projectPath);
            outcome.pair = loadRunPair(store, runA, runB);
        } catch (const std::exception& error) {
            outcome.error = RunPairLoader::tr("Could not load runs %1 and %2: %3")
                                .arg(runA)
                                .arg(runB)
                                .arg(QString::fromUtf8(error.what()));
        }
        return outcome;
    }));
    return id;
}

void RunPairLoader::cancel()
{
    m_tracker.clear(slot());
    m_newest->store(0);
}

bool RunPairLoader::isLoading() const
{
    return m_tracker.currentJob(slot()) != 0;
}

bool RunPairLoader::waitForDone(int msecs)
{
    return m_pool.waitForDone(msecs);
}

} // namespace genlens::app

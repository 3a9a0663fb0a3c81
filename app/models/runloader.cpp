#include "models/runloader.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace genlens::app {

namespace {
const QString kSlot = QStringLiteral("run");
} // namespace

struct RunLoader::Outcome
{
    qint64 runId = 0;
    RunSummary summary;
    std::shared_ptr<const RunResult> run;
    QString error;
};

RunLoader::RunLoader(QObject* parent)
    : QObject(parent)
{ }

RunLoader::~RunLoader()
{
    waitForDone();
}

quint64 RunLoader::load(const QString& projectPath, qint64 runId)
{
    const quint64 id = m_tracker.begin(kSlot);
    m_pendingRun = runId;
    ++m_inFlight;
    auto* watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        --m_inFlight;
        deliver(id, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([projectPath, runId] {
        auto outcome = std::make_shared<Outcome>();
        outcome->runId = runId;
        try {
            ProjectStore store;
            store.openReadOnly(projectPath); // reads only (the window opened it first)
            outcome->summary = store.runSummary(runId);
            outcome->run = std::make_shared<const RunResult>(store.loadRun(runId));
        } catch (const StoreError& error) {
            outcome->error = QString::fromUtf8(error.what());
        } catch (const std::exception& error) {
            outcome->error = QString::fromUtf8(error.what());
        }
        return outcome;
    }));
    return id;
}

void RunLoader::cancel()
{
    m_tracker.clear(kSlot);
    m_pendingRun = 0;
}

bool RunLoader::isLoading() const
{
    return m_tracker.currentJob(kSlot) != 0;
}

void RunLoader::waitForDone()
{
    // The watchers' futures run on the global pool; wait for ours without spinning an event loop.
    for (auto* watcher : findChildren<QFutureWatcher<std::shared_ptr<Outcome>>*>()) {
        watcher->waitForFinished();
    }
}

void RunLoader::deliver(quint64 id, const std::shared_ptr<Outcome>& outcome)
{
    const bool current = m_tracker.isCurrent(id);
    m_tracker.finish(id);
    if (!current) {
        return;
    }
    m_pendingRun = 0;
    if (!outcome->error.isEmpty() || !outcome->run) {
        emit failed(outcome->runId, outcome->error);
        return;
    }
    emit loaded(outcome->runId, outcome->summary, outcome->run);
}

} // namespace genlens::app

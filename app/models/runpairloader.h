#pragma once

#include "evaluation/runresultmetatype.h"
#include "jobs/jobtracker.h"
#include "models/runpair.h"

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace genlens::app {

// Loads two runs of a project file for the run comparison off the UI thread: each load runs
// loadRunPair() on a worker with its own read-only ProjectStore connection (the window's store
// stays on the UI thread), and its outcome comes back as a signal on the loader's thread. A new
// load supersedes the previous one: a superseded load that has not started yet is skipped, and
// the result of one that has is dropped (JobTracker), so only the newest choice is delivered.
class RunPairLoader : public QObject
{
    Q_OBJECT
public:
    explicit RunPairLoader(QObject* parent = nullptr);
    // Waits for the worker.
    ~RunPairLoader() override;

    // Starts loading runs A and B of the project; returns the load's id.
    quint64 load(const QString& projectPath, qint64 runA, qint64 runB);
    // Drops the pending load (nothing more is delivered).
    void cancel();
    // True from load() until its outcome was delivered or dropped.
    bool isLoading() const;
    quint64 currentLoad() const { return m_tracker.currentJob(slot()); }
    // Waits for the worker (not for the queued delivery: let the event loop run after it).
    bool waitForDone(int msecs = -1);

signals:
    void loaded(quint64 id, const genlens::app::RunPair& pair);
    void failed(quint64 id, const QString& message);

private:
    static QString slot() { return QStringLiteral("run pair"); }

    QThreadPool m_pool;
    JobTracker m_tracker;
    // The newest load's id, read by the worker to skip loads superseded before they start.
    std::shared_ptr<std::atomic<quint64>> m_newest;
};

} // namespace genlens::app

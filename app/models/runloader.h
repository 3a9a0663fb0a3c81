#pragma once

#include "evaluation/runresult.h"
#include "jobs/jobtracker.h"
#include "project/projectstore.h"

#include <QObject>
#include <memory>

namespace genlens::app {

// Reads a stored run off the UI thread: a run of 100,000 samples with their scores and
// neighbours takes long enough to freeze the window if it is read where the window paints.
// Each load opens its own connection to the project (SQLite connections belong to one thread).
// A new load supersedes the previous one, whose result is dropped (JobTracker), so clicking
// through the run list quickly shows the run clicked last.
class RunLoader : public QObject
{
    Q_OBJECT
public:
    explicit RunLoader(QObject* parent = nullptr);
    ~RunLoader() override;

    // Starts reading `runId` from the project at `projectPath`; returns the load's id.
    quint64 load(const QString& projectPath, qint64 runId);
    // Drops the result of the load in flight, if any.
    void cancel();
    bool isLoading() const;
    qint64 pendingRun() const { return m_pendingRun; }
    // Blocks until the background reads have ended (the results still arrive by signal).
    void waitForDone();

signals:
    void loaded(qint64 runId, const genlens::app::RunSummary& summary,
                std::shared_ptr<const genlens::app::RunResult> run);
    void failed(qint64 runId, const QString& message);

private:
    struct Outcome;
    void deliver(quint64 id, const std::shared_ptr<Outcome>& outcome);

    JobTracker m_tracker;
    qint64 m_pendingRun = 0;
    int m_inFlight = 0;
};

} // namespace genlens::app

#pragma once

#include "project/projectstore.h"

#include <QString>

#include <memory>

namespace genlens::app {

class RunRecorder;
struct RunResult;

// What one evaluation run shares between its stages (issue 10, deliverable 2): the project that
// stores the run and holds the feature cache (ONE ProjectStore, opened on the thread that runs
// the pipeline: Qt 6.4 binds a SQLite connection to its thread), the recorder that saves the
// published snapshots into it, and the thread count of the heavy stages. The CLI's console
// context and the window's jobs fill it; pipelines read it through PipelineContext::session()
// instead of opening the project again or reading an environment variable.
class EvaluationSession
{
public:
    EvaluationSession();
    ~EvaluationSession();
    EvaluationSession(const EvaluationSession&) = delete;
    EvaluationSession& operator=(const EvaluationSession&) = delete;

    // Opens (creating if needed) the project at `path` on the calling thread and records the run
    // there. Throws StoreError.
    void openProject(const QString& path);
    // Uses a store the caller keeps open (on this thread) for as long as the session is used;
    // null detaches. With record false the store is only the feature cache: published snapshots
    // are not saved (a caller that saves whole runs itself, like the demo builder).
    void attachStore(ProjectStore* store, bool record = true);
    // Closes an owned store (on the thread that opened it); the recorder goes with it.
    void close();

    // The run's project, also the feature cache; null without one.
    ProjectStore* store() const { return m_store; }
    bool hasProject() const { return m_store != nullptr; }

    // Saving stage by stage (RunRecorder): no-ops without a project. Throw StoreError.
    void record(const RunResult& snapshot);
    // Records the final result and marks the run finished; the run id, or 0 without a project.
    qint64 finish(const RunResult& result);
    // Marks the stored run cancelled or failed, keeping its finished parts.
    void abort(RunStatus status, const QString& error);
    qint64 runId() const;

    // Worker threads for the heavy stages; 0 = all cores.
    int threads() const { return m_threads; }
    void setThreads(int threads) { m_threads = threads > 0 ? threads : 0; }

private:
    std::unique_ptr<ProjectStore> m_ownedStore;
    ProjectStore* m_store = nullptr;
    std::unique_ptr<RunRecorder> m_recorder;
    int m_threads = 0;
};

} // namespace genlens::app

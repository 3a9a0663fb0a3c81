#pragma once

#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"
#include "evaluation/runresultmetatype.h"
#include "jobs/jobtracker.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace genlens::app {

// Runs evaluation jobs on a thread pool (conventions.md habits 3-5). A job is a pipeline
// `RunResult(PipelineContext&)`; it reports stages and progress, honours cancel() at its next
// advance() (pipelines call it at least every few hundred milliseconds), and publishes partial
// snapshots. Everything reaches the caller as queued signals carrying the job id, on the thread
// that owns the queue. With a project path the job's EvaluationSession opens the one ProjectStore
// of the run on the worker thread (also the pipeline's feature cache) and saves stage by stage; cancelled and failed runs keep their finished parts.
// A job started for a slot supersedes the slot's previous job: that one is cancelled and nothing
// more of it is delivered (JobTracker).
class JobQueue : public QObject
{
    Q_OBJECT

public:
    using Pipeline = std::function<RunResult(PipelineContext& context)>;

    struct Job
    {
        QString name; // shown in the jobs strip
        Pipeline pipeline;
        QString projectPath; // empty: nothing is stored
        QString slot; // empty: never superseded
        int threads = 0; // the session's thread count; 0 = all cores
    };

    explicit JobQueue(QObject* parent = nullptr);
    // Cancels every job and waits for the workers to stop.
    ~JobQueue() override;

    quint64 start(Job job);
    quint64 start(const QString& name, Pipeline pipeline, const QString& projectPath = {},
                  const QString& slot = {});
    void cancel(quint64 id);
    void cancelAll();

    // True from start() until the job's outcome was delivered (or dropped).
    bool isActive(quint64 id) const;
    QList<quint64> activeJobs() const;
    QString jobName(quint64 id) const;

    // Waits for the workers (not for the queued signals: let the event loop run after it).
    bool waitForDone(int msecs = -1);
    void setMaxThreadCount(int count);
    int maxThreadCount() const;

    // At most this many progress signals per second and job.
    static constexpr int kMaxProgressPerSecond = 20;

signals:
    void started(quint64 id);
    void stageChanged(quint64 id, const QString& stage);
    void progress(quint64 id, qint64 done, qint64 total);
    void partial(quint64 id, const genlens::app::RunResult& result);
    // runId: the run in the job's project, 0 when there is none.
    void finished(quint64 id, const genlens::app::RunResult& result, qint64 runId);
    void failed(quint64 id, const QString& message);
    void canceled(quint64 id);

private:
    struct State;
    class Context;
    friend class Context;

    static void runJob(JobQueue* queue, std::shared_ptr<State> state, Job job,
                       QPromise<void>& promise);
    // Called on the queue's thread through queued invocations from the worker.
    void deliverStarted(quint64 id);
    void deliverStage(quint64 id, const QString& stage);
    void deliverProgress(quint64 id, qint64 done, qint64 total);
    void deliverPartial(quint64 id, const RunResult& result);
    void deliverFinished(quint64 id, const RunResult& result, qint64 runId);
    void deliverFailed(quint64 id, const QString& message);
    void deliverCanceled(quint64 id);
    bool isDeliverable(quint64 id) const;
    void retire(quint64 id);

    QThreadPool m_pool;
    JobTracker m_tracker;
    QHash<quint64, std::shared_ptr<State>> m_jobs;
};

} // namespace genlens::app

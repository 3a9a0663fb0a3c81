#include "jobs/jobqueue.h"


#include <QElapsedTimer>
#include <QFuture>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <new>
#include <opencv2/core.hpp>

namespace genlens::app {

struct JobQueue::State
{
    quint64 id = 0;
    QString name;
    std::atomic<bool> canceled {false};
    QFuture<void> future;
};

// The PipelineContext a job's pipeline sees: runs on the worker thread and talks to the queue
// only through queued invocations (the queue lives on another thread).
class JobQueue::Context final : public PipelineContext
{
public:
    Context(JobQueue* queue, const State& state, const QPromise<void>& promise)
        : m_queue(queue)
        , m_state(state)
        , m_promise(promise)
    { }

    void beginStage(const QString& name, qint64 total) override
    {
        const quint64 id = m_state.id;
        JobQueue* queue = m_queue;
        post([queue, id, name] { queue->deliverStage(id, name); });
        m_lastProgress.invalidate();
        advance(0, total);
    }

    bool advance(qint64 done, qint64 total) override
    {
        // Throttled: a pipeline may call this for every sample; the window needs ~20 updates/s.
        constexpr qint64 kIntervalMs = 1000 / kMaxProgressPerSecond;
        if (!m_lastProgress.isValid() || m_lastProgress.elapsed() >= kIntervalMs) {
            m_lastProgress.start();
            const quint64 id = m_state.id;
            JobQueue* queue = m_queue;
            post([queue, id, done, total] { queue->deliverProgress(id, done, total); });
        }
        return !isCanceled();
    }

    bool isCanceled() const override
    {
        return m_state.canceled.load(std::memory_order_relaxed) || m_promise.isCanceled();
    }

    void publishPartial(const RunResult& partial) override
    {
        session().record(partial);
        const quint64 id = m_state.id;
        JobQueue* queue = m_queue;
        post([queue, id, partial] { queue->deliverPartial(id, partial); });
    }

    template<typename F> void post(F&& function)
    {
        QMetaObject::invokeMethod(m_queue, std::forward<F>(function), Qt::QueuedConnection);
    }

private:
    JobQueue* m_queue;
    const State& m_state;
    const QPromise<void>& m_promise;
    QElapsedTimer m_lastProgress;
};

JobQueue::JobQueue(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<RunResult>("genlens::app::RunResult");
}

JobQueue::~JobQueue()
{
    cancelAll();
    m_pool.waitForDone();
}

quint64 JobQueue::start(const QString& name, Pipeline pipeline, const QString& projectPath,
                        const QString& slot)
{
    return start(Job {name, std::move(pipeline), projectPath, slot});
}

quint64 JobQueue::start(Job job)
{
    quint64 superseded = 0;
    const quint64 id = m_tracker.begin(job.slot, &superseded);
    if (superseded != 0) {
        cancel(superseded);
    }
    auto state = std::make_shared<State>();
    state->id = id;
    state->name = job.name;
    m_jobs.insert(id, state);
    // The future is not kept: the queue waits through its own pool and hears of the outcome by
    // queued invocation, which keeps the order of signals the worker posted.
    (void)QtConcurrent::run(
        &m_pool, [queue = this, state, job = std::move(job)](QPromise<void>& promise) mutable {
            runJob(queue, state, std::move(job), promise);
        });
    return id;
}

void JobQueue::runJob(JobQueue* queue, std::shared_ptr<State> state, Job job,
                      QPromise<void>& promise)
{
    const quint64 id = state->id;
    Context context(queue, *state, promise);
    context.post([queue, id] { queue->deliverStarted(id); });

    RunResult result;
    qint64 runId = 0;
    bool canceled = false;
    QString failure;
    EvaluationSession& session = context.session();
    session.setThreads(job.threads);
    try {
        context.checkCanceled();
        if (!job.projectPath.isEmpty()) {
            // Qt 6.4: a connection belongs to the thread that opened it, so the worker opens
            // its own: the one store of the run (recorder and feature cache).
            session.openProject(job.projectPath);
        }
        result = job.pipeline(context);
        runId = session.finish(result);
    } catch (const metrics::Cancelled&) {
        canceled = true;
    } catch (const cv::Exception& error) {
        failure = tr("OpenCV error in %1: %2")
                      .arg(QString::fromStdString(error.func), QString::fromStdString(error.err));
    } catch (const std::bad_alloc&) {
        failure = tr("Out of memory");
    } catch (const std::exception& error) {
        // InputError, StoreError, std::invalid_argument from metrics: their text names the file
        // and the reason.
        failure = QString::fromUtf8(error.what());
        if (failure.isEmpty()) {
            failure = tr("Unknown error");
        }
    } catch (...) {
        failure = tr("Unknown error");
    }
    if (session.hasProject() && (canceled || !failure.isEmpty())) {
        try {
            session.abort(canceled ? RunStatus::Cancelled : RunStatus::Failed,
                            canceled ? tr("Cancelled") : failure);
        } catch (const std::exception& error) {
            if (!canceled) {
                failure += QLatin1Char('\n') + QString::fromUtf8(error.what());
            }
        }
    }
    session.close(); // closes the connection on the thread that opened it

    if (canceled) {
        context.post([queue, id] { queue->deliverCanceled(id); });
    } else if (!failure.isEmpty()) {
        context.post([queue, id, failure] { queue->deliverFailed(id, failure); });
    } else {
        context.post([queue, id, result = std::move(result), runId] {
            queue->deliverFinished(id, result, runId);
        });
    }
}

void JobQueue::cancel(quint64 id)
{
    const auto state = m_jobs.value(id);
    if (state) {
        state->canceled.store(true);
    }
}

void JobQueue::cancelAll()
{
    for (const auto& state : std::as_const(m_jobs)) {
        state->canceled.store(true);
    }
}

bool JobQueue::isActive(quint64 id) const
{
    return m_jobs.contains(id);
}

QList<quint64> JobQueue::activeJobs() const
{
    QList<quint64> ids = m_jobs.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString JobQueue::jobName(quint64 id) const
{
    const auto state = m_jobs.value(id);
    return state ? state->name : QString();
}

bool JobQueue::waitForDone(int msecs)
{
    return m_pool.waitForDone(msecs);
}

void JobQueue::setMaxThreadCount(int count)
{
    m_pool.setMaxThreadCount(count);
}

int JobQueue::maxThreadCount() const
{
    return m_pool.maxThreadCount();
}

bool JobQueue::isDeliverable(quint64 id) const
{
    return m_jobs.contains(id) && m_tracker.isCurrent(id);
}

void JobQueue::retire(quint64 id)
{
    m_jobs.remove(id);
    m_tracker.finish(id);
}

void JobQueue::deliverStarted(quint64 id)
{
    if (isDeliverable(id)) {
        emit started(id);
    }
}

void JobQueue::deliverStage(quint64 id, const QString& stage)
{
    if (isDeliverable(id)) {
        emit stageChanged(id, stage);
    }
}

void JobQueue::deliverProgress(quint64 id, qint64 done, qint64 total)
{
    if (isDeliverable(id)) {
        emit progress(id, done, total);
    }
}

void JobQueue::deliverPartial(quint64 id, const RunResult& result)
{
    if (isDeliverable(id)) {
        emit partial(id, result);
    }
}

void JobQueue::deliverFinished(quint64 id, const RunResult& result, qint64 runId)
{
    const bool deliver = isDeliverable(id);
    retire(id);
    if (deliver) {
        emit finished(id, result, runId);
    }
}

void JobQueue::deliverFailed(quint64 id, const QString& message)
{
    const bool deliver = isDeliverable(id);
    retire(id);
    if (deliver) {
        emit failed(id, message);
    }
}

void JobQueue::deliverCanceled(quint64 id)
{
    const bool deliver = isDeliverable(id);
    retire(id);
    if (deliver) {
        emit canceled(id);
    }
}

} // namespace genlens::app

#include "evaluation/evaluationsession.h"

#include "jobs/runrecorder.h"

namespace genlens::app {

EvaluationSession::EvaluationSession() = default;

EvaluationSession::~EvaluationSession()
{
    close();
}

void EvaluationSession::openProject(const QString& path)
{
    close();
    auto store = std::make_unique<ProjectStore>();
    store->open(path);
    m_ownedStore = std::move(store);
    attachStore(m_ownedStore.get());
}

void EvaluationSession::attachStore(ProjectStore* store, bool record)
{
    m_recorder.reset();
    m_store = store;
    if (m_store && record) {
        m_recorder = std::make_unique<RunRecorder>(*m_store);
    }
}

void EvaluationSession::close()
{
    m_recorder.reset();
    m_store = nullptr;
    m_ownedStore.reset();
}

void EvaluationSession::record(const RunResult& snapshot)
{
    if (m_recorder) {
        m_recorder->record(snapshot);
    }
}

qint64 EvaluationSession::finish(const RunResult& result)
{
    return m_recorder ? m_recorder->finish(result) : 0;
}

void EvaluationSession::abort(RunStatus status, const QString& error)
{
    if (m_recorder) {
        m_recorder->abort(status, error);
    }
}

qint64 EvaluationSession::runId() const
{
    return m_recorder ? m_recorder->runId() : 0;
}

} // namespace genlens::app

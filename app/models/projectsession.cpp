#include "models/projectsession.h"

#include "models/runlistmodel.h"
#include "models/samplesetmodel.h"

namespace genlens::app {

ProjectSession::ProjectSession(QObject* parent)
    : QObject(parent)
    , m_runs(new RunListModel(this))
    , m_sets(new SampleSetModel(this))
{ }

ProjectSession::~ProjectSession() = default;

void ProjectSession::open(const QString& path)
{
    auto store = std::make_unique<ProjectStore>();
    store->openForViewing(path); // throws StoreError; the current project stays open then
    m_store = std::move(store);
    refresh();
    emit opened(m_store->path());
}

void ProjectSession::close()
{
    if (!m_store) {
        return;
    }
    m_store.reset();
    m_runs->setRuns({});
    m_sets->setSets({});
    emit closed();
}

bool ProjectSession::isOpen() const
{
    return m_store && m_store->isOpen();
}

QString ProjectSession::path() const
{
    return m_store ? m_store->path() : QString();
}

void ProjectSession::refresh()
{
    if (!m_store) {
        return;
    }
    m_runs->setRuns(m_store->runs());
    m_sets->setSets(m_store->sampleSets());
}

std::shared_ptr<const RunResult> ProjectSession::loadRun(qint64 runId) const
{
    if (!m_store) {
        return nullptr;
    }
    return std::make_shared<const RunResult>(m_store->loadRun(runId));
}

RunSummary ProjectSession::runSummary(qint64 runId) const
{
    if (!m_store) {
        return {};
    }
    return m_store->runSummary(runId);
}

} // namespace genlens::app

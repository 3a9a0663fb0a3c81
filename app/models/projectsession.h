#pragma once

#include "evaluation/runresult.h"
#include "project/projectstore.h"

#include <QObject>
#include <memory>

namespace genlens::app {

class RunListModel;
class SampleSetModel;

// The project open in the window: its store (used on the UI thread only) and the models of its
// runs and sample sets. Store failures are thrown as StoreError for the caller to show.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    // Opens (or creates) a project file; throws StoreError and keeps the previous project then.
    void open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const;

    // Re-reads the run and set lists (after a job stored a run).
    void refresh();
    // The stored result of a run. Throws StoreError.
    std::shared_ptr<const RunResult> loadRun(qint64 runId) const;
    RunSummary runSummary(qint64 runId) const;

    RunListModel* runs() const { return m_runs; }
    SampleSetModel* sampleSets() const { return m_sets; }

signals:
    void opened(const QString& path);
    void closed();

private:
    std::unique_ptr<ProjectStore> m_store;
    RunListModel* m_runs;
    SampleSetModel* m_sets;
};

} // namespace genlens::app

#pragma once

#include "evaluation/runresult.h"
#include "project/projectstore.h"

#include <QHash>
#include <QMap>
#include <QPair>

namespace genlens::app {

// Turns the successive snapshots a pipeline publishes (PipelineContext::publishPartial) into
// project writes, stage by stage, writing only what is new in each snapshot:
//   the first snapshot with both sets  -> ProjectStore::beginRun (sets, samples, run 'running')
//   new or changed metrics              -> saveMetrics (only those)
//   new or changed score columns        -> saveScores (only those, per role)
//   neighbours, extra, timings changed  -> saveNeighbours / saveExtra / saveTimings
// finish() records the final result and marks the run finished; abort() marks it cancelled or
// failed and keeps what was written. Shared by the window's jobs and the CLI's console context.
// Uses the store on the calling thread; the store must stay open while the recorder is used.
class RunRecorder
{
public:
    explicit RunRecorder(ProjectStore& store);

    // Throws StoreError when the project cannot be written.
    void record(const RunResult& snapshot);
    // Records what is new in the final result and marks the run finished. Returns the run id
    // (0 when the result has no sets to store).
    qint64 finish(const RunResult& result);
    // Marks the run `status` (Cancelled, Failed) with the error text; no-op before beginRun.
    void abort(RunStatus status, const QString& error);

    qint64 runId() const { return m_runId; }

private:
    ProjectStore& m_store;
    qint64 m_runId = 0;
    QHash<QString, QPair<double, double>> m_metrics;
    // Per role and key: length and a hash of the values, enough to tell a column changed
    // without keeping a copy of 100k values.
    QHash<QString, QPair<std::size_t, std::size_t>> m_scores[2];
    std::size_t m_neighbourCount = 0;
    std::size_t m_neighbourHash = 0;
    QJsonObject m_extra;
    QMap<QString, qint64> m_timings;
    QMap<QString, QByteArray> m_liveStatistics;
};

} // namespace genlens::app

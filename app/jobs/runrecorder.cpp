#include "jobs/runrecorder.h"

#include <QHashFunctions>
#include <cmath>

namespace genlens::app {

namespace {

bool hasSet(const SampleSet& set)
{
    return !set.source.isEmpty() || !set.samples.empty();
}

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

std::size_t valuesHash(const std::vector<double>& values)
{
    return values.empty() ? 0 : qHashBits(values.data(), values.size() * sizeof(double));
}

std::size_t neighboursHash(const std::vector<Neighbour>& neighbours)
{
    std::size_t seed = 0;
    for (const Neighbour& n : neighbours) {
        seed = qHashMulti(seed, static_cast<int>(n.fromSet), n.from, static_cast<int>(n.toSet),
                          n.to, n.rank, n.distance);
    }
    return seed;
}

} // namespace

RunRecorder::RunRecorder(ProjectStore& store)
    : m_store(store)
{ }

void RunRecorder::record(const RunResult& snapshot)
{
    if (m_runId == 0) {
        if (!hasSet(snapshot.real) || !hasSet(snapshot.generated)) {
            return;
        }
        m_runId = m_store.beginRun(snapshot);
    }

    QList<MetricValue> newMetrics;
    for (const MetricValue& metric : snapshot.metrics) {
        const auto saved = m_metrics.constFind(metric.key);
        if (saved == m_metrics.cend() || !sameNumber(saved->first, metric.value)
            || !sameNumber(saved->second, metric.std)) {
            newMetrics.append(metric);
        }
    }
    if (!newMetrics.isEmpty()) {
        m_store.saveMetrics(m_runId, newMetrics);
        for (const MetricValue& metric : newMetrics) {
            m_metrics.insert(metric.key, {metric.value, metric.std});
        }
    }

    for (SetRole role : {SetRole::Real, SetRole::Generated}) {
        const QList<ScoreColumn>& columns
            = role == SetRole::Real ? snapshot.realScores : snapshot.generatedScores;
        auto& saved = m_scores[static_cast<int>(role)];
        QList<ScoreColumn> newColumns;
        QList<QPair<std::size_t, std::size_t>> signatures;
        for (const ScoreColumn& column : columns) {
            const QPair<std::size_t, std::size_t> signature {column.values.size(),
                                                             valuesHash(column.values)};
            const auto it = saved.constFind(column.key);
            if (it == saved.cend() || *it != signature) {
                newColumns.append(column);
                signatures.append(signature);
            }
        }
        if (!newColumns.isEmpty()) {
            m_store.saveScores(m_runId, role, newColumns);
            for (qsizetype i = 0; i < newColumns.size(); ++i) {
                saved.insert(newColumns.at(i).key, signatures.at(i));
            }
        }
    }

    if (!snapshot.neighbours.empty()) {
        const std::size_t hash = neighboursHash(snapshot.neighbours);
        if (snapshot.neighbours.size() != m_neighbourCount || hash != m_neighbourHash) {
            m_store.saveNeighbours(m_runId, snapshot.neighbours);
            m_neighbourCount = snapshot.neighbours.size();
            m_neighbourHash = hash;
        }
    }
    if (!snapshot.extra.isEmpty() && snapshot.extra != m_extra) {
        m_store.saveExtra(m_runId, snapshot.extra);
        m_extra = snapshot.extra;
    }
    if (!snapshot.liveStatistics.isEmpty() && snapshot.liveStatistics != m_liveStatistics) {
        m_store.saveLiveStatistics(m_runId, snapshot.liveStatistics);
        m_liveStatistics = snapshot.liveStatistics;
    }
    if (!snapshot.timingsMs.isEmpty() && snapshot.timingsMs != m_timings) {
        m_store.saveTimings(m_runId, snapshot.timingsMs);
        m_timings = snapshot.timingsMs;
    }
}

qint64 RunRecorder::finish(const RunResult& result)
{
    record(result);
    if (m_runId != 0) {
        m_store.finishRun(m_runId, RunStatus::Finished);
    }
    return m_runId;
}

void RunRecorder::abort(RunStatus status, const QString& error)
{
    if (m_runId != 0) {
        m_store.finishRun(m_runId, status, error);
    }
}

} // namespace genlens::app

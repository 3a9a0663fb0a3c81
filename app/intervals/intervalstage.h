#pragma once

#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <genlens/metrics/core/bootstrap.h>
#include <vector>

namespace genlens::app {

// The "intervals" stage of a pipeline (issue 13): the pipeline registers, as it computes each
// set-level metric, how that metric's confidence interval is formed (a task over quantities it
// keeps: per-sample indicators, per-segment counts, the features), and runs them all at the end,
// off the UI thread like every stage, with progress and cancel, timed as "intervals". The result
// goes to the run's extra JSON (metricinterval.h), so the project keeps it and the CLI's JSON
// prints it next to each value. Off when resamples is 0.
class IntervalStage
{
public:
    // One task may serve several keys (one half-sample of the generated texts gives every
    // distinct-n); it returns their intervals in the order of `keys`.
    using Task = std::function<std::vector<metrics::Interval>(const metrics::BootstrapOptions&,
                                                              const metrics::Progress&)>;

    IntervalStage(int resamples, quint64 seed, int threads);

    bool isEnabled() const { return m_options.resamples > 0; }
    const metrics::BootstrapOptions& options() const { return m_options; }

    // Registers a task for `keys`; `method` says in one sentence how the interval is formed.
    void add(const QStringList& keys, const QString& method, Task task);
    void
    add(const QString& key, const QString& method,
        std::function<metrics::Interval(const metrics::BootstrapOptions&, const metrics::Progress&)>
            task);

    // Runs the tasks of the keys the result holds (in registration order) and writes
    // extra["intervals"]. A task that throws std::exception (other than a cancel) leaves its keys
    // without an interval and adds a warning.
    void run(RunResult& result, PipelineContext& context);

private:
    struct Entry
    {
        QStringList keys;
        QString method;
        Task task;
    };
    metrics::BootstrapOptions m_options;
    std::vector<Entry> m_entries;
};

} // namespace genlens::app

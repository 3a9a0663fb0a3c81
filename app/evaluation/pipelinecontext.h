#pragma once

#include "evaluation/evaluationsession.h"
#include "evaluation/runresult.h"

#include <genlens/metrics/progress.h>

#include <QString>

#include <stdexcept>

namespace genlens::app {

// What a pipeline sees of whoever runs it (a job in the window, the CLI's progress bar, a test):
// stages with progress, cancellation, and results published stage by stage so that set-level
// numbers show (and are stored) before the slow per-sample work is done. It carries the run's
// EvaluationSession (project store and feature cache, recorder, thread count).
class PipelineContext
{
public:
    PipelineContext() = default;
    virtual ~PipelineContext() = default;
    PipelineContext(const PipelineContext&) = delete;
    PipelineContext& operator=(const PipelineContext&) = delete;

    EvaluationSession& session() { return m_session; }
    const EvaluationSession& session() const { return m_session; }

    // Starts a named stage ("load real", "features", "metrics", ...) of `total` units.
    virtual void beginStage(const QString& name, qint64 total) = 0;
    // Returns false once cancellation was requested.
    virtual bool advance(qint64 done, qint64 total) = 0;
    virtual bool isCanceled() const = 0;
    // A consistent snapshot of what is finished so far; the final result is returned, not published.
    virtual void publishPartial(const RunResult& partial) { (void)partial; }

    // The Qt-free progress callback for metrics/ functions.
    metrics::Progress progress()
    {
        return [this](std::size_t done, std::size_t total) {
            return advance(static_cast<qint64>(done), static_cast<qint64>(total));
        };
    }

    // Throws metrics::Cancelled when cancellation was requested.
    void checkCanceled() const
    {
        if (isCanceled()) {
            throw metrics::Cancelled{};
        }
    }

private:
    EvaluationSession m_session;
};

// An input that cannot be used at all (missing file, wrong shape, too few samples): one message
// naming the file and the reason. The CLI maps it to exit code 1, the window to a dialog.
class InputError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace genlens::app

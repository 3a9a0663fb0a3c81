#pragma once

#include "evaluation/pipelinecontext.h"
#include "project/projectstore.h"

#include <QElapsedTimer>
#include <QString>
#include <atomic>
#include <memory>

class QIODevice;

namespace genlens::app {

// The PipelineContext of the command line (design.md §5): progress on stderr, cancellation by
// Ctrl-C, and the same stage-by-stage saving into a project as the window's jobs (RunRecorder).
//   Bar   (stderr is a terminal): one line per stage, "features  [######------]  40%", redrawn
//                                 at most 10 times a second.
//   Lines (stderr is redirected): "features: 40%" lines, at most one per 10%.
//   Quiet (--quiet): nothing.
// Used on one thread (the CLI's); requestCancel() and the interrupt handler may come from anywhere.
class ConsoleContext : public PipelineContext
{
public:
    enum class Mode { Quiet, Lines, Bar };

    // Quiet when asked, Bar when stderr is a terminal, Lines otherwise.
    static Mode defaultMode(bool quiet);

    // Writes to `output`, or to stderr when it is null.
    explicit ConsoleContext(Mode mode, QIODevice* output = nullptr);
    ~ConsoleContext() override;
    ConsoleContext(const ConsoleContext&) = delete;
    ConsoleContext& operator=(const ConsoleContext&) = delete;

    void beginStage(const QString& name, qint64 total) override;
    bool advance(qint64 done, qint64 total) override;
    bool isCanceled() const override;
    // Saves the snapshot into the attached project (if any). Throws StoreError.
    void publishPartial(const RunResult& partial) override;

    void requestCancel();
    // SIGINT (Ctrl-C) asks every ConsoleContext to cancel at the next advance(); a second Ctrl-C
    // ends the process as usual.
    static void installInterruptHandler();
    static void clearInterrupt();

    // --- saving into a project, as a job does (through session()) ------------------------------
    // The store must stay open (on this thread) while the context uses it; or let the session
    // open the project itself (session().openProject()).
    void attachProject(ProjectStore* store);
    // Stores what is new in the final result and marks the run finished; the run id, or 0 without
    // a project (or without sets).
    qint64 finishRun(const RunResult& result);
    // Marks the stored run cancelled or failed, keeping its finished parts; no-op without one.
    void abortRun(RunStatus status, const QString& error);
    qint64 runId() const;

    // Ends an open progress line (called by the destructor too).
    void endOutput();

private:
    void write(const QString& text);
    void drawBar(qint64 done, qint64 total);

    Mode m_mode;
    QIODevice* m_output = nullptr;
    std::unique_ptr<QIODevice> m_ownedOutput;
    std::atomic<bool> m_canceled {false};
    QString m_stage;
    int m_lastDecile = -1;
    int m_lastPercent = -1;
    bool m_lineOpen = false;
    QElapsedTimer m_lastDraw;
};

} // namespace genlens::app

#pragma once

#include "evaluation/runresult.h"
#include "jobs/jobtracker.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace genlens::metrics {
struct LiveStatistics;
struct LiveResult;
struct LiveParameters;
} // namespace genlens::metrics

namespace genlens::app {

// Live parameters of the shown run (issue 13 item 4): k (1..20), the memorisation factor and the
// realism threshold. A change is debounced, recomputed off the UI thread from the run's stored
// live-k statistics (metrics/sets/livek.h; no features, no neighbour search) and delivered as a
// derived run — the stored run with PRDC, memorisation and realism values and per-sample columns
// at the new parameters, plus a `low_realism` flag column — which the pages show like any run.
// The stored run is never modified; reset() brings back its own values. Stale results (the
// slider moved on) are dropped by job id.
class LiveParameters : public QObject
{
    Q_OBJECT
public:
    // Which samples the grids and the map highlight (flags()).
    enum class Highlight {
        None,
        LowRealism, // generated: realism below the threshold
        Memorized, // generated: likely copies
        OutsideManifold // generated outside every real ball; real samples not covered
    };
    Q_ENUM(Highlight)

    explicit LiveParameters(QObject* parent = nullptr);
    ~LiveParameters() override;

    // The stored run to explore (nullptr or a run without live statistics: unavailable). Takes
    // the run's own k and memorisation factor and the realism threshold 1; emits stateChanged.
    void setRun(std::shared_ptr<const RunResult> run);

    bool isAvailable() const { return m_stats != nullptr; }
    int k() const { return m_k; }
    int runK() const { return m_runK; }
    int kMax() const;
    double memorizationFactor() const { return m_factor; }
    double runMemorizationFactor() const { return m_runFactor; }
    bool hasMemorization() const { return m_hasMemorization; }
    double realismThreshold() const { return m_threshold; }
    // The shown values differ from the stored run's.
    bool isModified() const;
    // "Values at k = 7 (run used k = 5)…", or that the run's own values are shown.
    QString statusText() const;

    void setK(int k);
    void setMemorizationFactor(double factor);
    void setRealismThreshold(double threshold);
    void setHighlight(Highlight highlight);
    Highlight highlight() const { return m_highlight; }
    void reset();
    // The shown run (derived or stored), and its flags under the current highlight (one entry
    // per sample in set order; empty when the run lacks the column).
    std::shared_ptr<const RunResult> shownRun() const { return m_shown; }
    std::vector<char> flags(SetRole set) const;
    static std::vector<char> flagsOf(const RunResult& run, const QString& prefix,
                                     Highlight highlight, double realismThreshold, SetRole set);
    // Blocks until a recomputation in flight has ended (tests, screenshots).
    void waitForDone();

    // The derivation itself (tested on its own): `base` with the values of `live` under
    // `prefix` ("" images, "emb_" text embeddings).
    static RunResult derive(const RunResult& base, const QString& prefix,
                            const metrics::LiveResult& live,
                            const metrics::LiveParameters& parameters);

signals:
    void stateChanged();
    // The run to show at the current parameters (the stored run itself after reset()).
    void runDerived(std::shared_ptr<const genlens::app::RunResult> run);
    // The flags of the shown run changed (new values or another highlight): read flags().
    void flagsChanged();

private:
    void parametersChanged();
    void recompute();

    std::shared_ptr<const RunResult> m_run;
    std::shared_ptr<const RunResult> m_shown;
    Highlight m_highlight = Highlight::LowRealism;
    std::shared_ptr<const metrics::LiveStatistics> m_stats;
    QString m_prefix;
    int m_k = 5;
    int m_runK = 5;
    double m_factor = 0.5;
    double m_runFactor = 0.5;
    bool m_hasMemorization = false;
    double m_threshold = 1.0;
    QTimer m_debounce;
    JobTracker m_tracker;
};

} // namespace genlens::app

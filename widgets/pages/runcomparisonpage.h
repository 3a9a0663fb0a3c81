#pragma once

#include "evaluation/runresult.h"
#include "models/runpair.h"
#include "models/scoredistributions.h"

#include <QWidget>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace genlens::app {
class ProjectSession;
class RunComparisonModel;
class RunPairLoader;
class ScoreChangeModel;
} // namespace genlens::app

namespace genlens::widgets {

// Two runs of the project (two models or checkpoints on the same real set), read off the UI
// thread (app::RunPairLoader). Views, as tabs: every set-level metric of both with the
// difference and whether B is better; the overlaid distributions of a per-sample score (A and B
// on shared bins, KS between them); the samples whose score changed most (paired across the
// runs, app::ScoreChangeModel; activating one emits sampleActivated for run B's sample); and the
// history of a metric over every finished run on the shared real set. Runs on different real
// sets get the metric table only.
class RunComparisonPage : public QWidget
{
    Q_OBJECT
public:
    enum View { MetricsView, DistributionsView, ChangesView, HistoryView, ViewCount };

    explicit RunComparisonPage(app::ProjectSession* session, QWidget* parent = nullptr);

    // Picks the two runs (by id) and starts loading them.
    void compare(qint64 runA, qint64 runB);
    qint64 runA() const;
    qint64 runB() const;
    // The pair on screen (empty until the first load arrives).
    const std::optional<app::RunPair>& pair() const { return m_pair; }
    // True while the chosen runs are being read.
    bool isLoading() const;
    // Runs the event loop until the chosen runs are shown (or msecs passed); for the screenshot
    // mode and tests. Returns !isLoading().
    bool waitForLoad(int msecs = 10000);

    void showView(View view);
    // Chooses the set and score of the overlay and the "changed most" views.
    void showScore(app::SetRole set, const QString& key);
    void showHistory(const QString& metricKey);

    app::RunComparisonModel* model() const { return m_model; }
    app::ScoreChangeModel* changeModel() const { return m_changes; }
    app::RunPairLoader* loader() const { return m_loader; }

signals:
    // A sample of run B was activated in the "changed most" table (double-click or Enter).
    void sampleActivated(qint64 runId, genlens::app::SetRole set, qint64 index);
    // The chosen runs arrived and every view shows them.
    void pairShown(qint64 runA, qint64 runB);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshChoices();
    void fillRunTexts();
    void update(bool force = false);
    void applyPair(const app::RunPair& pair);
    void fillSetChoices(QComboBox* box, const QList<app::SetRole>& sets);
    void fillScoreChoices(QComboBox* box, const QStringList& keys, const QString& preferred);
    void onOverlaySetChanged();
    void onChangeSetChanged();
    void redrawOverlay();
    void redrawChanges();
    void redrawHistory();
    void updateNote();
    QString runTitle(const app::RunSummary& run) const;
    QString setTitle(app::SetRole set) const;

    app::ProjectSession* m_session;
    app::RunPairLoader* m_loader;
    QLabel* m_aLabel;
    QLabel* m_bLabel;
    QComboBox* m_a;
    QComboBox* m_b;
    QLabel* m_note;
    QTabWidget* m_views;
    // Metrics
    QTableView* m_table;
    app::RunComparisonModel* m_model;
    // Distributions
    QLabel* m_overlaySetLabel;
    QComboBox* m_overlaySet;
    QLabel* m_overlayScoreLabel;
    QComboBox* m_overlayScore;
    QChartView* m_overlayView;
    QLabel* m_overlayCaption;
    // Changed most
    QLabel* m_changeSetLabel;
    QComboBox* m_changeSet;
    QLabel* m_changeScoreLabel;
    QComboBox* m_changeScore;
    QLabel* m_changeNote;
    QTableView* m_changeTable;
    app::ScoreChangeModel* m_changes;
    QSortFilterProxyModel* m_changeSort;
    // History
    QLabel* m_historyLabel;
    QComboBox* m_historyMetric;
    QChartView* m_historyView;
    QLabel* m_historyCaption;

    app::ScoreDistributions m_distributions;
    std::optional<app::RunPair> m_pair;
    qint64 m_requestedA = 0; // the pair being loaded or shown
    qint64 m_requestedB = 0;
    QString m_loadError;
};

} // namespace genlens::widgets

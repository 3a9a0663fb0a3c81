#pragma once

#include "evaluation/runresult.h"
#include "jobs/jobqueue.h"
#include "models/evaluationrequest.h"
#include "project/projectstore.h"

#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QEvent;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;

namespace genlens::app {
class LiveParameters;
class ProjectSession;
class RunLoader;
} // namespace genlens::app

namespace genlens::widgets {

class ComparePage;
class DistributionsPage;
class DrillDownPanel;
class JobsStrip;
class LiveParametersBar;
class MetricsPage;
class RunComparisonPage;
class SidePanel;
class SlicesPage;
class StartPage;
class ThumbnailCache;

// The main window only wires: the project session to the side panel, the selected run to the
// pages, the pages to the drill-down panel, menu actions to their handlers. Pages own their UI
// and the work lives in app/.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    static QString languageSettingsKey();

    // Turns a New-evaluation request into a job; set by gui.cpp to the pipelines (and by tests to
    // fakes). File → New evaluation is disabled until one is set.
    using EvaluationFactory = std::function<app::JobQueue::Pipeline(const app::EvaluationRequest&)>;
    void setEvaluationFactory(EvaluationFactory factory);
    // Starts an evaluation job, stored in the open project; with none open, first asks where to
    // keep it (the project path prompt) so that the run is never lost. Returns the job id, or 0
    // when the user declined.
    quint64 startEvaluation(const app::EvaluationRequest& request);
    // Asks for a new project file (empty: the user declined). A save dialog by default; tests
    // set their own.
    using ProjectPathPrompt = std::function<QString()>;
    void setProjectPathPrompt(ProjectPathPrompt prompt);
    StartPage* startPage() const { return m_start; }
    // The start page shows while no project is open and no result is on screen.
    bool isShowingStartPage() const;

    // Opens a project (creating it when it does not exist); shows a dialog and returns false on a
    // StoreError. The newest run is shown.
    bool openProject(const QString& path);
    // Shows a stored run on every page. The run is read in the background; currentRunId() and
    // runShown() follow when it has arrived (isLoadingRun() meanwhile).
    void showRun(qint64 runId);
    bool isLoadingRun() const;
    qint64 currentRunId() const { return m_runId; }
    QString projectPath() const;
    std::shared_ptr<const app::RunResult> currentRun() const { return m_run; }

    // Writes a PNG of each page into `directory` (the --screenshots mode, docs/ui.md).
    void saveScreenshots(const QString& directory);

    app::ProjectSession* session() const { return m_session; }
    SidePanel* sidePanel() const { return m_side; }
    MetricsPage* metricsPage() const { return m_metrics; }
    SlicesPage* slicesPage() const { return m_slices; }
    ComparePage* comparePage() const { return m_compare; }
    DistributionsPage* distributionsPage() const { return m_distributions; }
    DrillDownPanel* drillDownPanel() const { return m_drillDown; }
    RunComparisonPage* runComparisonPage() const { return m_runComparison; }
    QTabWidget* pages() const { return m_pages; }
    app::LiveParameters* liveParameters() const { return m_live; }
    LiveParametersBar* liveParametersBar() const { return m_liveBar; }
    app::JobQueue* jobs() const { return m_jobs; }
    JobsStrip* jobsStrip() const { return m_jobsStrip; }
    QMenu* fileMenu() const { return m_fileMenu; }
    // Disabled until a handler is connected to exportReportRequested (the report code does).
    QAction* exportReportAction() const { return m_exportReport; }

signals:
    void exportReportRequested();
    // The start page's "Open the demo project" (gui.cpp builds or finds it).
    void demoRequested();
    void runShown(qint64 runId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void retranslateUi();
    void updateWindowTitle();
    void newProject();
    void newEvaluation();
    void showResult(const app::RunSummary& summary, std::shared_ptr<const app::RunResult> run);
    // The pages show `run` (the live parameters' derived run); the stored run stays m_run.
    void showOnPages(const app::RunSummary& summary, std::shared_ptr<const app::RunResult> run);
    void onRunLoaded(qint64 runId, const app::RunSummary& summary,
                     std::shared_ptr<const app::RunResult> run);
    void onRunLoadFailed(qint64 runId, const QString& message);
    // Shows a sample of a stored run in the drill-down panel, switching to that run first.
    void showSampleOfRun(qint64 runId, app::SetRole set, qint64 index);
    void onJobFinished(quint64 id, const app::RunResult& result, qint64 runId);
    void openProjectDialog();
    void updateRecentMenu();
    void setLanguage(const QString& language);
    void showAbout();
    void showStoreError(const QString& action, const QString& message);
    void updateStatus();
    void updateStartPage();
    QString askForProjectPath();

    app::ProjectSession* m_session;
    app::JobQueue* m_jobs;
    JobsStrip* m_jobsStrip;
    EvaluationFactory m_evaluationFactory;
    QAction* m_newEvaluation = nullptr;
    quint64 m_evaluationJob = 0;
    app::EvaluationRequest m_lastRequest;
    ThumbnailCache* m_thumbnails;
    SidePanel* m_side;
    QTabWidget* m_pages;
    StartPage* m_start;
    QStackedWidget* m_stack; // the start page or the pages
    ProjectPathPrompt m_projectPathPrompt;
    app::LiveParameters* m_live;
    LiveParametersBar* m_liveBar;
    app::RunSummary m_summary;
    MetricsPage* m_metrics;
    SlicesPage* m_slices;
    ComparePage* m_compare;
    DistributionsPage* m_distributions;
    DrillDownPanel* m_drillDown;
    RunComparisonPage* m_runComparison;
    QDockWidget* m_sideDock;
    QDockWidget* m_drillDock;
    QMenu* m_fileMenu = nullptr;
    QAction* m_newProjectAction = nullptr;
    QAction* m_openAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_exportReport = nullptr;
    QAction* m_quitAction = nullptr;
    QMenu* m_viewMenu = nullptr;
    QList<QAction*> m_pageActions;
    QMenu* m_languageMenu = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    app::RunLoader* m_runLoader;
    struct PendingSample
    {
        qint64 runId = 0;
        app::SetRole set = app::SetRole::Generated;
        qint64 index = 0;
    };
    std::optional<PendingSample> m_pendingSample;
    QLabel* m_statusProject;
    QLabel* m_statusRun;
    QProgressBar* m_loadingBar;
    std::shared_ptr<const app::RunResult> m_run;
    qint64 m_runId = 0;
};

} // namespace genlens::widgets

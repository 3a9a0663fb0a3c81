#include "mainwindow.h"

#include "dialogs/newevaluationdialog.h"
#include "drilldownpanel.h"
#include "jobsstrip.h"
#include "liveparametersbar.h"
#include "models/liveparameters.h"
#include "models/projectsession.h"
#include "models/recentprojects.h"
#include "models/runlistmodel.h"
#include "models/runloader.h"
#include "pages/comparepage.h"
#include "pages/distributionspage.h"
#include "pages/metricspage.h"
#include "pages/runcomparisonpage.h"
#include "pages/slicespage.h"
#include "pages/startpage.h"
#include "sidepanel.h"
#include "thumbnails/storethumbnailloader.h"
#include "thumbnails/thumbnailcache.h"
#include "uilanguage.h"

#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace genlens::widgets {

namespace {
QString projectFilter()
{
    return MainWindow::tr("GenLens projects (*.genlens)");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new app::ProjectSession(this))
    , m_jobs(new app::JobQueue(this))
    , m_jobsStrip(new JobsStrip(m_jobs, this))
    , m_thumbnails(new ThumbnailCache(this))
    , m_side(new SidePanel(this))
    , m_pages(new QTabWidget(this))
    , m_start(new StartPage(this))
    , m_stack(new QStackedWidget(this))
    , m_live(new app::LiveParameters(this))
    , m_liveBar(new LiveParametersBar(m_live, this))
    , m_metrics(new MetricsPage(this))
    , m_slices(new SlicesPage(this))
    , m_compare(new ComparePage(m_thumbnails, this))
    , m_distributions(new DistributionsPage(this))
    , m_drillDown(new DrillDownPanel(m_thumbnails, this))
    , m_runComparison(new RunComparisonPage(m_session, this))
    , m_sideDock(new QDockWidget(this))
    , m_drillDock(new QDockWidget(this))
    , m_runLoader(new app::RunLoader(this))
    , m_statusProject(new QLabel(this))
    , m_statusRun(new QLabel(this))
    , m_loadingBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(m_metrics, QString());
    m_pages->addTab(m_slices, QString());
    m_pages->addTab(m_compare, QString());
    m_pages->addTab(m_distributions, QString());
    m_pages->addTab(m_runComparison, QString());
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_pages);
    centralLayout->addWidget(m_liveBar);
    m_liveBar->setVisible(false);
    centralLayout->addWidget(m_stack, 1);
    centralLayout->addWidget(m_jobsStrip);
    setCentralWidget(central);

    m_side->setModels(m_session->sampleSets(), m_session->runs());
    m_sideDock->setObjectName(QStringLiteral("projectDock"));
    m_sideDock->setWidget(m_side);
    m_sideDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_sideDock);
    m_drillDock->setObjectName(QStringLiteral("sampleDock"));
    m_drillDock->setWidget(m_drillDown);
    m_drillDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_drillDock);
    resizeDocks({m_sideDock, m_drillDock}, {300, 340}, Qt::Horizontal);

    statusBar()->addWidget(m_statusProject, 1);
    statusBar()->addPermanentWidget(m_statusRun);
    // Busy (no known length) while a stored run is read in the background.
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setMaximumWidth(120);
    m_loadingBar->setVisible(false);
    statusBar()->addPermanentWidget(m_loadingBar);

    buildMenus();
    retranslateUi();

    // Wiring (conventions.md habit 7): explicit connections, no logic here.
    connect(m_side, &SidePanel::runSelected, this, &MainWindow::showRun);
    connect(m_runLoader, &app::RunLoader::loaded, this, &MainWindow::onRunLoaded);
    connect(m_runLoader, &app::RunLoader::failed, this, &MainWindow::onRunLoadFailed);
    connect(m_compare, &ComparePage::sampleActivated, m_drillDown, &DrillDownPanel::showSample);
    connect(m_drillDown, &DrillDownPanel::neighbourActivated, m_compare,
            &ComparePage::selectSample);
    // A sample of run B in the run comparison: show run B, then the sample.
    connect(m_runComparison, &RunComparisonPage::sampleActivated, this,
            &MainWindow::showSampleOfRun);
    connect(m_distributions, &DistributionsPage::sampleActivated, m_drillDown,
            &DrillDownPanel::showSample);
    connect(m_distributions, &DistributionsPage::samplesSelected, m_compare,
            &ComparePage::selectSamples);
    connect(m_compare, &ComparePage::sampleActivated, m_distributions,
            &DistributionsPage::highlightSample);
    // A slice filters the grids and the feature map to its members; clearing restores them.
    connect(m_slices, &SlicesPage::sliceSelected, m_compare, &ComparePage::setSliceFilter);
    connect(m_slices, &SlicesPage::sliceSelected, m_distributions,
            &DistributionsPage::setSliceFilter);
    connect(m_slices, &SlicesPage::sliceCleared, m_compare, &ComparePage::clearSliceFilter);
    connect(m_slices, &SlicesPage::sliceCleared, m_distributions,
            &DistributionsPage::clearSliceFilter);
    connect(m_compare, &ComparePage::sliceFilterCleared, m_slices,
            &SlicesPage::clearSelectionQuietly);
    connect(m_compare, &ComparePage::sliceFilterCleared, m_distributions,
            &DistributionsPage::clearSliceFilter);
    connect(m_session, &app::ProjectSession::opened, this, &MainWindow::updateStatus);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_start, &StartPage::newEvaluationRequested, this, &MainWindow::newEvaluation);
    connect(m_start, &StartPage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_start, &StartPage::recentProjectActivated, this,
            [this](const QString& path) { openProject(path); });
    // Live parameters: a derived run replaces what the pages show, flags follow the highlight.
    // The sample open in the drill-down stays open (and selected) across the new values.
    connect(m_live, &app::LiveParameters::runDerived, this,
            [this](std::shared_ptr<const app::RunResult> run) {
                const app::SetRole set = m_drillDown->currentSet();
                const qint64 index = m_drillDown->currentIndex();
                showOnPages(m_summary, run);
                if (index >= 0) {
                    m_drillDown->showSample(set, index);
                    m_compare->selectSample(set, index);
                }
            });
    connect(m_live, &app::LiveParameters::flagsChanged, this, [this] {
        m_compare->setFlags(m_live->flags(app::SetRole::Real),
                            m_live->flags(app::SetRole::Generated));
        m_distributions->setFlags(m_live->flags(app::SetRole::Real),
                                  m_live->flags(app::SetRole::Generated));
    });
    connect(m_jobsStrip, &JobsStrip::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_jobs, &app::JobQueue::finished, this, &MainWindow::onJobFinished);
    connect(m_jobs, &app::JobQueue::partial, this,
            [this](quint64 id, const app::RunResult& result) {
                // Stage by stage: set-level numbers show before the per-sample work is done.
                if (id == m_evaluationJob) {
                    showResult({}, std::make_shared<const app::RunResult>(result));
                }
            });
    connect(m_jobs, &app::JobQueue::failed, this, [this](quint64 id, const QString& message) {
        if (id != m_evaluationJob) {
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Evaluation failed"), message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        m_session->refresh();
    });
    connect(m_jobs, &app::JobQueue::canceled, this, [this] { m_session->refresh(); });

    resize(1360, 860);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    updateStatus();
}

MainWindow::~MainWindow()
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
}

QString MainWindow::languageSettingsKey()
{
    return UiLanguage::settingsKey();
}

void MainWindow::buildMenus()
{
    // Texts are set in retranslateUi(), so that a language switch re-labels every entry.
    m_fileMenu = menuBar()->addMenu(QString());
    m_newProjectAction = m_fileMenu->addAction(QString(), this, &MainWindow::newProject);
    m_newProjectAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openProjectDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addSeparator();
    m_newEvaluation = m_fileMenu->addAction(QString(), this, &MainWindow::newEvaluation);
    m_newEvaluation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newEvaluation->setEnabled(false);
    m_exportReport = m_fileMenu->addAction(QString(), this, &MainWindow::exportReportRequested);
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportReport->setEnabled(false);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction* page
            = m_viewMenu->addAction(QString(), this, [this, i] { m_pages->setCurrentIndex(i); });
        page->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        m_pageActions.append(page);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sideDock->toggleViewAction());
    m_viewMenu->addAction(m_drillDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* group = new QActionGroup(m_languageMenu);
    const QString current = UiLanguage::savedChoice();
    // Language names are written in their own language, so they stay as they are.
    const struct
    {
        QString code;
        QString name;
    } languages[] = {{QString(), QString()},
                     {QStringLiteral("en"), QStringLiteral("English")},
                     {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto& entry : languages) {
        QAction* action = m_languageMenu->addAction(entry.name);
        action->setCheckable(true);
        action->setChecked(entry.code == current);
        action->setData(entry.code);
        group->addAction(action);
        const QString code = entry.code;
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        if (code.isEmpty()) {
            m_systemLanguageAction = action;
        }
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslateUi()
{
    m_pages->setTabText(m_pages->indexOf(m_metrics), tr("&Metrics"));
    m_pages->setTabText(m_pages->indexOf(m_slices), tr("&Slices"));
    m_pages->setTabText(m_pages->indexOf(m_compare), tr("&Compare"));
    m_pages->setTabText(m_pages->indexOf(m_distributions), tr("&Distributions"));
    m_pages->setTabText(m_pages->indexOf(m_runComparison), tr("R&uns compared"));
    m_sideDock->setWindowTitle(tr("Project"));
    m_drillDock->setWindowTitle(tr("Sample"));

    m_fileMenu->setTitle(tr("&File"));
    m_newProjectAction->setText(tr("&New project…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_newEvaluation->setText(tr("New e&valuation…"));
    m_exportReport->setText(tr("&Export report…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    for (int i = 0; i < m_pageActions.size(); ++i) {
        m_pageActions[i]->setText(m_pages->tabText(i));
    }
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System default"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About GenLens"));
    m_aboutQtAction->setText(tr("About &Qt"));

    updateRecentMenu();
    updateWindowTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateWindowTitle()
{
    const QString path = m_session->path();
    setWindowTitle(path.isEmpty() ? tr("GenLens")
                                  : tr("%1 — GenLens").arg(QFileInfo(path).fileName()));
}

bool MainWindow::openProject(const QString& path)
{
    try {
        m_session->open(path);
    } catch (const app::StoreError& error) {
        showStoreError(tr("Could not open the project"), QString::fromUtf8(error.what()));
        app::RecentProjects::remove(path);
        return false;
    }
    app::RecentProjects::add(path);
    updateRecentMenu();
    updateWindowTitle();
    m_runLoader->cancel();
    m_run.reset();
    m_runId = 0;
    if (m_session->runs()->rowCount() > 0) {
        m_side->selectRun(0);
    } else {
        showRun(0);
    }
    return true;
}

QString MainWindow::projectPath() const
{
    return m_session->path();
}

void MainWindow::showRun(qint64 runId)
{
    if (runId == 0 || !m_session->isOpen()) {
        m_runLoader->cancel();
        m_runId = 0;
        updateStatus();
        showResult({}, nullptr);
        return;
    }
    m_runLoader->load(m_session->path(), runId);
    updateStatus();
}

bool MainWindow::isLoadingRun() const
{
    return m_runLoader->isLoading();
}

void MainWindow::onRunLoaded(qint64 runId, const app::RunSummary& summary,
                             std::shared_ptr<const app::RunResult> run)
{
    m_runId = runId;
    showResult(summary, std::move(run));
    if (m_pendingSample && m_pendingSample->runId == runId) {
        m_drillDown->showSample(m_pendingSample->set, m_pendingSample->index);
    }
    m_pendingSample.reset();
}

void MainWindow::showSampleOfRun(qint64 runId, app::SetRole set, qint64 index)
{
    if (runId == m_runId && !m_runLoader->isLoading()) {
        m_drillDown->showSample(set, index);
        return;
    }
    // The run is read in the background first; the sample follows when it has arrived.
    m_pendingSample = PendingSample {runId, set, index};
    m_side->selectRun(runId);
}

void MainWindow::onRunLoadFailed(qint64 runId, const QString& message)
{
    m_pendingSample.reset();
    updateStatus();
    showStoreError(tr("Could not load run %1").arg(runId), message);
}

void MainWindow::showResult(const app::RunSummary& summary,
                            std::shared_ptr<const app::RunResult> run)
{
    m_run = run;
    m_summary = summary;
    m_thumbnails->setSource(
        run, storeThumbnailLoader(m_session->path(), summary.realSetId, summary.generatedSetId));
    showOnPages(summary, run);
    // Slices keep the stored run's numbers: live parameters do not re-slice.
    m_slices->setRun(run);
    // Live parameters for stored runs only (a job's partial result has no statistics yet).
    m_live->setRun(summary.id > 0 ? run : nullptr);
    m_liveBar->setVisible(summary.id > 0 && run != nullptr);
    m_exportReport->setEnabled(
        run != nullptr && m_runId != 0
        && isSignalConnected(QMetaMethod::fromSignal(&MainWindow::exportReportRequested)));
    updateStatus();
    emit runShown(m_runId);
}

void MainWindow::showOnPages(const app::RunSummary& summary,
                             std::shared_ptr<const app::RunResult> run)
{
    m_metrics->setRun(summary, run);
    m_compare->setRun(run);
    m_distributions->setRun(run);
    m_drillDown->setRun(run);
}

void MainWindow::setEvaluationFactory(EvaluationFactory factory)
{
    m_evaluationFactory = std::move(factory);
    m_newEvaluation->setEnabled(static_cast<bool>(m_evaluationFactory));
}

void MainWindow::newEvaluation()
{
    NewEvaluationDialog dialog(this);
    dialog.setRequest(m_lastRequest);
    if (dialog.exec() == QDialog::Accepted) {
        startEvaluation(dialog.request());
    }
}

void MainWindow::setProjectPathPrompt(ProjectPathPrompt prompt)
{
    m_projectPathPrompt = std::move(prompt);
}

QString MainWindow::askForProjectPath()
{
    if (m_projectPathPrompt) {
        return m_projectPathPrompt();
    }
    const QString suggested = QDir::home().filePath(
        QStringLiteral("evaluation-%1.genlens")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))));
    return QFileDialog::getSaveFileName(this, tr("Where should this evaluation be saved?"),
                                        suggested, projectFilter());
}

quint64 MainWindow::startEvaluation(const app::EvaluationRequest& request)
{
    if (!m_evaluationFactory) {
        return 0;
    }
    if (!m_session->isOpen()) {
        // Without a project the run would be computed and then lost: keep it in one.
        QString path = askForProjectPath();
        if (path.isEmpty()) {
            return 0;
        }
        if (!path.endsWith(QLatin1String(".genlens"))) {
            path += QStringLiteral(".genlens");
        }
        if (!openProject(path)) {
            return 0;
        }
    }
    m_lastRequest = request;
    // One slot: a new evaluation supersedes the running one, whose late results are dropped.
    app::JobQueue::Job job;
    job.name = request.displayName();
    job.pipeline = m_evaluationFactory(request);
    job.projectPath = m_session->path();
    job.slot = QStringLiteral("evaluation");
    job.threads = request.threads;
    m_evaluationJob = m_jobs->start(std::move(job));
    return m_evaluationJob;
}

void MainWindow::onJobFinished(quint64 id, const app::RunResult& result, qint64 runId)
{
    if (runId > 0) {
        m_session->refresh();
    }
    if (id != m_evaluationJob) {
        return;
    }
    m_evaluationJob = 0;
    if (runId > 0) {
        m_side->selectRun(runId);
    } else {
        // Finished but not stored (the store refused it): say finished, not "in progress".
        m_runId = 0;
        app::RunSummary finished;
        finished.status = app::RunStatus::Finished;
        showResult(finished, std::make_shared<const app::RunResult>(result));
    }
}

void MainWindow::newProject()
{
    QString path
        = QFileDialog::getSaveFileName(this, tr("New project"), QDir::homePath(), projectFilter());
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".genlens"))) {
        path += QStringLiteral(".genlens");
    }
    openProject(path);
}

void MainWindow::openProjectDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open project"), QDir::homePath(), projectFilter());
    if (!path.isEmpty()) {
        openProject(path);
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = app::RecentProjects::list();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openProject(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
    }
    QAction* clear = m_recentMenu->addAction(tr("Clear list"), this, [this] {
        app::RecentProjects::clear();
        updateRecentMenu();
        m_start->setRecentProjects({});
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::setLanguage(const QString& language)
{
    UiLanguage::saveChoice(language);
    // Every widget re-labels itself on the LanguageChange event that follows.
    UiLanguage::apply(language);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About GenLens"),
        tr("<h3>GenLens %1</h3><p>Compare what a generative model makes with the real thing: "
           "images, text and recommendation lists, side by side, with the metrics papers "
           "report.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::showStoreError(const QString& action, const QString& message)
{
    QMessageBox box(QMessageBox::Critical, tr("GenLens"), action, QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.exec();
}

void MainWindow::updateStatus()
{
    const QString path = m_session->path();
    m_statusProject->setText(path.isEmpty()
                                 ? tr("No project open")
                                 : tr("Project: %1").arg(QDir::toNativeSeparators(path)));
    const qint64 pending = m_runLoader->pendingRun();
    m_loadingBar->setVisible(pending != 0);
    if (pending != 0) {
        m_statusRun->setText(tr("Loading run %1…").arg(pending));
        return;
    }
    updateStartPage();
    if (!m_run) {
        m_statusRun->setText(QString());
        return;
    }
    const qint64 real = qint64(m_run->real.samples.size());
    const qint64 generated = qint64(m_run->generated.samples.size());
    if (m_runId > 0) {
        m_statusRun->setText(
            tr("Run %1 · %2 real · %3 generated").arg(m_runId).arg(real).arg(generated));
    } else if (m_evaluationJob != 0) {
        m_statusRun->setText(
            tr("Evaluation in progress · %1 real · %2 generated").arg(real).arg(generated));
    } else {
        m_statusRun->setText(
            tr("Finished, not stored · %1 real · %2 generated").arg(real).arg(generated));
    }
}

bool MainWindow::isShowingStartPage() const
{
    return m_stack->currentWidget() == m_start;
}

void MainWindow::updateStartPage()
{
    const bool start = !m_session->isOpen() && !m_run && m_evaluationJob == 0;
    if (start) {
        m_start->setRecentProjects(app::RecentProjects::list()); // at most eight files to look at
    }
    m_stack->setCurrentWidget(start ? static_cast<QWidget*>(m_start) : m_pages);
}

void MainWindow::saveScreenshots(const QString& directory)
{
    auto settle = [this] {
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
            m_thumbnails->waitForIdle();
            QApplication::processEvents();
        }
    };
    auto save = [this, &directory, &settle](const QString& name) {
        settle();
        grab().save(QDir(directory).filePath(name + QStringLiteral(".png")));
    };
    if (isShowingStartPage()) {
        save(QStringLiteral("start"));
        return;
    }
    m_pages->setCurrentWidget(m_metrics);
    save(QStringLiteral("metrics"));
    m_pages->setCurrentWidget(m_slices);
    // The slice at the top of the mode coverage chart (the most dropped one), chosen.
    const QList<qsizetype> order = m_slices->coverageOrder();
    if (!order.isEmpty()) {
        m_slices->selectSlice(order.first());
    }
    save(QStringLiteral("slices"));
    m_slices->clearSelection();
    m_pages->setCurrentWidget(m_compare);
    m_compare->setMode(ComparePage::GridsMode);
    if (m_run && !m_run->generated.samples.empty()) {
        m_compare->selectSample(app::SetRole::Generated, 0);
    }
    save(QStringLiteral("compare"));
    m_compare->setMode(ComparePage::CopiesMode);
    save(QStringLiteral("copies"));
    m_compare->setMode(ComparePage::MissingMode);
    save(QStringLiteral("missing"));
    m_compare->setMode(ComparePage::GridsMode);
    m_pages->setCurrentWidget(m_distributions);
    save(QStringLiteral("distributions"));
    // Live parameters at another k: the values, badges and red points follow (live-*.png).
    if (m_live->isAvailable() && m_live->kMax() > 1) {
        m_live->setK(m_live->runK() == 7 ? 6 : 7);
        QElapsedTimer waited;
        waited.start();
        while (m_live->shownRun() == m_run && waited.elapsed() < 5000) {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            m_live->waitForDone();
        }
        m_pages->setCurrentWidget(m_metrics);
        save(QStringLiteral("live-metrics"));
        m_pages->setCurrentWidget(m_compare);
        save(QStringLiteral("live-compare"));
        m_pages->setCurrentWidget(m_distributions);
        save(QStringLiteral("live-distributions"));
        m_live->reset();
        m_live->waitForDone();
    }
    m_pages->setCurrentWidget(m_runComparison);
    m_runComparison->waitForLoad();
    // runs-compared.png shows the overlaid distributions; the other views get a PNG each.
    const QStringList views = {QStringLiteral("metrics"), QString(), QStringLiteral("changes"),
                               QStringLiteral("history")};
    for (int view = 0; view < RunComparisonPage::ViewCount; ++view) {
        m_runComparison->showView(RunComparisonPage::View(view));
        save(QStringLiteral("runs-compared")
             + (views[view].isEmpty() ? QString() : QStringLiteral("-") + views[view]));
    }
    m_runComparison->showView(RunComparisonPage::MetricsView);
}

} // namespace genlens::widgets

#include "mainwindow.h"

#include "dialogs/newevaluationdialog.h"
#include "drilldownpanel.h"
#include "jobsstrip.h"
#include "models/projectsession.h"
#include "models/recentprojects.h"
#include "models/runlistmodel.h"
#include "pages/comparepage.h"
#include "pages/distributionspage.h"
#include "pages/metricspage.h"
#include "pages/runcomparisonpage.h"
#include "sidepanel.h"
#include "thumbnails/storethumbnailloader.h"
#include "thumbnails/thumbnailcache.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QSettings>
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
    , m_metrics(new MetricsPage(this))
    , m_compare(new ComparePage(m_thumbnails, this))
    , m_distributions(new DistributionsPage(this))
    , m_drillDown(new DrillDownPanel(m_thumbnails, this))
    , m_runComparison(new RunComparisonPage(m_session, this))
    , m_sideDock(new QDockWidget(tr("Project"), this))
    , m_drillDock(new QDockWidget(tr("Sample"), this))
    , m_statusProject(new QLabel(this))
    , m_statusRun(new QLabel(this))
{
    setWindowTitle(tr("GenLens"));
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(m_metrics, tr("&Metrics"));
    m_pages->addTab(m_compare, tr("&Compare"));
    m_pages->addTab(m_distributions, tr("&Distributions"));
    m_pages->addTab(m_runComparison, tr("R&uns compared"));
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_pages, 1);
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

    buildMenus();

    // Wiring (conventions.md habit 7): explicit connections, no logic here.
    connect(m_side, &SidePanel::runSelected, this, &MainWindow::showRun);
    connect(m_compare, &ComparePage::sampleActivated, m_drillDown, &DrillDownPanel::showSample);
    connect(m_drillDown, &DrillDownPanel::neighbourActivated, m_compare,
            &ComparePage::selectSample);
    connect(m_distributions, &DistributionsPage::sampleActivated, m_drillDown,
            &DrillDownPanel::showSample);
    connect(m_distributions, &DistributionsPage::samplesSelected, m_compare,
            &ComparePage::selectSamples);
    connect(m_compare, &ComparePage::sampleActivated, m_distributions,
            &DistributionsPage::highlightSample);
    connect(m_session, &app::ProjectSession::opened, this, &MainWindow::updateStatus);
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
    return QStringLiteral("language");
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newProject = m_fileMenu->addAction(tr("&New project…"), this, &MainWindow::newProject);
    newProject->setShortcut(QKeySequence::New);
    QAction* open = m_fileMenu->addAction(tr("&Open…"), this, &MainWindow::openProjectDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    m_fileMenu->addSeparator();
    m_newEvaluation
        = m_fileMenu->addAction(tr("New e&valuation…"), this, &MainWindow::newEvaluation);
    m_newEvaluation->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newEvaluation->setEnabled(false);
    m_exportReport
        = m_fileMenu->addAction(tr("&Export report…"), this, &MainWindow::exportReportRequested);
    m_exportReport->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportReport->setEnabled(false);
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction* page = view->addAction(m_pages->tabText(i), this,
                                        [this, i] { m_pages->setCurrentIndex(i); });
        page->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addSeparator();
    view->addAction(m_sideDock->toggleViewAction());
    view->addAction(m_drillDock->toggleViewAction());
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    const QString current = QSettings().value(languageSettingsKey()).toString();
    const struct
    {
        QString code;
        QString name;
    } languages[] = {{QString(), tr("System default")},
                     {QStringLiteral("en"), QStringLiteral("English")},
                     {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto& entry : languages) {
        QAction* action = language->addAction(entry.name);
        action->setCheckable(true);
        action->setChecked(entry.code == current);
        group->addAction(action);
        const QString code = entry.code;
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About GenLens"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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
    setWindowTitle(tr("%1 — GenLens").arg(QFileInfo(path).fileName()));
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
    std::shared_ptr<const app::RunResult> run;
    app::RunSummary summary;
    if (runId != 0) {
        try {
            summary = m_session->runSummary(runId);
            run = m_session->loadRun(runId);
        } catch (const app::StoreError& error) {
            showStoreError(tr("Could not load run %1").arg(runId), QString::fromUtf8(error.what()));
            run.reset();
        }
    }
    m_runId = run ? runId : 0;
    showResult(summary, run);
}

void MainWindow::showResult(const app::RunSummary& summary,
                            std::shared_ptr<const app::RunResult> run)
{
    m_run = run;
    m_thumbnails->setSource(
        run, storeThumbnailLoader(m_session->path(), summary.realSetId, summary.generatedSetId));
    m_metrics->setRun(summary, run);
    m_compare->setRun(run);
    m_distributions->setRun(run);
    m_drillDown->setRun(run);
    m_exportReport->setEnabled(
        run != nullptr && m_runId != 0
        && isSignalConnected(QMetaMethod::fromSignal(&MainWindow::exportReportRequested)));
    updateStatus();
    emit runShown(m_runId);
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

quint64 MainWindow::startEvaluation(const app::EvaluationRequest& request)
{
    if (!m_evaluationFactory) {
        return 0;
    }
    m_lastRequest = request;
    // One slot: a new evaluation supersedes the running one, whose late results are dropped.
    m_evaluationJob = m_jobs->start(request.displayName(), m_evaluationFactory(request),
                                    m_session->path(), QStringLiteral("evaluation"));
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
        m_runId = 0;
        showResult({}, std::make_shared<const app::RunResult>(result));
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
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::setLanguage(const QString& language)
{
    QSettings().setValue(languageSettingsKey(), language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language is used the next time GenLens starts."));
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
    if (!m_run) {
        m_statusRun->setText(QString());
        return;
    }
    m_statusRun->setText(tr("Run %1 · %2 real · %3 generated")
                             .arg(m_runId)
                             .arg(qint64(m_run->real.samples.size()))
                             .arg(qint64(m_run->generated.samples.size())));
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
    m_pages->setCurrentWidget(m_metrics);
    save(QStringLiteral("metrics"));
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
    m_pages->setCurrentWidget(m_runComparison);
    save(QStringLiteral("runs-compared"));
}

} // namespace genlens::widgets

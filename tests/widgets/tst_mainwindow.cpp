// The window shell on a real project file: it opens, lists the run and the sample sets, shows the
// run's metrics, loads thumbnails from the store off the UI thread, reports a broken file in a
// dialog, and the Chinese translation is complete.
#include "dialogs/newevaluationdialog.h"
#include "drilldownpanel.h"
#include "jobsstrip.h"
#include "mainwindow.h"
#include "models/evaluationjob.h"
#include "models/metricsmodel.h"
#include "models/projectsession.h"
#include "models/runcomparisonmodel.h"
#include "models/runlistmodel.h"
#include "models/samplesetmodel.h"
#include "models/sampletablemodel.h"
#include "pages/comparepage.h"
#include "pages/distributionspage.h"
#include "pages/metricspage.h"
#include "pages/runcomparisonpage.h"
#include "project/projectstore.h"
#include "sidepanel.h"
#include "views/featuremapview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>
#include <atomic>
#include <cmath>
#include <ctime>

using namespace genlens;

namespace {

QByteArray png(int grey)
{
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(QColor(grey, grey, grey));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

app::RunResult makeRun()
{
    app::RunResult run;
    run.modality = QStringLiteral("image");
    run.extractor = QJsonObject {{QStringLiteral("id"), QStringLiteral("builtin-1")},
                                 {QStringLiteral("dim"), 64}};
    run.settings = QJsonObject {{QStringLiteral("seed"), 0}, {QStringLiteral("k"), 5}};
    run.real.role = app::SetRole::Real;
    run.real.source = QStringLiteral("/data/real");
    run.real.kind = QStringLiteral("folder");
    run.generated.role = app::SetRole::Generated;
    run.generated.source = QStringLiteral("/data/generated");
    run.generated.kind = QStringLiteral("folder");
    for (int i = 0; i < 6; ++i) {
        app::Sample r;
        r.label = QStringLiteral("r%1.png").arg(i);
        r.source = QStringLiteral("/data/real/r%1.png").arg(i);
        r.contentHash = QByteArray::number(1000 + i);
        r.thumbnailPng = png(40 * i);
        run.real.samples.push_back(r);
        app::Sample g;
        g.label = QStringLiteral("g%1.png").arg(i);
        g.source = QStringLiteral("/data/generated/g%1.png").arg(i);
        g.contentHash = QByteArray::number(2000 + i);
        g.thumbnailPng = png(40 * i + 10);
        run.generated.samples.push_back(g);
        run.neighbours.push_back(
            {app::SetRole::Generated, i, app::SetRole::Real, (i + 1) % 6, 0, 0.5});
    }
    run.metrics = {{QStringLiteral("fid"), 12.5, std::nan("")},
                   {QStringLiteral("kid"), 0.0123, 0.0004},
                   {QStringLiteral("precision"), 0.71, std::nan("")}};
    run.generatedScores = {{QStringLiteral("realism"), {1, 2, 3, 4, 5, 6}}};
    return run;
}

// makeRun() with a feature map: real sample i at (i, 0), generated i at (i, 1).
app::RunResult makeRunWithMap()
{
    app::RunResult run = makeRun();
    const auto set = [](double y) {
        QJsonArray xs;
        QJsonArray ys;
        for (int i = 0; i < 6; ++i) {
            xs.append(i);
            ys.append(y);
        }
        return QJsonObject {{QStringLiteral("total"), 6},
                            {QStringLiteral("shown"), 6},
                            {QStringLiteral("subsampled"), false},
                            {QStringLiteral("x"), xs},
                            {QStringLiteral("y"), ys}};
    };
    run.extra.insert(
        QStringLiteral("feature_map"),
        QJsonObject {{QStringLiteral("method"), QStringLiteral("pca")},
                     {QStringLiteral("fitted_on"), QStringLiteral("real+generated")},
                     {QStringLiteral("features"), QStringLiteral("builtin-1")},
                     {QStringLiteral("dimension"), 64},
                     {QStringLiteral("explained_variance_ratio"), QJsonArray {0.6, 0.2}},
                     {QStringLiteral("seed"), 0},
                     {QStringLiteral("max_points_per_set"), 20000},
                     {QStringLiteral("real"), set(0)},
                     {QStringLiteral("generated"), set(1)}});
    return run;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Time this thread spent runnable but waiting for a CPU (Linux schedstat, field 2), or -1
// when the kernel does not say. A wall-clock gap minus this is the gap the program caused.
double threadRunQueueWaitMs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    bool ok = false;
    const double waitNs = fields.value(1).toDouble(&ok);
    return ok ? waitNs / 1e6 : -1;
}

bool machineOverloaded()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const double load = file.readAll().split(' ').value(0).toDouble();
    return load > 2.0 * QThread::idealThreadCount();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GenLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("test.genlens"));
        app::ProjectStore store;
        store.open(m_project);
        m_runId = store.saveRun(makeRun());
        QVERIFY(m_runId > 0);
    }

    void opensProjectAndShowsRunAndMetrics()
    {
        widgets::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_project));
        QCOMPARE(window.session()->runs()->rowCount(), 1);
        QCOMPARE(window.session()->sampleSets()->rowCount(), 2);
        QCOMPARE(window.sidePanel()->runView()->model()->rowCount(), 1);
        // The newest run is selected and shown once it has been read in the background.
        QTRY_COMPARE(window.currentRunId(), m_runId);
        QCOMPARE(window.sidePanel()->currentRunId(), m_runId);
        app::MetricsModel* metrics = window.metricsPage()->model();
        QCOMPARE(metrics->rowCount(), 3);
        QCOMPARE(metrics->index(0, 0).data(app::MetricsModel::KeyRole).toString(),
                 QStringLiteral("fid"));
        // Issue 12: the distance is labelled with the space it lives in.
        QCOMPARE(metrics->index(0, app::MetricsModel::KeyColumn).data().toString(),
                 QStringLiteral("FID (built-in)"));
        QCOMPARE(metrics->index(0, 0).data(app::MetricsModel::FeatureSpaceRole).toString(),
                 QStringLiteral("builtin"));
        QCOMPARE(metrics->index(0, app::MetricsModel::DirectionColumn).data().toString(),
                 QStringLiteral("↓"));
        QCOMPARE(metrics->index(1, app::MetricsModel::SpreadColumn).data().toString().left(2),
                 QStringLiteral("± "));
        // The built-in extractor's warning is visible.
        auto* warning
            = window.metricsPage()->findChild<QLabel*>(QStringLiteral("extractorWarning"));
        QVERIFY(warning != nullptr);
        QVERIFY(warning->isVisible());
        // The Compare view holds both sets.
        QCOMPARE(window.comparePage()->sampleModel(app::SetRole::Real)->rowCount(), 6);
        QCOMPARE(window.comparePage()->sampleModel(app::SetRole::Generated)->rowCount(), 6);
    }

    void selectingARunInTheSidePanelShowsIt()
    {
        app::RunResult second = makeRun();
        second.metrics = {{QStringLiteral("fid"), 3.0, std::nan("")}};
        qint64 secondId = 0;
        {
            app::ProjectStore store;
            store.open(m_project);
            secondId = store.saveRun(second);
        }
        widgets::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        QCOMPARE(window.session()->runs()->rowCount(), 2);
        QTRY_COMPARE(window.currentRunId(), secondId); // newest first
        QCOMPARE(window.metricsPage()->model()->rowCount(), 1);
        // Keyboard: focus the run list and move down to the older run.
        QTreeView* runs = window.sidePanel()->runView();
        runs->setFocus();
        QTest::keyClick(runs, Qt::Key_Down);
        QTRY_COMPARE(window.currentRunId(), m_runId);
        QCOMPARE(window.metricsPage()->model()->rowCount(), 3);
        // The comparison page defaults to previous (A) vs newest (B), loaded in the background:
        // FID 12.5 -> 3 is better.
        app::RunComparisonModel* comparison = window.runComparisonPage()->model();
        QTRY_COMPARE(comparison->rowCount(), 3);
        QCOMPARE(comparison->index(0, 0).data(app::RunComparisonModel::ImprovedRole).toInt(), 1);
        // A sample activated in the comparison is run B's: the window shows run B and the sample.
        QCOMPARE(window.runComparisonPage()->runB(), secondId);
        emit window.runComparisonPage()->sampleActivated(secondId, app::SetRole::Generated, 4);
        QTRY_COMPARE(window.currentRunId(), secondId);
        QTRY_COMPARE(window.drillDownPanel()->currentIndex(), qint64(4));
        QCOMPARE(window.drillDownPanel()->currentSet(), app::SetRole::Generated);
        {
            app::ProjectStore store;
            store.open(m_project);
            store.deleteRun(secondId);
        }
    }

    // Issue 6 item 4: the map's rubber band selects the same samples in the Compare grids, a
    // click opens the drill-down, and the grids' current sample is ringed on the map.
    void featureMapLinksToCompareAndDrillDown()
    {
        const QString path = m_dir.filePath(QStringLiteral("map.genlens"));
        {
            app::ProjectStore store;
            store.open(path);
            store.saveRun(makeRunWithMap());
        }
        widgets::MainWindow window;
        window.resize(1300, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        window.pages()->setCurrentWidget(window.distributionsPage());
        widgets::FeatureMapView* map = window.distributionsPage()->featureMap();
        QTRY_VERIFY(map->isVisible() && map->height() > 100);
        widgets::ComparePage* compare = window.comparePage();
        const auto at = [map](app::SetRole set, qint64 index) {
            return map->samplePosition(set, index).value_or(QPointF(-100, -100)).toPoint();
        };
        // A band around x = 2 and 3 of both rows.
        const QPoint from = at(app::SetRole::Real, 2) + QPoint(-12, 12);
        const QPoint to = at(app::SetRole::Generated, 3) + QPoint(12, -12);
        QTest::mousePress(map, Qt::LeftButton, {}, from);
        QTest::mouseMove(map, (from + to) / 2);
        QTest::mouseMove(map, to);
        QTest::mouseRelease(map, Qt::LeftButton, {}, to);
        QCOMPARE(compare->selectedSamples(app::SetRole::Real), (QList<qint64> {2, 3}));
        QCOMPARE(compare->selectedSamples(app::SetRole::Generated), (QList<qint64> {2, 3}));
        // A click on generated 4 opens it in the drill-down panel.
        QTest::mouseClick(map, Qt::LeftButton, {}, at(app::SetRole::Generated, 4));
        QCOMPARE(window.drillDownPanel()->currentSet(), app::SetRole::Generated);
        QCOMPARE(window.drillDownPanel()->currentIndex(), 4);
        // The sample current in the grids is ringed on the map.
        compare->selectSample(app::SetRole::Real, 1);
        QVERIFY(map->currentPoint().has_value());
        QCOMPARE(map->currentPoint()->set, app::SetRole::Real);
        QCOMPARE(map->currentPoint()->sample, 1);
        // Esc on the map clears the grids' selection too.
        map->setFocus();
        QTest::keyClick(map, Qt::Key_Escape);
        QVERIFY(compare->selectedSamples(app::SetRole::Generated).isEmpty());
        QCOMPARE(compare->selectedSamples(app::SetRole::Real), (QList<qint64> {}));
    }

    void runsAreReadOffTheUiThreadAndStaleReadsDropped()
    {
        app::RunResult second = makeRun();
        second.metrics = {{QStringLiteral("fid"), 3.0, std::nan("")}};
        qint64 secondId = 0;
        {
            app::ProjectStore store;
            store.open(m_project);
            secondId = store.saveRun(second);
        }
        widgets::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        QTRY_COMPARE(window.currentRunId(), secondId);
        QSignalSpy shown(&window, &widgets::MainWindow::runShown);
        // Asking for one run and then another before the first has arrived: only the second
        // is shown, and the window says it is loading meanwhile.
        window.showRun(m_runId);
        QVERIFY(window.isLoadingRun());
        window.showRun(secondId);
        QTRY_VERIFY(!window.isLoadingRun());
        QTRY_COMPARE(window.currentRunId(), secondId);
        QTest::qWait(100);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.constFirst().constFirst().toLongLong(), secondId);
        // A run that does not exist (deleted meanwhile) is reported and leaves the shown run.
        {
            app::ProjectStore store;
            store.open(m_project);
            store.deleteRun(secondId);
        }
        auto* watcher = new QTimer(&window);
        bool sawError = false;
        connect(watcher, &QTimer::timeout, &window, [&sawError] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                    sawError = box->text().contains(QStringLiteral("run"));
                    box->accept();
                }
            }
        });
        watcher->start(20);
        window.showRun(secondId);
        QTRY_VERIFY(sawError);
        QCOMPARE(window.currentRunId(), secondId);
    }

    void switchesLanguageWithoutRestart()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/genlens_zh_CN.qm")));
        auto zh = [&chinese](const char* context, const char* source) {
            return chinese.translate(context, source);
        };
        widgets::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        QTRY_COMPARE(window.currentRunId(), m_runId);
        QCOMPARE(window.pages()->tabText(0), QStringLiteral("&Metrics"));
        auto* mode = window.comparePage()->findChild<QComboBox*>(QStringLiteral("compareMode"));
        QVERIFY(mode != nullptr);
        const QString englishMode = mode->itemText(0);
        const QString englishTitle = window.fileMenu()->title();

        auto languageAction = [&window](const QString& code) -> QAction* {
            for (QAction* action : window.findChildren<QAction*>()) {
                if (action->isCheckable() && action->data().toString() == code
                    && !action->text().isEmpty()) {
                    return action;
                }
            }
            return nullptr;
        };
        QAction* toChinese = languageAction(QStringLiteral("zh_CN"));
        QVERIFY(toChinese != nullptr);
        toChinese->trigger();
        // No restart: the open window re-labels itself, the run stays on screen.
        const QString chineseTab = zh("genlens::widgets::MainWindow", "&Metrics");
        QVERIFY(!chineseTab.isEmpty());
        QTRY_COMPARE(window.pages()->tabText(0), chineseTab);
        QCOMPARE(window.fileMenu()->title(), zh("genlens::widgets::MainWindow", "&File"));
        QCOMPARE(mode->itemText(0), zh("genlens::widgets::ComparePage", "Side by side"));
        QVERIFY(mode->itemText(0) != englishMode);
        QCOMPARE(window.currentRunId(), m_runId);
        QCOMPARE(window.metricsPage()->model()->rowCount(), 3);
        QCOMPARE(QSettings().value(widgets::MainWindow::languageSettingsKey()).toString(),
                 QStringLiteral("zh_CN"));

        QAction* toEnglish = languageAction(QStringLiteral("en"));
        QVERIFY(toEnglish != nullptr);
        toEnglish->trigger();
        QTRY_COMPARE(window.pages()->tabText(0), QStringLiteral("&Metrics"));
        QCOMPARE(window.fileMenu()->title(), englishTitle);
        QCOMPARE(mode->itemText(0), englishMode);
        QSettings().remove(widgets::MainWindow::languageSettingsKey());
    }

    void thumbnailsComeFromTheStore()
    {
        widgets::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openProject(m_project));
        window.pages()->setCurrentWidget(window.comparePage());
        QAbstractItemView* grid = window.comparePage()->sampleView(app::SetRole::Generated);
        QVERIFY(grid->isVisible());
        // Painted cells request their thumbnails; they arrive from the worker threads.
        QTRY_VERIFY_WITH_TIMEOUT(
            grid->grab()
                    .toImage()
                    .pixelColor(grid->visualRect(grid->model()->index(5, 0)).center())
                    .red()
                > 180,
            5000);
    }

    void evaluationRunsWithoutFreezingCancelsAndRestarts()
    {
        widgets::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.filePath(QStringLiteral("jobs.genlens"))));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200); // first layout and paint of the window are not the job's doing
        std::atomic<bool> slow {true};
        // A fake pipeline shaped like the real ones: set-level numbers first (published as a
        // partial result), then long per-sample work that honours cancel.
        window.setEvaluationFactory(
            [&slow](const app::EvaluationRequest&) -> app::JobQueue::Pipeline {
                return [&slow](app::PipelineContext& context) {
                    app::RunResult result = makeRun();
                    context.beginStage(QStringLiteral("metrics"), 1);
                    app::RunResult partial = result;
                    partial.generatedScores.clear();
                    context.publishPartial(partial);
                    context.beginStage(QStringLiteral("per-sample"), 100000);
                    for (qint64 i = 0; slow.load() && i < 100000; ++i) {
                        if (!context.advance(i, 100000)) {
                            context.checkCanceled();
                        }
                        QThread::msleep(1);
                    }
                    return result;
                };
            });
        app::EvaluationRequest request;
        request.real = m_project;
        request.generated = m_project;
        const quint64 first = window.startEvaluation(request);
        QVERIFY(first != 0);

        // The event loop keeps answering while the job runs (issue 6: no gap over 100 ms). The
        // UI thread's own CPU time between two ticks shows work done on it (a freeze). The wall
        // clock gap also counts time the thread waited for a CPU that other processes had; the
        // kernel reports that wait (schedstat), so it is taken out and the rest is asserted
        // under any load (issue 15: the check used to be skipped silently under load).
        QElapsedTimer clock;
        clock.start();
        double last = 0;
        double worstGap = 0;
        double worstRawGap = 0;
        double lastCpu = threadCpuMs();
        double worstCpu = 0;
        double lastWait = threadRunQueueWaitMs();
        const bool waitKnown = lastWait >= 0;
        QTimer ticker;
        last = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const double cpu = threadCpuMs();
            worstCpu = std::max(worstCpu, cpu - lastCpu);
            lastCpu = cpu;
            const double now = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            const double wait = waitKnown ? threadRunQueueWaitMs() : 0;
            worstRawGap = std::max(worstRawGap, now - last);
            worstGap = std::max(worstGap, now - last - (wait - lastWait));
            lastWait = wait;
            last = now;
        });
        ticker.start(10);
        QTest::qWait(1000);
        ticker.stop();
        QVERIFY2(worstCpu < 100, qPrintable(QString::number(worstCpu)));
        if (waitKnown) {
            QVERIFY2(worstGap < 100, qPrintable(QStringLiteral("%1 ms without the run-queue wait "
                                                               "(%2 ms on the wall clock)")
                                                    .arg(worstGap)
                                                    .arg(worstRawGap)));
        } else if (!machineOverloaded()) {
            QVERIFY2(worstRawGap < 100, qPrintable(QString::number(worstRawGap)));
        } else {
            qWarning("responsiveness NOT asserted: no schedstat and the machine is overloaded "
                     "(worst wall-clock gap %.0f ms)",
                     worstRawGap);
        }
        // The partial result is on screen before the job ends.
        QTRY_COMPARE(window.metricsPage()->model()->rowCount(), 3);
        QVERIFY(window.jobs()->isActive(first));

        // Cancel from the strip.
        QSignalSpy canceled(window.jobs(), &app::JobQueue::canceled);
        QToolButton* cancel = window.jobsStrip()->cancelButton(first);
        QVERIFY(cancel != nullptr);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 1000);

        // Restart: this one finishes, is stored and selected.
        slow = false;
        const quint64 second = window.startEvaluation(request);
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isActive(second), 10000);
        QTRY_VERIFY(window.currentRunId() > 0);
        const app::RunSummary* shown = window.session()->runs()->run(
            window.session()->runs()->rowOfRun(window.currentRunId()));
        QVERIFY(shown != nullptr);
        QCOMPARE(shown->status, app::RunStatus::Finished);
        QCOMPARE(window.metricsPage()->model()->rowCount(), 3);
        QVERIFY(window.jobs()->waitForDone(5000));
    }

    // Issue 10: the dialog's metric choices (keyboard: arrows and Space) decide what the
    // pipeline computes; the metrics page says "not computed" for what was left out.
    void dialogMetricChoiceReachesThePipeline()
    {
        widgets::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.filePath(QStringLiteral("choice.genlens"))));
        window.setEvaluationFactory(
            [](const app::EvaluationRequest& request) { return app::makeEvaluation(request); });
        widgets::NewEvaluationDialog dialog(&window);
        app::EvaluationRequest start;
        start.modality = QStringLiteral("image");
        start.real = QStringLiteral(GENLENS_TEST_DATA "/cli/real.npy");
        start.generated = QStringLiteral(GENLENS_TEST_DATA "/cli/generated.npy");
        dialog.setRequest(start);
        auto* list = dialog.findChild<QListWidget*>();
        QVERIFY(list);
        QVERIFY(dialog.request().metrics.isEmpty()); // all checked: everything
        // Uncheck "KID" (the fourth choice) from the keyboard.
        list->setFocus();
        list->setCurrentRow(0);
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(list, Qt::Key_Down);
        }
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(list->item(3)->checkState(), Qt::Unchecked);
        const app::EvaluationRequest request = dialog.request();
        QVERIFY(!request.metrics.isEmpty());
        QVERIFY(!request.metrics.contains(QStringLiteral("kid")));
        QVERIFY(request.metrics.contains(QStringLiteral("fid")));

        const quint64 id = window.startEvaluation(request);
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isActive(id), 30000);
        QTRY_VERIFY(window.currentRunId() > 0);
        app::MetricsModel* metrics = window.metricsPage()->model();
        int kidRow = -1;
        for (int row = 0; row < metrics->rowCount(); ++row) {
            if (metrics->index(row, 0).data(app::MetricsModel::KeyRole).toString()
                == QLatin1String("kid")) {
                kidRow = row;
            }
        }
        QVERIFY(kidRow >= 0);
        QCOMPARE(metrics->index(kidRow, 0).data(app::MetricsModel::ComputedRole).toBool(), false);
        QCOMPARE(metrics->index(kidRow, app::MetricsModel::ValueColumn).data().toString(),
                 app::MetricsModel::notComputedText());
        QVERIFY(metrics->index(0, 0).data(app::MetricsModel::ComputedRole).toBool());
    }

    // Issue 10: the request's thread count reaches the pipeline through the job's session.
    void requestThreadsReachTheSession()
    {
        widgets::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.filePath(QStringLiteral("threads.genlens"))));
        std::atomic<int> seen {-1};
        window.setEvaluationFactory(
            [&seen](const app::EvaluationRequest&) -> app::JobQueue::Pipeline {
                return [&seen](app::PipelineContext& context) {
                    seen = context.session().threads();
                    return app::RunResult {};
                };
            });
        app::EvaluationRequest request;
        request.threads = 2;
        const quint64 id = window.startEvaluation(request);
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isActive(id), 30000);
        QCOMPARE(seen.load(), 2);
    }

    void realImagePipelineFromTheWindow()
    {
        // The real factory (as gui.cpp installs it) on the CLI's feature-matrix fixtures.
        widgets::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.filePath(QStringLiteral("pipeline.genlens"))));
        window.setEvaluationFactory([](const app::EvaluationRequest& request) {
            return app::makeEvaluation(request);
        });
        app::EvaluationRequest request;
        request.modality = QStringLiteral("image");
        request.real = QStringLiteral(GENLENS_TEST_DATA "/cli/real.npy");
        request.generated = QStringLiteral(GENLENS_TEST_DATA "/cli/generated.npy");
        QVERIFY2(request.validate().isEmpty(), qPrintable(request.validate()));
        const quint64 id = window.startEvaluation(request);
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isActive(id), 30000);
        QTRY_VERIFY(window.currentRunId() > 0);
        QCOMPARE(window.session()->runs()->rowCount(), 1);
        app::MetricsModel* metrics = window.metricsPage()->model();
        QVERIFY(metrics->rowCount() >= 6);
        QCOMPARE(metrics->index(0, 0).data(app::MetricsModel::KeyRole).toString(),
                 QStringLiteral("fid"));
        QVERIFY(std::isfinite(metrics->index(0, 0).data(app::MetricsModel::ValueRole).toDouble()));
        // Per-sample scores reached the Compare view.
        QVERIFY(window.comparePage()->sampleModel(app::SetRole::Generated)->columnCount() > 1);
    }

    void brokenFileShowsAnError()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.genlens"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "this is not a SQLite database, just text that is long enough to be read as one");
        file.close();
        widgets::MainWindow window;
        window.show();
        QString shown;
        QTimer::singleShot(200, this, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text() + QLatin1Char('\n') + box->informativeText();
                box->accept();
            }
        });
        QVERIFY(!window.openProject(broken));
        QVERIFY2(shown.contains(QStringLiteral("broken.genlens")), qPrintable(shown));
    }

    void chineseTranslationIsComplete()
    {
        // No unfinished or untranslated entry in the committed .ts (issue 6, item 9).
        QFile ts(QStringLiteral(GENLENS_SOURCE_DIR "/translations/genlens_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int count = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++count;
                QVERIFY2(xml.attributes().value(QLatin1String("type")).isEmpty(),
                         qPrintable(source));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(count > 100);
        // And the compiled catalogue is embedded and used.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/genlens_zh_CN.qm")));
        QCOMPARE(translator.translate("genlens::widgets::MainWindow", "&File"),
                 QStringLiteral("文件(&F)"));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_runId = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// First use (issue 13 item 7): with no project open the window shows a start page (the demo, a new
// evaluation, recent projects); a new evaluation started without a project asks where to keep it,
// so its run is stored and listed, and the window then says it finished.
#include "mainwindow.h"
#include "models/projectsession.h"
#include "models/recentprojects.h"
#include "models/runlistmodel.h"
#include "pages/metricspage.h"
#include "pages/startpage.h"
#include "project/projectstore.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace genlens;

namespace {

app::RunResult smallRun()
{
    app::RunResult run;
    run.modality = QStringLiteral("image");
    run.real.role = app::SetRole::Real;
    run.real.source = QStringLiteral("/data/real");
    run.real.kind = QStringLiteral("folder");
    run.generated.role = app::SetRole::Generated;
    run.generated.source = QStringLiteral("/data/generated");
    run.generated.kind = QStringLiteral("folder");
    for (int i = 0; i < 3; ++i) {
        app::Sample s;
        s.label = QStringLiteral("s%1.png").arg(i);
        s.contentHash = QByteArray::number(100 + i);
        run.real.samples.push_back(s);
        s.contentHash = QByteArray::number(200 + i);
        run.generated.samples.push_back(s);
    }
    run.metrics = {{QStringLiteral("fid"), 3.5, std::nan("")}};
    return run;
}

app::JobQueue::Pipeline finishingPipeline()
{
    return [](app::PipelineContext&) { return smallRun(); };
}

} // namespace

class TestStartPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GenLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_startpage"));
        QVERIFY(m_dir.isValid());
        app::RecentProjects::clear();
    }

    void showsWithoutAProjectAndOpensARecentOne()
    {
        const QString project = m_dir.filePath(QStringLiteral("recent.genlens"));
        {
            app::ProjectStore store;
            store.open(project);
            store.saveRun(smallRun());
        }
        app::RecentProjects::clear();
        app::RecentProjects::add(project);
        app::RecentProjects::add(m_dir.filePath(QStringLiteral("gone.genlens"))); // never made
        QFile::remove(m_dir.filePath(QStringLiteral("gone.genlens")));

        widgets::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isShowingStartPage());
        QListWidget* recent = window.startPage()->recentList();
        QCOMPARE(recent->count(), 2);
        // Newest first; the missing file is listed but cannot be opened.
        QVERIFY(recent->item(0)->text().contains(QStringLiteral("gone.genlens")));
        QVERIFY(!(recent->item(0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(recent->item(1)->flags() & Qt::ItemIsEnabled);

        // Keyboard: the recent project opens with Enter.
        recent->setFocus();
        recent->setCurrentRow(1);
        QTest::keyClick(recent, Qt::Key_Return);
        QTRY_VERIFY(!window.isShowingStartPage());
        QCOMPARE(window.projectPath(), project);
        QTRY_VERIFY(window.currentRunId() > 0);
    }

    void demoButtonAsksForTheDemo()
    {
        widgets::MainWindow window;
        QSignalSpy demo(&window, &widgets::MainWindow::demoRequested);
        auto* button = window.startPage()->findChild<QPushButton*>(QStringLiteral("startDemo"));
        QVERIFY(button != nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
    }

    void evaluationWithoutAProjectIsStoredInTheChosenOne()
    {
        widgets::MainWindow window;
        window.show();
        QVERIFY(window.isShowingStartPage());
        const QString chosen = m_dir.filePath(QStringLiteral("chosen")); // ".genlens" is added
        int asked = 0;
        window.setProjectPathPrompt([&asked, chosen] {
            ++asked;
            return chosen;
        });
        window.setEvaluationFactory(
            [](const app::EvaluationRequest&) { return finishingPipeline(); });
        const quint64 id = window.startEvaluation(app::EvaluationRequest {});
        QVERIFY(id != 0);
        QCOMPARE(asked, 1);
        QCOMPARE(window.projectPath(), chosen + QStringLiteral(".genlens"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isActive(id), 10000);
        // Stored, listed, shown, and said to be finished.
        QTRY_VERIFY(window.currentRunId() > 0);
        QCOMPARE(window.session()->runs()->rowCount(), 1);
        const auto* title = window.metricsPage()->findChild<QLabel*>(QStringLiteral("metricsTitle"));
        QVERIFY(title != nullptr);
        QVERIFY2(!title->text().contains(QStringLiteral("in progress")), qPrintable(title->text()));
        QVERIFY2(title->text().contains(QStringLiteral("finished"), Qt::CaseInsensitive), qPrintable(title->text()));
        QVERIFY(!window.isShowingStartPage());
        // A second evaluation goes to the same project without asking again.
        const quint64 second = window.startEvaluation(app::EvaluationRequest {});
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isActive(second), 10000);
        QCOMPARE(asked, 1);
        QTRY_COMPARE(window.session()->runs()->rowCount(), 2);
    }

    void decliningTheProjectStartsNothing()
    {
        widgets::MainWindow window;
        window.setProjectPathPrompt([] { return QString(); });
        int built = 0;
        window.setEvaluationFactory([&built](const app::EvaluationRequest&) {
            ++built;
            return finishingPipeline();
        });
        QCOMPARE(window.startEvaluation(app::EvaluationRequest {}), quint64(0));
        QCOMPARE(built, 0);
        QVERIFY(window.isShowingStartPage());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"

#include "gui.h"

#include "demo/demoproject.h"
#include "demoprovider.h"
#include "mainwindow.h"
#include "models/evaluationjob.h"
#include "pages/runcomparisonpage.h"
#include "project/projectstore.h"
#include "report/reportcontent.h"
#include "report/reportexporter.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <optional>

namespace genlens::widgets {

namespace {

DemoProvider& demoProviderSlot()
{
    static DemoProvider provider;
    return provider;
}

// File → Export report: the current run of the open project as a PDF, written in the background
// (ReportExporter) while the status bar says so. On the Runs compared page with two different
// runs chosen: run A compared with run B.
void exportReport(MainWindow& window, ReportExporter& exporter)
{
    if (window.currentRunId() <= 0 || window.projectPath().isEmpty() || exporter.isRunning()) {
        return;
    }
    const QString project = window.projectPath();
    qint64 runId = window.currentRunId();
    std::optional<qint64> compareId;
    const RunComparisonPage* comparison = window.runComparisonPage();
    if (window.pages()->currentWidget() == comparison && comparison->runA() > 0
        && comparison->runB() > 0 && comparison->runA() != comparison->runB()) {
        runId = comparison->runA();
        compareId = comparison->runB();
    }
    const QString stem = QFileInfo(project).completeBaseName();
    const QString suggested = QFileInfo(project).dir().filePath(
        compareId ? QStringLiteral("%1-run%2-vs-run%3.pdf").arg(stem).arg(runId).arg(*compareId)
                  : QStringLiteral("%1-run%2.pdf").arg(stem).arg(runId));
    const QString path = QFileDialog::getSaveFileName(
        &window, MainWindow::tr("Export report"), suggested, MainWindow::tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    window.statusBar()->showMessage(MainWindow::tr("Writing the report of run %1…").arg(runId));
    exporter.start(project, runId, compareId, path);
}

// The demo project is built on first use, which takes a while: as a job, with the jobs strip's
// progress, then opened.
void openDemo(MainWindow& window)
{
    auto path = std::make_shared<QString>();
    const quint64 id = window.jobs()->start(MainWindow::tr("Demo project"),
                                            [path](app::PipelineContext& context) {
                                                *path = app::demoProjectPath(context);
                                                return app::RunResult {};
                                            });
    QObject::connect(window.jobs(), &app::JobQueue::finished, &window,
                     [&window, id, path](quint64 finished) {
                         if (finished == id && !path->isEmpty()) {
                             window.openProject(*path);
                         }
                     });
    QObject::connect(window.jobs(), &app::JobQueue::failed, &window,
                     [&window, id](quint64 failed, const QString& message) {
                         if (failed == id) {
                             QMessageBox::warning(&window, MainWindow::tr("Demo project"), message);
                         }
                     });
}

} // namespace

void setDemoProvider(DemoProvider provider)
{
    demoProviderSlot() = std::move(provider);
}

DemoProvider demoProvider()
{
    return demoProviderSlot();
}

void describeWindowCommandLine(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("genlens", "Compare real and generated samples."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("genlens", "Open the bundled demo project.")});
    parser.addOption(
        {QStringLiteral("screenshots"),
         QCoreApplication::translate("genlens", "Save a PNG of every page into DIR, then quit."),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate(
                          "genlens", "Interface language for this session (en, zh_CN)."),
                      QStringLiteral("LANG")});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("genlens", "A .genlens project file."),
                                 QStringLiteral("[FILE.genlens]"));
}

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GenLens"));
    QApplication::setOrganizationName(QStringLiteral("GenLens"));
    QApplication::setApplicationVersion(QStringLiteral(GENLENS_VERSION));
    // Matches the installed genlens.desktop (Wayland app id, X11 window class, icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("genlens"));
    QIcon icon;
    for (const int size : {32, 64, 256}) {
        icon.addFile(QStringLiteral(":/icons/genlens-%1.png").arg(size));
    }
    QApplication::setWindowIcon(icon);
    UiLanguage::apply(UiLanguage::savedChoice());

    QCommandLineParser parser;
    describeWindowCommandLine(parser);
    parser.process(app);
    const QString demo = QStringLiteral("demo");
    const QString screenshots = QStringLiteral("screenshots");
    const QString language = QStringLiteral("language");
    if (parser.isSet(language)) {
        // Session only: a screenshot or a test in one language should not change the setting.
        UiLanguage::apply(parser.value(language));
    }

    MainWindow window;
    window.setEvaluationFactory([](const app::EvaluationRequest& request) {
        return app::makeEvaluation(request);
    });
    window.show();

    ReportExporter exporter;
    QObject::connect(&window, &MainWindow::exportReportRequested, &window,
                     [&window, &exporter] { exportReport(window, exporter); });
    QObject::connect(&exporter, &ReportExporter::written, &window, [&window](const QString& path) {
        window.statusBar()->showMessage(MainWindow::tr("Report written to %1").arg(path), 10000);
    });
    QObject::connect(&exporter, &ReportExporter::failed, &window, [&window](const QString& error) {
        window.statusBar()->clearMessage();
        QMessageBox::critical(&window, MainWindow::tr("Export report"),
                              MainWindow::tr("Could not write the report: %1").arg(error));
    });
    const auto startDemo = [&window] {
        if (const DemoProvider provider = demoProvider()) {
            window.openProject(provider());
        } else {
            openDemo(window);
        }
    };
    QObject::connect(&window, &MainWindow::demoRequested, &window, startDemo);
    if (parser.isSet(demo)) {
        startDemo();
    } else if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().constFirst();
        if (parser.isSet(screenshots)) {
            // Unattended: a project that cannot be opened ends the run with its reason on
            // stderr, instead of a message box that nobody will close (issue 15).
            try {
                app::ProjectStore probe;
                probe.openForViewing(path);
            } catch (const app::StoreError& error) {
                QTextStream(stderr) << "genlens: " << QString::fromUtf8(error.what()) << '\n';
                return 1;
            }
        }
        window.openProject(path);
    }
    if (parser.isSet(screenshots)) {
        const QString dir = parser.value(screenshots);
        QDir().mkpath(dir);
        auto shoot = [&window, dir] {
            // After the first layout pass, so the grab shows the real sizes.
            QTimer::singleShot(500, &window, [&window, dir] {
                window.saveScreenshots(dir);
                QApplication::quit();
            });
        };
        if (window.currentRunId() > 0
            || (!window.isLoadingRun() && window.jobs()->activeJobs().isEmpty())) {
            shoot();
        } else {
            // The demo project is still being built, or its run is being read: shoot once the
            // run is on screen.
            auto done = std::make_shared<bool>(false);
            QObject::connect(&window, &MainWindow::runShown, &window, [shoot, done](qint64 runId) {
                if (runId > 0 && !*done) {
                    *done = true;
                    shoot();
                }
            });
        }
    }
    return QApplication::exec();
}

} // namespace genlens::widgets

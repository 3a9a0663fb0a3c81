#include "gui.h"

#include "demo/demoproject.h"
#include "demoprovider.h"
#include "mainwindow.h"
#include "models/evaluationjob.h"
#include "pages/runcomparisonpage.h"
#include "project/projectstore.h"
#include "report/reportcontent.h"
#include "report/reportwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

namespace genlens::widgets {

namespace {

DemoProvider& demoProviderSlot()
{
    static DemoProvider provider;
    return provider;
}

// The language the user picked (View → Language), or the system's when none.
QLocale uiLocale()
{
    const QString chosen = QSettings().value(MainWindow::languageSettingsKey()).toString();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

void installTranslators(QApplication& app)
{
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    // :/i18n/genlens_zh_CN.qm, or genlens_en.qm; English is the source language, so a missing
    // file just means the untranslated strings.
    if (own->load(locale, QStringLiteral("genlens"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
}

// File → Export report: the current run of the open project as a PDF (the report's content is
// built in app/report, rendered by widgets/report). On the Runs compared page with two different
// runs chosen: run A compared with run B.
void exportReport(MainWindow& window)
{
    if (window.currentRunId() <= 0 || window.projectPath().isEmpty()) {
        return;
    }
    qint64 runId = window.currentRunId();
    std::optional<qint64> compareId;
    const RunComparisonPage* comparison = window.runComparisonPage();
    if (window.pages()->currentWidget() == comparison && comparison->runA() > 0
        && comparison->runB() > 0 && comparison->runA() != comparison->runB()) {
        runId = comparison->runA();
        compareId = comparison->runB();
    }
    const QString stem = QFileInfo(window.projectPath()).completeBaseName();
    const QString suggested
        = QFileInfo(window.projectPath())
              .dir()
              .filePath(
                  compareId
                      ? QStringLiteral("%1-run%2-vs-run%3.pdf").arg(stem).arg(runId).arg(*compareId)
                      : QStringLiteral("%1-run%2.pdf").arg(stem).arg(runId));
    const QString path = QFileDialog::getSaveFileName(
        &window, MainWindow::tr("Export report"), suggested, MainWindow::tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        app::ProjectStore store;
        store.open(window.projectPath());
        const app::ReportContent content = app::buildReportContent(store, runId, compareId);
        writeReportPdf(content, path);
        window.statusBar()->showMessage(MainWindow::tr("Report written to %1").arg(path), 10000);
    } catch (const std::exception& error) {
        QMessageBox::critical(
            &window, MainWindow::tr("Export report"),
            MainWindow::tr("Could not write the report: %1").arg(QString::fromUtf8(error.what())));
    }
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

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GenLens"));
    QApplication::setOrganizationName(QStringLiteral("GenLens"));
    QApplication::setApplicationVersion(QStringLiteral(GENLENS_VERSION));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("genlens", "Compare real and generated samples."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("genlens", "Open the bundled demo project."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("genlens", "Save a PNG of every page into DIR, then quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("genlens", "Interface language for this session (en, zh_CN)."),
        QStringLiteral("LANG"));
    parser.addOption(demo);
    parser.addOption(screenshots);
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("genlens", "A .genlens project file."),
                                 QStringLiteral("[FILE.genlens]"));
    parser.process(app);
    if (parser.isSet(language)) {
        // Session only: a screenshot or a test in one language should not change the setting.
        for (QTranslator* translator : app.findChildren<QTranslator*>()) {
            QApplication::removeTranslator(translator);
        }
        QLocale::setDefault(QLocale(parser.value(language)));
        auto* own = new QTranslator(&app);
        if (own->load(QLocale(parser.value(language)), QStringLiteral("genlens"),
                      QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            QApplication::installTranslator(own);
        }
    }

    MainWindow window;
    window.setEvaluationFactory([&window](const app::EvaluationRequest& request) {
        return app::makeEvaluation(request, window.projectPath());
    });
    window.show();

    QObject::connect(&window, &MainWindow::exportReportRequested, &window,
                     [&window] { exportReport(window); });
    if (parser.isSet(demo)) {
        if (const DemoProvider provider = demoProvider()) {
            window.openProject(provider());
        } else {
            openDemo(window);
        }
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openProject(parser.positionalArguments().constFirst());
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
        if (window.currentRunId() > 0 || window.jobs()->activeJobs().isEmpty()) {
            shoot();
        } else {
            // The demo project is still being built: shoot once its run is on screen.
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

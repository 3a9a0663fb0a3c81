#include "gui.h"

#include "demoprovider.h"
#include "mainwindow.h"
#include "models/evaluationjob.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
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
    if (own->load(locale, QStringLiteral("genlens"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
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
    const QCommandLineOption demo(QStringLiteral("demo"),
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
        if (own->load(QLocale(parser.value(language)), QStringLiteral("genlens"), QStringLiteral("_"),
                      QStringLiteral(":/i18n"))) {
            QApplication::installTranslator(own);
        }
    }

    MainWindow window;
    window.setEvaluationFactory([&window](const app::EvaluationRequest& request) {
        return app::makeEvaluation(request, window.projectPath());
    });
    window.show();

    QString project;
    if (parser.isSet(demo)) {
        const DemoProvider provider = demoProvider();
        if (!provider) {
            QMessageBox::warning(&window, MainWindow::tr("Demo project"),
                                 MainWindow::tr("This build has no demo project."));
        } else {
            project = provider();
        }
    } else if (!parser.positionalArguments().isEmpty()) {
        project = parser.positionalArguments().constFirst();
    }
    if (!project.isEmpty()) {
        window.openProject(project);
    }
    if (parser.isSet(screenshots)) {
        const QString dir = parser.value(screenshots);
        QDir().mkpath(dir);
        // After the first layout pass, so the grab shows the real sizes.
        QTimer::singleShot(500, &window, [&window, dir] {
            window.saveScreenshots(dir);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace genlens::widgets

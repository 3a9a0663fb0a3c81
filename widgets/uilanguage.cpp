#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace genlens::widgets {

namespace {

// The catalogues installed by the last apply(); owned by the application object.
struct Installed
{
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
};

Installed& installed()
{
    static Installed translators;
    return translators;
}

void remove(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString UiLanguage::settingsKey()
{
    return QStringLiteral("language");
}

QString UiLanguage::savedChoice()
{
    return QSettings().value(settingsKey()).toString();
}

void UiLanguage::saveChoice(const QString& code)
{
    QSettings().setValue(settingsKey(), code);
}

QLocale UiLanguage::localeFor(const QString& code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool UiLanguage::apply(const QString& code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    Installed& current = installed();
    remove(current.own);
    remove(current.qt);

    auto* own = new QTranslator(QCoreApplication::instance());
    // :/i18n/genlens_zh_CN.qm; English is the source language, so no file for it is expected.
    const bool found = own->load(locale, QStringLiteral("genlens"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    if (found) {
        QCoreApplication::installTranslator(own);
        current.own = own;
    } else {
        delete own;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        current.qt = qt;
    } else {
        delete qt;
    }
    // Installing and removing translators makes Qt post LanguageChange to every window.
    return found || locale.language() == QLocale::English || locale.language() == QLocale::C;
}

QStringList reportLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

} // namespace genlens::widgets

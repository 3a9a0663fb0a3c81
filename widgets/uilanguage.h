#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace genlens::widgets {

// The interface language. Applying one installs its catalogues (GenLens's own, embedded under
// :/i18n, and Qt's) in place of the previous ones; Qt then sends every widget a LanguageChange
// event and each re-sets its strings, so a switch takes effect at once, without a restart.
class UiLanguage
{
public:
    // The code the user picked in View → Language ("en", "zh_CN"), or empty for the system's.
    static QString savedChoice();
    static void saveChoice(const QString& code);
    static QString settingsKey();

    // The locale a choice stands for (empty → the system locale).
    static QLocale localeFor(const QString& code);
    // Installs the catalogues of `code` (empty → the system locale) and makes its locale the
    // default for number formatting. Returns false when GenLens has no catalogue for a
    // non-English choice (the English source strings are shown then).
    static bool apply(const QString& code);
};

// The languages a report can be written in (`genlens report --language`).
QStringList reportLanguages();

} // namespace genlens::widgets

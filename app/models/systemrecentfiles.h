#pragma once

#include <QDateTime>
#include <QString>

namespace genlens::app {

// The desktop's own list of recent files (freedesktop "Desktop Bookmark" spec, the XBEL file
// ~/.local/share/recently-used.xbel that GTK, KDE and file managers read), so that a project
// opened in GenLens shows under "Recent" in the file manager and in other applications' file
// dialogs. Qt has no API for it. Entries of other applications are kept as they are.
class SystemRecentFiles
{
public:
    // XDG_DATA_HOME/recently-used.xbel (QStandardPaths::GenericDataLocation).
    static QString defaultPath();

    // Adds or refreshes the entry of `file` (an application/x-genlens-project opened by GenLens)
    // in the XBEL file at `xbelPath`. Returns false when the file cannot be read as XBEL or
    // written; it is then left unchanged.
    static bool add(const QString& xbelPath, const QString& file,
                    const QDateTime& when = QDateTime::currentDateTimeUtc());

    // True when the session has a desktop to show the list: not on the offscreen or minimal Qt
    // platform (tests, screenshots, CI), and not disabled with GENLENS_NO_SYSTEM_RECENT=1.
    static bool enabled();
};

} // namespace genlens::app

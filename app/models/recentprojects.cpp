#include "models/recentprojects.h"

#include "models/systemrecentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace genlens::app {

namespace {
QString settingsKey()
{
    return QStringLiteral("recentProjects");
}
} // namespace

QStringList RecentProjects::list()
{
    return QSettings().value(settingsKey()).toStringList();
}

void RecentProjects::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > s_maximum) {
        paths.removeLast();
    }
    QSettings().setValue(settingsKey(), paths);
    // Also the desktop's recent files, so the project shows in the file manager's "Recent".
    if (SystemRecentFiles::enabled()) {
        SystemRecentFiles::add(SystemRecentFiles::defaultPath(), absolute);
    }
}

void RecentProjects::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(settingsKey(), paths);
}

void RecentProjects::clear()
{
    QSettings().remove(settingsKey());
}

} // namespace genlens::app

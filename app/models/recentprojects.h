#pragma once

#include <QStringList>

namespace genlens::app {

// The File → Open Recent list, most recent first, kept in QSettings ("recentProjects"); add()
// also records the project in the desktop's recent files (SystemRecentFiles).
class RecentProjects
{
public:
    static constexpr int s_maximum = 8;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace genlens::app

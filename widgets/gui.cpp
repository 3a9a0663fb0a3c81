#include "gui.h"

#include <QApplication>
#include <QMainWindow>

namespace genlens::widgets {

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GenLens"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("GenLens"));
    window.show();
    return QApplication::exec();
}

} // namespace genlens::widgets

// Helper for tst_projectstore's concurrent-creation test (issue 15, item 5). Usage:
// store_opener PROJECT — opens (creating or migrating) the project, prints "ok" or the error.
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace genlens::app;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: store_opener PROJECT\n";
        return 2;
    }
    try {
        ProjectStore store;
        store.open(args.at(1));
        QTextStream(stdout) << "ok " << store.runs().size() << '\n';
        return 0;
    } catch (const std::exception& error) {
        QTextStream(stdout) << QString::fromUtf8(error.what()) << '\n';
        return 1;
    }
}

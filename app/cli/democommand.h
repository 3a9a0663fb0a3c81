#pragma once

#include <QStringList>

namespace genlens::app {

// `genlens demo --out FILE.genlens [--seed N] [--data DIR] [--quiet]`: builds the demo project
// headless (the same project `genlens --demo` opens). `genlens demo --data DIR` alone writes only
// the demo data files (PNG folders, text files, CSV files) for scripting. `arguments` is the whole
// command line (program, "demo", ...). Returns the exit code: 0 ok, 1 usage or input error,
// 130 when cancelled (Ctrl-C). Needs a QCoreApplication.
int runDemoCommand(const QStringList& arguments);

} // namespace genlens::app

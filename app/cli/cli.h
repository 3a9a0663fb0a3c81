#pragma once

#include <QStringList>

namespace genlens::app {

// True when the arguments name a headless sub-command (evaluate, features, report, demo), which
// needs no display.
bool isCliInvocation(const QStringList& arguments);

// Runs a headless sub-command; returns the process exit code (0 ok, 1 usage or input error,
// 3 a --fail-if gate failed). Needs a QCoreApplication.
int runCli(const QStringList& arguments);

} // namespace genlens::app

#pragma once

#include <QStringList>

#include <functional>

namespace genlens::app {

// True when the arguments name a headless sub-command (evaluate, features, report, demo), which
// needs no display.
bool isCliInvocation(const QStringList& arguments);

// True when the sub-command renders a PDF report and so needs a (offscreen) QApplication for
// Qt Charts: `genlens report ...` or `genlens evaluate ... --report FILE.pdf`.
bool cliNeedsWidgets(const QStringList& arguments);

// Renders the report of a stored run (lives in widgets/, installed by main.cpp). Throws
// std::exception with a message on failure.
using ReportWriter
    = std::function<void(const QString& projectPath, qint64 runId, const QString& pdfPath)>;
void setReportWriter(ReportWriter writer);

// Runs a headless sub-command; returns the process exit code (0 ok, 1 usage or input error,
// 3 a --fail-if gate failed, 130 interrupted). Needs a QCoreApplication.
int runCli(const QStringList& arguments);

} // namespace genlens::app

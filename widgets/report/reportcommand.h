#pragma once

#include <QStringList>

namespace genlens::widgets {

// `genlens report FILE.genlens [--run ID] [--compare ID] --out FILE.pdf`: writes the PDF report
// of a run (default: the newest finished run), optionally compared with a second run. Returns the
// exit code: 0 ok, 1 usage or input error (message on stderr). `arguments` is the whole command
// line (program, "report", ...). Needs a QApplication; headless callers create it on the
// offscreen platform (QT_QPA_PLATFORM=offscreen) because Qt Charts are graphics widgets.
int runReportCommand(const QStringList& arguments);

} // namespace genlens::widgets

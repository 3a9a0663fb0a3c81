#pragma once

namespace genlens::widgets {

// Creates the QApplication, installs the translators, opens the main window (on the demo
// project with --demo, or on a FILE.genlens argument) and runs the event loop.
int runGui(int& argc, char** argv);

} // namespace genlens::widgets

#pragma once

class QCommandLineParser;

namespace genlens::widgets {

// The window's command line (--demo, --screenshots, --language, [FILE.genlens], --help,
// --version). main() parses it without an application object, so that --help, --version and
// mistakes are answered without a display.
void describeWindowCommandLine(QCommandLineParser& parser);

// Creates the QApplication, installs the translators, opens the main window (on the demo
// project with --demo, or on a FILE.genlens argument) and runs the event loop.
int runGui(int& argc, char** argv);

} // namespace genlens::widgets

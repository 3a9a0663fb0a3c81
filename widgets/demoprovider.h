#pragma once

#include <QString>
#include <functional>

namespace genlens::widgets {

// Where `genlens --demo` finds the bundled demo project. The report/demo code provides
// genlens::app::demoProjectPath() (app/demo/demoproject.h, creates the file on first use); gui.cpp
// installs it here so that the window does not depend on how the demo is made.
using DemoProvider = std::function<QString()>;

void setDemoProvider(DemoProvider provider);
DemoProvider demoProvider();

} // namespace genlens::widgets

#pragma once

#include "evaluation/runresult.h"

#include <QColor>

namespace genlens::widgets {

// The two set colours of every chart in the window (matplotlib's first two "tab10" colours, which
// stay distinct for the common colour-vision deficiencies).
inline const QColor kRealColour(31, 119, 180);
inline const QColor kGeneratedColour(255, 127, 14);

inline QColor setColour(app::SetRole set)
{
    return set == app::SetRole::Real ? kRealColour : kGeneratedColour;
}

} // namespace genlens::widgets

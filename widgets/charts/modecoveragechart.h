#pragma once

#include "models/slices.h"

#include <QFont>
#include <QList>

class QChart;

namespace genlens::widgets {

// The mode coverage chart: per slice, its share of the real set and of the generated set as two
// horizontal bars side by side, slices ordered by the generated/real ratio from the top (dropped
// modes first, over-produced ones last). A dropped mode's row lies on a red band, an
// over-produced one's on an amber band, and their labels say so. Category i shows slice
// order[i]. Used by the window's Slices page and by the PDF report.
struct ModeCoverageFonts
{
    QFont labels;
    QFont title;
};

QChart* makeModeCoverageChart(const app::SliceSet& slices, const QList<qsizetype>& order,
                              const ModeCoverageFonts& fonts);

// The category label of a slice: its name, marked when it is dropped or over-produced.
QString modeCoverageLabel(const app::Slice& slice);

// The category (y value) of the slice at `position` in the order (0 = top) of `count` slices.
double modeCoverageCategory(qsizetype count, qsizetype position);

// The band colours, also used to mark the same slices in the slices table.
QColor droppedColour();
QColor overProducedColour();

} // namespace genlens::widgets

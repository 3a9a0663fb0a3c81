#pragma once

#include <QColor>
#include <QString>
#include <vector>

class QAreaSeries;

namespace genlens::widgets {

// A histogram as a filled step outline (shares 0-1 drawn as percent), for overlaid
// distributions: the fill is translucent and the outline opaque, so overlaps stay readable.
// `edges` has shares.size() + 1 entries. The caller owns the series (or gives it to a chart).
QAreaSeries* histogramStepSeries(const std::vector<double>& edges,
                                 const std::vector<double>& shares, const QString& name,
                                 const QColor& colour, int fillAlpha = 90);

} // namespace genlens::widgets

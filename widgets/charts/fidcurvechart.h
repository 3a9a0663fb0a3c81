#pragma once

#include "intervals/metricinterval.h"

class QChart;

namespace genlens::widgets {

// FID (and KID, on a second axis) against the sample count N with the least-squares line
// FID = FID∞ + b/N of Chong & Forsyth and FID∞ as a dashed asymptote: the metrics page's chart
// and the report's. The caller owns the chart.
QChart* makeFidCurveChart(const app::FidCurve& curve);

} // namespace genlens::widgets

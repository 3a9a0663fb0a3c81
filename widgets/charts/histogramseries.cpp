#include "charts/histogramseries.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QPen>

namespace genlens::widgets {

QAreaSeries* histogramStepSeries(const std::vector<double>& edges,
                                 const std::vector<double>& shares, const QString& name,
                                 const QColor& colour, int fillAlpha)
{
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (size_t i = 0; i < shares.size() && i + 1 < edges.size(); ++i) {
        upper->append(edges[i], shares[i] * 100.0);
        upper->append(edges[i + 1], shares[i] * 100.0);
        lower->append(edges[i], 0);
        lower->append(edges[i + 1], 0);
    }
    auto* area = new QAreaSeries(upper, lower);
    area->setName(name);
    QColor fill = colour;
    fill.setAlpha(fillAlpha);
    area->setBrush(fill);
    QPen pen(colour);
    pen.setWidthF(2.0);
    area->setPen(pen);
    return area;
}

} // namespace genlens::widgets

#include "charts/modecoveragechart.h"

#include "views/setcolours.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace genlens::widgets {

namespace {

struct ModeCoverage
{
    Q_DECLARE_TR_FUNCTIONS(ModeCoverage)
};

// A band behind category `position` across the whole value range.
QAreaSeries* band(double position, double right, const QColor& colour, const QString& name)
{
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    upper->append(0, position + 0.5);
    upper->append(right, position + 0.5);
    lower->append(0, position - 0.5);
    lower->append(right, position - 0.5);
    auto* area = new QAreaSeries(upper, lower);
    area->setName(name);
    area->setBrush(colour);
    area->setPen(Qt::NoPen);
    return area;
}

} // namespace

double modeCoverageCategory(qsizetype count, qsizetype position)
{
    return double(count - 1 - position);
}

QColor droppedColour()
{
    return QColor(214, 39, 40, 60);
}

QColor overProducedColour()
{
    return QColor(230, 171, 2, 70);
}

QString modeCoverageLabel(const app::Slice& slice)
{
    switch (slice.coverage()) {
    case app::Slice::Coverage::Dropped:
        return ModeCoverage::tr("▼ %1 (dropped)").arg(slice.name);
    case app::Slice::Coverage::Over:
        return ModeCoverage::tr("▲ %1 (over-produced)").arg(slice.name);
    default:
        return slice.name;
    }
}

QChart* makeModeCoverageChart(const app::SliceSet& slices, const QList<qsizetype>& order,
                              const ModeCoverageFonts& fonts)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(ModeCoverage::tr("Mode coverage: each slice's share of the real and of the "
                                     "generated set"));
    chart->setTitleFont(fonts.title);
    chart->legend()->setFont(fonts.labels);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* real = new QBarSet(ModeCoverage::tr("Real (n = %1)").arg(slices.realTotal));
    auto* generated
        = new QBarSet(ModeCoverage::tr("Generated (n = %1)").arg(slices.generatedTotal));
    real->setColor(kRealColour);
    real->setBorderColor(kRealColour.darker(120));
    generated->setColor(kGeneratedColour);
    generated->setBorderColor(kGeneratedColour.darker(120));
    QStringList categories;
    double top = 0;
    // A category axis runs from the bottom up, so the categories go in reverse: order[0] (the
    // most dropped slice) is the last category, at the top.
    for (qsizetype position = order.size() - 1; position >= 0; --position) {
        const app::Slice& slice = slices.slices.at(order.at(position));
        const double r = std::isnan(slice.realShare) ? 0 : slice.realShare * 100.0;
        const double g = std::isnan(slice.generatedShare) ? 0 : slice.generatedShare * 100.0;
        real->append(r);
        generated->append(g);
        top = std::max({top, r, g});
        categories << modeCoverageLabel(slice);
    }
    const double right = top > 0 ? top * 1.1 : 1.0;

    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setLabelsFont(fonts.labels);
    auto* x = new QValueAxis;
    x->setRange(0, right);
    x->applyNiceNumbers();
    x->setTitleText(ModeCoverage::tr("share of set (%)"));
    x->setLabelFormat(QStringLiteral("%.3g"));
    x->setLabelsFont(fonts.labels);
    x->setTitleFont(fonts.labels);
    x->setGridLineColor(QColor(225, 225, 225));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Bands first, so that the bars are drawn over them; one legend entry per kind.
    bool droppedNamed = false;
    bool overNamed = false;
    for (qsizetype position = 0; position < order.size(); ++position) {
        const app::Slice::Coverage coverage = slices.slices.at(order.at(position)).coverage();
        const bool dropped = coverage == app::Slice::Coverage::Dropped;
        if (!dropped && coverage != app::Slice::Coverage::Over) {
            continue;
        }
        QAreaSeries* area = band(modeCoverageCategory(order.size(), position), x->max(),
                                 dropped ? droppedColour() : overProducedColour(),
                                 dropped ? ModeCoverage::tr("Dropped mode (≈ 0 generated)")
                                         : ModeCoverage::tr("Over-produced (≥ 2× the real share)"));
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        bool& named = dropped ? droppedNamed : overNamed;
        const QList<QLegendMarker*> markers = chart->legend()->markers(area);
        if (named) {
            for (QLegendMarker* marker : markers) {
                marker->setVisible(false);
            }
        }
        named = true;
    }

    auto* bars = new QHorizontalBarSeries;
    bars->append(real);
    bars->append(generated);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return chart;
}

} // namespace genlens::widgets

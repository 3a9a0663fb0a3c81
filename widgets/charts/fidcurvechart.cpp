#include "charts/fidcurvechart.h"

#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace genlens::widgets {

namespace {

struct FidCurveChart
{
    Q_DECLARE_TR_FUNCTIONS(FidCurveChart)
};

} // namespace

QChart* makeFidCurveChart(const app::FidCurve& curve)
{
    auto* chart = new QChart;
    chart->setTitle(FidCurveChart::tr("FID against the sample count; FID∞ = %1 ± %2")
                        .arg(curve.intercept, 0, 'g', 5)
                        .arg(curve.stdError, 0, 'g', 3));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* points = new QScatterSeries;
    points->setName(FidCurveChart::tr("FID of N samples"));
    points->setMarkerSize(8);
    double lowest = curve.intercept;
    double highest = curve.intercept;
    double largestN = 0;
    double smallestN = 1e300;
    for (const QPointF& p : curve.fid) {
        points->append(p);
        lowest = std::min(lowest, p.y());
        highest = std::max(highest, p.y());
        largestN = std::max(largestN, p.x());
        smallestN = std::min(smallestN, p.x());
    }
    // The fitted line a + b/N over the measured range, and its limit as a dashed asymptote.
    auto* fit = new QLineSeries;
    fit->setName(FidCurveChart::tr("least-squares fit in 1/N"));
    constexpr int kSteps = 60;
    for (int i = 0; i <= kSteps; ++i) {
        const double n = smallestN + (largestN - smallestN) * i / kSteps;
        fit->append(n, curve.intercept + curve.slope / n);
    }
    auto* limit = new QLineSeries;
    limit->setName(FidCurveChart::tr("FID∞ (1/N = 0)"));
    limit->append(0, curve.intercept);
    limit->append(largestN, curve.intercept);
    QPen dashed(QColor(90, 90, 90), 1.2, Qt::DashLine);
    limit->setPen(dashed);
    chart->addSeries(fit);
    chart->addSeries(limit);
    chart->addSeries(points);

    auto* axisN = new QValueAxis;
    axisN->setTitleText(FidCurveChart::tr("samples N"));
    axisN->setRange(0, largestN * 1.05);
    axisN->setLabelFormat(QStringLiteral("%.0f"));
    auto* axisFid = new QValueAxis;
    axisFid->setTitleText(QStringLiteral("FID"));
    const double margin = 0.1 * std::max(highest - lowest, 1e-9);
    axisFid->setRange(lowest - margin, highest + margin);
    chart->addAxis(axisN, Qt::AlignBottom);
    chart->addAxis(axisFid, Qt::AlignLeft);
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(fit), static_cast<QAbstractSeries*>(limit),
          static_cast<QAbstractSeries*>(points)}) {
        s->attachAxis(axisN);
        s->attachAxis(axisFid);
    }
    if (!curve.kid.isEmpty()) {
        auto* kid = new QLineSeries;
        kid->setName(FidCurveChart::tr("KID of N samples (right axis)"));
        kid->setPointsVisible(true);
        double kidLow = curve.kid.front().y();
        double kidHigh = kidLow;
        for (const QPointF& p : curve.kid) {
            kid->append(p);
            kidLow = std::min(kidLow, p.y());
            kidHigh = std::max(kidHigh, p.y());
        }
        chart->addSeries(kid);
        auto* axisKid = new QValueAxis;
        axisKid->setTitleText(QStringLiteral("KID"));
        const double kidMargin = 0.1 * std::max(kidHigh - kidLow, 1e-12);
        axisKid->setRange(std::min(0.0, kidLow - kidMargin), kidHigh + kidMargin);
        chart->addAxis(axisKid, Qt::AlignRight);
        kid->attachAxis(axisN);
        kid->attachAxis(axisKid);
    }
    return chart;
}

} // namespace genlens::widgets

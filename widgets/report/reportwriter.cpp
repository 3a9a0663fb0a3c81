#include "report/reportwriter.h"

#include "charts/fidcurvechart.h"
#include "charts/modecoveragechart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>
#include <functional>
#include <stdexcept>
#include <vector>

namespace genlens::widgets {

namespace {

using app::ReportComparison;
using app::ReportContent;
using app::ReportHistogram;
using app::ReportMetricRow;
using app::ReportOverlay;
using app::ReportRunInfo;
using app::ReportSample;
using app::ReportSampleGroup;

struct ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

constexpr int kResolution = 300; // device units per inch
constexpr double kChartDpi = 96; // the logical dpi charts are laid out at

double mm(double millimetres)
{
    return millimetres * kResolution / 25.4;
}

// Latin text in DejaVu Sans, CJK from Noto Sans CJK SC (Qt falls back along the list per
// character). Noto CJK is not first because its Latin digits are shaped into glyphs without a
// cmap entry, which Qt's PDF engine then cannot map back to text (pdftotext, copy and search
// lose them).
QStringList fontFamilies()
{
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
}

// No shaping for Latin text: no "fi" ligatures, so the PDF's text reads "finished", not "ﬁnished"
// (copy, search, pdftotext).
QFont font(double points, bool bold = false)
{
    QFont f(fontFamilies());
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QFont monoFont(double points)
{
    QFont f(
        QStringList {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono CJK SC")});
    f.setPointSizeF(points);
    f.setStyleHint(QFont::Monospace);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// A chart font in pixels of the chart's logical space (point sizes would be resolved against the
// PDF's resolution and then scaled a second time by the render transform).
QFont chartFont(double points, bool bold = false)
{
    QFont f(fontFamilies());
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPixelSize(int(std::lround(points * kChartDpi / 72.0)));
    f.setBold(bold);
    return f;
}

QString number(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("\u2013");
    }
    return QString::number(value, 'g', 4);
}

const QColor kRealColour(31, 119, 180);
const QColor kGeneratedColour(255, 127, 14);
const QColor kCompareColour(44, 160, 44);
// Run A (the report's run) and run B (the compared run) in the comparison charts.
const QColor kRunAColour(117, 112, 179);
const QColor kRunBColour(217, 95, 2);
const QColor kMuted(100, 100, 100);
// The history caption names every run's value up to this many runs.
constexpr qsizetype kHistoryRunsListed = 8;
const QColor kRule(200, 200, 200);

// Pages as lists of deferred drawing operations, so that the total page count is known before
// anything is painted ("Page N of M").
class Layout
{
public:
    using Draw = std::function<void(QPainter&, const QRectF&)>;

    Layout(QPdfWriter& writer, double bodyTop, double bodyBottom)
        : m_writer(writer)
        , m_width(writer.width())
        , m_top(bodyTop)
        , m_bottom(bodyBottom)
        , m_y(bodyTop)
    {
        m_pages.emplace_back();
    }

    double width() const { return m_width; }
    double remaining() const { return m_bottom - m_y; }
    double bodyHeight() const { return m_bottom - m_top; }
    bool atPageTop() const { return m_y <= m_top + 1; }
    int pageCount() const { return int(m_pages.size()); }

    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_top;
    }

    void ensure(double height)
    {
        if (!atPageTop() && m_y + height > m_bottom) {
            newPage();
        }
    }

    void space(double height)
    {
        if (!atPageTop()) {
            m_y = std::min(m_y + height, m_bottom);
        }
    }

    // Places a block of the full width; moves to a new page first when it does not fit.
    void block(double height, Draw draw, double x = 0, double width = -1)
    {
        ensure(height);
        const QRectF rect(x, m_y, width < 0 ? m_width - x : width, height);
        m_pages.back().push_back([rect, draw](QPainter& p) { draw(p, rect); });
        m_y += height;
    }

    double textHeight(const QString& text, const QFont& f, double width,
                      int flags = Qt::TextWordWrap) const
    {
        const QFontMetricsF metrics(f, &m_writer);
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height();
    }

    void paragraph(const QString& text, const QFont& f, const QColor& colour = Qt::black,
                   double after = mm(1.5), double indent = 0)
    {
        if (text.isEmpty()) {
            return;
        }
        const double w = m_width - indent;
        const double h = textHeight(text, f, w);
        block(
            h + after,
            [text, f, colour](QPainter& p, const QRectF& r) {
                p.setFont(f);
                p.setPen(colour);
                p.drawText(QRectF(r.left(), r.top(), r.width(), r.height()), Qt::TextWordWrap,
                           text);
            },
            indent);
    }

    void heading(const QString& text, double points)
    {
        space(mm(3));
        // Keep a heading with at least a few lines of what follows it.
        ensure(textHeight(text, font(points, true), m_width) + mm(25));
        paragraph(text, font(points, true), Qt::black, mm(2));
    }

    void rule()
    {
        block(mm(2), [](QPainter& p, const QRectF& r) {
            p.setPen(QPen(kRule, mm(0.25)));
            p.drawLine(QPointF(r.left(), r.top() + mm(0.8)), QPointF(r.right(), r.top() + mm(0.8)));
        });
    }

    void paint(QPainter& painter, const std::function<void(QPainter&, int, int)>& decorate)
    {
        for (size_t page = 0; page < m_pages.size(); ++page) {
            if (page > 0) {
                m_writer.newPage();
            }
            for (const auto& op : m_pages[page]) {
                painter.save();
                op(painter);
                painter.restore();
            }
            decorate(painter, int(page) + 1, int(m_pages.size()));
        }
    }

private:
    QPdfWriter& m_writer;
    double m_width;
    double m_top;
    double m_bottom;
    double m_y;
    std::vector<std::vector<std::function<void(QPainter&)>>> m_pages;
};

// A table: column widths as fractions, a header row repeated after page breaks, rows whose
// height follows their wrapped text.
void table(Layout& layout, const QStringList& headers, const std::vector<double>& fractions,
           const QList<QStringList>& rows, const QList<QList<QColor>>& colours = {},
           double points = 8.5, qsizetype breakAnywhereColumns = 1)
{
    const QFont body = font(points);
    const QFont head = font(points, true);
    const double pad = mm(1.2);
    // Keys and paths (the first columns) may be one long word: break them anywhere.
    const auto cellFlags = [breakAnywhereColumns](qsizetype column) {
        return column < breakAnywhereColumns ? int(Qt::TextWrapAnywhere) : int(Qt::TextWordWrap);
    };
    std::vector<double> widths;
    for (double f : fractions) {
        widths.push_back(f * layout.width());
    }
    auto rowHeight = [&](const QStringList& cells, const QFont& f) {
        double h = 0;
        for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths.size()); ++c) {
            h = std::max(
                h, layout.textHeight(cells.at(c), f, widths[size_t(c)] - 2 * pad, cellFlags(c)));
        }
        return h + 2 * pad;
    };
    auto drawRow = [widths, pad, cellFlags](const QStringList& cells, const QFont& f, bool isHeader,
                                            const QList<QColor>& rowColours) {
        return [=](QPainter& p, const QRectF& r) {
            if (isHeader) {
                p.fillRect(r, QColor(235, 238, 242));
            }
            p.setFont(f);
            double x = r.left();
            for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths.size()); ++c) {
                p.setPen(c < rowColours.size() && rowColours.at(c).isValid() ? rowColours.at(c)
                                                                             : QColor(Qt::black));
                p.drawText(QRectF(x + pad, r.top() + pad, widths[size_t(c)] - 2 * pad,
                                  r.height() - 2 * pad),
                           cellFlags(c), cells.at(c));
                x += widths[size_t(c)];
            }
            p.setPen(QPen(kRule, mm(0.2)));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        };
    };
    const double headHeight = rowHeight(headers, head);
    auto header = [&] { layout.block(headHeight, drawRow(headers, head, true, {})); };
    layout.ensure(headHeight * 2.5);
    header();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const double h = rowHeight(rows.at(i), body);
        if (layout.remaining() < h) {
            layout.newPage();
            header();
        }
        layout.block(h, drawRow(rows.at(i), body, false, colours.value(i)));
    }
    layout.space(mm(2));
}

QString dateText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat)
                          : QStringLiteral("\u2013");
}

void runSection(Layout& layout, const ReportRunInfo& run)
{
    QList<QStringList> inputs;
    for (const app::ReportInput& input : run.inputs) {
        inputs << QStringList {input.role, input.source, input.kind, QString::number(input.count),
                               QString::number(input.skipped)};
    }
    table(layout,
          {ReportPdf::tr("Set"), ReportPdf::tr("Source"), ReportPdf::tr("Kind"),
           ReportPdf::tr("Samples"), ReportPdf::tr("Skipped")},
          {0.2, 0.46, 0.12, 0.11, 0.11}, inputs, {}, 8.5, 2);
    for (const app::ReportInput& input : run.inputs) {
        for (const QString& example : input.skippedExamples) {
            layout.paragraph(ReportPdf::tr("Skipped (%1): %2").arg(input.role, example), font(8),
                             kMuted, mm(0.5));
        }
    }
    QStringList facts;
    if (!run.name.isEmpty()) {
        facts << ReportPdf::tr("Run %1: %2").arg(run.runId).arg(run.name);
    }
    facts << ReportPdf::tr("Run %1, status %2, started %3, finished %4")
                 .arg(run.runId)
                 .arg(run.status, dateText(run.startedAt), dateText(run.finishedAt));
    if (!run.extractorId.isEmpty()) {
        facts << ReportPdf::tr("Feature extractor: %1 (%2 dimensions)")
                     .arg(run.extractorId)
                     .arg(run.extractorDimension);
    }
    if (!run.featureSpace.isEmpty()) {
        facts << ReportPdf::tr("Feature space of the distances: %1").arg(run.featureSpace);
    }
    for (const QString& fact : facts) {
        layout.paragraph(fact, font(9.5));
    }
    if (!run.extractorWarning.isEmpty()) {
        const QString text = run.extractorWarning;
        const QFont f = font(9);
        const double pad = mm(2);
        const double h = layout.textHeight(text, f, layout.width() - 2 * pad) + 2 * pad;
        layout.block(h + mm(2), [text, f, pad](QPainter& p, const QRectF& r) {
            const QRectF box(r.left(), r.top(), r.width(), r.height() - mm(2));
            p.fillRect(box, QColor(255, 244, 214));
            p.setPen(QPen(QColor(220, 170, 60), mm(0.3)));
            p.drawRect(box);
            p.setFont(f);
            p.setPen(QColor(90, 60, 0));
            p.drawText(box.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap, text);
        });
    }
    if (!run.signature.isEmpty()) {
        layout.paragraph(ReportPdf::tr("Signature"), font(9.5, true), Qt::black, mm(0.5));
        layout.paragraph(run.signature, monoFont(8.5));
    }
    if (!run.settings.isEmpty()) {
        QList<QStringList> rows;
        for (const auto& setting : run.settings) {
            rows << QStringList {setting.first, setting.second};
        }
        table(layout, {ReportPdf::tr("Setting"), ReportPdf::tr("Value")}, {0.4, 0.6}, rows, {}, 8.5,
              2);
    }
    if (!run.timingsMs.isEmpty()) {
        QStringList parts;
        for (const auto& timing : run.timingsMs) {
            parts << QStringLiteral("%1 %2 ms").arg(timing.first).arg(timing.second);
        }
        layout.paragraph(ReportPdf::tr("Timings: %1").arg(parts.join(QStringLiteral(", "))),
                         font(8.5), kMuted);
    }
}

QString direction(const ReportMetricRow& row)
{
    if (!row.higherIsBetter) {
        return QStringLiteral("\u2013");
    }
    return *row.higherIsBetter ? ReportPdf::tr("\u2191 higher") : ReportPdf::tr("\u2193 lower");
}

void metricsSection(Layout& layout, const ReportContent& content)
{
    layout.heading(ReportPdf::tr("Metrics"), 15);
    if (content.metrics.isEmpty()) {
        layout.paragraph(ReportPdf::tr("This run stored no set-level metrics."), font(10));
        return;
    }
    QList<QStringList> rows;
    QList<QList<QColor>> colours;
    bool anyInterval = false;
    for (const ReportMetricRow& row : content.metrics) {
        QString value = !row.computed ? ReportPdf::tr("not computed")
            : std::isnan(row.std)
            ? number(row.value)
            : QStringLiteral("%1 \u00b1 %2").arg(number(row.value), number(row.std));
        if (row.computed && std::isfinite(row.ciLow) && std::isfinite(row.ciHigh)) {
            value += QStringLiteral(" [%1, %2]").arg(number(row.ciLow), number(row.ciHigh));
            anyInterval = true;
        }
        if (content.compare) {
            const QString other = number(row.compareValue);
            const double diff = row.difference();
            const QString delta = std::isnan(diff)
                ? QStringLiteral("\u2013")
                : (diff > 0 ? QStringLiteral("+") : QString()) + number(diff);
            rows << QStringList {row.label, value, other, delta, direction(row), row.meaning};
            const std::optional<bool> better = row.compareIsBetter();
            QColor deltaColour;
            if (better) {
                deltaColour = *better ? QColor(20, 120, 20) : QColor(180, 30, 30);
            }
            colours << QList<QColor> {QColor(), QColor(), QColor(), deltaColour};
        } else {
            rows << QStringList {row.label, value, direction(row), row.meaning};
            colours << QList<QColor> {};
        }
    }
    if (content.compare) {
        table(layout,
              {ReportPdf::tr("Metric"), ReportPdf::tr("Run %1").arg(content.run.runId),
               ReportPdf::tr("Run %1").arg(content.compare->runId), ReportPdf::tr("Difference"),
               ReportPdf::tr("Better"), ReportPdf::tr("Meaning")},
              {0.18, 0.15, 0.13, 0.12, 0.1, 0.32}, rows, colours);
        layout.paragraph(ReportPdf::tr("Difference = run %1 \u2212 run %2; green where the "
                                       "second run is better, red where it is worse.")
                             .arg(content.compare->runId)
                             .arg(content.run.runId),
                         font(8), kMuted);
    } else {
        table(layout,
              {ReportPdf::tr("Metric"), ReportPdf::tr("Value"), ReportPdf::tr("Better"),
               ReportPdf::tr("Meaning")},
              anyInterval ? std::vector<double>{0.2, 0.29, 0.1, 0.41}
                          : std::vector<double>{0.22, 0.19, 0.11, 0.48},
              rows, colours);
    }
    if (anyInterval) {
        layout.paragraph(ReportPdf::tr("[low, high]: 95 % confidence interval (percentile "
                                       "bootstrap or half-sampling, docs/intervals.md)."),
                         font(8), kMuted);
    }
}

// Declared ahead: the chart painter is defined with the other charts below.
void paintChart(QPainter& painter, const QRectF& target, QChart* chart);

// FID and KID against the sample count with the FID∞ line (--fid-infinity), after the metrics.
void fidCurveSection(Layout& layout, const ReportContent& content)
{
    if (!content.fidCurve.isValid()) {
        return;
    }
    layout.heading(ReportPdf::tr("FID against the sample count"), 13);
    layout.paragraph(ReportPdf::tr("FID of N generated samples against the whole real set, and "
                                   "the least-squares line in 1/N whose intercept is FID\u221e "
                                   "(Chong & Forsyth, CVPR 2020): %1 \u00b1 %2 (standard error "
                                   "of the fit).")
                         .arg(number(content.fidCurve.intercept), number(content.fidCurve.stdError)),
                     font(9), kMuted);
    layout.ensure(mm(82));
    layout.block(mm(80), [&content](QPainter& p, const QRectF& r) {
        paintChart(p, r, makeFidCurveChart(content.fidCurve));
    });
}

QAreaSeries* histogramSeries(const std::vector<double>& shares, double lower, double upper,
                             const QString& name, const QColor& colour, bool filled)
{
    auto* line = new QLineSeries;
    const double width = (upper - lower) / double(shares.size());
    line->append(lower, 0);
    for (size_t i = 0; i < shares.size(); ++i) {
        line->append(lower + width * double(i), shares[i]);
        line->append(lower + width * double(i + 1), shares[i]);
    }
    line->append(upper, 0);
    auto* area = new QAreaSeries(line);
    area->setName(name);
    QColor fill = colour;
    fill.setAlpha(filled ? 90 : 0);
    area->setBrush(fill);
    area->setPen(QPen(colour, filled ? 1.2 : 2.0));
    return area;
}

// Paints a Qt chart as vectors into `target` of the PDF painter.
void paintChart(QPainter& painter, const QRectF& target, QChart* chart)
{
    QGraphicsScene scene;
    const QSizeF logical(target.width() / kResolution * kChartDpi,
                         target.height() / kResolution * kChartDpi);
    chart->setAnimationOptions(QChart::NoAnimation);
    scene.addItem(chart); // the scene owns and deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

// A 0/1 flag: the share of each set with the flag off and on, as two groups of bars.
void flagChart(QPainter& painter, const QRectF& target, const ReportHistogram& histogram,
               const ReportContent& content)
{
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(histogram.title);
    chart->setTitleFont(chartFont(9.5, true));
    chart->legend()->setFont(chartFont(8));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* bars = new QBarSeries;
    const auto add
        = [bars](const std::vector<double>& shares, const QString& name, const QColor& colour) {
              if (shares.size() != 2) {
                  return;
              }
              auto* set = new QBarSet(name);
              set->append(shares[0]);
              set->append(shares[1]);
              set->setColor(colour);
              set->setBorderColor(colour.darker(120));
              bars->append(set);
          };
    add(histogram.real, ReportPdf::tr("Real (n = %1)").arg(histogram.realCount), kRealColour);
    add(histogram.generated,
        (content.compare ? ReportPdf::tr("Generated, run %1").arg(content.run.runId)
                         : ReportPdf::tr("Generated"))
            + QStringLiteral(" (n = %1)").arg(histogram.generatedCount),
        kGeneratedColour);
    if (content.compare) {
        add(histogram.compare,
            ReportPdf::tr("Generated, run %1 (n = %2)")
                .arg(content.compare->runId)
                .arg(histogram.compareCount),
            kCompareColour);
    }
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append({ReportPdf::tr("0 (no)"), ReportPdf::tr("1 (yes)")});
    x->setTitleText(histogram.key);
    auto* y = new QValueAxis;
    // A share never exceeds the whole set: 0-1 in quarters; the caption gives the exact shares.
    y->setRange(0, 1);
    y->setTitleText(ReportPdf::tr("share of set"));
    y->setLabelFormat(QStringLiteral("%.2f"));
    y->setTickCount(5);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y)}) {
        axis->setLabelsFont(chartFont(7.5));
        axis->setTitleFont(chartFont(8));
        axis->setGridLineColor(QColor(225, 225, 225));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    paintChart(painter, target, chart);
}

void histogramChart(QPainter& painter, const QRectF& target, const ReportHistogram& histogram,
                    const ReportContent& content)
{
    if (histogram.flag) {
        flagChart(painter, target, histogram, content);
        return;
    }
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(histogram.title);
    chart->setTitleFont(chartFont(9.5, true));
    chart->legend()->setFont(chartFont(8));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString generatedName = content.compare
        ? ReportPdf::tr("Generated, run %1").arg(content.run.runId)
        : ReportPdf::tr("Generated");
    double top = 0;
    QList<QAreaSeries*> series;
    if (!histogram.real.empty()) {
        series << histogramSeries(histogram.real, histogram.lower, histogram.upper,
                                  ReportPdf::tr("Real (n = %1)").arg(histogram.realCount),
                                  kRealColour, true);
        top = std::max(top, *std::max_element(histogram.real.begin(), histogram.real.end()));
    }
    if (!histogram.generated.empty()) {
        series << histogramSeries(
            histogram.generated, histogram.lower, histogram.upper,
            QStringLiteral("%1 (n = %2)").arg(generatedName).arg(histogram.generatedCount),
            kGeneratedColour, true);
        top = std::max(top,
                       *std::max_element(histogram.generated.begin(), histogram.generated.end()));
    }
    if (!histogram.compare.empty() && content.compare) {
        series << histogramSeries(histogram.compare, histogram.lower, histogram.upper,
                                  ReportPdf::tr("Generated, run %1 (n = %2)")
                                      .arg(content.compare->runId)
                                      .arg(histogram.compareCount),
                                  kCompareColour, false);
        top = std::max(top, *std::max_element(histogram.compare.begin(), histogram.compare.end()));
    }
    auto* x = new QValueAxis;
    x->setRange(histogram.lower, histogram.upper);
    x->setTitleText(histogram.key);
    x->setLabelFormat(QStringLiteral("%.3g"));
    x->setTickCount(7);
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setTitleText(ReportPdf::tr("share of set"));
    y->setLabelFormat(QStringLiteral("%.2f"));
    for (QValueAxis* axis : {x, y}) {
        axis->setLabelsFont(chartFont(7.5));
        axis->setTitleFont(chartFont(8));
        axis->setGridLineColor(QColor(225, 225, 225));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAreaSeries* s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    paintChart(painter, target, chart);
}

// The first page's summary: one sentence each, as a bulleted list.
void summarySection(Layout& layout, const ReportContent& content)
{
    if (content.summary.isEmpty()) {
        return;
    }
    layout.heading(ReportPdf::tr("Summary"), 15);
    for (const QString& sentence : content.summary) {
        layout.paragraph(QStringLiteral("\u2022 ") + sentence, font(10.5), Qt::black, mm(1.8));
    }
}

// The mode coverage chart and the slices table, worst first, unreliable numbers greyed and
// starred with their reasons below.
void slicesSection(Layout& layout, const ReportContent& content)
{
    if (!content.slices) {
        return;
    }
    const app::ReportSlices& slices = *content.slices;
    const app::SliceSet& set = slices.set;
    layout.newPage();
    layout.heading(ReportPdf::tr("Slices and mode coverage"), 15);
    layout.paragraph(ReportPdf::tr("Each slice's share of the real and of the generated set, "
                                   "slices with the fewest generated samples for their real "
                                   "share at the top. Red: a dropped mode (at most a tenth of "
                                   "its real share); amber: over-produced (at least twice)."),
                     font(9), kMuted, mm(2));
    const double chartHeight = std::min(layout.bodyHeight() * 0.55,
                                        mm(32) + mm(7) * double(slices.coverageOrder.size()));
    layout.block(chartHeight, [set, order = slices.coverageOrder](QPainter& p, const QRectF& r) {
        ModeCoverageFonts fonts {chartFont(8), chartFont(9.5, true)};
        QChart* chart = makeModeCoverageChart(set, order, fonts);
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(4, 4, 4, 4));
        paintChart(p, r, chart);
    });
    layout.space(mm(3));

    if (!slices.rankKey.isEmpty()) {
        layout.paragraph(ReportPdf::tr("Worst first by %1.").arg(slices.rankKey), font(9),
                         Qt::black, mm(1));
    }
    const QColor unreliable(150, 150, 150);
    const QColor dropped(180, 30, 30);
    // At most kSliceMetricsPerTable metrics a table, so that numbers stay readable on A4; the
    // first table has the counts and the ratio, the next ones repeat the slice names.
    constexpr qsizetype kSliceMetricsPerTable = 7;
    qsizetype from = 0;
    do {
        const bool first = from == 0;
        const QStringList keys = set.metricKeys.mid(from, kSliceMetricsPerTable);
        QStringList headers {ReportPdf::tr("Slice")};
        std::vector<double> fractions {0.2};
        if (first) {
            headers << ReportPdf::tr("Real") << ReportPdf::tr("Generated")
                    << ReportPdf::tr("Gen./real");
            fractions.insert(fractions.end(), {0.09, 0.1, 0.09});
        }
        headers << keys;
        const double used = first ? 0.48 : 0.2;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            fractions.push_back((1.0 - used) / double(std::max<qsizetype>(4, keys.size())));
        }
        QList<QStringList> rows;
        QList<QList<QColor>> colours;
        for (const qsizetype index : slices.tableOrder) {
            const app::Slice& slice = set.slices.at(index);
            QStringList row {modeCoverageLabel(slice)};
            QList<QColor> rowColours {slice.coverage() == app::Slice::Coverage::Dropped ? dropped
                                                                                        : QColor()};
            if (first) {
                const double ratio = slice.ratio();
                row << QString::number(slice.realCount) << QString::number(slice.generatedCount)
                    << (std::isinf(ratio) ? QStringLiteral("\u221e") : number(ratio));
                rowColours << QColor() << QColor() << QColor();
            }
            for (const QString& key : keys) {
                const bool warned = slice.warnings.contains(key);
                row << number(slice.metric(key)) + (warned ? QStringLiteral("*") : QString());
                rowColours << (warned ? unreliable : QColor());
            }
            rows << row;
            colours << rowColours;
        }
        table(layout, headers, fractions, rows, colours, 7.5);
        from += kSliceMetricsPerTable;
    } while (from < set.metricKeys.size());
    if (!slices.warnings.isEmpty()) {
        layout.paragraph(ReportPdf::tr("* Unreliable at the slice's size:"), font(8), kMuted,
                         mm(0.5));
        for (const QString& warning : slices.warnings) {
            layout.paragraph(warning, font(8), kMuted, mm(0.5), mm(3));
        }
    }
}

void distributionsSection(Layout& layout, const ReportContent& content)
{
    if (content.histograms.isEmpty()) {
        return;
    }
    layout.newPage();
    layout.heading(ReportPdf::tr("Distributions"), 15);
    layout.paragraph(ReportPdf::tr("For every per-sample score: the share of each set in each "
                                   "bin, real against generated, with the two-sample "
                                   "Kolmogorov\u2013Smirnov statistic D (0: same distribution, "
                                   "1: disjoint); 0/1 flags as two bars. Every sample is "
                                   "counted; nothing is subsampled."),
                     font(9), kMuted, mm(3));
    if (!content.constantScores.isEmpty()) {
        layout.paragraph(ReportPdf::tr("Not drawn, one value in every set: %1.")
                             .arg(content.constantScores.join(QStringLiteral(", "))),
                         font(9), kMuted, mm(3));
    }
    // Three charts a page: large enough to read printed, few pages for the 20-odd per-user
    // scores of a recommendation run.
    const double chartHeight = std::min(mm(70), layout.bodyHeight() / 3.45);
    for (const ReportHistogram& histogram : content.histograms) {
        QString caption;
        if (!std::isnan(histogram.ks)) {
            caption = ReportPdf::tr("%1: KS D = %2 (real n = %3, generated n = %4)")
                          .arg(histogram.key, number(histogram.ks))
                          .arg(histogram.realCount)
                          .arg(histogram.generatedCount);
        } else if (!std::isnan(histogram.runsKs) && content.compare) {
            caption = ReportPdf::tr("%1: KS D = %2 between run %3 (n = %4) and run %5 (n = %6)")
                          .arg(histogram.key, number(histogram.runsKs))
                          .arg(content.run.runId)
                          .arg(histogram.generatedCount)
                          .arg(content.compare->runId)
                          .arg(histogram.compareCount);
        } else {
            caption = ReportPdf::tr("%1: only one set has this score (n = %2)")
                          .arg(histogram.key)
                          .arg(std::max(histogram.realCount, histogram.generatedCount));
        }
        if (histogram.flag) {
            QStringList on;
            const auto share = [](const std::vector<double>& shares) {
                return QString::number(shares.at(1) * 100.0, 'g', 3);
            };
            if (histogram.real.size() == 2) {
                on << ReportPdf::tr("real %1 %").arg(share(histogram.real));
            }
            if (histogram.generated.size() == 2) {
                on << ReportPdf::tr("generated %1 %").arg(share(histogram.generated));
            }
            if (histogram.compare.size() == 2 && content.compare) {
                on << ReportPdf::tr("run %1 %2 %")
                          .arg(content.compare->runId)
                          .arg(share(histogram.compare));
            }
            caption += QStringLiteral("; ")
                + ReportPdf::tr("share with %1 = 1: %2")
                      .arg(histogram.key, on.join(QStringLiteral(", ")));
        }
        if (!std::isnan(histogram.compareKs) && content.compare) {
            caption += QStringLiteral("; ")
                + ReportPdf::tr("run %1: KS D = %2")
                      .arg(content.compare->runId)
                      .arg(number(histogram.compareKs));
        }
        const QFont captionFont = font(8.5);
        const double captionHeight = layout.textHeight(caption, captionFont, layout.width());
        layout.ensure(chartHeight + captionHeight + mm(6));
        layout.block(chartHeight, [histogram, &content](QPainter& p, const QRectF& r) {
            histogramChart(p, r, histogram, content);
        });
        layout.paragraph(caption, captionFont, kMuted, mm(5));
    }
}

QImage decode(const QByteArray& png)
{
    QImage image;
    if (!png.isEmpty()) {
        image.loadFromData(png);
    }
    return image;
}

void drawThumbnail(QPainter& p, const QRectF& cell, const QImage& image)
{
    p.fillRect(cell, QColor(245, 245, 245));
    if (image.isNull()) {
        p.setPen(kMuted);
        p.setFont(font(7));
        p.drawText(cell, Qt::AlignCenter, ReportPdf::tr("no thumbnail"));
        return;
    }
    QSizeF size = image.size();
    size.scale(cell.size(), Qt::KeepAspectRatio);
    const QRectF target(cell.center().x() - size.width() / 2, cell.center().y() - size.height() / 2,
                        size.width(), size.height());
    p.drawImage(target, image);
}

void imageGroup(Layout& layout, const ReportSampleGroup& group)
{
    const QFont labelFont = font(7);
    const double gap = mm(3);
    const int columns = group.paired ? 3 : 6;
    const double cellWidth = (layout.width() - gap * (columns - 1)) / columns;
    const double thumb = group.paired ? (cellWidth - mm(1)) / 2 : cellWidth;
    const double labelHeight = layout.textHeight(QStringLiteral("Ag\nAg"), labelFont, cellWidth);
    const double rowHeight = thumb + labelHeight + mm(4);
    for (qsizetype start = 0; start < group.samples.size(); start += columns) {
        QList<ReportSample> row = group.samples.mid(start, columns);
        layout.block(rowHeight, [=](QPainter& p, const QRectF& r) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                const ReportSample& s = row.at(i);
                const double x = r.left() + double(i) * (cellWidth + gap);
                QString caption = s.label;
                if (group.paired) {
                    drawThumbnail(p, QRectF(x, r.top(), thumb, thumb), decode(s.thumbnailPng));
                    drawThumbnail(p, QRectF(x + thumb + mm(1), r.top(), thumb, thumb),
                                  decode(s.pairThumbnailPng));
                    caption = ReportPdf::tr("%1 \u2194 %2").arg(s.label, s.pairLabel);
                } else {
                    drawThumbnail(p, QRectF(x, r.top(), thumb, thumb), decode(s.thumbnailPng));
                }
                p.setFont(labelFont);
                p.setPen(Qt::black);
                p.drawText(QRectF(x, r.top() + thumb + mm(0.8), cellWidth, labelHeight),
                           Qt::AlignHCenter | Qt::TextWrapAnywhere,
                           caption + QLatin1Char('\n') + s.scoreLine);
            }
        });
    }
    if (group.paired) {
        layout.paragraph(ReportPdf::tr("Left: generated sample; right: its nearest real sample."),
                         font(8), kMuted);
    }
}

void textGroup(Layout& layout, const ReportSampleGroup& group)
{
    const QFont head = font(8, true);
    const QFont body = font(9.5);
    const double indent = mm(4);
    for (const ReportSample& s : group.samples) {
        // The label of a text sample is its first words, which the excerpt shows anyway: name
        // the record instead (file:line).
        const QString where = QFileInfo(s.source).fileName();
        const QString title = s.scoreLine.isEmpty()
            ? where
            : QStringLiteral("%1 \u2014 %2").arg(s.scoreLine, where);
        layout.ensure(layout.textHeight(title, head, layout.width())
                      + layout.textHeight(s.text, body, layout.width() - indent) + mm(3));
        layout.paragraph(title, head, kMuted, mm(0.5));
        if (group.paired) {
            layout.paragraph(ReportPdf::tr("Generated: %1").arg(s.text), body, Qt::black, mm(0.5),
                             indent);
            layout.paragraph(ReportPdf::tr("Nearest real: %1").arg(s.pairText), body,
                             QColor(30, 80, 140), mm(2.5), indent);
        } else {
            layout.paragraph(s.text, body, Qt::black, mm(2.5), indent);
        }
    }
}

void userGroup(Layout& layout, const ReportSampleGroup& group)
{
    const QFont head = font(9, true);
    const QFont body = font(8);
    const int columns = 2;
    for (const ReportSample& s : group.samples) {
        const QString title = s.scoreLine.isEmpty()
            ? s.text
            : QStringLiteral("%1 \u2014 %2").arg(s.text, s.scoreLine);
        const qsizetype perColumn = (s.listLines.size() + columns - 1) / columns;
        const double lineHeight = layout.textHeight(QStringLiteral("Ag"), body, layout.width());
        const double listHeight = double(perColumn) * lineHeight;
        layout.ensure(layout.textHeight(title, head, layout.width()) + listHeight + mm(3));
        layout.paragraph(title, head, Qt::black, mm(0.5));
        if (s.listLines.isEmpty()) {
            continue;
        }
        const QStringList lines = s.listLines;
        layout.block(listHeight + mm(2.5), [=](QPainter& p, const QRectF& r) {
            p.setFont(body);
            const double columnWidth = (r.width() - mm(4)) / columns;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const qsizetype column = i / perColumn;
                const qsizetype line = i % perColumn;
                const bool hit = lines.at(i).contains(QChar(0x2713));
                p.setPen(hit ? QColor(20, 120, 20) : QColor(Qt::black));
                p.drawText(QRectF(r.left() + mm(4) + double(column) * columnWidth,
                                  r.top() + double(line) * lineHeight, columnWidth, lineHeight),
                           Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
            }
        });
    }
}

void sampleGroup(Layout& layout, const ReportContent& content, const ReportSampleGroup& group)
{
    layout.heading(group.title, 12);
    layout.paragraph(group.description, font(9), kMuted, mm(2));
    if (content.run.modality == QLatin1String("image")) {
        imageGroup(layout, group);
    } else if (content.run.modality == QLatin1String("recsys")) {
        userGroup(layout, group);
    } else {
        textGroup(layout, group);
    }
}

void overlayChart(QPainter& painter, const QRectF& target, const ReportOverlay& overlay,
                  const ReportContent& content)
{
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(ReportPdf::tr("%1 \u2014 %2").arg(overlay.title, overlay.setTitle));
    chart->setTitleFont(chartFont(9.5, true));
    chart->legend()->setFont(chartFont(8));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const double lower = overlay.edges.empty() ? 0.0 : overlay.edges.front();
    const double upper = overlay.edges.empty() ? 1.0 : overlay.edges.back();
    double top = 0;
    QList<QAreaSeries*> series;
    if (!overlay.a.empty() && overlay.aCount > 0) {
        series << histogramSeries(
            overlay.a, lower, upper,
            ReportPdf::tr("A: run %1 (n = %2)").arg(content.run.runId).arg(overlay.aCount),
            kRunAColour, true);
        top = std::max(top, *std::max_element(overlay.a.begin(), overlay.a.end()));
    }
    if (!overlay.b.empty() && overlay.bCount > 0 && content.compare) {
        series << histogramSeries(
            overlay.b, lower, upper,
            ReportPdf::tr("B: run %1 (n = %2)").arg(content.compare->runId).arg(overlay.bCount),
            kRunBColour, false); // an outline over A's shaded bars
        top = std::max(top, *std::max_element(overlay.b.begin(), overlay.b.end()));
    }
    auto* x = new QValueAxis;
    x->setRange(lower, upper);
    x->setTitleText(overlay.key);
    x->setLabelFormat(QStringLiteral("%.3g"));
    x->setTickCount(7);
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    if (y->max() > 1.0) {
        // A share never exceeds the whole set: 0-1 in quarters.
        y->setRange(0, 1);
        y->setTickCount(5);
    }
    y->setTitleText(ReportPdf::tr("share of set"));
    y->setLabelFormat(QStringLiteral("%.2f"));
    for (QValueAxis* axis : {x, y}) {
        axis->setLabelsFont(chartFont(7.5));
        axis->setTitleFont(chartFont(8));
        axis->setGridLineColor(QColor(225, 225, 225));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAreaSeries* s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    paintChart(painter, target, chart);
}

// The headline metric over the finished runs on the shared real set, in the order they ran;
// runs A and B are the large coloured points.
void historyChart(QPainter& painter, const QRectF& target, const ReportComparison& comparison,
                  const ReportContent& content)
{
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(
        ReportPdf::tr("%1 across the runs on this real set").arg(comparison.historyKey));
    chart->setTitleFont(chartFont(9.5, true));
    chart->legend()->setFont(chartFont(8));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const qint64 idA = content.run.runId;
    const qint64 idB = content.compare ? content.compare->runId : 0;
    auto* line = new QLineSeries;
    line->setPen(QPen(kMuted, 1.2));
    auto* others = new QScatterSeries;
    others->setName(ReportPdf::tr("Other runs"));
    auto* a = new QScatterSeries;
    a->setName(ReportPdf::tr("A: run %1").arg(idA));
    auto* b = new QScatterSeries;
    b->setName(ReportPdf::tr("B: run %1").arg(idB));
    const std::pair<QScatterSeries*, QColor> styles[]
        = {{others, kMuted}, {a, kRunAColour}, {b, kRunBColour}};
    for (const auto& [series, colour] : styles) {
        series->setColor(colour);
        series->setBorderColor(colour);
        series->setMarkerSize(series == others ? 7 : 11);
    }
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (qsizetype i = 0; i < comparison.history.size(); ++i) {
        const app::ReportHistoryPoint& p = comparison.history.at(i);
        const double at = double(i + 1);
        x->append(ReportPdf::tr("run %1").arg(p.runId), at);
        if (!std::isfinite(p.value)) {
            continue;
        }
        line->append(at, p.value);
        (p.runId == idB ? b : p.runId == idA ? a : others)->append(at, p.value);
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
    }
    x->setRange(0.5, double(comparison.history.size()) + 0.5);
    x->setTitleText(ReportPdf::tr("finished runs, oldest first"));
    auto* y = new QValueAxis;
    y->setTitleText(comparison.historyKey);
    y->setLabelFormat(QStringLiteral("%.4g"));
    if (std::isfinite(lo)) {
        const double pad = hi > lo ? (hi - lo) * 0.15 : std::max(std::abs(hi) * 0.1, 0.5);
        y->setRange(lo - pad, hi + pad);
        y->applyNiceNumbers();
    }
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y)}) {
        axis->setLabelsFont(chartFont(7.5));
        axis->setTitleFont(chartFont(8));
        axis->setGridLineColor(QColor(225, 225, 225));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries* series : {static_cast<QXYSeries*>(line), static_cast<QXYSeries*>(others),
                              static_cast<QXYSeries*>(a), static_cast<QXYSeries*>(b)}) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    for (QLegendMarker* marker : chart->legend()->markers(line)) {
        marker->setVisible(false);
    }
    if (others->count() == 0) {
        for (QLegendMarker* marker : chart->legend()->markers(others)) {
            marker->setVisible(false);
        }
    }
    paintChart(painter, target, chart);
}

// Run A (the report's run) against run B (--compare): the main scores' distributions, the
// headline metric's history and the samples whose scores changed most.
void comparisonSection(Layout& layout, const ReportContent& content)
{
    if (!content.comparison || !content.compare) {
        return;
    }
    const ReportComparison& comparison = *content.comparison;
    layout.newPage();
    layout.heading(ReportPdf::tr("Run comparison"), 15);
    auto name = [](const ReportRunInfo& run) {
        return run.name.isEmpty() ? ReportPdf::tr("run %1").arg(run.runId)
                                  : ReportPdf::tr("run %1 (%2)").arg(run.runId).arg(run.name);
    };
    layout.paragraph(ReportPdf::tr("A is %1; B is %2. Changes are B \u2212 A.")
                         .arg(name(content.run), name(*content.compare)),
                     font(9.5), Qt::black, mm(2));
    for (const QString& note : comparison.notes) {
        layout.paragraph(QStringLiteral("\u2022 ") + note, font(9), QColor(150, 60, 0));
    }
    if (!comparison.sharedRealSet) {
        return;
    }
    const double chartHeight = std::min(mm(70), layout.bodyHeight() / 3.45);
    const QFont captionFont = font(8.5);
    if (!comparison.overlays.isEmpty()) {
        layout.heading(ReportPdf::tr("Main scores, A against B"), 12);
        for (const ReportOverlay& overlay : comparison.overlays) {
            const QString caption = std::isnan(overlay.ks)
                ? ReportPdf::tr("%1 (%2): one run has no values (A n = %3, B n = %4)")
                      .arg(overlay.key, overlay.setTitle)
                      .arg(overlay.aCount)
                      .arg(overlay.bCount)
                : ReportPdf::tr("%1 (%2): KS D = %3 between A (n = %4) and B (n = %5)")
                      .arg(overlay.key, overlay.setTitle, number(overlay.ks))
                      .arg(overlay.aCount)
                      .arg(overlay.bCount);
            layout.ensure(chartHeight + layout.textHeight(caption, captionFont, layout.width())
                          + mm(6));
            layout.block(chartHeight, [overlay, &content](QPainter& p, const QRectF& r) {
                overlayChart(p, r, overlay, content);
            });
            layout.paragraph(caption, captionFont, kMuted, mm(5));
        }
    }
    if (!comparison.history.isEmpty()) {
        // The heading, the chart and the start of its caption stay on one page.
        layout.ensure(chartHeight + mm(30));
        layout.heading(ReportPdf::tr("History of %1").arg(comparison.historyKey), 12);
        QString direction;
        if (comparison.historyHigherIsBetter) {
            direction = *comparison.historyHigherIsBetter ? ReportPdf::tr("higher is better")
                                                          : ReportPdf::tr("lower is better");
        }
        QStringList runs;
        // Every run's value when there are few; the chart alone for a long history.
        for (const app::ReportHistoryPoint& p :
             comparison.history.size() <= kHistoryRunsListed ? comparison.history
                                                              : QList<app::ReportHistoryPoint> {}) {
            runs << ReportPdf::tr("run %1%2 = %3")
                        .arg(p.runId)
                        .arg(p.runName.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (") + p.runName + QLatin1Char(')'),
                             number(p.value));
        }
        QString caption
            = ReportPdf::tr("%1 over the %2 finished runs on the shared real set, oldest first%3.")
                  .arg(comparison.historyKey)
                  .arg(comparison.history.size())
                  .arg(direction.isEmpty() ? QString() : QStringLiteral("; ") + direction);
        if (!runs.isEmpty()) {
            caption += QLatin1Char(' ') + runs.join(QStringLiteral("; ")) + QLatin1Char('.');
        }
        layout.ensure(chartHeight + layout.textHeight(caption, captionFont, layout.width())
                      + mm(6));
        layout.block(chartHeight, [&comparison, &content](QPainter& p, const QRectF& r) {
            historyChart(p, r, comparison, content);
        });
        layout.paragraph(caption, captionFont, kMuted, mm(5));
    }
    for (const ReportSampleGroup& group : comparison.changedGroups) {
        sampleGroup(layout, content, group);
    }
}

void samplesSection(Layout& layout, const ReportContent& content)
{
    if (content.sampleGroups.isEmpty()) {
        return;
    }
    layout.newPage();
    layout.heading(ReportPdf::tr("Samples"), 15);
    for (const ReportSampleGroup& group : content.sampleGroups) {
        sampleGroup(layout, content, group);
    }
}

} // namespace

void writeReportPdf(const app::ReportContent& content, const QString& pdfPath)
{
    QFile probe(pdfPath);
    if (!probe.open(QIODevice::WriteOnly)) {
        throw std::runtime_error("cannot write " + pdfPath.toStdString() + ": "
                                 + probe.errorString().toStdString());
    }
    probe.close();

    QPdfWriter writer(pdfPath);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
    writer.setTitle(content.title + QStringLiteral(" \u2014 ") + content.subtitle);
    writer.setCreator(QStringLiteral("GenLens %1").arg(content.version));

    const double headerHeight = mm(9);
    const double footerHeight = mm(8);
    Layout layout(writer, headerHeight, writer.height() - footerHeight);

    // Title page: the title block sits lower than the running header of the other pages.
    layout.space(mm(1));
    layout.block(mm(14), [&content](QPainter& p, const QRectF& r) {
        p.setFont(font(24, true));
        p.setPen(Qt::black);
        p.drawText(r, Qt::AlignLeft | Qt::AlignBottom, content.title);
    });
    layout.paragraph(content.subtitle, font(14), QColor(40, 40, 40), mm(2));
    QString meta
        = ReportPdf::tr("Made %1 with GenLens %2")
              .arg(QLocale().toString(content.createdAt, QLocale::LongFormat), content.version);
    if (!content.projectPath.isEmpty()) {
        meta += QLatin1Char('\n') + ReportPdf::tr("Project: %1").arg(content.projectPath);
    }
    layout.paragraph(meta, font(9), kMuted, mm(2));
    layout.rule();
    summarySection(layout, content);
    layout.heading(ReportPdf::tr("Inputs and settings"), 15);
    runSection(layout, content.run);
    if (content.compare) {
        layout.heading(ReportPdf::tr("Compared with run %1").arg(content.compare->runId), 13);
        runSection(layout, *content.compare);
        for (const QString& note : content.comparisonNotes) {
            layout.paragraph(QStringLiteral("\u2022 ") + note, font(9.5), QColor(150, 60, 0));
        }
    }
    layout.newPage();
    metricsSection(layout, content);
    slicesSection(layout, content);
    fidCurveSection(layout, content);
    comparisonSection(layout, content);
    distributionsSection(layout, content);
    samplesSection(layout, content);

    QPainter painter;
    if (!painter.begin(&writer)) {
        throw std::runtime_error("cannot start a PDF painter for " + pdfPath.toStdString());
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double width = writer.width();
    const double height = writer.height();
    const QString running = content.title + QStringLiteral(" \u2014 ") + content.subtitle;
    layout.paint(painter, [&](QPainter& p, int page, int pages) {
        p.save();
        p.setFont(font(8));
        p.setPen(kMuted);
        if (page > 1) {
            const QString header
                = QFontMetricsF(p.font(), p.device()).elidedText(running, Qt::ElideRight, width);
            p.drawText(QRectF(0, 0, width, mm(5)), Qt::AlignLeft | Qt::AlignVCenter, header);
            p.setPen(QPen(kRule, mm(0.2)));
            p.drawLine(QPointF(0, mm(6)), QPointF(width, mm(6)));
            p.setPen(kMuted);
        }
        p.drawText(QRectF(0, height - mm(5), width, mm(5)), Qt::AlignHCenter | Qt::AlignVCenter,
                   ReportPdf::tr("Page %1 of %2").arg(page).arg(pages));
        p.restore();
    });
    painter.end();
}

} // namespace genlens::widgets

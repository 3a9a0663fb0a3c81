#include "pages/distributionspage.h"

#include "models/metricsmodel.h"
#include "models/sampletablemodel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace genlens::widgets {

namespace {

constexpr int kBins = 30;
const QColor kRealColour(31, 119, 180);
const QColor kGeneratedColour(255, 127, 14);

// A histogram as a filled step outline; the outline stays opaque so overlaps remain readable.
QAreaSeries* stepSeries(const std::vector<double>& edges, const std::vector<double>& shares,
                        const QString& name, const QColor& colour)
{
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (size_t i = 0; i < shares.size(); ++i) {
        upper->append(edges[i], shares[i] * 100.0);
        upper->append(edges[i + 1], shares[i] * 100.0);
        lower->append(edges[i], 0);
        lower->append(edges[i + 1], 0);
    }
    auto* area = new QAreaSeries(upper, lower);
    area->setName(name);
    QColor fill = colour;
    fill.setAlpha(90);
    area->setBrush(fill);
    QPen pen(colour);
    pen.setWidthF(1.5);
    area->setPen(pen);
    return area;
}

} // namespace

DistributionsPage::DistributionsPage(QWidget* parent)
    : QWidget(parent)
    , m_score(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QChartView(this))
{
    m_score->setObjectName(QStringLiteral("scoreChoice"));
    m_summary->setWordWrap(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Score:"), this);
    label->setBuddy(m_score);
    top->addWidget(label);
    top->addWidget(m_score, 1);
    top->addStretch(2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_score, &QComboBox::currentIndexChanged, this, &DistributionsPage::redraw);
    clear();
}

void DistributionsPage::clear()
{
    setRun(nullptr);
}

void DistributionsPage::setRun(std::shared_ptr<const app::RunResult> run)
{
    m_run = std::move(run);
    m_distributions.setRun(m_run);
    const QString previous = m_score->currentData().toString();
    {
        const QSignalBlocker block(m_score);
        m_score->clear();
        for (const QString& key : m_distributions.keys()) {
            m_score->addItem(app::scoreDisplayName(key), key);
        }
        const int at = m_score->findData(previous);
        m_score->setCurrentIndex(at < 0 ? 0 : at);
    }
    redraw();
}

void DistributionsPage::showScore(const QString& key)
{
    const int at = m_score->findData(key);
    if (at >= 0) {
        m_score->setCurrentIndex(at);
    }
}

QString DistributionsPage::currentScore() const
{
    return m_score->currentData().toString();
}

void DistributionsPage::redraw()
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignTop);
    const QString key = m_score->currentData().toString();
    if (!m_run || key.isEmpty()) {
        m_summary->setText(m_run ? tr("This run has no per-sample scores.")
                                 : tr("No run selected."));
        chart->setTitle(QString());
        m_view->setChart(chart); // the view owns and deletes the previous chart
        return;
    }
    const app::ScoreHistogram h = m_distributions.histogram(key, kBins);
    double top = 0;
    if (h.realCount > 0) {
        chart->addSeries(stepSeries(
            h.edges, h.real, tr("Real (%1)").arg(QLocale().toString(h.realCount)), kRealColour));
        top = std::max(top, *std::max_element(h.real.begin(), h.real.end()));
    }
    if (h.generatedCount > 0) {
        chart->addSeries(stepSeries(h.edges, h.generated,
                                    tr("Generated (%1)").arg(QLocale().toString(h.generatedCount)),
                                    kGeneratedColour));
        top = std::max(top, *std::max_element(h.generated.begin(), h.generated.end()));
    }
    auto* x = new QValueAxis;
    x->setTitleText(app::scoreDisplayName(key));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Share of the set (%)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    if (!h.edges.empty()) {
        x->setRange(h.edges.front(), h.edges.back());
    }
    y->setRange(0, std::max(1.0, std::ceil(top * 100.0 * 1.1)));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_view->setChart(chart);
    const QString ks = std::isnan(h.ks)
        ? tr("KS statistic: n/a (the score exists for one set only)")
        : tr("KS statistic D = %1").arg(app::MetricsModel::formatValue(h.ks));
    m_summary->setText(
        tr("%1 · %2 bins over all %3 real and %4 generated values (no subsampling)")
            .arg(ks)
            .arg(kBins)
            .arg(QLocale().toString(h.realCount), QLocale().toString(h.generatedCount)));
}

} // namespace genlens::widgets

#include "pages/distributionspage.h"

#include "models/featuremapdata.h"
#include "models/metricsmodel.h"
#include "models/sampletablemodel.h"
#include "views/featuremapview.h"
#include "views/setcolours.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace genlens::widgets {

namespace {

constexpr int kBins = 30;

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
    , m_scoreLabel(new QLabel(this))
    , m_score(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QChartView(this))
    , m_mapNote(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_mapPanel(new QWidget(this))
    , m_map(new FeatureMapView(m_mapPanel))
    , m_mapCaption(new QLabel(m_mapPanel))
    , m_showReal(new QCheckBox(m_mapPanel))
    , m_showGenerated(new QCheckBox(m_mapPanel))
{
    m_score->setObjectName(QStringLiteral("scoreChoice"));
    m_summary->setWordWrap(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(300); // legend, plot and axis titles stay readable
    m_scoreLabel->setBuddy(m_score);
    m_mapNote->setObjectName(QStringLiteral("featureMapNote"));
    m_mapPanel->setObjectName(QStringLiteral("featureMapPanel"));
    m_mapNote->setWordWrap(true);
    m_mapCaption->setObjectName(QStringLiteral("featureMapCaption"));
    m_mapCaption->setWordWrap(true);
    m_mapCaption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* top = new QHBoxLayout;
    top->addWidget(m_scoreLabel);
    top->addWidget(m_score, 1);
    top->addStretch(2);

    // Histograms above, the feature map below; the splitter lets either take the room.
    auto* histograms = new QWidget(this);
    auto* histogramLayout = new QVBoxLayout(histograms);
    histogramLayout->setContentsMargins(0, 0, 0, 0);
    histogramLayout->addLayout(top);
    histogramLayout->addWidget(m_summary);
    histogramLayout->addWidget(m_view, 1);
    histogramLayout->addWidget(m_mapNote);
    auto* mapLayout = new QVBoxLayout(m_mapPanel);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    m_showReal->setObjectName(QStringLiteral("mapShowReal"));
    m_showGenerated->setObjectName(QStringLiteral("mapShowGenerated"));
    m_showReal->setChecked(true);
    m_showGenerated->setChecked(true);
    auto* shown = new QHBoxLayout;
    shown->addWidget(m_showReal);
    shown->addWidget(m_showGenerated);
    shown->addStretch(1);
    mapLayout->addLayout(shown);
    mapLayout->addWidget(m_map, 1);
    mapLayout->addWidget(m_mapCaption);
    // A run without a map hides the map panel (the note says why) and leaves the room to the
    // histograms.
    m_splitter->setObjectName(QStringLiteral("distributionsSplitter"));
    m_splitter->addWidget(histograms);
    m_splitter->addWidget(m_mapPanel);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({450, 550});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);

    connect(m_score, &QComboBox::currentIndexChanged, this, &DistributionsPage::redraw);
    connect(m_map, &FeatureMapView::selectionChanged, this,
            &DistributionsPage::onMapSelectionChanged);
    connect(m_map, &FeatureMapView::sampleActivated, this, &DistributionsPage::sampleActivated);
    for (const auto& [box, set] : {std::pair {m_showReal, app::SetRole::Real},
                                   std::pair {m_showGenerated, app::SetRole::Generated}}) {
        connect(box, &QCheckBox::toggled, this, [this, set = set](bool shown) {
            const bool hadSelection = !m_map->selectedSamples(set).isEmpty();
            m_map->setSetShown(set, shown);
            if (hadSelection && !shown) {
                onMapSelectionChanged(); // the hidden set's points left the selection
            }
        });
    }
    retranslateUi();
}

void DistributionsPage::retranslateUi()
{
    m_scoreLabel->setText(tr("&Score:"));
    m_showReal->setText(tr("Show &real points"));
    m_showGenerated->setText(tr("Show &generated points"));
    redraw();
    updateMapTexts();
}

void DistributionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DistributionsPage::clear()
{
    setRun(nullptr);
}

void DistributionsPage::setFlags(std::vector<char> real, std::vector<char> generated)
{
    m_map->setFlaggedSamples(app::SetRole::Real, std::move(real));
    m_map->setFlaggedSamples(app::SetRole::Generated, std::move(generated));
}

void DistributionsPage::setRun(std::shared_ptr<const app::RunResult> run)
{
    m_run = std::move(run);
    m_distributions.setRun(m_run);
    m_fullMap = app::FeatureMapData::fromRun(m_run.get());
    m_slice.clear();
    m_map->setData(m_fullMap);
    updateMapTexts();
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

void DistributionsPage::highlightSample(app::SetRole set, qint64 index)
{
    m_map->setCurrentSample(set, index);
}

void DistributionsPage::onMapSelectionChanged()
{
    emit samplesSelected(app::SetRole::Real, m_map->selectedSamples(app::SetRole::Real));
    emit samplesSelected(app::SetRole::Generated, m_map->selectedSamples(app::SetRole::Generated));
    updateMapTexts();
}

void DistributionsPage::setSliceFilter(const QString& name, const QList<qint64>& real,
                                       const QList<qint64>& generated)
{
    m_slice = name;
    m_map->setData(m_fullMap.restrictedTo(real, generated));
    updateMapTexts();
}

void DistributionsPage::clearSliceFilter()
{
    if (m_slice.isEmpty()) {
        return;
    }
    m_slice.clear();
    m_map->setData(m_fullMap);
    updateMapTexts();
}

QString DistributionsPage::featureMapCaption() const
{
    return m_mapCaption->text();
}

void DistributionsPage::updateMapTexts()
{
    using Status = app::FeatureMapData::Status;
    const app::FeatureMapData& map = m_map->data();
    QString placeholder;
    switch (map.status()) {
    case Status::NoRun:
        placeholder = tr("No run selected.");
        break;
    case Status::Available:
        break;
    case Status::Pending:
        placeholder = tr("The feature map is computed after the metrics and appears when that "
                         "stage of the run finishes. A run cancelled before then has no map: run "
                         "the evaluation again to get one.");
        break;
    case Status::Failed:
        placeholder = tr("The feature map could not be computed: %1").arg(map.reason());
        break;
    case Status::NoFeatureSpace:
        placeholder = tr("Recommendation lists have no feature space, so this run has no "
                         "feature map.");
        break;
    case Status::StatisticsOnly:
        placeholder = tr("A set was given as FID statistics (a mean and a covariance, no "
                         "samples), so there are no points to place on a feature map.");
        break;
    case Status::NotComputed:
        placeholder = tr("This run was stored before GenLens drew feature maps. Run the "
                         "evaluation again (File → New evaluation…) to get one.");
        break;
    }
    m_map->setPlaceholderText(placeholder);
    m_mapPanel->setVisible(map.isAvailable());
    m_mapNote->setVisible(!map.isAvailable() && map.status() != Status::NoRun);
    m_mapNote->setText(placeholder);
    if (!map.isAvailable()) {
        m_mapCaption->clear();
        return;
    }
    const QLocale locale;
    const app::FeatureMapData::Points& real = map.points(app::SetRole::Real);
    const app::FeatureMapData::Points& generated = map.points(app::SetRole::Generated);
    const QString realPart = real.subsampled
        ? tr("%1 of %2 real points").arg(locale.toString(real.size()), locale.toString(real.total))
        : tr("%1 real points").arg(locale.toString(real.total));
    const QString generatedPart = generated.subsampled
        ? tr("%1 of %2 generated points")
              .arg(locale.toString(generated.size()), locale.toString(generated.total))
        : tr("%1 generated points").arg(locale.toString(generated.total));
    QString text = real.subsampled || generated.subsampled
        ? tr("Showing %1 and %2 (a random subsample of at most %3 per set, seed %4); PCA fitted on "
             "every sample of both sets.")
              .arg(realPart, generatedPart, locale.toString(map.maxPointsPerSet()))
              .arg(map.seed())
        : tr("%1 and %2; PCA fitted on both sets.").arg(realPart, generatedPart);
    if (!m_slice.isEmpty()) {
        text
            = tr("Slice “%1”: %2 real and %3 generated points shown on the whole map's axes (clear "
                 "the slice on the Slices page to see every point).")
                  .arg(m_slice, locale.toString(real.size()), locale.toString(generated.size()))
            + QLatin1Char(' ') + text;
    }
    text += QLatin1Char(' ')
        + tr("Features: %1, %2 dimensions.")
              .arg(map.features().isEmpty() ? tr("unknown") : map.features())
              .arg(locale.toString(map.dimension()));
    const qsizetype selectedReal = m_map->selectedSamples(app::SetRole::Real).size();
    const qsizetype selectedGenerated = m_map->selectedSamples(app::SetRole::Generated).size();
    text += QLatin1Char(' ')
        + (selectedReal + selectedGenerated > 0
               ? tr("Selected: %1 real and %2 generated samples, also selected in Compare (Esc "
                    "clears).")
                     .arg(locale.toString(selectedReal), locale.toString(selectedGenerated))
               : tr("Drag to select points (they are selected in Compare too); click a point to "
                    "open it."));
    m_mapCaption->setText(text);
}

} // namespace genlens::widgets

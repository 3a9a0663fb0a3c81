#include "pages/runcomparisonpage.h"

#include "charts/histogramseries.h"
#include "models/metricsmodel.h"
#include "models/metrictext.h"
#include "models/projectsession.h"
#include "models/runcomparisonmodel.h"
#include "models/runlistmodel.h"
#include "models/runpairloader.h"
#include "models/sampletablemodel.h"
#include "models/scorechangemodel.h"

#include <QAreaSeries>
#include <QBrush>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace genlens::widgets {

namespace {

constexpr int kBins = 30;
// Run A and run B in every chart of the page (Dark2: distinct for colour-blind readers too).
const QColor kColourA(117, 112, 179);
const QColor kColourB(217, 95, 2);
const QColor kHistoryColour(120, 120, 120);
// Run names in legends are cut to this many characters.
constexpr int kNameChars = 48;

// Colours the verdict (green better, red worse) from the model's ImprovedRole.
class VerdictColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::ForegroundRole
            && (index.column() == app::RunComparisonModel::VerdictColumn
                || index.column() == app::RunComparisonModel::DifferenceColumn)) {
            const int v
                = QIdentityProxyModel::data(index, app::RunComparisonModel::ImprovedRole).toInt();
            if (v > 0) {
                return QBrush(QColor(26, 127, 55));
            }
            if (v < 0) {
                return QBrush(QColor(176, 0, 32));
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString elided(const QString& text)
{
    return text.size() <= kNameChars ? text : text.left(kNameChars - 1) + QChar(0x2026);
}

QChart* emptyChart()
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QWidget* row(QWidget* parent, const QList<QPair<QLabel*, QComboBox*>>& choices)
{
    auto* holder = new QWidget(parent);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& [label, box] : choices) {
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box, 1);
        layout->addSpacing(12);
    }
    layout->addStretch(1);
    return holder;
}

} // namespace

RunComparisonPage::RunComparisonPage(app::ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_loader(new app::RunPairLoader(this))
    , m_aLabel(new QLabel(this))
    , m_bLabel(new QLabel(this))
    , m_a(new QComboBox(this))
    , m_b(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_views(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_model(new app::RunComparisonModel(this))
    , m_overlaySetLabel(new QLabel(this))
    , m_overlaySet(new QComboBox(this))
    , m_overlayScoreLabel(new QLabel(this))
    , m_overlayScore(new QComboBox(this))
    , m_overlayView(new QChartView(this))
    , m_overlayCaption(new QLabel(this))
    , m_changeSetLabel(new QLabel(this))
    , m_changeSet(new QComboBox(this))
    , m_changeScoreLabel(new QLabel(this))
    , m_changeScore(new QComboBox(this))
    , m_changeNote(new QLabel(this))
    , m_changeTable(new QTableView(this))
    , m_changes(new app::ScoreChangeModel(this))
    , m_changeSort(new QSortFilterProxyModel(this))
    , m_historyLabel(new QLabel(this))
    , m_historyMetric(new QComboBox(this))
    , m_historyView(new QChartView(this))
    , m_historyCaption(new QLabel(this))
{
    m_a->setObjectName(QStringLiteral("runA"));
    m_b->setObjectName(QStringLiteral("runB"));
    m_views->setObjectName(QStringLiteral("comparisonViews"));
    m_overlaySet->setObjectName(QStringLiteral("overlaySet"));
    m_overlayScore->setObjectName(QStringLiteral("overlayScore"));
    m_overlayView->setObjectName(QStringLiteral("overlayChart"));
    m_overlayCaption->setObjectName(QStringLiteral("overlayCaption"));
    m_changeSet->setObjectName(QStringLiteral("changeSet"));
    m_changeScore->setObjectName(QStringLiteral("changeScore"));
    m_changeNote->setObjectName(QStringLiteral("changeNote"));
    m_changeTable->setObjectName(QStringLiteral("changeTable"));
    m_historyMetric->setObjectName(QStringLiteral("historyMetric"));
    m_historyView->setObjectName(QStringLiteral("historyChart"));
    m_historyCaption->setObjectName(QStringLiteral("historyCaption"));
    m_note->setObjectName(QStringLiteral("comparisonNote"));
    for (QComboBox* box : {m_a, m_b}) {
        // Run names can be long: the boxes share the row instead of growing with them.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
    }
    for (QComboBox* box : {m_overlaySet, m_overlayScore, m_changeSet, m_changeScore,
                           m_historyMetric}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // score names in full
    }
    for (QLabel* label : {m_note, m_overlayCaption, m_changeNote, m_historyCaption}) {
        label->setWordWrap(true);
    }

    // Metrics
    auto* colours = new VerdictColours(this);
    colours->setSourceModel(m_model);
    m_table->setModel(colours);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    // Distributions
    for (QChartView* view : {m_overlayView, m_historyView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        view->setChart(emptyChart());
    }
    auto* overlayPage = new QWidget(m_views);
    auto* overlayLayout = new QVBoxLayout(overlayPage);
    overlayLayout->addWidget(row(
        overlayPage, {{m_overlaySetLabel, m_overlaySet}, {m_overlayScoreLabel, m_overlayScore}}));
    overlayLayout->addWidget(m_overlayCaption);
    overlayLayout->addWidget(m_overlayView, 1);

    // Changed most
    m_changeSort->setSourceModel(m_changes);
    m_changeSort->setSortRole(app::ScoreChangeModel::SortRole);
    m_changeTable->setModel(m_changeSort);
    m_changeTable->setSortingEnabled(true);
    m_changeTable->sortByColumn(app::ScoreChangeModel::ChangeColumn, Qt::DescendingOrder);
    m_changeTable->verticalHeader()->hide();
    m_changeTable->setAlternatingRowColors(true);
    m_changeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_changeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_changeTable->horizontalHeader()->setStretchLastSection(true);
    auto* changePage = new QWidget(m_views);
    auto* changeLayout = new QVBoxLayout(changePage);
    changeLayout->addWidget(
        row(changePage, {{m_changeSetLabel, m_changeSet}, {m_changeScoreLabel, m_changeScore}}));
    changeLayout->addWidget(m_changeNote);
    changeLayout->addWidget(m_changeTable, 1);

    // History
    auto* historyPage = new QWidget(m_views);
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyLayout->addWidget(row(historyPage, {{m_historyLabel, m_historyMetric}}));
    historyLayout->addWidget(m_historyCaption);
    historyLayout->addWidget(m_historyView, 1);

    m_views->addTab(m_table, QString());
    m_views->addTab(overlayPage, QString());
    m_views->addTab(changePage, QString());
    m_views->addTab(historyPage, QString());

    auto* top = new QHBoxLayout;
    m_aLabel->setBuddy(m_a);
    m_bLabel->setBuddy(m_b);
    top->addWidget(m_aLabel);
    top->addWidget(m_a, 1);
    top->addSpacing(12);
    top->addWidget(m_bLabel);
    top->addWidget(m_b, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_views, 1);

    connect(m_session->runs(), &QAbstractItemModel::modelReset, this,
            &RunComparisonPage::refreshChoices);
    connect(m_a, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(m_b, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(m_loader, &app::RunPairLoader::loaded, this,
            [this](quint64, const app::RunPair& pair) { applyPair(pair); });
    connect(m_loader, &app::RunPairLoader::failed, this, [this](quint64, const QString& message) {
        m_loadError = message;
        updateNote();
    });
    connect(m_overlaySet, &QComboBox::currentIndexChanged, this,
            &RunComparisonPage::onOverlaySetChanged);
    connect(m_overlayScore, &QComboBox::currentIndexChanged, this,
            &RunComparisonPage::redrawOverlay);
    connect(m_changeSet, &QComboBox::currentIndexChanged, this,
            &RunComparisonPage::onChangeSetChanged);
    connect(m_changeScore, &QComboBox::currentIndexChanged, this,
            &RunComparisonPage::redrawChanges);
    connect(m_historyMetric, &QComboBox::currentIndexChanged, this,
            &RunComparisonPage::redrawHistory);
    connect(m_changeTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (!m_pair || !index.isValid()) {
            return;
        }
        const QModelIndex source = m_changeSort->mapToSource(index);
        emit sampleActivated(m_pair->idB(), m_changes->set(), m_changes->indexB(source.row()));
    });

    retranslateUi();
    refreshChoices();
}

void RunComparisonPage::retranslateUi()
{
    m_aLabel->setText(tr("Run &A:"));
    m_bLabel->setText(tr("Run &B:"));
    m_views->setTabText(MetricsView, tr("Metric table"));
    m_views->setTabText(DistributionsView, tr("Score distributions"));
    m_views->setTabText(ChangesView, tr("Changed most"));
    m_views->setTabText(HistoryView, tr("History"));
    m_overlaySetLabel->setText(tr("S&et:"));
    m_overlayScoreLabel->setText(tr("&Score:"));
    m_changeSetLabel->setText(tr("Se&t:"));
    m_changeScoreLabel->setText(tr("Sc&ore:"));
    m_historyLabel->setText(tr("M&etric:"));
    m_changeTable->setToolTip(
        tr("Double-click or press Enter to open run B's sample in the Sample panel."));
    fillRunTexts();
    for (QComboBox* box : {m_overlaySet, m_changeSet}) {
        for (int i = 0; i < box->count(); ++i) {
            box->setItemText(i, setTitle(static_cast<app::SetRole>(box->itemData(i).toInt())));
        }
    }
    for (QComboBox* box : {m_overlayScore, m_changeScore}) {
        for (int i = 0; i < box->count(); ++i) {
            box->setItemText(i, app::scoreDisplayName(box->itemData(i).toString()));
        }
    }
    // Model headers and cells are translated when painted.
    m_table->horizontalHeader()->viewport()->update();
    m_changeTable->horizontalHeader()->viewport()->update();
    updateNote();
    redrawOverlay();
    redrawChanges();
    redrawHistory();
}

void RunComparisonPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

QString RunComparisonPage::runTitle(const app::RunSummary& run) const
{
    const QString what = app::RunListModel::modalityText(run.modality);
    if (!run.name.isEmpty()) {
        return tr("Run %1 · %2: %3").arg(run.id).arg(what, run.name);
    }
    return tr("Run %1 · %2 — %3")
        .arg(run.id)
        .arg(what, QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat));
}

QString RunComparisonPage::setTitle(app::SetRole set) const
{
    const bool lists = m_pair && m_pair->summaryB.modality == QLatin1String("recsys");
    if (lists) {
        return set == app::SetRole::Real ? tr("Ground-truth users") : tr("Recommendation lists");
    }
    return set == app::SetRole::Real ? tr("Real set") : tr("Generated set");
}

void RunComparisonPage::fillRunTexts()
{
    const QList<app::RunSummary>& runs = m_session->runs()->runs();
    for (QComboBox* box : {m_a, m_b}) {
        for (int i = 0; i < box->count() && i < runs.size(); ++i) {
            box->setItemText(i, runTitle(runs.at(i)));
            box->setItemData(i, runTitle(runs.at(i)), Qt::ToolTipRole);
        }
    }
}

void RunComparisonPage::refreshChoices()
{
    const qint64 a = runA();
    const qint64 b = runB();
    {
        const QSignalBlocker blockA(m_a);
        const QSignalBlocker blockB(m_b);
        m_a->clear();
        m_b->clear();
        const QList<app::RunSummary>& runs = m_session->runs()->runs();
        for (const app::RunSummary& run : runs) {
            m_a->addItem(QString(), run.id);
            m_b->addItem(QString(), run.id);
        }
        fillRunTexts();
        int ia = m_a->findData(a);
        int ib = m_b->findData(b);
        if (ia < 0 || ib < 0) {
            // Default: the newest run as B and, as A, the newest older run on the same real set
            // (an earlier checkpoint or another model: "did it get better?"), else of the same
            // modality, else the previous run.
            ib = 0;
            ia = std::min(1, m_a->count() - 1);
            if (!runs.isEmpty()) {
                const app::RunSummary& newest = runs.first();
                int sameModality = -1;
                int sameReal = -1;
                for (int row = 1; row < runs.size(); ++row) {
                    const app::RunSummary& run = runs.at(row);
                    if (sameReal < 0 && run.realSetId != 0 && run.realSetId == newest.realSetId) {
                        sameReal = row;
                    }
                    if (sameModality < 0 && run.modality == newest.modality) {
                        sameModality = row;
                    }
                }
                ia = sameReal >= 0 ? sameReal : sameModality >= 0 ? sameModality : ia;
            }
        }
        m_a->setCurrentIndex(ia);
        m_b->setCurrentIndex(ib);
    }
    // The history may have gained a run: reload even when the choice stayed.
    update(true);
}

void RunComparisonPage::compare(qint64 runA, qint64 runB)
{
    {
        const QSignalBlocker blockA(m_a);
        const QSignalBlocker blockB(m_b);
        m_a->setCurrentIndex(m_a->findData(runA));
        m_b->setCurrentIndex(m_b->findData(runB));
    }
    update();
}

qint64 RunComparisonPage::runA() const
{
    return m_a->currentData().toLongLong();
}

qint64 RunComparisonPage::runB() const
{
    return m_b->currentData().toLongLong();
}

bool RunComparisonPage::isLoading() const
{
    return m_loader->isLoading();
}

bool RunComparisonPage::waitForLoad(int msecs)
{
    if (!isLoading()) {
        return true;
    }
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    connect(this, &RunComparisonPage::pairShown, &loop, &QEventLoop::quit);
    connect(m_loader, &app::RunPairLoader::failed, &loop, &QEventLoop::quit);
    loop.exec();
    return !isLoading();
}

void RunComparisonPage::showView(View view)
{
    if (m_views->isTabVisible(view)) {
        m_views->setCurrentIndex(view);
    }
}

void RunComparisonPage::showScore(app::SetRole set, const QString& key)
{
    for (QComboBox* box : {m_overlaySet, m_changeSet}) {
        const int at = box->findData(static_cast<int>(set));
        if (at >= 0) {
            box->setCurrentIndex(at);
        }
    }
    for (QComboBox* box : {m_overlayScore, m_changeScore}) {
        const int at = box->findData(key);
        if (at >= 0) {
            box->setCurrentIndex(at);
        }
    }
}

void RunComparisonPage::showHistory(const QString& metricKey)
{
    const int at = m_historyMetric->findData(metricKey);
    if (at >= 0) {
        m_historyMetric->setCurrentIndex(at);
    }
}

void RunComparisonPage::update(bool force)
{
    const qint64 a = runA();
    const qint64 b = runB();
    if (a == 0 || b == 0 || m_session->path().isEmpty()) {
        m_loader->cancel();
        m_requestedA = m_requestedB = 0;
        m_pair.reset();
        m_loadError.clear();
        m_model->clear();
        m_changes->clear();
        m_distributions.setRun(nullptr);
        m_distributions.setCompareRun(nullptr);
        for (QComboBox* box :
             {m_overlaySet, m_overlayScore, m_changeSet, m_changeScore, m_historyMetric}) {
            const QSignalBlocker block(box);
            box->clear();
        }
        updateNote();
        redrawOverlay();
        redrawChanges();
        redrawHistory();
        return;
    }
    if (!force && a == m_requestedA && b == m_requestedB) {
        return;
    }
    m_requestedA = a;
    m_requestedB = b;
    m_loadError.clear();
    // The previous pair stays on screen until the new one arrives; the note says it is loading.
    m_loader->load(m_session->path(), a, b);
    updateNote();
}

void RunComparisonPage::fillSetChoices(QComboBox* box, const QList<app::SetRole>& sets)
{
    const QVariant previous = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    for (app::SetRole set : sets) {
        box->addItem(setTitle(set), static_cast<int>(set));
    }
    const int at = previous.isValid() ? box->findData(previous) : -1;
    box->setCurrentIndex(at >= 0 ? at : 0);
}

void RunComparisonPage::fillScoreChoices(QComboBox* box, const QStringList& keys,
                                         const QString& preferred)
{
    const QString previous = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    for (const QString& key : keys) {
        box->addItem(app::scoreDisplayName(key), key);
    }
    int at = box->findData(previous);
    if (at < 0) {
        at = box->findData(preferred);
    }
    box->setCurrentIndex(at >= 0 ? at : 0);
}

void RunComparisonPage::applyPair(const app::RunPair& pair)
{
    if (pair.idA() != m_requestedA || pair.idB() != m_requestedB) {
        return; // a choice made after this load started is on its way
    }
    const bool firstOfPair = !m_pair || m_pair->idA() != pair.idA() || m_pair->idB() != pair.idB();
    m_pair = pair;
    m_model->setRuns(tr("run %1").arg(pair.idA()), pair.a->metrics, tr("run %1").arg(pair.idB()),
                     pair.b->metrics);
    m_distributions.setRun(pair.a);
    m_distributions.setCompareRun(pair.b);
    m_changes->setRuns(pair.a, pair.b, pair.sharedRealSet);

    const QString modality = pair.summaryB.modality;
    // Overlays: the generated sets first; the real sets when both runs scored them.
    QList<app::SetRole> overlaySets;
    QList<app::SetRole> changeSets;
    for (app::SetRole set : {app::SetRole::Generated, app::SetRole::Real}) {
        if (!m_distributions.overlayKeys(set).isEmpty()) {
            overlaySets << set;
        }
        if (!m_changes->keys(set).isEmpty()) {
            changeSets << set;
        }
    }
    if (firstOfPair) {
        // A new pair starts from its defaults; the set with more paired samples leads the
        // "changed most" view (the generated set on a tie).
        for (QComboBox* box : {m_overlaySet, m_changeSet, m_overlayScore, m_changeScore}) {
            const QSignalBlocker block(box);
            box->clear();
        }
        std::sort(changeSets.begin(), changeSets.end(), [&pair](app::SetRole x, app::SetRole y) {
            const qint64 mx
                = app::scoreChanges(*pair.a, *pair.b, x, {}, pair.sharedRealSet).matched;
            const qint64 my
                = app::scoreChanges(*pair.a, *pair.b, y, {}, pair.sharedRealSet).matched;
            return mx > my || (mx == my && x == app::SetRole::Generated);
        });
    }
    fillSetChoices(m_overlaySet, overlaySets);
    fillSetChoices(m_changeSet, changeSets);
    {
        const QSignalBlocker block(m_overlayScore);
        const QSignalBlocker blockChange(m_changeScore);
        onOverlaySetChanged();
        onChangeSetChanged();
    }

    const QStringList metricKeys = pair.metricKeys();
    QStringList historyKeys;
    for (const QString& key : metricKeys) {
        if (!pair.history.value(key).isEmpty()) {
            historyKeys << key;
        }
    }
    {
        const QString previous
            = firstOfPair ? QString() : m_historyMetric->currentData().toString();
        const QSignalBlocker block(m_historyMetric);
        m_historyMetric->clear();
        for (const QString& key : historyKeys) {
            m_historyMetric->addItem(key, key);
        }
        int at = m_historyMetric->findData(previous);
        if (at < 0) {
            at = m_historyMetric->findData(app::headlineMetric(modality, historyKeys));
        }
        m_historyMetric->setCurrentIndex(std::max(at, 0));
    }

    // Without a shared real set only the metric table is meaningful.
    for (int view = DistributionsView; view < ViewCount; ++view) {
        m_views->setTabVisible(view, pair.sharedRealSet);
    }
    if (!pair.sharedRealSet) {
        m_views->setCurrentIndex(MetricsView);
    }
    updateNote();
    redrawOverlay();
    redrawChanges();
    redrawHistory();
    emit pairShown(pair.idA(), pair.idB());
}

void RunComparisonPage::onOverlaySetChanged()
{
    const auto set = static_cast<app::SetRole>(m_overlaySet->currentData().toInt());
    const QStringList keys = m_distributions.overlayKeys(set);
    fillScoreChoices(m_overlayScore, keys,
                     m_pair ? app::mainScore(m_pair->summaryB.modality, set, keys) : QString());
    redrawOverlay();
}

void RunComparisonPage::onChangeSetChanged()
{
    const auto set = static_cast<app::SetRole>(m_changeSet->currentData().toInt());
    const QStringList keys = m_changes->keys(set);
    fillScoreChoices(m_changeScore, keys,
                     m_pair ? app::mainScore(m_pair->summaryB.modality, set, keys) : QString());
    redrawChanges();
}

void RunComparisonPage::updateNote()
{
    if (runA() == 0 || runB() == 0) {
        m_note->setText(tr("The project needs two runs to compare."));
        return;
    }
    if (!m_loadError.isEmpty()) {
        m_note->setText(m_loadError);
        return;
    }
    if (isLoading() || !m_pair) {
        m_note->setText(tr("Loading runs %1 and %2…").arg(m_requestedA).arg(m_requestedB));
        return;
    }
    const app::RunPair& pair = *m_pair;
    QString note;
    if (pair.idA() == pair.idB()) {
        note = tr("A and B are the same run.");
    } else if (pair.summaryA.modality != pair.summaryB.modality) {
        note = tr("The runs are of different modalities; only shared metrics are comparable.");
    } else if (!pair.sharedRealSet) {
        note = tr("The runs use different real sets: differences mix the models with the data, "
                  "so only the metric table is shown.");
    } else {
        note = tr("Same real set: differences come from the generated sets (the models).");
    }
    const QString ea = pair.a->extractor.value(QStringLiteral("id")).toString();
    const QString eb = pair.b->extractor.value(QStringLiteral("id")).toString();
    if (ea != eb) {
        note += QLatin1Char(' ')
            + tr("The extractors differ (%1, %2): feature-space metrics are not comparable.")
                  .arg(ea, eb);
    }
    m_note->setText(note);
}

void RunComparisonPage::redrawOverlay()
{
    QChart* chart = emptyChart();
    const QString key = m_overlayScore->currentData().toString();
    if (!m_pair || !m_pair->sharedRealSet || key.isEmpty()) {
        m_overlayCaption->setText(m_pair && m_pair->sharedRealSet
                                      ? tr("The two runs have no per-sample score in common.")
                                      : QString());
        m_overlayView->setChart(chart); // the view owns and deletes the previous chart
        return;
    }
    const auto set = static_cast<app::SetRole>(m_overlaySet->currentData().toInt());
    const app::ScoreOverlay o = m_distributions.overlay(set, key, kBins);
    double top = 0;
    if (o.aCount > 0) {
        chart->addSeries(histogramStepSeries(
            o.edges, o.a,
            tr("A: %1 (%2)").arg(elided(runTitle(m_pair->summaryA)), QLocale().toString(o.aCount)),
            kColourA, 70));
        top = std::max(top, *std::max_element(o.a.begin(), o.a.end()));
    }
    if (o.bCount > 0) {
        chart->addSeries(histogramStepSeries(
            o.edges, o.b,
            tr("B: %1 (%2)").arg(elided(runTitle(m_pair->summaryB)), QLocale().toString(o.bCount)),
            kColourB, 70));
        top = std::max(top, *std::max_element(o.b.begin(), o.b.end()));
    }
    chart->setTitle(tr("%1 — %2").arg(app::scoreDisplayName(key), setTitle(set)));
    auto* x = new QValueAxis;
    x->setTitleText(app::scoreDisplayName(key));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Share of the set (%)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    if (!o.edges.empty()) {
        x->setRange(o.edges.front(), o.edges.back());
    }
    y->setRange(0, std::max(1.0, std::ceil(top * 100.0 * 1.1)));
    y->applyNiceNumbers();
    if (y->max() > 100.0) {
        // A share never exceeds the whole set: 0-100 in quarters.
        y->setRange(0, 100);
        y->setTickCount(5);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_overlayView->setChart(chart);
    const QString ks = std::isnan(o.ks)
        ? tr("KS statistic between A and B: n/a (a run has no defined value)")
        : tr("KS statistic between A and B: D = %1 (0: same distribution, 1: disjoint)")
              .arg(app::MetricsModel::formatValue(o.ks));
    m_overlayCaption->setText(tr("%1 · %2 shared bins over all %3 values of A and %4 of B")
                                  .arg(ks)
                                  .arg(int(o.edges.empty() ? 0 : o.edges.size() - 1))
                                  .arg(QLocale().toString(o.aCount), QLocale().toString(o.bCount)));
}

void RunComparisonPage::redrawChanges()
{
    const auto set = static_cast<app::SetRole>(m_changeSet->currentData().toInt());
    const QString key = m_changeScore->currentData().toString();
    m_changes->setScore(set, key);
    m_changeTable->sortByColumn(app::ScoreChangeModel::ChangeColumn, Qt::DescendingOrder);
    // Paired by index, a sample is the same in both runs: one label column is enough.
    m_changeTable->setColumnHidden(app::ScoreChangeModel::LabelAColumn,
                                   m_changes->changes().match == app::SampleMatch::ByIndex);
    m_changeTable->resizeColumnsToContents();
    if (!m_pair || !m_pair->sharedRealSet) {
        m_changeNote->setText(QString());
        return;
    }
    if (key.isEmpty()) {
        m_changeNote->setText(tr("The two runs have no per-sample score in common."));
        return;
    }
    const app::ScoreChanges& c = m_changes->changes();
    QString rule;
    switch (c.match) {
    case app::SampleMatch::ByIndex:
        rule = tr("the shared real set pairs each sample with itself");
        break;
    case app::SampleMatch::ByContentHash:
        rule = tr("images are paired when their content is identical");
        break;
    case app::SampleMatch::ByText:
        rule = tr("texts are paired when they are identical");
        break;
    case app::SampleMatch::ByUserId:
        rule = tr("lists are paired by user id");
        break;
    case app::SampleMatch::None:
        rule = tr("these samples cannot be paired");
        break;
    }
    if (c.matched == 0) {
        m_changeNote->setText(
            tr("No sample of run B's %1 is also in run A's (%2), so nothing can be compared "
               "sample by sample. The Distributions tab compares the sets as wholes.")
                .arg(setTitle(set).toLower(), rule));
        return;
    }
    QString text = tr("%1 of run B's %2 samples are paired with run A's %3 (%4).")
                       .arg(QLocale().toString(c.matched), QLocale().toString(c.countB),
                            QLocale().toString(c.countA), rule);
    if (c.undefined > 0) {
        text += QLatin1Char(' ')
            + tr("%1 pairs without a value on one side are left out.")
                  .arg(QLocale().toString(c.undefined));
    }
    text += QLatin1Char(' ')
        + tr("Largest change first; double-click or Enter opens run B's sample.");
    m_changeNote->setText(text);
}

void RunComparisonPage::redrawHistory()
{
    QChart* chart = emptyChart();
    const QString key = m_historyMetric->currentData().toString();
    if (!m_pair || !m_pair->sharedRealSet || key.isEmpty()) {
        m_historyCaption->setText(m_pair && m_pair->sharedRealSet
                                      ? tr("No finished run on this real set has a metric.")
                                      : QString());
        m_historyView->setChart(chart);
        return;
    }
    const QList<app::MetricPoint> points = m_pair->history.value(key);
    auto* line = new QLineSeries;
    line->setName(tr("%1, every finished run on this real set").arg(key));
    line->setPen(QPen(kHistoryColour, 1.5));
    auto* others = new QScatterSeries;
    others->setName(tr("Other runs"));
    others->setColor(kHistoryColour);
    others->setBorderColor(kHistoryColour);
    others->setMarkerSize(9);
    auto* runA = new QScatterSeries;
    runA->setName(tr("A: run %1").arg(m_pair->idA()));
    runA->setColor(kColourA);
    runA->setBorderColor(kColourA);
    runA->setMarkerSize(14);
    auto* runB = new QScatterSeries;
    runB->setName(tr("B: run %1").arg(m_pair->idB()));
    runB->setColor(kColourB);
    runB->setBorderColor(kColourB);
    runB->setMarkerSize(14);
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const app::MetricPoint& p = points.at(i);
        const double at = double(i + 1);
        if (std::isfinite(p.value)) {
            line->append(at, p.value);
            QScatterSeries* target = p.runId == m_pair->idB() ? runB
                : p.runId == m_pair->idA()                    ? runA
                                                              : others;
            target->append(at, p.value);
            lo = std::min(lo, p.value);
            hi = std::max(hi, p.value);
        }
        x->append(tr("run %1").arg(p.runId), at);
    }
    // Hovering a point names its run.
    for (QScatterSeries* series : {others, runA, runB}) {
        connect(
            series, &QScatterSeries::hovered, m_historyView,
            [this, points, key](const QPointF& point, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const qsizetype i = qsizetype(std::lround(point.x())) - 1;
                if (i < 0 || i >= points.size()) {
                    return;
                }
                const app::MetricPoint& p = points.at(i);
                QToolTip::showText(
                    QCursor::pos(),
                    tr("Run %1%2\n%3 = %4\nstarted %5")
                        .arg(p.runId)
                        .arg(p.runName.isEmpty() ? QString() : QStringLiteral(": ") + p.runName,
                             key, app::MetricsModel::formatValue(p.value),
                             QLocale().toString(p.startedAt.toLocalTime(), QLocale::ShortFormat)),
                    m_historyView);
            });
    }
    chart->addSeries(line);
    chart->addSeries(others);
    chart->addSeries(runA);
    chart->addSeries(runB);
    // The legend names A, B and (when there are any) the other runs; the line needs no entry.
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(others)}) {
        if (series == line || others->count() == 0) {
            for (QLegendMarker* marker : chart->legend()->markers(series)) {
                marker->setVisible(false);
            }
        }
    }
    chart->setTitle(key);
    x->setRange(0.5, double(points.size()) + 0.5);
    x->setTitleText(tr("Finished runs on this real set, oldest first"));
    auto* y = new QValueAxis;
    y->setTitleText(key);
    if (std::isfinite(lo)) {
        const double pad = hi > lo ? (hi - lo) * 0.12 : std::max(std::abs(hi) * 0.1, 0.5);
        y->setRange(lo - pad, hi + pad);
        y->applyNiceNumbers();
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_historyView->setChart(chart);
    QString direction;
    switch (app::metricDirection(key)) {
    case app::MetricDirection::HigherIsBetter:
        direction = tr("higher is better");
        break;
    case app::MetricDirection::LowerIsBetter:
        direction = tr("lower is better");
        break;
    case app::MetricDirection::Unknown:
        direction = tr("no better direction is known");
        break;
    }
    m_historyCaption->setText(tr("%1 over the %2 finished runs on this real set, in the order "
                                 "they ran (%3). Hover a point for its run.")
                                  .arg(key)
                                  .arg(points.size())
                                  .arg(direction));
}

} // namespace genlens::widgets

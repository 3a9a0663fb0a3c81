#include "pages/slicespage.h"

#include "charts/modecoveragechart.h"
#include "models/slicesmodel.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace genlens::widgets {

namespace {

constexpr int kChartBaseHeight = 110; // title, axis and legend
constexpr int kChartRowHeight = 26; // per slice: two bars and a readable label
constexpr int kChartMaxVisibleHeight = 440;

// Greys numbers a slice marks unreliable (their warning is the tooltip) and tints the name and
// ratio of dropped and over-produced slices as the chart's bands do.
class SliceCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(app::SlicesModel::UnreliableRole).toBool()) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
            option->palette.setColor(
                QPalette::HighlightedText,
                option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
            option->font.setItalic(true);
        }
        const int column = index.column();
        if (column == app::SlicesModel::NameColumn || column == app::SlicesModel::RatioColumn) {
            const auto coverage
                = app::Slice::Coverage(index.data(app::SlicesModel::CoverageRole).toInt());
            if (coverage == app::Slice::Coverage::Dropped) {
                option->backgroundBrush = droppedColour();
                option->font.setBold(true);
            } else if (coverage == app::Slice::Coverage::Over) {
                option->backgroundBrush = overProducedColour();
            }
        }
    }
};

} // namespace

SlicesPage::SlicesPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new app::SlicesModel(this))
    , m_intro(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_chartScroll(new QScrollArea(this))
    , m_chartView(new QChartView(this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this))
    , m_showAll(new QPushButton(this))
{
    m_intro->setObjectName(QStringLiteral("slicesIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartView->setObjectName(QStringLiteral("modeCoverageChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartScroll->setWidget(m_chartView);
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setFrameShape(QFrame::NoFrame);
    m_table->setObjectName(QStringLiteral("slicesTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SliceCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(160);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_note->setObjectName(QStringLiteral("sliceSelectionNote"));
    m_note->setWordWrap(true);
    m_showAll->setObjectName(QStringLiteral("showAllSamples"));
    m_showAll->setEnabled(false);

    auto* tablePanel = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_showAll);
    tableLayout->addLayout(noteRow);
    m_splitter->addWidget(m_chartScroll);
    m_splitter->addWidget(tablePanel);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current.row()); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &SlicesPage::onHeaderClicked);
    connect(m_showAll, &QPushButton::clicked, this, &SlicesPage::clearSelection);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &SlicesPage::clearSelection);
    retranslateUi();
    setRun(nullptr);
}

SlicesPage::~SlicesPage() = default;

void SlicesPage::clear()
{
    setRun(nullptr);
}

void SlicesPage::setRun(std::shared_ptr<const app::RunResult> run)
{
    m_run = std::move(run);
    const bool wasSelected = selectedSlice().has_value();
    m_quiet = true;
    m_model->setRun(m_run);
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_quiet = false;
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_order = m_model->slices().byCoverage();
    const bool any = !m_model->slices().isEmpty();
    m_splitter->setVisible(any);
    rebuildChart();
    if (wasSelected) {
        emit sliceCleared();
    }
    retranslateUi();
}

void SlicesPage::rebuildChart()
{
    m_bars = nullptr;
    ModeCoverageFonts fonts {font(), font()};
    fonts.title.setBold(true);
    QChart* chart = makeModeCoverageChart(m_model->slices(), m_order, fonts);
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(series)) {
            m_bars = bars;
        }
    }
    if (m_bars) {
        // Categories count from the bottom; the order from the top.
        connect(m_bars, &QHorizontalBarSeries::clicked, this, [this](int category, QBarSet*) {
            const qsizetype position = m_order.size() - 1 - category;
            if (position >= 0 && position < m_order.size()) {
                selectSlice(m_order.at(position));
            }
        });
        connect(m_bars, &QHorizontalBarSeries::hovered, this,
                [this](bool status, int category, QBarSet*) {
                    const qsizetype position = m_order.size() - 1 - category;
                    if (!status || position < 0 || position >= m_order.size()) {
                        QToolTip::hideText();
                        return;
                    }
                    const app::Slice& slice = m_model->slices().slices.at(m_order.at(position));
                    const QLocale locale;
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("%1: %2 real (%3 %), %4 generated (%5 %). Click to show its samples.")
                            .arg(slice.name, locale.toString(slice.realCount),
                                 locale.toString(slice.realShare * 100.0, 'f', 1),
                                 locale.toString(slice.generatedCount),
                                 locale.toString(slice.generatedShare * 100.0, 'f', 1)),
                        m_chartView);
                });
    }
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    const int needed = kChartBaseHeight + kChartRowHeight * int(m_order.size());
    m_chartView->setMinimumHeight(needed);
    // The whole chart stays in view up to a couple of dozen slices; more scroll.
    m_chartScroll->setMinimumHeight(std::min(needed, kChartMaxVisibleHeight) + 4);
}

void SlicesPage::retranslateUi()
{
    m_showAll->setText(tr("Show &all samples"));
    m_showAll->setToolTip(tr("Clear the slice: Compare and the feature map show every sample "
                             "again (Esc)."));
    if (!m_run) {
        m_intro->setText(tr("No run selected."));
    } else if (m_model->slices().isEmpty()) {
        m_intro->setText(
            tr("This run has no slices. To see where the model falls short (which class, "
               "prompt type or user group) and which modes it dropped, evaluate with "
               "--slice-by folder|field:NAME|column:NAME|users:activity|clusters:K, or choose "
               "how to slice in File → New evaluation…"));
    } else {
        m_intro->setText(tr("Slices by %1 (%2). The chart shows each slice's share of the real "
                            "and of the generated set, dropped modes at the top; the table "
                            "gives every metric per slice, worst first. Greyed numbers are "
                            "unreliable at the slice's size (hover for why). Choose a slice "
                            "to show only its samples in Compare and on the feature map.")
                             .arg(m_model->slices().slices.first().by)
                             .arg(m_model->slices().slices.size()));
    }
    updateNote();
}

void SlicesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuildChart(); // the chart's texts are translated when it is built
        updateBarSelection();
    }
    QWidget::changeEvent(event);
}

std::optional<qsizetype> SlicesPage::selectedSlice() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return qsizetype(rows.first().data(app::SlicesModel::SliceRole).toInt());
}

void SlicesPage::selectSlice(qsizetype index)
{
    const int row = m_model->rowOfSlice(index);
    if (row < 0) {
        return;
    }
    const QModelIndex target = m_model->index(row, 0);
    if (m_table->currentIndex().row() == row && selectedSlice() == index) {
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
}

void SlicesPage::clearSelectionQuietly()
{
    m_quiet = true;
    m_table->clearSelection();
    m_table->selectionModel()->clearCurrentIndex();
    m_quiet = false;
    updateBarSelection();
    updateNote();
}

void SlicesPage::clearSelection()
{
    const bool wasSelected = selectedSlice().has_value();
    clearSelectionQuietly();
    if (wasSelected) {
        emit sliceCleared();
    }
}

void SlicesPage::updateBarSelection()
{
    if (!m_bars) {
        return;
    }
    const std::optional<qsizetype> chosen = selectedSlice();
    for (QBarSet* set : m_bars->barSets()) {
        set->deselectAllBars();
        if (chosen) {
            set->setSelectedColor(set->color().darker(150));
            set->selectBar(int(modeCoverageCategory(m_order.size(), m_order.indexOf(*chosen))));
        }
    }
}

void SlicesPage::onCurrentRowChanged(int row)
{
    updateBarSelection();
    if (row < 0 || row >= m_model->rowCount()) {
        updateNote();
        return;
    }
    const qsizetype index = m_model->index(row, 0).data(app::SlicesModel::SliceRole).toInt();
    const app::Slice& slice = m_model->slices().slices.at(index);
    updateNote();
    if (!m_quiet) {
        emit sliceSelected(slice.name, slice.realMembers, slice.generatedMembers);
    }
}

void SlicesPage::onHeaderClicked(int section)
{
    // A new column starts worst first; the same column again flips the order.
    if (section == m_model->sortColumn()) {
        m_model->sort(section,
                      m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                 : Qt::AscendingOrder);
    } else {
        m_model->worstFirst(section);
    }
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    if (m_table->currentIndex().isValid()) {
        m_table->scrollTo(m_table->currentIndex());
    }
}

void SlicesPage::updateNote()
{
    const std::optional<qsizetype> chosen = selectedSlice();
    m_showAll->setEnabled(chosen.has_value());
    if (!m_run || m_model->slices().isEmpty()) {
        m_note->clear();
        return;
    }
    if (!chosen) {
        m_note->setText(tr("Click a row or a bar (or move with the arrow keys) to show only that "
                           "slice's samples in Compare and on the feature map. Click a column "
                           "header to sort by it, worst first."));
        return;
    }
    const app::Slice& slice = m_model->slices().slices.at(*chosen);
    const QLocale locale;
    m_note->setText(tr("Slice “%1”: Compare and the feature map show its %2 real and %3 "
                       "generated samples.")
                        .arg(slice.name, locale.toString(slice.realMembers.size()),
                             locale.toString(slice.generatedMembers.size())));
}

std::optional<QPoint> SlicesPage::barCentre(qsizetype slice, app::SetRole set) const
{
    const qsizetype position = m_order.indexOf(slice);
    QChart* chart = m_chartView->chart();
    if (position < 0 || !m_bars || !chart) {
        return std::nullopt;
    }
    const app::Slice& s = m_model->slices().slices.at(slice);
    const double share = set == app::SetRole::Real ? s.realShare : s.generatedShare;
    if (!(share > 0)) {
        return std::nullopt;
    }
    // Two bar sets share the category's 0.8 width: the first (real) below the centre line in
    // data coordinates, the second above.
    const double offset = set == app::SetRole::Real ? -0.2 : 0.2;
    const QPointF inChart = chart->mapToPosition(
        QPointF(share * 100.0 / 2.0, modeCoverageCategory(m_order.size(), position) + offset),
        m_bars);
    return m_chartView->mapFromScene(chart->mapToScene(inChart));
}

} // namespace genlens::widgets

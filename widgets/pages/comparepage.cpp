#include "pages/comparepage.h"

#include "delegates/thumbnaildelegate.h"
#include "models/copiesmodel.h"
#include "models/missingmodesmodel.h"
#include "models/sampletablemodel.h"
#include "models/scoreproxymodel.h"
#include "thumbnails/thumbnailcache.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace genlens::widgets {

using app::SetRole;

struct ComparePage::Side
{
    SetRole set = SetRole::Real;
    QString title;
    app::SampleTableModel* model = nullptr;
    app::ScoreProxyModel* proxy = nullptr;
    QLabel* label = nullptr;
    QListView* grid = nullptr;
    QTableView* table = nullptr;
    QStackedWidget* views = nullptr;
    QWidget* panel = nullptr;
};

namespace {
constexpr int kMinZoom = 48;
constexpr int kMaxZoom = 256;
constexpr int kDefaultZoom = 96;

QTableView* makeTable(QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

ComparePage::ComparePage(ThumbnailCache* cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_real(std::make_unique<Side>())
    , m_generated(std::make_unique<Side>())
    , m_delegate(new ThumbnailDelegate(cache, this))
    , m_pairDelegate(new ThumbnailDelegate(cache, this))
    , m_plainDelegate(new QStyledItemDelegate(this))
    , m_copies(new app::CopiesModel(this))
    , m_missing(new app::MissingModesModel(this))
    , m_mode(new QComboBox(this))
    , m_sortKey(new QComboBox(this))
    , m_sortOrder(new QToolButton(this))
    , m_filterKey(new QComboBox(this))
    , m_filterMin(new QDoubleSpinBox(this))
    , m_filterMax(new QDoubleSpinBox(this))
    , m_filterText(new QLineEdit(this))
    , m_zoom(new QSlider(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(this))
    , m_copiesView(makeTable(this))
    , m_missingView(makeTable(this))
    , m_missingNote(new QLabel(this))
    , m_copiesNote(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_sortLabel(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
{
    m_mode->addItem(QString(), GridsMode);
    m_mode->addItem(QString(), CopiesMode);
    m_mode->addItem(QString(), MissingMode);
    m_mode->setObjectName(QStringLiteral("compareMode"));
    m_sortKey->setObjectName(QStringLiteral("sortKey"));
    m_filterKey->setObjectName(QStringLiteral("filterKey"));
    m_filterText->setObjectName(QStringLiteral("filterText"));
    m_sortOrder->setCheckable(true);
    m_sortOrder->setChecked(true);
    m_sortOrder->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterMin->setRange(-1e12, 1e12);
    m_filterMax->setRange(-1e12, 1e12);
    m_filterMin->setDecimals(4);
    m_filterMax->setDecimals(4);
    m_filterMin->setEnabled(false);
    m_filterMax->setEnabled(false);
    m_filterText->setClearButtonEnabled(true);
    m_zoom->setRange(kMinZoom, kMaxZoom);
    m_zoom->setValue(kDefaultZoom);
    m_zoom->setMaximumWidth(160);
    m_zoom->setObjectName(QStringLiteral("zoomSlider"));

    auto* controls = new QHBoxLayout;
    m_modeLabel->setBuddy(m_mode);
    m_sortLabel->setBuddy(m_sortKey);
    m_filterLabel->setBuddy(m_filterKey);
    m_zoomLabel->setBuddy(m_zoom);
    controls->addWidget(m_modeLabel);
    controls->addWidget(m_mode);
    controls->addSpacing(12);
    controls->addWidget(m_sortLabel);
    controls->addWidget(m_sortKey, 1);
    controls->addWidget(m_sortOrder);
    controls->addSpacing(12);
    controls->addWidget(m_zoomLabel);
    controls->addWidget(m_zoom);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterLabel);
    filters->addWidget(m_filterKey, 1);
    filters->addWidget(m_filterMin);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_filterMax);
    filters->addSpacing(12);
    filters->addWidget(m_filterText, 1);

    buildSide(*m_real, SetRole::Real, QString());
    buildSide(*m_generated, SetRole::Generated, QString());
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_real->panel);
    splitter->addWidget(m_generated->panel);
    splitter->setChildrenCollapsible(false);

    m_copiesView->setModel(m_copies);
    m_copiesView->setObjectName(QStringLiteral("copiesView"));
    m_missingView->setModel(m_missing);
    m_missingView->setObjectName(QStringLiteral("missingView"));
    m_pairDelegate->setShowLabel(true);
    auto* copiesPage = new QWidget(this);
    auto* copiesLayout = new QVBoxLayout(copiesPage);
    copiesLayout->setContentsMargins(0, 0, 0, 0);
    m_copiesNote->setWordWrap(true);
    copiesLayout->addWidget(m_copiesNote);
    copiesLayout->addWidget(m_copiesView, 1);
    auto* missingPage = new QWidget(this);
    auto* missingLayout = new QVBoxLayout(missingPage);
    missingLayout->setContentsMargins(0, 0, 0, 0);
    m_missingNote->setWordWrap(true);
    missingLayout->addWidget(m_missingNote);
    missingLayout->addWidget(m_missingView, 1);
    m_stack->addWidget(splitter);
    m_stack->addWidget(copiesPage);
    m_stack->addWidget(missingPage);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this] { setMode(static_cast<Mode>(m_mode->currentData().toInt())); });
    connect(m_sortKey, &QComboBox::currentIndexChanged, this, &ComparePage::applySort);
    connect(m_sortOrder, &QToolButton::toggled, this, [this] {
        updateSortOrderText();
        applySort();
    });
    connect(m_filterKey, &QComboBox::currentIndexChanged, this, &ComparePage::applyFilter);
    connect(m_filterMin, &QDoubleSpinBox::valueChanged, this, &ComparePage::applyFilter);
    connect(m_filterMax, &QDoubleSpinBox::valueChanged, this, &ComparePage::applyFilter);
    connect(m_filterText, &QLineEdit::textChanged, this, &ComparePage::applyFilter);
    connect(m_zoom, &QSlider::valueChanged, this, &ComparePage::setZoom);
    connect(m_cache, &ThumbnailCache::thumbnailReady, this, &ComparePage::onThumbnailReady);
    connect(m_copiesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    emit sampleActivated(SetRole::Generated,
                                         m_copies->generatedIndex(current.row()));
                }
            });
    connect(m_missingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    emit sampleActivated(SetRole::Real, m_missing->realIndex(current.row()));
                }
            });
    setZoom(kDefaultZoom);
    clear();
    retranslateUi();
}

ComparePage::~ComparePage() = default;

void ComparePage::buildSide(Side& side, SetRole set, const QString& title)
{
    side.set = set;
    side.title = title;
    side.model = new app::SampleTableModel(set, this);
    side.proxy = new app::ScoreProxyModel(this);
    side.proxy->setSourceModel(side.model);
    side.panel = new QWidget(this);
    side.label = new QLabel(side.panel);
    QFont bold = side.label->font();
    bold.setBold(true);
    side.label->setFont(bold);

    side.grid = new QListView(side.panel);
    // Wrapping list mode with uniform sizes lays out 100k items lazily, a row of cells at a time.
    side.grid->setViewMode(QListView::ListMode);
    side.grid->setFlow(QListView::LeftToRight);
    side.grid->setWrapping(true);
    side.grid->setResizeMode(QListView::Adjust);
    side.grid->setUniformItemSizes(true);
    side.grid->setLayoutMode(QListView::Batched);
    side.grid->setBatchSize(500);
    side.grid->setMovement(QListView::Static);
    // Extended: the feature map selects many samples at once; the current sample (the one whose
    // neighbours are marked) stays single.
    side.grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    side.grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    side.grid->setItemDelegate(m_delegate);
    side.grid->setModel(side.proxy);
    side.grid->setObjectName(set == SetRole::Real ? QStringLiteral("realGrid")
                                                  : QStringLiteral("generatedGrid"));

    side.table = makeTable(side.panel);
    side.table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    side.table->setModel(side.proxy);
    side.table->setSortingEnabled(false);
    side.table->setObjectName(set == SetRole::Real ? QStringLiteral("realTable")
                                                   : QStringLiteral("generatedTable"));

    side.views = new QStackedWidget(side.panel);
    side.views->addWidget(side.grid);
    side.views->addWidget(side.table);
    auto* layout = new QVBoxLayout(side.panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(side.label);
    layout->addWidget(side.views, 1);

    for (QAbstractItemView* view : {static_cast<QAbstractItemView*>(side.grid),
                                    static_cast<QAbstractItemView*>(side.table)}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, set](const QModelIndex& current) { onCurrentChanged(set, current); });
    }
    // Clicking a column header of the table sorts by that column through the same controls.
    connect(side.table->horizontalHeader(), &QHeaderView::sectionClicked, this,
            [this, &side](int section) {
                const QString key
                    = section == 0 ? QString() : side.model->scoreKeys().value(section - 1);
                const int at = key.isEmpty() ? 0 : m_sortKey->findData(key);
                if (at >= 0) {
                    if (m_sortKey->currentIndex() == at) {
                        m_sortOrder->toggle();
                    } else {
                        m_sortKey->setCurrentIndex(at);
                    }
                }
            });
    connect(side.proxy, &QAbstractItemModel::rowsInserted, this, &ComparePage::updateTitles);
    connect(side.proxy, &QAbstractItemModel::rowsRemoved, this, &ComparePage::updateTitles);
    connect(side.proxy, &QAbstractItemModel::modelReset, this, &ComparePage::updateTitles);
    connect(side.proxy, &QAbstractItemModel::layoutChanged, this, &ComparePage::updateTitles);
}

bool ComparePage::isImageRun() const
{
    // Thumbnails in the pair tables only when both sets are pictures.
    return m_run && app::SampleTableModel::hasImages(*m_run, SetRole::Real)
        && app::SampleTableModel::hasImages(*m_run, SetRole::Generated);
}

void ComparePage::clear()
{
    setRun(nullptr);
}

void ComparePage::setFlags(std::vector<char> real, std::vector<char> generated)
{
    m_real->model->setFlagged(std::move(real));
    m_generated->model->setFlagged(std::move(generated));
}

void ComparePage::setRun(std::shared_ptr<const app::RunResult> run)
{
    m_run = std::move(run);
    m_neighbours = m_run ? app::NeighbourIndex(m_run->neighbours) : app::NeighbourIndex();
    // Another run has other slices (its page clears its selection too).
    m_slice.clear();
    m_real->proxy->clearMembers();
    m_generated->proxy->clearMembers();
    m_real->model->setRun(m_run);
    m_generated->model->setRun(m_run);
    m_copies->setRun(m_run);
    m_missing->setRun(m_run);
    const bool image = isImageRun();
    for (Side* side : {m_real.get(), m_generated.get()}) {
        const bool pictures = !m_run || app::SampleTableModel::hasImages(*m_run, side->set);
        side->views->setCurrentIndex(pictures ? 0 : 1);
        if (!pictures) {
            side->table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
            side->table->horizontalHeader()->setStretchLastSection(false);
            for (int c = 1; c < side->model->columnCount(); ++c) {
                side->table->horizontalHeader()->setSectionResizeMode(
                    c, QHeaderView::ResizeToContents);
            }
        }
    }
    for (QTableView* pairs : {m_copiesView, m_missingView}) {
        pairs->setItemDelegate(image ? static_cast<QAbstractItemDelegate*>(m_pairDelegate)
                                     : m_plainDelegate);
        pairs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        pairs->horizontalHeader()->setStretchLastSection(false);
    }
    setZoom(m_zoom->value());
    updateScoreChoices();
    updateNotes();
    updateTitles();
}

void ComparePage::retranslateUi()
{
    m_mode->setItemText(m_mode->findData(GridsMode), tr("Side by side"));
    m_mode->setItemText(m_mode->findData(CopiesMode), tr("Copies"));
    m_mode->setItemText(m_mode->findData(MissingMode), tr("Missing modes"));
    m_mode->setToolTip(tr("Side by side: both sets as grids. Copies: generated samples with their "
                          "nearest real one, closest first. Missing modes: real samples no "
                          "generated sample covers."));
    m_filterText->setPlaceholderText(tr("Filter by name…"));
    m_zoom->setToolTip(tr("Thumbnail size"));
    m_modeLabel->setText(tr("&View:"));
    m_sortLabel->setText(tr("S&ort by:"));
    m_filterLabel->setText(tr("&Filter:"));
    m_zoomLabel->setText(tr("&Zoom:"));
    m_real->title = tr("Real");
    m_generated->title = tr("Generated");
    updateSortOrderText();
    updateScoreChoices();
    updateNotes();
    updateTitles();
}

void ComparePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ComparePage::updateSortOrderText()
{
    m_sortOrder->setText(m_sortOrder->isChecked() ? tr("↓ Descending") : tr("↑ Ascending"));
}

void ComparePage::updateNotes()
{
    m_copiesNote->setText(m_run ? tr("%n generated sample(s) with their nearest real sample, "
                                     "closest (most suspicious) first.",
                                     nullptr, m_copies->rowCount())
                                : QString());
    if (!m_run) {
        m_missingNote->clear();
    } else if (m_missing->hasCoverage()) {
        m_missingNote->setText(
            tr("%n real sample(s) outside every generated k-NN ball, farthest from the "
               "generated set first.",
               nullptr, m_missing->rowCount()));
    } else {
        m_missingNote->setText(
            tr("This run has no coverage score per real sample: real samples are "
               "ranked by the distance to their nearest generated sample, "
               "farthest first."));
    }
}

void ComparePage::updateScoreChoices()
{
    QStringList keys;
    if (m_run) {
        for (const QStringList& list :
             {m_generated->model->scoreKeys(), m_real->model->scoreKeys()}) {
            for (const QString& key : list) {
                if (!keys.contains(key)) {
                    keys << key;
                }
            }
        }
    }
    const QString previousSort = m_sortKey->currentData().toString();
    const QSignalBlocker blockSort(m_sortKey);
    const QSignalBlocker blockFilter(m_filterKey);
    m_sortKey->clear();
    m_filterKey->clear();
    m_sortKey->addItem(tr("Set order"), QString());
    m_filterKey->addItem(tr("No score filter"), QString());
    for (const QString& key : keys) {
        m_sortKey->addItem(app::scoreDisplayName(key), key);
        m_filterKey->addItem(app::scoreDisplayName(key), key);
    }
    const int at = m_sortKey->findData(previousSort);
    m_sortKey->setCurrentIndex(at < 0 ? 0 : at);
    applySort();
    applyFilter();
}

void ComparePage::applySort()
{
    const QString key = m_sortKey->currentData().toString();
    const Qt::SortOrder order = m_sortOrder->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder;
    for (Side* side : {m_real.get(), m_generated.get()}) {
        const int column = key.isEmpty() ? -1 : side->model->columnOfScore(key);
        // -1 restores set order; a set without this score keeps set order too.
        side->proxy->sort(column, column < 0 ? Qt::AscendingOrder : order);
    }
}

void ComparePage::applyFilter()
{
    const QString key = m_filterKey->currentData().toString();
    const bool ranged = !key.isEmpty();
    if (ranged != m_filterMin->isEnabled()) {
        m_filterMin->setEnabled(ranged);
        m_filterMax->setEnabled(ranged);
        if (ranged && m_run) {
            // Start from the whole range of the score so that nothing disappears at first.
            double lo = std::numeric_limits<double>::infinity();
            double hi = -lo;
            for (const QList<app::ScoreColumn>* columns :
                 {&m_run->realScores, &m_run->generatedScores}) {
                for (const app::ScoreColumn& column : *columns) {
                    if (column.key == key) {
                        for (double v : column.values) {
                            if (std::isfinite(v)) {
                                lo = std::min(lo, v);
                                hi = std::max(hi, v);
                            }
                        }
                    }
                }
            }
            const QSignalBlocker a(m_filterMin);
            const QSignalBlocker b(m_filterMax);
            m_filterMin->setValue(std::isfinite(lo) ? std::floor(lo * 1e4) / 1e4 : 0);
            m_filterMax->setValue(std::isfinite(hi) ? std::ceil(hi * 1e4) / 1e4 : 0);
        }
    }
    for (Side* side : {m_real.get(), m_generated.get()}) {
        const int column = ranged ? side->model->columnOfScore(key) : -1;
        if (column > 0) {
            side->proxy->setScoreRange(column, m_filterMin->value(), m_filterMax->value());
        } else {
            side->proxy->clearScoreRange();
        }
        side->proxy->setTextFilter(m_filterText->text());
    }
    updateTitles();
}

void ComparePage::dropFiltersHiding()
{
    m_filterKey->setCurrentIndex(0);
    m_filterText->clear();
    if (!m_slice.isEmpty()) {
        clearSliceFilter();
        emit sliceFilterCleared();
    }
}

void ComparePage::setSliceFilter(const QString& name, const QList<qint64>& real,
                                 const QList<qint64>& generated)
{
    m_slice = name;
    m_real->proxy->setMembers(real);
    m_generated->proxy->setMembers(generated);
    setMode(GridsMode);
    updateTitles();
}

void ComparePage::clearSliceFilter()
{
    m_slice.clear();
    m_real->proxy->clearMembers();
    m_generated->proxy->clearMembers();
    updateTitles();
}

void ComparePage::updateTitles()
{
    for (Side* side : {m_real.get(), m_generated.get()}) {
        const int total = side->model->rowCount();
        const int shown = side->proxy->rowCount();
        if (!m_slice.isEmpty()) {
            side->label->setText(tr("%1 — slice “%2”: %3 of %4 samples")
                                     .arg(side->title, m_slice, QLocale().toString(shown),
                                          QLocale().toString(total)));
            continue;
        }
        side->label->setText(
            shown == total
                ? tr("%1 — %2 samples").arg(side->title, QLocale().toString(total))
                : tr("%1 — %2 of %3 samples")
                      .arg(side->title, QLocale().toString(shown), QLocale().toString(total)));
    }
}

void ComparePage::setMode(Mode mode)
{
    const int at = m_mode->findData(mode);
    if (at >= 0 && m_mode->currentIndex() != at) {
        m_mode->setCurrentIndex(at); // re-enters through the signal
        return;
    }
    m_stack->setCurrentIndex(static_cast<int>(mode));
    const bool grids = mode == GridsMode;
    m_sortKey->setEnabled(grids);
    m_sortOrder->setEnabled(grids);
    m_filterKey->setEnabled(grids);
    m_filterText->setEnabled(grids);
}

void ComparePage::setZoom(int pixels)
{
    m_delegate->setThumbnailSize(pixels);
    m_pairDelegate->setThumbnailSize(pixels);
    const QFontMetrics metrics(font());
    const QSize cell(pixels + 8, pixels + 8 + metrics.height() + 4);
    for (Side* side : {m_real.get(), m_generated.get()}) {
        side->grid->setGridSize(cell);
    }
    const bool image = isImageRun();
    m_zoom->setEnabled(image || !m_run);
    for (QTableView* pairs : {m_copiesView, m_missingView}) {
        pairs->verticalHeader()->setDefaultSectionSize(image ? cell.height()
                                                             : metrics.height() + 8);
        if (image) {
            pairs->setColumnWidth(0, cell.width());
            pairs->setColumnWidth(pairs == m_copiesView ? 1 : 2, cell.width());
        }
    }
}

void ComparePage::onCurrentChanged(SetRole set, const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid() || !m_run) {
        return;
    }
    const qint64 index = proxyIndex.data(app::SampleTableModel::SampleIndexRole).toLongLong();
    Side& here = set == SetRole::Real ? *m_real : *m_generated;
    Side& there = set == SetRole::Real ? *m_generated : *m_real;
    const QList<qint64> linked = m_neighbours.linkedIn(set, index, there.set);
    here.model->setMarked({});
    there.model->setMarked(linked);
    if (!linked.isEmpty()) {
        const QModelIndex first
            = there.proxy->mapFromSource(there.model->index(static_cast<int>(linked.first()), 0));
        if (first.isValid()) {
            there.grid->scrollTo(first);
            there.table->scrollTo(first);
        }
    }
    emit sampleActivated(set, index);
}

void ComparePage::selectSample(SetRole set, qint64 index)
{
    Side& side = set == SetRole::Real ? *m_real : *m_generated;
    if (index < 0 || index >= side.model->rowCount()) {
        return;
    }
    setMode(GridsMode);
    const QModelIndex proxyIndex
        = side.proxy->mapFromSource(side.model->index(static_cast<int>(index), 0));
    if (!proxyIndex.isValid()) {
        // Filtered out: show everything again rather than silently failing.
        dropFiltersHiding();
    }
    const QModelIndex target
        = side.proxy->mapFromSource(side.model->index(static_cast<int>(index), 0));
    QAbstractItemView* view = sampleView(set);
    view->selectionModel()->setCurrentIndex(
        target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(target);
}

void ComparePage::selectSamples(SetRole set, const QList<qint64>& indices)
{
    Side& side = set == SetRole::Real ? *m_real : *m_generated;
    const auto proxyRow = [&side](qint64 index) {
        if (index < 0 || index >= side.model->rowCount()) {
            return -1;
        }
        return side.proxy->mapFromSource(side.model->index(static_cast<int>(index), 0)).row();
    };
    if (!indices.isEmpty()) {
        setMode(GridsMode);
    }
    for (const qint64 index : indices) {
        if (index >= 0 && index < side.model->rowCount() && proxyRow(index) < 0) {
            // Filtered out: show everything again rather than silently selecting fewer.
            dropFiltersHiding();
            break;
        }
    }
    std::vector<int> rows;
    rows.reserve(static_cast<std::size_t>(indices.size()));
    for (const qint64 index : indices) {
        const int row = proxyRow(index);
        if (row >= 0) {
            rows.push_back(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Consecutive rows as one range each: a sorted or unsorted grid alike.
    QItemSelection selection;
    const int lastColumn = std::max(0, side.proxy->columnCount() - 1);
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1) {
            ++j;
        }
        selection.select(side.proxy->index(rows[i], 0), side.proxy->index(rows[j], lastColumn));
        i = j + 1;
    }
    for (QAbstractItemView* view : {static_cast<QAbstractItemView*>(side.grid),
                                    static_cast<QAbstractItemView*>(side.table)}) {
        // select() leaves the current sample (and its neighbour marks) alone.
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    if (!rows.empty()) {
        sampleView(set)->scrollTo(side.proxy->index(rows.front(), 0));
    }
}

QList<qint64> ComparePage::selectedSamples(SetRole set) const
{
    const Side& side = set == SetRole::Real ? *m_real : *m_generated;
    std::vector<int> rows;
    for (const QModelIndex& index : sampleView(set)->selectionModel()->selectedIndexes()) {
        rows.push_back(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> out;
    for (const int row : rows) {
        out << side.proxy->index(row, 0).data(app::SampleTableModel::SampleIndexRole).toLongLong();
    }
    std::sort(out.begin(), out.end());
    return out;
}

QAbstractItemView* ComparePage::sampleView(SetRole set) const
{
    const Side& side = set == SetRole::Real ? *m_real : *m_generated;
    return side.views->currentIndex() == 0 ? static_cast<QAbstractItemView*>(side.grid)
                                           : static_cast<QAbstractItemView*>(side.table);
}

app::SampleTableModel* ComparePage::sampleModel(SetRole set) const
{
    return set == SetRole::Real ? m_real->model : m_generated->model;
}

app::ScoreProxyModel* ComparePage::proxyModel(SetRole set) const
{
    return set == SetRole::Real ? m_real->proxy : m_generated->proxy;
}

void ComparePage::onThumbnailReady()
{
    // Repaints are coalesced by Qt; a viewport update is cheaper than mapping each index.
    m_real->grid->viewport()->update();
    m_generated->grid->viewport()->update();
    m_copiesView->viewport()->update();
    m_missingView->viewport()->update();
}

} // namespace genlens::widgets

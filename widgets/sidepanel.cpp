#include "sidepanel.h"

#include "models/runlistmodel.h"
#include "models/samplesetmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace genlens::widgets {

namespace {
QTreeView* makeList(QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}
} // namespace

SidePanel::SidePanel(QWidget* parent)
    : QWidget(parent)
    , m_sets(makeList(this))
    , m_runs(makeList(this))
    , m_empty(new QLabel(this))
    , m_setsLabel(new QLabel(this))
    , m_runsLabel(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_setsLabel->setBuddy(m_sets);
    m_runsLabel->setBuddy(m_runs);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_empty);
    layout->addWidget(m_runsLabel);
    layout->addWidget(m_runs, 3);
    layout->addWidget(m_setsLabel);
    layout->addWidget(m_sets, 2);
    m_sets->setObjectName(QStringLiteral("sampleSetView"));
    m_runs->setObjectName(QStringLiteral("runView"));
    retranslateUi();
}

void SidePanel::retranslateUi()
{
    m_setsLabel->setText(tr("&Sample sets"));
    m_runsLabel->setText(tr("&Runs"));
    m_empty->setText(tr("No project open. Use File → Open… or File → New project…"));
}

void SidePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SidePanel::setModels(app::SampleSetModel* sets, app::RunListModel* runs)
{
    m_sets->setModel(sets);
    m_runs->setModel(runs);
    m_runModel = runs;
    m_sets->header()->setSectionResizeMode(app::SampleSetModel::SourceColumn, QHeaderView::Stretch);
    m_sets->header()->setStretchLastSection(false);
    m_runs->header()->setSectionResizeMode(app::RunListModel::RunColumn, QHeaderView::Stretch);
    m_runs->header()->setStretchLastSection(false);
    for (int c = 1; c < app::RunListModel::ColumnCount; ++c) {
        m_runs->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    for (int c = 1; c < app::SampleSetModel::ColumnCount; ++c) {
        m_sets->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SidePanel::onCurrentRunChanged);
    auto updateEmpty = [this] {
        m_empty->setVisible(m_runModel->rowCount() == 0 && m_sets->model()->rowCount() == 0);
    };
    connect(runs, &QAbstractItemModel::modelReset, this, updateEmpty);
    connect(sets, &QAbstractItemModel::modelReset, this, updateEmpty);
    updateEmpty();
}

void SidePanel::selectRun(qint64 runId)
{
    if (m_runModel == nullptr || m_runModel->rowCount() == 0) {
        return;
    }
    int row = runId == 0 ? 0 : m_runModel->rowOfRun(runId);
    if (row < 0) {
        row = 0;
    }
    const QModelIndex index = m_runModel->index(row, 0);
    m_runs->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_runs->scrollTo(index);
}

qint64 SidePanel::currentRunId() const
{
    const QModelIndex current = m_runs->currentIndex();
    return current.isValid() ? current.data(app::RunListModel::RunIdRole).toLongLong() : 0;
}

void SidePanel::onCurrentRunChanged()
{
    const qint64 id = currentRunId();
    if (id != 0) {
        emit runSelected(id);
    }
}

} // namespace genlens::widgets

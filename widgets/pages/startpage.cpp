#include "pages/startpage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace genlens::widgets {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kContentWidth = 640;
} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_demo(new QPushButton(this))
    , m_newEvaluation(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_noRecent(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    m_demo->setObjectName(QStringLiteral("startDemo"));
    m_newEvaluation->setObjectName(QStringLiteral("startNewEvaluation"));
    m_open->setObjectName(QStringLiteral("startOpen"));
    m_recent->setObjectName(QStringLiteral("startRecent"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_noRecent->setWordWrap(true);
    m_recentLabel->setBuddy(m_recent);
    m_recent->setUniformItemSizes(true);
    // Room for the whole recent list (RecentProjects keeps at most eight), no more.
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 12);
    for (QPushButton* button : {m_demo, m_newEvaluation, m_open}) {
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    }
    m_demo->setDefault(true);

    auto* content = new QWidget(this);
    content->setMaximumWidth(kContentWidth);
    auto* column = new QVBoxLayout(content);
    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(12);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_demo);
    buttons->addWidget(m_newEvaluation);
    buttons->addWidget(m_open);
    column->addLayout(buttons);
    column->addSpacing(18);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent);
    column->addWidget(m_noRecent);
    column->addStretch(2);
    auto* centre = new QHBoxLayout(this);
    centre->addStretch(1);
    centre->addWidget(content, 4);
    centre->addStretch(1);

    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_newEvaluation, &QPushButton::clicked, this, &StartPage::newEvaluationRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openProjectRequested);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::activate);
    retranslateUi();
}

void StartPage::retranslateUi()
{
    m_title->setText(tr("Welcome to GenLens"));
    m_intro->setText(
        tr("Load a set of real samples and a set of generated ones (images, text or "
           "recommendation lists) and see how close they are, which samples are bad, copied or "
           "missing, and why. Everything is kept in a project file."));
    m_demo->setText(tr("Open the &demo project"));
    m_demo->setToolTip(tr("Real and generated sets for all three modalities, already evaluated."));
    m_newEvaluation->setText(tr("&New evaluation…"));
    m_newEvaluation->setToolTip(
        tr("Pick the real and generated sets; you choose where the project is saved."));
    m_open->setText(tr("&Open project…"));
    m_recentLabel->setText(tr("&Recent projects"));
    m_noRecent->setText(tr("No recent projects yet."));
    setRecentProjects(m_paths);
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void StartPage::setRecentProjects(const QStringList& paths)
{
    m_paths = paths;
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(m_recent);
        item->setData(kPathRole, path);
        if (info.exists()) {
            item->setText(QStringLiteral("%1 — %2").arg(
                info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
            item->setToolTip(QDir::toNativeSeparators(path));
        } else {
            item->setText(tr("%1 (missing)").arg(QDir::toNativeSeparators(path)));
            item->setToolTip(tr("The file is no longer there."));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
    if (m_recent->count() > 0) {
        m_recent->setCurrentRow(0);
    }
}

void StartPage::activate(QListWidgetItem* item)
{
    if (item != nullptr && (item->flags() & Qt::ItemIsEnabled)) {
        emit recentProjectActivated(item->data(kPathRole).toString());
    }
}

} // namespace genlens::widgets

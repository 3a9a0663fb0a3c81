#include "jobsstrip.h"

#include "jobs/jobqueue.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace genlens::widgets {

JobsStrip::JobsStrip(app::JobQueue* queue, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(6, 2, 6, 2);
    m_layout->setSpacing(2);
    setObjectName(QStringLiteral("jobsStrip"));
    hide();
    connect(queue, &app::JobQueue::started, this, &JobsStrip::addRow);
    connect(queue, &app::JobQueue::stageChanged, this, [this](quint64 id, const QString& stage) {
        if (Row* r = row(id)) {
            r->stage->setText(stage);
            // Busy until the stage reports its first progress.
            r->bar->setRange(0, 0);
        }
    });
    connect(queue, &app::JobQueue::progress, this, [this](quint64 id, qint64 done, qint64 total) {
        if (Row* r = row(id)) {
            if (total <= 0) {
                r->bar->setRange(0, 0);
                return;
            }
            // QProgressBar takes int: scale large totals to per-mille.
            r->bar->setRange(0, 1000);
            r->bar->setValue(
                static_cast<int>(1000.0 * static_cast<double>(done) / static_cast<double>(total)));
        }
    });
    connect(queue, &app::JobQueue::finished, this, [this](quint64 id) {
        emit message(tr("%1: finished").arg(nameOf(id)));
        removeRow(id);
    });
    connect(queue, &app::JobQueue::failed, this, [this](quint64 id, const QString& error) {
        emit message(tr("%1: failed: %2").arg(nameOf(id), error));
        removeRow(id);
    });
    connect(queue, &app::JobQueue::canceled, this, [this](quint64 id) {
        emit message(tr("%1: cancelled").arg(nameOf(id)));
        removeRow(id);
    });
}

JobsStrip::Row* JobsStrip::row(quint64 id)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end()) {
        // A stage or progress signal may be the first we hear of a job.
        addRow(id);
        it = m_rows.find(id);
    }
    return &it.value();
}

void JobsStrip::addRow(quint64 id)
{
    if (m_rows.contains(id)) {
        return;
    }
    Row r;
    r.widget = new QWidget(this);
    auto* layout = new QHBoxLayout(r.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    r.name = new QLabel(m_queue->jobName(id), r.widget);
    QFont bold = r.name->font();
    bold.setBold(true);
    r.name->setFont(bold);
    r.stage = new QLabel(tr("Waiting…"), r.widget);
    r.stage->setMinimumWidth(140);
    r.bar = new QProgressBar(r.widget);
    r.bar->setRange(0, 0);
    r.bar->setTextVisible(true);
    r.cancel = new QToolButton(r.widget);
    retranslateRow(r);
    r.cancel->setObjectName(QStringLiteral("cancelJob%1").arg(id));
    layout->addWidget(r.name);
    layout->addWidget(r.stage);
    layout->addWidget(r.bar, 1);
    layout->addWidget(r.cancel);
    connect(r.cancel, &QToolButton::clicked, this, [this, id] {
        if (Row* existing = row(id)) {
            existing->cancel->setEnabled(false);
            existing->stage->setText(tr("Cancelling…"));
        }
        m_queue->cancel(id);
    });
    m_layout->addWidget(r.widget);
    m_rows.insert(id, r);
    show();
}

void JobsStrip::retranslateRow(const Row& r)
{
    r.cancel->setText(tr("Cancel"));
    r.cancel->setToolTip(tr("Stop this evaluation; finished parts are kept"));
}

void JobsStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Stage names come with the job's next progress report, in the new language.
        for (const Row& r : std::as_const(m_rows)) {
            retranslateRow(r);
        }
    }
    QWidget::changeEvent(event);
}

void JobsStrip::removeRow(quint64 id)
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end()) {
        return;
    }
    it->widget->deleteLater();
    m_rows.erase(it);
    setVisible(!m_rows.isEmpty());
}

QString JobsStrip::nameOf(quint64 id) const
{
    // The queue may have forgotten the job by the time its outcome arrives; the row remembers.
    const auto it = m_rows.constFind(id);
    if (it != m_rows.cend()) {
        return it->name->text();
    }
    const QString name = m_queue->jobName(id);
    return name.isEmpty() ? tr("Job %1").arg(id) : name;
}

QToolButton* JobsStrip::cancelButton(quint64 id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.cend() ? nullptr : it->cancel;
}

QProgressBar* JobsStrip::progressBar(quint64 id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.cend() ? nullptr : it->bar;
}

} // namespace genlens::widgets

#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

namespace genlens::app {
class JobQueue;
} // namespace genlens::app

namespace genlens::widgets {

// One row per running job: its name, current stage, a progress bar for the stage and a cancel
// button. Driven only by JobQueue's signals; hidden while nothing runs.
class JobsStrip : public QWidget
{
    Q_OBJECT
public:
    explicit JobsStrip(app::JobQueue* queue, QWidget* parent = nullptr);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    // The cancel button of a job's row (tests), or nullptr.
    QToolButton* cancelButton(quint64 id) const;
    QProgressBar* progressBar(quint64 id) const;

signals:
    // A one-line outcome for the status bar.
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QLabel* name = nullptr;
        QLabel* stage = nullptr;
        QProgressBar* bar = nullptr;
        QToolButton* cancel = nullptr;
    };
    void retranslateRow(const Row& r);
    Row* row(quint64 id);
    void addRow(quint64 id);
    void removeRow(quint64 id);
    QString nameOf(quint64 id) const;

    app::JobQueue* m_queue;
    QVBoxLayout* m_layout;
    QHash<quint64, Row> m_rows;
};

} // namespace genlens::widgets

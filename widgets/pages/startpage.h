#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace genlens::widgets {

// What the window shows while no project is open: the three ways to begin (the bundled demo, a
// new evaluation, an existing project) and the recent projects. Keyboard: Tab between the
// buttons and the list, Enter on a recent project opens it.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    // Refills the recent projects (most recent first); missing files are listed greyed, with
    // the reason, so the user sees why one cannot be opened.
    void setRecentProjects(const QStringList& paths);
    QListWidget* recentList() const { return m_recent; }

signals:
    void demoRequested();
    void newEvaluationRequested();
    void openProjectRequested();
    void recentProjectActivated(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void activate(QListWidgetItem* item);

    QLabel* m_title;
    QLabel* m_intro;
    QPushButton* m_demo;
    QPushButton* m_newEvaluation;
    QPushButton* m_open;
    QLabel* m_recentLabel;
    QListWidget* m_recent;
    QLabel* m_noRecent;
    QStringList m_paths;
};

} // namespace genlens::widgets

#pragma once

#include <QWidget>

class QTreeView;
class QLabel;

namespace genlens::app {
class RunListModel;
class SampleSetModel;
} // namespace genlens::app

namespace genlens::widgets {

// The project's sample sets and runs. Emits runSelected when the user picks a run.
class SidePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SidePanel(QWidget* parent = nullptr);

    void setModels(app::SampleSetModel* sets, app::RunListModel* runs);
    // Selects the run (and emits runSelected); the newest when runId is 0.
    void selectRun(qint64 runId);
    qint64 currentRunId() const;

    QTreeView* runView() const { return m_runs; }
    QTreeView* setView() const { return m_sets; }

signals:
    void runSelected(qint64 runId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onCurrentRunChanged();

    QTreeView* m_sets;
    QTreeView* m_runs;
    QLabel* m_empty;
    QLabel* m_setsLabel;
    QLabel* m_runsLabel;
    app::RunListModel* m_runModel = nullptr;
};

} // namespace genlens::widgets

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace genlens::app {
class ProjectSession;
class RunComparisonModel;
} // namespace genlens::app

namespace genlens::widgets {

// Two runs of the project (two models or checkpoints on the same real set): every set-level
// metric of both, the difference and whether B is better.
class RunComparisonPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunComparisonPage(app::ProjectSession* session, QWidget* parent = nullptr);

    // Picks the two runs (by id) and compares them.
    void compare(qint64 runA, qint64 runB);
    app::RunComparisonModel* model() const { return m_model; }

private:
    void refreshChoices();
    void update();

    app::ProjectSession* m_session;
    QComboBox* m_a;
    QComboBox* m_b;
    QLabel* m_note;
    QTableView* m_table;
    app::RunComparisonModel* m_model;
};

} // namespace genlens::widgets

#pragma once

#include "evaluation/runresult.h"
#include "project/projectstore.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;

namespace genlens::app {
class MetricsModel;
} // namespace genlens::app

namespace genlens::widgets {

// The metrics dashboard: which sets were compared and how, then every set-level value with its
// spread, the direction in which it is better and what it means.
class MetricsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsPage(QWidget* parent = nullptr);

    void setRun(const app::RunSummary& summary, std::shared_ptr<const app::RunResult> run);
    void clear();

    QTableView* table() const { return m_table; }
    app::MetricsModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    app::RunSummary m_summary;
    std::shared_ptr<const app::RunResult> m_run;
    QLabel* m_title;
    QLabel* m_inputs;
    QLabel* m_extractor;
    QLabel* m_warning;
    QLabel* m_settings;
    QTableView* m_table;
    app::MetricsModel* m_model;
};

} // namespace genlens::widgets

#pragma once

#include "evaluation/runresult.h"
#include "project/projectstore.h"

#include <QWidget>
#include <memory>

class QChartView;
class QLabel;
class QTableView;

namespace genlens::app {
class MetricsModel;
} // namespace genlens::app

namespace genlens::widgets {

// The metrics dashboard: which sets were compared and how, then every set-level value with its
// spread, its confidence interval ("value [low, high]" and an error bar), the direction in which
// it is better and what it means; below, FID against the sample count with FID∞ when computed.
class MetricsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsPage(QWidget* parent = nullptr);

    void setRun(const app::RunSummary& summary, std::shared_ptr<const app::RunResult> run);
    void clear();

    QTableView* table() const { return m_table; }
    // FID/KID against the sample count with FID∞ (hidden unless the run has --fid-infinity's curve).
    QChartView* fidCurveView() const { return m_fidCurve; }
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
    QChartView* m_fidCurve;
    app::MetricsModel* m_model;
};

} // namespace genlens::widgets

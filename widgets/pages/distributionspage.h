#pragma once

#include "evaluation/runresult.h"
#include "models/scoredistributions.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QChart;
class QChartView;

namespace genlens::widgets {

// Overlaid histograms of real and generated values for each per-sample score, with the
// two-sample KS statistic. The numbers come from app::ScoreDistributions; this page only draws.
class DistributionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionsPage(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const app::RunResult> run);
    void clear();
    void showScore(const QString& key);
    QString currentScore() const;

private:
    void redraw();

    app::ScoreDistributions m_distributions;
    std::shared_ptr<const app::RunResult> m_run;
    QComboBox* m_score;
    QLabel* m_summary;
    QChartView* m_view;
};

} // namespace genlens::widgets

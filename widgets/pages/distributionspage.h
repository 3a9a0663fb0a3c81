#pragma once

#include "evaluation/runresult.h"
#include "models/featuremapdata.h"
#include "models/scoredistributions.h"

#include <QList>
#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QChart;
class QChartView;
class QSplitter;

namespace genlens::widgets {

class FeatureMapView;

// Overlaid histograms of real and generated values for each per-sample score, with the
// two-sample KS statistic, and below them the 2-D feature map (PCA of both sets' features). The
// numbers come from app::ScoreDistributions and app::FeatureMapData; this page only draws.
// Selecting points on the map asks for the same samples to be selected in the grids
// (samplesSelected); clicking a point asks for its drill-down (sampleActivated).
class DistributionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionsPage(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const app::RunResult> run);
    // Live-parameter flags of each set (app::LiveParameters::flags): red points on the map.
    void setFlags(std::vector<char> real, std::vector<char> generated);
    void clear();
    void showScore(const QString& key);
    QString currentScore() const;
    // Rings the sample on the map (when it is on it), e.g. the one current in the grids.
    void highlightSample(genlens::app::SetRole set, qint64 index);

    // Shows only a slice's members on the feature map (on the whole map's axes);
    // clearSliceFilter() shows every point again.
    void setSliceFilter(const QString& name, const QList<qint64>& real,
                        const QList<qint64>& generated);
    void clearSliceFilter();

    FeatureMapView* featureMap() const { return m_map; }
    QString featureMapCaption() const;

signals:
    // The map's selection of one set changed (emitted for both sets); indices ascending.
    void samplesSelected(genlens::app::SetRole set, const QList<qint64>& indices);
    void sampleActivated(genlens::app::SetRole set, qint64 index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void redraw();
    void updateMapTexts();
    void onMapSelectionChanged();

    app::ScoreDistributions m_distributions;
    std::shared_ptr<const app::RunResult> m_run;
    app::FeatureMapData m_fullMap; // every point of the run; the view may show a slice of it
    QString m_slice;
    QLabel* m_scoreLabel;
    QComboBox* m_score;
    QLabel* m_summary;
    QChartView* m_view;
    QLabel* m_mapNote; // why there is no map, when there is none
    QSplitter* m_splitter;
    QWidget* m_mapPanel;
    FeatureMapView* m_map;
    QLabel* m_mapCaption;
    QCheckBox* m_showReal; // which sets the map draws
    QCheckBox* m_showGenerated;
};

} // namespace genlens::widgets

#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace genlens::app {
class LiveParameters;
} // namespace genlens::app

namespace genlens::widgets {

// The live-parameter strip above the pages (issue 13 item 4): k (slider and spin box, 1..20),
// the memorisation factor, the realism threshold, what to highlight in the grids and the map,
// Reset, and a line saying which values are shown ("at k = 7 (run used 5)"). A view over
// app::LiveParameters, which does the work; every control is reachable by keyboard (Alt+K,
// Alt+M, Alt+T, Alt+H, Alt+R mnemonics, Tab order left to right).
class LiveParametersBar : public QWidget
{
    Q_OBJECT
public:
    explicit LiveParametersBar(app::LiveParameters* live, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void syncFromModel();

    app::LiveParameters* m_live;
    QLabel* m_kLabel;
    QSlider* m_kSlider;
    QSpinBox* m_kSpin;
    QLabel* m_factorLabel;
    QDoubleSpinBox* m_factor;
    QLabel* m_thresholdLabel;
    QDoubleSpinBox* m_threshold;
    QLabel* m_highlightLabel;
    QComboBox* m_highlight;
    QPushButton* m_reset;
    QLabel* m_status;
};

} // namespace genlens::widgets

#pragma once

#include "evaluation/runresult.h"

#include <QList>
#include <QWidget>
#include <memory>
#include <optional>

class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;

namespace genlens::app {
class SlicesModel;
} // namespace genlens::app

namespace genlens::widgets {

// Where the model falls short: the mode coverage chart (each slice's share of the real and of the
// generated set, dropped modes at the top) above the slices table (counts, shares and every
// metric per slice, worst first, unreliable numbers greyed with their warning as tooltip). The
// numbers come from app::SlicesModel; this page draws and reports the chosen slice.
//
// Choosing a slice (a table row, by mouse or keyboard, or a click on its bars) emits
// sliceSelected with its members, which the window uses to filter the Compare grids and the
// feature map; Esc or "Show all samples" clears it (sliceCleared). A run without slices says how
// to get them.
class SlicesPage : public QWidget
{
    Q_OBJECT
public:
    explicit SlicesPage(QWidget* parent = nullptr);
    ~SlicesPage() override;

    void setRun(std::shared_ptr<const app::RunResult> run);
    void clear();
    // Chooses slice `index` (into the run's slices) as if its row had been clicked.
    void selectSlice(qsizetype index);
    // Forgets the chosen slice and emits sliceCleared when there was one (Esc, "Show all").
    void clearSelection();
    // Forgets the chosen slice without emitting sliceCleared (e.g. Compare dropped the filter).
    void clearSelectionQuietly();
    // The chosen slice (index into the run's slices), if any.
    std::optional<qsizetype> selectedSlice() const;

    // For tests and the screenshot mode.
    app::SlicesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QChartView* coverageView() const { return m_chartView; }
    // Slices (indices into the run's slices) from the top of the chart down.
    QList<qsizetype> coverageOrder() const { return m_order; }
    // The centre of a slice's real or generated bar in the chart view's viewport, if drawn
    // (a zero-length bar has no centre to click).
    std::optional<QPoint> barCentre(qsizetype slice, app::SetRole set) const;

signals:
    void sliceSelected(const QString& name, const QList<qint64>& real,
                       const QList<qint64>& generated);
    void sliceCleared();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuildChart();
    void onCurrentRowChanged(int row);
    void onHeaderClicked(int section);
    void updateNote();
    // Darkens the chosen slice's bars.
    void updateBarSelection();

    std::shared_ptr<const app::RunResult> m_run;
    app::SlicesModel* m_model;
    QList<qsizetype> m_order;
    QLabel* m_intro;
    QSplitter* m_splitter;
    QScrollArea* m_chartScroll;
    QChartView* m_chartView;
    QHorizontalBarSeries* m_bars = nullptr;
    QTableView* m_table;
    QLabel* m_note;
    QPushButton* m_showAll;
    bool m_quiet = false;
};

} // namespace genlens::widgets

#pragma once

#include "evaluation/runresult.h"
#include "models/neighbourindex.h"

#include <QWidget>
#include <memory>
#include <vector>

class QAbstractItemDelegate;
class QAbstractItemView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QSlider;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace genlens::app {
class CopiesModel;
class MissingModesModel;
class SampleTableModel;
class ScoreProxyModel;
} // namespace genlens::app

namespace genlens::widgets {

class ThumbnailCache;
class ThumbnailDelegate;

// Real and generated samples side by side (image grids, or tables for text and recommendation
// lists), sortable and filterable by any per-sample score. Selecting a sample marks its nearest
// neighbours in the other set. Two more modes: Copies (generated/real pairs, closest first) and
// Missing modes (real samples the generated set does not cover).
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    enum Mode { GridsMode, CopiesMode, MissingMode };
    Q_ENUM(Mode)

    explicit ComparePage(ThumbnailCache* cache, QWidget* parent = nullptr);
    ~ComparePage() override;

    void setRun(std::shared_ptr<const app::RunResult> run);
    // Live-parameter flags of each set (app::LiveParameters::flags): a red corner badge.
    void setFlags(std::vector<char> real, std::vector<char> generated);
    void clear();
    void setMode(Mode mode);
    // Makes the sample current in its grid (and so marks its neighbours).
    void selectSample(app::SetRole set, qint64 index);
    // Selects these samples of one set in its grid (a multi-selection, e.g. from the feature map)
    // without changing the current sample; an empty list clears that side's selection. Samples
    // hidden by a filter clear the filters, as selectSample() does.
    void selectSamples(genlens::app::SetRole set, const QList<qint64>& indices);
    // Shows only a slice's members in the grids (and tables); the titles name the slice.
    // clearSliceFilter() shows every sample again. Selecting a sample outside the slice clears
    // it (sliceFilterCleared).
    void setSliceFilter(const QString& name, const QList<qint64>& real,
                        const QList<qint64>& generated);
    void clearSliceFilter();
    QString sliceFilter() const { return m_slice; }
    // Sample indices selected in a set's view, ascending.
    QList<qint64> selectedSamples(app::SetRole set) const;
    void setZoom(int pixels);

    // For tests and the screenshot mode.
    QAbstractItemView* sampleView(app::SetRole set) const;
    app::SampleTableModel* sampleModel(app::SetRole set) const;
    app::ScoreProxyModel* proxyModel(app::SetRole set) const;

signals:
    void sampleActivated(genlens::app::SetRole set, qint64 index);
    // The slice filter was cleared here (not by clearSliceFilter()).
    void sliceFilterCleared();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Side;
    void retranslateUi();
    void updateSortOrderText();
    void updateNotes();
    void buildSide(Side& side, app::SetRole set, const QString& title);
    void onCurrentChanged(app::SetRole set, const QModelIndex& proxyIndex);
    void applySort();
    void applyFilter();
    void updateTitles();
    void updateScoreChoices();
    void onThumbnailReady();
    bool isImageRun() const;
    void dropFiltersHiding();

    ThumbnailCache* m_cache;
    QString m_slice; // the slice whose members the grids show; empty = every sample
    std::shared_ptr<const app::RunResult> m_run;
    app::NeighbourIndex m_neighbours;
    std::unique_ptr<Side> m_real;
    std::unique_ptr<Side> m_generated;
    ThumbnailDelegate* m_delegate;
    ThumbnailDelegate* m_pairDelegate;
    QAbstractItemDelegate* m_plainDelegate;
    app::CopiesModel* m_copies;
    app::MissingModesModel* m_missing;

    QComboBox* m_mode;
    QComboBox* m_sortKey;
    QToolButton* m_sortOrder;
    QComboBox* m_filterKey;
    QDoubleSpinBox* m_filterMin;
    QDoubleSpinBox* m_filterMax;
    QLineEdit* m_filterText;
    QSlider* m_zoom;
    QStackedWidget* m_stack;
    QTableView* m_copiesView;
    QTableView* m_missingView;
    QLabel* m_missingNote;
    QLabel* m_copiesNote;
    QLabel* m_modeLabel;
    QLabel* m_sortLabel;
    QLabel* m_filterLabel;
    QLabel* m_zoomLabel;
};

} // namespace genlens::widgets

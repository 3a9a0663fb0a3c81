#pragma once

#include "evaluation/runresult.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;
class QTextBrowser;

namespace genlens::app {
class NeighbourListModel;
class SampleDetailModel;
} // namespace genlens::app

namespace genlens::widgets {

class ThumbnailCache;

// One sample in full: the image (from its source file when it still exists, else the
// thumbnail), or the whole text, or a user's list; every per-sample score with its percentile in
// the set; nearest neighbours in both sets. Activating a neighbour asks to show it.
class DrillDownPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DrillDownPanel(ThumbnailCache* cache, QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const app::RunResult> run);
    void showSample(genlens::app::SetRole set, qint64 index);
    void clear();

    app::SetRole currentSet() const { return m_set; }
    qint64 currentIndex() const { return m_index; }
    QTableView* neighbourView() const { return m_neighbourView; }

signals:
    void neighbourActivated(genlens::app::SetRole set, qint64 index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showImage();
    void onThumbnailReady(genlens::app::SetRole set, qint64 index);

    ThumbnailCache* m_cache;
    std::shared_ptr<const app::RunResult> m_run;
    app::SetRole m_set = app::SetRole::Generated;
    qint64 m_index = -1;
    QLabel* m_title;
    QLabel* m_source;
    QLabel* m_scoresLabel;
    QLabel* m_neighboursLabel;
    QLabel* m_image;
    QTextBrowser* m_text;
    QTableView* m_scoreView;
    QTableView* m_neighbourView;
    app::SampleDetailModel* m_scores;
    app::NeighbourListModel* m_neighbours;
};

} // namespace genlens::widgets

#pragma once

#include "models/featuremapdata.h"

#include <QImage>
#include <QWidget>
#include <optional>
#include <vector>

class QRubberBand;

namespace genlens::widgets {

// The 2-D feature map: real and generated points in the set colours, axes "PC1 (xx %)" and
// "PC2 (yy %)", a legend. Points are painted once into a cached image (tens of thousands of
// points repaint in milliseconds), and again only when the data, the size or the selection
// changes.
//
// Mouse: drag a rubber band to select the points inside it (Shift or Ctrl adds to the selection);
// click a point to activate it (sampleActivated, for the drill-down). Keyboard: the view takes
// focus; arrow keys step the current point through the selection (or through every point when
// nothing is selected) and activate it; Enter activates the current point; Esc clears the
// selection.
class FeatureMapView : public QWidget
{
    Q_OBJECT
public:
    explicit FeatureMapView(QWidget* parent = nullptr);

    void setData(app::FeatureMapData data);
    const app::FeatureMapData& data() const { return m_data; }
    // Shown in place of the map when the data has none.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

    // Selected samples of a set, ascending sample indices.
    QList<qint64> selectedSamples(app::SetRole set) const;
    // Replaces the selection without emitting selectionChanged (samples not on the map are
    // ignored).
    void setSelectedSamples(const QList<qint64>& real, const QList<qint64>& generated);
    void clearSelection();
    // Flags samples of a set (one entry per sample in set order, empty = none): drawn as red
    // points over the others. Kept when the data changes (the same sets, other values).
    void setFlaggedSamples(app::SetRole set, std::vector<char> flags);
    // Rings a sample's point (e.g. the one current in the grids); -1 or a sample not on the map
    // removes the ring. Does not emit sampleActivated.
    void setCurrentSample(app::SetRole set, qint64 index);
    std::optional<app::FeatureMapData::Hit> currentPoint() const { return m_current; }

    // Hides or shows one set's points, so that the other set's core is visible where they
    // overlap. Hidden points are neither drawn, hit, selected by the band nor stepped through.
    void setSetShown(app::SetRole set, bool shown);
    bool isSetShown(app::SetRole set) const { return m_shown[set == app::SetRole::Real ? 0 : 1]; }
    // The opacity (0-255) of an unselected point: lower when many points share the plot, so that
    // dense cores of both sets stay readable instead of saturating into one colour.
    static int pointAlpha(qsizetype pointCount);

    // Where the map is drawn (for hit testing and tests).
    app::MapViewport viewport() const;
    // The widget position of a sample's point; nullopt when it is not on the map.
    std::optional<QPointF> samplePosition(app::SetRole set, qint64 index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user changed the selection (rubber band, Esc).
    void selectionChanged();
    void sampleActivated(genlens::app::SetRole set, qint64 index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Ticks
    {
        std::vector<double> values;
        int decimals = 0;
    };

    void retranslateUi();
    void invalidate();
    QRectF plotArea() const;
    QRectF dataRect() const;
    static Ticks ticksFor(double low, double high, int target);
    void renderPoints(const QRectF& plot);
    bool hasSelection() const;
    void stepCurrent(int direction);
    void activate(const app::FeatureMapData::Hit& hit);

    app::FeatureMapData m_data;
    QString m_placeholder;
    // Per point of each set: selected or not.
    std::vector<char> m_selected[2];
    bool m_shown[2] = {true, true};
    // Per sample of each set: flagged by the live parameters.
    std::vector<char> m_flagged[2];
    std::optional<app::FeatureMapData::Hit> m_current;
    QImage m_cache;
    bool m_cacheValid = false;
    QRubberBand* m_band;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace genlens::widgets

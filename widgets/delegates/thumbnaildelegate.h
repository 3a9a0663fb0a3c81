#pragma once

#include <QStyledItemDelegate>

namespace genlens::widgets {

class ThumbnailCache;

// Paints a sample cell: its thumbnail (from the cache, requested lazily), its label, and a ring
// when the sample is a neighbour of the selection in the other set. Cells that are not samples
// (no SampleIndexRole) are painted as usual.
class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ThumbnailDelegate(ThumbnailCache* cache, QObject* parent = nullptr);

    void setThumbnailSize(int pixels);
    int thumbnailSize() const { return m_size; }
    // Whether to draw the label under the thumbnail (grids) or not (pair tables).
    void setShowLabel(bool show) { m_showLabel = show; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    ThumbnailCache* m_cache;
    int m_size = 96;
    bool m_showLabel = true;
};

} // namespace genlens::widgets

#include "delegates/thumbnaildelegate.h"

#include "models/sampletablemodel.h"
#include "thumbnails/thumbnailcache.h"
#include "views/imagescaling.h"

#include <QApplication>
#include <QPolygon>
#include <QPainter>
#include <algorithm>

namespace genlens::widgets {

namespace {
const QColor kMarkColour(230, 120, 0);
// Live-parameter flags (memorised, low realism, outside the other manifold): a corner badge,
// distinct from the neighbour frame so both can show at once.
const QColor kFlagColour(200, 30, 60);
} // namespace

ThumbnailDelegate::ThumbnailDelegate(ThumbnailCache* cache, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_cache(cache)
{ }

void ThumbnailDelegate::setThumbnailSize(int pixels)
{
    m_size = pixels;
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    if (!index.data(app::SampleTableModel::SampleIndexRole).isValid()) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    const int label = m_showLabel ? option.fontMetrics.height() + 4 : 0;
    return {m_size + 8, m_size + 8 + label};
}

void ThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const QVariant sampleIndex = index.data(app::SampleTableModel::SampleIndexRole);
    const QVariant setRole = index.data(app::SampleTableModel::SetRoleRole);
    if (!sampleIndex.isValid() || !setRole.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    QStyle* style = opt.widget != nullptr ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const int label = m_showLabel ? opt.fontMetrics.height() + 4 : 0;
    const QRect cell = opt.rect.adjusted(4, 4, -4, -4);
    const QRect imageArea(cell.left(), cell.top(), cell.width(), cell.height() - label);
    const QPixmap pixmap
        = m_cache->pixmap(static_cast<app::SetRole>(setRole.toInt()), sampleIndex.toLongLong());
    if (!pixmap.isNull()) {
        const QSize fitted = pixmap.size().scaled(imageArea.size(), Qt::KeepAspectRatio);
        const QRect target(imageArea.left() + (imageArea.width() - fitted.width()) / 2,
                           imageArea.top() + (imageArea.height() - fitted.height()) / 2,
                           fitted.width(), fitted.height());
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawPixmap(target, pixmap);
    } else {
        // Placeholder while loading (or when the sample has no thumbnail): a quiet frame.
        painter->setPen(opt.palette.color(QPalette::Mid));
        painter->setBrush(opt.palette.color(QPalette::AlternateBase));
        painter->drawRect(imageArea.adjusted(0, 0, -1, -1));
    }
    if (m_showLabel) {
        const QRect textRect(cell.left(), cell.bottom() - label + 2, cell.width(), label - 2);
        const QString text
            = gridLabel(index.data(Qt::DisplayRole).toString(), opt.fontMetrics, textRect.width());
        painter->setPen(opt.palette.color(
            (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter, text);
    }
    if (index.data(app::SampleTableModel::FlaggedRole).toBool()) {
        const QRect r = opt.rect.adjusted(2, 2, -2, -2);
        const int side = std::max(10, r.width() / 5);
        const QPolygon badge({r.topRight(), r.topRight() - QPoint(side, 0),
                              r.topRight() + QPoint(0, side)});
        painter->setPen(Qt::NoPen);
        painter->setBrush(kFlagColour);
        painter->drawPolygon(badge);
    }
    if (index.data(app::SampleTableModel::MarkedRole).toBool()) {
        QPen pen(kMarkColour);
        pen.setWidth(4);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(opt.rect.adjusted(2, 2, -2, -2));
    }
    painter->restore();
}

} // namespace genlens::widgets

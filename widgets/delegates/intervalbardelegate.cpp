#include "delegates/intervalbardelegate.h"

#include "models/metricsmodel.h"

#include <QPainter>
#include <cmath>

namespace genlens::widgets {

void IntervalBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    using app::MetricsModel;
    const double low = index.data(MetricsModel::CiLowRole).toDouble();
    const double high = index.data(MetricsModel::CiHighRole).toDouble();
    const double value = index.data(MetricsModel::ValueRole).toDouble();
    const double axisLow = index.data(MetricsModel::AxisLowRole).toDouble();
    const double axisHigh = index.data(MetricsModel::AxisHighRole).toDouble();
    if (!std::isfinite(low) || !std::isfinite(high) || !(axisHigh > axisLow)) {
        return;
    }
    const QRectF area = QRectF(option.rect).adjusted(6, 3, -6, -3);
    const auto x = [&](double v) {
        const double t = std::clamp((v - axisLow) / (axisHigh - axisLow), 0.0, 1.0);
        return area.left() + t * area.width();
    };
    const double y = area.center().y();
    const double cap = area.height() * 0.35;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink = option.state & QStyle::State_Selected
        ? option.palette.color(QPalette::HighlightedText)
        : option.palette.color(QPalette::Text);
    QColor axis = ink;
    axis.setAlphaF(0.25);
    painter->setPen(QPen(axis, 1));
    painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    painter->setPen(QPen(ink, 1.5));
    painter->drawLine(QPointF(x(low), y), QPointF(x(high), y));
    painter->drawLine(QPointF(x(low), y - cap), QPointF(x(low), y + cap));
    painter->drawLine(QPointF(x(high), y - cap), QPointF(x(high), y + cap));
    if (std::isfinite(value)) {
        painter->setBrush(ink);
        painter->drawEllipse(QPointF(x(value), y), 2.5, 2.5);
    }
    painter->restore();
}

QSize IntervalBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 140));
    return size;
}

} // namespace genlens::widgets

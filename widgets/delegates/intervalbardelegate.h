#pragma once

#include <QStyledItemDelegate>

namespace genlens::widgets {

// Draws a metric's confidence interval as an error bar (a line from the low to the high end with
// caps, a dot at the value) on the scale the model gives (MetricsModel::AxisLowRole/HighRole).
// Nothing is drawn for a metric without an interval.
class IntervalBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace genlens::widgets

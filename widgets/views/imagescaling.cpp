#include "views/imagescaling.h"

#include <QFontMetrics>

#include <algorithm>

namespace genlens::widgets {

QImage enlargeByWholePixels(const QImage& image, int side)
{
    if (image.isNull() || side <= 0) {
        return image;
    }
    const int longest = std::max(image.width(), image.height());
    const int factor = side / longest;
    if (factor < 2) {
        return image;
    }
    return image.scaled(image.width() * factor, image.height() * factor, Qt::KeepAspectRatio,
                        Qt::FastTransformation);
}

QString gridLabel(const QString& name, const QFontMetrics& metrics, int width)
{
    return metrics.elidedText(name, Qt::ElideLeft, width);
}

} // namespace genlens::widgets

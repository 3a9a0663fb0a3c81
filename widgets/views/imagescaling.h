#pragma once

#include <QImage>
#include <QString>

class QFontMetrics;

namespace genlens::widgets {

// Enlarges an image smaller than `side` by the largest whole-pixel factor that fits, without
// smoothing: a 32x32 digit stays a sharp 9x9-pixel-block digit instead of a blur. Images that
// already reach `side` in either direction are returned unchanged.
QImage enlargeByWholePixels(const QImage& image, int side);

// A grid label that fits `width`: sample names differ at their end (gen_00123.png vs
// gen_00124.png), so the start is elided and the distinguishing end kept.
QString gridLabel(const QString& name, const QFontMetrics& metrics, int width);

} // namespace genlens::widgets

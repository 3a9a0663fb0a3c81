#include "views/featuremapview.h"

#include "views/setcolours.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <algorithm>
#include <cmath>

namespace genlens::widgets {

using app::FeatureMapData;
using app::SetRole;

namespace {

constexpr double kPadding = 0.04; // share of the data range added on each side
constexpr double kHitRadius = 6.0; // pixels
constexpr double kPointRadius = 2.2; // pixels
constexpr double kSelectedRadius = 3.4; // pixels
constexpr int kPointAlpha = 150;
// Samples flagged by the live parameters (memorised, low realism, outside the other manifold),
// the colour of the grids' corner badge.
const QColor kFlagColour(200, 30, 60);
constexpr int kDimmedAlpha = 45; // unselected points while there is a selection
constexpr int kSpacing = 6;

int setSlot(SetRole set)
{
    return set == SetRole::Real ? 0 : 1;
}

QImage dot(QColor fill, int alpha, const QColor& outline, double radius, qreal dpr)
{
    const double half = radius + 1.0;
    const int side = static_cast<int>(std::ceil(2.0 * half * dpr));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    fill.setAlpha(alpha);
    p.setBrush(fill);
    p.setPen(outline.isValid() ? QPen(outline, 1.0) : QPen(Qt::NoPen));
    const double centre = side / dpr / 2.0;
    p.drawEllipse(QPointF(centre, centre), radius, radius);
    return image;
}

QString tickLabel(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

FeatureMapView::FeatureMapView(QWidget* parent)
    : QWidget(parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, this))
{
    setObjectName(QStringLiteral("featureMap"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
    retranslateUi();
}

void FeatureMapView::retranslateUi()
{
    setAccessibleName(tr("Feature map"));
    const QString help
        = tr("Drag to select points (Shift or Ctrl adds to the selection); click a point to open "
             "the sample. Keys: arrows step through the selected points, Enter opens the current "
             "one, Esc clears the selection.");
    setAccessibleDescription(help);
    setToolTip(help);
    update(); // the axis titles and the legend are painted with tr() at paint time
}

void FeatureMapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        invalidate();
    }
    QWidget::changeEvent(event);
}

void FeatureMapView::setData(FeatureMapData data)
{
    m_data = std::move(data);
    for (const SetRole set : {SetRole::Real, SetRole::Generated}) {
        m_selected[setSlot(set)].assign(static_cast<std::size_t>(m_data.points(set).size()), 0);
    }
    m_current.reset();
    m_band->hide();
    m_pressed = m_dragging = false;
    invalidate();
}

void FeatureMapView::setSetShown(SetRole set, bool shown)
{
    bool& slot = m_shown[setSlot(set)];
    if (slot == shown) {
        return;
    }
    slot = shown;
    if (!shown) {
        std::fill(m_selected[setSlot(set)].begin(), m_selected[setSlot(set)].end(), 0);
        if (m_current && m_current->set == set) {
            m_current.reset();
        }
    }
    invalidate();
}

int FeatureMapView::pointAlpha(qsizetype pointCount)
{
    // Full strength up to a few thousand points, then fading with the square root of the count
    // (the overlap of 2.2 px dots grows with density), never below a visible floor.
    constexpr double kFullUpTo = 4000.0;
    constexpr int kFloor = 40;
    if (pointCount <= static_cast<qsizetype>(kFullUpTo)) {
        return kPointAlpha;
    }
    const double scaled = kPointAlpha * std::sqrt(kFullUpTo / static_cast<double>(pointCount));
    return std::max(kFloor, static_cast<int>(std::lround(scaled)));
}

void FeatureMapView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

QList<qint64> FeatureMapView::selectedSamples(SetRole set) const
{
    QList<qint64> out;
    const std::vector<char>& flags = m_selected[setSlot(set)];
    const FeatureMapData::Points& points = m_data.points(set);
    for (std::size_t i = 0; i < flags.size(); ++i) {
        if (flags[i]) {
            out << points.indices[i];
        }
    }
    return out;
}

void FeatureMapView::setSelectedSamples(const QList<qint64>& real, const QList<qint64>& generated)
{
    for (const auto& [set, samples] :
         {std::pair {SetRole::Real, &real}, std::pair {SetRole::Generated, &generated}}) {
        std::vector<char>& flags = m_selected[setSlot(set)];
        std::fill(flags.begin(), flags.end(), 0);
        for (const qint64 sample : *samples) {
            const qsizetype point = m_data.pointOf(set, sample);
            if (point >= 0) {
                flags[static_cast<std::size_t>(point)] = 1;
            }
        }
    }
    invalidate();
}

void FeatureMapView::setFlaggedSamples(SetRole set, std::vector<char> flags)
{
    if (flags != m_flagged[setSlot(set)]) {
        m_flagged[setSlot(set)] = std::move(flags);
        invalidate();
    }
}

void FeatureMapView::clearSelection()
{
    setSelectedSamples({}, {});
}

bool FeatureMapView::hasSelection() const
{
    for (const std::vector<char>& flags : m_selected) {
        if (std::find(flags.begin(), flags.end(), 1) != flags.end()) {
            return true;
        }
    }
    return false;
}

void FeatureMapView::setCurrentSample(SetRole set, qint64 index)
{
    const qsizetype point = m_data.pointOf(set, index);
    if (point >= 0) {
        m_current = FeatureMapData::Hit {set, index, point};
    } else {
        m_current.reset();
    }
    update();
}

QSize FeatureMapView::sizeHint() const
{
    return {640, 420};
}

QSize FeatureMapView::minimumSizeHint() const
{
    return {320, 220};
}

void FeatureMapView::invalidate()
{
    m_cacheValid = false;
    update();
}

QRectF FeatureMapView::dataRect() const
{
    const QRectF b = m_data.bounds();
    return b.adjusted(-kPadding * b.width(), -kPadding * b.height(), kPadding * b.width(),
                      kPadding * b.height());
}

FeatureMapView::Ticks FeatureMapView::ticksFor(double low, double high, int target)
{
    Ticks t;
    const double raw = (high - low) / std::max(target, 1);
    if (!(raw > 0) || !std::isfinite(raw)) {
        return t;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double step = (norm < 1.5 ? 1.0 : norm < 3.0 ? 2.0 : norm < 7.0 ? 5.0 : 10.0) * magnitude;
    t.decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    for (double v = std::ceil(low / step) * step; v <= high + step * 1e-9 && t.values.size() < 50;
         v += step) {
        t.values.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return t;
}

QRectF FeatureMapView::plotArea() const
{
    const QFontMetrics fm(font());
    const QRectF data = dataRect();
    const Ticks yTicks = ticksFor(data.top(), data.bottom(), 5);
    int labelWidth = fm.horizontalAdvance(QStringLiteral("0"));
    for (const double v : yTicks.values) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tickLabel(v, yTicks.decimals)));
    }
    const double left = kSpacing + fm.height() + kSpacing + labelWidth + kSpacing;
    const double top = kSpacing + fm.height() + kSpacing; // the legend
    const double bottom = kSpacing + fm.height() + kSpacing + fm.height() + kSpacing;
    const double right = 2 * kSpacing + fm.horizontalAdvance(QStringLiteral("0")) * 2;
    const QRectF r = QRectF(rect()).adjusted(left, top, -right, -bottom);
    return r.isValid() ? r : QRectF(rect().center(), QSizeF(1, 1));
}

app::MapViewport FeatureMapView::viewport() const
{
    return {dataRect(), plotArea()};
}

std::optional<QPointF> FeatureMapView::samplePosition(SetRole set, qint64 index) const
{
    const qsizetype point = m_data.pointOf(set, index);
    if (point < 0) {
        return std::nullopt;
    }
    const FeatureMapData::Points& p = m_data.points(set);
    return viewport().toScreen(p.x[static_cast<std::size_t>(point)],
                               p.y[static_cast<std::size_t>(point)]);
}

void FeatureMapView::renderPoints(const QRectF& plot)
{
    const qreal dpr = devicePixelRatioF();
    m_cache = QImage((plot.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_cache.setDevicePixelRatio(dpr);
    m_cache.fill(palette().color(QPalette::Base));
    QPainter p(&m_cache);
    const app::MapViewport vp {dataRect(), QRectF(QPointF(0, 0), plot.size())};

    // Grid at the tick positions, under the points.
    QColor grid = palette().color(QPalette::Text);
    grid.setAlpha(28);
    p.setPen(QPen(grid, 0));
    const QRectF data = vp.data;
    for (const double x : ticksFor(data.left(), data.right(), 6).values) {
        const double sx = vp.toScreen(x, data.top()).x();
        p.drawLine(QPointF(sx, 0), QPointF(sx, plot.height()));
    }
    for (const double y : ticksFor(data.top(), data.bottom(), 5).values) {
        const double sy = vp.toScreen(data.left(), y).y();
        p.drawLine(QPointF(0, sy), QPointF(plot.width(), sy));
    }

    const bool selection = hasSelection();
    const std::size_t nReal
        = m_shown[0] ? static_cast<std::size_t>(m_data.points(SetRole::Real).size()) : 0;
    const std::size_t nGen
        = m_shown[1] ? static_cast<std::size_t>(m_data.points(SetRole::Generated).size()) : 0;
    const int alpha = selection
        ? kDimmedAlpha
        : pointAlpha(static_cast<qsizetype>(nReal + nGen));
    const QImage sprites[2] = {dot(kRealColour, alpha, QColor(), kPointRadius, dpr),
                               dot(kGeneratedColour, alpha, QColor(), kPointRadius, dpr)};
    const double half = sprites[0].width() / dpr / 2.0;
    const auto draw = [&](SetRole set, std::size_t i, const QImage& sprite, double offset) {
        const FeatureMapData::Points& pts = m_data.points(set);
        const QPointF s = vp.toScreen(pts.x[i], pts.y[i]);
        p.drawImage(QPointF(s.x() - offset, s.y() - offset), sprite);
    };
    // Interleaved by position in each set, so that neither colour is painted over the other
    // wholesale where the sets overlap.
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < nReal || j < nGen) {
        const bool realNext = j >= nGen
            || (i < nReal
                && (static_cast<double>(i) + 0.5) * static_cast<double>(nGen)
                    <= (static_cast<double>(j) + 0.5) * static_cast<double>(nReal));
        if (realNext) {
            draw(SetRole::Real, i++, sprites[0], half);
        } else {
            draw(SetRole::Generated, j++, sprites[1], half);
        }
    }
    // Flags over the points, under the selection.
    const QImage flagged = dot(kFlagColour, 255, palette().color(QPalette::Base), kSelectedRadius, dpr);
    const double flaggedHalf = flagged.width() / dpr / 2.0;
    for (const SetRole set : {SetRole::Real, SetRole::Generated}) {
        const std::vector<char>& flags = m_flagged[setSlot(set)];
        const std::vector<qint64>& samples = m_data.points(set).indices;
        for (std::size_t k = 0; k < samples.size() && !flags.empty(); ++k) {
            const auto sample = static_cast<std::size_t>(samples[k]);
            if (sample < flags.size() && flags[sample]) {
                draw(set, k, flagged, flaggedHalf);
            }
        }
    }
    if (selection) {
        const QColor outline = palette().color(QPalette::Text);
        const QImage selected[2] = {dot(kRealColour, 255, outline, kSelectedRadius, dpr),
                                    dot(kGeneratedColour, 255, outline, kSelectedRadius, dpr)};
        const double selectedHalf = selected[0].width() / dpr / 2.0;
        for (const SetRole set : {SetRole::Real, SetRole::Generated}) {
            const std::vector<char>& flags = m_selected[setSlot(set)];
            for (std::size_t k = 0; k < flags.size(); ++k) {
                if (flags[k]) {
                    draw(set, k, selected[setSlot(set)], selectedHalf);
                }
            }
        }
    }
    m_cacheValid = true;
}

void FeatureMapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_data.isAvailable()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(rect()).adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder);
        if (hasFocus()) {
            QStyleOptionFocusRect option;
            option.initFrom(this);
            option.rect = rect().adjusted(2, 2, -2, -2);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
        }
        return;
    }
    const QRectF plot = plotArea();
    const QSize wanted = (plot.size() * devicePixelRatioF()).toSize();
    if (!m_cacheValid || m_cache.size() != wanted) {
        renderPoints(plot);
    }
    p.drawImage(plot.topLeft(), m_cache);

    const QColor text = palette().color(QPalette::Text);
    QColor frame = text;
    frame.setAlpha(110);
    p.setPen(QPen(frame, 0));
    p.drawRect(plot);

    // Ticks and their labels.
    const QFontMetrics fm(font());
    const app::MapViewport vp {dataRect(), plot};
    p.setPen(text);
    const Ticks xTicks = ticksFor(vp.data.left(), vp.data.right(), 6);
    for (const double x : xTicks.values) {
        const double sx = vp.toScreen(x, 0).x();
        p.drawLine(QPointF(sx, plot.bottom()), QPointF(sx, plot.bottom() + 4));
        const QString label = tickLabel(x, xTicks.decimals);
        const double w = fm.horizontalAdvance(label);
        p.drawText(QPointF(sx - w / 2, plot.bottom() + kSpacing + fm.ascent()), label);
    }
    const Ticks yTicks = ticksFor(vp.data.top(), vp.data.bottom(), 5);
    for (const double y : yTicks.values) {
        const double sy = vp.toScreen(0, y).y();
        p.drawLine(QPointF(plot.left() - 4, sy), QPointF(plot.left(), sy));
        const QString label = tickLabel(y, yTicks.decimals);
        const double w = fm.horizontalAdvance(label);
        p.drawText(QPointF(plot.left() - kSpacing - w, sy + fm.ascent() / 2.0 - 1), label);
    }

    // Axis titles with each component's share of the variance.
    const auto percent = [this](int component) {
        return QLocale().toString(100.0 * m_data.explainedVarianceRatio(component), 'f', 1);
    };
    const QString xTitle = tr("PC1 (%1 %)").arg(percent(0));
    const QString yTitle = tr("PC2 (%1 %)").arg(percent(1));
    const double xTitleY = plot.bottom() + kSpacing + fm.height() + kSpacing;
    p.drawText(QRectF(plot.left(), xTitleY, plot.width(), fm.height()), Qt::AlignCenter, xTitle);
    p.save();
    p.translate(kSpacing, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height()), Qt::AlignCenter, yTitle);
    p.restore();

    // Legend, above the plot on the right.
    p.setRenderHint(QPainter::Antialiasing);
    const QString names[2] = {tr("Real"), tr("Generated")};
    const double legendY = kSpacing + fm.height() / 2.0;
    double x = plot.right();
    for (int k = 1; k >= 0; --k) {
        const double w = fm.horizontalAdvance(names[k]);
        x -= w;
        p.setPen(text);
        p.drawText(QPointF(x, legendY + fm.ascent() / 2.0 - 1), names[k]);
        x -= kSpacing + 2 * kSelectedRadius;
        // A hidden set keeps its legend entry as a hollow dot.
        const QColor colour = k == 0 ? kRealColour : kGeneratedColour;
        p.setPen(m_shown[k] ? QPen(Qt::NoPen) : QPen(colour, 1.5));
        p.setBrush(m_shown[k] ? QBrush(colour) : QBrush(Qt::NoBrush));
        p.drawEllipse(QPointF(x + kSelectedRadius, legendY), kSelectedRadius + 1,
                      kSelectedRadius + 1);
        x -= 3 * kSpacing;
    }

    if (m_current) {
        const FeatureMapData::Points& pts = m_data.points(m_current->set);
        const auto at = static_cast<std::size_t>(m_current->point);
        const QPointF s = vp.toScreen(pts.x[at], pts.y[at]);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().color(QPalette::Base), 4));
        p.drawEllipse(s, 7, 7);
        p.setPen(QPen(text, 2));
        p.drawEllipse(s, 7, 7);
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = plot.toAlignedRect().adjusted(-3, -3, 3, 3);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void FeatureMapView::resizeEvent(QResizeEvent* event)
{
    m_cacheValid = false;
    QWidget::resizeEvent(event);
}

void FeatureMapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_data.isAvailable()) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    event->accept();
}

void FeatureMapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed) {
        if (!m_dragging
            && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            m_band->show();
        }
        if (m_dragging) {
            m_band->setGeometry(QRect(m_pressPos, pos).normalized());
        }
        event->accept();
        return;
    }
    if (m_data.isAvailable()) {
        const bool onPoint = m_data
                                 .nearest(event->position(), kHitRadius, viewport(), m_shown[0],
                                          m_shown[1])
                                 .has_value();
        setCursor(onPoint ? Qt::PointingHandCursor : Qt::CrossCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void FeatureMapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    event->accept();
    if (m_dragging) {
        m_dragging = false;
        m_band->hide();
        const QRectF band = QRectF(QRect(m_pressPos, event->position().toPoint()).normalized());
        const app::MapViewport vp = viewport();
        const bool add = event->modifiers().testAnyFlags(Qt::ShiftModifier | Qt::ControlModifier);
        QList<qint64> real;
        QList<qint64> generated;
        if (m_shown[0]) {
            real = m_data.samplesInside(SetRole::Real, band, vp);
        }
        if (m_shown[1]) {
            generated = m_data.samplesInside(SetRole::Generated, band, vp);
        }
        if (add) {
            real << selectedSamples(SetRole::Real);
            generated << selectedSamples(SetRole::Generated);
        }
        setSelectedSamples(real, generated);
        emit selectionChanged();
        return;
    }
    if (const auto hit = m_data.nearest(event->position(), kHitRadius, viewport(), m_shown[0],
                                        m_shown[1])) {
        activate(*hit);
    }
}

void FeatureMapView::activate(const FeatureMapData::Hit& hit)
{
    m_current = hit;
    update();
    emit sampleActivated(hit.set, hit.sample);
}

void FeatureMapView::stepCurrent(int direction)
{
    if (!m_data.isAvailable()) {
        return;
    }
    const bool selection = hasSelection();
    std::vector<FeatureMapData::Hit> order;
    for (const SetRole set : {SetRole::Real, SetRole::Generated}) {
        if (!m_shown[setSlot(set)]) {
            continue;
        }
        const FeatureMapData::Points& pts = m_data.points(set);
        const std::vector<char>& flags = m_selected[setSlot(set)];
        for (qsizetype i = 0; i < pts.size(); ++i) {
            if (!selection || flags[static_cast<std::size_t>(i)]) {
                order.push_back({set, pts.indices[static_cast<std::size_t>(i)], i});
            }
        }
    }
    if (order.empty()) {
        return;
    }
    const auto size = static_cast<qsizetype>(order.size());
    qsizetype at = direction > 0 ? 0 : size - 1;
    if (m_current) {
        const auto it = std::find_if(order.begin(), order.end(), [this](const auto& h) {
            return h.set == m_current->set && h.point == m_current->point;
        });
        if (it != order.end()) {
            at = ((it - order.begin()) + direction + size) % size;
        }
    }
    activate(order[static_cast<std::size_t>(at)]);
}

void FeatureMapView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (hasSelection()) {
            clearSelection();
            emit selectionChanged();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        stepCurrent(+1);
        event->accept();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        stepCurrent(-1);
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current) {
            activate(*m_current);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace genlens::widgets

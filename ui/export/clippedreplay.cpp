// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/clippedreplay.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>

namespace cc::ui {

namespace {

// Liang–Barsky: the part of segment a–b inside `r`, false if none.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &r)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double t0 = 0, t1 = 1;
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = a;
    a = start + QPointF(dx, dy) * t0;
    b = start + QPointF(dx, dy) * t1;
    return true;
}

// The lines of `polygons` (closed ones with their closing edge) cut to `r`, as open subpaths.
QPainterPath clipLines(const QList<QPolygonF> &polygons, bool closed, const QRectF &r)
{
    QPainterPath out;
    for (const QPolygonF &poly : polygons) {
        const int n = int(poly.size());
        const int edges = closed && n > 2 ? n : n - 1;
        bool open = false;
        QPointF last;
        for (int i = 0; i < edges; ++i) {
            QPointF a = poly[i], b = poly[(i + 1) % n];
            if (!clipSegment(a, b, r)) {
                open = false;
                continue;
            }
            if (!open || a != last)
                out.moveTo(a);
            out.lineTo(b);
            last = b;
            open = true;
        }
    }
    return out;
}

class ClipResolvingEngine : public QPaintEngine {
public:
    explicit ClipResolvingEngine(QPainter *target)
        : QPaintEngine(QPaintEngine::AllFeatures), m_target(target), m_base(target->transform())
    {
    }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &) override {}

    void drawPath(const QPainterPath &path) override { draw(path, !isClosed(path)); }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count < 1)
            return;
        QPainterPath path(points[0]);
        for (int i = 1; i < count; ++i)
            path.lineTo(points[i]);
        if (mode != PolylineMode) {
            path.closeSubpath();
            path.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        }
        draw(path, mode == PolylineMode);
    }

    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override
    {
        drawImage(r, pm.toImage(), sr, Qt::AutoColor);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr, Qt::ImageConversionFlags) override
    {
        QRectF shown = r, source = sr;
        if (painter()->hasClipping()) {
            shown = r & painter()->clipBoundingRect();
            if (shown.isEmpty())
                return;
            // The same part of the source, in proportion.
            const double sx = sr.width() / r.width(), sy = sr.height() / r.height();
            source = QRectF(sr.left() + (shown.left() - r.left()) * sx, sr.top() + (shown.top() - r.top()) * sy,
                            shown.width() * sx, shown.height() * sy);
        }
        prepare();
        m_target->drawImage(shown, image, source);
        m_target->restore();
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        // A label belongs to the plot when its baseline starts inside the clip.
        if (painter()->hasClipping() && !painter()->clipBoundingRect().adjusted(-1, -1, 1, 1).contains(p))
            return;
        prepare();
        m_target->setFont(item.font());
        m_target->drawText(p, item.text());
        m_target->restore();
    }

private:
    static bool isClosed(const QPainterPath &path)
    {
        const int n = path.elementCount();
        return n > 2 && path.elementAt(0).x == path.elementAt(n - 1).x &&
               path.elementAt(0).y == path.elementAt(n - 1).y;
    }

    void prepare()
    {
        m_target->save();
        m_target->setTransform(painter()->transform() * m_base);
        m_target->setPen(painter()->pen());
        m_target->setBrush(painter()->brush());
        m_target->setOpacity(painter()->opacity());
        m_target->setRenderHints(painter()->renderHints());
    }

    void draw(const QPainterPath &path, bool lineOnly)
    {
        const QPen pen = painter()->pen();
        const QBrush brush = lineOnly ? QBrush() : painter()->brush();
        prepare();
        const QRectF clip = painter()->hasClipping() ? painter()->clipBoundingRect() : QRectF();
        if (clip.isNull() || clip.contains(path.controlPointRect())) {
            m_target->setBrush(brush);
            m_target->drawPath(path);
        } else {
            if (brush.style() != Qt::NoBrush) {
                QPainterPath box;
                box.addRect(clip);
                m_target->fillPath(path.intersected(box), brush);
            }
            if (pen.style() != Qt::NoPen) {
                m_target->setBrush(Qt::NoBrush);
                m_target->drawPath(clipLines(path.toSubpathPolygons(), !lineOnly, clip));
            }
        }
        m_target->restore();
    }

    QPainter *m_target;
    QTransform m_base;
};

class ClipResolvingDevice : public QPaintDevice {
public:
    ClipResolvingDevice(QPainter *target, const QPaintDevice *like) : m_engine(target), m_like(like) {}
    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        // The target's resolution, so text is laid out as it will be drawn.
        switch (metric) {
        case PdmWidth: return m_like->width();
        case PdmHeight: return m_like->height();
        case PdmWidthMM: return m_like->widthMM();
        case PdmHeightMM: return m_like->heightMM();
        case PdmNumColors: return m_like->colorCount();
        case PdmDepth: return m_like->depth();
        case PdmDpiX: return m_like->logicalDpiX();
        case PdmDpiY: return m_like->logicalDpiY();
        case PdmPhysicalDpiX: return m_like->physicalDpiX();
        case PdmPhysicalDpiY: return m_like->physicalDpiY();
        case PdmDevicePixelRatio: return int(m_like->devicePixelRatio());
        case PdmDevicePixelRatioScaled: return int(m_like->devicePixelRatio() * devicePixelRatioFScale());
        }
        return 0;
    }

private:
    mutable ClipResolvingEngine m_engine;
    const QPaintDevice *m_like;
};

} // namespace

void replayClipped(const QPicture &picture, QPainter *target, const QPointF &at)
{
    target->save();
    target->translate(at);
    ClipResolvingDevice device(target, target->device());
    QPainter painter(&device);
    painter.drawPicture(QPointF(0, 0), picture);
    painter.end();
    target->restore();
}

} // namespace cc::ui

#include "icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QtMath>

namespace {
using Icons::Glyph;

// Every glyph is drawn on a 24 × 24 grid with round 1.8-unit strokes.
void drawGlyph(QPainter &p, Glyph glyph, const QColor &color)
{
    QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const auto filled = [&](const QColor &fill) {
        p.setBrush(fill);
        p.setPen(Qt::NoPen);
    };
    switch (glyph) {
    case Glyph::Sources: // a database cylinder
        p.drawEllipse(QRectF(5, 3, 14, 5));
        p.drawLine(QPointF(5, 5.5), QPointF(5, 18.5));
        p.drawLine(QPointF(19, 5.5), QPointF(19, 18.5));
        p.drawArc(QRectF(5, 9.5, 14, 5), 180 * 16, 180 * 16);
        p.drawArc(QRectF(5, 16, 14, 5), 180 * 16, 180 * 16);
        break;
    case Glyph::Users: // two people
        p.drawEllipse(QRectF(6, 4, 7, 7));
        p.drawArc(QRectF(3, 13, 13, 12), 0, 180 * 16);
        p.drawArc(QRectF(13, 5, 6, 6), -90 * 16, 220 * 16);
        p.drawArc(QRectF(14, 13.5, 8, 10), 0, 110 * 16);
        break;
    case Glyph::Departments: // an org chart
        p.drawRoundedRect(QRectF(9, 3, 6, 5), 1, 1);
        p.drawRoundedRect(QRectF(3, 16, 6, 5), 1, 1);
        p.drawRoundedRect(QRectF(15, 16, 6, 5), 1, 1);
        p.drawLine(QPointF(12, 8), QPointF(12, 12));
        p.drawLine(QPointF(6, 12), QPointF(18, 12));
        p.drawLine(QPointF(6, 12), QPointF(6, 16));
        p.drawLine(QPointF(18, 12), QPointF(18, 16));
        break;
    case Glyph::Logs:
    case Glyph::Details: { // a page with lines
        QPainterPath page;
        page.moveTo(6, 3);
        page.lineTo(14.5, 3);
        page.lineTo(19, 7.5);
        page.lineTo(19, 21);
        page.lineTo(6, 21);
        page.closeSubpath();
        p.drawPath(page);
        p.drawLine(QPointF(14.5, 3), QPointF(14.5, 7.5));
        p.drawLine(QPointF(14.5, 7.5), QPointF(19, 7.5));
        p.drawLine(QPointF(9, 11.5), QPointF(16, 11.5));
        p.drawLine(QPointF(9, 15), QPointF(16, 15));
        p.drawLine(QPointF(9, 18.5), QPointF(13, 18.5));
        break;
    }
    case Glyph::Settings: { // a gear
        QPainterPath gear;
        const QPointF c(12, 12);
        for (int i = 0; i < 16; ++i) {
            const double angle = i * M_PI / 8.0;
            const double r = (i % 2 == 0) ? 9.0 : 7.0;
            const QPointF a = c + QPointF(qCos(angle - 0.2) * r, qSin(angle - 0.2) * r);
            const QPointF b = c + QPointF(qCos(angle + 0.2) * r, qSin(angle + 0.2) * r);
            if (i == 0)
                gear.moveTo(a);
            else
                gear.lineTo(a);
            gear.lineTo(b);
        }
        gear.closeSubpath();
        p.drawPath(gear);
        p.drawEllipse(c, 3, 3);
        break;
    }
    case Glyph::Add:
        p.drawLine(QPointF(12, 5), QPointF(12, 19));
        p.drawLine(QPointF(5, 12), QPointF(19, 12));
        break;
    case Glyph::Sync:
    case Glyph::Refresh:
    case Glyph::Retry: { // circular arrows
        p.drawArc(QRectF(4.5, 4.5, 15, 15), 30 * 16, 150 * 16);
        p.drawArc(QRectF(4.5, 4.5, 15, 15), 210 * 16, glyph == Glyph::Retry ? 120 * 16 : 150 * 16);
        QPainterPath head;
        head.moveTo(17.5, 3.5);
        head.lineTo(18.6, 8.4);
        head.lineTo(13.8, 8.0);
        p.drawPath(head);
        if (glyph != Glyph::Retry) {
            QPainterPath tail;
            tail.moveTo(6.5, 20.5);
            tail.lineTo(5.4, 15.6);
            tail.lineTo(10.2, 16.0);
            p.drawPath(tail);
        }
        break;
    }
    case Glyph::Cancel:
        p.drawEllipse(QRectF(3.5, 3.5, 17, 17));
        filled(color);
        p.drawRoundedRect(QRectF(9, 9, 6, 6), 1, 1);
        break;
    case Glyph::Delete: // a bin
        p.drawLine(QPointF(4, 6.5), QPointF(20, 6.5));
        p.drawLine(QPointF(9.5, 6.5), QPointF(10, 3.5));
        p.drawLine(QPointF(10, 3.5), QPointF(14, 3.5));
        p.drawLine(QPointF(14, 3.5), QPointF(14.5, 6.5));
        p.drawLine(QPointF(6, 6.5), QPointF(7, 20.5));
        p.drawLine(QPointF(7, 20.5), QPointF(17, 20.5));
        p.drawLine(QPointF(17, 20.5), QPointF(18, 6.5));
        p.drawLine(QPointF(10.2, 10), QPointF(10.5, 17));
        p.drawLine(QPointF(13.8, 10), QPointF(13.5, 17));
        break;
    case Glyph::Configure: // sliders
        p.drawLine(QPointF(4, 7), QPointF(20, 7));
        p.drawLine(QPointF(4, 12), QPointF(20, 12));
        p.drawLine(QPointF(4, 17), QPointF(20, 17));
        filled(color);
        p.drawEllipse(QPointF(15, 7), 2.4, 2.4);
        p.drawEllipse(QPointF(8, 12), 2.4, 2.4);
        p.drawEllipse(QPointF(13, 17), 2.4, 2.4);
        break;
    case Glyph::Tasks: // a checklist
        p.drawLine(QPointF(10, 6.5), QPointF(20, 6.5));
        p.drawLine(QPointF(10, 12), QPointF(20, 12));
        p.drawLine(QPointF(10, 17.5), QPointF(20, 17.5));
        p.drawPolyline(QPolygonF({QPointF(3.5, 6.5), QPointF(5, 8), QPointF(7.5, 5)}));
        p.drawPolyline(QPolygonF({QPointF(3.5, 12), QPointF(5, 13.5), QPointF(7.5, 10.5)}));
        p.drawPolyline(QPolygonF({QPointF(3.5, 17.5), QPointF(5, 19), QPointF(7.5, 16)}));
        break;
    case Glyph::Export: // an arrow out of a tray
        p.drawLine(QPointF(12, 3.5), QPointF(12, 14.5));
        p.drawPolyline(QPolygonF({QPointF(7.5, 8), QPointF(12, 3.5), QPointF(16.5, 8)}));
        p.drawPolyline(
            QPolygonF({QPointF(4, 13.5), QPointF(4, 20), QPointF(20, 20), QPointF(20, 13.5)}));
        break;
    case Glyph::Search:
        p.drawEllipse(QRectF(4, 4, 11, 11));
        p.drawLine(QPointF(13.5, 13.5), QPointF(20, 20));
        break;
    case Glyph::Folder: {
        QPainterPath folder;
        folder.moveTo(3, 6.5);
        folder.lineTo(3, 19);
        folder.lineTo(21, 19);
        folder.lineTo(21, 8.5);
        folder.lineTo(11.5, 8.5);
        folder.lineTo(9.5, 5.5);
        folder.lineTo(4, 5.5);
        folder.closeSubpath();
        p.drawPath(folder);
        break;
    }
    case Glyph::Copy:
        p.drawRoundedRect(QRectF(8, 8, 12, 12), 2, 2);
        p.drawPolyline(QPolygonF({QPointF(5, 15.5), QPointF(4, 15.5), QPointF(4, 4),
                                  QPointF(15.5, 4), QPointF(15.5, 5)}));
        break;
    case Glyph::Key:
        p.drawEllipse(QRectF(3.5, 9, 7.5, 7.5));
        p.drawLine(QPointF(11, 12.75), QPointF(20.5, 12.75));
        p.drawLine(QPointF(17.5, 12.75), QPointF(17.5, 16));
        p.drawLine(QPointF(20.5, 12.75), QPointF(20.5, 15.5));
        break;
    case Glyph::Info:
    case Glyph::Warning:
    case Glyph::Error:
    case Glyph::Success: {
        if (glyph == Glyph::Warning) {
            QPainterPath triangle;
            triangle.moveTo(12, 3);
            triangle.lineTo(21.5, 20);
            triangle.lineTo(2.5, 20);
            triangle.closeSubpath();
            filled(color);
            p.drawPath(triangle);
        } else {
            filled(color);
            p.drawEllipse(QRectF(2.5, 2.5, 19, 19));
        }
        QPen mark(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(mark);
        p.setBrush(Qt::NoBrush);
        if (glyph == Glyph::Info) {
            p.drawLine(QPointF(12, 11), QPointF(12, 17));
            p.drawPoint(QPointF(12, 7.5));
        } else if (glyph == Glyph::Warning) {
            p.drawLine(QPointF(12, 9), QPointF(12, 13.5));
            p.drawPoint(QPointF(12, 17));
        } else if (glyph == Glyph::Error) {
            p.drawLine(QPointF(8.5, 8.5), QPointF(15.5, 15.5));
            p.drawLine(QPointF(15.5, 8.5), QPointF(8.5, 15.5));
        } else {
            p.drawPolyline(QPolygonF({QPointF(7.5, 12.5), QPointF(10.5, 15.5), QPointF(16.5, 9)}));
        }
        break;
    }
    case Glyph::Api: // braces: data arriving over HTTP
        p.drawPolyline(
            QPolygonF({QPointF(8, 4), QPointF(6, 4), QPointF(5.5, 10.5), QPointF(3.5, 12),
                       QPointF(5.5, 13.5), QPointF(6, 20), QPointF(8, 20)}));
        p.drawPolyline(
            QPolygonF({QPointF(16, 4), QPointF(18, 4), QPointF(18.5, 10.5), QPointF(20.5, 12),
                       QPointF(18.5, 13.5), QPointF(18, 20), QPointF(16, 20)}));
        filled(color);
        p.drawEllipse(QPointF(9.5, 12), 1.3, 1.3);
        p.drawEllipse(QPointF(14.5, 12), 1.3, 1.3);
        break;
    case Glyph::Sample: // a sparkle: generated data
        p.drawLine(QPointF(12, 3), QPointF(12, 21));
        p.drawLine(QPointF(3, 12), QPointF(21, 12));
        p.drawLine(QPointF(6, 6), QPointF(18, 18));
        p.drawLine(QPointF(18, 6), QPointF(6, 18));
        filled(color);
        p.drawEllipse(QPointF(12, 12), 3, 3);
        break;
    }
}

class GlyphEngine : public QIconEngine
{
public:
    GlyphEngine(Glyph glyph, const QColor &color)
        : m_glyph(glyph)
        , m_color(color)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor color = m_color.isValid() ? m_color : QApplication::palette().color(QPalette::Text);
        if (mode == QIcon::Disabled)
            color = QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        else if (mode == QIcon::Selected && !m_color.isValid())
            color = QApplication::palette().color(QPalette::HighlightedText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        drawGlyph(*painter, m_glyph, color);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph, m_color); }

private:
    Glyph m_glyph;
    QColor m_color;
};
} // namespace

namespace Icons {

QIcon icon(Glyph glyph, const QColor &color)
{
    return QIcon(new GlyphEngine(glyph, color));
}

QColor accent()
{
    return QColor(0x1f, 0x6f, 0xd6);
}

} // namespace Icons

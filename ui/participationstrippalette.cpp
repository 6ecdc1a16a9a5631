#include "participationstrippalette.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using Cell = ParticipationStripModel::Cell;

namespace StripPalette {

QColor cellColor(Cell cell)
{
    switch (cell) {
    case Cell::Proposed:
        return QColor(0x0b, 0x6b, 0x2a);
    case Cell::Signed:
        return QColor(0x5c, 0xc2, 0x72);
    case Cell::NotSealed:
        return QColor(0x9a, 0xa0, 0xa6);
    case Cell::RoundChange:
        return QColor(0xe3, 0x7b, 0x08);
    case Cell::NotMember:
        return QColor(0xc8, 0xcc, 0xd0);
    case Cell::Unknown:
        break;
    }
    return QColor(0x80, 0x86, 0x8b);
}

void paintCell(QPainter *painter, const QRectF &rect, Cell cell)
{
    const QColor c = cellColor(cell);
    const QRectF r = rect.adjusted(0.5, 1, -0.5, -1);
    switch (cell) {
    case Cell::Proposed:
        painter->fillRect(r, c);
        break;
    case Cell::Signed: // the lower two thirds
        painter->fillRect(QRectF(r.left(), r.top() + r.height() / 3, r.width(), r.height() * 2 / 3), c);
        break;
    case Cell::NotSealed: // an empty outline: normal in a quorum-only chain, never drawn as a fault
        painter->setPen(QPen(c, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case Cell::RoundChange: { // a triangle pointing up
        QPainterPath path;
        path.moveTo(r.left(), r.bottom());
        path.lineTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.closeSubpath();
        painter->fillPath(path, c);
        break;
    }
    case Cell::NotMember: { // a small dot
        const qreal d = qMin(r.width(), r.height()) / 3;
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawEllipse(r.center(), d / 2, d / 2);
        break;
    }
    case Cell::Unknown:
        painter->setPen(QPen(c, 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
        break;
    }
}

} // namespace StripPalette

#include "participationstrippalette.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using Cell = ParticipationStripModel::Cell;

namespace StatusPalette {

QColor color(StatusLevel level)
{
    switch (level) {
    case StatusLevel::Ok:
        return QColor(0x1e, 0x8e, 0x3e);
    case StatusLevel::Warning:
        return QColor(0xe3, 0xa0, 0x08);
    case StatusLevel::Critical:
        return QColor(0xd9, 0x30, 0x25);
    case StatusLevel::Inactive:
        return QColor(0x6d, 0x28, 0x8f);
    case StatusLevel::Unknown:
        break;
    }
    return QColor(0x80, 0x86, 0x8b);
}

QPixmap pixmap(StatusLevel level, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color(level));
    p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont font = p.font();
    font.setPixelSize(qMax(6, int(size * 0.6)));
    font.setBold(true);
    p.setFont(font);
    p.setPen(level == StatusLevel::Warning ? Qt::black : Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, statusLevelSymbol(level));
    return pm;
}

QIcon icon(StatusLevel level)
{
    QIcon out;
    for (int size : {16, 24, 32, 48, 64})
        out.addPixmap(pixmap(level, size));
    return out;
}

QColor cellColor(Cell cell)
{
    switch (cell) {
    case Cell::Proposed:
        return QColor(0x0b, 0x6b, 0x2a);
    case Cell::Signed:
        return QColor(0x5c, 0xc2, 0x72);
    case Cell::Missing:
        return QColor(0xd9, 0x30, 0x25);
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
    case Cell::Missing: { // a cross
        QPen pen(c, qMax(1.5, r.width() / 4));
        painter->setPen(pen);
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.bottomLeft(), r.topRight());
        break;
    }
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

} // namespace StatusPalette

#include "common/statusstyle.h"

#include <QPainter>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace StatusStyle {

QColor color(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return QColor(0x1e, 0x8e, 0x3e);
    case HealthLevel::Warning:
        return QColor(0xe3, 0xa0, 0x08);
    case HealthLevel::Critical:
        return QColor(0xd9, 0x30, 0x25);
    case HealthLevel::Unknown:
        break;
    }
    return QColor(0x80, 0x86, 0x8b);
}

QColor background(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Warning:
        return QColor(255, 213, 79, 110);
    case HealthLevel::Critical:
        return QColor(229, 57, 53, 90);
    case HealthLevel::Unknown:
        return QColor(128, 134, 139, 40);
    case HealthLevel::Ok:
        break;
    }
    return {};
}

QColor foreground(HealthLevel level)
{
    return level == HealthLevel::Warning ? QColor(Qt::black) : QColor(Qt::white);
}

// Drawn once per level and size and kept in Qt's pixmap cache: item views ask for the icon on every repaint, and a
// freshly drawn pixmap each time also defeated the icon engine's cache of scaled copies (keyed by the pixmap), which
// filled the pixmap cache with duplicates on a wall repainting for weeks (bench_kiosk_soak).
QPixmap pixmap(HealthLevel level, int size)
{
    const QString key = u"sentinela-health-%1-%2"_s.arg(int(level)).arg(size);
    QPixmap pm;
    if (QPixmapCache::find(key, &pm))
        return pm;
    pm = QPixmap(size, size);
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
    p.setPen(foreground(level));
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, healthGlyph(level));
    p.end();
    QPixmapCache::insert(key, pm);
    return pm;
}

QIcon icon(HealthLevel level)
{
    QIcon out;
    for (int size : {16, 24, 32, 48, 64})
        out.addPixmap(pixmap(level, size));
    return out;
}

} // namespace StatusStyle

#include "kiosk/walltypography.h"

#include <QFontMetrics>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace WallTypography {

int pixels(int screenHeight, double fraction)
{
    return std::max(8, int(std::lround(screenHeight * fraction)));
}

QFont font(const QFont &base, int screenHeight, double fraction, bool bold)
{
    QFont f = base;
    f.setPixelSize(pixels(screenHeight, fraction));
    f.setBold(bold);
    return f;
}

QFont fitted(const QFont &base, const QString &text, int width, int screenHeight, double fraction,
    double minimumFraction, bool bold)
{
    QFont f = font(base, screenHeight, fraction, bold);
    const int minimum = pixels(screenHeight, minimumFraction);
    int px = f.pixelSize();
    while (px > minimum && QFontMetrics(f).horizontalAdvance(text) > width) {
        px = std::max(minimum, px * 92 / 100);
        f.setPixelSize(px);
    }
    return f;
}

void apply(QLabel *label, int screenHeight, double fraction, bool bold)
{
    label->setFont(font(label->font(), screenHeight, fraction, bold));
}

QColor background()
{
    return QColor(0x0d, 0x11, 0x17);
}

QColor panel()
{
    return QColor(0x16, 0x1b, 0x22);
}

QColor text()
{
    return QColor(0xe6, 0xed, 0xf3);
}

QColor dimText()
{
    return QColor(0x9d, 0xa7, 0xb3);
}

} // namespace WallTypography

#pragma once

// Shared by the offscreen UI tests.

#include <QImage>
#include <QSet>

namespace testsupport {

// A grab is "not blank" when it has a fair number of distinct colours (text, frames, charts).
inline int distinctColours(const QImage &image, int step = 2)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

} // namespace testsupport

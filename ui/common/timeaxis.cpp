#include "common/timeaxis.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace TimeAxis {

void fit(QDateTimeAxis *axis, qint64 fromSec, qint64 toSec)
{
    if (toSec <= fromSec)
        toSec = fromSec + 60;
    constexpr qint64 Steps[] = {10, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 2 * 3600, 3 * 3600, 6 * 3600,
        12 * 3600, 86400, 2 * 86400, 7 * 86400};
    constexpr int MaxIntervals = 8; // a window ending now leaves at most one short step empty
    // Whole steps in local time: a 15-minute step starts at :00, :15 ... of the operator's clock, a day at midnight.
    const qint64 offset = QDateTime::fromSecsSinceEpoch(fromSec).offsetFromUtc();
    qint64 step = 0;
    qint64 first = 0;
    qint64 last = 0;
    for (qint64 s : Steps) { // the last step serves when none fits
        step = s;
        first = (fromSec + offset) / s * s;
        last = (toSec + offset + s - 1) / s * s;
        if ((last - first) / s <= MaxIntervals)
            break;
    }
    first -= offset;
    last -= offset;
    axis->setRange(QDateTime::fromSecsSinceEpoch(first), QDateTime::fromSecsSinceEpoch(last));
    axis->setTickCount(int((last - first) / step) + 1);
    if (step < 60)
        axis->setFormat(u"HH:mm:ss"_s);
    else if (step >= 86400)
        axis->setFormat(u"dd/MM"_s);
    else if (last - first > 86400)
        axis->setFormat(u"dd/MM HH:mm"_s);
    else
        axis->setFormat(u"HH:mm"_s);
}

} // namespace TimeAxis

#pragma once

#include <QtGlobal>

class QDateTimeAxis;

namespace TimeAxis {

// Shows [fromSec, toSec] (seconds since the epoch) on a time axis whose labels fall on round times: the range is
// widened to whole steps (a minute, 2, 5, 10, 15, 20 or 30 minutes, an hour, ... a day) with at most eight intervals, and the
// label format follows the span (HH:mm:ss, HH:mm, dd/MM HH:mm, dd/MM). A window ending now at 03:47 reads
// 02:40, 02:50 ... 03:50 rather than 02:47, 03:02, ... 03:47.
void fit(QDateTimeAxis *axis, qint64 fromSec, qint64 toSec);

} // namespace TimeAxis

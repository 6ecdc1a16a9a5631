#pragma once

#include <QList>
#include <QPointF>

// Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013) for drawing long series: keeps the first and last
// points and, per bucket, the point forming the largest triangle with the previous kept point and the next bucket's
// mean, so peaks survive. With keepExtremes the buckets holding the global minimum and maximum of y keep those
// points (one point more when both fall in one bucket), so that the worst block interval of a week is never
// smoothed away.
namespace analysis {

// Indices (ascending) of the kept points of `points[0..count)`, x ascending. `threshold` < 3 or >= count keeps all.
QList<qsizetype> lttbIndices(const QPointF *points, qsizetype count, qsizetype threshold, bool keepExtremes = true);
QList<QPointF> lttb(const QPointF *points, qsizetype count, qsizetype threshold, bool keepExtremes = true);
QList<QPointF> lttb(const QList<QPointF> &points, qsizetype threshold, bool keepExtremes = true);

} // namespace analysis

#include "lttb.h"

#include <algorithm>
#include <cmath>

namespace analysis {

QList<qsizetype> lttbIndices(const QPointF *points, qsizetype count, qsizetype threshold, bool keepExtremes)
{
    QList<qsizetype> kept;
    if (count <= 0)
        return kept;
    if (threshold < 3 || threshold >= count) {
        kept.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            kept.append(i);
        return kept;
    }
    qsizetype minIndex = 0;
    qsizetype maxIndex = 0;
    if (keepExtremes) {
        for (qsizetype i = 1; i < count; ++i) {
            if (points[i].y() < points[minIndex].y())
                minIndex = i;
            if (points[i].y() > points[maxIndex].y())
                maxIndex = i;
        }
    }
    kept.reserve(threshold);
    kept.append(0);
    // The interior points, 1..count-2, go into threshold-2 buckets of (nearly) equal size.
    const double every = static_cast<double>(count - 2) / static_cast<double>(threshold - 2);
    qsizetype a = 0;
    for (qsizetype bucket = 0; bucket < threshold - 2; ++bucket) {
        const qsizetype begin = static_cast<qsizetype>(std::floor(static_cast<double>(bucket) * every)) + 1;
        const qsizetype end
            = std::min(count - 1, static_cast<qsizetype>(std::floor(static_cast<double>(bucket + 1) * every)) + 1);
        if (begin >= end)
            continue;
        qsizetype chosen = -1;
        if (keepExtremes) {
            const bool hasMax = maxIndex >= begin && maxIndex < end;
            const bool hasMin = minIndex >= begin && minIndex < end;
            if (hasMax && hasMin && minIndex != maxIndex) {
                kept.append(std::min(minIndex, maxIndex)); // both extremes in one bucket: one point more
                chosen = std::max(minIndex, maxIndex);
            } else if (hasMax) {
                chosen = maxIndex;
            } else if (hasMin) {
                chosen = minIndex;
            }
        }
        if (chosen < 0) {
            // Mean of the next bucket (the last point for the last bucket).
            const qsizetype nextBegin = end;
            const qsizetype nextEnd
                = std::min(count, static_cast<qsizetype>(std::floor(static_cast<double>(bucket + 2) * every)) + 1);
            double avgX = 0;
            double avgY = 0;
            const qsizetype n = std::max<qsizetype>(1, nextEnd - nextBegin);
            for (qsizetype j = nextBegin; j < nextBegin + n && j < count; ++j) {
                avgX += points[j].x();
                avgY += points[j].y();
            }
            avgX /= static_cast<double>(n);
            avgY /= static_cast<double>(n);
            const double ax = points[a].x();
            const double ay = points[a].y();
            double best = -1;
            for (qsizetype j = begin; j < end; ++j) {
                // Twice the triangle's area; the factor does not change the choice.
                const double area = std::abs((ax - avgX) * (points[j].y() - ay) - (ax - points[j].x()) * (avgY - ay));
                if (area > best) {
                    best = area;
                    chosen = j;
                }
            }
        }
        kept.append(chosen);
        a = chosen;
    }
    kept.append(count - 1);
    return kept;
}

QList<QPointF> lttb(const QPointF *points, qsizetype count, qsizetype threshold, bool keepExtremes)
{
    QList<QPointF> out;
    const QList<qsizetype> kept = lttbIndices(points, count, threshold, keepExtremes);
    out.reserve(kept.size());
    for (qsizetype i : kept)
        out.append(points[i]);
    return out;
}

QList<QPointF> lttb(const QList<QPointF> &points, qsizetype threshold, bool keepExtremes)
{
    return lttb(points.constData(), points.size(), threshold, keepExtremes);
}

} // namespace analysis

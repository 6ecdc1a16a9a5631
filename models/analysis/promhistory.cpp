#include "promhistory.h"
#include "sources/promql.h"

#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace analysis {

namespace {



// Finite samples of the first series of a matrix (or vector), by time.
QMap<qint64, double> samplesOf(const PromQueryResult &result)
{
    QMap<qint64, double> out;
    if (result.series.isEmpty())
        return out;
    for (const PromSample &s : result.series.first().samples) {
        if (std::isfinite(s.value))
            out.insert(s.timestampMs, s.value);
    }
    return out;
}

} // namespace

QString chainHeightQuery(const QString &job)
{
    return u"max(ethereum_blockchain_height%1)"_s.arg(promql::jobSelector(job));
}

QString chainHeadTimestampQuery(const QString &job)
{
    return u"max(besu_blockchain_chain_head_timestamp%1)"_s.arg(promql::jobSelector(job));
}

int rangeStepSeconds(double blockPeriodSeconds, qint64 windowSeconds)
{
    static constexpr std::array<int, 16> Round {
        1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600};
    const double period = std::max(1.0, blockPeriodSeconds);
    const double wanted = std::max(period, static_cast<double>(std::max<qint64>(1, windowSeconds)) / 2000.0);
    int best = Round.back();
    double bestDistance = INFINITY;
    for (int r : Round) {
        if (r < period)
            continue; // never finer than the block period: most steps would hold no block
        const double distance = std::abs(std::log(r / wanted));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = r;
        }
    }
    return best;
}

QList<StepInterval> stepIntervals(const PromQueryResult &height, const PromQueryResult &headTimestamp)
{
    const QMap<qint64, double> heights = samplesOf(height);
    const QMap<qint64, double> stamps = samplesOf(headTimestamp);
    QList<StepInterval> out;
    bool havePrevious = false;
    qint64 prevTime = 0;
    double prevHeight = 0;
    double prevStamp = 0;
    for (auto it = heights.cbegin(); it != heights.cend(); ++it) {
        const auto stamp = stamps.constFind(it.key());
        if (stamp == stamps.cend())
            continue;
        const qint64 time = it.key();
        const double h = it.value();
        const double ts = stamp.value();
        if (havePrevious) {
            const double span = static_cast<double>(time - prevTime) / 1000.0;
            const double blocks = h - prevHeight;
            if (blocks > 0) {
                const double elapsed = ts - prevStamp;
                // Height and timestamp can come from different nodes of the max(); an inconsistent pair is dropped.
                if (elapsed > 0)
                    out.append({time, span, elapsed / blocks, blocks});
            } else if (blocks == 0) {
                const double sinceHead = static_cast<double>(time) / 1000.0 - ts;
                out.append({time, span, std::max(span, sinceHead), 0});
            }
        }
        havePrevious = true;
        prevTime = time;
        prevHeight = h;
        prevStamp = ts;
    }
    return out;
}

} // namespace analysis

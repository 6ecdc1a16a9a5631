#include "sla.h"

#include "core/clock.h"
#include "state/networkstate.h"

#include <algorithm>

namespace analysis {

QTimeZone serviceTimeZone(const ServiceHours &hours)
{
    QTimeZone zone(hours.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

bool isServiceDay(const ServiceHours &hours, const QDate &localDate)
{
    return hours.weekdays.contains(localDate.dayOfWeek()) && !hours.holidays.contains(localDate);
}

bool inServiceHours(const ServiceHours &hours, const QDateTime &at)
{
    const QDateTime from = at.addDays(-2); // a period may start the day before and run past midnight
    for (const auto &[start, end] : serviceIntervals(hours, from, at.addSecs(1))) {
        const qint64 t = at.toSecsSinceEpoch();
        if (t >= start && t < end)
            return true;
    }
    return false;
}

QList<std::pair<qint64, qint64>> serviceIntervals(const ServiceHours &hours, const QDateTime &from, const QDateTime &to)
{
    QList<std::pair<qint64, qint64>> out;
    if (!from.isValid() || !to.isValid() || to <= from || !hours.start.isValid() || !hours.end.isValid())
        return out;
    const QTimeZone zone = serviceTimeZone(hours);
    const qint64 lo = from.toSecsSinceEpoch();
    const qint64 hi = to.toSecsSinceEpoch();
    // One day earlier for periods that cross midnight.
    for (QDate day = from.toTimeZone(zone).date().addDays(-1); day <= to.toTimeZone(zone).date();
         day = day.addDays(1)) {
        if (!isServiceDay(hours, day))
            continue;
        const QDateTime start(day, hours.start, zone);
        const QDateTime end(hours.end > hours.start ? day : day.addDays(1), hours.end, zone);
        const qint64 s = std::max(lo, start.toSecsSinceEpoch());
        const qint64 e = std::min(hi, end.toSecsSinceEpoch());
        if (e > s)
            out.append({s, e});
    }
    return out;
}

qint64 serviceSeconds(const ServiceHours &hours, const QDateTime &from, const QDateTime &to)
{
    qint64 total = 0;
    for (const auto &[s, e] : serviceIntervals(hours, from, to))
        total += e - s;
    return total;
}

QDateTime monthStart(const QDateTime &at, const QTimeZone &zone)
{
    const QDate local = at.toTimeZone(zone).date();
    return QDateTime(QDate(local.year(), local.month(), 1), QTime(0, 0), zone).toUTC();
}

QList<BlockPoint> pointsWithin(const QList<BlockPoint> &points, const QList<std::pair<qint64, qint64>> &intervals)
{
    QList<BlockPoint> out;
    qsizetype i = 0;
    for (const BlockPoint &p : points) {
        while (i < intervals.size() && intervals.at(i).second <= p.timestamp)
            ++i;
        if (i == intervals.size())
            break;
        if (p.timestamp >= intervals.at(i).first)
            out.append(p);
    }
    return out;
}

namespace {

// Seconds of [a, b) inside the intervals (ascending, disjoint).
qint64 overlap(const QList<std::pair<qint64, qint64>> &intervals, qint64 a, qint64 b)
{
    qint64 total = 0;
    for (const auto &[s, e] : intervals) {
        if (s >= b)
            break;
        total += std::max<qint64>(0, std::min(e, b) - std::max(s, a));
    }
    return total;
}

bool contains(const QList<std::pair<qint64, qint64>> &intervals, qint64 t)
{
    const auto it = std::upper_bound(intervals.begin(), intervals.end(), t,
        [](qint64 v, const std::pair<qint64, qint64> &i) { return v < i.second; });
    return it != intervals.end() && t >= it->first;
}

// `periodSeconds` is the length of the whole period asked for; more than `seconds` when the history starts later.
ProductionFigures figures(qint64 seconds, qint64 periodSeconds, double produced, double period, double required)
{
    using Verdict = ProductionFigures::Verdict;
    ProductionFigures f;
    f.seconds = seconds;
    f.expected = period > 0 ? static_cast<double>(seconds) / period : 0;
    f.produced = produced;
    f.share = f.expected > 0 ? produced / f.expected : 0;
    if (f.expected <= 0) {
        f.verdict = Verdict::Met; // nothing was expected (no service hour yet)
    } else if (periodSeconds <= seconds) {
        f.verdict = f.share >= required ? Verdict::Met : Verdict::NotMet;
    } else {
        // Even a perfect uncovered part cannot make up for more missing blocks than the whole period allows.
        const double allowed = (1.0 - required) * static_cast<double>(periodSeconds) / period;
        f.verdict = f.expected - produced > allowed ? Verdict::NotMet : Verdict::Partial;
    }
    f.met = f.verdict == Verdict::Met;
    return f;
}

} // namespace

ProductionReport blockProduction(const QList<BlockPoint> &points, double blockPeriodSeconds, const ServiceHours &hours,
    double requiredShare, const QDateTime &from, const QDateTime &to)
{
    ProductionReport r;
    r.from = from.toUTC();
    r.to = to.toUTC();
    r.coveredFrom = r.from;
    const qint64 lo = r.from.toSecsSinceEpoch();
    const qint64 hi = r.to.toSecsSinceEpoch();

    // The newest held block before the start anchors the count; without one, the first block inside does.
    qsizetype first = -1;
    bool anchored = false;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (points.at(i).timestamp < lo) {
            first = i;
            anchored = true;
        } else {
            if (!anchored && points.at(i).timestamp < hi)
                first = i;
            break;
        }
    }
    if (first < 0 || hi <= lo) {
        r.noData = true;
        r.partial = true;
        return r;
    }
    qint64 start = lo;
    if (!anchored) {
        start = points.at(first).timestamp;
        r.coveredFrom = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        r.partial = true;
    }
    const auto intervals = serviceIntervals(hours, r.coveredFrom, r.to);

    double produced = 0;
    double producedService = 0;
    const BlockPoint *previous = &points.at(first);
    for (qsizetype i = first + 1; i < points.size(); ++i) {
        const BlockPoint &p = points.at(i);
        if (p.timestamp >= hi)
            break;
        // Blocks missing from the history between two held ones are spread evenly over the time between them.
        const qint64 missing = static_cast<qint64>(p.number - previous->number) - 1;
        if (missing > 0) {
            const qint64 a = std::max(start, previous->timestamp);
            const qint64 b = std::max(a, p.timestamp);
            r.missingBlocks += missing;
            produced += static_cast<double>(missing);
            const double inService = b > a ? static_cast<double>(overlap(intervals, a, b)) / static_cast<double>(b - a)
                                           : (contains(intervals, p.timestamp) ? 1.0 : 0.0);
            producedService += static_cast<double>(missing) * inService;
        }
        if (anchored ? p.timestamp >= lo : p.timestamp > start) {
            produced += 1;
            if (contains(intervals, p.timestamp))
                producedService += 1;
        }
        previous = &p;
    }
    qint64 serviceTotal = 0;
    for (const auto &[s, e] : intervals)
        serviceTotal += e - s;
    r.overall = figures(hi - start, hi - lo, produced, blockPeriodSeconds, requiredShare);
    r.serviceHours = figures(serviceTotal, serviceSeconds(hours, r.from, r.to), producedService, blockPeriodSeconds,
        requiredShare);
    return r;
}

SlaReport monthlySla(const QList<BlockPoint> &points, const NetworkConfig &network, const QDateTime &now)
{
    SlaReport r;
    r.now = now.toUTC();
    const QDateTime from = monthStart(now, serviceTimeZone(network.serviceHours));
    r.month = blockProduction(points, network.blockPeriodSeconds, network.serviceHours,
        network.serviceLevels.producedBlocksShare, from, r.now);
    QList<BlockPoint> inMonth;
    const qint64 lo = from.toSecsSinceEpoch();
    const qint64 hi = r.now.toSecsSinceEpoch();
    for (const BlockPoint &p : points)
        if (p.timestamp >= lo && p.timestamp < hi)
            inMonth.append(p);
    r.monthIntervals = intervalStats(inMonth, network.serviceLevels);
    r.serviceIntervals = intervalStats(
        pointsWithin(inMonth, serviceIntervals(network.serviceHours, from, r.now)), network.serviceLevels);
    return r;
}

SlaReport monthlySla(const NetworkState &state, const Clock *clock)
{
    const Clock *c = clock ? clock : state.clock();
    QList<BlockPoint> points;
    if (const auto lo = state.lowestBlock(); lo)
        points = blockPoints(state.blocks(*lo, *state.highestBlock()), state.network());
    return monthlySla(points, state.network(), c->now());
}

} // namespace analysis

#pragma once

#include "blockstats.h"
#include "config/inventory.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <utility>

class Clock;
class NetworkState;

// The service-level arithmetic of the consortium: block intervals (99% < 10 s, 99.9% < 30 s) and produced versus
// expected blocks (expected = seconds / block period, >= 99.5% each month), overall and counting only service hours
// (business days, start-end in the network's time zone, holidays excluded). Pure functions; "now" is passed in or
// taken from an injected Clock.
namespace analysis {

// The zone of the service hours; UTC when the IANA id is unknown to the system.
QTimeZone serviceTimeZone(const ServiceHours &hours);
bool isServiceDay(const ServiceHours &hours, const QDate &localDate);
bool inServiceHours(const ServiceHours &hours, const QDateTime &at);

// The service-hour periods overlapping [from, to), clipped to it, as UTC seconds since the epoch [start, end),
// ascending. An end at or before the start means the period runs past midnight.
QList<std::pair<qint64, qint64>> serviceIntervals(
    const ServiceHours &hours, const QDateTime &from, const QDateTime &to);
qint64 serviceSeconds(const ServiceHours &hours, const QDateTime &from, const QDateTime &to);

// Midnight of the first day of `at`'s month in `zone`, as UTC.
QDateTime monthStart(const QDateTime &at, const QTimeZone &zone);

// The points whose block timestamp lies inside one of `intervals` (as from serviceIntervals). `points` ascending.
QList<BlockPoint> pointsWithin(const QList<BlockPoint> &points, const QList<std::pair<qint64, qint64>> &intervals);

struct ProductionFigures
{
    // Partial: the history does not cover the whole period and what it covers cannot decide; the blocks missing in
    // the covered part are still within what the whole period allows. NotMet on a partial history means those blocks
    // alone already exceed the allowance, whatever the uncovered part held.
    enum class Verdict { NoData, Met, NotMet, Partial };

    qint64 seconds = 0; // length of the time counted
    double expected = 0; // seconds / block period
    double produced = 0; // blocks with a timestamp in the counted time (gaps in the history interpolated)
    double share = 0; // produced / expected; 0 when nothing was expected
    bool met = false; // verdict == Met
    Verdict verdict = Verdict::NoData;
};

struct ProductionReport
{
    QDateTime from; // the period asked for (UTC)
    QDateTime to;
    QDateTime coveredFrom; // where the held history starts to cover it (== from when it reaches back that far)
    bool partial = false; // the history does not reach back to `from`
    bool noData = false; // no held block inside the period
    qint64 missingBlocks = 0; // holes in the held history inside the period, interpolated
    ProductionFigures overall;
    ProductionFigures serviceHours;
};

// Produced versus expected blocks over [from, to). `points` ascending by number (as from blockPoints). Blocks count
// from the covered start: [from, to) when a block before `from` is held, else (first held block, to).
ProductionReport blockProduction(const QList<BlockPoint> &points, double blockPeriodSeconds, const ServiceHours &hours,
    double requiredShare, const QDateTime &from, const QDateTime &to);

struct SlaReport
{
    QDateTime now;
    ProductionReport month; // from the start of the month (service time zone) to now
    IntervalStats monthIntervals; // held blocks of the month so far
    IntervalStats serviceIntervals; // of those, the blocks closing inside service hours
};

SlaReport monthlySla(const QList<BlockPoint> &points, const NetworkConfig &network, const QDateTime &now);
// Same over the state's held blocks, at the clock's now (the state's clock when null).
SlaReport monthlySla(const NetworkState &state, const Clock *clock = nullptr);

} // namespace analysis

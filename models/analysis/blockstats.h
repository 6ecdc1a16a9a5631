#pragma once

#include "config/inventory.h"
#include "state/statedata.h"

#include <QList>

#include <optional>

// Block-interval statistics over a run of blocks: the figures the Blocks page and the SLA report share.
// Pure functions of plain data (no clock, no Qt objects).
namespace analysis {

// What charts and the SLA need of one block, derived once from its header.
struct BlockPoint
{
    quint64 number = 0;
    qint64 timestamp = 0; // seconds since the epoch
    double interval = -1; // seconds since the parent block; -1 when the parent is not held
    std::optional<quint32> round; // QBFT/IBFT round from extraData; nullopt when extraData does not decode
    int transactions = 0;
    quint64 gasUsed = 0;
    quint64 gasLimit = 0;
    QByteArray miner;

    bool hasInterval() const { return interval >= 0; }
    bool roundChange() const { return round.value_or(0) > 0; }
};

// The extraData encoding to decode a block of `number` with: QBFT networks (from their qbftStartBlock on) are
// decoded strictly as QBFT, IBFT 2.0 networks as IBFT 2.0, blocks before a migration are detected.
std::optional<chain::BftType> bftTypeAt(const NetworkConfig &network, quint64 number);

// One block's point; `parent` (the block number - 1) gives the interval when held.
BlockPoint blockPoint(
    const chain::BlockHeader &header, const chain::BlockHeader *parent, std::optional<chain::BftType> type = {});
// Points of held blocks in ascending order; a block whose parent is missing has no interval.
QList<BlockPoint> blockPoints(const QList<::BlockRecord> &blocks, const NetworkConfig &network = {});

// Nearest-rank percentile of an ascending list: the smallest value with at least p% of the values at or below it
// (so it is always an observed interval). p in (0, 100]; 0 for an empty list.
double percentileOfSorted(const QList<double> &sorted, double p);

struct IntervalStats
{
    int count = 0; // intervals (blocks whose parent is held)
    int blocks = 0; // blocks considered
    double mean = 0;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
    int fastCount = 0; // intervals strictly below ServiceLevels::fastIntervalSeconds
    int slowCount = 0; // intervals strictly below ServiceLevels::slowIntervalSeconds
    double fastShare = 0; // fastCount / count (0 when count == 0)
    double slowShare = 0;
    bool fastMet = false; // fastShare >= fastIntervalShare (false without data)
    bool slowMet = false;
    int roundChanges = 0; // blocks decided in a round > 0
    quint64 maxIntervalBlock = 0; // the block that closed the longest interval
};

IntervalStats intervalStats(const QList<BlockPoint> &points, const ServiceLevels &levels);

// Counts of intervals per whole second: bins[i] = intervals in [i, i+1), the last bin also takes everything above.
QList<int> intervalHistogram(const QList<BlockPoint> &points, int binCount);

} // namespace analysis

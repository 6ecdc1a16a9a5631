#include "blockstats.h"

#include "chain/extradata.h"

#include <algorithm>
#include <cmath>

namespace analysis {

std::optional<chain::BftType> bftTypeAt(const NetworkConfig &network, quint64 number)
{
    if (network.consensus == Consensus::Ibft2)
        return chain::BftType::Ibft2;
    if (network.qbftStartBlock && number < *network.qbftStartBlock)
        return std::nullopt; // migrated chain: older blocks are IBFT 2.0, detect to be safe
    return chain::BftType::Qbft;
}

BlockPoint blockPoint(
    const chain::BlockHeader &header, const chain::BlockHeader *parent, std::optional<chain::BftType> type)
{
    BlockPoint p;
    p.number = header.number;
    p.timestamp = static_cast<qint64>(header.timestamp);
    if (parent && parent->number + 1 == header.number)
        p.interval
            = static_cast<double>(static_cast<qint64>(header.timestamp) - static_cast<qint64>(parent->timestamp));
    if (p.interval < -0.5)
        p.interval = -1; // a timestamp going backwards is not an interval (bad data)
    if (const auto extra = chain::decodeExtraData(header.extraData, type))
        p.round = extra->round;
    p.transactions = header.transactionCount;
    p.gasUsed = header.gasUsed;
    p.gasLimit = header.gasLimit;
    p.miner = header.miner;
    return p;
}

QList<BlockPoint> blockPoints(const QList<::BlockRecord> &blocks, const NetworkConfig &network)
{
    QList<BlockPoint> out;
    out.reserve(blocks.size());
    const chain::BlockHeader *previous = nullptr;
    for (const ::BlockRecord &b : blocks) {
        out.append(blockPoint(b.header, previous, bftTypeAt(network, b.header.number)));
        previous = &b.header;
    }
    return out;
}

double percentileOfSorted(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double rank = std::ceil(p / 100.0 * static_cast<double>(sorted.size()));
    const qsizetype index = std::clamp<qsizetype>(static_cast<qsizetype>(rank) - 1, 0, sorted.size() - 1);
    return sorted.at(index);
}

IntervalStats intervalStats(const QList<BlockPoint> &points, const ServiceLevels &levels)
{
    IntervalStats s;
    QList<double> intervals;
    intervals.reserve(points.size());
    double sum = 0;
    for (const BlockPoint &p : points) {
        ++s.blocks;
        if (p.roundChange())
            ++s.roundChanges;
        if (!p.hasInterval())
            continue;
        intervals.append(p.interval);
        sum += p.interval;
        if (p.interval < levels.fastIntervalSeconds)
            ++s.fastCount;
        if (p.interval < levels.slowIntervalSeconds)
            ++s.slowCount;
        if (intervals.size() == 1 || p.interval > s.max) {
            s.max = p.interval;
            s.maxIntervalBlock = p.number;
        }
    }
    s.count = static_cast<int>(intervals.size());
    if (s.count == 0)
        return s;
    std::sort(intervals.begin(), intervals.end());
    s.mean = sum / s.count;
    s.p50 = percentileOfSorted(intervals, 50);
    s.p95 = percentileOfSorted(intervals, 95);
    s.p99 = percentileOfSorted(intervals, 99);
    s.fastShare = static_cast<double>(s.fastCount) / s.count;
    s.slowShare = static_cast<double>(s.slowCount) / s.count;
    s.fastMet = s.fastShare >= levels.fastIntervalShare;
    s.slowMet = s.slowShare >= levels.slowIntervalShare;
    return s;
}

QList<int> intervalHistogram(const QList<BlockPoint> &points, int binCount)
{
    QList<int> bins(qMax(1, binCount), 0);
    for (const BlockPoint &p : points) {
        if (!p.hasInterval())
            continue;
        const auto bin = std::min<qsizetype>(static_cast<qsizetype>(std::floor(p.interval)), bins.size() - 1);
        ++bins[bin];
    }
    return bins;
}

} // namespace analysis

#pragma once

#include "analysis/participation.h"
#include "sources/besuparsers.h"
#include "state/statedata.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Cross-check of a node's qbft_getSignerMetrics reply against the proposers of the analysed blocks. Pure functions.
namespace analysis {

// The block range [from, to) the reply covers. Besu does not echo it: with "latest" (or no parameters) the end is
// the node's head when it answered, and without a start the start is 100 blocks before that end. So each bound is
// known only to lie within [min, max]; the check tolerates exactly the blocks in those uncertain spans.
struct SignerMetricsRange
{
    quint64 fromMin = 0;
    quint64 fromMax = 0;
    quint64 toMin = 0; // exclusive end
    quint64 toMax = 0;
};

// Besu's default window when the request gives no start block.
inline constexpr quint64 DefaultSignerMetricsWindow = 100;

// The range of `record`, given the node's height when it answered as a lower and upper bound (e.g. its last
// height seen before and first height seen after the reply). The reply itself raises the lower end bound: every
// lastProposedBlockNumber lies inside it.
SignerMetricsRange signerMetricsRange(const SignerMetricsRecord &record, quint64 headMin, quint64 headMax);

enum class SignerCheckVerdict {
    Agrees,
    Mismatch,
    NotComparable, // the blocks in memory do not cover what the reply counts
    NoData, // no signer metrics reply yet
};

struct SignerCheck
{
    QByteArray address;
    std::optional<quint64> rpcProposed; // nullopt: the reply does not list it
    std::optional<quint64> rpcLastProposed; // nullopt: not listed, or listed with 0 proposals
    std::optional<quint64> chainProposed; // blocks of the range held that it proposed (certainly in the range)
    std::optional<quint64> chainProposedMax; // the same over the widest possible range, when all of it is held
    std::optional<quint64> chainLastProposed; // newest block of the range held that it proposed
    SignerCheckVerdict verdict = SignerCheckVerdict::NoData;
    QString summary; // translated: "✔ agrees", "▲ RPC says 3, blocks say 4", "— not comparable", "— no data"
    QString explanation; // translated, for tooltips and the detail pane

    bool mismatch() const { return verdict == SignerCheckVerdict::Mismatch; }
};

// One entry per address listed in `metrics` or proposing a block of the range in `blocks` (the analysed blocks held,
// ascending, any gaps), sorted by address. Counts are compared only when `blocks` holds the whole uncertain range
// [fromMin, toMax); the last proposed block whenever the blocks it depends on are held.
QList<SignerCheck> checkSignerMetrics(
    const QList<besu::SignerMetric> &metrics, const SignerMetricsRange &range, const QList<BlockRecord> &blocks);

// The entry shown for a validator when there is no reply (or the reply does not concern it).
SignerCheck noSignerCheck(const QByteArray &address);

} // namespace analysis

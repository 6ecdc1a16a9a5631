#pragma once

#include "analysis/participation.h"
#include "config/inventory.h"
#include "sources/sourcehealth.h"
#include "state/statedata.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <Qt>

#include <optional>

class NetworkState;

// The one health vocabulary of Sentinela: a level, its glyph and its text, the thresholds (from the profile, or
// derived from the network's timing), and the judgement of a whole network state. The Overview, the node, validator
// and federation tables, the status bar and `sentinela-cli status` all call these functions, so the GUI and the CLI
// reach the same verdict on the same state.

// Ordered by gravity: worstLevel() takes the larger.
enum class HealthLevel { Ok, Unknown, Warning, Critical };

HealthLevel worstLevel(HealthLevel a, HealthLevel b);
QString healthKey(HealthLevel level); // "ok", "unknown", "warning", "critical" (stable: JSON, CSS-like keys)
QString healthText(HealthLevel level); // translated: "OK", "Unknown", "Warning", "Critical"
QString healthGlyph(HealthLevel level); // reads without colour: ✔ ? ▲ ✖
QString healthMarker(HealthLevel level); // the glyph and a space for cell texts; empty for Ok

// The item roles every model shares, so that one delegate paints every table.
namespace ItemRoles {
enum : int {
    Health = Qt::UserRole + 1, // int(HealthLevel) of the cell (or of the row in column 0)
    Sort, // raw value to sort on (numbers as qint64/double, text as QString)
    Key, // the row's identity: block number (quint64), node name (QString), address (QByteArray)
    FirstCustom, // models number their own roles from here
};
}

// Every threshold, resolved. Defaults with P the block period, T the request timeout, E the empty-block period,
// S the node-status poll, F the federation interval and C the level-1 scrape interval (RBB: 4, 8, 0, 5, 15, 5):
// - tip block age: critical past the chain-halt limit max(P, E) + T + 1 s (13 s: one round change, 12 s, is not a
//   halt, since Besu's QbftBlockHeightManager starts round 0 when the block timer fires and a missing proposer
//   costs the request timeout on top); warning past max(P, E) + T / 2 (a block half a round timeout late);
// - node lag: warning above max(2, ceil(S / P)) blocks, critical above max(5, ceil(30 s / P));
// - a figure older than C + F + 5 s (25 s) is stale: its verdict is unknown, never ok;
// - signing: a rate over the last max(20, 2 N) blocks (Besu's blocks carry the quorum of seals the importing
//   validator had, QbftRound.importBlockToChain, so a healthy validator seals about quorum/N of the blocks, a remote
//   one less). A validator is out of consensus only with neither a seal nor a proposal in the whole window.
struct HealthThresholds
{
    double blockPeriodSeconds = 4;
    double blockAgeWarningSeconds = 5;
    double blockAgeCriticalSeconds = 13;
    quint64 lagWarningBlocks = 2;
    quint64 lagCriticalBlocks = 8;
    double staleAfterSeconds = 25;
    double peerShareWarning = 0.9;
    std::optional<int> signingWindowOverride;
    // A validator sealing less than this share of what a quorum-only chain gives it is a warning.
    double lowSealingRatio = 0.2;

    static HealthThresholds forNetwork(const NetworkConfig &network);

    int signingWindow(int validatorCount) const;
    HealthLevel blockAge(double seconds) const; // negative: unknown
    HealthLevel lag(quint64 blocksBehind) const;
    HealthLevel peers(int peers, int limit) const; // peers < 0: unknown; limit <= 0: no share check
    // A figure from the future (a skewed clock) counts as just observed.
    bool stale(qint64 ageMs) const { return double(ageMs) > staleAfterSeconds * 1000.0; }
};

// ---- Signing -----------------------------------------------------------------------------------------------------

struct ValidatorSigning
{
    QByteArray address;
    int memberBlocks = 0; // window blocks whose set includes it
    int sealed = 0;
    int proposed = 0; // window blocks it proposed: proof of consensus even when its late commits miss the quorum
    double rate = 0; // sealed / memberBlocks
    double expectedRate = 0; // quorum / N: what a quorum-only chain gives an average validator
    std::optional<quint64> lastSealedBlock; // over every block given
    HealthLevel level = HealthLevel::Unknown;
    QString text; // translated: "sealing 14 of 20 blocks", "no seal in the last 20 blocks"
};

struct SigningSummary
{
    int window = 0; // blocks wanted
    int blocks = 0; // blocks analysed in the window
    quint64 firstBlock = 0;
    quint64 lastBlock = 0;
    int validators = 0; // N of the newest block
    int quorum = 0;
    int active = 0; // sealing in the window, or reachable and in sync; known-down validators excluded
    int margin = 0; // active - quorum: validators that may still go before the chain stops
    HealthLevel level = HealthLevel::Unknown;
    QString text; // translated summary for cards and the CLI
    QList<ValidatorSigning> perValidator; // the newest block's set, in address order
};

// `records`: analysed blocks (any order); the last `window` by number are judged. `reachable`: validators whose node
// answers and is in sync (their absence from a short window is not yet a fault); `down`: validators whose node is
// known down now (a fresh figure), which never count as active even with seals in the window.
SigningSummary summariseSigning(const QList<analysis::BlockRecord> &records, const HealthThresholds &thresholds,
    const QSet<QByteArray> &reachable = {}, const QSet<QByteArray> &down = {});

// ---- Network verdict ---------------------------------------------------------------------------------------------

// The chain's tip as the freshest observation of a head block says it: the block's timestamp and when that head was
// observed (a level-2 sample is as old as its own timestamp). `knownStallMs` (observation time minus block time) is
// how long the chain had certainly gone without a newer block; the verdict rests on it, never on the gap between the
// block and a stale observation.
struct TipVerdict
{
    std::optional<quint64> height;
    QDateTime blockTime; // invalid: unknown
    QDateTime observedAt;
    FigureSource path = FigureSource::None; // how the head was observed: rpc (JSON-RPC) or prometheus (level 2)
    QString node; // whose head it is (empty for a held block)
    qint64 blockAgeMs = -1; // now - blockTime
    qint64 knownStallMs = -1; // observedAt - blockTime
    qint64 observationAgeMs = -1; // now - observedAt
    HealthLevel level = HealthLevel::Unknown;
    QString text;
};

struct NodeVerdict
{
    QString name;
    NodeType type = NodeType::Other;
    QString institution;
    HealthLevel up = HealthLevel::Unknown; // down (fresh) critical; stale: unknown
    HealthLevel lag = HealthLevel::Unknown;
    HealthLevel sync = HealthLevel::Unknown;
    HealthLevel peers = HealthLevel::Unknown;
    HealthLevel headAge = HealthLevel::Unknown;
    HealthLevel level = HealthLevel::Unknown; // the worst known of the above; unknown when nothing is fresh
    std::optional<quint64> height; // fresh figures only
    std::optional<quint64> blocksBehind;
    qint64 dataAgeMs = -1; // age of the freshest figure of the node
    bool stale = true; // no fresh figure at all
    QString text; // translated, one line: "down (RPC)", "12 blocks behind", "no fresh data for 40 s"
};

struct Finding
{
    HealthLevel level = HealthLevel::Unknown;
    QString subject; // node, validator or source name; empty for the network
    QString text; // translated sentence
};

struct NetworkVerdict
{
    HealthLevel level = HealthLevel::Unknown;
    QDateTime now;
    std::optional<quint64> tip; // the highest fresh height
    TipVerdict tipBlock;
    SigningSummary signing;
    QList<NodeVerdict> nodes; // inventory order
    QList<Finding> findings; // worst first
    HealthLevel sources = HealthLevel::Unknown; // worst source health

    const NodeVerdict *node(const QString &name) const;
};

// Plain inputs, so that tests and snapshots judge hand-made values. `analysed`: the analysed blocks (the signing
// window is taken from their newest end).
NetworkVerdict judgeNetwork(const NetworkConfig &network, const QList<NodeState> &nodes,
    const QList<BlockRecord> &tipBlocks, const QList<analysis::BlockRecord> &analysed,
    const QMap<QString, SourceHealth> &sources, const QDateTime &now);

// The same from a live state: the newest held blocks and the state's analysis cache (BlockAnalysisCache::of).
NetworkVerdict judgeNetwork(NetworkState &state, const QDateTime &now);

// One node's figures, judged. `tip`: the highest fresh height of the network.
NodeVerdict judgeNode(const NodeState &node, const HealthThresholds &thresholds, std::optional<quint64> tip,
    const QDateTime &now);

// The highest fresh height among the nodes and the held tip blocks (stale figures do not count).
std::optional<quint64> freshTip(const QList<NodeState> &nodes, const QList<BlockRecord> &tipBlocks,
    const HealthThresholds &thresholds, const QDateTime &now);

// The freshest head observation among the nodes' head-time figures and the held tip blocks.
TipVerdict judgeTip(const QList<NodeState> &nodes, const QList<BlockRecord> &tipBlocks,
    const HealthThresholds &thresholds, const QDateTime &now);

// A fresh observation's value, or nothing when it is older than the stale limit.
template<typename T>
std::optional<T> freshValue(const Figure<T> &figure, const HealthThresholds &thresholds, const QDateTime &now)
{
    if (!figure.isSet() || thresholds.stale(figure.ageMs(now)))
        return std::nullopt;
    return figure.value();
}

// The same for a figure only JSON-RPC reports (e.g. txpool_besuStatistics).
template<typename T>
std::optional<T> freshValue(const Observation<T> &observation, const HealthThresholds &thresholds, const QDateTime &now)
{
    if (!observation.isSet() || thresholds.stale(observation.at.msecsTo(now)))
        return std::nullopt;
    return observation.value;
}

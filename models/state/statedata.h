#pragma once

#include "chain/blockheader.h"
#include "config/inventory.h"
#include "sources/alertmanagerclient.h"
#include "sources/besuparsers.h"
#include "sources/federationprobe.h"
#include "sources/prometheusparse.h"
#include "sources/sourcehealth.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Plain data held by NetworkState: copyable structs without behaviour beyond small accessors, so that a snapshot
// can serialise them and analysis can be tested with hand-made values.

// Where a figure came from. JSON-RPC covers both HTTP polls and WebSocket heads.
enum class FigureSource { None, Rpc, Prometheus };
QString figureSourceKey(FigureSource source); // "none", "rpc", "prometheus"

template<typename T> struct Observation
{
    T value {};
    QDateTime at; // when it was observed (UTC); invalid = never

    bool isSet() const { return at.isValid(); }
};

// One figure as reported by each source. The freshest observation wins; both remain visible.
template<typename T> struct Figure
{
    Observation<T> rpc;
    Observation<T> prometheus;

    bool isSet() const { return rpc.isSet() || prometheus.isSet(); }
    FigureSource source() const
    {
        if (!isSet())
            return FigureSource::None;
        if (!prometheus.isSet())
            return FigureSource::Rpc;
        if (!rpc.isSet())
            return FigureSource::Prometheus;
        return prometheus.at > rpc.at ? FigureSource::Prometheus : FigureSource::Rpc; // a tie goes to RPC
    }
    const Observation<T> &current() const { return source() == FigureSource::Prometheus ? prometheus : rpc; }
    T value() const { return current().value; }
    QDateTime at() const { return current().at; }
    // Milliseconds since the winning observation; -1 when never observed.
    qint64 ageMs(const QDateTime &now) const { return isSet() ? current().at.msecsTo(now) : -1; }
    Observation<T> &from(FigureSource s) { return s == FigureSource::Prometheus ? prometheus : rpc; }
};

struct NodeState
{
    QString name;
    NodeType type = NodeType::Other;
    QString institution;
    QString address; // validator address from the inventory, lowercase 0x
    QString configuredEnode;

    Figure<quint64> height;
    Figure<int> peers;
    Figure<int> peerLimit;
    Figure<bool> syncing;
    Figure<bool> up;
    // Timestamp of the node's head block: from a held block or a newHeads notification (rpc), or from the federated
    // besu_blockchain_chain_head_timestamp (prometheus, observed at the sample's own time).
    Figure<QDateTime> headTime;
    Observation<QString> clientVersion;
    Observation<quint64> chainId;
    Observation<QString> enode;
    Observation<besu::SyncStatus> sync;
    Observation<QList<besu::PeerInfo>> peerList; // admin_peers
    Observation<besu::TxPoolStatistics> txPool;
    Observation<besu::NodeInfo> nodeInfo;
    Observation<QStringList> accountsAllowlist;
    Observation<QStringList> nodesAllowlist;
    QStringList disabledNamespaces; // JSON-RPC namespaces the node does not serve, e.g. "qbft", "admin"
    QString lastRpcError;
    // Permissioning facts (incident rule permissioning-off). perm_getAccountsAllowlist's error when it refused, e.g.
    // Besu's "Account allowlist has not been enabled" (-32000); cleared when it answers.
    Observation<QString> accountsAllowlistError;
    // The account Ingress contract's rules address (eth_call getContractAddress("rules") at 0x...8888), lowercase 0x;
    // the zero address means no rules contract: every transaction allowed.
    Observation<QString> accountRulesAddress;
    // Sum of the node's besu_permissioning_*_check_count* counters at level 1; nullopt: the node exports none.
    Observation<std::optional<double>> permissioningChecks;
    QDateTime permissioningChecksRoseAt; // when that sum last increased (invalid: never seen rising)
};

// The network's Alertmanager alerts as last polled (Monitor), for the incident rules.
struct AlertmanagerAlerts
{
    QList<AmAlert> alerts;
    QDateTime at; // when the last successful answer came; invalid: never
    QString error; // the last poll's error, empty when it succeeded
};

struct BlockRecord
{
    chain::BlockHeader header; // number, hash, parentHash, timestamp, miner, gas, extraData, transactionCount, ...
    QDateTime receivedAt; // when Sentinela first had it
    QString source; // node it came from

    quint64 number() const { return header.number; }
};

struct SignerMetricsRecord
{
    QString node; // which node answered
    QDateTime at;
    std::optional<quint64> fromBlock; // nullopt: the node's default window (last 100 blocks)
    QList<besu::SignerMetric> metrics;
};

// A JSON-RPC status poll of a node, kept over the history window (charts, and the time cursor of a snapshot).
struct NodeSample
{
    QDateTime at;
    quint64 height = 0;
    int peers = -1;
    bool up = true; // false: the poll got no answer (height is then the last known one, peers -1)
    bool syncing = false; // the node said it was syncing (eth_syncing), as last reported by then
};

// Prometheus figures for one node at one poll, as mapped by the Collector (absent = metric missing). Each figure has
// its own sample time on the local clock (Collector::mapPrometheus): a node that stopped answering keeps its last
// height on level 2 while its `up` stays current. An invalid per-figure time falls back to `at`.
struct PrometheusNodeFigures
{
    QDateTime at; // the newest of the figures' times
    std::optional<quint64> height; // ethereum_blockchain_height
    QDateTime heightAt;
    std::optional<int> peers; // ethereum_peer_count
    QDateTime peersAt;
    std::optional<int> peerLimit; // ethereum_peer_limit
    QDateTime peerLimitAt;
    std::optional<bool> inSync; // besu_synchronizer_in_sync
    QDateTime inSyncAt;
    std::optional<bool> up; // up
    QDateTime upAt;
    std::optional<QDateTime> headTime; // besu_blockchain_chain_head_timestamp (UTC, on the local clock)
    QDateTime headTimeAt;
    std::optional<double> permissioningChecks; // sum of besu_permissioning_*_check_count*
    QDateTime permissioningChecksAt;
    bool permissioningQueried = false; // the node is scraped and the counters were asked for: absent means none
};

// The permissioning counters a reading says the node has: nullopt when absent, or when their newest sample is older
// than the node's fresh `up` by more than two scrapes of `scrapeMs` (a level 2 keeps answering a vanished series'
// last sample for its lookback, 5 min by default: Besu stopped exporting them).
std::optional<double> permissioningChecksOf(const PrometheusNodeFigures &figures, qint64 scrapeMs);

// One level-2 reading of a node (NetworkState::applyPrometheus) as kept over the history window, so that the time
// cursor of a snapshot can show the nodes Sentinela sees only through the federation. Compact (a day of readings of
// every node of a consortium): each figure's own sample time is kept as milliseconds before the reading's.
struct PrometheusSample
{
    enum Figure { Height, Peers, PeerLimit, InSync, Up, HeadTime, PermissioningChecks, FigureCount };
    qint64 atMs = 0;
    quint64 height = 0;
    qint64 headTimeMs = 0;
    double permissioningChecks = 0;
    qint32 peers = 0;
    qint32 peerLimit = 0;
    bool inSync = false;
    bool up = false;
    bool permissioningQueried = false;
    qint32 ageMs[FigureCount] = {-1, -1, -1, -1, -1, -1, -1}; // -1: the reading lacked the figure

    bool has(Figure f) const { return ageMs[f] >= 0; }
    QDateTime at() const { return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC); }
    QDateTime at(Figure f) const { return QDateTime::fromMSecsSinceEpoch(atMs - ageMs[f], Qt::UTC); }
    static PrometheusSample of(const PrometheusNodeFigures &figures, const QDateTime &fallback);
    PrometheusNodeFigures figures() const;
};

// The level-2 Prometheus range series behind the Blocks page's older part of a window (chain height and head
// timestamp, `analysis::chainHeightQuery` / `chainHeadTimestampQuery`): what was asked and what came back.
struct PromRangeHistory
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int stepSeconds = 0;
    QList<PromQueryResult> results; // height, head timestamp
    QString servedBy; // the level-2 endpoint that answered
    QString error; // empty when the last request succeeded
    QDateTime at; // when the reply (or the failure) arrived
    bool pending = false;
};

// A fact kept only when it changes (NetworkState's peer-list and federation histories, changelog.h): `value` was first
// observed at `since` and last observed, unchanged, at `lastSeen`.
template<typename T> struct Recorded
{
    T value {};
    QDateTime since;
    QDateTime lastSeen;
};
using PeerListChange = Recorded<QList<besu::PeerInfo>>; // a node's admin_peers
using FederationChange = Recorded<FederationProbeReply>; // one level-2 endpoint's answers to the federation probe
// A source's state, error and detail; its lastGood is the newest of the run (replay::healthAt).
using HealthChange = Recorded<SourceHealth>;
using VotesChange = Recorded<besu::PendingVotes>; // a node's qbft_getPendingVotes
// The alerts and the poll error; `at` is the run's first answered poll (or, with an error, the last one before it).
using AlertsChange = Recorded<AlertmanagerAlerts>;
using SignerMetricsChange = Recorded<SignerMetricsRecord>; // a qbft_getSignerMetrics reply; `at` as first received

// Everything NetworkState records when it changes over the history window: the time cursor of a snapshot shows each
// as it stood at its moment (statereplay.h). Each log ascends by `since`.
struct ChangeHistories
{
    QHash<QString, QList<PeerListChange>> peers; // by node
    QHash<QString, QList<FederationChange>> federation; // by level-2 endpoint
    QHash<QString, QList<HealthChange>> health; // by source id (NetworkState::setHealth)
    QHash<QString, QList<VotesChange>> votes; // by node
    QList<AlertsChange> alerts; // the network's Alertmanager
    QList<SignerMetricsChange> signerMetrics; // whichever validator answered
};

#pragma once

#include "changelog.h"
#include "ringbuffer.h"
#include "sources/federationprobe.h"
#include "sources/jsonrpcclient.h"
#include "sources/sourcehealth.h"
#include "statedata.h"
#include "usage/accountdirectory.h"
#include "usage/usageledger.h"
#include "statereplay.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <map>
#include <optional>

class Clock;

// The single truth about the watched network, in the GUI thread: per-node figures (each with its source and age),
// a bounded block history, validator sets, pending votes, peers, signer metrics and every source's health. It never
// fetches; the Collector (or a snapshot reader) feeds it, and item models listen to its fine-grained signals.
class NetworkState : public QObject
{
    Q_OBJECT
public:
    explicit NetworkState(Clock *clock = nullptr, QObject *parent = nullptr);
    ~NetworkState() override;

    Clock *clock() const { return m_clock; }

    // Resets everything and creates one NodeState per configured node; the block capacity becomes
    // network.historyBlocks() and the sample capacity covers the same hours at the node-status interval.
    void configure(const NetworkConfig &network);
    void clear();
    const NetworkConfig &network() const { return m_network; }

    // ---- Nodes ----------------------------------------------------------------------------------------------
    QStringList nodeNames() const { return m_order; } // inventory order
    const NodeState *node(const QString &name) const;
    QList<NodeState> nodes() const;
    QList<NodeSample> samples(const QString &node) const;
    // The node's level-2 readings over the history window (one per Prometheus poll): a node seen only through the
    // federation is shown from them at a past moment.
    QList<PrometheusSample> prometheusSamples(const QString &node) const;
    // The best known chain height: the highest of every node's height and the newest block held.
    std::optional<quint64> tip() const;

    void applyRpcStatus(const NodeRpcStatus &status);
    void applyRpcSlowStatus(const NodeRpcSlowStatus &status);
    void applyPrometheus(const QString &node, const PrometheusNodeFigures &figures);
    // A newHeads notification (or the newest block of a backfill) from `node`: its height and head time.
    void applyHead(const QString &node, const chain::BlockHeader &head, const QDateTime &at);
    // A JSON-RPC source could not reach the node at all: `up` becomes false from RPC's point of view.
    void markRpcUnreachable(const QString &node, const QString &error, const QDateTime &at);

    // ---- Blocks -----------------------------------------------------------------------------------------------
    // Adds blocks (any order). A block whose number is held with another hash replaces it and drops every later
    // block (a reorg). The oldest blocks go once the capacity is exceeded. Blocks older than the held window when
    // the window is full are ignored.
    void addBlocks(const QList<chain::BlockHeader> &blocks, const QString &fromNode = {});
    // Drops blocks >= number (the source saw a reorg or a reset chain).
    void dropBlocksFrom(quint64 number);
    void setBlockCapacity(int blocks);
    // The span the per-node sample rings and the peer-list and federation histories cover (configure() takes
    // historyHours). Shorter for a test or a soak that needs its bounded histories full within minutes.
    void setHistoryWindow(qint64 ms);
    qint64 historyWindowMs() const { return m_historyMs; }
    int blockCapacity() const { return m_blockCapacity; }
    int blockCount() const { return static_cast<int>(m_blocks.size()); }
    std::optional<quint64> lowestBlock() const;
    std::optional<quint64> highestBlock() const;
    const BlockRecord *block(quint64 number) const;
    QList<BlockRecord> blocks(quint64 from, quint64 to) const; // held blocks in [from, to], ascending
    // The same without copying them (a day of blocks): f(const BlockRecord &) for each, ascending.
    template<typename F> void forEachBlock(quint64 from, quint64 to, F &&f) const
    {
        for (auto it = m_blocks.lower_bound(from); it != m_blocks.end() && it->first <= to; ++it)
            f(it->second);
    }
    // Missing ranges [first, last] between the lowest and highest held block.
    QList<std::pair<quint64, quint64>> gaps() const;

    // ---- Validators, votes, metrics -------------------------------------------------------------------------
    // The set in force at `block` (as reported for that block). Only changes are stored.
    void setValidators(quint64 block, QStringList validators);
    QStringList validatorsAt(quint64 block) const;
    QStringList currentValidators() const;
    const QMap<quint64, QStringList> &validatorHistory() const { return m_validators; }
    QMap<QString, besu::PendingVotes> pendingVotes() const { return m_pendingVotes; } // node -> votes
    const SignerMetricsRecord &signerMetrics() const { return m_signerMetrics; }

    // ---- Prometheus history and federation ------------------------------------------------------------------
    // What each level-2 endpoint answered to the federation probe, by endpoint name.
    void applyFederationReply(const FederationProbeReply &reply);
    QHash<QString, FederationProbeReply> federationReplies() const { return m_federation; }
    // What the peer lists, federation replies, sources' health, pending votes, Alertmanager alerts and signer
    // metrics were over the history window, recorded when they change (a peer's head hash, which moves with every
    // block, is no change; nor is an institution's newest sample that stays fresh, federatedSampleFreshMs, a
    // source's newer good reply or an alert's refreshed end time): the time cursor shows them as they stood
    // (changelog.h). Bounded by the window and by one entry per poll or probe in it.
    const ChangeHistories &histories() const { return m_histories; }
    void setIntervalHistory(const PromRangeHistory &history);
    const PromRangeHistory &intervalHistory() const { return m_intervalHistory; }

    // ---- Alertmanager -----------------------------------------------------------------------------------------
    void setAlertmanagerAlerts(const AlertmanagerAlerts &alerts);
    const AlertmanagerAlerts &alertmanagerAlerts() const { return m_alerts; }

    // ---- Offline review -----------------------------------------------------------------------------------------
    // A snapshot reader puts back what was serialised, as it was (receive times and sources kept): one node's figures
    // and chart samples, the block history (the capacity grows to hold it) and the validator history.
    void restoreNode(const NodeState &state, const QList<NodeSample> &samples);
    void restoreBlocks(const QList<BlockRecord> &records);
    void restoreValidators(const QMap<quint64, QStringList> &history);
    void restorePendingVotes(const QMap<QString, besu::PendingVotes> &votes);
    void restoreSignerMetrics(const SignerMetricsRecord &record);
    void restorePrometheusSamples(const QString &node, const QList<PrometheusSample> &samples);
    // The recorded histories of a snapshot, as they were (after the rest: restoring the captured facts records none).
    void restoreHistories(const ChangeHistories &histories);

    // ---- Usage (issue 15) ---------------------------------------------------------------------------------------
    // Transactions per sender and called contract, rolling over the history window (UsageLedger), and who answers for
    // each sender (AccountDirectory: the profile, then the permissioning contract's answers).
    const UsageLedger &usage() const { return m_usage; }
    const AccountDirectory &accounts() const { return m_accounts; }
    // Adds blocks' transactions (a block held already is ignored); emits usageChanged once.
    void addTransactions(const QList<usage::BlockTransactions> &blocks);
    void setAccountAnswer(const QString &address, const AccountDirectory::ContractAnswer &answer);
    // When the usage was last added to (injected clock), for its age.
    QDateTime usageUpdatedAt() const { return m_usageAt; }
    // A snapshot reader puts back the ledger and the contract's answers.
    void restoreUsage(const UsageLedger &ledger, const QHash<QString, AccountDirectory::ContractAnswer> &answers);
    // The time cursor: shows `moment` of `history` (replay::stateAt), changing only what differs from what is shown
    // (blocks hidden or shown again at the end, nodes whose observations differ, the federation replies, the range
    // series, the usage ledger cut to the moment, the sources' health, pending votes, alerts and signer metrics as
    // they stood), then emits momentChanged. The state must hold a prefix of the history (as a snapshot reader left it).
    void present(const StateHistory &history, const StateMoment &moment);
    bool isReplaying() const { return m_replaying; }

    // ---- Source health --------------------------------------------------------------------------------------
    void setHealth(const QString &sourceId, const SourceHealth &health);
    QMap<QString, SourceHealth> health() const { return m_health; }
    SourceHealth health(const QString &sourceId) const { return m_health.value(sourceId); }

signals:
    void configured();
    void nodeChanged(const QString &node);
    void peersChanged(const QString &node);
    void blockAdded(quint64 number);
    void blocksAdded(quint64 first, quint64 last); // once per addBlocks call, for the whole span added
    void blocksRemoved(quint64 first, quint64 last); // eviction or reorg
    void validatorsChanged(quint64 fromBlock);
    void pendingVotesChanged(const QString &node);
    void signerMetricsChanged();
    void healthChanged(const QString &sourceId);
    void federationChanged(const QString &endpoint);
    void intervalHistoryChanged();
    void alertmanagerAlertsChanged();
    void usageChanged();
    void accountsChanged();
    // A replayed state now shows another moment: ages judged against the clock change even where no figure did.
    void momentChanged(const QDateTime &at);

private:
    NodeState *mutableNode(const QString &name);
    void addSample(NodeState &node, bool up = true);
    void evict();
    int sampleCapacityFor(qint64 ms) const;
    void updateHeadTime(NodeState &node);
    void recordPeers(const QString &node, const QList<besu::PeerInfo> &peers, const QDateTime &at);
    QDateTime historyCutoff() const; // the start of the history window
    qsizetype pollCapacity(int intervalMs) const;
    int prometheusCapacity() const; // one entry per poll of the window, and the one in force at its start
    void pruneHistories();

    Clock *m_clock;
    NetworkConfig m_network;
    QStringList m_order;
    QHash<QString, NodeState> m_nodes;
    QHash<QString, RingBuffer<NodeSample>> m_samples;
    QHash<QString, RingBuffer<PrometheusSample>> m_promSamples;
    int m_sampleCapacity = 17280;
    qint64 m_historyMs = 24 * 3600000LL;
    std::map<quint64, BlockRecord> m_blocks;
    int m_blockCapacity = 21600;
    QMap<quint64, QStringList> m_validators;
    QMap<QString, besu::PendingVotes> m_pendingVotes;
    SignerMetricsRecord m_signerMetrics;
    QMap<QString, SourceHealth> m_health;
    QHash<QString, FederationProbeReply> m_federation;
    ChangeHistories m_histories;
    PromRangeHistory m_intervalHistory;
    AlertmanagerAlerts m_alerts;
    UsageLedger m_usage;
    AccountDirectory m_accounts;
    QDateTime m_usageAt;
    bool m_replaying = false;
};


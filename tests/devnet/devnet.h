#pragma once

#include "devnetoptions.h"
#include "topology.h"

#include "chain/blockheader.h"
#include "chain/extradata.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <random>

struct DevTx
{
    QByteArray hash; // 32
    QByteArray from; // 20
    QByteArray to; // 20
    quint64 nonce = 0;
    quint64 gas = 0;
    quint64 gasUsed = 0;
    QByteArray input;
    QByteArray r, s; // 32 each
    quint64 v = 0;
    qint64 addedAtMs = 0;
    int origin = -1; // writer node index
    bool failed = false; // receipt status 0x0: reverted, part of the gas spent
};

struct DevBlock
{
    static constexpr char NoCopy = char(0xff);

    chain::BlockHeader header; // header.hash set; header.extraData = copies[0] (the proposer's) with its seals
    chain::BftExtraData extra; // seals = copies[0]'s
    QList<DevTx> txs;
    qint64 producedAtMs = 0;
    QList<QByteArray> validatorsAfter; // the set for the next block, after this block's vote
    // Each node holds its own copy of the block: the same hash, but the commit seals it had when it reached quorum
    // (Besu's QbftRound.importBlockToChain seals with RoundState.getCommitSeals()). Every committer signs once;
    // a copy lists indexes into `sealers`/`seals` in seal order.
    QList<QByteArray> sealers; // addresses of the validators that committed
    QList<QByteArray> seals; // their 65-byte seals, parallel to sealers
    QList<QByteArray> copies; // copies[0] is the one in header.extraData
    QByteArray copyOfNode; // per node: index into copies, NoCopy until the node has the block
    quint64 size = 0; // with copies[0]'s extraData
    quint64 cumulativeGas = 0; // gas used by blocks 1..number
    quint64 cumulativeTx = 0;
};

enum class P2pMessage { Proposal, Prepare, Commit, RoundChange };
inline constexpr int P2pMessageCount = 4;

// What can go wrong with, and what is counted on, one node while the devnet runs.
struct NodeRuntime
{
    bool up = true;
    qint64 slowMs = 0; // replies and the node's view of the chain lag by this much
    bool rpcErrors = false;
    bool rpcGarbage = false;
    bool permissioning = true;
    bool noSeal = false; // up, in sync, with peers, but out of consensus: never proposes nor seals
    qint64 clockSkewSeconds = 0;
    quint64 height = 0; // head block the node has imported
    quint64 syncStartingBlock = 0;
    bool syncing = false;
    qint64 startedAtMs = 0;
    quint64 heightAtStart = 0;
    QMap<QByteArray, bool> pendingVotes; // qbft_proposeValidatorVote: address -> add
    std::array<quint64, P2pMessageCount> inbound {};
    std::array<quint64, P2pMessageCount> outbound {};
    quint64 permNodeChecks = 0;
    quint64 permNodeUnpermitted = 0;
    quint64 permAccountChecks = 0;
    quint64 permAccountUnpermitted = 0;
    quint64 peersConnectedTotal = 0;
    int anonymousPeers = 0;
};

// The simulated QBFT consortium: chain, consensus rounds, votes, transactions, connectivity and faults.
// Single-threaded; the servers (nodeservers.h) read it and call execute() for faults.
class Devnet : public QObject
{
    Q_OBJECT
public:
    explicit Devnet(const DevnetOptions &options, QObject *parent = nullptr);

    const DevnetOptions &options() const { return m_options; }
    const Topology &topology() const { return m_topology; }
    void start();
    static qint64 nowMs();

    // ---- Chain -------------------------------------------------------------------------------------------------
    const QList<DevBlock> &blocks() const { return m_blocks; }
    const DevBlock *blockByHash(const QByteArray &hash) const;
    // The validator set of block `number` (what its extraData lists).
    QList<QByteArray> validatorsOfBlock(quint64 number) const;
    // The block as `node` holds it: its extraData (with the node's seal set) and size.
    QByteArray extraDataFor(int node, const DevBlock &block) const;
    quint64 sizeFor(int node, const DevBlock &block) const;
    bool halted() const { return m_halted; }

    // ---- Per-node view -----------------------------------------------------------------------------------------
    const NodeRuntime &runtime(int node) const { return m_runtime[node]; }
    quint64 viewHeight(int node) const; // the head the node reports (lags by slowMs)
    quint64 bestKnownBlock(int node) const;
    QList<int> livePeers(int node) const;
    int peerCount(int node) const;
    QList<const DevTx *> txPool(int node) const;
    bool isLocalTx(int node, const DevTx &tx) const { return tx.origin == node; }
    QList<QByteArray> allowedAccounts(int node) const;
    // The account some writers' transactions come from that no institution lists (and the rules contract refuses).
    const QByteArray &unknownAccount() const { return m_unknownAccount; }
    // A mined transaction by hash: its block and index, or nullptr.
    const DevTx *minedTransaction(const QByteArray &hash, quint64 *block, int *index) const;
    // The institution (index) the rules contract lists `account` under, or -1 (AccountRulesV2.getAccount reverts).
    int institutionOfAccount(const QByteArray &account) const;

    // ---- Votes (qbft_proposeValidatorVote and friends) ---------------------------------------------------------
    void proposeVote(int node, const QByteArray &address, bool add);
    bool discardVote(int node, const QByteArray &address);

    // ---- Faults: one command line, shared by the control API, `ctl` and scenario files --------------------------
    struct CommandResult
    {
        bool ok = false;
        QString message;
    };
    CommandResult execute(const QStringList &args);
    nlohmann::ordered_json status() const;
    static QString commandHelp();

Q_SIGNALS:
    void nodeUpChanged(int node, bool up);
    void nodeSlownessChanged(int node, qint64 delayMs);
    void headImported(int node, quint64 number);

private:
    void produceGenesis(qint64 timestampMs);
    void generateHistory();
    void evaluate();
    void startRound(quint32 round, qint64 startMs);
    void schedule(qint64 delayMs);
    qint64 roundTimeoutMs(quint32 round) const;
    qint64 parentTimeMs(const DevBlock &block) const;
    bool waitForEmptyBlockPeriod(int component, qint64 now);
    bool canPropose(int node, int component) const;
    QByteArray proposerFor(quint32 round) const;
    QList<int> sealingValidatorNodes(const QList<QByteArray> &validators, int component) const;
    void assignCopies(DevBlock &block, int proposerNode, const QList<int> &sealers, int component);
    int copyIndex(int node, const DevBlock &block) const;
    int mainComponent() const;
    void produceBlock(int proposerNode, qint64 now, qint64 proposedAtMs);
    std::optional<chain::BftVote> pickVote(int proposerNode, const QList<QByteArray> &validators);
    QList<QByteArray> applyVote(quint64 number, const QByteArray &proposer, const std::optional<chain::BftVote> &vote,
        QList<QByteArray> validators);
    void generateTransactions();
    void recomputeComponents();
    void startSyncIfNeeded();
    void syncStep();
    void importTo(int node, quint64 number);
    void countMessages(P2pMessage type, const QList<int> &senders);
    void churnObservers();
    bool linkAlive(int a, int b) const;
    void faultsChanged();
    void resetCounters(int node);

    DevnetOptions m_options;
    Topology m_topology;
    QList<NodeRuntime> m_runtime;
    QList<DevBlock> m_blocks;
    QHash<QByteArray, int> m_blockIndex; // hash -> number
    QList<int> m_component; // per node; -1 when down
    QSet<int> m_isolatedNodes;
    QSet<int> m_isolatedInstitutions;
    bool m_halted = false;
    bool m_generatingHistory = false;

    quint32 m_round = 0;
    bool m_roundStarted = false; // round 0 starts when the block timer fires, not when the parent is imported
    qint64 m_roundStartMs = 0;
    qint64 m_blockTimerMs = 0; // when the block period after the parent expires (or the empty-block re-check)
    QList<double> m_latencyMs; // per node: how far its messages travel (remote validators seal less often)
    QTimer m_consensusTimer;
    QTimer m_txTimer;
    QTimer m_syncTimer;
    QTimer m_churnTimer;

    QMap<QByteArray, QMap<QByteArray, bool>> m_tally; // candidate -> voter -> add
    int m_voteCursor = 0;
    QList<DevTx> m_pool;
    quint64 m_txCounter = 0;
    QHash<int, quint64> m_writerNonce;
    QByteArray m_unknownAccount;
    quint64 m_unknownNonce = 0;
    QHash<QByteArray, std::pair<int, int>> m_txIndex; // hash -> (block, index)
    std::mt19937_64 m_rng;
};

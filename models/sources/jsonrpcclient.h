#pragma once

#include "besuparsers.h"
#include "config/inventory.h"
#include "jsonrpc.h"
#include "sourcehealth.h"
#include "usage/usagedata.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class Clock;
class HttpFetcher;
class QTimer;

// One poll of a node's cheap methods, sent as a single JSON-RPC batch. A field is empty when the method failed or
// its namespace is not enabled on the node; `errors` says why (per method, NotEnabled ones excluded).
struct NodeRpcStatus
{
    QString node;
    QDateTime at; // when the reply arrived (injected clock)
    bool reachable = false; // a JSON-RPC reply came back at all
    qint64 elapsedMs = 0;
    std::optional<quint64> blockNumber;
    std::optional<quint64> chainId;
    std::optional<int> peerCount;
    std::optional<besu::SyncStatus> syncing;
    std::optional<QString> clientVersion;
    std::optional<QList<besu::PeerInfo>> peers; // admin_peers
    std::optional<besu::TxPoolStatistics> txPool;
    std::optional<besu::PendingVotes> pendingVotes;
    std::optional<QStringList> validators; // at block `validatorsBlock` (or the head when that is unknown)
    std::optional<quint64> validatorsBlock;
    QMap<QString, jsonrpc::Error> errors; // method -> error
    jsonrpc::Error transportError; // set when nothing usable came back
    QStringList disabledNamespaces; // e.g. {"admin", "qbft"}
};

// The rarely changing figures (signer metrics, identity, permissioning), polled on the slow interval.
struct NodeRpcSlowStatus
{
    QString node;
    QDateTime at;
    bool reachable = false;
    std::optional<besu::NodeInfo> nodeInfo;
    std::optional<QString> enode; // net_enode
    std::optional<QList<besu::SignerMetric>> signerMetrics;
    std::optional<quint64> signerMetricsFrom; // inclusive
    std::optional<QStringList> accountsAllowlist;
    std::optional<QStringList> nodesAllowlist;
    std::optional<QString> accountRulesAddress; // account Ingress getContractAddress("rules"), lowercase 0x
    QMap<QString, jsonrpc::Error> errors;
    jsonrpc::Error transportError;
};

Q_DECLARE_METATYPE(NodeRpcStatus)
Q_DECLARE_METATYPE(NodeRpcSlowStatus)

// JSON-RPC over HTTP to one Besu node. Polls the cheap status methods in one batch every PollingConfig::nodeStatusMs
// and the slow ones every signerMetricsMs; fetches blocks on demand. Network I/O goes through the shared HttpFetcher
// (timeouts, reply cap); JSON and result parsing run on the thread pool. A namespace the node does not serve
// (QBFT, ADMIN, PERM, TXPOOL) is remembered and re-checked only every `namespaceRecheckMs`.
class JsonRpcClient : public QObject
{
    Q_OBJECT
public:
    JsonRpcClient(const NodeConfig &node, const NetworkConfig &network, HttpFetcher *fetcher, Clock *clock = nullptr,
        QObject *parent = nullptr);
    ~JsonRpcClient() override;

    const NodeConfig &node() const { return m_node; }
    QString sourceId() const; // "rpc:<node>"
    const SourceHealth &health() const { return m_health; }
    bool isRunning() const { return m_running; }

    void start(); // first polls at once, then on the timers
    void stop();

    void pollStatus(); // no-op while the previous status poll is in flight
    void pollSlow();

    // Fetches blocks [from, to] (headers with transaction hashes), batched; results through blocksReceived in
    // ascending order (missing/failed ones through blockFailed).
    void requestBlocks(quint64 from, quint64 to);
    // Fetches the transactions of blocks [from, to] with their receipts (issue 15): one batch of
    // eth_getBlockByNumber(n, true), then the receipts of every transaction in batches of eth_getTransactionReceipt
    // (at most receiptBatchSize calls each, under Besu's default --rpc-http-max-batch-size of 1024). Blocks come back
    // through transactionsReceived in ascending order; a failed block batch through transactionsFailed. A receipt the
    // node does not give leaves its transaction counted without gas (BlockTransactions::missingReceipts).
    void requestTransactions(quint64 from, quint64 to);
    void setReceiptBatchSize(int n) { m_receiptBatchSize = qMax(1, n); }
    // Any single call, for eth_call and tools. The callback runs in this object's thread.
    void call(const QString &method, const nlohmann::json &params, std::function<void(const jsonrpc::Outcome &)> done);
    // eth_call at `block` ("latest" or a hex number); result bytes or an error via the callback.
    void ethCall(const QString &to, const QByteArray &data, const QString &block,
        std::function<void(std::optional<QByteArray>, const jsonrpc::Error &)> done);

    bool namespaceDisabled(const QString &ns) const;
    QStringList disabledNamespaces() const;

    // Tuning for tests: how often a disabled namespace is tried again, and the largest block batch.
    void setNamespaceRecheckMs(qint64 ms);
    void setBlockBatchSize(int n) { m_blockBatchSize = qMax(1, n); }
    void setSignerMetricsWindow(quint64 blocks) { m_signerWindow = blocks; }

    // Consensus method prefix: "qbft" or "ibft".
    QString consensusNamespace() const;

signals:
    void statusReceived(const NodeRpcStatus &status);
    void slowStatusReceived(const NodeRpcSlowStatus &status);
    void blocksReceived(const QString &node, const QList<chain::BlockHeader> &blocks);
    void blockFailed(const QString &node, quint64 number, const QString &error);
    void transactionsReceived(const QString &node, const QList<usage::BlockTransactions> &blocks);
    void transactionsFailed(const QString &node, quint64 from, quint64 to, const QString &error);
    void healthChanged(const SourceHealth &health);

private:
    struct BatchReply
    {
        QList<jsonrpc::Outcome> outcomes;
        jsonrpc::Error transport; // the request as a whole failed
        bool batchRefused = false; // the server does not take batches
        qint64 elapsedMs = 0;
    };
    using Converter = std::function<void(BatchReply &)>;

    // Sends `calls` as one batch (or one by one when the server refused batches), decodes and runs `convert` on the
    // thread pool, then `deliver` here.
    void sendCalls(
        const QList<jsonrpc::Call> &calls, Converter convert, std::function<void(const BatchReply &)> deliver);
    QList<jsonrpc::Call> filterEnabled(const QList<jsonrpc::Call> &calls, QList<int> *kept) const;
    void noteOutcomes(const QList<jsonrpc::Call> &calls, const QList<jsonrpc::Outcome> &outcomes);
    void setHealth(SourceHealth::State state, const QString &error, bool good);
    QDateTime now() const;

    NodeConfig m_node;
    Consensus m_consensus;
    PollingConfig m_polling;
    QPointer<HttpFetcher> m_fetcher;
    Clock *m_clock;
    QTimer *m_statusTimer;
    QTimer *m_slowTimer;
    SourceHealth m_health;
    bool m_running = false;
    bool m_statusInFlight = false;
    bool m_slowInFlight = false;
    bool m_batchUnsupported = false;
    int m_consecutiveFailures = 0;
    qint64 m_nextId = 1;
    qint64 m_namespaceRecheckMs = 10 * 60 * 1000;
    int m_blockBatchSize = 50;
    int m_receiptBatchSize = 500;
    quint64 m_signerWindow = 0; // 0: the node's default (last 100 blocks)
    std::optional<quint64> m_lastHeight;
    QHash<QString, qint64> m_disabledUntil; // namespace -> ms since epoch when it is tried again
};

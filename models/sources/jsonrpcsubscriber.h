#pragma once

#include "chain/blockheader.h"
#include "config/inventory.h"
#include "jsonrpc.h"
#include "sourcehealth.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <QWebSocket>

#include <optional>

class Clock;
class QTimer;

// Follows the chain head of one node over WebSocket (`eth_subscribe newHeads`) and keeps the delivered block
// sequence free of holes: after a reconnect, a skipped number, a stalled node or a wall-clock jump (laptop sleep) it
// fetches the missing blocks by number over the same socket before delivering the newer head. Reconnects with
// exponential backoff and jitter. Messages are parsed on the thread pool, one at a time, so order is kept.
class JsonRpcSubscriber : public QObject
{
    Q_OBJECT
public:
    JsonRpcSubscriber(
        const NodeConfig &node, const NetworkConfig &network, Clock *clock = nullptr, QObject *parent = nullptr);
    ~JsonRpcSubscriber() override;

    const NodeConfig &node() const { return m_node; }
    QString sourceId() const; // "ws:<node>"
    const SourceHealth &health() const { return m_health; }
    bool isSubscribed() const { return !m_subscriptionId.isEmpty(); }
    bool isBackfilling() const { return m_backfilling; }
    std::optional<quint64> lastNumber() const { return m_lastNumber; }
    int reconnects() const { return m_reconnects; }

    void start();
    void stop();

    // The last block already known (e.g. from the state): the first connection backfills from the block after it.
    void setLastKnown(quint64 number, const QByteArray &hash);
    // On the first connection with nothing known, fetch this many blocks below the head (0: none).
    void setInitialBackfill(quint64 blocks) { m_initialBackfill = blocks; }
    // Largest gap filled; older blocks beyond it are not fetched (they would fall out of the history anyway).
    void setMaxBackfill(quint64 blocks) { m_maxBackfill = qMax<quint64>(1, blocks); }
    void setBackoff(int initialMs, int maxMs);
    // No message for this long while subscribed: probe with eth_blockNumber; no answer to the probe: reconnect.
    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }

    // Delay before reconnect attempt `attempt` (0-based): min(cap, initial * 2^attempt), scaled by a random factor in
    // [0.5, 1.0] (`random01` in [0, 1)) so that many clients do not reconnect in lockstep.
    static int backoffDelayMs(int attempt, int initialMs, int maxMs, double random01);

signals:
    // Ascending; continues the previously delivered sequence unless reorgDetected was emitted just before.
    void blocksReceived(const QString &node, const QList<chain::BlockHeader> &blocks);
    // The node's chain no longer matches what was delivered from `fromNumber` on (reorg, or a reset test chain).
    void reorgDetected(const QString &node, quint64 fromNumber);
    void subscribedChanged(bool subscribed);
    void healthChanged(const SourceHealth &health);

public:
    // One WebSocket message, read: an `eth_subscription` notification or a reply to one of our requests.
    struct Parsed
    {
        bool notification = false;
        std::optional<qint64> id;
        jsonrpc::Outcome outcome;
        std::optional<chain::BlockHeader> header; // a newHeads notification or a block reply
        QString subscription;
        QString error;
    };
    // Pure (any thread; the fuzz target calls it): `origin` names the endpoint in messages.
    static Parsed parseMessage(const QByteArray &body, const QString &origin, int maxDepth);

private:
    void openSocket();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &message);
    void parseNext();
    void handle(const Parsed &parsed);
    void onHead(const chain::BlockHeader &header);
    void accept(const chain::BlockHeader &header);
    void startBackfill(quint64 from, quint64 to);
    void requestMoreBackfill();
    void onBackfillBlock(quint64 number, const std::optional<chain::BlockHeader> &header, const QString &error);
    void finishBackfill();
    void deliver(const QList<chain::BlockHeader> &blocks);
    qint64 send(const QString &method, const nlohmann::json &params);
    void scheduleReconnect(const QString &reason);
    void onWatchdog();
    void setHealth(SourceHealth::State state, const QString &error, const QString &detail);
    void noteGood();

    NodeConfig m_node;
    PollingConfig m_polling;
    double m_blockPeriodSeconds;
    Clock *m_clock;
    QWebSocket *m_socket;
    QTimer *m_reconnectTimer;
    QTimer *m_watchdog;
    SourceHealth m_health;
    bool m_running = false;
    int m_attempt = 0;
    int m_reconnects = 0;
    bool m_everConnected = false;
    int m_backoffInitialMs = 500;
    int m_backoffMaxMs = 30000;
    int m_stallTimeoutMs = 0; // 0: derived from the block period
    qint64 m_nextId = 1;
    qint64 m_subscribeId = 0;
    qint64 m_headProbeId = 0;
    QDateTime m_probeSentAt;
    QString m_subscriptionId;
    QDateTime m_lastMessageAt;
    QDateTime m_lastTickWall;
    QElapsedTimer m_lastTickMono;

    QQueue<QString> m_inbox;
    bool m_parsing = false;

    std::optional<quint64> m_lastNumber;
    QByteArray m_lastHash;
    QMap<quint64, QByteArray> m_recentHashes; // last delivered hashes, to detect a changed parent
    quint64 m_initialBackfill = 0;
    quint64 m_maxBackfill = 100000;

    bool m_backfilling = false;
    quint64 m_backfillNext = 0; // next number to request
    quint64 m_backfillTo = 0;
    quint64 m_emitNext = 0; // next number to deliver
    QHash<qint64, quint64> m_backfillRequests; // request id -> block number
    QMap<quint64, chain::BlockHeader> m_backfilled;
    QList<chain::BlockHeader> m_heldHeads; // heads that arrived during a backfill
    std::optional<quint64> m_lastFailedNumber;
};

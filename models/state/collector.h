#pragma once

#include "config/inventory.h"
#include "statedata.h"
#include "usage/usagedata.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

#include <optional>

class Clock;
class HttpFetcher;
class JsonRpcClient;
class JsonRpcSubscriber;
class NetworkState;
class PrometheusFederation;
class QTimer;
class SecretStore;
struct PromPollResult;

// Owns the sources of the active network (a JsonRpcClient per node with an HTTP URL, a JsonRpcSubscriber per node
// with a WebSocket URL, the Prometheus federation), starts and stops them, and applies their results to the
// NetworkState in the GUI thread. It also keeps the block history whole: holes and the initial window are fetched
// over HTTP from a reachable node (the subscribers fill the gaps they see themselves).
class Collector : public QObject
{
    Q_OBJECT
public:
    // `fetcher` is shared with other sources; when null the collector creates its own.
    Collector(NetworkState *state, HttpFetcher *fetcher = nullptr, Clock *clock = nullptr, QObject *parent = nullptr);
    ~Collector() override;

    // Replaces the sources and reconfigures the state (which is cleared).
    void setNetwork(const NetworkConfig &network);
    const NetworkConfig &network() const { return m_network; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // One pass for `sentinela-cli status`: every RPC client polls once (status and slow methods) and Prometheus
    // once; `passFinished` is emitted when all have answered (or failed). No timers, no subscriptions.
    // Like start(), it first waits (at most secretWaitMs) for the keychain to hand over the endpoints' secrets, so
    // that no request goes out without its credentials.
    void collectOnce();
    bool passPending() const { return m_passRemaining > 0; }
    bool secretsReady() const { return m_secretsReady; }
    void setSecretWaitMs(int ms) { m_secretWaitMs = ms; }

    // Blocks fetched over HTTP when the history starts empty (default: the whole window). 0 disables.
    void setInitialHistoryBlocks(int blocks) { m_initialHistory = blocks; }

    // Usage (issue 15): the transactions and receipts of every held block with gas used are fetched from the best
    // node (newest first, at most usageInFlight requests of usageBlocksPerRequest blocks), and every sender the
    // profile does not name is put to the permissioning contract (UsageConfig::accountInstitution). Off: no usage.
    void setUsageEnabled(bool enabled) { m_usageEnabled = enabled; }
    void setUsageLimits(int inFlight, int blocksPerRequest)
    {
        m_usageInFlight = qMax(1, inFlight);
        m_usageBlocksPerRequest = qMax(1, blocksPerRequest);
    }
    int usageRequestsInFlight() const { return m_usageRequests; }
    // For a one-off pass (sentinela-cli snapshot and report): fetches the usage of the held blocks as a running
    // collector does, each block asked once; usageRequestsInFlight() is back at 0 when it is done.
    void collectUsageOnce();

    QList<JsonRpcClient *> rpcClients() const { return m_clients; }
    QList<JsonRpcSubscriber *> subscribers() const { return m_subscribers; }
    PrometheusFederation *prometheus() const { return m_prometheus; }

    // The node figures read from Prometheus, in the order of promQueries().
    enum PromFigure {
        PromHeight,
        PromPeers,
        PromPeerLimit,
        PromInSync,
        PromUp,
        PromHeadTime,
        PromPermissioningChecks, // sum of besu_permissioning_*_check_count* per node (absent while it is off)
        PromFigureCount
    };
    // Two instant queries per PromFigure: the metric, then timestamp() of the same selector (the sample's own time).
    static QStringList promQueries(const QString &job);
    // Maps one Prometheus poll (promQueries() order) to per-node figures. The one place where sample times become
    // local times: at = localNow - (evaluation time - sample time), both read from the serving endpoint, so a figure's
    // age is the real age of the data whatever the skew between the local and the server's clock. The federated head
    // timestamp is moved onto the local clock the same way. A series without its timestamp() counterpart is taken as
    // of the evaluation time. Public for tests.
    static QHash<QString, PrometheusNodeFigures> mapPrometheus(
        const NetworkConfig &network, const PromPollResult &result, qint64 localNowMs);

signals:
    void passFinished();

private:
    void clearSources();
    void whenSecretsReady(std::function<void()> action);
    void secretsArrived();
    void runCollectOnce();
    void runStart();
    void pollPrometheus();
    void onPrometheus(const PromPollResult &result);
    void passStepDone();
    void fillHistory();
    void fillUsage();
    void onTransactions(const QList<usage::BlockTransactions> &blocks);
    void resolveAccounts(const QStringList &senders);
    void askNextAccount();
    void armStallCheck();
    JsonRpcClient *bestBlockSource() const;

    NetworkState *m_state;
    QPointer<HttpFetcher> m_fetcher;
    bool m_ownFetcher = false;
    Clock *m_clock;
    NetworkConfig m_network;
    QList<JsonRpcClient *> m_clients;
    QList<JsonRpcSubscriber *> m_subscribers;
    PrometheusFederation *m_prometheus = nullptr;
    QTimer *m_promTimer;
    QTimer *m_stallTimer; // one extra head poll when the newest block is about to reach the chain-halt limit
    qint64 m_stallDeadlineMs = 0;
    SecretStore *m_secrets;
    bool m_running = false;
    bool m_secretsReady = true;
    int m_secretWaitMs = 10000;
    quint64 m_secretGeneration = 0; // a prefetch of a previous network must not release this one's waiters
    QList<std::function<void()>> m_afterSecrets;
    QTimer *m_secretTimer;
    bool m_promInFlight = false;
    int m_passRemaining = 0;
    int m_initialHistory = -1; // -1: the state's capacity
    bool m_initialHistoryRequested = false;
    QSet<quint64> m_blocksRequested; // numbers asked for over HTTP and not yet answered
    bool m_usageEnabled = true;
    int m_usageInFlight = 4;
    int m_usageBlocksPerRequest = 20;
    int m_usageRequests = 0;
    bool m_usagePass = false; // collectUsageOnce: fill on answers without running
    QSet<quint64> m_usageRequested;
    QStringList m_accountQueue; // senders waiting for the contract
    QSet<QString> m_accountsAsking;
    int m_accountCalls = 0;
};

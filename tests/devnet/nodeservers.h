#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class Devnet;
class FaultProxy;
class QHttpServer;
class QWebSocket;
class QWebSocketServer;
class RpcHandler;

// One node's servers: JSON-RPC over HTTP and WebSocket, and /metrics, each behind a FaultProxy on its public port.
class NodeServers : public QObject
{
    Q_OBJECT
public:
    NodeServers(Devnet *devnet, int node, QObject *parent = nullptr);
    ~NodeServers() override;

    // Starts the servers; the public ports are base, base+1, base+2 or free ports when base is 0.
    bool listen(int portBase, QString *error);
    quint16 rpcHttpPort() const;
    quint16 rpcWsPort() const;
    quint16 metricsPort() const;

private:
    struct Subscription
    {
        QWebSocket *socket = nullptr;
        bool includeTransactions = false;
    };
    void setUp(bool up);
    void onHeadImported(int node, quint64 number);
    void acceptWebSocket();

    Devnet *m_devnet;
    int m_node;
    std::unique_ptr<RpcHandler> m_rpc;
    QHttpServer *m_httpServer;
    QHttpServer *m_metricsServer;
    QWebSocketServer *m_wsServer;
    FaultProxy *m_httpProxy = nullptr;
    FaultProxy *m_wsProxy = nullptr;
    FaultProxy *m_metricsProxy = nullptr;
    QHash<QByteArray, Subscription> m_subscriptions; // id -> subscriber
    quint64 m_nextSubscription = 1;
};

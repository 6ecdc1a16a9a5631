#include "nodeservers.h"

#include "devnet.h"
#include "faultproxy.h"
#include "metricstext.h"
#include "rpchandler.h"

#include "chain/hex.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

NodeServers::NodeServers(Devnet *devnet, int node, QObject *parent)
    : QObject(parent)
    , m_devnet(devnet)
    , m_node(node)
    , m_rpc(std::make_unique<RpcHandler>(devnet, node))
    , m_httpServer(new QHttpServer(this))
    , m_metricsServer(new QHttpServer(this))
    , m_wsServer(new QWebSocketServer(devnet->topology().nodes[node].name, QWebSocketServer::NonSecureMode, this))
{
    m_httpServer->route(u"/"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        return QHttpServerResponse("application/json", m_rpc->handle(request.body()));
    });
    // Besu's health endpoints.
    m_httpServer->route(u"/liveness"_s, QHttpServerRequest::Method::Get,
        [] { return QHttpServerResponse("application/json", QByteArray("{\"status\":\"UP\"}")); });
    m_metricsServer->route(u"/metrics"_s, QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse("text/plain; version=0.0.4; charset=utf-8", metricsText(*m_devnet, m_node));
    });
    connect(m_wsServer, &QWebSocketServer::newConnection, this, &NodeServers::acceptWebSocket);
    connect(devnet, &Devnet::nodeUpChanged, this, [this](int n, bool up) {
        if (n == m_node)
            setUp(up);
    });
    connect(devnet, &Devnet::headImported, this, &NodeServers::onHeadImported);
}

NodeServers::~NodeServers()
{
    // WebSocket clients are children; their disconnected() handler must not run on a half-destroyed object.
    m_subscriptions.clear();
    const auto sockets = findChildren<QWebSocket *>();
    for (QWebSocket *s : sockets) {
        s->disconnect(this);
        delete s;
    }
}

bool NodeServers::listen(int portBase, QString *error)
{
    const quint16 httpBackend = m_httpServer->listen(QHostAddress::LocalHost, 0);
    const quint16 metricsBackend = m_metricsServer->listen(QHostAddress::LocalHost, 0);
    if (!httpBackend || !metricsBackend || !m_wsServer->listen(QHostAddress::LocalHost, 0)) {
        *error = u"cannot listen on 127.0.0.1 for %1"_s.arg(m_devnet->topology().nodes[m_node].name);
        return false;
    }
    m_httpProxy = new FaultProxy(httpBackend, this);
    m_wsProxy = new FaultProxy(m_wsServer->serverPort(), this);
    m_metricsProxy = new FaultProxy(metricsBackend, this);
    const auto port = [&](int offset) { return portBase > 0 ? quint16(portBase + 3 * m_node + offset) : quint16(0); };
    if (!m_httpProxy->open(port(0)) || !m_wsProxy->open(port(1)) || !m_metricsProxy->open(port(2))) {
        *error = u"cannot listen on 127.0.0.1 ports %1-%2 for %3 (in use?)"_s.arg(port(0)).arg(port(2)).arg(
            m_devnet->topology().nodes[m_node].name);
        return false;
    }
    // Slowness is applied to reply bytes as they flow back through the proxies.
    connect(m_devnet, &Devnet::nodeSlownessChanged, this, [this](int n, qint64 ms) {
        if (n != m_node)
            return;
        for (FaultProxy *p : {m_httpProxy, m_wsProxy, m_metricsProxy})
            p->setDelayMs(ms);
    });
    return true;
}

quint16 NodeServers::rpcHttpPort() const
{
    return m_httpProxy ? m_httpProxy->port() : 0;
}

quint16 NodeServers::rpcWsPort() const
{
    return m_wsProxy ? m_wsProxy->port() : 0;
}

quint16 NodeServers::metricsPort() const
{
    return m_metricsProxy ? m_metricsProxy->port() : 0;
}

void NodeServers::setUp(bool up)
{
    for (FaultProxy *p : {m_httpProxy, m_wsProxy, m_metricsProxy}) {
        if (!p)
            continue;
        if (up)
            p->open(0);
        else
            p->close();
    }
    if (!up) {
        // The process is gone: its subscriptions with it.
        for (const Subscription &s : std::as_const(m_subscriptions))
            s.socket->abort();
        m_subscriptions.clear();
    }
}

void NodeServers::acceptWebSocket()
{
    while (QWebSocket *socket = m_wsServer->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &message) {
            RpcHandler::WsHooks hooks;
            hooks.subscribe = [this, socket](bool includeTx) {
                const QByteArray id = chain::quantityToHex(m_nextSubscription++).toLatin1();
                m_subscriptions.insert(id, {socket, includeTx});
                return id;
            };
            hooks.unsubscribe = [this, socket](const QByteArray &id) {
                const auto it = m_subscriptions.find(id);
                if (it == m_subscriptions.end() || it->socket != socket)
                    return false;
                m_subscriptions.erase(it);
                return true;
            };
            const QByteArray reply = m_rpc->handle(message.toUtf8(), &hooks);
            if (!reply.isEmpty())
                socket->sendTextMessage(QString::fromUtf8(reply));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            for (auto it = m_subscriptions.begin(); it != m_subscriptions.end();) {
                if (it->socket == socket)
                    it = m_subscriptions.erase(it);
                else
                    ++it;
            }
            socket->deleteLater();
        });
    }
}

void NodeServers::onHeadImported(int node, quint64 number)
{
    if (node != m_node || m_subscriptions.isEmpty())
        return;
    const DevBlock &block = m_devnet->blocks()[qsizetype(number)];
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        const nlohmann::ordered_json note = {{"jsonrpc", "2.0"}, {"method", "eth_subscription"},
            {"params",
                {{"subscription", it.key().toStdString()},
                    {"result", RpcHandler::blockJson(*m_devnet, block, it->includeTransactions, m_node)}}}};
        const QString text = m_devnet->runtime(m_node).rpcGarbage ? u"{\"jsonrpc\":\"2.0\",\"method\":\xff"_s
                                                                  : QString::fromStdString(note.dump());
        it->socket->sendTextMessage(text);
    }
}

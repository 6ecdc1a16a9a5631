#include "faultproxy.h"

#include <QTimer>

#include <utility>

FaultProxy::FaultProxy(quint16 backendPort, QObject *parent)
    : QObject(parent)
    , m_backendPort(backendPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    // The connections' lambdas use members that are gone by the time m_server deletes its sockets.
    const auto sockets = std::exchange(m_sockets, {});
    for (const QPointer<QTcpSocket> &s : sockets) {
        if (s) {
            s->disconnect(this);
            delete s;
        }
    }
}

bool FaultProxy::open(quint16 port)
{
    if (m_server.isListening())
        return true;
    if (!m_server.listen(QHostAddress::LocalHost, port ? port : m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FaultProxy::close()
{
    m_server.close();
    const auto sockets = m_sockets;
    m_sockets.clear();
    for (const QPointer<QTcpSocket> &s : sockets) {
        if (s) {
            s->abort(); // its backend connection is a child and goes with it
            s->deleteLater();
        }
    }
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *backend = new QTcpSocket(client);
        m_sockets.append(client);
        // Requests go straight through (buffered until the backend connection is up); replies wait m_delayMs.
        auto pending = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, backend, [client, backend, pending] {
            if (backend->state() == QAbstractSocket::ConnectedState)
                backend->write(client->readAll());
            else
                *pending += client->readAll();
        });
        connect(backend, &QTcpSocket::connected, backend, [backend, pending] {
            if (!pending->isEmpty())
                backend->write(*pending);
            pending->clear();
        });
        connect(backend, &QTcpSocket::readyRead, client, [this, client, backend] {
            const QByteArray data = backend->readAll();
            if (m_delayMs <= 0) {
                client->write(data);
                return;
            }
            QPointer<QTcpSocket> target(client);
            QTimer::singleShot(m_delayMs, client, [target, data] {
                if (target && target->state() == QAbstractSocket::ConnectedState)
                    target->write(data);
            });
        });
        connect(backend, &QTcpSocket::disconnected, client, [this, client] {
            // Let delayed reply bytes go out before closing.
            QTimer::singleShot(std::max<qint64>(0, m_delayMs) + 1, client, [client] { client->disconnectFromHost(); });
        });
        connect(backend, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::ConnectionRefusedError)
                client->abort();
        });
        connect(client, &QTcpSocket::disconnected, backend, [backend] { backend->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QObject::destroyed, this, [this] { m_sockets.removeAll(QPointer<QTcpSocket>()); });
        backend->connectToHost(QHostAddress::LocalHost, m_backendPort);
    }
}

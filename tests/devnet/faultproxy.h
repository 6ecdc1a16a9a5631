#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A node's public port: a byte-level relay to the server behind it (no HTTP parsing), so that faults act on the
// transport the way a real failure would: stopped = connection refused and open connections reset; slow = every
// reply byte delayed.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    FaultProxy(quint16 backendPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1:port (0 = a free port, remembered for later restarts). False when the port is taken.
    bool open(quint16 port);
    void close(); // refuse new connections and reset the open ones
    bool isOpen() const { return m_server.isListening(); }
    quint16 port() const { return m_port; }
    void setDelayMs(qint64 delayMs) { m_delayMs = delayMs; }

private:
    void accept();

    QTcpServer m_server;
    quint16 m_backendPort;
    quint16 m_port = 0;
    qint64 m_delayMs = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

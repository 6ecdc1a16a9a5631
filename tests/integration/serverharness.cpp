#include "serverharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

quint16 freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString findProgram(const QStringList &names)
{
    for (const QString &name : names) {
        QString found = QStandardPaths::findExecutable(name);
        if (found.isEmpty())
            found = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/local/bin"_s, u"/usr/bin"_s});
        if (!found.isEmpty())
            return found;
    }
    return {};
}

ServerProcess::ServerProcess(
    const QString &name, const QString &program, const QStringList &arguments, const QString &workingDir)
    : m_name(name)
    , m_program(program)
    , m_arguments(arguments)
    , m_workingDir(workingDir)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        m_process.setWorkingDirectory(workingDir);
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start()
{
    m_process.start(m_program, m_arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = u"%1: cannot start %2: %3"_s.arg(m_name, m_program, m_process.errorString());
        return false;
    }
    return true;
}

bool ServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString ServerProcess::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output.right(4000));
}

bool ServerProcess::waitHttpReady(const QUrl &url, int timeoutMs)
{
    QNetworkAccessManager nam;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!isRunning()) {
            m_error = u"%1 exited early: %2"_s.arg(m_name, output());
            return false;
        }
        QNetworkRequest request(url);
        request.setTransferTimeout(1000);
        QNetworkReply *reply = nam.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 2000))
            reply->abort();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
            return true;
        QTest::qWait(100);
    }
    m_error = u"%1 not ready at %2 within %3 ms: %4"_s.arg(m_name, url.toString()).arg(timeoutMs).arg(output());
    return false;
}

bool ServerProcess::waitPort(quint16 port, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!isRunning()) {
            m_error = u"%1 exited early: %2"_s.arg(m_name, output());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(500))
            return true;
        QTest::qWait(100);
    }
    m_error = u"%1 not listening on %2 within %3 ms: %4"_s.arg(m_name).arg(port).arg(timeoutMs).arg(output());
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_output += m_process.readAll();
}

ServerHarness::ServerHarness() = default;

ServerHarness::~ServerHarness()
{
    stopAll();
}

QString ServerHarness::writeFile(const QString &name, const QByteArray &content)
{
    const QString full = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile file(full);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return full;
}

QString ServerHarness::makeDir(const QString &name)
{
    const QString full = m_dir.filePath(name);
    QDir().mkpath(full);
    return full;
}

ServerProcess *ServerHarness::start(const QString &name, const QString &program, const QStringList &arguments)
{
    m_processes.push_back(std::make_unique<ServerProcess>(name, program, arguments, m_dir.path()));
    ServerProcess *process = m_processes.back().get();
    process->start();
    return process;
}

void ServerHarness::stopAll()
{
    for (auto &process : m_processes)
        process->stop();
}

FakeMetricsNode::FakeMetricsNode(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_gauges.insert(u"ethereum_blockchain_height"_s, 1000);
    m_gauges.insert(u"ethereum_peer_count"_s, 5);
    m_gauges.insert(u"besu_synchronizer_in_sync"_s, 1);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray request = socket->property("buffer").toByteArray() + socket->readAll();
                socket->setProperty("buffer", request);
                if (!request.contains("\r\n\r\n"))
                    return;
                socket->setProperty("buffer", QByteArray());
                const QByteArray path = request.left(request.indexOf("\r\n")).split(' ').value(1);
                QByteArray body;
                int status = 200;
                if (path.startsWith("/metrics")) {
                    ++m_scrapes;
                    body = metricsText();
                } else {
                    status = 404;
                    body = "not found\n";
                }
                socket->write("HTTP/1.1 " + QByteArray::number(status)
                    + " OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        }
    });
}

FakeMetricsNode::~FakeMetricsNode() = default;

bool FakeMetricsNode::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeMetricsNode::port() const
{
    return m_server->serverPort();
}

QString FakeMetricsNode::target() const
{
    return u"127.0.0.1:%1"_s.arg(port());
}

void FakeMetricsNode::setGauge(const QString &name, double value)
{
    m_gauges.insert(name, value);
}

QByteArray FakeMetricsNode::metricsText() const
{
    QByteArray text;
    for (auto it = m_gauges.begin(); it != m_gauges.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        text += "# HELP " + name + " Fake Besu metric for Sentinela tests\n# TYPE " + name + " gauge\n" + name + ' '
            + QByteArray::number(it.value(), 'g', 17) + '\n';
    }
    return text;
}

#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <vector>

class QTcpServer;

// Reusable pieces for integration tests that run real servers on 127.0.0.1: free ports, config files in a temporary
// directory, child processes that are always killed when the test ends, and fake Besu /metrics endpoints.

// A port that was free a moment ago (bind to port 0, read it, release it).
quint16 freeTcpPort();

// Full path of the first program found on PATH (or in /usr/sbin, /usr/local/bin), empty if none.
QString findProgram(const QStringList &names);

// One child process. Killed (SIGKILL) and reaped on stop() or destruction: servers never outlive the test.
class ServerProcess
{
public:
    ServerProcess(
        const QString &name, const QString &program, const QStringList &arguments, const QString &workingDir = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    bool start();
    // Polls GET `url` until it answers 2xx (plain HTTP only).
    bool waitHttpReady(const QUrl &url, int timeoutMs = 15000);
    // Polls until something accepts TCP connections on 127.0.0.1:port.
    bool waitPort(quint16 port, int timeoutMs = 15000);
    void stop();
    bool isRunning() const;
    QString name() const { return m_name; }
    // Everything the process printed so far (for failure messages).
    QString output();
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_program;
    QStringList m_arguments;
    QString m_workingDir;
    QProcess m_process;
    QByteArray m_output;
    QString m_error;
};

// A temporary directory for config files and data, plus the processes started from it.
class ServerHarness
{
public:
    ServerHarness();
    ~ServerHarness();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Writes `content` to `name` inside the directory (creating subdirectories); returns the full path.
    QString writeFile(const QString &name, const QByteArray &content);
    QString makeDir(const QString &name);

    // Starts a process; it is owned by the harness and stopped at the latest when the harness is destroyed.
    ServerProcess *start(const QString &name, const QString &program, const QStringList &arguments);
    void stopAll();

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<ServerProcess>> m_processes;
};

// A fake Besu node's metrics endpoint (Prometheus text format on /metrics) served by the test itself.
class FakeMetricsNode : public QObject
{
    Q_OBJECT
public:
    explicit FakeMetricsNode(QObject *parent = nullptr);
    ~FakeMetricsNode() override;

    bool listen(); // 127.0.0.1, free port
    quint16 port() const;
    QString target() const; // "127.0.0.1:<port>"
    // Gauge values by metric name; defaults: ethereum_blockchain_height, ethereum_peer_count,
    // besu_synchronizer_in_sync.
    void setGauge(const QString &name, double value);
    double gauge(const QString &name) const { return m_gauges.value(name); }
    int scrapes() const { return m_scrapes; }
    QByteArray metricsText() const;

private:
    QTcpServer *m_server = nullptr;
    QMap<QString, double> m_gauges;
    int m_scrapes = 0;
};

#pragma once

// Shared by the tests and benchmarks that run the devnet.

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

namespace testsupport {

// Starts sentinela-devnet and waits for its "devnet ready" line. What it printed so far goes to *log.
inline bool startDevnet(
    QProcess &process, const QString &binary, const QStringList &arguments, QByteArray *log, int timeoutMs = 30000)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(binary, arguments);
    if (!process.waitForStarted(10000)) {
        *log = process.errorString().toUtf8();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!log->contains("devnet ready") && timer.elapsed() < timeoutMs && process.state() == QProcess::Running) {
        process.waitForReadyRead(500);
        *log += process.readAllStandardOutput();
    }
    return log->contains("devnet ready");
}

} // namespace testsupport

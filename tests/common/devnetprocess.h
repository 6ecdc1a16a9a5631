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

// The control API's URL from what the devnet printed ("control URL").
inline QString devnetControlUrl(const QByteArray &log)
{
    for (const QByteArray &line : log.split('\n')) {
        if (line.startsWith("control "))
            return QString::fromUtf8(line.mid(8)).trimmed();
    }
    return {};
}

// One control command ("stop validator02", "halt", ...) through `sentinela-devnet ctl`.
inline bool devnetControl(const QString &binary, const QString &controlUrl, const QString &command)
{
    QProcess ctl;
    ctl.start(binary, QStringList {QStringLiteral("ctl"), QStringLiteral("--control"), controlUrl}
            + command.split(QLatin1Char(' ')));
    return ctl.waitForFinished(10000) && ctl.exitStatus() == QProcess::NormalExit && ctl.exitCode() == 0;
}

} // namespace testsupport

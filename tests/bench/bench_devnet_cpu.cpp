// CPU used by sentinela-devnet for five institutions x four nodes at a 4 s block period, while a level-1
// Prometheus would scrape every node's /metrics every 3 s. Measured from /proc/<pid>/stat over 25 s (4 s in quick
// mode); target < 5 % of a core (judged in optimised builds).
#include "benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// utime + stime of the process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat).
qint64 cpuTicks(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')'); // the command name may contain spaces
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so utime (14) is fields[11] and stime (15) fields[12].
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::Report report("devnet_cpu");
    const QString binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : bench::quick() ? 4 : 25;
    QTemporaryDir dir;
    const QString endpoints = dir.filePath(u"endpoints.json"_s);
    QProcess devnet;
    devnet.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    devnet.start(binary,
        {u"--institutions"_s, u"5"_s, u"--block-period"_s, u"4"_s, u"--port-base"_s, u"0"_s, u"--endpoints"_s,
            endpoints});
    QByteArray log;
    QElapsedTimer startup;
    startup.start();
    while (!log.contains("devnet ready") && startup.elapsed() < 30000 && devnet.state() != QProcess::NotRunning) {
        devnet.waitForReadyRead(500);
        log += devnet.readAllStandardOutput();
    }
    if (!log.contains("devnet ready")) {
        report.runFailed("cpu", binary + u" did not start"_s);
        return 1;
    }
    QFile f(endpoints);
    f.open(QIODevice::ReadOnly);
    const QByteArray data = f.readAll();
    const nlohmann::json ep = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    QList<QUrl> metrics;
    if (ep.is_object()) {
        for (const auto &n : ep["nodes"])
            metrics.append(QUrl(QString::fromStdString(n["metrics"].get<std::string>())));
    }

    QNetworkAccessManager nam;
    int scrapes = 0;
    QTimer scrape;
    QObject::connect(&scrape, &QTimer::timeout, &app, [&] {
        for (const QUrl &u : std::as_const(metrics)) {
            QNetworkReply *r = nam.get(QNetworkRequest(u));
            QObject::connect(r, &QNetworkReply::finished, r, [&scrapes, r] {
                scrapes += r->error() == QNetworkReply::NoError ? 1 : 0;
                r->deleteLater();
            });
        }
    });
    const qint64 pid = devnet.processId();
    QEventLoop settle;
    QTimer::singleShot(2000, &settle, &QEventLoop::quit); // past start-up work (key derivation, listening)
    settle.exec();
    scrape.start(3000);
    const qint64 before = cpuTicks(pid);
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 after = cpuTicks(pid);
    const double elapsed = double(wall.elapsed()) / 1000.0;
    scrape.stop();
    devnet.terminate();
    devnet.waitForFinished(5000);
    if (before < 0 || after < 0) {
        report.runFailed("cpu", u"cannot read /proc/%1/stat"_s.arg(pid));
        return 1;
    }
    const double cpuSeconds = double(after - before) / double(sysconf(_SC_CLK_TCK));
    const double percent = 100.0 * cpuSeconds / elapsed;
    report.figure("cpu",
        u"CPU of sentinela-devnet (5 institutions x 4 nodes, 4 s blocks) while its %1 /metrics are scraped every 3 s "
        "(%2 scrapes), over %3 s"_s.arg(metrics.size())
            .arg(scrapes)
            .arg(elapsed, 0, 'f', 1),
        percent, "% of one core", bench::Goal::Below, 5.0);
    return report.exitCode();
}

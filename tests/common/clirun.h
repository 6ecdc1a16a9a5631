#pragma once

// Running sentinela-cli (or another program) from a test and keeping what it said, and the profile those tests
// point it at when no node may answer. Needs SENTINELA_BINARY_DIR (set for every unit test).

#include "syntheticsnapshot.h"

#include "config/inventoryloader.h"

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace clirun {

struct Run
{
    int code = -1; // -1: did not finish within a minute, or crashed
    QString out;
    QString err;
};

inline Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline Run cli(const QStringList &args)
{
    return run(QStringLiteral(SENTINELA_BINARY_DIR "/app/sentinela-cli"), args);
}

// A one-institution, two-node profile whose nodes listen on a closed port (every request refused at once), no
// Prometheus, its incident book at book.sqlite beside it; written to `path`. False when it cannot be written.
inline bool writeUnreachableProfile(const QString &path)
{
    NetworkConfig net = synthetic::network(1, 2);
    for (NodeConfig &n : net.nodes)
        n.rpcHttp = QUrl(QStringLiteral("http://127.0.0.1:1"));
    net.prometheus.clear();
    net.incidents.database = QStringLiteral("book.sqlite");
    Inventory inv;
    inv.activeNetwork = net.name;
    inv.networks = {net};
    QFile f(path);
    const QByteArray yaml = InventoryLoader::toYaml(inv);
    return f.open(QIODevice::WriteOnly) && f.write(yaml) == yaml.size();
}

} // namespace clirun

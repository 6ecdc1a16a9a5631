#include "snapshotcommand.h"

#include "snapshotreader.h"
#include "snapshotwriter.h"

#include "config/inventoryloader.h"
#include "core/format.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentengine.h"
#include "monitor/monitor.h"
#include "monitor/statuscommand.h"
#include "state/networkstate.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct SnapshotCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)
};

} // namespace

std::optional<SnapshotData> collectSnapshotData(const Inventory &inventory, const NetworkConfig &network,
    qint64 windowSecondsWanted, const QString &incident, int timeoutMs, QTextStream &err)
{
    // The book first: an unknown --incident is known before the collection pass, and its time sets the window.
    IncidentBook book;
    const QString bookPath = IncidentEngine::databasePath(network, inventory.path);
    if (QFileInfo::exists(bookPath)) {
        book.setReadOnly(true);
        book.open(bookPath);
        if (!book.waitForIdle() || !book.isOpen())
            err << SnapshotCommandText::tr("snapshot: the incident book %1 does not open (%2); no incidents included")
                       .arg(bookPath, book.lastError())
                << Qt::endl;
    } else if (!incident.isEmpty()) {
        err << SnapshotCommandText::tr("snapshot: no incident book at %1").arg(bookPath) << Qt::endl;
        return std::nullopt;
    }

    Monitor monitor;
    const double period = network.blockPeriodSeconds > 0 ? network.blockPeriodSeconds : 4;
    qint64 windowSeconds = windowSecondsWanted;
    if (!incident.isEmpty()) {
        SnapshotOptions probe;
        probe.incident = incident;
        QString why;
        // Unknown incident: refuse before spending a collection pass.
        if (const auto data = SnapshotWriter::capture(monitor, &book, probe, &why); !data) {
            err << u"snapshot: "_s << why << Qt::endl;
            return std::nullopt;
        } else {
            windowSeconds += qMax<qint64>(0, data->header.windowFrom.secsTo(data->header.createdAt) - windowSecondsWanted);
        }
    }
    const int blocks = static_cast<int>(std::min<double>(network.historyBlocks(), std::ceil(windowSeconds / period)) + 1);
    if (!collectOnce(monitor, network, timeoutMs, blocks, true))
        err << SnapshotCommandText::tr("snapshot: not every source answered within %1 ms; writing what arrived")
                   .arg(timeoutMs)
            << Qt::endl;

    SnapshotOptions opts;
    opts.windowSeconds = windowSecondsWanted;
    opts.incident = incident;
    QString why;
    auto data = SnapshotWriter::capture(monitor, &book, opts, &why);
    if (!data)
        err << u"snapshot: "_s << why << Qt::endl;
    return data;
}

int runSnapshotCommand(const Inventory &inventory, const NetworkConfig &network, const SnapshotCommandOptions &options,
    QTextStream &out, QTextStream &err)
{
    QByteArray signingKey;
    if (!options.signKeyFile.isEmpty()) {
        QFile key(options.signKeyFile);
        if (!key.open(QIODevice::ReadOnly) || key.size() > 64 * 1024) {
            err << SnapshotCommandText::tr("snapshot: cannot read the signing key %1: %2")
                       .arg(options.signKeyFile, key.errorString())
                << Qt::endl;
            return 2;
        }
        signingKey = key.readAll();
    }

    const auto data = collectSnapshotData(inventory, network, options.windowSeconds, options.incident,
        options.timeoutMs, err);
    if (!data)
        return 2;
    QString why;
    const QByteArray bytes = SnapshotWriter::encode(*data, signingKey, &why);
    if (bytes.isEmpty() || !SnapshotWriter::writeFile(options.out, bytes, &why)) {
        err << u"snapshot: "_s << why << Qt::endl;
        return 2;
    }
    out << SnapshotCommandText::tr("%1: %2 nodes, %3 blocks, %4 incidents, %5 bytes%6")
               .arg(options.out)
               .arg(data->nodes.size())
               .arg(data->blocks.size())
               .arg(data->incidents.size())
               .arg(bytes.size())
               .arg(signingKey.isEmpty() ? SnapshotCommandText::tr(", unsigned") : SnapshotCommandText::tr(", signed"))
        << Qt::endl;
    return 0;
}

std::optional<QList<TrustedSnapshotKey>> loadTrustedKeys(const QStringList &trustFiles, const QString &command, QTextStream &err)
{
    QList<TrustedSnapshotKey> trusted;
    for (const QString &file : trustFiles) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 4 * 1024 * 1024) {
            err << SnapshotCommandText::tr("%1: cannot read %2: %3").arg(command, file, f.errorString()) << Qt::endl;
            return std::nullopt;
        }
        const QByteArray text = f.readAll();
        if (text.contains("-----BEGIN PUBLIC KEY-----")) {
            trusted.append({QFileInfo(file).completeBaseName(), file, text});
            continue;
        }
        const InventoryLoadResult loaded = InventoryLoader::loadFile(file);
        if (!loaded.inventory || loaded.inventory->snapshots.trustedKeys.isEmpty()) {
            for (const ConfigMessage &m : loaded.messages)
                err << m.toString() << Qt::endl;
            err << SnapshotCommandText::tr("%1: %2 is neither a PEM public key nor a profile with snapshots.trustedKeys")
                       .arg(command, file)
                << Qt::endl;
            return std::nullopt;
        }
        trusted += loaded.inventory->snapshots.trustedKeys;
    }
    return trusted;
}

SnapshotVerdict snapshotVerdict(const SnapshotReadResult &result, bool trustGiven)
{
    if (!result.ok)
        return {false, SnapshotCommandText::tr("INVALID: %1").arg(result.error)};
    if (trustGiven && result.trust != SnapshotTrust::Trusted)
        return {false, SnapshotCommandText::tr("INVALID: %1").arg(result.trustText)};
    return {true, SnapshotCommandText::tr("valid: digest ok, %1").arg(result.trustText)};
}

int runVerifySnapshotCommand(const QString &path, const QStringList &trustFiles, QTextStream &out, QTextStream &err)
{
    const QString command = u"verify-snapshot"_s;
    const auto trusted = loadTrustedKeys(trustFiles, command, err);
    if (!trusted)
        return 2;
    const SnapshotReadResult result = SnapshotReader::readFile(path, *trusted);
    const SnapshotVerdict verdict = snapshotVerdict(result, !trustFiles.isEmpty());
    if (!result.ok) {
        err << command << u": "_s << verdict.text << Qt::endl;
        return 2;
    }
    const SnapshotHeader &h = result.data.header;
    out << SnapshotReader::describe(result) << Qt::endl;
    out << SnapshotCommandText::tr("schema %1, app %2, window %3 to %4, %5 nodes, %6 blocks, %7 incidents")
               .arg(h.schemaVersion)
               .arg(h.appVersion, h.windowFrom.toString(Qt::ISODate), h.windowTo.toString(Qt::ISODate))
               .arg(result.data.nodes.size())
               .arg(result.data.blocks.size())
               .arg(result.data.incidents.size())
        << Qt::endl;
    if (!verdict.valid) {
        err << command << u": "_s << verdict.text << Qt::endl;
        return 2;
    }
    out << verdict.text << Qt::endl;
    return 0;
}

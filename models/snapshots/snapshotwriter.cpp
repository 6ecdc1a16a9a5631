#include "snapshotwriter.h"

#include "snapshotcrypto.h"
#include "snapshotheader.h"
#include "blocktable.h"
#include "snapshotjson.h"

#include "analysis/validatoranalysis.h"
#include "config/inventoryloader.h"
#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "monitor/monitor.h"
#include "state/networkstate.h"

#include <QSaveFile>
#include <QSet>
#include <QtEndian>

#include <zstd.h>

using namespace Qt::StringLiterals;

namespace {

const Incident *findIncident(const IncidentBook &book, const QString &id)
{
    if (const Incident *byUid = book.find(id))
        return byUid;
    QString digits = id;
    if (digits.startsWith(u'#'))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok)
        return nullptr;
    for (const Incident &i : book.incidents()) {
        if (i.id == number)
            return &i;
    }
    return nullptr;
}

} // namespace

QByteArray SnapshotWriter::strippedProfile(const NetworkConfig &source)
{
    NetworkConfig network = source;
    // Credentials are references only, but even the names of keychain entries, TLS key files, webhooks and the
    // producer's local paths stay at home.
    for (PrometheusEndpoint &p : network.prometheus) {
        p.auth = {};
        p.tls = {};
    }
    if (network.alertmanager) {
        network.alertmanager->auth = {};
        network.alertmanager->tls = {};
    }
    network.incidents.database.clear();
    network.incidents.notifications.discordWebhook = {};
    network.incidents.notifications.webhookUrl = {};
    network.incidents.notifications.webhookAuth = {};
    network.checklists.folder.clear();
    Inventory inventory;
    inventory.activeNetwork = network.name;
    inventory.networks = {network};
    return InventoryLoader::toYaml(inventory);
}

std::optional<SnapshotData> SnapshotWriter::capture(
    const Monitor &monitor, const IncidentBook *book, const SnapshotOptions &options, QString *error)
{
    const NetworkState &state = *monitor.state();
    const NetworkConfig &network = state.network();
    const QDateTime now = monitor.clock()->now().toUTC();

    const Incident *incident = nullptr;
    if (!options.incident.isEmpty()) {
        incident = book ? findIncident(*book, options.incident) : nullptr;
        if (!incident) {
            if (error)
                *error = tr("no incident \"%1\" in the incident book").arg(options.incident);
            return std::nullopt;
        }
    }

    SnapshotData data;
    SnapshotHeader &h = data.header;
    h.appVersion = QStringLiteral(SENTINELA_VERSION);
    h.network = network.name;
    h.networkDisplayName = network.displayName.isEmpty() ? network.name : network.displayName;
    h.producer = options.producer.isEmpty() ? network.incidents.institution : options.producer;
    h.createdAt = now;
    h.windowFrom = (incident ? incident->detectedAt.toUTC() : now).addSecs(-qMax<qint64>(0, options.windowSeconds));
    h.windowTo = now;
    h.incidentUid = incident ? incident->uid : QString();
    const qint64 fromSecs = h.windowFrom.toSecsSinceEpoch();

    data.profileYaml = strippedProfile(network);
    data.network = network;

    for (const NodeState &n : state.nodes()) {
        data.nodes.append(n);
        QList<NodeSample> kept;
        for (const NodeSample &s : state.samples(n.name)) {
            if (s.at >= h.windowFrom)
                kept.append(s);
        }
        data.samples.insert(n.name, kept);
        // The level-2 readings from the one in force when the window begins (a figure persists until read again).
        QList<PrometheusSample> readings = state.prometheusSamples(n.name);
        const qint64 fromMs = h.windowFrom.toMSecsSinceEpoch();
        qsizetype first = 0;
        while (first + 1 < readings.size() && readings.at(first + 1).atMs <= fromMs)
            ++first;
        readings.remove(0, first);
        if (!readings.isEmpty())
            data.prometheusSamples.insert(n.name, readings);
    }
    // The recorded histories from what was in force when the window begins.
    data.changes = changelog::within(state.histories(), h.windowFrom);

    const BlockAnalysisCache *analysis = monitor.analysis();
    if (const auto lo = state.lowestBlock(), hi = state.highestBlock(); lo && hi) {
        data.blocks.reserve(state.blockCount());
        state.forEachBlock(*lo, *hi, [&](const BlockRecord &r) {
            if (static_cast<qint64>(r.header.timestamp) < fromSecs)
                return;
            data.blocks.append(r);
            if (const AnalysedBlock *a = analysis ? analysis->block(r.number()) : nullptr) {
                SnapshotSeal seal;
                seal.proposer = a->record.proposer;
                seal.round = a->record.round;
                seal.signers = a->record.signers;
                seal.missing = a->missing;
                seal.quorum = a->quorum;
                seal.quorumMet = a->quorumMet;
                seal.nonMemberSigners = a->nonMemberSigners;
                seal.invalidSeals = a->invalidSeals;
                seal.error = a->error;
                data.seals.emplace(r.number(), std::move(seal));
            }
        });
    }
    data.validators = state.validatorHistory();
    if (state.usage().blockCount() > 0)
        data.usage = SnapshotData::Usage {state.usage(), state.accounts().contractAnswers()};
    for (const FederationProbeReply &r : state.federationReplies())
        data.federation.append(r);
    std::sort(data.federation.begin(), data.federation.end(),
        [](const auto &a, const auto &b) { return a.index < b.index; });
    data.intervalHistory = state.intervalHistory();
    data.intervalHistory.pending = false;
    data.health = state.health();
    data.alerts = state.alertmanagerAlerts();
    data.pendingVotes = state.pendingVotes();
    data.signerMetrics = state.signerMetrics();

    if (book) {
        QSet<QString> uids;
        for (const Incident &i : book->incidents()) {
            const QDateTime end = i.isOpen() ? now : i.resolvedAt;
            const bool overlaps = i.detectedAt <= h.windowTo && (!end.isValid() || end >= h.windowFrom);
            if (incident ? i.uid == incident->uid : overlaps) {
                data.incidents.append(i);
                uids.insert(i.uid);
            }
        }
        for (const ChecklistRun &r : book->runs()) {
            if (uids.contains(r.incidentUid) || (!incident && r.incidentUid.isEmpty() && r.startedAt >= h.windowFrom))
                data.runs.append(r);
        }
    }
    return data;
}

QByteArray SnapshotWriter::encode(SnapshotData data, const QByteArray &signingKeyPem, QString *error, int zstdLevel)
{
    std::string content = snapshotjson::encodeText(data, false, blocktable::estimate(data.blocks, data.seals));
    const std::size_t jsonBytes = content.size();
    blocktable::append(content, data.blocks, data.seals);
    QByteArray payload(static_cast<qsizetype>(ZSTD_compressBound(content.size())), Qt::Uninitialized);
    const size_t packed = ZSTD_compress(
        payload.data(), static_cast<size_t>(payload.size()), content.data(), content.size(), zstdLevel);
    if (ZSTD_isError(packed)) {
        if (error)
            *error = tr("compression failed: %1").arg(QString::fromLatin1(ZSTD_getErrorName(packed)));
        return {};
    }
    payload.resize(static_cast<qsizetype>(packed));

    SnapshotHeader &h = data.header;
    h.formatVersion = snapshot::FormatVersion;
    h.schemaVersion = snapshot::SchemaVersion;
    h.contentBytes = static_cast<qint64>(content.size());
    h.tableBytes = static_cast<qint64>(content.size() - jsonBytes);
    h.payloadBytes = payload.size();
    h.digest = snapshotcrypto::sha256(payload);
    h.signature.clear();
    h.signerPublicKeyPem.clear();
    if (!signingKeyPem.isEmpty()) {
        QString why;
        h.signerPublicKeyPem = snapshotcrypto::publicKeyOf(signingKeyPem, &why);
        const QByteArray message = QByteArray::fromStdString(snapshotheader::toJson(h, false).dump());
        if (!h.signerPublicKeyPem.isEmpty())
            h.signature = snapshotcrypto::sign(signingKeyPem, message, &why);
        if (h.signature.isEmpty()) {
            if (error)
                *error = tr("cannot sign: %1").arg(why);
            return {};
        }
    }
    const QByteArray header = QByteArray::fromStdString(snapshotheader::toJson(h, true).dump());
    QByteArray file;
    file.reserve(8 + 4 + header.size() + payload.size());
    file.append(snapshot::Magic, 8);
    char length[4];
    qToBigEndian(static_cast<quint32>(header.size()), length);
    file.append(length, 4);
    file.append(header);
    file.append(payload);
    return file;
}

bool SnapshotWriter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

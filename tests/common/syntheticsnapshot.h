#pragma once

// A synthetic consortium for snapshot tests and the snapshot benchmark: institutions with four nodes each (two
// validators, a boot, an observer), QBFT blocks with real extraData layouts (random seals), chart samples every
// 5 s and a few incidents with timelines and a checklist run. Deterministic for a given seed.

#include "chain/extradata.h"
#include "snapshots/snapshotdata.h"
#include "snapshots/snapshotwriter.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace synthetic {

inline QByteArray randomBytes(QRandomGenerator &rng, int n)
{
    QByteArray out(n, '\0');
    for (int i = 0; i < n; ++i)
        out[i] = static_cast<char>(rng.bounded(256));
    return out;
}

inline QByteArray address(int i)
{
    QByteArray a(20, '\0');
    a[0] = static_cast<char>(0xa0 + i / 256);
    a[19] = static_cast<char>(i % 256);
    return a;
}

inline NetworkConfig network(int institutions, int nodesEach = 4)
{
    NetworkConfig net;
    net.name = QStringLiteral("synthetic");
    net.displayName = QStringLiteral("Synthetic consortium");
    net.chainId = 1337;
    net.blockPeriodSeconds = 4;
    net.polling.historyHours = 24;
    net.incidents.institution = QStringLiteral("inst0");
    for (int i = 0; i < institutions; ++i) {
        const QString id = QStringLiteral("inst%1").arg(i);
        net.institutions.append({id, QStringLiteral("Institution %1").arg(i), QString()});
        for (int k = 0; k < nodesEach; ++k) {
            NodeConfig n;
            n.name = QStringLiteral("%1-node%2").arg(id).arg(k);
            n.type = k < 2 ? NodeType::Validator : (k == 2 ? NodeType::Boot : NodeType::Observer);
            n.institution = id;
            n.rpcHttp = QUrl(QStringLiteral("http://10.0.%1.%2:8545").arg(i).arg(k + 1));
            n.prometheusNode = n.name;
            if (n.type == NodeType::Validator)
                n.address = QStringLiteral("0x") + QString::fromLatin1(address(i * 2 + k).toHex());
            net.nodes.append(n);
        }
    }
    PrometheusEndpoint l2;
    l2.name = QStringLiteral("inst0-l2");
    l2.url = QUrl(QStringLiteral("https://prom.inst0.example:9090"));
    l2.auth.kind = EndpointAuth::Kind::Bearer;
    l2.auth.secret = {SecretRef::Store::Keychain, QStringLiteral("sentinela/inst0-l2")};
    net.prometheus.append(l2);
    return net;
}

inline QList<QByteArray> validators(const NetworkConfig &net)
{
    QList<QByteArray> out;
    for (const NodeConfig &n : net.nodes) {
        if (n.type == NodeType::Validator)
            out.append(QByteArray::fromHex(n.address.mid(2).toLatin1()));
    }
    return out;
}

// `count` consecutive blocks ending at `lastNumber`, the last one at `lastTimestamp`, `period` seconds apart.
inline QList<BlockRecord> blocks(const NetworkConfig &net, int count, quint64 lastNumber, qint64 lastTimestamp,
    QRandomGenerator &rng, std::map<quint64, SnapshotSeal> *seals = nullptr)
{
    const QList<QByteArray> vals = validators(net);
    const int quorum = (2 * static_cast<int>(vals.size()) + 2) / 3;
    QList<BlockRecord> out;
    out.reserve(count);
    QByteArray parent = randomBytes(rng, 32);
    for (int i = 0; i < count; ++i) {
        BlockRecord r;
        chain::BlockHeader &h = r.header;
        h.number = lastNumber - static_cast<quint64>(count - 1 - i);
        h.timestamp = static_cast<quint64>(lastTimestamp - (count - 1 - i) * static_cast<qint64>(net.blockPeriodSeconds));
        h.parentHash = parent;
        h.hash = randomBytes(rng, 32);
        parent = h.hash;
        h.sha3Uncles = QByteArray::fromHex("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");
        h.miner = vals.at(static_cast<qsizetype>(h.number % static_cast<quint64>(vals.size())));
        h.stateRoot = randomBytes(rng, 32);
        h.transactionsRoot = QByteArray::fromHex("56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
        h.receiptsRoot = h.transactionsRoot;
        h.logsBloom = QByteArray(256, '\0');
        h.difficulty = QByteArray(1, '\1');
        h.gasLimit = 0x1fffffffffffff;
        h.extraData.clear();
        h.mixHash = QByteArray::fromHex("63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365");
        h.nonce = QByteArray(8, '\0');
        h.baseFeePerGas = QByteArray(1, '\0');
        chain::BftExtraData extra;
        extra.vanity = QByteArray(32, '\0');
        extra.validators = vals;
        const int signing = quorum + static_cast<int>(rng.bounded(static_cast<int>(vals.size()) - quorum + 1));
        for (int s = 0; s < signing; ++s)
            extra.seals.append(randomBytes(rng, 65));
        h.extraData = chain::encodeExtraData(extra);
        h.size = 600 + static_cast<quint64>(h.extraData.size());
        r.receivedAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(h.timestamp) + 1, Qt::UTC).addMSecs(137);
        r.source = net.nodes.constFirst().name;
        if (seals) {
            SnapshotSeal seal;
            seal.proposer = h.miner;
            seal.signers = vals.mid(0, signing);
            seal.missing = vals.mid(signing);
            seal.quorum = quorum;
            seal.quorumMet = true;
            seals->emplace(h.number, seal);
        }
        out.append(r);
    }
    return out;
}

inline Incident incident(const QString &rule, const QString &subject, const QDateTime &detected, bool resolved)
{
    Incident i;
    i.id = 7;
    i.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    i.rule = rule;
    i.subject = subject;
    i.key = subject.isEmpty() ? rule : rule + u'/' + subject;
    i.severity = IncidentSeverity::CriticalIncident;
    i.status = resolved ? IncidentStatus::Resolved : IncidentStatus::Acknowledged;
    i.title = QStringLiteral("Validator down: %1").arg(subject);
    i.evidence = QStringLiteral("no answer for 40 s");
    i.path = QStringLiteral("rpc");
    i.nodes = {subject};
    i.institutions = {QStringLiteral("inst1")};
    i.detectedAt = detected;
    i.lastSeenAt = detected.addSecs(120);
    i.acknowledgedAt = detected.addSecs(60);
    i.acknowledgedBy = QStringLiteral("ana");
    i.acknowledgedInstitution = QStringLiteral("inst0");
    if (resolved)
        i.resolvedAt = detected.addSecs(300);
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Detected;
    e.at = detected;
    e.text = i.title;
    i.timeline.append(e);
    e.kind = TimelineEntry::Kind::Acknowledged;
    e.at = i.acknowledgedAt;
    e.author = QStringLiteral("ana");
    e.institution = QStringLiteral("inst0");
    e.text = QStringLiteral("looking");
    i.timeline.append(e);
    return i;
}

// A whole snapshot as SnapshotWriter::capture would make it: `hours` of blocks and samples up to `now`.
inline SnapshotData snapshot(int institutions, double hours, const QDateTime &now, quint32 seed = 20261206)
{
    QRandomGenerator rng(seed);
    SnapshotData d;
    d.network = network(institutions);
    d.profileYaml = SnapshotWriter::strippedProfile(d.network);
    const int count = static_cast<int>(hours * 3600 / d.network.blockPeriodSeconds);
    const quint64 tip = 5'000'000;
    d.blocks = blocks(d.network, count, tip, now.toSecsSinceEpoch(), rng, &d.seals);
    d.header.network = d.network.name;
    d.header.networkDisplayName = d.network.displayName;
    d.header.producer = d.network.incidents.institution;
    d.header.appVersion = QStringLiteral("test");
    d.header.createdAt = now;
    d.header.windowFrom = now.addSecs(-static_cast<qint64>(hours * 3600));
    d.header.windowTo = now;
    const int samples = static_cast<int>(hours * 3600 / 5);
    for (const NodeConfig &n : d.network.nodes) {
        NodeState s;
        s.name = n.name;
        s.type = n.type;
        s.institution = n.institution;
        s.address = n.address;
        s.height.rpc = {tip, now.addMSecs(-1200)};
        s.height.prometheus = {tip - 1, now.addSecs(-9)};
        s.peers.rpc = {19, now.addMSecs(-1200)};
        s.up.rpc = {true, now.addMSecs(-1200)};
        s.up.prometheus = {true, now.addSecs(-9)};
        s.syncing.rpc = {false, now.addMSecs(-1200)};
        s.headTime.rpc = {now.addSecs(-2), now.addMSecs(-1200)};
        s.clientVersion = {QStringLiteral("besu/v24.12.2/linux-x86_64/openjdk-java-21"), now.addSecs(-30)};
        s.chainId = {1337, now.addSecs(-30)};
        besu::PeerInfo peer;
        peer.id = QStringLiteral("0x") + QString::fromLatin1(randomBytes(rng, 64).toHex());
        peer.enode = QStringLiteral("enode://%1@10.0.0.9:30303").arg(peer.id.mid(2));
        peer.caps = {QStringLiteral("eth/68"), QStringLiteral("istanbul/100")};
        peer.inbound = true;
        s.peerList = {{peer}, now.addSecs(-30)};
        s.disabledNamespaces = {QStringLiteral("admin")};
        QList<NodeSample> list;
        list.reserve(samples);
        for (int k = 0; k < samples; ++k) {
            const qint64 back = static_cast<qint64>(samples - 1 - k) * 5;
            list.append({now.addSecs(-back), tip - static_cast<quint64>(back / 4), 19});
        }
        d.samples.insert(n.name, list);
        // Level-2 readings every 15 s, the last one the captured figures (9 s before the capture); the permissioning
        // counters rise with every reading.
        const int readings = static_cast<int>(hours * 3600 / 15);
        QList<PrometheusSample> levelTwo;
        levelTwo.reserve(readings);
        for (int k = 0; k < readings; ++k) {
            const qint64 back = static_cast<qint64>(readings - 1 - k) * 15 + 9;
            PrometheusNodeFigures f;
            f.at = now.addSecs(-back);
            f.height = tip - 1 - static_cast<quint64>((back - 9) / 4);
            f.heightAt = f.at.addMSecs(-2000);
            f.peers = 19;
            f.peersAt = f.heightAt;
            f.peerLimit = 25;
            f.peerLimitAt = f.heightAt;
            f.inSync = true;
            f.inSyncAt = f.heightAt;
            f.up = true;
            f.upAt = f.at;
            f.headTime = f.at.addSecs(-3);
            f.headTimeAt = f.heightAt;
            f.permissioningChecks = double(1000 + k * 3);
            f.permissioningChecksAt = f.heightAt;
            f.permissioningQueried = true;
            levelTwo.append(PrometheusSample::of(f, f.at));
        }
        d.prometheusSamples.insert(n.name, levelTwo);
        s.height.prometheus = {tip - 1, now.addSecs(-9).addMSecs(-2000)};
        s.up.prometheus = {true, now.addSecs(-9)};
        d.nodes.append(s);
    }
    d.validators.insert(tip - static_cast<quint64>(count) + 1, [&] {
        QStringList out;
        for (const QByteArray &v : validators(d.network))
            out.append(QStringLiteral("0x") + QString::fromLatin1(v.toHex()));
        return out;
    }());
    FederationProbeReply reply;
    reply.index = 0;
    reply.endpoint = QStringLiteral("inst0-l2");
    reply.at = now.addSecs(-10);
    PromQueryResult q;
    q.ok = true;
    q.type = PromQueryResult::Type::Vector;
    for (int i = 0; i < institutions; ++i)
        q.series.append({{{QStringLiteral("organization"), QStringLiteral("inst%1").arg(i)}}, {{now.toMSecsSinceEpoch() - 7000, 1.0}}});
    reply.results = {q, q};
    d.federation.append(reply);
    PromRangeHistory &h = d.intervalHistory;
    h.fromMs = now.addSecs(-static_cast<qint64>(hours * 3600)).toMSecsSinceEpoch();
    h.toMs = now.toMSecsSinceEpoch();
    h.stepSeconds = 60;
    h.servedBy = QStringLiteral("inst0-l2");
    h.at = now.addSecs(-20);
    PromQueryResult range;
    range.ok = true;
    range.type = PromQueryResult::Type::Matrix;
    PromSeries series;
    series.labels = {{QStringLiteral("__name__"), QStringLiteral("ethereum_blockchain_height")}};
    for (qint64 t = h.fromMs; t <= h.toMs; t += 60000)
        series.samples.append({t, static_cast<double>(tip - static_cast<quint64>((h.toMs - t) / 4000))});
    range.series = {series};
    h.results = {range, range};
    SourceHealth health;
    health.state = SourceHealth::State::Ok;
    health.source = QStringLiteral("Prometheus inst0-l2");
    health.endpoint = QStringLiteral("https://prom.inst0.example:9090");
    health.lastGood = now.addSecs(-10);
    d.health.insert(QStringLiteral("prometheus"), health);
    AmAlert alert;
    alert.labels = {{QStringLiteral("alertname"), QStringLiteral("BesuNodeDown")}, {QStringLiteral("organization"), QStringLiteral("inst1")}};
    alert.annotations = {{QStringLiteral("summary"), QStringLiteral("inst1-node0 is down")}};
    alert.startsAt = now.addSecs(-1800);
    alert.endsAt = now.addSecs(300);
    alert.updatedAt = now.addSecs(-20);
    alert.fingerprint = QStringLiteral("5d1c0a3b2f6e7a89");
    alert.state = QStringLiteral("active");
    alert.receivers = {QStringLiteral("noc")};
    d.alerts.alerts = {alert};
    d.alerts.at = now.addSecs(-15);
    const QString validator = QStringLiteral("0x") + QString::fromLatin1(address(99).toHex());
    d.pendingVotes.insert(d.network.nodes.constFirst().name, {{validator, true}});
    d.incidents.append(incident(QStringLiteral("validator-down"), QStringLiteral("inst1-node0"), now.addSecs(-1800), false));
    d.incidents.append(incident(QStringLiteral("chain-halted"), QString(), now.addSecs(-3000), true));
    ChecklistRun run;
    run.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.incidentUid = d.incidents.constFirst().uid;
    run.documentId = QStringLiteral("validator-down");
    run.documentTitle = QStringLiteral("Validator down");
    run.startedAt = now.addSecs(-1700);
    run.startedBy = QStringLiteral("ana");
    run.steps = {{QStringLiteral("1.1"), QStringLiteral("Check the node's logs"), true, now.addSecs(-1650), QStringLiteral("ana"), QString()},
        {QStringLiteral("1.2"), QStringLiteral("Call the institution"), false, {}, {}, {}}};
    d.runs.append(run);
    return d;
}

// The federation probe's four answers (FederationProbe::queries) from one level 2 at `at`: every institution's
// `targets` targets up and its newest sample 4 s old, except `downInstitution`'s: `downUp` of them up and its newest
// sample taken at `downNewest` (by default 20 min before `at`).
inline FederationProbeReply federationReply(const NetworkConfig &net, const QDateTime &at,
    const QString &downInstitution = {}, int targets = 4, int downUp = 0, const QDateTime &downNewest = {})
{
    FederationProbeReply r;
    r.index = 0;
    r.endpoint = net.prometheus.constFirst().name;
    r.at = at;
    r.results = QList<PromQueryResult>(FederationProbe::QueryCount);
    for (PromQueryResult &q : r.results) {
        q.ok = true;
        q.type = PromQueryResult::Type::Vector;
    }
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 staleMs = downNewest.isValid() ? downNewest.toMSecsSinceEpoch() : ms - 1'200'000;
    for (const Institution &inst : net.institutions) {
        const bool down = inst.id == downInstitution;
        const PromLabels labels {{QStringLiteral("organization"), inst.id}};
        r.results[FederationProbe::TargetsUp].series.append({labels, {{ms, double(down ? downUp : targets)}}});
        r.results[FederationProbe::TargetsTotal].series.append({labels, {{ms, double(targets)}}});
        r.results[FederationProbe::NewestSample].series.append({labels, {{ms, double(down ? staleMs : ms - 4000) / 1000.0}}});
        r.results[FederationProbe::FederationUp].series.append({labels, {{ms, 1.0}}});
    }
    return r;
}

// What NetworkState records over the window (ChangeHistories): every node knows its enode and peers with every other;
// from a third to five sixths of the window (40 to 10 minutes before `now` in an hour) inst1 was cut off (its nodes
// peering only among themselves), the level 2 saw none of its targets and Prometheus' health was degraded, the alert
// InstitutionDown fired (and BesuNodeDown, still firing at the capture, from the middle of the window), the first node's
// vote to add a validator has been pending since the cut, and the signer metrics changed when it healed. The captured
// lists and reply are the whole mesh again.
inline void addHistories(SnapshotData &d, const QDateTime &now)
{
    auto enodeOf = [](const QString &name) {
        const QByteArray key = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha512).toHex();
        return QStringLiteral("enode://%1@10.9.0.1:30303").arg(QString::fromLatin1(key));
    };
    auto peersOf = [&](const NodeState &n, bool partitioned) {
        QList<besu::PeerInfo> peers;
        for (const NodeState &other : std::as_const(d.nodes)) {
            const bool cut = partitioned && (other.institution == QStringLiteral("inst1")) != (n.institution == QStringLiteral("inst1"));
            if (other.name == n.name || cut)
                continue;
            besu::PeerInfo p;
            p.enode = enodeOf(other.name);
            p.id = QStringLiteral("0x") + p.enode.mid(8, 128);
            p.remoteAddress = QStringLiteral("10.9.0.1:30303");
            p.caps = {QStringLiteral("eth/68"), QStringLiteral("istanbul/100")};
            p.inbound = other.name < n.name;
            peers.append(p);
        }
        return peers;
    };
    const QDateTime from = d.header.windowFrom.isValid() ? d.header.windowFrom : now.addSecs(-3600);
    const qint64 window = from.secsTo(now);
    const QDateTime cutAt = from.addSecs(window / 3);
    const QDateTime healedAt = from.addSecs(window * 5 / 6);
    for (NodeState &n : d.nodes) {
        n.configuredEnode = enodeOf(n.name);
        n.disabledNamespaces.removeAll(QStringLiteral("admin"));
    }
    for (NodeState &n : d.nodes) {
        const QList<besu::PeerInfo> mesh = peersOf(n, false);
        n.peerList = {mesh, now.addSecs(-30)};
        n.peers.rpc = {int(mesh.size()), n.peers.rpc.at};
        d.changes.peers.insert(n.name, {{mesh, from, cutAt.addSecs(-5)}, {peersOf(n, true), cutAt, healedAt.addSecs(-5)},
            {mesh, healedAt, now.addSecs(-30)}});
    }
    d.federation = {federationReply(d.network, now.addSecs(-10))};
    const QString endpoint = d.federation.constFirst().endpoint;
    d.changes.federation.insert(endpoint, {{federationReply(d.network, from), from, cutAt.addSecs(-15)},
        {federationReply(d.network, cutAt, QStringLiteral("inst1")), cutAt, healedAt.addSecs(-15)},
        {federationReply(d.network, healedAt), healedAt, now.addSecs(-10)}});

    // Health: as a run keeps it, with the newest good reply of the run.
    const SourceHealth ok = d.health.value(QStringLiteral("prometheus"));
    SourceHealth before = ok;
    before.lastGood = cutAt.addSecs(-15);
    SourceHealth degraded = ok;
    degraded.state = SourceHealth::State::Degraded;
    degraded.detail = QStringLiteral("inst1: 0 of 4 targets up");
    degraded.lastGood = healedAt.addSecs(-15);
    d.changes.health.insert(QStringLiteral("prometheus"),
        {{before, from, cutAt.addSecs(-15)}, {degraded, cutAt, healedAt.addSecs(-15)}, {ok, healedAt, now.addSecs(-10)}});

    const QString voter = d.network.nodes.constFirst().name;
    d.changes.votes.insert(voter, {{{}, from, cutAt.addSecs(-5)}, {d.pendingVotes.value(voter), cutAt, now.addSecs(-5)}});

    AmAlert institution;
    institution.labels = {{QStringLiteral("alertname"), QStringLiteral("InstitutionDown")},
        {QStringLiteral("organization"), QStringLiteral("inst1")}};
    institution.startsAt = cutAt;
    institution.fingerprint = QStringLiteral("9a0e4c7d1b2f3a65");
    institution.state = QStringLiteral("active");
    const AmAlert node = d.alerts.alerts.constFirst(); // from 30 minutes before the capture, still firing
    auto polled = [](const QList<AmAlert> &alerts, const QDateTime &at) {
        AlertmanagerAlerts a;
        a.alerts = alerts;
        a.at = at;
        return a;
    };
    const QDateTime nodeDown = from.addSecs(window / 2);
    d.changes.alerts = {{polled({}, from), from, cutAt.addSecs(-15)},
        {polled({institution}, cutAt), cutAt, nodeDown.addSecs(-15)},
        {polled({institution, node}, nodeDown), nodeDown, healedAt.addSecs(-15)},
        {polled({node}, healedAt), healedAt, d.alerts.at}};

    SignerMetricsRecord metrics;
    metrics.node = voter;
    metrics.fromBlock = d.blocks.isEmpty() ? 0 : d.blocks.constLast().number() - 99;
    for (const NodeState &n : std::as_const(d.nodes)) {
        if (n.type == NodeType::Validator && !n.address.isEmpty())
            metrics.metrics.append({n.address, 12, metrics.fromBlock.value_or(0) + 90});
    }
    SignerMetricsRecord earlier = metrics;
    earlier.at = from;
    for (besu::SignerMetric &m : earlier.metrics)
        m.proposedBlockCount = 11;
    metrics.at = now.addSecs(-30);
    d.signerMetrics = metrics;
    d.changes.signerMetrics = {{earlier, from, healedAt.addSecs(-60)}, {metrics, healedAt, now.addSecs(-30)}};
}

} // namespace synthetic

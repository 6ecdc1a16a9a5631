#include "../../common/syntheticsnapshot.h"

#include "analysis/validatoranalysis.h"
#include "config/inventoryloader.h"
#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "monitor/monitor.h"
#include "snapshots/blocktable.h"
#include "snapshots/snapshotcrypto.h"
#include "snapshots/snapshotheader.h"
#include "snapshots/snapshotjson.h"
#include "snapshots/snapshotreader.h"
#include "snapshots/snapshotreplay.h"
#include "snapshots/snapshotwriter.h"
#include "state/networkstate.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <QtEndian>

#include <zstd.h>

using namespace Qt::StringLiterals;
using Failure = SnapshotReadResult::Failure;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);

QByteArray encodeOrFail(const SnapshotData &d, const QByteArray &key = {})
{
    QString error;
    const QByteArray bytes = SnapshotWriter::encode(d, key, &error);
    if (bytes.isEmpty())
        qWarning() << error;
    return bytes;
}

// A file with a hand-made header and content, its digest right: what a hostile producer can make.
QByteArray craft(const QByteArray &payload, qint64 contentBytes, int schema = snapshot::SchemaVersion, qint64 tableBytes = 0)
{
    SnapshotHeader h;
    h.schemaVersion = schema;
    h.tableBytes = tableBytes;
    h.appVersion = u"99.0"_s;
    h.network = u"synthetic"_s;
    h.producer = u"inst0"_s;
    h.contentBytes = contentBytes;
    h.payloadBytes = payload.size();
    h.digest = snapshotcrypto::sha256(payload);
    const QByteArray header = QByteArray::fromStdString(snapshotheader::toJson(h, true).dump());
    QByteArray out(snapshot::Magic, 8);
    char length[4];
    qToBigEndian(static_cast<quint32>(header.size()), length);
    out.append(length, 4);
    out.append(header);
    out.append(payload);
    return out;
}

QByteArray compress(const QByteArray &content)
{
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(content.size()))), '\0');
    const size_t n = ZSTD_compress(out.data(), static_cast<size_t>(out.size()), content.constData(),
        static_cast<size_t>(content.size()), 3);
    out.resize(static_cast<qsizetype>(n));
    return out;
}

qsizetype payloadOffset(const QByteArray &file)
{
    return 12 + static_cast<qsizetype>(qFromBigEndian<quint32>(file.constData() + 8));
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughMonitor()
    {
        ManualClock clock(Now);
        Monitor source(&clock);
        const NetworkConfig net = synthetic::network(3);
        source.setNetwork(net, false);
        QRandomGenerator rng(7);
        // Two hours of blocks: only the last hour (the default window) goes into the snapshot.
        const QList<BlockRecord> held = synthetic::blocks(net, 1800, 100'000, Now.toSecsSinceEpoch(), rng);
        source.state()->restoreBlocks(held);
        const SnapshotData model = synthetic::snapshot(3, 1.0, Now);
        for (const NodeState &n : model.nodes) {
            source.state()->restoreNode(n, model.samples.value(n.name));
            source.state()->restorePrometheusSamples(n.name, model.prometheusSamples.value(n.name));
        }
        source.state()->restoreValidators(model.validators);
        source.state()->applyFederationReply(model.federation.constFirst());
        source.state()->setIntervalHistory(model.intervalHistory);
        source.state()->setHealth(u"prometheus"_s, model.health.value(u"prometheus"_s));

        IncidentBook book(&clock);
        Detection d;
        d.rule = QString::fromLatin1(Rules::ValidatorDown);
        d.subject = u"inst1-node0"_s;
        d.severity = IncidentSeverity::CriticalIncident;
        d.title = u"Validator down: inst1-node0"_s;
        const QString uid = book.raise(d, Now.addSecs(-600));
        book.acknowledge(uid, u"ana"_s, u"inst0"_s, Now.addSecs(-500), u"looking"_s);
        ChecklistRun run;
        run.incidentUid = uid;
        run.documentId = u"validator-down"_s;
        run.startedAt = Now.addSecs(-450);
        run.steps = {{u"1"_s, u"Check the logs"_s, true, Now.addSecs(-400), u"ana"_s, {}}};
        book.startRun(run);

        QString error;
        const auto captured = SnapshotWriter::capture(source, &book, {}, &error);
        QVERIFY2(captured, qPrintable(error));
        QCOMPARE(captured->blocks.size(), 901); // timestamps in [now - 3600 s, now] at 4 s
        QVERIFY(!captured->profileYaml.contains("keychain"));
        QVERIFY(!captured->profileYaml.contains("sentinela/inst0-l2"));
        const QByteArray file = encodeOrFail(*captured);
        QVERIFY(!file.isEmpty());

        const SnapshotReadResult read = SnapshotReader::read(file, {});
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.trust, SnapshotTrust::Unsigned);
        QCOMPARE(read.data.header.network, u"synthetic"_s);
        QCOMPARE(read.data.header.producer, u"inst0"_s);
        QCOMPARE(read.data.header.createdAt, Now);
        QCOMPARE(read.data.header.windowFrom, Now.addSecs(-3600));

        Monitor target(&clock);
        IncidentBook targetBook(&clock);
        SnapshotReader::apply(read.data, &target, &targetBook);
        QVERIFY(target.isSnapshot());
        QVERIFY(!target.isLive());
        QVERIFY(!target.canQueryHistory());
        QVERIFY(targetBook.isReadOnly());

        NetworkState &a = *source.state();
        NetworkState &b = *target.state();
        QCOMPARE(b.nodeNames(), a.nodeNames());
        for (const QString &name : a.nodeNames()) {
            const NodeState *x = a.node(name);
            const NodeState *y = b.node(name);
            QVERIFY(y);
            QCOMPARE(y->height.rpc.value, x->height.rpc.value);
            QCOMPARE(y->height.rpc.at, x->height.rpc.at);
            QCOMPARE(y->height.prometheus.value, x->height.prometheus.value);
            QCOMPARE(y->peers.value(), x->peers.value());
            QCOMPARE(y->up.value(), x->up.value());
            QCOMPARE(y->headTime.value(), x->headTime.value());
            QCOMPARE(y->clientVersion.value, x->clientVersion.value);
            QCOMPARE(y->peerList.value, x->peerList.value);
            QCOMPARE(y->disabledNamespaces, x->disabledNamespaces);
            QCOMPARE(b.samples(name).size(), a.samples(name).size());
            QCOMPARE(b.samples(name).constLast().at, a.samples(name).constLast().at);
            // Level-2 readings, every field of each.
            const QList<PrometheusSample> was = a.prometheusSamples(name);
            const QList<PrometheusSample> back = b.prometheusSamples(name);
            QCOMPARE(back.size(), was.size());
            QCOMPARE(back.size(), 240);
            for (qsizetype k = 0; k < back.size(); ++k) {
                const PrometheusSample &p = back.at(k);
                const PrometheusSample &q = was.at(k);
                QVERIFY(p.atMs == q.atMs && p.height == q.height && p.headTimeMs == q.headTimeMs
                    && p.permissioningChecks == q.permissioningChecks && p.peers == q.peers && p.peerLimit == q.peerLimit
                    && p.inSync == q.inSync && p.up == q.up && p.permissioningQueried == q.permissioningQueried
                    && std::equal(std::begin(p.ageMs), std::end(p.ageMs), std::begin(q.ageMs)));
            }
        }
        QCOMPARE(b.blockCount(), 901);
        QCOMPARE(*b.highestBlock(), *a.highestBlock());
        for (const BlockRecord &r : b.blocks(*b.lowestBlock(), *b.highestBlock())) {
            const BlockRecord *o = a.block(r.number());
            QVERIFY(o);
            QCOMPARE(r.header.hash, o->header.hash);
            QCOMPARE(r.header.parentHash, o->header.parentHash);
            QCOMPARE(r.header.extraData, o->header.extraData);
            QCOMPARE(r.header.logsBloom, o->header.logsBloom);
            QCOMPARE(r.header.baseFeePerGas, o->header.baseFeePerGas);
            QCOMPARE(r.header.rlp(), o->header.rlp());
            QCOMPARE(r.receivedAt, o->receivedAt);
            QCOMPARE(r.source, o->source);
        }
        QCOMPARE(b.validatorHistory(), a.validatorHistory());
        QCOMPARE(b.federationReplies().value(u"inst0-l2"_s).results.size(), 2);
        QCOMPARE(b.federationReplies().value(u"inst0-l2"_s).results[0].series.size(), 3);
        QCOMPARE(b.intervalHistory().results[0].series[0].samples.size(),
            a.intervalHistory().results[0].series[0].samples.size());
        QCOMPARE(b.health(u"prometheus"_s).state, SourceHealth::State::Ok);

        QCOMPARE(targetBook.incidents().size(), 1);
        const Incident &i = targetBook.incidents().constFirst();
        const Incident *o = book.find(uid);
        QCOMPARE(i.uid, uid);
        QCOMPARE(i.status, IncidentStatus::Acknowledged);
        QCOMPARE(i.acknowledgedBy, u"ana"_s);
        QCOMPARE(i.timeline.size(), o->timeline.size());
        QCOMPARE(targetBook.runs(uid).size(), 1);
        QCOMPARE(targetBook.runs(uid).constFirst().steps.size(), 1);
        // Read-only: a lifecycle call is refused, nothing changes.
        QSignalSpy refused(&targetBook, &IncidentBook::refused);
        targetBook.resolve(uid, u"bob"_s, Now);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(targetBook.find(uid)->status, IncidentStatus::Acknowledged);

        // An incident's snapshot: the window starts an hour before it, only it is included.
        SnapshotOptions forIncident;
        forIncident.incident = uid;
        forIncident.windowSeconds = 600;
        const auto scoped = SnapshotWriter::capture(source, &book, forIncident, &error);
        QVERIFY2(scoped, qPrintable(error));
        QCOMPARE(scoped->header.incidentUid, uid);
        QCOMPARE(scoped->header.windowFrom, Now.addSecs(-1200));
        forIncident.incident = u"no-such-incident"_s;
        QVERIFY(!SnapshotWriter::capture(source, &book, forIncident, &error));
        QVERIFY2(error.contains(u"no-such-incident"_s), qPrintable(error));
    }

    void tamperedContentIsADigestMismatch()
    {
        const QByteArray file = encodeOrFail(synthetic::snapshot(2, 0.1, Now));
        QVERIFY(SnapshotReader::read(file, {}).ok);
        for (const qsizetype at : {payloadOffset(file), payloadOffset(file) + 100, file.size() - 1}) {
            QByteArray bad = file;
            bad[at] = static_cast<char>(bad[at] ^ 0x01);
            const SnapshotReadResult r = SnapshotReader::read(bad, {});
            QVERIFY(!r.ok);
            QCOMPARE(r.failure, Failure::Digest);
            QVERIFY2(r.error.contains(u"digest mismatch"_s), qPrintable(r.error));
        }
    }

    void signatures()
    {
        const QByteArray keyA = snapshotcrypto::generatePrivateKey();
        const QByteArray keyB = snapshotcrypto::generatePrivateKey();
        QVERIFY(!keyA.isEmpty() && !keyB.isEmpty());
        QString error;
        const QByteArray pubA = snapshotcrypto::publicKeyOf(keyA, &error);
        const QByteArray pubB = snapshotcrypto::publicKeyOf(keyB, &error);
        QVERIFY(pubA.contains("BEGIN PUBLIC KEY"));
        const QByteArray file = encodeOrFail(synthetic::snapshot(2, 0.1, Now), keyA);
        QVERIFY(!file.isEmpty());

        const auto trusted = SnapshotReader::read(file, {{u"inst0"_s, {}, pubA}});
        QVERIFY2(trusted.ok, qPrintable(trusted.error));
        QCOMPARE(trusted.trust, SnapshotTrust::Trusted);
        QVERIFY2(trusted.trustText.contains(u"trusted key"_s), qPrintable(trusted.trustText));

        const auto unknown = SnapshotReader::read(file, {});
        QVERIFY(unknown.ok);
        QCOMPARE(unknown.trust, SnapshotTrust::Untrusted);

        const auto wrongKey = SnapshotReader::read(file, {{u"inst0"_s, {}, pubB}});
        QVERIFY(wrongKey.ok);
        QCOMPARE(wrongKey.trust, SnapshotTrust::Untrusted);
        QVERIFY2(wrongKey.trustText.contains(u"not trusted for inst0"_s), qPrintable(wrongKey.trustText));

        // A key trusted for another institution does not vouch for this producer.
        const auto otherInstitution = SnapshotReader::read(file, {{u"inst3"_s, {}, pubA}});
        QCOMPARE(otherInstitution.trust, SnapshotTrust::Untrusted);
        QVERIFY2(otherInstitution.trustText.contains(u"inst3"_s), qPrintable(otherInstitution.trustText));

        // The signature covers the header: another producer name (same length) breaks it.
        QByteArray relabelled = file;
        const qsizetype at = relabelled.indexOf("\"producer\":\"inst0\"");
        QVERIFY(at > 0);
        relabelled.replace(at, 18, "\"producer\":\"inst9\"");
        const auto forged = SnapshotReader::read(relabelled, {{u"inst0"_s, {}, pubA}});
        QVERIFY(!forged.ok);
        QCOMPARE(forged.failure, Failure::Signature);
        QVERIFY2(forged.error.contains(u"signature"_s), qPrintable(forged.error));

        // A signing key that is no key is refused at export.
        QVERIFY(SnapshotWriter::encode(synthetic::snapshot(1, 0.01, Now), "not a key", &error).isEmpty());
        QVERIFY2(error.contains(u"PEM"_s), qPrintable(error));
    }

    void truncated()
    {
        const QByteArray file = encodeOrFail(synthetic::snapshot(2, 0.1, Now));
        for (const qsizetype length : {qsizetype(0), qsizetype(5), qsizetype(10), qsizetype(40),
                 payloadOffset(file) - 1, payloadOffset(file) + 10, file.size() - 1}) {
            const SnapshotReadResult r = SnapshotReader::read(file.left(length), {});
            QVERIFY2(!r.ok, qPrintable(QString::number(length)));
            QVERIFY2(r.failure == Failure::Truncated || (length < 8 && r.failure == Failure::NotSnapshot),
                qPrintable(r.error));
            QVERIFY(!r.error.isEmpty());
        }
    }

    void corrupted()
    {
        const QByteArray file = encodeOrFail(synthetic::snapshot(2, 0.1, Now));
        // Not a snapshot at all.
        auto r = SnapshotReader::read("PK\x03\x04 a zip file, not a snapshot", {});
        QCOMPARE(r.failure, Failure::NotSnapshot);
        // A header that is not JSON.
        QByteArray bad = file;
        bad[13] = '#';
        r = SnapshotReader::read(bad, {});
        QCOMPARE(r.failure, Failure::Corrupted);
        QVERIFY2(r.error.contains(u"header"_s), qPrintable(r.error));
        // An absurd header length.
        bad = file;
        qToBigEndian(quint32(0x7fffffff), bad.data() + 8);
        QCOMPARE(SnapshotReader::read(bad, {}).failure, Failure::Corrupted);
        // Garbage where the zstd frame should be, its digest made right.
        QRandomGenerator rng(3);
        r = SnapshotReader::read(craft(synthetic::randomBytes(rng, 4000), 10000), {});
        QCOMPARE(r.failure, Failure::Corrupted);
        QVERIFY2(r.error.contains(u"damaged"_s), qPrintable(r.error));
        // Valid JSON, wrong content: the field is named.
        const QByteArray content = R"({"profile":"x","nodes":[{"name":"a","height":{"rpc":{"value":"high","at":1}}}],"blocks":[]})";
        r = SnapshotReader::read(craft(compress(content), content.size()), {});
        QCOMPARE(r.failure, Failure::Content);
        QVERIFY2(r.error.contains(u"nodes[0].height.rpc.value"_s), qPrintable(r.error));
        // Histories that do not hold together: refused with the field, never read in part.
        const QList<std::pair<QByteArray, QString>> histories {
            {R"({"profile":"x","blocks":[],"nodes":[{"name":"a","peerHistory":{"lists":[[]],"changes":[[1,2,5]]}}]})",
                u"nodes[0].peerHistory.changes[0]: no such list"_s},
            {R"({"profile":"x","blocks":[],"nodes":[{"name":"a","peerHistory":{"lists":[[]],"changes":[[5,6,0],[1,2,0]]}}]})",
                u"nodes[0].peerHistory.changes[1]: times out of order"_s},
            {R"({"profile":"x","blocks":[],"nodes":[],"federationHistory":[{"endpoint":"l2","changes":[{"since":9,"lastSeen":3}]}]})",
                u"federationHistory[0].changes[0]: times out of order"_s},
            {R"({"profile":"x","blocks":[],"nodes":[],"healthHistory":{"rpc:a":[{"since":9,"lastSeen":3,"value":{}}]}})",
                u"healthHistory.rpc:a[0]: times out of order"_s},
            {R"({"profile":"x","blocks":[],"nodes":[],"pendingVotesHistory":{"a":[{"since":1,"lastSeen":3,"value":[]}]}})",
                u"pendingVotesHistory.a[0].value: expected an object"_s},
            {R"({"profile":"x","blocks":[],"nodes":[],"alertmanagerHistory":{"since":1}})",
                u"alertmanagerHistory: expected a list"_s},
            {R"({"profile":"x","blocks":[],"nodes":[],"signerMetrics":{"node":"a","at":1,"metrics":[{"address":"0x01","proposedBlockCount":-1}]}})",
                u"signerMetrics.metrics[0].proposedBlockCount: expected a whole number of at least 0"_s},
            {R"({"profile":"x","blocks":[],"nodes":[{"name":"a","prometheusSamples":{"atDelta":[5],"height":[1],"headTime":[1],"permissioningChecks":[0],"peers":[1],"peerLimit":[1],"flags":[0],"ages":[0,0]}}]})",
                u"nodes[0].prometheusSamples.ages: expected 7 ages a reading"_s},
            {R"({"profile":"x","blocks":[],"nodes":[{"name":"a","prometheusSamples":{"atDelta":[5,-1],"height":[1,1],"headTime":[1,1],"permissioningChecks":[0,0],"peers":[1,1],"peerLimit":[1,1],"flags":[0,0],"ages":[0,0,0,0,0,0,0,0,0,0,0,0,0,0]}}]})",
                u"nodes[0].prometheusSamples.atDelta[1]: times out of order"_s},
        };
        for (const auto &[json, why] : histories) {
            r = SnapshotReader::read(craft(compress(json), json.size()), {});
            QCOMPARE(r.failure, Failure::Content);
            QVERIFY2(r.error.contains(why), qPrintable(r.error));
        }
        const QByteArray noBlocks = R"({"profile":"x","nodes":[]})";
        r = SnapshotReader::read(craft(compress(noBlocks), noBlocks.size()), {});
        QCOMPARE(r.failure, Failure::Content);
        QVERIFY2(r.error.contains(u"blocks: "_s), qPrintable(r.error));
    }

    void damagedBlockTable()
    {
        // Format 2: the JSON, then the binary block table; every damage names the block and the field.
        const SnapshotData d = synthetic::snapshot(2, 0.05, Now, 1);
        const QByteArray json = snapshotjson::encode(d, false);
        const QByteArray table = blocktable::encode(d.blocks, d.seals);
        auto readWith = [&](const QByteArray &t) {
            const QByteArray content = json + t;
            return SnapshotReader::read(craft(compress(content), content.size(), snapshot::SchemaVersion, t.size()), {});
        };
        QVERIFY2(readWith(table).ok, qPrintable(readWith(table).error));
        QCOMPARE(readWith(table).data.blocks.size(), d.blocks.size());

        auto r = readWith(table.left(table.size() - 10)); // cut inside the last block's seal
        QCOMPARE(r.failure, Failure::Content);
        QVERIFY2(r.error.contains(u"blocks[%1]"_s.arg(d.blocks.size() - 1)) && r.error.contains(u"seal."_s),
            qPrintable(r.error));
        QByteArray bad = table;
        bad[0] = 'X';
        r = readWith(bad);
        QCOMPARE(r.failure, Failure::Content);
        QVERIFY2(r.error.contains(u"not a block table"_s), qPrintable(r.error));
        // A count no table of this size can hold: refused before any allocation.
        bad = table.left(8) + QByteArray("\x00\x00\x00\x00\xff\xff\xff\x7f", 8);
        r = readWith(bad);
        QCOMPARE(r.failure, Failure::Content);
        QVERIFY2(r.error.contains(u"cannot fit"_s), qPrintable(r.error));
        // Trailing bytes after the last block.
        r = readWith(table + QByteArray(3, '\0'));
        QCOMPARE(r.failure, Failure::Content);
        QVERIFY2(r.error.contains(u"after the last block"_s), qPrintable(r.error));
        // Blocks in both places: refused, not merged.
        const QByteArray both = snapshotjson::encode(d, true) + table;
        r = SnapshotReader::read(craft(compress(both), both.size(), snapshot::SchemaVersion, table.size()), {});
        QCOMPARE(r.failure, Failure::Content);
        QVERIFY2(r.error.contains(u"block table"_s), qPrintable(r.error));
    }

    void newerSchemaIsRefused()
    {
        const QByteArray content = R"({"profile":"","nodes":[],"blocks":[]})";
        const auto r = SnapshotReader::read(craft(compress(content), content.size(), snapshot::SchemaVersion + 1), {});
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, Failure::NewerVersion);
        QVERIFY2(r.error.contains(u"newer Sentinela"_s) && r.error.contains(u"99.0"_s), qPrintable(r.error));
    }

    void oversized()
    {
        const QByteArray file = encodeOrFail(synthetic::snapshot(2, 0.1, Now));
        SnapshotLimits limits;
        limits.maxFileBytes = file.size() - 1;
        auto r = SnapshotReader::read(file, {}, limits);
        QCOMPARE(r.failure, Failure::Oversized);
        QVERIFY2(r.error.contains(QString::number(file.size())), qPrintable(r.error));
        // The content's declared size over the cap: refused before decompressing.
        limits = {};
        limits.maxContentBytes = 1000;
        r = SnapshotReader::read(file, {}, limits);
        QCOMPARE(r.failure, Failure::Oversized);
    }

    void deeplyNestedJson()
    {
        const QByteArray content = R"({"profile":"","nodes":[],"blocks":[],"x":)" + QByteArray(100000, '[')
            + QByteArray(100000, ']') + "}";
        const auto r = SnapshotReader::read(craft(compress(content), content.size()), {});
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, Failure::TooDeep);
        QVERIFY2(r.error.contains(u"64"_s), qPrintable(r.error));
    }

    void decompressionBomb()
    {
        // 64 MiB of spaces compress to a few kilobytes; the header lies about their size.
        const QByteArray huge(64 * 1024 * 1024, ' ');
        const QByteArray payload = compress(huge);
        QVERIFY(payload.size() < 64 * 1024);
        SnapshotLimits limits;
        limits.maxContentBytes = 4 * 1024 * 1024;
        auto r = SnapshotReader::read(craft(payload, 1000), {}, limits);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, Failure::Bomb);
        QVERIFY2(r.error.contains(u"decompression bomb"_s), qPrintable(r.error));
        // Told the truth, it is refused before any decompression.
        r = SnapshotReader::read(craft(payload, huge.size()), {}, limits);
        QCOMPARE(r.failure, Failure::Oversized);
    }

    void alertsVotesAndChecklistRunsComeBack()
    {
        const SnapshotData d = synthetic::snapshot(2, 0.05, Now);
        const SnapshotReadResult r = SnapshotReader::read(encodeOrFail(d), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        ManualClock clock(Now);
        Monitor monitor(&clock);
        IncidentBook book(&clock);
        SnapshotReader::apply(r.data, &monitor, &book);
        const AlertmanagerAlerts &alerts = monitor.state()->alertmanagerAlerts();
        QCOMPARE(alerts.at, d.alerts.at);
        QCOMPARE(alerts.alerts.size(), 1);
        const AmAlert &a = alerts.alerts.constFirst();
        QCOMPARE(a.labels, d.alerts.alerts[0].labels);
        QCOMPARE(a.annotations, d.alerts.alerts[0].annotations);
        QCOMPARE(a.startsAt, d.alerts.alerts[0].startsAt);
        QCOMPARE(a.endsAt, d.alerts.alerts[0].endsAt);
        QCOMPARE(a.fingerprint, d.alerts.alerts[0].fingerprint);
        QCOMPARE(a.state, u"active"_s);
        QCOMPARE(a.receivers, QStringList {u"noc"_s});
        QCOMPARE(monitor.state()->pendingVotes(), d.pendingVotes);
        QCOMPARE(book.runs().size(), 1);
        QCOMPARE(book.runs()[0].uid, d.runs[0].uid);
        QCOMPARE(book.runs()[0].steps.size(), 2);
        QVERIFY(book.runs()[0].steps[0].done);
        QCOMPARE(book.runs()[0].steps[0].doneAt, d.runs[0].steps[0].doneAt);
        // And a capture of that Monitor carries them again (export after review).
        QString error;
        const auto again = SnapshotWriter::capture(monitor, &book, {}, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->alerts.alerts.size(), 1);
        QCOMPARE(again->pendingVotes, d.pendingVotes);
        QCOMPARE(again->runs.size(), 1);
    }

    // Peer lists and federation replies recorded over the window come back as they were, and the time cursor of the
    // opened file shows them as they stood: a partition in the middle of the window, the whole mesh before and at the
    // capture. A capture of the opened snapshot carries them again.
    void historiesComeBack()
    {
        SnapshotData d = synthetic::snapshot(2, 1.0, Now);
        synthetic::addHistories(d, Now);
        const QString first = d.nodes.constFirst().name;
        d.samples[first][10].syncing = true; // a poll that found it syncing
        const SnapshotReadResult r = SnapshotReader::read(encodeOrFail(d), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.data.samples.value(first).at(10).syncing, true);
        QCOMPARE(r.data.samples.value(first).at(11).syncing, false);
        QCOMPARE(r.data.changes.peers.size(), d.changes.peers.size());
        for (auto it = d.changes.peers.cbegin(); it != d.changes.peers.cend(); ++it) {
            const QList<PeerListChange> back = r.data.changes.peers.value(it.key());
            QCOMPARE(back.size(), 3);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(back.at(i).since, it->at(i).since);
                QCOMPARE(back.at(i).lastSeen, it->at(i).lastSeen);
                QCOMPARE(back.at(i).value, it->at(i).value);
            }
            QCOMPARE(back.at(2).value.constData(), back.at(0).value.constData()); // stored once, read back shared
        }
        const QString endpoint = d.federation.constFirst().endpoint;
        const QList<FederationChange> federation = r.data.changes.federation.value(endpoint);
        QCOMPARE(federation.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const FederationChange &was = d.changes.federation.value(endpoint).at(i);
            QCOMPARE(federation.at(i).since, was.since);
            QCOMPARE(federation.at(i).lastSeen, was.lastSeen);
            QCOMPARE(federation.at(i).value.at, was.value.at);
            QVERIFY(FederationProbe::sameAnswers(federation.at(i).value, was.value, 0));
        }
        // Health, votes, alerts and signer metrics: each run as it was written.
        const QList<HealthChange> health = r.data.changes.health.value(u"prometheus"_s);
        QCOMPARE(health.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const HealthChange &was = d.changes.health.value(u"prometheus"_s).at(i);
            QCOMPARE(health.at(i).since, was.since);
            QCOMPARE(health.at(i).lastSeen, was.lastSeen);
            QCOMPARE(health.at(i).value.state, was.value.state);
            QCOMPARE(health.at(i).value.detail, was.value.detail);
            QCOMPARE(health.at(i).value.lastGood, was.value.lastGood);
            QCOMPARE(health.at(i).value.endpoint, was.value.endpoint);
        }
        const QString voter = d.nodes.constFirst().name;
        QCOMPARE(r.data.changes.votes.value(voter).size(), 2);
        QCOMPARE(r.data.changes.votes.value(voter).at(1).value, d.pendingVotes.value(voter));
        QCOMPARE(r.data.changes.alerts.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const AlertsChange &was = d.changes.alerts.at(i);
            QCOMPARE(r.data.changes.alerts.at(i).since, was.since);
            QCOMPARE(r.data.changes.alerts.at(i).value.at, was.value.at);
            QCOMPARE(r.data.changes.alerts.at(i).value.alerts.size(), was.value.alerts.size());
            for (int k = 0; k < was.value.alerts.size(); ++k)
                QCOMPARE(r.data.changes.alerts.at(i).value.alerts.at(k).labels, was.value.alerts.at(k).labels);
        }
        QCOMPARE(r.data.signerMetrics.at, d.signerMetrics.at);
        QCOMPARE(r.data.signerMetrics.node, d.signerMetrics.node);
        QCOMPARE(r.data.signerMetrics.fromBlock, d.signerMetrics.fromBlock);
        QVERIFY(!d.signerMetrics.metrics.isEmpty());
        QVERIFY(r.data.signerMetrics.metrics == d.signerMetrics.metrics);
        QCOMPARE(r.data.changes.signerMetrics.size(), 2);
        QVERIFY(r.data.changes.signerMetrics.at(0).value.metrics == d.changes.signerMetrics.at(0).value.metrics);
        QCOMPARE(r.data.changes.signerMetrics.at(0).lastSeen, d.changes.signerMetrics.at(0).lastSeen);

        ManualClock clock(Now.addDays(2));
        Monitor monitor(&clock);
        IncidentBook book(&clock);
        SnapshotReader::apply(r.data, &monitor, &book);
        SnapshotReplay replay(r.data, &monitor, &book);
        const NetworkState &state = *monitor.state();
        const auto inst1 = u"inst1-node0"_s;
        const auto inst0 = u"inst0-node0"_s;
        const qsizetype mesh = d.nodes.size() - 1;
        auto targetsUp = [&](const QString &institution) {
            for (const PromSeries &s : state.federationReplies().value(endpoint).results.at(FederationProbe::TargetsUp).series)
                if (s.labels.value(u"organization"_s) == institution)
                    return s.samples.constFirst().value;
            return -1.0;
        };
        replay.setTime(Now.addSecs(-20 * 60)); // inside the partition
        QCOMPARE(state.node(inst1)->peerList.value.size(), 3); // its own institution's three other nodes
        QCOMPARE(state.node(inst0)->peerList.value.size(), mesh - 4);
        QVERIFY(state.node(inst1)->peerList.at <= Now.addSecs(-20 * 60));
        QVERIFY(state.node(inst1)->peerList.at > Now.addSecs(-20 * 60 - 10)); // the poll just before
        QCOMPARE(targetsUp(u"inst1"_s), 0.0);
        QCOMPARE(targetsUp(u"inst0"_s), 4.0);
        QVERIFY(state.federationReplies().value(endpoint).at <= Now.addSecs(-20 * 60));
        QCOMPARE(state.health(u"prometheus"_s).state, SourceHealth::State::Degraded);
        QCOMPARE(state.health(u"prometheus"_s).lastGood, Now.addSecs(-20 * 60)); // good replies kept coming
        QCOMPARE(state.pendingVotes().value(voter), d.pendingVotes.value(voter));
        QCOMPARE(state.alertmanagerAlerts().alerts.size(), 2);
        QCOMPARE(state.alertmanagerAlerts().alerts.at(0).labels.value(u"alertname"_s), u"InstitutionDown"_s);
        QVERIFY(state.alertmanagerAlerts().at <= Now.addSecs(-20 * 60));
        QVERIFY(state.alertmanagerAlerts().at > Now.addSecs(-20 * 60 - 16)); // the poll just before
        QCOMPARE(state.signerMetrics().metrics.constFirst().proposedBlockCount, quint64(11));
        // Level-2 figures from the readings of then (one every 15 s), not unknown.
        QVERIFY(state.node(inst1)->up.prometheus.at <= Now.addSecs(-20 * 60));
        QVERIFY(state.node(inst1)->up.prometheus.at > Now.addSecs(-20 * 60 - 15));
        QVERIFY(state.node(inst1)->height.prometheus.value < d.nodes.at(4).height.prometheus.value);
        replay.setTime(Now.addSecs(-50 * 60)); // before it
        QCOMPARE(state.node(inst1)->peerList.value.size(), mesh);
        QCOMPARE(targetsUp(u"inst1"_s), 4.0);
        QCOMPARE(state.health(u"prometheus"_s).state, SourceHealth::State::Ok);
        QVERIFY(state.pendingVotes().value(voter).isEmpty());
        QVERIFY(state.alertmanagerAlerts().alerts.isEmpty());
        QVERIFY(state.alertmanagerAlerts().at.isValid()); // polled, nothing firing
        replay.setTime(Now.addSecs(-5 * 60)); // healed; the metrics from after the heal
        QCOMPARE(state.health(u"prometheus"_s).state, SourceHealth::State::Ok);
        QCOMPARE(state.alertmanagerAlerts().alerts.size(), 1);
        QCOMPARE(state.signerMetrics().metrics.constFirst().proposedBlockCount, quint64(12));
        replay.setTime(Now); // the capture
        QCOMPARE(state.node(inst1)->peerList.value, d.nodes.at(4).peerList.value);
        QCOMPARE(state.node(inst1)->peerList.at, d.nodes.at(4).peerList.at);
        QCOMPARE(state.federationReplies().value(endpoint).at, d.federation.constFirst().at);
        QCOMPARE(state.health(u"prometheus"_s).lastGood, d.health.value(u"prometheus"_s).lastGood);
        QCOMPARE(state.alertmanagerAlerts().at, d.alerts.at);
        QCOMPARE(state.signerMetrics().at, d.signerMetrics.at);

        QString error;
        const auto again = SnapshotWriter::capture(monitor, &book, {}, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->changes.peers.value(inst1).size(), 3);
        QCOMPARE(again->changes.federation.value(endpoint).size(), 3);
        QCOMPARE(again->changes.health.value(u"prometheus"_s).size(), 3);
        QCOMPARE(again->changes.votes.value(voter).size(), 2);
        QCOMPARE(again->changes.alerts.size(), 4);
        QCOMPARE(again->changes.signerMetrics.size(), 2);
        QCOMPARE(again->signerMetrics.at, d.signerMetrics.at);
        // A shorter window keeps the entry in force when it begins and what follows.
        SnapshotOptions lastMinutes;
        lastMinutes.windowSeconds = 15 * 60;
        const auto recent = SnapshotWriter::capture(monitor, &book, lastMinutes, &error);
        QVERIFY2(recent, qPrintable(error));
        QCOMPARE(recent->changes.peers.value(inst1).size(), 2);
        QCOMPARE(recent->changes.federation.value(endpoint).size(), 2);
        QCOMPARE(recent->changes.health.value(u"prometheus"_s).size(), 2);
        QCOMPARE(recent->changes.votes.value(voter).size(), 1);
        QCOMPARE(recent->changes.alerts.size(), 2);
        QCOMPARE(recent->changes.signerMetrics.size(), 2);
    }

    void storedFixtureOfEachVersionOpens_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("withAlerts");
        QTest::addColumn<bool>("withHistories");
        QTest::addColumn<bool>("withFacts"); // health, votes, alerts and signer metrics histories
        QTest::addColumn<bool>("current");
        // Format 1: blocks in the JSON, written before alerts and votes were kept. Format 2: blocks in the binary
        // block table, before and after the peer-list and federation histories were kept (optional keys of schema 1).
        // SENTINELA_WRITE_SNAPSHOT_FIXTURE=1 rewrites the current file only.
        QTest::newRow("format 1, schema 1") << u"schema-1.sentinela-snapshot"_s << 1 << false << false << false << false;
        QTest::newRow("format 2, schema 1") << u"format-2-schema-1.sentinela-snapshot"_s << 2 << true << false << false << false;
        QTest::newRow("format 2, schema 1, histories")
            << u"format-2-schema-1-histories.sentinela-snapshot"_s << 2 << true << true << false << false;
        QTest::newRow("format 2, schema 1, histories of every fact")
            << u"format-2-schema-1-facts.sentinela-snapshot"_s << 2 << true << true << true << true;
    }

    void storedFixtureOfEachVersionOpens()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(bool, withAlerts);
        QFETCH(bool, withHistories);
        QFETCH(bool, withFacts);
        QFETCH(bool, current);
        const QString path = QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/snapshots/") + file;
        if (qEnvironmentVariableIsSet("SENTINELA_WRITE_SNAPSHOT_FIXTURE") && current) {
            SnapshotData d = synthetic::snapshot(2, 0.05, Now, 1);
            synthetic::addHistories(d, Now);
            d.header.appVersion = u"0.1.0"_s;
            QString error;
            QVERIFY(SnapshotWriter::writeFile(path, encodeOrFail(d), &error));
            // And a small block table for fuzz_snapshot's seeds (its decoder alone).
            std::map<quint64, SnapshotSeal> seals;
            for (const BlockRecord &b : d.blocks.mid(0, 3))
                seals.emplace(b.number(), d.seals.at(b.number()));
            QVERIFY(SnapshotWriter::writeFile(
                QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/fuzz/fuzz_snapshot/seeds/table-three-blocks.bin"),
                blocktable::encode(d.blocks.mid(0, 3), seals), &error));
        }
        const SnapshotReadResult r = SnapshotReader::readFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.data.header.formatVersion, format);
        QCOMPARE(r.data.header.schemaVersion, 1);
        QCOMPARE(r.data.header.createdAt, Now);
        QCOMPARE(r.data.network.name, u"synthetic"_s);
        QCOMPARE(r.data.nodes.size(), 8);
        QCOMPARE(r.data.blocks.size(), 45);
        QCOMPARE(r.data.seals.size(), std::size_t(45));
        QCOMPARE(r.data.incidents.size(), 2);
        QCOMPARE(r.data.runs.size(), 1);
        QCOMPARE(r.data.blocks.constLast().header.number, quint64(5'000'000));
        QCOMPARE(r.data.blocks.constLast().header.extraData.isEmpty(), false);
        const SnapshotSeal &lastSeal = r.data.seals.rbegin()->second;
        QVERIFY(lastSeal.quorum > 0);
        QCOMPARE(r.data.alerts.alerts.isEmpty(), !withAlerts);
        QCOMPARE(r.data.pendingVotes.isEmpty(), !withAlerts);
        // Older files have no histories: the time cursor shows the captured lists and replies from their time on.
        QCOMPARE(r.data.changes.peers.size(), withHistories ? 8 : 0);
        QCOMPARE(r.data.changes.federation.size(), withHistories ? 1 : 0);
        QCOMPARE(r.data.changes.health.size(), withFacts ? 1 : 0);
        QCOMPARE(r.data.changes.votes.size(), withFacts ? 1 : 0);
        QCOMPARE(r.data.changes.alerts.size(), withFacts ? 4 : 0);
        QCOMPARE(r.data.changes.signerMetrics.size(), withFacts ? 2 : 0);
        QCOMPARE(r.data.signerMetrics.at.isValid(), withFacts);
        QCOMPARE(r.data.prometheusSamples.size(), withFacts ? 8 : 0);
        {
            ManualClock replayClock(Now);
            Monitor replayed(&replayClock);
            SnapshotReader::apply(r.data, &replayed, nullptr);
            SnapshotReplay cursor(r.data, &replayed, nullptr);
            cursor.setTime(Now.addSecs(-100)); // inside the histories' partition, before the captured lists
            const NodeState *inst1 = replayed.state()->node(u"inst1-node0"_s);
            QVERIFY(inst1);
            QCOMPARE(inst1->peerList.isSet(), withHistories);
            if (withHistories)
                QCOMPARE(inst1->peerList.value.size(), 3);
            QCOMPARE(replayed.state()->federationReplies().isEmpty(), !withHistories);
            // Without their histories health and votes are unknown before the capture, with them as they stood.
            QCOMPARE(replayed.state()->health().isEmpty(), !withFacts);
            if (withFacts)
                QCOMPARE(replayed.state()->health(u"prometheus"_s).state, SourceHealth::State::Degraded);
        }

        // Opened, the blocks' analyses come from the file's decoded seals: none is recovered again.
        ManualClock clock(Now);
        Monitor monitor(&clock);
        SnapshotReader::apply(r.data, &monitor, nullptr);
        QTRY_VERIFY(!monitor.analysis()->isBusy());
        QCOMPARE(monitor.analysis()->analyseRuns(), 0);
        QCOMPARE(monitor.analysis()->count(), 45);
        const AnalysedBlock *last = monitor.analysis()->block(5'000'000);
        QVERIFY(last);
        QCOMPARE(last->quorum, lastSeal.quorum);
        QCOMPARE(last->record.signers, lastSeal.signers);
        QCOMPARE(last->missing, lastSeal.missing);
        QCOMPARE(last->record.validators.size(), lastSeal.signers.size() + lastSeal.missing.size());
    }

    void trustedKeysInTheProfile()
    {
        QTemporaryDir dir;
        QString error;
        const QByteArray pubA = snapshotcrypto::publicKeyOf(snapshotcrypto::generatePrivateKey(), &error);
        const QByteArray pubB = snapshotcrypto::publicKeyOf(snapshotcrypto::generatePrivateKey(), &error);
        QFile file(dir.filePath(u"inst1.pub"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pubB);
        file.close();
        Inventory inv;
        inv.activeNetwork = u"synthetic"_s;
        inv.networks = {synthetic::network(2)};
        inv.snapshots.trustedKeys = {{u"inst0"_s, QString::fromLatin1(pubA), pubA}, {u"inst1"_s, u"inst1.pub"_s, {}}};
        const QString profile = dir.filePath(u"profile.yaml"_s);
        QVERIFY(SnapshotWriter::writeFile(profile, InventoryLoader::toYaml(inv), &error));
        const auto loaded = InventoryLoader::loadFile(profile);
        QVERIFY(loaded.inventory);
        QCOMPARE(loaded.inventory->snapshots.trustedKeys.size(), 2);
        QCOMPARE(loaded.inventory->snapshots.trustedKeys[0].institution, u"inst0"_s);
        QCOMPARE(snapshotcrypto::rawPublicKey(loaded.inventory->snapshots.trustedKeys[0].publicKeyPem),
            snapshotcrypto::rawPublicKey(pubA));
        QCOMPARE(loaded.inventory->snapshots.trustedKeys[1].publicKeyPem, pubB); // read from the file beside it
        // A path that does not exist, and text that is no key: errors naming the field.
        Inventory synthetic;
        synthetic.activeNetwork = u"synthetic"_s;
        synthetic.networks = {synthetic::network(1)};
        const auto missing = InventoryLoader::parse("snapshots:\n  trustedKeys:\n    - institution: x\n      publicKey: "
                                                    "/nonexistent.pub\n" + InventoryLoader::toYaml(synthetic),
            u"p.yaml"_s);
        QVERIFY(!missing.inventory);
        QVERIFY(std::any_of(missing.messages.cbegin(), missing.messages.cend(),
            [](const ConfigMessage &m) { return m.field == u"snapshots.trustedKeys[0].publicKey"_s; }));
    }

    void readsOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sentinela-snapshot"_s);
        QString error;
        QVERIFY(SnapshotWriter::writeFile(path, encodeOrFail(synthetic::snapshot(2, 0.1, Now)), &error));
        QObject context;
        std::optional<SnapshotReadResult> got;
        Qt::HANDLE thread = nullptr;
        SnapshotReader::readFileAsync(&context, path, {}, [&](SnapshotReadResult r) {
            thread = QThread::currentThreadId();
            got = std::move(r);
        });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(thread, QThread::currentThreadId()); // delivered back in the caller's thread
        QVERIFY2(got->ok, qPrintable(got->error));
        QVERIFY(SnapshotReader::describe(*got).contains(u"Synthetic consortium"_s));
        const auto missing = SnapshotReader::readFile(dir.filePath(u"none"_s), {});
        QCOMPARE(missing.failure, Failure::Io);
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"

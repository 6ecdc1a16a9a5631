// The time cursor's filter (replay::stateAt and its parts) on hand-made histories, and NetworkState::present
// showing its moments: only what differs changes, and going back to the capture time gives the captured state.
#include "core/clock.h"
#include "state/networkstate.h"
#include "state/ringbuffer.h"
#include "state/statereplay.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The capture: 2026-12-06 15:00 UTC. Blocks every 4 s over the last 100 s, polls every 5 s, node "b" unreachable
// in [-60 s, -40 s], a level-2 reading 9 s before the capture, a federation reply 10 s before.
const QDateTime Capture(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);
constexpr quint64 Tip = 1000;

QDateTime at(int secondsBeforeCapture)
{
    return Capture.addSecs(-secondsBeforeCapture);
}

BlockRecord blockRecord(quint64 number, const QDateTime &time)
{
    BlockRecord r;
    r.header.number = number;
    r.header.hash = QByteArray(32, char(number % 251));
    r.header.timestamp = quint64(time.toSecsSinceEpoch());
    r.receivedAt = time.addMSecs(300);
    r.source = u"a"_s;
    return r;
}

// Block Tip - k at Capture - 4k s, for k = 24 .. 0.
QList<BlockRecord> blocks()
{
    QList<BlockRecord> out;
    for (int k = 24; k >= 0; --k)
        out.append(blockRecord(Tip - quint64(k), at(4 * k)));
    return out;
}

// The height a node had at `t`: the newest block at or before it.
quint64 heightAt(const QDateTime &t)
{
    const qint64 back = t.secsTo(Capture);
    return Tip - quint64((back + 3) / 4);
}

QList<NodeSample> samples(bool withOutage)
{
    QList<NodeSample> out;
    for (int s = 100; s >= 0; s -= 5) {
        const bool up = !(withOutage && s <= 60 && s >= 40);
        out.append({at(s), up ? heightAt(at(s)) : heightAt(at(65)), up ? 7 : -1, up});
    }
    return out;
}

NodeState captured(const QString &name)
{
    NodeState n;
    n.name = name;
    n.type = NodeType::Validator;
    n.height.rpc = {Tip, at(0)};
    n.height.prometheus = {Tip - 2, at(9)};
    n.peers.rpc = {7, at(0)};
    n.up.rpc = {true, at(0)};
    n.up.prometheus = {true, at(9)};
    n.syncing.rpc = {false, at(0)};
    n.headTime.rpc = {at(0), at(0)};
    n.clientVersion = {u"besu/v24.12.2"_s, at(30)};
    n.peerList = {{besu::PeerInfo {u"0xab"_s, {}, {}, {}, {}, u"1.2.3.4:30303"_s, true, {}}}, at(20)};
    return n;
}

StateHistory history()
{
    StateHistory h;
    h.capturedAt = Capture;
    h.nodes = {captured(u"a"_s), captured(u"b"_s)};
    h.samples.insert(u"a"_s, samples(false));
    h.samples.insert(u"b"_s, samples(true));
    h.blocks = blocks();
    h.validators.insert(Tip - 500, {u"0x01"_s, u"0x02"_s});
    h.validators.insert(Tip - 10, {u"0x01"_s, u"0x02"_s, u"0x03"_s});
    FederationProbeReply reply;
    reply.index = 0;
    reply.endpoint = u"l2"_s;
    reply.at = at(10);
    h.federation = {reply};
    PromRangeHistory &r = h.intervalHistory;
    r.fromMs = at(100).toMSecsSinceEpoch();
    r.toMs = Capture.toMSecsSinceEpoch();
    r.stepSeconds = 20;
    r.at = at(5);
    PromQueryResult q;
    q.ok = true;
    q.type = PromQueryResult::Type::Matrix;
    PromSeries series;
    for (int s = 100; s >= 0; s -= 20)
        series.samples.append({at(s).toMSecsSinceEpoch(), double(heightAt(at(s)))});
    q.series = {series};
    r.results = {q, q};

    // Recorded once: the sources' health and the pending votes (no time of their own), the alerts polled 15 s before
    // the capture, and the usage ledger: one transaction from 0xaa per block, buckets of 10 s.
    SourceHealth health;
    health.state = SourceHealth::State::Down;
    health.source = u"Prometheus l2"_s;
    health.lastGood = at(120);
    h.health.insert(u"prometheus"_s, health);
    h.pendingVotes.insert(u"a"_s, {{u"0x04"_s, true}});
    AmAlert alert;
    alert.labels = {{u"alertname"_s, u"BesuNodeDown"_s}};
    alert.startsAt = at(300);
    h.alerts.alerts = {alert};
    h.alerts.at = at(15);
    UsageLedger ledger;
    ledger.configure(10, 24 * 3600);
    for (const BlockRecord &b : h.blocks) {
        usage::Transaction tx;
        tx.from = u"0xaa"_s;
        tx.to = u"0xcc"_s;
        tx.gasUsed = 21000;
        tx.hasReceipt = true;
        ledger.addBlock({b.number(), {}, b.header.timestamp, {tx}, 0});
    }
    h.usage = ledger;
    return h;
}

NetworkConfig network()
{
    NetworkConfig net;
    net.name = u"t"_s;
    net.blockPeriodSeconds = 4;
    for (const char *name : {"a", "b"}) {
        NodeConfig n;
        n.name = QString::fromLatin1(name);
        n.type = NodeType::Validator;
        net.nodes.append(n);
    }
    return net;
}

// A state as SnapshotReader::apply leaves it: everything the history holds, as captured.
void restore(NetworkState &state, const StateHistory &h)
{
    state.configure(network());
    for (const NodeState &n : h.nodes)
        state.restoreNode(n, h.samples.value(n.name));
    state.restoreValidators(h.validators);
    state.restoreBlocks(h.blocks);
    for (const FederationProbeReply &r : h.federation)
        state.applyFederationReply(r);
    state.setIntervalHistory(h.intervalHistory);
    for (auto it = h.health.cbegin(); it != h.health.cend(); ++it)
        state.setHealth(it.key(), it.value());
    state.restorePendingVotes(h.pendingVotes);
    state.setAlertmanagerAlerts(h.alerts);
    state.restoreUsage(*h.usage, {});
}

// ---- Peer lists and federation replies recorded live ------------------------------------------------------------

besu::PeerInfo peer(const QString &id, const QString &head)
{
    besu::PeerInfo p;
    p.id = id;
    p.enode = u"enode://%1@10.0.0.1:30303"_s.arg(id.mid(2));
    p.remoteAddress = u"10.0.0.1:30303"_s;
    p.inbound = true;
    p.headHash = head; // moves with every block: no change of the list
    return p;
}

// Institutions "a" and "b" as a level 2 sees them at `t`: `upA` of a's two targets up, each institution's newest
// sample `ageMs` old, the four answers of FederationProbe::queries.
FederationProbeReply federationReply(const QDateTime &t, double upA, qint64 ageMs)
{
    auto vector = [&t](double a, double b) {
        PromQueryResult q;
        q.ok = true;
        q.type = PromQueryResult::Type::Vector;
        q.series = {{{{u"organization"_s, u"a"_s}}, {{t.toMSecsSinceEpoch(), a}}},
            {{{u"organization"_s, u"b"_s}}, {{t.toMSecsSinceEpoch(), b}}}};
        return q;
    };
    const double newest = double(t.toMSecsSinceEpoch() - ageMs) / 1000.0;
    FederationProbeReply r;
    r.index = 0;
    r.endpoint = u"l2"_s;
    r.at = t;
    r.results = {vector(upA, 2), vector(2, 2), vector(newest, newest), vector(1, 1)};
    return r;
}

QStringList peerIds(const QList<besu::PeerInfo> &peers)
{
    QStringList ids;
    for (const besu::PeerInfo &p : peers)
        ids << p.id;
    ids.sort();
    return ids;
}

// What the live state holds of node "a" and the endpoint "l2" at one moment.
struct LiveMoment
{
    Observation<QList<besu::PeerInfo>> peers;
    FederationProbeReply federation;
};

// The history a snapshot of `state` carries (SnapshotReplay fills one the same way from the file).
StateHistory historyOf(const NetworkState &state, const QDateTime &capture)
{
    StateHistory h;
    h.capturedAt = capture;
    h.nodes = state.nodes();
    for (const QString &name : state.nodeNames()) {
        h.samples.insert(name, state.samples(name));
        h.prometheusSamples.insert(name, state.prometheusSamples(name));
    }
    h.scrapeMs = qint64(state.network().federation.scrapeIntervalSeconds * 1000);
    for (const FederationProbeReply &r : state.federationReplies())
        h.federation.append(r);
    h.changes = state.histories();
    h.federationProbeMs = 30000;
    h.federationFreshMs = federatedSampleFreshMs(state.network());
    h.alertsPollMs = alertmanagerPollMs(state.network().polling);
    h.signerMetricsPollMs = slowPollMs(state.network().polling);
    h.health = state.health();
    h.pendingVotes = state.pendingVotes();
    h.alerts = state.alertmanagerAlerts();
    h.signerMetrics = state.signerMetrics();
    return h;
}

// The facts without a time of their own that the live state held at one moment.
struct LiveFacts
{
    QMap<QString, SourceHealth> health;
    QMap<QString, besu::PendingVotes> votes;
    AlertmanagerAlerts alerts;
    SignerMetricsRecord signerMetrics;
};

LiveFacts factsOf(const NetworkState &state)
{
    return {state.health(), state.pendingVotes(), state.alertmanagerAlerts(), state.signerMetrics()};
}

bool sameHealth(const SourceHealth &a, const SourceHealth &b)
{
    return a.state == b.state && a.lastError == b.lastError && a.detail == b.detail && a.lastGood == b.lastGood
        && a.source == b.source;
}

AmAlert firing(const QDateTime &polled)
{
    AmAlert a;
    a.labels = {{u"alertname"_s, u"BesuNodeDown"_s}, {u"instance"_s, u"b"_s}};
    a.fingerprint = u"f1"_s;
    a.state = u"active"_s;
    a.startsAt = at(350);
    a.updatedAt = polled; // refreshed at every evaluation: no change
    a.endsAt = polled.addSecs(240);
    return a;
}

// Every 5 s for ten minutes: Prometheus Ok, Down ("timeout") in (-300 s, -120 s], Ok again; JSON-RPC of "a" Ok
// throughout; a's vote to add 0x04 pending in (-400 s, -100 s]; the alert BesuNodeDown firing from -350 s until it
// resolves at -60 s, Alertmanager refusing in [-200 s, -150 s]; signer metrics every minute, one more proposal each
// time except from -300 s to -180 s.
void liveFacts(NetworkState &state, ManualClock &clock, int back)
{
    const QDateTime t = at(back);
    clock.setNow(t);
    SourceHealth prometheus;
    prometheus.source = u"Prometheus l2"_s;
    prometheus.endpoint = u"http://l2:9090"_s;
    const bool down = back < 300 && back >= 120;
    prometheus.state = down ? SourceHealth::State::Down : SourceHealth::State::Ok;
    prometheus.lastError = down ? u"timeout"_s : QString();
    prometheus.lastGood = down ? at(300) : t;
    state.setHealth(u"prometheus"_s, prometheus);
    SourceHealth rpc;
    rpc.source = u"RPC a"_s;
    rpc.state = SourceHealth::State::Ok;
    rpc.lastGood = t;
    state.setHealth(u"rpc:a"_s, rpc);

    NodeRpcStatus s;
    s.node = u"a"_s;
    s.at = t;
    s.reachable = true;
    s.blockNumber = Tip;
    s.pendingVotes = back < 400 && back >= 100 ? besu::PendingVotes {{u"0x04"_s, true}} : besu::PendingVotes {};
    state.applyRpcStatus(s);

    AlertmanagerAlerts alerts;
    if (back <= 200 && back >= 150) {
        alerts.error = u"connection refused"_s;
    } else {
        alerts.at = t;
        if (back <= 350 && back > 60)
            alerts.alerts = {firing(t)};
    }
    state.setAlertmanagerAlerts(alerts);

    if (back % 60 == 0) {
        NodeRpcSlowStatus slow;
        slow.node = u"a"_s;
        slow.at = t;
        slow.reachable = true;
        const quint64 proposed = back <= 300 && back >= 180 ? 5 : quint64(20 - back / 60);
        slow.signerMetrics = QList<besu::SignerMetric> {{u"0x01"_s, proposed, Tip - 3}};
        slow.signerMetricsFrom = Tip - 99;
        state.applyRpcSlowStatus(slow);
    }
}

} // namespace

class TestStateReplay : public QObject
{
    Q_OBJECT

private slots:
    void blocksUpTo_data()
    {
        QTest::addColumn<int>("secondsBefore");
        QTest::addColumn<qsizetype>("count");
        QTest::newRow("capture") << 0 << qsizetype(25);
        QTest::newRow("just before the tip") << 1 << qsizetype(24);
        QTest::newRow("on a block") << 8 << qsizetype(23);
        QTest::newRow("first block") << 96 << qsizetype(1);
        QTest::newRow("before every block") << 97 << qsizetype(0);
    }
    void blocksUpTo()
    {
        QFETCH(int, secondsBefore);
        QFETCH(qsizetype, count);
        QCOMPARE(replay::blocksUpTo(blocks(), at(secondsBefore)), count);
    }

    void nodeAtCapture()
    {
        const StateHistory h = history();
        const NodeState n = replay::nodeAt(h.nodes.at(0), h.samples.value(u"a"_s), h.blocks, Capture);
        QVERIFY(replay::sameObservations(n, h.nodes.at(0)));
        QCOMPARE(n.height.value(), Tip);
        QCOMPARE(n.height.prometheus.value, Tip - 2);
        QVERIFY(n.peerList.isSet());
    }

    // eth_syncing as each poll found it: a node that caught up since is shown syncing at a moment it was.
    void syncingFromSamples()
    {
        StateHistory h = history();
        QList<NodeSample> &a = h.samples[u"a"_s];
        for (NodeSample &s : a)
            s.syncing = s.at >= at(80) && s.at <= at(70);
        const NodeState then = replay::nodeAt(h.nodes.at(0), a, h.blocks, at(72));
        QCOMPARE(then.syncing.rpc.value, true);
        QCOMPARE(then.syncing.rpc.at, at(75));
        const NodeState later = replay::nodeAt(h.nodes.at(0), a, h.blocks, at(50));
        QCOMPARE(later.syncing.rpc.value, false);
        QCOMPARE(later.syncing.rpc.at, at(50));
        QVERIFY(!replay::nodeAt(h.nodes.at(0), a, h.blocks, at(101)).syncing.rpc.isSet());
    }

    void nodeAt_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<int>("secondsBefore");
        QTest::addColumn<bool>("upSet");
        QTest::addColumn<bool>("up");
        QTest::addColumn<int>("observedSecondsBefore"); // of up; -1: unset
        QTest::addColumn<qint64>("height"); // -1: unset
        QTest::addColumn<int>("heightSecondsBefore");
        QTest::addColumn<bool>("prometheus");
        QTest::addColumn<bool>("peerList");

        QTest::newRow("between level 2 and capture") << u"a"_s << 3 << true << true << 5 << qint64(heightAt(at(5))) << 5
                                                     << true << true;
        QTest::newRow("before the level-2 reading") << u"a"_s << 12 << true << true << 15
                                                    << qint64(heightAt(at(15))) << 15 << false << true;
        QTest::newRow("before the peer list") << u"a"_s << 22 << true << true << 25 << qint64(heightAt(at(25))) << 25
                                              << false << false;
        QTest::newRow("during the outage") << u"b"_s << 50 << true << false << 50 << qint64(heightAt(at(65))) << 65
                                           << false << false;
        QTest::newRow("after the outage") << u"b"_s << 33 << true << true << 35 << qint64(heightAt(at(35))) << 35
                                          << false << false;
        QTest::newRow("before the first poll") << u"a"_s << 101 << false << false << -1 << qint64(-1) << -1 << false
                                               << false;
    }
    void nodeAt()
    {
        QFETCH(QString, node);
        QFETCH(int, secondsBefore);
        QFETCH(bool, upSet);
        QFETCH(bool, up);
        QFETCH(int, observedSecondsBefore);
        QFETCH(qint64, height);
        QFETCH(int, heightSecondsBefore);
        QFETCH(bool, prometheus);
        QFETCH(bool, peerList);
        const StateHistory h = history();
        const NodeState &c = h.nodes.at(node == u"a"_s ? 0 : 1);
        const NodeState n = replay::nodeAt(c, h.samples.value(node), h.blocks, at(secondsBefore));
        QCOMPARE(n.up.isSet(), upSet);
        if (upSet) {
            QCOMPARE(n.up.value(), up);
            QCOMPARE(n.up.at(), at(observedSecondsBefore));
        }
        QCOMPARE(n.height.isSet(), height >= 0);
        if (height >= 0) {
            QCOMPARE(qint64(n.height.value()), height);
            QCOMPARE(n.height.at(), at(heightSecondsBefore));
            // The head time is the held block's at that height, observed with the height.
            QCOMPARE(n.headTime.rpc.value, at(int(4 * (Tip - quint64(height)))));
        }
        QCOMPARE(n.height.prometheus.isSet(), prometheus);
        QCOMPARE(n.up.prometheus.isSet(), prometheus);
        QCOMPARE(n.peerList.isSet(), peerList);
        // eth_syncing from the poll that gave the height (each poll asks it), unknown before the first.
        QCOMPARE(n.syncing.isSet(), height >= 0);
        if (height >= 0) {
            QCOMPARE(n.syncing.value(), false);
            QCOMPARE(n.syncing.rpc.at, at(heightSecondsBefore));
        }
        QCOMPARE(n.clientVersion.value, u"besu/v24.12.2"_s); // identity stays
        // Nothing shown is newer than the moment.
        for (const QDateTime &t : {n.height.at(), n.up.at(), n.peers.at(), n.headTime.at(), n.peerList.at})
            QVERIFY(!t.isValid() || t <= at(secondsBefore));
    }

    void rangeAt()
    {
        const StateHistory h = history();
        const PromRangeHistory r = replay::rangeAt(h.intervalHistory, at(30));
        QCOMPARE(r.toMs, at(30).toMSecsSinceEpoch());
        QCOMPARE(r.fromMs, h.intervalHistory.fromMs);
        QCOMPARE(r.results.size(), 2);
        QCOMPARE(r.results.at(0).series.at(0).samples.size(), 4); // -100, -80, -60, -40
        QCOMPARE(r.results.at(0).series.at(0).samples.constLast().timestampMs, at(40).toMSecsSinceEpoch());
        QCOMPARE(r.at, at(30));
        // Before the first sample: no series left, the range empty.
        const PromRangeHistory early = replay::rangeAt(h.intervalHistory, at(120));
        QVERIFY(early.results.at(0).series.isEmpty());
        QCOMPARE(early.toMs, early.fromMs);
    }

    void stateAt()
    {
        const StateHistory h = history();
        const StateMoment m = replay::stateAt(h, at(42));
        QCOMPARE(m.at, at(42));
        QCOMPARE(m.blockCount, qsizetype(14)); // Tip-24 .. Tip-11 (at -44 s)
        QCOMPARE(m.sampleCount.value(u"a"_s), qsizetype(12)); // -100 .. -45
        QCOMPARE(m.nodes.size(), 2);
        QCOMPARE(m.nodes.at(1).up.value(), false);
        // The set from Tip-10 on is not in force yet; the first one always is.
        QCOMPARE(m.validators.size(), 1);
        QCOMPARE(m.validators.firstKey(), Tip - 500);
        QVERIFY(m.federation.isEmpty());
        QCOMPARE(replay::stateAt(h, at(5)).federation.size(), 1);
        QCOMPARE(replay::stateAt(h, at(5)).validators.size(), 2);
    }

    // What the history records once is shown at the moments it was known and unknown before, never its later value.
    void recordedOnce()
    {
        const StateHistory h = history();
        const StateMoment early = replay::stateAt(h, at(42));
        QVERIFY(early.health.isEmpty());
        QVERIFY(early.pendingVotes.isEmpty());
        QVERIFY(!early.alerts.at.isValid());
        QVERIFY(early.alerts.alerts.isEmpty());
        const StateMoment polled = replay::stateAt(h, at(10));
        QCOMPARE(polled.alerts.at, at(15));
        QCOMPARE(polled.alerts.alerts.size(), 1);
        QVERIFY(polled.health.isEmpty());
        const StateMoment capture = replay::stateAt(h, Capture);
        QCOMPARE(capture.health.value(u"prometheus"_s).state, SourceHealth::State::Down);
        QCOMPARE(capture.pendingVotes, h.pendingVotes);
    }

    void usageAt_data()
    {
        QTest::addColumn<int>("secondsBefore");
        QTest::addColumn<int>("blocks");
        // Blocks every 4 s from -96 s; the capture is on a bucket boundary (15:00:00). At -42 s (14:59:18) the
        // buckets that end by then reach 14:59:10: blocks at -96 .. -52 s, 12 of them.
        QTest::newRow("capture") << 0 << 25;
        QTest::newRow("-42 s") << 42 << 12;
        QTest::newRow("-51 s, a bucket's last second") << 51 << 12;
        QTest::newRow("-50 s, before its bucket ends") << 50 << 12;
        QTest::newRow("-41 s, the next bucket's last second") << 41 << 14;
        QTest::newRow("-40 s, a block on a bucket's start") << 40 << 14;
        QTest::newRow("before the first") << 200 << 0;
    }

    void usageAt()
    {
        QFETCH(int, secondsBefore);
        QFETCH(int, blocks);
        const StateHistory h = history();
        const StateMoment m = replay::stateAt(h, at(secondsBefore));
        QCOMPARE(m.usageBlockCount, blocks);
        const UsageLedger ledger = replay::usageAt(*h.usage, m.usageBeforeSec);
        QCOMPARE(ledger.blockCount(), blocks);
        QCOMPARE(ledger.transactionCount(), quint64(blocks));
        if (blocks > 0)
            QVERIFY(ledger.newestSec() <= at(secondsBefore).toSecsSinceEpoch());
        QVERIFY(ledger.pairs(0, at(secondsBefore).toSecsSinceEpoch() + 1).size() == (blocks > 0 ? 1 : 0));
    }

    void stepping()
    {
        const QList<BlockRecord> b = blocks();
        // At -6 s the newest block shown is Tip-2 (-8 s): back hides it, forward shows Tip-1 (-4 s).
        QCOMPARE(replay::previousBlockTime(b, at(6)), std::optional<QDateTime>(at(12)));
        QCOMPARE(replay::nextBlockTime(b, at(6)), std::optional<QDateTime>(at(4)));
        QVERIFY(!replay::nextBlockTime(b, Capture).has_value());
        QVERIFY(!replay::previousBlockTime(b, at(96)).has_value());
        QCOMPARE(replay::nextBlockTime(b, at(200)), std::optional<QDateTime>(at(96)));
    }

    void ringTruncate()
    {
        RingBuffer<int> unwrapped(10);
        for (int i = 0; i < 6; ++i)
            unwrapped.append(i);
        unwrapped.truncate(3);
        unwrapped.append(7);
        QCOMPARE(unwrapped.toList(), (QList<int> {0, 1, 2, 7}));
        RingBuffer<int> wrapped(4);
        for (int i = 0; i < 6; ++i)
            wrapped.append(i); // 2 3 4 5
        wrapped.truncate(2);
        QCOMPARE(wrapped.toList(), (QList<int> {2, 3}));
        wrapped.append(8);
        wrapped.append(9);
        wrapped.append(10);
        QCOMPARE(wrapped.toList(), (QList<int> {3, 8, 9, 10}));
    }

    // Ten minutes of a live state, polled every 5 s and probed every 30 s: node a's peer list gains a peer at -300 s
    // and loses it at -120 s (its peers' head hashes move at every poll), a's targets fall to 1 of 2 at -250 s, the
    // newest-sample ages jitter within a scrape. Recorded change by change, and replayed at three moments, the
    // history gives what the live state held then.
    void recordedAndReplayed()
    {
        ManualClock clock(at(600));
        NetworkState state(&clock);
        state.configure(network());
        const QList<int> moments {400, 200, 60};
        QMap<int, LiveMoment> live;
        for (int back = 600; back >= 0; back -= 5) {
            const QDateTime t = at(back);
            clock.setNow(t);
            NodeRpcStatus s;
            s.node = u"a"_s;
            s.at = t;
            s.reachable = true;
            s.blockNumber = Tip;
            QList<besu::PeerInfo> peers {peer(u"0xb1"_s, QString::number(back))};
            if (back <= 300 && back > 120)
                peers.prepend(peer(u"0xc2"_s, QString::number(back)));
            s.peers = peers;
            s.peerCount = int(peers.size());
            state.applyRpcStatus(s);
            if (back % 30 == 0)
                state.applyFederationReply(federationReply(t, back > 250 ? 2 : 1, 3000 + (back % 150) * 20));
            if (moments.contains(back))
                live.insert(back, {state.node(u"a"_s)->peerList, state.federationReplies().value(u"l2"_s)});
        }
        // Change-only: three lists (the third sharing the first's copy), two federation answers.
        const QList<PeerListChange> peers = state.histories().peers.value(u"a"_s);
        QCOMPARE(peers.size(), 3);
        QCOMPARE(peers.at(1).since, at(300));
        QCOMPARE(peers.at(1).lastSeen, at(125));
        QCOMPARE(peers.at(2).value.constData(), peers.at(0).value.constData());
        QCOMPARE(peers.at(2).lastSeen, Capture);
        const QList<FederationChange> federation = state.histories().federation.value(u"l2"_s);
        QCOMPARE(federation.size(), 2);
        QCOMPARE(federation.at(1).since, at(240));
        QCOMPARE(federation.at(1).lastSeen, Capture);

        const StateHistory h = historyOf(state, Capture);
        for (int back : moments) {
            const StateMoment m = replay::stateAt(h, at(back));
            const LiveMoment &then = live.value(back);
            const Observation<QList<besu::PeerInfo>> &shown = m.nodes.at(0).peerList;
            QCOMPARE(peerIds(shown.value), peerIds(then.peers.value));
            QCOMPARE(shown.at, then.peers.at);
            QCOMPARE(m.federation.size(), 1);
            const FederationProbeReply &r = m.federation.constFirst();
            QCOMPARE(r.at, then.federation.at);
            QVERIFY(FederationProbe::sameAnswers(r, then.federation, 20000));
            QCOMPARE(r.results.at(FederationProbe::TargetsUp).series.at(0).samples.at(0).value,
                then.federation.results.at(FederationProbe::TargetsUp).series.at(0).samples.at(0).value);
            // The ages are the run's first answer's, given again at the probe's time.
            const auto age = prom::ageByOrganization(r.results.at(FederationProbe::NewestSample)).value(u"a"_s);
            QVERIFY2(age >= 3000 && age <= 6000, qPrintable(QString::number(age)));
        }
        // Before the first poll and probe: neither was known.
        const StateMoment before = replay::stateAt(h, at(700));
        QVERIFY(!before.nodes.at(0).peerList.isSet());
        QVERIFY(before.federation.isEmpty());
        // Between polls the list is as the last poll saw it.
        QCOMPARE(replay::stateAt(h, at(202)).nodes.at(0).peerList.at, at(205));

        // Shown by the state: the peer list changes once going back to -200 s, not again at -199 s.
        NetworkState review;
        review.configure(network());
        for (const NodeState &n : h.nodes)
            review.restoreNode(n, h.samples.value(n.name));
        for (const FederationProbeReply &r : h.federation)
            review.applyFederationReply(r);
        review.restoreHistories(h.changes);
        QSignalSpy peersChanged(&review, &NetworkState::peersChanged);
        QSignalSpy federationChanged(&review, &NetworkState::federationChanged);
        review.present(h, replay::stateAt(h, at(200)));
        QCOMPARE(peersChanged.size(), 1);
        QCOMPARE(peerIds(review.node(u"a"_s)->peerList.value), (QStringList {u"0xb1"_s, u"0xc2"_s}));
        QCOMPARE(federationChanged.size(), 1);
        QCOMPARE(review.federationReplies().value(u"l2"_s).at, at(210));
        review.present(h, replay::stateAt(h, at(199)));
        QCOMPARE(peersChanged.size(), 1);
        // The review's own state records nothing while it replays.
        QCOMPARE(review.histories().peers.value(u"a"_s).size(), 3);
    }

    // Sources' health, pending votes, Alertmanager alerts and signer metrics recorded live change by change, and
    // replayed: at each moment the history gives what the live state held then (not unknown, not the capture's).
    void factsRecordedAndReplayed()
    {
        ManualClock clock(at(600));
        NetworkState state(&clock);
        NetworkConfig net = network();
        net.polling.prometheusMs = 5000;
        state.configure(net);
        const QList<int> moments {500, 380, 320, 250, 175, 90, 30};
        QMap<int, LiveFacts> live;
        for (int back = 600; back >= 0; back -= 5) {
            liveFacts(state, clock, back);
            if (moments.contains(back))
                live.insert(back, factsOf(state));
        }
        // Change-only: three runs of Prometheus' health, one of JSON-RPC's, three of the votes, five of the alerts
        // (none, firing, refused, firing, resolved), and the signer metrics once a minute but one run of three polls.
        const ChangeHistories &c = state.histories();
        QCOMPARE(c.health.value(u"prometheus"_s).size(), 3);
        QCOMPARE(c.health.value(u"rpc:a"_s).size(), 1);
        QCOMPARE(c.votes.value(u"a"_s).size(), 3);
        QCOMPARE(c.alerts.size(), 5);
        QCOMPARE(c.signerMetrics.size(), 11 - 2);
        QCOMPARE(c.alerts.at(1).since, at(350));

        const StateHistory h = historyOf(state, Capture);
        for (int back : moments) {
            const QByteArray where = "at -" + QByteArray::number(back) + " s";
            const StateMoment m = replay::stateAt(h, at(back));
            const LiveFacts &then = live.value(back);
            QCOMPARE(m.health.keys(), then.health.keys());
            for (auto it = then.health.cbegin(); it != then.health.cend(); ++it)
                QVERIFY2(sameHealth(m.health.value(it.key()), it.value()), where + " " + it.key().toUtf8());
            QVERIFY2(m.pendingVotes == then.votes, where);
            QCOMPARE(m.alerts.at, then.alerts.at);
            QCOMPARE(m.alerts.error, then.alerts.error);
            QCOMPARE(m.alerts.alerts.size(), then.alerts.alerts.size());
            QCOMPARE(m.signerMetrics.at, then.signerMetrics.at);
            QVERIFY2(m.signerMetrics.metrics == then.signerMetrics.metrics, where);
        }
        // Before the first poll nothing was known.
        const StateMoment before = replay::stateAt(h, at(700));
        QVERIFY(before.health.isEmpty());
        QVERIFY(before.pendingVotes.isEmpty());
        QVERIFY(!before.alerts.at.isValid() && before.alerts.error.isEmpty());
        QVERIFY(!before.signerMetrics.at.isValid());

        // Shown by the state: each changes once going to -250 s (Prometheus down, the vote, the alert, the metrics),
        // and a second later nothing does.
        NetworkState review(&clock);
        review.configure(net);
        for (const NodeState &n : h.nodes)
            review.restoreNode(n, h.samples.value(n.name));
        for (auto it = h.health.cbegin(); it != h.health.cend(); ++it)
            review.setHealth(it.key(), it.value());
        review.restorePendingVotes(h.pendingVotes);
        review.setAlertmanagerAlerts(h.alerts);
        review.restoreSignerMetrics(h.signerMetrics);
        review.restoreHistories(h.changes);
        QSignalSpy health(&review, &NetworkState::healthChanged);
        QSignalSpy votes(&review, &NetworkState::pendingVotesChanged);
        QSignalSpy alerts(&review, &NetworkState::alertmanagerAlertsChanged);
        QSignalSpy metrics(&review, &NetworkState::signerMetricsChanged);
        review.present(h, replay::stateAt(h, at(250)));
        QCOMPARE(review.health(u"prometheus"_s).state, SourceHealth::State::Down);
        QCOMPARE(review.health(u"prometheus"_s).lastGood, at(300));
        QCOMPARE(review.pendingVotes().value(u"a"_s).value(u"0x04"_s), true);
        QCOMPARE(review.alertmanagerAlerts().alerts.size(), 1);
        QCOMPARE(review.signerMetrics().at, at(300));
        QVERIFY(!health.isEmpty());
        QCOMPARE(votes.size(), 1);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(metrics.size(), 1);
        health.clear();
        // -249 s: between polls, the same facts (a good reply's time is the moment's, for JSON-RPC's Ok run).
        review.present(h, replay::stateAt(h, at(249)));
        QCOMPARE(votes.size(), 1);
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(health.size(), 1);
        QCOMPARE(health.at(0).at(0).toString(), u"rpc:a"_s);
        // The review records nothing while it replays.
        QCOMPARE(review.histories().health.value(u"prometheus"_s).size(), 3);
        QCOMPARE(review.histories().alerts.size(), 5);
    }

    // A node seen only through the federation: its level-2 readings every 15 s for ten minutes, replayed. Its level 1
    // lost it in (-360 s, -300 s] (up 0, the other figures absent: each keeps its last reading); its permissioning
    // counters rose until -450 s, stayed flat, then vanished (their sample stuck at -160 s while up stays fresh).
    void prometheusReadingsReplayed()
    {
        ManualClock clock(at(600));
        NetworkState state(&clock);
        NetworkConfig net = network();
        net.polling.prometheusMs = 15000;
        state.configure(net);
        const QList<int> moments {600, 495, 450, 405, 345, 300, 150, 120, 30};
        QMap<int, NodeState> live;
        for (int back = 600; back >= 0; back -= 15) {
            clock.setNow(at(back));
            PrometheusNodeFigures f;
            f.at = at(back);
            const bool lost = back <= 360 && back > 300;
            f.up = !lost;
            f.upAt = at(back);
            if (!lost) {
                f.height = heightAt(at(back + 2));
                f.heightAt = at(back + 2);
                f.peers = back > 200 ? 7 : 6;
                f.peersAt = at(back + 2);
                f.inSync = true;
                f.inSyncAt = at(back + 2);
                f.headTime = at(back + 4);
                f.headTimeAt = at(back + 2);
            }
            f.permissioningQueried = true;
            f.permissioningChecks = back > 450 ? 2000.0 - back : 1550.0;
            f.permissioningChecksAt = back > 150 ? at(back + 2) : at(160);
            state.applyPrometheus(u"b"_s, f);
            if (moments.contains(back))
                live.insert(back, *state.node(u"b"_s));
        }
        QCOMPARE(state.prometheusSamples(u"b"_s).size(), 41);
        QVERIFY(!live.value(120).permissioningChecks.value); // vanished
        QCOMPARE(live.value(120).permissioningChecksRoseAt, at(452));

        const StateHistory h = historyOf(state, Capture);
        const auto same = [](const NodeState &a, const NodeState &b) {
            return a.height.prometheus.at == b.height.prometheus.at && a.height.prometheus.value == b.height.prometheus.value
                && a.up.prometheus.at == b.up.prometheus.at && a.up.prometheus.value == b.up.prometheus.value
                && a.peers.prometheus.value == b.peers.prometheus.value && a.peers.prometheus.at == b.peers.prometheus.at
                && a.syncing.prometheus.at == b.syncing.prometheus.at && a.headTime.prometheus.value == b.headTime.prometheus.value
                && a.headTime.prometheus.at == b.headTime.prometheus.at
                && a.permissioningChecks.value == b.permissioningChecks.value
                && a.permissioningChecks.at == b.permissioningChecks.at
                && a.permissioningChecksRoseAt == b.permissioningChecksRoseAt;
        };
        for (int back : moments) {
            const NodeState shown = replay::stateAt(h, at(back)).nodes.at(1);
            const NodeState &was = live.value(back);
            QVERIFY2(same(shown, was),
                qPrintable(u"at -%1 s: height %2/%3 at %4/%5, checks at %6/%7, rose %8/%9"_s.arg(back)
                               .arg(shown.height.prometheus.value)
                               .arg(was.height.prometheus.value)
                               .arg(shown.height.prometheus.at.toString(Qt::ISODateWithMs), was.height.prometheus.at.toString(Qt::ISODateWithMs),
                                   shown.permissioningChecks.at.toString(Qt::ISODateWithMs), was.permissioningChecks.at.toString(Qt::ISODateWithMs),
                                   shown.permissioningChecksRoseAt.toString(Qt::ISODateWithMs), was.permissioningChecksRoseAt.toString(Qt::ISODateWithMs))));
        }
        // While its level 1 lost it: up is 0 now, its height the last one read (ageing).
        const NodeState lost = replay::stateAt(h, at(340)).nodes.at(1);
        QCOMPARE(lost.up.prometheus.value, false);
        QCOMPARE(lost.height.prometheus.at, at(377));
        // Between readings: the one before. Before the first: none.
        QCOMPARE(replay::stateAt(h, at(401)).nodes.at(1).height.prometheus.at, at(407));
        QVERIFY(!replay::stateAt(h, at(700)).nodes.at(1).up.prometheus.isSet());
        QVERIFY(!replay::stateAt(h, at(700)).nodes.at(1).permissioningChecks.isSet());
        // Node "a" has no readings: its level-2 figures are the captured ones from their time on, as before.
        QVERIFY(h.prometheusSamples.value(u"a"_s).isEmpty());
    }

    // A kiosk runs for weeks: a peer list that flaps at every poll and federation answers that change at every probe
    // keep at most one entry per poll or probe of the window (one hour here), and the flapping lists share two copies.
    void historyBounded()
    {
        const QDateTime start = Capture.addSecs(-3 * 3600);
        ManualClock clock(start);
        NetworkState state(&clock);
        NetworkConfig net = network();
        net.polling.historyHours = 1;
        net.polling.nodeStatusMs = 5000;
        state.configure(net);
        const QList<besu::PeerInfo> one {peer(u"0xb1"_s, {})};
        const QList<besu::PeerInfo> two {peer(u"0xb1"_s, {}), peer(u"0xc2"_s, {})};
        qsizetype afterTwoHours = 0;
        qsizetype federationAfterTwoHours = 0;
        int poll = 0;
        for (QDateTime t = start; t <= Capture; t = t.addSecs(5), ++poll) {
            clock.setNow(t);
            NodeRpcStatus s;
            s.node = u"a"_s;
            s.at = t;
            s.reachable = true;
            s.peers = poll % 2 ? two : one;
            s.pendingVotes = poll % 2 ? besu::PendingVotes {{u"0x04"_s, true}} : besu::PendingVotes {};
            state.applyRpcStatus(s);
            SourceHealth health;
            health.state = poll % 2 ? SourceHealth::State::Down : SourceHealth::State::Ok;
            state.setHealth(u"rpc:a"_s, health);
            AlertmanagerAlerts alerts;
            alerts.at = t;
            if (poll % 2)
                alerts.alerts = {firing(t)};
            state.setAlertmanagerAlerts(alerts);
            if (poll % 6 == 0)
                state.applyFederationReply(federationReply(t, (poll / 6) % 2 ? 2 : 1, 3000));
            if (t == start.addSecs(2 * 3600)) {
                afterTwoHours = state.histories().peers.value(u"a"_s).size();
                federationAfterTwoHours = state.histories().federation.value(u"l2"_s).size();
            }
        }
        const QList<PeerListChange> peers = state.histories().peers.value(u"a"_s);
        QVERIFY2(peers.size() <= 3600 / 5 + 1, qPrintable(QString::number(peers.size())));
        QVERIFY(peers.size() >= 3600 / 5 - 1);
        QCOMPARE(peers.size(), afterTwoHours); // flat once the window is full
        QVERIFY(peers.constFirst().since <= Capture.addSecs(-3600));
        QVERIFY(peers.at(1).since > Capture.addSecs(-3600));
        QSet<const void *> copies;
        for (const PeerListChange &c : peers)
            copies.insert(c.value.constData());
        QCOMPARE(copies.size(), 2);
        const QList<FederationChange> federation = state.histories().federation.value(u"l2"_s);
        QVERIFY2(federation.size() <= 3600 / 30 + 1, qPrintable(QString::number(federation.size())));
        QCOMPARE(federation.size(), federationAfterTwoHours);
        // Consecutive answers share their series' labels (one copy for the day).
        const PromLabels &first = federation.at(0).value.results.at(1).series.at(0).labels;
        const PromLabels &last = federation.constLast().value.results.at(1).series.at(0).labels;
        QCOMPARE(&last.constBegin().value(), &first.constBegin().value());
        // Health, votes and alerts flapping at every poll (Alertmanager polled every 15 s here, 3 polls a change).
        QVERIFY(state.histories().health.value(u"rpc:a"_s).size() <= 3600 / 5 + 1);
        QVERIFY(state.histories().health.value(u"rpc:a"_s).size() >= 3600 / 5 - 1);
        QVERIFY(state.histories().votes.value(u"a"_s).size() <= 3600 / 5 + 1);
        QVERIFY(state.histories().alerts.size() <= 3600 / 15 + 1);
        QCOMPARE(state.histories().alerts.size(), 3600 / 15 + 1);
        // A shorter window (the soak's) bounds them at once.
        state.setHistoryWindow(10 * 60 * 1000);
        QVERIFY(state.histories().peers.value(u"a"_s).size() <= 10 * 60 / 5 + 1);
        QVERIFY(state.histories().peers.value(u"a"_s).constFirst().since <= Capture.addSecs(-600));
        QVERIFY(state.histories().federation.value(u"l2"_s).size() <= 10 * 60 / 15 + 1);

        // The same answers for three hours: one entry, seen until the last probe.
        NetworkState steady(&clock);
        steady.configure(net);
        for (QDateTime t = start; t <= Capture; t = t.addSecs(30)) {
            clock.setNow(t);
            steady.applyFederationReply(federationReply(t, 2, 2000 + (t.toSecsSinceEpoch() / 30 % 5) * 1000));
        }
        QCOMPARE(steady.histories().federation.value(u"l2"_s).size(), 1);
        QCOMPARE(steady.histories().federation.value(u"l2"_s).constFirst().lastSeen, Capture);
    }

    void present()
    {
        const StateHistory h = history();
        NetworkState state;
        restore(state, h);
        QVERIFY(!state.isReplaying());
        QSignalSpy added(&state, &NetworkState::blocksAdded);
        QSignalSpy removed(&state, &NetworkState::blocksRemoved);
        QSignalSpy nodes(&state, &NetworkState::nodeChanged);
        QSignalSpy peers(&state, &NetworkState::peersChanged);
        QSignalSpy federation(&state, &NetworkState::federationChanged);
        QSignalSpy range(&state, &NetworkState::intervalHistoryChanged);
        QSignalSpy validators(&state, &NetworkState::validatorsChanged);
        QSignalSpy moment(&state, &NetworkState::momentChanged);
        QSignalSpy usage(&state, &NetworkState::usageChanged);
        QSignalSpy health(&state, &NetworkState::healthChanged);
        QSignalSpy votes(&state, &NetworkState::pendingVotesChanged);
        QSignalSpy alerts(&state, &NetworkState::alertmanagerAlertsChanged);

        state.present(h, replay::stateAt(h, at(42)));
        QVERIFY(state.isReplaying());
        QCOMPARE(state.highestBlock(), std::optional<quint64>(Tip - 11));
        QCOMPARE(state.blockCount(), 14);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toULongLong(), Tip - 10);
        QCOMPARE(removed.at(0).at(1).toULongLong(), Tip);
        QCOMPARE(added.size(), 0);
        QCOMPARE(state.samples(u"a"_s).size(), 12);
        QCOMPARE(state.samples(u"a"_s).constLast().at, at(45));
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(peers.size(), 2); // the peer lists were not known yet
        QCOMPARE(state.node(u"b"_s)->up.value(), false);
        QCOMPARE(federation.size(), 1);
        QVERIFY(state.federationReplies().isEmpty());
        QCOMPARE(range.size(), 1);
        QCOMPARE(validators.size(), 1);
        QCOMPARE(validators.at(0).at(0).toULongLong(), Tip - 10);
        QCOMPARE(state.currentValidators().size(), 2);
        QCOMPARE(moment.size(), 1);
        QCOMPARE(moment.at(0).at(0).toDateTime(), at(42));
        // Recorded once: unknown at -42 s, where the captured state had them.
        QVERIFY(state.health().isEmpty());
        QVERIFY(state.pendingVotes().isEmpty());
        QVERIFY(!state.alertmanagerAlerts().at.isValid());
        QCOMPARE(state.usage().blockCount(), 12);
        QCOMPARE(state.usage().transactionCount(), quint64(12));
        QCOMPARE(usage.size(), 1);
        QCOMPARE(health.size(), 1);
        QCOMPARE(votes.size(), 1);
        QCOMPARE(alerts.size(), 1);

        // A second later: the same observations, the same blocks: nothing but the moment changes.
        state.present(h, replay::stateAt(h, at(41)));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(added.size(), 0);
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(range.size(), 1);
        QCOMPARE(moment.size(), 2);
        QCOMPARE(alerts.size(), 1);
        // Except the usage: its bucket [-50 s, -40 s) ended at -41 s.
        QCOMPARE(usage.size(), 2);
        QCOMPARE(state.usage().blockCount(), 14);

        // Forward: only the blocks in between come back.
        state.present(h, replay::stateAt(h, at(30)));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toULongLong(), Tip - 10);
        QCOMPARE(added.at(0).at(1).toULongLong(), Tip - 8);
        QCOMPARE(state.highestBlock(), std::optional<quint64>(Tip - 8));

        // Back at the capture: the captured state again.
        state.present(h, replay::stateAt(h, Capture));
        QCOMPARE(state.blockCount(), 25);
        QCOMPARE(state.samples(u"b"_s).size(), h.samples.value(u"b"_s).size());
        QCOMPARE(state.samples(u"b"_s).constLast().at, Capture);
        for (const NodeState &n : h.nodes)
            QVERIFY(replay::sameObservations(*state.node(n.name), n));
        QCOMPARE(state.node(u"a"_s)->peerList.value.size(), 1);
        QCOMPARE(state.federationReplies().size(), 1);
        QCOMPARE(state.intervalHistory().toMs, h.intervalHistory.toMs);
        QCOMPARE(state.validatorHistory(), h.validators);
        QCOMPARE(state.usage().blockCount(), 25);
        QCOMPARE(state.usage().transactionCount(), quint64(25));
        QCOMPARE(state.health().value(u"prometheus"_s).state, SourceHealth::State::Down);
        QCOMPARE(state.pendingVotes(), h.pendingVotes);
        QCOMPARE(state.alertmanagerAlerts().alerts.size(), 1);
        // Reconfiguring ends the replay.
        state.configure(network());
        QVERIFY(!state.isReplaying());
    }
};

QTEST_GUILESS_MAIN(TestStateReplay)
#include "tst_statereplay.moc"

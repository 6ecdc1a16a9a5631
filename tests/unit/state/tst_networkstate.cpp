#include "../../common/statefixtures.h"

#include "core/clock.h"
#include "sources/prometheusfederation.h"
#include "state/collector.h"
#include "state/networkstate.h"
#include "state/ringbuffer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime t0 = QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

chain::BlockHeader header(quint64 number, char fork = 'a')
{
    chain::BlockHeader h;
    h.number = number;
    h.hash = QByteArray(31, fork) + QByteArray(1, static_cast<char>(number & 0xff));
    h.parentHash = QByteArray(31, fork) + QByteArray(1, static_cast<char>((number - 1) & 0xff));
    h.timestamp = static_cast<quint64>(t0.toSecsSinceEpoch()) + number * 4;
    return h;
}

QList<chain::BlockHeader> range(quint64 from, quint64 to, char fork = 'a')
{
    QList<chain::BlockHeader> out;
    for (quint64 n = from; n <= to; ++n)
        out.append(header(n, fork));
    return out;
}

// The lab network with its boot node scraped by Prometheus.
NetworkConfig network()
{
    NetworkConfig n = statefixtures::labNetwork();
    n.nodes.last().prometheusInstance = u"10.0.0.9:9545"_s;
    return n;
}

} // namespace

class TestNetworkState : public QObject
{
    Q_OBJECT
private slots:
    void ringBuffer_data();
    void ringBuffer();
    void configureFromNetwork();
    void vanishedPermissioningCountersAreAbsent();
    void blockHistoryIsBounded();
    void sampleHistoryFollowsWindow();
    void reorgReplacesBlocks();
    void gapsAreReported();
    void freshestWins_data();
    void freshestWins();
    void rpcStatusSignals();
    void validatorHistoryStoresChanges();
    void prometheusMapping();
    void prometheusMappingWithSkewedServer();
    void staleAfterDefault();
};

void TestNetworkState::ringBuffer_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appended");
    QTest::newRow("under") << 5 << 3;
    QTest::newRow("exact") << 5 << 5;
    QTest::newRow("wrapped") << 5 << 13;
    QTest::newRow("zero capacity") << 0 << 4;
}

void TestNetworkState::ringBuffer()
{
    QFETCH(int, capacity);
    QFETCH(int, appended);
    RingBuffer<int> ring(capacity);
    for (int i = 0; i < appended; ++i)
        ring.append(i);
    QCOMPARE(ring.size(), qMin(capacity, appended));
    QList<int> expected;
    for (int i = qMax(0, appended - capacity); i < appended; ++i)
        expected.append(i);
    QCOMPARE(ring.toList(), expected);
    ring.setCapacity(2);
    QCOMPARE(ring.toList(), expected.mid(qMax<qsizetype>(0, expected.size() - 2)));
}

// Besu stops exporting the counters when permissioning is switched off; a level 2 keeps their last sample for its
// lookback, so they look merely old. With the node's `up` fresh they are absent, which the permissioning-off rule needs.
void TestNetworkState::vanishedPermissioningCountersAreAbsent()
{
    ManualClock clock(t0);
    NetworkState state(&clock);
    state.configure(network()); // scrape 5 s
    PrometheusNodeFigures p;
    p.at = t0;
    p.up = true;
    p.upAt = t0.addSecs(-3);
    p.permissioningQueried = true;
    p.permissioningChecks = 42;
    p.permissioningChecksAt = t0.addSecs(-6); // one scrape behind `up`: still exported
    state.applyPrometheus(u"validator01"_s, p);
    QCOMPARE(state.node(u"validator01"_s)->permissioningChecks.value, std::optional<double>(42));
    p.permissioningChecksAt = t0.addSecs(-60); // the same sample, a minute behind a fresh `up`
    state.applyPrometheus(u"validator01"_s, p);
    const NodeState *n = state.node(u"validator01"_s);
    QVERIFY(n->permissioningChecks.isSet());
    QVERIFY(!n->permissioningChecks.value.has_value());
    QCOMPARE(n->permissioningChecks.at, p.upAt);
}

void TestNetworkState::configureFromNetwork()
{
    ManualClock clock(t0);
    NetworkState state(&clock);
    NetworkConfig n = network();
    n.polling.historyHours = 1;
    state.configure(n);
    QCOMPARE(state.nodeNames().size(), 5);
    QCOMPARE(state.blockCapacity(), 900); // 1 h at 4 s
    QCOMPARE(state.node(u"boot01"_s)->type, NodeType::Boot);
    QVERIFY(!state.tip());
}

// The node sample rings cover the history window: a day by default, shorter when asked (the kiosk soak fills them
// within its warm-up); shrinking keeps the newest samples.
void TestNetworkState::sampleHistoryFollowsWindow()
{
    ManualClock clock(t0);
    NetworkState state(&clock);
    NetworkConfig n = network();
    n.polling.nodeStatusMs = 5000;
    n.polling.historyHours = 1;
    state.configure(n);
    QCOMPARE(state.historyWindowMs(), 3600000);
    NodeRpcStatus s;
    s.node = u"validator01"_s;
    s.reachable = true;
    for (int i = 0; i < 30; ++i) {
        clock.advance(5000);
        s.at = clock.now();
        s.blockNumber = quint64(100 + i);
        state.applyRpcStatus(s);
    }
    QCOMPARE(state.samples(u"validator01"_s).size(), 30); // an hour holds 720
    state.setHistoryWindow(60000); // one minute: 12 polls
    QList<NodeSample> kept = state.samples(u"validator01"_s);
    QCOMPARE(kept.size(), 12);
    QCOMPARE(kept.first().height, 118ull);
    QCOMPARE(kept.last().height, 129ull);
    for (int i = 0; i < 50; ++i) {
        clock.advance(5000);
        s.at = clock.now();
        s.blockNumber = *s.blockNumber + 1;
        state.applyRpcStatus(s);
    }
    QCOMPARE(state.samples(u"validator01"_s).size(), 12);
    QCOMPARE(state.samples(u"validator01"_s).last().height, 179ull);
}

void TestNetworkState::blockHistoryIsBounded()
{
    ManualClock clock(t0);
    NetworkState state(&clock);
    state.configure(network());
    state.setBlockCapacity(100);
    QSignalSpy added(&state, &NetworkState::blocksAdded);
    QSignalSpy removed(&state, &NetworkState::blocksRemoved);
    QSignalSpy one(&state, &NetworkState::blockAdded);
    state.addBlocks(range(1, 150));
    QCOMPARE(state.blockCount(), 100);
    QCOMPARE(*state.lowestBlock(), quint64(51));
    QCOMPARE(*state.highestBlock(), quint64(150));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(0).toULongLong(), 1ull);
    QCOMPARE(added.first().at(1).toULongLong(), 150ull);
    QCOMPARE(one.size(), 150);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toULongLong(), 50ull);
    // Older than the full window: ignored. Duplicates: no signal.
    state.addBlocks(range(10, 12));
    state.addBlocks(range(140, 150));
    QCOMPARE(state.blockCount(), 100);
    QCOMPARE(added.size(), 1);
    QCOMPARE(state.tip(), std::optional<quint64>(150));
}

void TestNetworkState::reorgReplacesBlocks()
{
    NetworkState state;
    state.configure(network());
    state.addBlocks(range(1, 20));
    QSignalSpy removed(&state, &NetworkState::blocksRemoved);
    state.addBlocks({header(15, 'b')});
    QCOMPARE(*state.highestBlock(), quint64(15));
    QCOMPARE(state.block(15)->header.hash, header(15, 'b').hash);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).toULongLong(), 15ull);
    QCOMPARE(removed.first().at(1).toULongLong(), 20ull);
    state.dropBlocksFrom(10);
    QCOMPARE(*state.highestBlock(), quint64(9));
}

void TestNetworkState::gapsAreReported()
{
    NetworkState state;
    state.configure(network());
    state.addBlocks(range(1, 5));
    state.addBlocks(range(9, 10));
    state.addBlocks({header(20)});
    const auto gaps = state.gaps();
    QCOMPARE(gaps.size(), 2);
    QCOMPARE(gaps[0], (std::pair<quint64, quint64>(6, 8)));
    QCOMPARE(gaps[1], (std::pair<quint64, quint64>(11, 19)));
    state.addBlocks(range(6, 19));
    QVERIFY(state.gaps().isEmpty());
    QCOMPARE(state.blocks(3, 7).size(), 5);
}

void TestNetworkState::freshestWins_data()
{
    QTest::addColumn<int>("rpcAgeS");
    QTest::addColumn<int>("promAgeS");
    QTest::addColumn<int>("expectedSource");
    QTest::addColumn<quint64>("expectedHeight");
    QTest::newRow("rpc fresher") << 1 << 20 << int(FigureSource::Rpc) << quint64(500);
    QTest::newRow("prometheus fresher") << 30 << 2 << int(FigureSource::Prometheus) << quint64(498);
    QTest::newRow("tie goes to rpc") << 5 << 5 << int(FigureSource::Rpc) << quint64(500);
}

void TestNetworkState::freshestWins()
{
    QFETCH(int, rpcAgeS);
    QFETCH(int, promAgeS);
    QFETCH(int, expectedSource);
    QFETCH(quint64, expectedHeight);
    ManualClock clock(t0);
    NetworkState state(&clock);
    state.configure(network());
    NodeRpcStatus s;
    s.node = u"validator01"_s;
    s.reachable = true;
    s.at = t0.addSecs(-rpcAgeS);
    s.blockNumber = 500;
    s.peerCount = 3;
    state.applyRpcStatus(s);
    PrometheusNodeFigures p;
    p.at = t0.addSecs(-promAgeS);
    p.height = 498;
    p.peers = 4;
    p.peerLimit = 25;
    p.up = true;
    QSignalSpy changed(&state, &NetworkState::nodeChanged);
    state.applyPrometheus(u"validator01"_s, p);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toString(), u"validator01"_s);
    const NodeState *n = state.node(u"validator01"_s);
    QCOMPARE(int(n->height.source()), expectedSource);
    QCOMPARE(n->height.value(), expectedHeight);
    // Both stay visible.
    QCOMPARE(n->height.rpc.value, quint64(500));
    QCOMPARE(n->height.prometheus.value, quint64(498));
    QCOMPARE(n->height.ageMs(t0), qint64(qMin(rpcAgeS, promAgeS)) * 1000);
    QCOMPARE(int(n->peerLimit.source()), int(FigureSource::Prometheus));
    QCOMPARE(n->peerLimit.value(), 25);
}

void TestNetworkState::rpcStatusSignals()
{
    ManualClock clock(t0);
    NetworkState state(&clock);
    state.configure(network());
    state.addBlocks(range(1, 10));
    QSignalSpy changed(&state, &NetworkState::nodeChanged);
    QSignalSpy peers(&state, &NetworkState::peersChanged);
    QSignalSpy votes(&state, &NetworkState::pendingVotesChanged);
    QSignalSpy validators(&state, &NetworkState::validatorsChanged);
    NodeRpcStatus s;
    s.node = u"validator02"_s;
    s.reachable = true;
    s.at = t0;
    s.blockNumber = 10;
    s.peers = QList<besu::PeerInfo> {besu::PeerInfo {u"0xab"_s, {}, {}, {}, {}, u"1.2.3.4:30303"_s, true, {}}};
    s.pendingVotes = besu::PendingVotes {{u"0x42d4287eac8078828cf5f3486cfe601a275a49a5"_s, true}};
    s.validators = QStringList {u"0xB"_s, u"0xa"_s};
    s.validatorsBlock = 10;
    s.disabledNamespaces = {u"perm"_s};
    state.applyRpcStatus(s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(peers.size(), 1);
    QCOMPARE(votes.size(), 1);
    QCOMPARE(validators.size(), 1);
    const NodeState *n = state.node(u"validator02"_s);
    QCOMPARE(n->headTime.value(), QDateTime::fromSecsSinceEpoch(static_cast<qint64>(header(10).timestamp), Qt::UTC));
    QCOMPARE(n->peerList.value.first().inbound, std::optional<bool>(true));
    QCOMPARE(n->disabledNamespaces, QStringList {u"perm"_s});
    QCOMPARE(state.currentValidators(), (QStringList {u"0xa"_s, u"0xb"_s}));
    QCOMPARE(state.samples(u"validator02"_s).size(), 1);
    // Same peers again: no peersChanged; unreachable: up goes false.
    state.applyRpcStatus(s);
    QCOMPARE(peers.size(), 1);
    NodeRpcStatus down;
    down.node = u"validator02"_s;
    down.at = t0.addSecs(5);
    down.transportError = {jsonrpc::Error::Kind::Transport, 0, u"connection refused"_s};
    state.applyRpcStatus(down);
    QVERIFY(!state.node(u"validator02"_s)->up.value());
    QCOMPARE(state.node(u"validator02"_s)->lastRpcError, u"connection refused"_s);

    QSignalSpy health(&state, &NetworkState::healthChanged);
    SourceHealth h;
    h.state = SourceHealth::State::Ok;
    state.setHealth(u"rpc:validator02"_s, h);
    state.setHealth(u"rpc:validator02"_s, h);
    QCOMPARE(health.size(), 1);
}

void TestNetworkState::validatorHistoryStoresChanges()
{
    NetworkState state;
    state.configure(network());
    const QStringList a {u"0x1"_s, u"0x2"_s};
    const QStringList b {u"0x1"_s, u"0x2"_s, u"0x3"_s};
    state.setValidators(100, a);
    state.setValidators(105, a); // unchanged: not stored
    state.setValidators(110, b);
    QCOMPARE(state.validatorHistory().size(), 2);
    QCOMPARE(state.validatorsAt(99), QStringList {});
    QCOMPARE(state.validatorsAt(107), a);
    QCOMPARE(state.validatorsAt(110), b);
    QCOMPARE(state.validatorsAt(1000), b);
}

namespace {

// One poll's results in promQueries() order: for each figure the value query, then its timestamp() twin. `series`
// gives per figure the labels, value and sample age (ms) by the server's clock at `serverNowMs`.
struct FakeSeries
{
    PromLabels labels;
    double value;
    qint64 ageMs;
};

PromPollResult pollOf(const QList<QList<FakeSeries>> &perFigure, qint64 serverNowMs)
{
    PromPollResult r;
    r.ok = true;
    for (const QList<FakeSeries> &figure : perFigure) {
        PromQueryResult values;
        values.ok = true;
        values.type = PromQueryResult::Type::Vector;
        PromQueryResult times = values;
        for (const FakeSeries &fs : figure) {
            PromLabels named = fs.labels;
            named.insert(u"__name__"_s, u"metric"_s);
            values.series.append({named, {{serverNowMs, fs.value}}});
            times.series.append({fs.labels, {{serverNowMs, double(serverNowMs - fs.ageMs) / 1000.0}}});
        }
        r.results << values << times;
    }
    return r;
}

} // namespace

void TestNetworkState::prometheusMapping()
{
    const NetworkConfig n = network();
    const QStringList queries = Collector::promQueries(u"rbb"_s);
    QCOMPARE(queries.size(), 2 * int(Collector::PromFigureCount));
    QCOMPARE(queries.at(0), u"ethereum_blockchain_height{job=\"rbb\"}"_s);
    QCOMPARE(queries.at(1), u"timestamp(ethereum_blockchain_height{job=\"rbb\"})"_s);
    QCOMPARE(queries.at(2 * Collector::PromHeadTime), u"besu_blockchain_chain_head_timestamp{job=\"rbb\"}"_s);
    QCOMPARE(Collector::promQueries(QString()).at(9), u"timestamp(up)"_s);
    // A job name from the profile is escaped, never spliced (promql::jobSelector).
    QCOMPARE(Collector::promQueries(u"r\"b\\"_s).at(0), u"ethereum_blockchain_height{job=\"r\\\"b\\\\\"}"_s);

    const PromLabels v3 {{u"node"_s, u"validator03"_s}, {u"job"_s, u"rbb"_s}};
    const PromLabels boot {{u"instance"_s, u"10.0.0.9:9545"_s}, {u"job"_s, u"rbb"_s}};
    const PromLabels unknown {{u"node"_s, u"elsewhere"_s}};
    const qint64 now = t0.toMSecsSinceEpoch();
    const double head = double(t0.toSecsSinceEpoch() - 6);
    const auto r = pollOf({{{v3, 1234, 2000}, {boot, 1234, 2000}, {unknown, 1, 0}}, {{v3, 6, 2000}, {boot, 5, 2000}},
                              {{v3, 25, 2000}}, {{v3, 1, 2000}}, {{v3, 1, 1000}, {boot, 0, 1000}}, {{v3, head, 2000}}},
        now);
    const auto figures = Collector::mapPrometheus(n, r, now);
    QCOMPARE(figures.size(), 2);
    const auto f = figures.value(u"validator03"_s);
    QCOMPARE(f.height, std::optional<quint64>(1234));
    QCOMPARE(f.heightAt, t0.addMSecs(-2000));
    QCOMPARE(f.peers, std::optional<int>(6));
    QCOMPARE(f.peerLimit, std::optional<int>(25));
    QCOMPARE(f.inSync, std::optional<bool>(true));
    QCOMPARE(f.up, std::optional<bool>(true));
    QCOMPARE(f.upAt, t0.addMSecs(-1000));
    QCOMPARE(f.headTime, std::optional<QDateTime>(t0.addSecs(-6)));
    QCOMPARE(f.at, t0.addMSecs(-1000)); // the newest of the figures
    QCOMPARE(figures.value(u"boot01"_s).up, std::optional<bool>(false));
}

void TestNetworkState::prometheusMappingWithSkewedServer()
{
    // The level 2's clock runs 10 minutes ahead. A node died 40 s ago (by the server's clock): its height and head
    // timestamp stay on level 2 with their old sample time while `up` of its level 1 job is current... or, when the
    // level 1 itself died, nothing is current. Ages must come out as 40 s and 3 s, not "10 minutes in the future".
    ManualClock clock(t0);
    NetworkState state(&clock);
    state.configure(network());
    const qint64 localNow = t0.toMSecsSinceEpoch();
    const qint64 serverNow = localNow + 600'000;
    const PromLabels v1 {{u"node"_s, u"validator01"_s}};
    const double headOnServer = double(serverNow - 44'000) / 1000.0; // its last block, 4 s before it died
    const auto r = pollOf({{{v1, 900, 40'000}}, {{v1, 3, 40'000}}, {{v1, 25, 40'000}}, {{v1, 1, 40'000}},
                              {{v1, 1, 3'000}}, {{v1, headOnServer, 40'000}}},
        serverNow);
    const auto figures = Collector::mapPrometheus(state.network(), r, localNow);
    state.applyPrometheus(u"validator01"_s, figures.value(u"validator01"_s));
    const NodeState *n = state.node(u"validator01"_s);
    QCOMPARE(n->height.ageMs(t0), qint64(40'000));
    QCOMPARE(n->peers.ageMs(t0), qint64(40'000));
    QCOMPARE(n->up.ageMs(t0), qint64(3'000));
    QCOMPARE(n->headTime.prometheus.value, t0.addSecs(-44)); // on the local clock
    QCOMPARE(n->headTime.ageMs(t0), qint64(40'000));
    // The head time is older than the stale threshold: analysis/health takes the tip's age as unknown, not 44 s
    // (tst_health covers the judgement).

    // A series without its timestamp() twin (an older server) is taken as of the evaluation time.
    PromPollResult bare = r;
    for (int q = 1; q < bare.results.size(); q += 2)
        bare.results[q].ok = false;
    const auto bareFigures = Collector::mapPrometheus(state.network(), bare, localNow);
    QCOMPARE(bareFigures.value(u"validator01"_s).heightAt, t0);
}

void TestNetworkState::staleAfterDefault()
{
    NetworkConfig n;
    QCOMPARE(staleAfterSeconds(n), 15.0); // JSON-RPC only: three 5 s status polls
    n.prometheus.append({u"l2"_s, QUrl(u"http://127.0.0.1:9090"_s), {}, {}});
    QCOMPARE(staleAfterSeconds(n), 25.0); // RBB: scrape 5 s + federation 15 s + 5 s
    n.federation.scrapeIntervalSeconds = 1;
    n.federation.federationIntervalSeconds = 3;
    QCOMPARE(staleAfterSeconds(n), 15.0); // never below three status polls
    n.polling.nodeStatusMs = 1000;
    QCOMPARE(staleAfterSeconds(n), 9.0);
    n.health.staleAfterSeconds = 5;
    QCOMPARE(staleAfterSeconds(n), 5.0);
}

QTEST_GUILESS_MAIN(TestNetworkState)
#include "tst_networkstate.moc"

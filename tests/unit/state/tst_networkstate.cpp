#include "core/clock.h"
#include "sources/prometheusfederation.h"
#include "state/collector.h"
#include "state/networkstate.h"
#include "state/ringbuffer.h"
#include "state/statuscommand.h"

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

NetworkConfig network()
{
    NetworkConfig n;
    n.name = u"lab"_s;
    n.blockPeriodSeconds = 4;
    for (int i = 1; i <= 4; ++i) {
        NodeConfig node;
        node.name = u"validator0%1"_s.arg(i);
        node.type = NodeType::Validator;
        node.institution = u"inst%1"_s.arg(i);
        n.nodes.append(node);
    }
    NodeConfig boot;
    boot.name = u"boot01"_s;
    boot.type = NodeType::Boot;
    boot.prometheusInstance = u"10.0.0.9:9545"_s;
    n.nodes.append(boot);
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
    void blockHistoryIsBounded();
    void reorgReplacesBlocks();
    void gapsAreReported();
    void freshestWins_data();
    void freshestWins();
    void rpcStatusSignals();
    void validatorHistoryStoresChanges();
    void prometheusMapping();
    void verdicts_data();
    void verdicts();
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

void TestNetworkState::prometheusMapping()
{
    const NetworkConfig n = network();
    PromPollResult r;
    r.ok = true;
    const QStringList queries = Collector::promQueries(u"rbb"_s);
    QCOMPARE(queries.first(), u"ethereum_blockchain_height{job=\"rbb\"}"_s);
    const double values[5] = {1234, 6, 25, 1, 1};
    for (int q = 0; q < 5; ++q) {
        PromQueryResult res;
        res.ok = true;
        res.type = PromQueryResult::Type::Vector;
        PromSeries byNode;
        byNode.labels = {{u"node"_s, u"validator03"_s}, {u"job"_s, u"rbb"_s}};
        byNode.samples = {{t0.toMSecsSinceEpoch(), values[q]}};
        PromSeries byInstance;
        byInstance.labels = {{u"instance"_s, u"10.0.0.9:9545"_s}};
        byInstance.samples = {{t0.toMSecsSinceEpoch(), q == 4 ? 0.0 : values[q]}};
        PromSeries unknown;
        unknown.labels = {{u"node"_s, u"elsewhere"_s}};
        unknown.samples = {{t0.toMSecsSinceEpoch(), 1}};
        res.series = {byNode, byInstance, unknown};
        r.results.append(res);
    }
    const auto figures = Collector::mapPrometheus(n, r, t0.toMSecsSinceEpoch());
    QCOMPARE(figures.size(), 2);
    const auto v3 = figures.value(u"validator03"_s);
    QCOMPARE(v3.height, std::optional<quint64>(1234));
    QCOMPARE(v3.peers, std::optional<int>(6));
    QCOMPARE(v3.peerLimit, std::optional<int>(25));
    QCOMPARE(v3.inSync, std::optional<bool>(true));
    QCOMPARE(v3.up, std::optional<bool>(true));
    QCOMPARE(v3.at, t0);
    QCOMPARE(figures.value(u"boot01"_s).up, std::optional<bool>(false));
}

void TestNetworkState::verdicts_data()
{
    QTest::addColumn<int>("validatorsUp");
    QTest::addColumn<quint64>("lagging");
    QTest::addColumn<qint64>("tipAgeMs");
    QTest::addColumn<int>("expected");
    QTest::newRow("all fine") << 4 << quint64(0) << qint64(3000) << int(StatusOk);
    QTest::newRow("one validator down") << 3 << quint64(0) << qint64(3000) << int(StatusWarning);
    QTest::newRow("lagging node") << 4 << quint64(40) << qint64(3000) << int(StatusWarning);
    QTest::newRow("quorum lost") << 2 << quint64(0) << qint64(3000) << int(StatusCritical);
    QTest::newRow("chain stopped") << 4 << quint64(0) << qint64(600000) << int(StatusCritical);
}

void TestNetworkState::verdicts()
{
    QFETCH(int, validatorsUp);
    QFETCH(quint64, lagging);
    QFETCH(qint64, tipAgeMs);
    QFETCH(int, expected);
    NetworkState state;
    state.configure(network());
    const QStringList names = state.nodeNames();
    for (int i = 0; i < names.size(); ++i) {
        NodeRpcStatus s;
        s.node = names[i];
        s.at = t0;
        const bool isValidator = state.node(names[i])->type == NodeType::Validator;
        s.reachable = !isValidator || i < validatorsUp;
        s.blockNumber = names[i] == u"boot01" ? 1000 - lagging : 1000;
        if (!s.reachable)
            s.transportError = {jsonrpc::Error::Kind::Transport, 0, u"refused"_s};
        state.applyRpcStatus(s);
    }
    const StatusVerdict v = judgeStatus(state, tipAgeMs);
    QCOMPARE(int(v.code), expected);
    QCOMPARE(v.problems.isEmpty(), expected == StatusOk);
}

QTEST_GUILESS_MAIN(TestNetworkState)
#include "tst_networkstate.moc"

// The incident rules on plain values with an injected time: each rule on the JSON-RPC path and the federation-only
// path, staleness (Unknown, never a halt), and chains sealed as Besu seals them (QbftRound.importBlockToChain puts the
// quorum of commit seals its importer had into the block) for the signing-based rules.

#include "../itemmodels/tst_validatorfixtures.h"
#include "../../common/statefixtures.h"

#include "analysis/validatoranalysis.h"
#include "core/clock.h"
#include "incidents/rules.h"
#include "state/networkstate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fixtures::Simulation;
using statefixtures::reportAll;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

// RBB's timing: 4 s blocks, 8 s round timeout (halt limit 13 s), 5 s node polls, level 1 every 5 s, level 2 every 15 s.
NetworkConfig rbbLike(int validators = 4)
{
    NetworkConfig n;
    n.name = u"lab"_s;
    n.blockPeriodSeconds = 4;
    n.requestTimeoutSeconds = 8;
    for (int i = 1; i <= validators; ++i) {
        n.institutions.append({u"inst%1"_s.arg(i), u"Institution %1"_s.arg(i), u"org%1"_s.arg(i)});
        NodeConfig v;
        v.name = u"validator0%1"_s.arg(i);
        v.type = NodeType::Validator;
        v.institution = u"inst%1"_s.arg(i);
        n.nodes.append(v);
    }
    for (int i = 1; i <= 2; ++i) {
        NodeConfig b;
        b.name = u"boot0%1"_s.arg(i);
        b.type = NodeType::Boot;
        b.institution = u"inst%1"_s.arg(i);
        n.nodes.append(b);
    }
    return n;
}

NodeState nodeOf(const NetworkConfig &network, const QString &name)
{
    const NodeConfig *c = network.node(name);
    NodeState s;
    s.name = name;
    s.type = c->type;
    s.institution = c->institution;
    s.address = c->address;
    s.configuredEnode = c->enode;
    return s;
}

// A node answering JSON-RPC at `at` with its head `height` made at `headTime`.
void rpcUp(NodeState &n, quint64 height, const QDateTime &headTime, const QDateTime &at, int peers = 5)
{
    n.up.rpc = {true, at};
    n.height.rpc = {height, at};
    n.headTime.rpc = {headTime, at};
    n.peers.rpc = {peers, at};
    n.syncing.rpc = {false, at};
}

void rpcDown(NodeState &n, const QDateTime &at)
{
    n.up.rpc = {false, at};
}

// The same node as level 2 shows it: a federated sample taken at `sampleAt`.
void level2(NodeState &n, quint64 height, const QDateTime &headTime, const QDateTime &sampleAt, bool up = true)
{
    n.up.prometheus = {up, sampleAt};
    if (up) {
        n.height.prometheus = {height, sampleAt};
        n.headTime.prometheus = {headTime, sampleAt};
        n.peers.prometheus = {5, sampleAt};
    }
}

RuleInput inputOf(const NetworkConfig &network, const QList<NodeState> &nodes, const QDateTime &now,
    const QList<analysis::BlockRecord> &analysed = {})
{
    RuleInput in;
    in.network = network;
    in.nodes = nodes;
    in.now = now;
    in.verdict = judgeNetwork(network, nodes, {}, analysed, {}, now);
    return in;
}

QList<NodeState> allUp(const NetworkConfig &network, quint64 height, const QDateTime &headTime, const QDateTime &at)
{
    QList<NodeState> nodes;
    for (const NodeConfig &c : network.nodes) {
        NodeState n = nodeOf(network, c.name);
        rpcUp(n, height, headTime, at);
        nodes << n;
    }
    return nodes;
}

QList<Detection> ofRule(const QList<Detection> &all, const char *rule)
{
    QList<Detection> out;
    for (const Detection &d : all) {
        if (d.rule == QLatin1String(rule))
            out << d;
    }
    return out;
}

NodeState &named(QList<NodeState> &nodes, const QString &name)
{
    for (NodeState &n : nodes) {
        if (n.name == name)
            return n;
    }
    qFatal("no node %s", qPrintable(name));
}

QStringList keysAbove(const QList<Detection> &all, HealthLevel below)
{
    QStringList keys;
    for (const Detection &d : all) {
        if (int(d.level) > int(below))
            keys << d.key();
    }
    keys.sort();
    return keys;
}

bool settle(NetworkState &state)
{
    return QTest::qWaitFor([&] { return !BlockAnalysisCache::of(&state)->isBusy(); }, 60000);
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    void chainHaltedViaRpc_data();
    void chainHaltedViaRpc();
    void chainHaltedViaLevel2Only();
    void chainHaltedEmptyBlockPeriod();
    void quorumFromNodeStatus();
    void signingRulesOnSealedChain_data();
    void signingRulesOnSealedChain();
    void validatorDownWhileHalted();
    void staleValidatorIsUnknown();
    void nodeDisconnected();
    void nodeLagging();
    void permissioningOff();
    void observerBootAcceptsTransactions();
    void monitoringBlind();
    void observerAccess();
    void alertmanagerAlerts();
    void intervalBudget();
    void healthyNetworkRaisesNothing();
};

void TestRules::chainHaltedViaRpc_data()
{
    QTest::addColumn<int>("stallSeconds");
    QTest::addColumn<bool>("halted");
    QTest::newRow("one block period") << 4 << false;
    // One proposer down: a round change makes a 12 s interval at RBB (Besu's QbftBlockHeightManager: round 0 starts
    // with the block timer, the missing proposer costs the 8 s request timeout on top).
    QTest::newRow("one round change") << 12 << false;
    QTest::newRow("past the limit") << 14 << true;
    QTest::newRow("long halt") << 120 << true;
}

void TestRules::chainHaltedViaRpc()
{
    QFETCH(int, stallSeconds);
    QFETCH(bool, halted);
    const NetworkConfig network = rbbLike();
    // The head was made `stallSeconds` before the latest poll, which answered 1 s ago.
    const QDateTime now = t0;
    const QList<NodeState> nodes = allUp(network, 100, now.addSecs(-1 - stallSeconds), now.addSecs(-1));
    const QList<Detection> found = ofRule(rules::chainHalted(inputOf(network, nodes, now)), Rules::ChainHalted);
    QCOMPARE(found.size(), halted ? 1 : 0);
    if (halted) {
        const Detection &d = found.first();
        QCOMPARE(d.key(), u"chain-halted"_s);
        QCOMPARE(d.level, HealthLevel::Critical);
        QCOMPARE(d.severity, IncidentSeverity::CriticalIncident);
        QCOMPARE(d.path, u"rpc"_s);
        QCOMPARE(d.figures.value(u"knownStallMs"_s).toInteger(), qint64(stallSeconds) * 1000);
        QCOMPARE(d.figures.value(u"limitMs"_s).toInteger(), qint64(13000));
        QVERIFY2(d.evidence.contains(u"100"_s), qPrintable(d.evidence));
        QVERIFY(!d.title.isEmpty());
        QCOMPARE(d.institutions.size(), 4);
    }
}

void TestRules::chainHaltedViaLevel2Only()
{
    NetworkConfig network = rbbLike();
    network.prometheus.append({u"l2"_s, QUrl(u"http://127.0.0.1:1"_s), {}, {}});
    const QDateTime now = t0;
    auto viaLevel2 = [&](int headAgeAtSample, int sampleAge) {
        QList<NodeState> nodes;
        for (const NodeConfig &c : network.nodes) {
            NodeState n = nodeOf(network, c.name);
            const QDateTime sampleAt = now.addSecs(-sampleAge);
            level2(n, 100, sampleAt.addSecs(-headAgeAtSample), sampleAt);
            nodes << n;
        }
        return rules::chainHalted(inputOf(network, nodes, now));
    };
    // A healthy chain as a level 2 federating every 15 s shows it: the sample is 18 s old and its head was 3 s old
    // when sampled, so the head is 21 s old now. The known stall is 3 s: no halt (a head-age rule would false-alarm).
    QVERIFY(viaLevel2(3, 18).isEmpty());
    // A halt seen through level 2: when sampled 10 s ago the head had not moved for 14 s.
    const QList<Detection> halt = viaLevel2(14, 10);
    QCOMPARE(halt.size(), 1);
    QCOMPARE(halt.first().level, HealthLevel::Critical);
    QCOMPARE(halt.first().path, u"prometheus"_s);
    QVERIFY2(halt.first().evidence.contains(u"level-2"_s), qPrintable(halt.first().evidence));
    // A stale level 2 (sample 40 s old, beyond 25 s): unknown, never a halt, whatever the head's age.
    const QList<Detection> stale = viaLevel2(100, 40);
    QCOMPARE(stale.size(), 1);
    QCOMPARE(stale.first().level, HealthLevel::Unknown);
    QCOMPARE(stale.first().path, u"prometheus"_s);
    // Nothing observed at all: unknown as well.
    QList<NodeState> blind;
    for (const NodeConfig &c : network.nodes)
        blind << nodeOf(network, c.name);
    const QList<Detection> none = rules::chainHalted(inputOf(network, blind, now));
    QCOMPARE(none.size(), 1);
    QCOMPARE(none.first().level, HealthLevel::Unknown);
}

void TestRules::chainHaltedEmptyBlockPeriod()
{
    // With emptyblockperiodseconds 20 and an empty pool a block comes every 20 s: the limit is 20 + 8 + 1 = 29 s.
    NetworkConfig network = rbbLike();
    network.emptyBlockPeriodSeconds = 20;
    const QList<NodeState> quiet = allUp(network, 100, t0.addSecs(-26), t0.addSecs(-1));
    QVERIFY(rules::chainHalted(inputOf(network, quiet, t0)).isEmpty());
    const QList<NodeState> halted = allUp(network, 100, t0.addSecs(-31), t0.addSecs(-1));
    const QList<Detection> found = rules::chainHalted(inputOf(network, halted, t0));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().figures.value(u"limitMs"_s).toInteger(), qint64(29000));
}

void TestRules::quorumFromNodeStatus()
{
    // No analysed block (the federation-only view): the quorum is judged from the validators' up/down verdicts.
    const NetworkConfig network = rbbLike(4); // quorum 3
    QList<NodeState> nodes = allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1));
    QVERIFY(rules::quorum(inputOf(network, nodes, t0)).isEmpty());

    rpcDown(named(nodes, u"validator01"_s), t0.addSecs(-1));
    QList<Detection> found = rules::quorum(inputOf(network, nodes, t0));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key(), u"fault-margin-zero"_s);
    QCOMPARE(found.first().level, HealthLevel::Warning);
    QVERIFY(found.first().nodes.contains(u"validator01"_s));

    // Two validators go away: quorum lost at once, while the tip is still fresh and fine (before the chain visibly
    // stops).
    rpcDown(named(nodes, u"validator02"_s), t0.addSecs(-1));
    const RuleInput in = inputOf(network, nodes, t0);
    QCOMPARE(in.verdict.tipBlock.level, HealthLevel::Ok);
    found = rules::quorum(in);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key(), u"quorum-lost"_s);
    QCOMPARE(found.first().level, HealthLevel::Critical);
    QCOMPARE(found.first().severity, IncidentSeverity::CriticalIncident);
    QCOMPARE(found.first().nodes, (QStringList {u"validator01"_s, u"validator02"_s}));
    QCOMPARE(found.first().institutions, (QStringList {u"inst1"_s, u"inst2"_s}));
    QCOMPARE(found.first().figures.value(u"active"_s).toInt(), 2);

    // Two validators unknown (stale figures) and two up: the quorum may hold; unknown, never lost.
    QList<NodeState> blind = allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1));
    rpcUp(named(blind, u"validator03"_s), 99, t0.addSecs(-60), t0.addSecs(-60));
    rpcUp(named(blind, u"validator04"_s), 99, t0.addSecs(-60), t0.addSecs(-60));
    found = rules::quorum(inputOf(network, blind, t0));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key(), u"quorum-lost"_s);
    QCOMPARE(found.first().level, HealthLevel::Unknown);
}

void TestRules::signingRulesOnSealedChain_data()
{
    QTest::addColumn<QList<int>>("down");
    QTest::addColumn<QList<int>>("silent");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("healthy") << QList<int> {} << QList<int> {} << QStringList {};
    QTest::newRow("one down") << QList<int> {1} << QList<int> {}
                              << QStringList {u"fault-margin-zero"_s, u"validator-down/validator02"_s};
    QTest::newRow("one out of consensus")
        << QList<int> {} << QList<int> {1}
        << QStringList {u"fault-margin-zero"_s, u"validator-out-of-consensus/validator02"_s};
    // Two stop answering right now: their seals are still in the window, but known down they do not count.
    QTest::newRow("two down") << QList<int> {1, 2} << QList<int> {}
                              << QStringList {u"quorum-lost"_s, u"validator-down/validator02"_s,
                                     u"validator-down/validator03"_s};
}

void TestRules::signingRulesOnSealedChain()
{
    QFETCH(QList<int>, down);
    QFETCH(QList<int>, silent);
    QFETCH(QStringList, expected);
    Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(4); };
    sim.quorumOnly = true;
    sim.neverSeals = [=](quint64 n, int v) { return silent.contains(v) && n > 100; };
    sim.to = 200;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp), Qt::UTC).addSecs(1);
    ManualClock clock(now);
    NetworkState state(&clock);
    state.configure(fixtures::network(4));
    state.addBlocks(blocks);
    reportAll(state, 200, now, QSet<int>(down.cbegin(), down.cend()));
    QVERIFY(settle(state));

    const QList<Detection> all = evaluateRules(state, now);
    QCOMPARE(keysAbove(all, HealthLevel::Unknown), expected);
    // The tip is fresh (1 s): no halt, and never an unknown one either.
    QVERIFY(ofRule(all, Rules::ChainHalted).isEmpty());
}

void TestRules::validatorDownWhileHalted()
{
    const NetworkConfig network = rbbLike();
    QList<NodeState> nodes = allUp(network, 100, t0.addSecs(-40), t0.addSecs(-1));
    rpcDown(named(nodes, u"validator03"_s), t0.addSecs(-1));
    const QList<Detection> found = ofRule(rules::validators(inputOf(network, nodes, t0)), Rules::ValidatorDown);
    QCOMPARE(found.size(), 1);
    // The halt covers it: held, neither raised nor cleared.
    QCOMPARE(found.first().level, HealthLevel::Unknown);
    QCOMPARE(found.first().path, u"rpc"_s);
}

void TestRules::staleValidatorIsUnknown()
{
    const NetworkConfig network = rbbLike();
    QList<NodeState> nodes = allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1));
    // validator04 last seen down 60 s ago through level 2: stale, so unknown (and it says which path).
    NodeState &v4 = named(nodes, u"validator04"_s);
    v4 = nodeOf(network, u"validator04"_s);
    level2(v4, 0, {}, t0.addSecs(-60), false);
    const QList<Detection> found = ofRule(rules::validators(inputOf(network, nodes, t0)), Rules::ValidatorDown);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key(), u"validator-down/validator04"_s);
    QCOMPARE(found.first().level, HealthLevel::Unknown);
    QCOMPARE(found.first().path, u"prometheus"_s);
    QVERIFY2(found.first().evidence.contains(u"1 min"_s), qPrintable(found.first().evidence));
}

void TestRules::nodeDisconnected()
{
    NetworkConfig network = rbbLike();
    // Enodes: node i's key is 128 hex digits of i.
    for (int i = 0; i < network.nodes.size(); ++i)
        network.nodes[i].enode = QString(128, QChar(u'a' + i));
    QList<NodeState> nodes = allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1));
    // Everyone lists everyone.
    for (NodeState &n : nodes) {
        QList<besu::PeerInfo> peers;
        for (const NodeConfig &c : network.nodes) {
            if (c.name == n.name)
                continue;
            besu::PeerInfo p;
            p.id = u"0x"_s + c.enode;
            peers << p;
        }
        n.peerList = {peers, t0.addSecs(-1)};
    }
    QVERIFY(rules::nodeDisconnected(inputOf(network, nodes, t0)).isEmpty());

    // boot02 reports no peers.
    named(nodes, u"boot02"_s).peers.rpc = {0, t0.addSecs(-1)};
    QList<Detection> found = rules::nodeDisconnected(inputOf(network, nodes, t0));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key(), u"node-disconnected/boot02"_s);
    QCOMPARE(found.first().figures.value(u"peers"_s).toInt(), 0);
    named(nodes, u"boot02"_s).peers.rpc = {5, t0.addSecs(-1)};

    // validator01 still counts peers, but no reachable node lists it (partitioned from the monitored network).
    const QString v1 = u"0x"_s + network.node(u"validator01"_s)->enode;
    for (NodeState &n : nodes) {
        QList<besu::PeerInfo> kept;
        for (const besu::PeerInfo &p : n.peerList.value) {
            if (p.id != v1)
                kept << p;
        }
        n.peerList.value = kept;
    }
    found = rules::nodeDisconnected(inputOf(network, nodes, t0));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key(), u"node-disconnected/validator01"_s);
    QCOMPARE(found.first().figures.value(u"peerLists"_s).toInt(), 5);

    // A down boot is disconnected; a down validator is validator-down's, not this rule's.
    rpcDown(named(nodes, u"boot01"_s), t0.addSecs(-1));
    rpcDown(named(nodes, u"validator02"_s), t0.addSecs(-1));
    found = rules::nodeDisconnected(inputOf(network, nodes, t0));
    QStringList keys;
    for (const Detection &d : found)
        keys << d.key();
    keys.sort();
    QCOMPARE(keys, (QStringList {u"node-disconnected/boot01"_s, u"node-disconnected/validator01"_s}));
}

void TestRules::nodeLagging()
{
    const NetworkConfig network = rbbLike(); // lag limit: 10 blocks
    QList<NodeState> nodes = allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1));
    named(nodes, u"boot01"_s).height.rpc = {95, t0.addSecs(-1)};
    QVERIFY(rules::nodeLagging(inputOf(network, nodes, t0)).isEmpty());
    named(nodes, u"boot01"_s).height.rpc = {85, t0.addSecs(-1)};
    QList<Detection> found = rules::nodeLagging(inputOf(network, nodes, t0));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key(), u"node-lagging/boot01"_s);
    QCOMPARE(found.first().figures.value(u"blocksBehind"_s).toInt(), 15);
    QCOMPARE(found.first().path, u"rpc"_s);

    // Through level 2 only: a height sampled 12 s ago is 3 blocks short without being behind.
    QList<NodeState> l2;
    for (const NodeConfig &c : network.nodes) {
        NodeState n = nodeOf(network, c.name);
        level2(n, 100, t0.addSecs(-3), t0.addSecs(-1));
        l2 << n;
    }
    level2(named(l2, u"boot02"_s), 97, t0.addSecs(-15), t0.addSecs(-12));
    QVERIFY(rules::nodeLagging(inputOf(network, l2, t0)).isEmpty());
    level2(named(l2, u"boot02"_s), 80, t0.addSecs(-15), t0.addSecs(-12));
    found = rules::nodeLagging(inputOf(network, l2, t0));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().path, u"prometheus"_s);
    QCOMPARE(found.first().figures.value(u"blocksBehind"_s).toInt(), 17);
}

void TestRules::permissioningOff()
{
    const NetworkConfig network = rbbLike();
    const QList<NodeState> healthy = [&] {
        QList<NodeState> nodes = allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1));
        for (NodeState &n : nodes) {
            n.accountRulesAddress = {u"0x0000000000000000000000000000000000007777"_s, t0.addSecs(-30)};
            n.permissioningChecks = {std::optional<double>(1000), t0.addSecs(-3)};
            n.permissioningChecksRoseAt = t0.addSecs(-3);
            // A node permissioned on-chain answers this too: no evidence on its own.
            n.accountsAllowlistError = {u"Account allowlist has not been enabled"_s, t0.addSecs(-30)};
        }
        return nodes;
    }();
    RuleInput in = inputOf(network, healthy, t0);
    in.recentTransactions = 50;
    QVERIFY(rules::permissioning(in).isEmpty());

    // On-chain: the Ingress contract has no rules contract.
    QList<NodeState> nodes = healthy;
    named(nodes, u"validator01"_s).accountRulesAddress.value = u"0x0000000000000000000000000000000000000000"_s;
    // Level 1: no counter at all on validator02 (Besu registers them only with permissioning on).
    named(nodes, u"validator02"_s).permissioningChecks.value = std::nullopt;
    // validator03: counters flat for 5 minutes while 50 transactions were included.
    named(nodes, u"validator03"_s).permissioningChecksRoseAt = t0.addSecs(-300);
    // boot01: perm_ "not enabled" and no sign that permissioning works.
    NodeState &boot = named(nodes, u"boot01"_s);
    boot.accountRulesAddress = {};
    boot.permissioningChecks = {};
    in = inputOf(network, nodes, t0);
    in.recentTransactions = 50;
    const QList<Detection> found = rules::permissioning(in);
    QStringList keys;
    for (const Detection &d : found) {
        keys << d.key();
        QCOMPARE(d.severity, IncidentSeverity::CriticalVulnerability);
        QCOMPARE(d.level, HealthLevel::Critical);
    }
    QCOMPARE(keys,
        (QStringList {u"permissioning-off/validator01"_s, u"permissioning-off/validator02"_s,
            u"permissioning-off/validator03"_s, u"permissioning-off/boot01"_s}));
    QCOMPARE(found.at(0).path, u"rpc"_s);
    QCOMPARE(found.at(1).path, u"prometheus"_s);
    QVERIFY2(found.at(3).evidence.contains(u"not been enabled"_s), qPrintable(found.at(3).evidence));

    // Flat counters without transactions say nothing.
    in.recentTransactions = 0;
    QCOMPARE(rules::permissioning(in).size(), 3);
}

void TestRules::observerBootAcceptsTransactions()
{
    NetworkConfig network = rbbLike();
    NodeConfig ob;
    ob.name = u"observer-boot01"_s;
    ob.type = NodeType::ObserverBoot;
    ob.institution = u"inst1"_s;
    network.nodes.append(ob);
    QList<NodeState> nodes = allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1));
    named(nodes, u"observer-boot01"_s).accountsAllowlist = {{}, t0.addSecs(-20)};
    QVERIFY(ofRule(rules::permissioning(inputOf(network, nodes, t0)), Rules::ObserverBootAcceptsTransactions).isEmpty());
    named(nodes, u"observer-boot01"_s).accountsAllowlist = {{u"0x00000000000000000000000000000000000000aa"_s}, t0.addSecs(-20)};
    const QList<Detection> found = rules::permissioning(inputOf(network, nodes, t0));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key(), u"observer-boot-accepts-transactions/observer-boot01"_s);
    QCOMPARE(found.first().severity, IncidentSeverity::Vulnerability);
}

void TestRules::monitoringBlind()
{
    const NetworkConfig network = rbbLike(3);
    RuleInput in = inputOf(network, allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1)), t0);
    analysis::FederationMatrix m;
    m.endpoints = {u"l2-a"_s, u"l2-b"_s};
    m.institutions = {u"inst1"_s, u"inst2"_s, u"inst3"_s};
    m.institutionNames = {u"Institution 1"_s, u"Institution 2"_s, u"Institution 3"_s};
    auto cell = [](analysis::FederationCellState s, qint64 age) {
        analysis::FederationCell c;
        c.state = s;
        c.ageMs = age;
        c.text = analysis::federationCellStateKey(s);
        return c;
    };
    using S = analysis::FederationCellState;
    // inst1 seen by one endpoint; inst2 stale on one and missing on the other (blind); inst3 never answered.
    m.cells = {{cell(S::Ok, 5000), cell(S::Stale, 90000), cell(S::Unknown, -1)},
        {cell(S::Missing, -1), cell(S::Missing, -1), cell(S::Unknown, -1)}};
    m.now = t0;
    in.federation = m;
    const QList<Detection> found = rules::monitoringBlind(in);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).key(), u"monitoring-blind/inst2"_s);
    QCOMPARE(found.at(0).level, HealthLevel::Warning);
    QCOMPARE(found.at(0).path, u"federation"_s);
    QCOMPARE(found.at(0).nodes, (QStringList {u"validator02"_s, u"boot02"_s}));
    QCOMPARE(found.at(1).key(), u"monitoring-blind/inst3"_s);
    QCOMPARE(found.at(1).level, HealthLevel::Unknown);
}

void TestRules::observerAccess()
{
    NetworkConfig network = rbbLike();
    for (int i = 1; i <= 3; ++i) {
        NodeConfig ob;
        ob.name = u"observer-boot0%1"_s.arg(i);
        ob.type = NodeType::ObserverBoot;
        ob.institution = i == 3 ? u"inst2"_s : u"inst1"_s;
        network.nodes.append(ob);
    }
    QList<NodeState> nodes = allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1));
    QVERIFY(rules::observerAccess(inputOf(network, nodes, t0)).isEmpty());
    // Only inst1's two remain: enough in number, but one institution could shut citizens out.
    rpcDown(named(nodes, u"observer-boot03"_s), t0.addSecs(-1));
    QList<Detection> found = rules::observerAccess(inputOf(network, nodes, t0));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key(), u"observer-access"_s);
    QCOMPARE(found.first().level, HealthLevel::Warning);
    QCOMPARE(found.first().figures.value(u"reachable"_s).toInt(), 2);
    QCOMPARE(found.first().figures.value(u"institutions"_s).toInt(), 1);
    // One reachable and one unknown: it may be fine, so unknown.
    nodes = allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1));
    rpcDown(named(nodes, u"observer-boot01"_s), t0.addSecs(-1));
    rpcUp(named(nodes, u"observer-boot03"_s), 90, t0.addSecs(-90), t0.addSecs(-90));
    found = rules::observerAccess(inputOf(network, nodes, t0));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().level, HealthLevel::Unknown);
}

void TestRules::alertmanagerAlerts()
{
    const NetworkConfig network = rbbLike();
    RuleInput in = inputOf(network, allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1)), t0);
    auto alert = [](const QString &fingerprint, const AmLabels &labels) {
        AmAlert a;
        a.fingerprint = fingerprint;
        a.labels = labels;
        a.state = u"active"_s;
        a.startsAt = t0.addSecs(-120);
        a.annotations.insert(u"summary"_s, u"Disk almost full"_s);
        return a;
    };
    AmAlert silenced = alert(u"f3"_s, {{u"alertname"_s, u"Quiet"_s}});
    silenced.silencedBy = {u"s1"_s};
    silenced.state = u"suppressed"_s;
    in.alerts.alerts = {alert(u"f1"_s, {{u"alertname"_s, u"DiskFull"_s}, {u"severity"_s, u"page"_s}, {u"node"_s, u"boot01"_s}, {u"organization"_s, u"org2"_s}}),
        alert(u"f2"_s, {{u"alertname"_s, u"SentinelaIncident"_s}, {u"rule"_s, u"chain-halted"_s}}),
        alert(u"f4"_s, {{u"alertname"_s, u"Posted"_s}, {u"generator"_s, u"sentinela"_s}}), silenced};
    in.alerts.at = t0.addSecs(-5);
    QList<Detection> found = rules::alertmanager(in);
    QCOMPARE(found.size(), 1);
    const Detection &d = found.first();
    QCOMPARE(d.key(), u"alertmanager/f1"_s);
    QCOMPARE(d.severity, IncidentSeverity::CriticalIncident);
    QCOMPARE(d.level, HealthLevel::Critical);
    QCOMPARE(d.nodes, QStringList {u"boot01"_s});
    QCOMPARE(d.institutions, QStringList {u"inst2"_s}); // organization label mapped to the institution id
    QVERIFY2(d.title.contains(u"Disk almost full"_s), qPrintable(d.title));
    // Three missed polls later: the alert is held as unknown.
    in.now = t0.addSecs(120);
    found = rules::alertmanager(in);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().level, HealthLevel::Unknown);
}

void TestRules::intervalBudget()
{
    QCOMPARE(rules::burnRate(1000, 990, 0.99), 1.0);
    QCOMPARE(rules::burnRate(1000, 980, 0.99), 2.0);
    const NetworkConfig network = rbbLike();
    RuleInput in = inputOf(network, allUp(network, 100, t0.addSecs(-2), t0.addSecs(-1)), t0);
    analysis::SlaReport sla;
    sla.now = t0;
    sla.monthIntervals.count = 1000;
    sla.monthIntervals.fastCount = 995; // 0.5% at 10 s or more: half the 1% allowance
    sla.monthIntervals.slowCount = 1000;
    in.sla = sla;
    QVERIFY(rules::intervalBudget(in).isEmpty());
    // One proposer of four down all along: a quarter of the intervals are 12 s.
    in.sla->monthIntervals.fastCount = 750;
    QList<Detection> found = rules::intervalBudget(in);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key(), u"interval-budget"_s);
    QCOMPARE(found.first().figures.value(u"fastBurn"_s).toDouble(), 25.0);
    // Too few intervals to judge a month.
    in.sla->monthIntervals.count = 100;
    in.sla->monthIntervals.fastCount = 75;
    QVERIFY(rules::intervalBudget(in).isEmpty());
}

void TestRules::healthyNetworkRaisesNothing()
{
    // Both paths fresh and healthy: nothing at all, not even unknown.
    NetworkConfig network = rbbLike();
    QList<NodeState> nodes = allUp(network, 100, t0.addSecs(-3), t0.addSecs(-1));
    for (NodeState &n : nodes)
        level2(n, 99, t0.addSecs(-12), t0.addSecs(-9));
    const QList<Detection> all = evaluateRules(inputOf(network, nodes, t0));
    QStringList keys;
    for (const Detection &d : all)
        keys << d.key() + u":"_s + healthKey(d.level);
    QVERIFY2(all.isEmpty(), qPrintable(keys.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"

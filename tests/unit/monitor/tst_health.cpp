// One judgement for every view: analysis/health's verdicts on hand-made states and on quorum-only chains sealed as
// Besu seals them (QbftRound.importBlockToChain puts the quorum of commit seals its importer had into the block).

#include "../itemmodels/tst_validatorfixtures.h"
#include "../../common/statefixtures.h"

#include "analysis/health.h"
#include "analysis/validatoranalysis.h"
#include "core/clock.h"
#include "itemmodels/overviewmodel.h"
#include "monitor/statuscommand.h"
#include "state/networkstate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fixtures::Simulation;
using statefixtures::reportAll;

namespace {

const QDateTime t0 = QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

chain::BlockHeader header(quint64 number, qint64 timestamp)
{
    chain::BlockHeader h;
    h.number = number;
    h.hash = QByteArray(31, 'a') + QByteArray(1, static_cast<char>(number & 0xff));
    h.parentHash = QByteArray(31, 'a') + QByteArray(1, static_cast<char>((number - 1) & 0xff));
    h.timestamp = quint64(timestamp);
    return h;
}

// The tip's age as the verdict sees it: -1 without a fresh head observation.
qint64 tipAge(NetworkState &state, const QDateTime &now)
{
    QList<BlockRecord> held;
    if (const auto hi = state.highestBlock())
        held.append(*state.block(*hi));
    const HealthThresholds t = HealthThresholds::forNetwork(state.network());
    const TipVerdict v = judgeTip(state.nodes(), held, t, now);
    return !v.observedAt.isValid() || t.stale(v.observationAgeMs) ? -1 : v.blockAgeMs;
}

bool settle(NetworkState &state)
{
    return QTest::qWaitFor([&] { return !BlockAnalysisCache::of(&state)->isBusy(); }, 60000);
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT
private slots:
    void tipAgeFromFreshObservations();
    void sameHeadSeenLaterByAnotherPath();
    void staleFiguresAreUnknown();
    void verdicts_data();
    void verdicts();
    void healthyQuorumOnly_data();
    void healthyQuorumOnly();
    void validatorDownOrSilent_data();
    void validatorDownOrSilent();
    void guiAndCliAgree();
};

void TestHealth::tipAgeFromFreshObservations()
{
    ManualClock clock(t0);
    NetworkState state(&clock);
    state.configure(statefixtures::labNetwork());
    QCOMPARE(tipAge(state, t0), qint64(-1));

    // Prometheus only (no JSON-RPC): the federated head timestamps of two nodes; the newest one counts.
    PrometheusNodeFigures a;
    a.at = t0.addSecs(-5);
    a.headTime = t0.addSecs(-9);
    state.applyPrometheus(u"validator01"_s, a);
    PrometheusNodeFigures b;
    b.at = t0.addSecs(-4);
    b.headTime = t0.addSecs(-7);
    state.applyPrometheus(u"validator02"_s, b);
    QCOMPARE(tipAge(state, t0), qint64(7000));
    // A dead node's head, however recent, stops counting once its sample is stale.
    PrometheusNodeFigures dead;
    dead.at = t0.addSecs(-30);
    dead.headTime = t0.addSecs(-1);
    state.applyPrometheus(u"validator03"_s, dead);
    QCOMPARE(tipAge(state, t0), qint64(7000));
    // Later, without new data, everything is stale: unknown, never "halted".
    QCOMPARE(tipAge(state, t0.addSecs(30)), qint64(-1));
    const NetworkVerdict later = judgeNetwork(state, t0.addSecs(30));
    QCOMPARE(later.tipBlock.level, HealthLevel::Unknown);

    // The verdict rests on how long the head had certainly not moved when observed: 3 s here (b: 7 s - 4 s).
    const NetworkVerdict now = judgeNetwork(state, t0);
    QCOMPARE(now.tipBlock.knownStallMs, qint64(3000));
    QCOMPARE(now.tipBlock.path, FigureSource::Prometheus);
    QCOMPARE(now.tipBlock.level, HealthLevel::Ok);

    // A held block counts once a node reports it as its head, while that report is fresh; a backfilled block alone
    // says nothing about how long the chain has stalled. A head time ahead of now (clock skew) is age 0.
    const QDateTime blockTime = t0.addSecs(400);
    clock.setNow(blockTime.addSecs(2));
    state.addBlocks({header(100, blockTime.toSecsSinceEpoch())});
    const auto report = [&](quint64 height, const QDateTime &at) {
        NodeRpcStatus s;
        s.node = u"boot01"_s;
        s.at = at;
        s.reachable = true;
        s.blockNumber = height;
        state.applyRpcStatus(s);
    };
    QCOMPARE(tipAge(state, blockTime.addSecs(3)), qint64(-1));
    report(100, blockTime.addSecs(2));
    QCOMPARE(tipAge(state, blockTime.addSecs(3)), qint64(3000));
    QCOMPARE(tipAge(state, blockTime.addSecs(60)), qint64(-1));
    clock.setNow(blockTime.addSecs(-6));
    state.addBlocks({header(101, blockTime.toSecsSinceEpoch() + 4)});
    report(101, blockTime.addSecs(-6));
    QCOMPARE(tipAge(state, blockTime.addSecs(-6)), qint64(0));
}

void TestHealth::sameHeadSeenLaterByAnotherPath()
{
    // A halted chain seen both ways: the level 2 holds block 100 from a sample taken a second after it (its head time
    // a fraction of a second off the header's), a JSON-RPC poll 14 s later still finds 100. The poll says how long
    // the chain has certainly not moved; the older sample must not win because its head time is a little later.
    const QDateTime blockTime = t0.addSecs(100);
    ManualClock clock(blockTime);
    NetworkState state(&clock);
    state.configure(statefixtures::labNetwork());
    state.addBlocks({header(100, blockTime.toSecsSinceEpoch())});
    PrometheusNodeFigures f;
    f.at = blockTime.addSecs(1);
    f.up = true;
    f.height = 100;
    f.headTime = blockTime.addMSecs(400);
    state.applyPrometheus(u"validator01"_s, f);
    const QDateTime polled = blockTime.addSecs(14);
    clock.setNow(polled);
    NodeRpcStatus s;
    s.node = u"boot01"_s;
    s.at = polled;
    s.reachable = true;
    s.blockNumber = 100;
    state.applyRpcStatus(s);

    const NetworkVerdict v = judgeNetwork(state, polled.addMSecs(100));
    QCOMPARE(v.tipBlock.height, std::optional<quint64>(100));
    QCOMPARE(v.tipBlock.path, FigureSource::Rpc);
    QCOMPARE(v.tipBlock.knownStallMs, qint64(14000));
    QCOMPARE(v.tipBlock.level, HealthLevel::Critical); // past 4 s + timeout + 1 s
    // A newer block seen only through the level 2 still wins: it is a later head.
    PrometheusNodeFigures g = f;
    g.at = polled.addMSecs(50);
    g.height = 101;
    g.headTime = blockTime.addSecs(4);
    state.applyPrometheus(u"validator02"_s, g);
    const NetworkVerdict w = judgeNetwork(state, polled.addMSecs(100));
    QCOMPARE(w.tipBlock.height, std::optional<quint64>(101));
    QCOMPARE(w.tipBlock.path, FigureSource::Prometheus);
}

void TestHealth::staleFiguresAreUnknown()
{
    // An institution's level 1 died 40 s ago: its validator's figures on level 2 still say "up, 25 behind".
    ManualClock clock(t0);
    NetworkState state(&clock);
    state.configure(statefixtures::labNetwork());
    for (const QString &name : state.nodeNames()) {
        PrometheusNodeFigures f;
        const bool dead = name == u"validator04"_s;
        f.at = dead ? t0.addSecs(-40) : t0.addSecs(-2);
        f.up = true;
        f.height = dead ? 975 : 1000;
        f.headTime = t0.addSecs(-5);
        state.applyPrometheus(name, f);
    }
    const StatusVerdict v = judgeStatus(state, t0);
    QCOMPARE(int(v.code), int(StatusWarning));
    const QString all = v.problems.join(u'\n');
    QVERIFY2(all.contains(u"node validator04: state unknown, newest data 40 s old (monitoring blind)"_s),
        qPrintable(all));
    QVERIFY2(!all.contains(u"behind"_s), qPrintable(all));
    // A second blind validator makes the quorum undecidable (warning), not lost (critical).
    PrometheusNodeFigures old;
    old.at = t0.addSecs(-40);
    old.up = true;
    state.applyPrometheus(u"validator03"_s, old);
    const StatusVerdict v2 = judgeStatus(state, t0);
    QCOMPARE(int(v2.code), int(StatusWarning));
    QVERIFY2(v2.problems.join(u'\n').contains(u"2 of 4 validators known up, 2 unknown; quorum 3"_s),
        qPrintable(v2.problems.join(u'\n')));
}

void TestHealth::verdicts_data()
{
    QTest::addColumn<int>("validatorsUp");
    QTest::addColumn<quint64>("lagging");
    QTest::addColumn<qint64>("tipAgeMs");
    QTest::addColumn<int>("expected");
    QTest::newRow("all fine") << 4 << quint64(0) << qint64(3000) << int(StatusOk);
    QTest::newRow("one validator down") << 3 << quint64(0) << qint64(3000) << int(StatusWarning);
    QTest::newRow("lagging node") << 4 << quint64(40) << qint64(3000) << int(StatusWarning);
    QTest::newRow("quorum lost") << 2 << quint64(0) << qint64(3000) << int(StatusCritical);
    QTest::newRow("one round change (12 s) is not a halt") << 4 << quint64(0) << qint64(12000) << int(StatusWarning);
    QTest::newRow("chain halted (14 s)") << 4 << quint64(0) << qint64(14000) << int(StatusCritical);
}

void TestHealth::verdicts()
{
    QFETCH(int, validatorsUp);
    QFETCH(quint64, lagging);
    QFETCH(qint64, tipAgeMs);
    QFETCH(int, expected);
    ManualClock clock(t0);
    NetworkState state(&clock);
    state.configure(statefixtures::labNetwork());
    state.addBlocks({header(1000, t0.addMSecs(-tipAgeMs).toSecsSinceEpoch())});
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
    const StatusVerdict v = judgeStatus(state, t0);
    QCOMPARE(int(v.code), expected);
    QCOMPARE(v.problems.isEmpty(), expected == StatusOk);
}

void TestHealth::healthyQuorumOnly_data()
{
    QTest::addColumn<int>("validators");
    QTest::addColumn<double>("remoteWeight");
    for (int n : {4, 7, 10}) {
        QTest::addRow("%d validators, uniform latency", n) << n << 1.0;
        QTest::addRow("%d validators, one remote validator", n) << n << 0.15;
        // Its commits always arrive after the quorum: only its own proposals carry its seal, and they prove it alive.
        QTest::addRow("%d validators, one validator never in the quorum", n) << n << 0.0;
    }
}

// A healthy network whose blocks carry only a quorum of seals shows no warning anywhere: not on the tip, not on
// signing (margin N - quorum), not per validator, not in the CLI's verdict.
void TestHealth::healthyQuorumOnly()
{
    QFETCH(int, validators);
    QFETCH(double, remoteWeight);
    Simulation sim;
    sim.setAt = [=](quint64) { return fixtures::range(validators); };
    sim.quorumOnly = true;
    // The remote validator's commits arrive last most of the time (weight 0.15 against 1).
    sim.weight = [=](int v) { return v == validators - 1 ? std::max(remoteWeight, 1e-9) : 1.0; };
    sim.to = 200;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    for (const chain::BlockHeader &b : blocks)
        QCOMPARE(chain::analyzeBlock(b).signers.size(), qsizetype(chain::bftQuorum(validators)));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp), Qt::UTC).addSecs(1);
    ManualClock clock(now);
    NetworkState state(&clock);
    state.configure(fixtures::network(validators));
    state.addBlocks(blocks);
    reportAll(state, 200, now);
    QVERIFY(settle(state));

    const NetworkVerdict v = judgeNetwork(state, now);
    QCOMPARE(v.signing.validators, validators);
    QCOMPARE(v.signing.active, validators);
    QCOMPARE(v.signing.margin, validators - chain::bftQuorum(validators));
    QCOMPARE(v.signing.level, HealthLevel::Ok);
    for (const ValidatorSigning &s : v.signing.perValidator)
        QVERIFY2(s.level == HealthLevel::Ok, qPrintable(s.text));
    QCOMPARE(v.tipBlock.level, HealthLevel::Ok);
    QVERIFY2(v.findings.isEmpty(), qPrintable(v.findings.isEmpty() ? QString() : v.findings.first().text));
    QCOMPARE(v.level, HealthLevel::Ok);
    QCOMPARE(int(judgeStatus(v).code), int(StatusOk));
}

void TestHealth::validatorDownOrSilent_data()
{
    QTest::addColumn<int>("validators");
    QTest::addColumn<bool>("reachable"); // down (unreachable) or up but never sealing (out of consensus)
    for (int n : {4, 7, 10}) {
        QTest::addRow("%d validators, one down", n) << n << false;
        QTest::addRow("%d validators, one up but never sealing", n) << n << true;
    }
}

void TestHealth::validatorDownOrSilent()
{
    QFETCH(int, validators);
    QFETCH(bool, reachable);
    const int victim = 1;
    Simulation sim;
    sim.setAt = [=](quint64) { return fixtures::range(validators); };
    sim.quorumOnly = true;
    if (reachable)
        sim.neverSeals = [=](quint64 n, int v) { return v == victim && n > 100; };
    else
        sim.down = [=](quint64 n, int v) { return v == victim && n > 100; };
    sim.to = 200;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp), Qt::UTC).addSecs(1);
    ManualClock clock(now);
    NetworkState state(&clock);
    state.configure(fixtures::network(validators));
    state.addBlocks(blocks);
    reportAll(state, 200, now, reachable ? QSet<int> {} : QSet<int> {victim});
    QVERIFY(settle(state));

    const NetworkVerdict v = judgeNetwork(state, now);
    const int quorum = chain::bftQuorum(validators);
    QCOMPARE(v.signing.active, validators - 1);
    QCOMPARE(v.signing.margin, validators - 1 - quorum);
    QCOMPARE(v.signing.level, HealthLevel::Warning); // margin 0 at 4 validators, a silent validator otherwise
    bool victimFlagged = false;
    for (const ValidatorSigning &s : v.signing.perValidator) {
        if (s.address == fixtures::validator(victim).address) {
            QCOMPARE(s.level, HealthLevel::Critical);
            QCOMPARE(s.sealed, 0);
            victimFlagged = true;
        } else {
            QVERIFY2(s.level == HealthLevel::Ok, qPrintable(s.text));
        }
    }
    QVERIFY(victimFlagged);
    QCOMPARE(v.level, HealthLevel::Warning);
    QCOMPARE(int(judgeStatus(v).code), int(StatusWarning));
}

// The Overview (GUI) and `sentinela-cli status` read one verdict: same level, same findings, on the same state.
void TestHealth::guiAndCliAgree()
{
    Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(7); };
    sim.quorumOnly = true;
    sim.down = [](quint64 n, int v) { return v < 2 && n > 40; };
    sim.to = 80;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp), Qt::UTC).addSecs(1);
    ManualClock clock(now);
    NetworkState state(&clock);
    state.configure(fixtures::network(7));
    OverviewModel overview(&state);
    state.addBlocks(blocks);
    reportAll(state, 80, now, {0, 1});
    QVERIFY(settle(state));
    overview.refresh();

    const StatusVerdict cli = judgeStatus(state, now);
    QCOMPARE(int(cli.code), int(exitCodeOf(HealthLevel(overview.level()))));
    QStringList gui;
    for (const Finding &f : overview.verdict().findings)
        gui << f.text;
    QCOMPARE(gui, cli.problems);
    QCOMPARE(overview.quorumMargin(), 0); // 5 of 7 active, quorum 5
    QCOMPARE(overview.signingLevel(), int(HealthLevel::Warning));
    QCOMPARE(int(cli.code), int(StatusWarning));
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"

#include "tst_validatorfixtures.h"

#include "analysis/validatoranalysis.h"
#include "core/clock.h"
#include "itemmodels/overviewmodel.h"
#include "state/networkstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using fixtures::Simulation;

class TestOverviewModel : public QObject
{
    Q_OBJECT
private slots:
    void noData();
    void lastBlockAge_data();
    void lastBlockAge();
    void signingAndQuorum_data();
    void signingAndQuorum();
    void nodesUp();
};

void TestOverviewModel::noData()
{
    NetworkState state;
    OverviewModel model(&state);
    QVERIFY(!model.hasData());
    QVERIFY(model.emptyReason().contains(u"No network"_s));
    QCOMPARE(model.chainHeight(), -1);
    state.configure(fixtures::network(4));
    model.refresh();
    QVERIFY(!model.hasData());
    QVERIFY(model.emptyReason().contains(u"Waiting"_s));
    QCOMPARE(model.nodesTotal(), 8);
    QCOMPARE(model.nodesLevel(), int(HealthLevel::Unknown));
}

void TestOverviewModel::lastBlockAge_data()
{
    // The fixtures' 2 s period with an 8 s request timeout: warning past 6 s, halted past 11 s. A node reports the same head `ageSeconds` after the block (or,
    // with `reported` false, nobody has reported since the block arrived).
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<bool>("reported");
    QTest::addColumn<int>("level");
    QTest::newRow("3 s") << 3 << true << int(HealthLevel::Ok);
    QTest::newRow("7 s: late") << 7 << true << int(HealthLevel::Warning);
    QTest::newRow("10 s: one round change is not a halt") << 10 << true << int(HealthLevel::Warning);
    QTest::newRow("12 s: halted") << 12 << true << int(HealthLevel::Critical);
    QTest::newRow("45 s: halted") << 45 << true << int(HealthLevel::Critical);
    QTest::newRow("45 s, nobody reported: unknown, never a halt") << 45 << false << int(HealthLevel::Unknown);
}

void TestOverviewModel::lastBlockAge()
{
    QFETCH(int, ageSeconds);
    QFETCH(bool, reported);
    QFETCH(int, level);
    Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(4); };
    sim.to = 30;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp), Qt::UTC));
    NetworkState state(&clock);
    state.configure(fixtures::network(4));
    OverviewModel model(&state);
    QSignalSpy changed(&model, &OverviewModel::changed);
    state.addBlocks(blocks);
    QVERIFY(QTest::qWaitFor([&] { return changed.count() > 0 && model.validatorCount() > 0; }, 30000));
    QCOMPARE(model.chainHeight(), 30);
    QVERIFY(model.hasData());
    QCOMPARE(model.lastIntervalSeconds(), fixtures::Period);
    QCOMPARE(model.averageIntervalSeconds(), fixtures::Period);
    QCOMPARE(model.targetPeriodSeconds(), fixtures::Period);
    QCOMPARE(model.intervalLevel(), int(HealthLevel::Ok));
    clock.advance(qint64(ageSeconds) * 1000);
    if (reported) {
        NodeRpcStatus s;
        s.node = u"validator01"_s;
        s.at = clock.now();
        s.reachable = true;
        s.blockNumber = 30;
        state.applyRpcStatus(s);
    }
    model.refresh();
    QCOMPARE(model.lastBlockAgeMs(), qint64(ageSeconds) * 1000);
    QCOMPARE(model.lastBlockLevel(), level);
    const int after = int(changed.count());
    model.refresh(); // nothing moved: no signal
    QCOMPARE(int(changed.count()), after);
}

void TestOverviewModel::signingAndQuorum_data()
{
    // Validators down from block 6 on, judged over the signing window (max(20, 2 N) blocks) of a 60-block chain
    // sealed by a quorum only, as Besu seals.
    QTest::addColumn<int>("validators");
    QTest::addColumn<int>("down");
    QTest::addColumn<int>("active");
    QTest::addColumn<int>("quorum");
    QTest::addColumn<int>("margin");
    QTest::addColumn<int>("level");
    QTest::newRow("8 of 8") << 8 << 0 << 8 << 6 << 2 << int(HealthLevel::Ok);
    QTest::newRow("7 of 8") << 8 << 1 << 7 << 6 << 1 << int(HealthLevel::Warning);
    QTest::newRow("6 of 8: no margin") << 8 << 2 << 6 << 6 << 0 << int(HealthLevel::Warning);
    QTest::newRow("4 of 4") << 4 << 0 << 4 << 3 << 1 << int(HealthLevel::Ok);
    QTest::newRow("3 of 4: no margin") << 4 << 1 << 3 << 3 << 0 << int(HealthLevel::Warning);
}

void TestOverviewModel::signingAndQuorum()
{
    QFETCH(int, validators);
    QFETCH(int, down);
    QFETCH(int, active);
    QFETCH(int, quorum);
    QFETCH(int, margin);
    QFETCH(int, level);
    Simulation sim;
    sim.setAt = [=](quint64) { return fixtures::range(validators); };
    sim.down = [=](quint64 n, int v) { return n > 5 && v < down; };
    sim.quorumOnly = true;
    sim.to = 60;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp), Qt::UTC));
    NetworkState state(&clock);
    state.configure(fixtures::network(validators));
    OverviewModel model(&state);
    state.addBlocks(blocks);
    QVERIFY(QTest::qWaitFor([&] { return model.signing().lastBlock == 60; }, 30000));
    QCOMPARE(model.activeValidators(), active);
    QCOMPARE(model.validatorCount(), validators);
    QCOMPARE(model.quorum(), quorum);
    QCOMPARE(model.quorumMargin(), margin);
    QCOMPARE(model.signingLevel(), level);
    for (const ValidatorSigning &v : model.signing().perValidator) {
        const bool isDown = v.address == fixtures::validator(0).address || (down > 1 && v.address == fixtures::validator(1).address);
        QCOMPARE(v.level == HealthLevel::Critical, down > 0 && isDown);
    }
}

void TestOverviewModel::nodesUp()
{
    ManualClock clock(QDateTime::fromSecsSinceEpoch(fixtures::GenesisTime, Qt::UTC));
    NetworkState state(&clock);
    state.configure(fixtures::network(3)); // validator01..03 and boot01..03, one institution each
    OverviewModel model(&state);
    const auto report = [&](const QString &node, bool reachable, quint64 height) {
        NodeRpcStatus s;
        s.node = node;
        s.at = clock.now();
        s.reachable = reachable;
        if (reachable)
            s.blockNumber = height;
        state.applyRpcStatus(s);
    };
    report(u"validator01"_s, true, 100);
    report(u"validator02"_s, true, 100);
    report(u"validator03"_s, false, 0);
    report(u"boot01"_s, true, 99);
    model.refresh();
    QVERIFY(model.hasData());
    QCOMPARE(model.chainHeight(), 100);
    QCOMPARE(model.nodesUp(), 3);
    QCOMPARE(model.nodesTotal(), 6);
    QCOMPARE(model.nodesLevel(), int(HealthLevel::Warning));
    const auto types = model.nodesByType();
    QCOMPARE(types.size(), 2);
    QCOMPARE(types[0].name, nodeTypeDisplayName(NodeType::Validator));
    QCOMPARE(types[0].up, 2);
    QCOMPARE(types[0].down, 1);
    QCOMPARE(types[0].total, 3);
    QCOMPARE(types[0].level, HealthLevel::Warning);
    QCOMPARE(types[1].up, 1);
    QCOMPARE(types[1].total, 3);
    const auto institutions = model.nodesByInstitution();
    QCOMPARE(institutions.size(), 3);
    QCOMPARE(institutions[0].name, u"Institution 1"_s);
    QCOMPARE(institutions[0].up, 2);
    QCOMPARE(institutions[2].up, 0);
    QCOMPARE(institutions[2].level, HealthLevel::Critical);
    QCOMPARE(model.freshnessMs(), 0);
    QCOMPARE(model.freshnessLevel(), int(HealthLevel::Ok));
    clock.advance(90000);
    model.refresh();
    QCOMPARE(model.freshnessMs(), 90000);
    // Past the stale limit (three 5 s polls) the figures are unknown; past four times it the view is blind.
    QCOMPARE(model.freshnessLevel(), int(HealthLevel::Critical));
    QCOMPARE(model.nodesUp(), 0);
    QCOMPARE(model.nodesLevel(), int(HealthLevel::Unknown));
}

QTEST_GUILESS_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"

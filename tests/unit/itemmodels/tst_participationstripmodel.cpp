#include "tst_validatorfixtures.h"

#include "analysis/validatoranalysis.h"
#include "core/clock.h"
#include "itemmodels/participationstripmodel.h"
#include "state/networkstate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Cell = ParticipationStripModel::Cell;
using fixtures::Simulation;

namespace {

bool settle(NetworkState &state)
{
    BlockAnalysisCache *cache = BlockAnalysisCache::of(&state);
    return QTest::qWaitFor([cache] { return !cache->isBusy(); }, 60000);
}

} // namespace

class TestParticipationStripModel : public QObject
{
    Q_OBJECT
private slots:
    void cells_data();
    void cells();
    void liveColumnsAndEviction();
    void backfillInsertsBefore();
    void validatorAddedIsARow();
};

void TestParticipationStripModel::cells_data()
{
    QTest::addColumn<int>("downFrom");
    QTest::addColumn<int>("downBlocks");
    QTest::newRow("all up") << 0 << 0;
    QTest::newRow("validator 2 down 12 blocks") << 20 << 12;
    QTest::newRow("validator 2 down at the start") << 1 << 5;
}

void TestParticipationStripModel::cells()
{
    QFETCH(int, downFrom);
    QFETCH(int, downBlocks);
    const int victim = 2;
    Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(4); };
    sim.down
        = [&](quint64 n, int v) { return v == victim && n >= quint64(downFrom) && n < quint64(downFrom + downBlocks); };
    sim.to = 50;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp), Qt::UTC));
    NetworkState state(&clock);
    state.configure(fixtures::network(4));
    ParticipationStripModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    state.addBlocks(blocks);
    QVERIFY(settle(state));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 50);
    const int row = model.rowOf(fixtures::validator(victim).address);
    QCOMPARE(row, victim);
    int roundChangeCells = 0;
    int expectedRoundChanges = 0;
    for (int c = 0; c < model.columnCount(); ++c) {
        const quint64 number = model.blockAt(c);
        QCOMPARE(number, quint64(c + 1));
        const auto analysis = chain::analyzeBlock(blocks[c]);
        const bool down = sim.down(number, victim);
        const Cell cell = Cell(model.index(row, c).data(ParticipationStripModel::CellRole).toInt());
        if (analysis.proposer == fixtures::validator(victim).address)
            QCOMPARE(cell, Cell::Proposed);
        else if (down)
            QVERIFY(cell == Cell::NotSealed || cell == Cell::RoundChange);
        else
            QCOMPARE(cell, Cell::Signed);
        roundChangeCells += cell == Cell::RoundChange ? 1 : 0;
        // Round changes are the victim's turns (except a first block, whose parent is not held).
        expectedRoundChanges += analysis.round > 0 && number > 1 ? 1 : 0;
        // Exactly one proposer per column.
        int proposers = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            proposers += model.cell(r, c) == Cell::Proposed ? 1 : 0;
        QCOMPARE(proposers, 1);
    }
    QCOMPARE(roundChangeCells, expectedRoundChanges);
    if (downBlocks > 0 && downFrom > 1)
        QVERIFY(roundChangeCells > 0);
    const QString tip = model.index(row, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(
        tip.contains(u"Block 1"_s) && tip.contains(u"Proposer"_s) && tip.contains(u"validator03"_s), qPrintable(tip));
    QCOMPARE(model.headerData(row, Qt::Vertical).toString(), u"validator03"_s);
    QCOMPARE(model.headerData(0, Qt::Horizontal, ParticipationStripModel::BlockNumberRole).toULongLong(), 1ULL);
}

void TestParticipationStripModel::liveColumnsAndEviction()
{
    Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(4); };
    sim.to = 40;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp), Qt::UTC));
    NetworkState state(&clock);
    state.configure(fixtures::network(4));
    state.setBlockCapacity(30);
    ParticipationStripModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (const chain::BlockHeader &b : blocks) {
        state.addBlocks({b});
        QVERIFY(settle(state));
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 40);
    for (const auto &args : std::as_const(inserted))
        QCOMPARE(args[1].toInt(), args[2].toInt()); // one column at a time, at the end
    QCOMPARE(removed.count(), 10);
    for (const auto &args : std::as_const(removed))
        QCOMPARE(args[1].toInt(), 0); // the oldest go first
    QCOMPARE(model.columnCount(), 30);
    QCOMPARE(model.blockAt(0), quint64(11));
    QCOMPARE(model.blockAt(29), quint64(40));
    QCOMPARE(model.columnOf(25), 14);
    QCOMPARE(model.columnOf(5), -1);
}

void TestParticipationStripModel::backfillInsertsBefore()
{
    Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(4); };
    sim.to = 60;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp), Qt::UTC));
    NetworkState state(&clock);
    state.configure(fixtures::network(4));
    ParticipationStripModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    state.addBlocks(blocks.mid(40)); // the live head first
    QVERIFY(settle(state));
    QCOMPARE(model.blockAt(0), quint64(41));
    state.addBlocks(blocks.mid(0, 10)); // then an old span and the hole between
    QVERIFY(settle(state));
    state.addBlocks(blocks.mid(10, 30));
    QVERIFY(settle(state));
    QCOMPARE(model.columnCount(), 60);
    for (int c = 0; c < 60; ++c)
        QCOMPARE(model.blockAt(c), quint64(c + 1));
}

void TestParticipationStripModel::validatorAddedIsARow()
{
    Simulation sim;
    sim.setAt = [](quint64 n) { return fixtures::range(n <= 20 ? 4 : 5); };
    sim.to = 40;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp), Qt::UTC));
    NetworkState state(&clock);
    state.configure(fixtures::network(5, 4));
    ParticipationStripModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy rows(&model, &QAbstractItemModel::rowsInserted);
    state.addBlocks(blocks.mid(0, 20));
    QVERIFY(settle(state));
    QCOMPARE(model.rowCount(), 4);
    state.addBlocks(blocks.mid(20));
    QVERIFY(settle(state));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(rows.count(), 1);
    QCOMPARE(model.cell(4, 0), Cell::NotMember);
    QVERIFY(model.cell(4, 39) != Cell::NotMember);
    QVERIFY(model.headerData(4, Qt::Vertical).toString().startsWith(u"0x"_s));
}

QTEST_GUILESS_MAIN(TestParticipationStripModel)
#include "tst_participationstripmodel.moc"

#include "tst_validatorfixtures.h"

#include "analysis/validatoranalysis.h"
#include "core/clock.h"
#include "itemmodels/validatortablemodel.h"
#include "state/networkstate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using fixtures::Simulation;

namespace {

QDateTime after(const QList<chain::BlockHeader> &blocks, int seconds = 1)
{
    return QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp) + seconds, Qt::UTC);
}

// Waits until the shared cache has analysed everything the state holds.
bool settle(NetworkState &state)
{
    BlockAnalysisCache *cache = BlockAnalysisCache::of(&state);
    if (!QTest::qWaitFor([cache] { return !cache->isBusy(); }, 60000))
        return false;
    QCoreApplication::processEvents(); // the models' coalesced refresh
    QCoreApplication::processEvents();
    return true;
}

} // namespace

class TestValidatorTableModel : public QObject
{
    Q_OBJECT
private slots:
    void emptyNetwork();
    void validatorDown_data();
    void validatorDown();
    void validatorAddedMidWindow();
    void liveBlocksAreFineGrained();
    void backfillOffThread();
    void windows_data();
    void windows();
    void signerMetricsMismatch();
};

void TestValidatorTableModel::emptyNetwork()
{
    ManualClock clock(QDateTime::fromSecsSinceEpoch(fixtures::GenesisTime, Qt::UTC));
    NetworkState state(&clock);
    ValidatorTableModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ValidatorTableModel::ColumnCount));
    state.configure(fixtures::network(4));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, ValidatorTableModel::ValidatorColumn).data().toString(), u"validator01"_s);
    QCOMPARE(model.index(0, ValidatorTableModel::StatusColumn).data(ItemRoles::Health).toInt(),
        int(HealthLevel::Unknown));
    QVERIFY(model.index(0, ValidatorTableModel::StatusColumn).data().toString().contains(u"No data"_s));
    QVERIFY(model.isPartial());
}

void TestValidatorTableModel::validatorDown_data()
{
    QTest::addColumn<int>("downBlocks"); // validator 3 of 8 offline for this many blocks in the middle of 800
    QTest::addColumn<int>("status");
    QTest::newRow("never down") << 0 << int(HealthLevel::Ok);
    QTest::newRow("down 40 blocks") << 40 << int(HealthLevel::Ok);
    QTest::newRow("down 80 blocks") << 80 << int(HealthLevel::Warning);
    QTest::newRow("down 200 blocks") << 200 << int(HealthLevel::Critical);
}

void TestValidatorTableModel::validatorDown()
{
    QFETCH(int, downBlocks);
    QFETCH(int, status);
    const int victim = 3;
    Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(8); };
    sim.down = [&](quint64 n, int v) { return v == victim && n >= 300 && n < 300 + quint64(downBlocks); };
    sim.to = 800;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    int roundChanges = 0;
    for (const auto &b : blocks)
        roundChanges += chain::analyzeBlock(b).round > 0 ? 1 : 0;

    ManualClock clock(after(blocks));
    NetworkState state(&clock);
    state.configure(fixtures::network(8));
    ValidatorTableModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    state.addBlocks(blocks);
    QVERIFY(settle(state));

    const int row = model.rowOf(fixtures::validator(victim).address);
    QCOMPARE(row, victim);
    QCOMPARE(
        model.index(row, ValidatorTableModel::StatusColumn).data(ItemRoles::Health).toInt(), status);
    const QString statusText = model.index(row, ValidatorTableModel::StatusColumn).data().toString();
    const QString names[] = {u"OK"_s, u"?"_s, u"Yellow"_s, u"Red"_s};
    QVERIFY2(statusText.contains(names[status]), qPrintable(statusText));
    QVERIFY(statusText.startsWith(healthGlyph(HealthLevel(status)))); // never colour alone
    QCOMPARE(model.index(row, ValidatorTableModel::RoundChangesColumn).data(ValidatorTableModel::SortRole).toInt(),
        roundChanges);
    QVERIFY(model.index(row, ValidatorTableModel::SignedColumn)
                .data()
                .toString()
                .contains(QLocale().toString(800 - downBlocks)));
    QCOMPARE(model.figures(row)->signedBlocks, 800 - downBlocks);
    QVERIFY(model.index(row, ValidatorTableModel::ProposedColumn).data().toString().contains(u"11.8"_s));
    // The other validators never made the network wait.
    for (int r = 0; r < model.rowCount(); ++r) {
        if (r != row)
            QCOMPARE(
                model.index(r, ValidatorTableModel::RoundChangesColumn).data(ValidatorTableModel::SortRole).toInt(), 0);
    }
    QVERIFY(!model.isPartial()); // the chain starts at block 1: the whole window is in memory
    QCOMPARE(BlockAnalysisCache::of(&state)->analyseRuns(), 800);
}

void TestValidatorTableModel::validatorAddedMidWindow()
{
    // Validator 8 (not in the inventory) joins at block 401.
    Simulation sim;
    sim.setAt = [](quint64 n) { return fixtures::range(n <= 400 ? 8 : 9); };
    sim.to = 800;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(after(blocks));
    NetworkState state(&clock);
    state.configure(fixtures::network(9, 8));
    ValidatorTableModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 8);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    state.addBlocks(blocks.mid(0, 400));
    QVERIFY(settle(state));
    QCOMPARE(model.rowCount(), 8);
    state.addBlocks(blocks.mid(400));
    QVERIFY(settle(state));
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    const int row = model.rowOf(fixtures::validator(8).address);
    QCOMPARE(row, 8);
    QVERIFY(model.index(row, ValidatorTableModel::ValidatorColumn).data().toString().contains(u"unknown"_s));
    const auto p = model.figures(row);
    QVERIFY(p);
    QCOMPARE(p->memberBlocks, 400);
    QCOMPARE(p->signedBlocks, 400);
    // Judged against the 9-validator threshold over its member blocks only.
    QVERIFY(qAbs(p->yellowPercent - 10.4) < 1e-9);
    QCOMPARE(
        model.index(row, ValidatorTableModel::InstitutionColumn).data(ValidatorTableModel::InCurrentSetRole).toBool(),
        true);
    // The old members' thresholds mix the 8- and 9-validator entries.
    const auto first = model.figures(0);
    QVERIFY(first->yellowPercent > 10.4 && first->yellowPercent < 11.8);
}

void TestValidatorTableModel::liveBlocksAreFineGrained()
{
    Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(4); };
    sim.to = 60;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(after(blocks.mid(0, 20)));
    NetworkState state(&clock);
    state.configure(fixtures::network(4));
    ValidatorTableModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    state.addBlocks(blocks.mid(0, 20));
    QVERIFY(settle(state));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    BlockAnalysisCache *cache = BlockAnalysisCache::of(&state);
    for (int i = 20; i < blocks.size(); ++i) {
        clock.setNow(after(blocks.mid(i, 1)));
        state.addBlocks({blocks[i]});
        QVERIFY(!cache->isBusy() || cache->pendingCount() <= BlockAnalysisCache::InlineLimit);
        QVERIFY(settle(state));
    }
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 40);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex tl = args[0].value<QModelIndex>();
        const QModelIndex br = args[1].value<QModelIndex>();
        QCOMPARE(tl.row(), br.row()); // one row per signal
    }
    // Every block analysed exactly once even though each arrival re-announced spans.
    QCOMPARE(cache->analyseRuns(), 60);
    state.addBlocks(blocks.mid(40)); // already held: nothing to do
    QVERIFY(settle(state));
    QCOMPARE(cache->analyseRuns(), 60);
    QCOMPARE(model.figures(0)->lastSignedBlock, std::optional<quint64>(60));
}

void TestValidatorTableModel::backfillOffThread()
{
    Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(5); };
    sim.to = 1500;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(after(blocks));
    NetworkState state(&clock);
    state.configure(fixtures::network(5));
    ValidatorTableModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    BlockAnalysisCache *cache = BlockAnalysisCache::of(&state);
    QSignalSpy progress(cache, &BlockAnalysisCache::progressChanged);
    QSignalSpy busy(cache, &BlockAnalysisCache::busyChanged);
    state.addBlocks(blocks);
    QVERIFY(cache->isBusy()); // nothing analysed in the GUI thread during addBlocks
    QCOMPARE(cache->count(), 0);
    QVERIFY(settle(state));
    QCOMPARE(cache->count(), 1500);
    QCOMPARE(cache->analyseRuns(), 1500);
    QVERIFY(progress.count() >= 1500 / BlockAnalysisCache::WorkerBatch);
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    QCOMPARE(busy.last().at(0).toBool(), false);
    QCOMPARE(model.figures(0)->memberBlocks, 1500);
}

void TestValidatorTableModel::windows_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<quint64>("from"); // first held block (blocks every 2 s, up to block 2500)
    QTest::addColumn<bool>("partial");
    QTest::addColumn<int>("blockCount");
    // 2500 blocks = 5000 s: an hour is 1800 blocks.
    QTest::newRow("1 h, whole history") << int(ParticipationWindow::LastHour) << quint64(1) << false << 1800;
    QTest::newRow("1 h, history of 40 min") << int(ParticipationWindow::LastHour) << quint64(1301) << true << 1200;
    QTest::newRow("2000 blocks, whole") << int(ParticipationWindow::LastBlocks) << quint64(1) << false << 2000;
    QTest::newRow("2000 blocks, short") << int(ParticipationWindow::LastBlocks) << quint64(1001) << true << 1500;
    QTest::newRow("24 h, chain younger") << int(ParticipationWindow::LastDay) << quint64(1) << false << 2500;
    QTest::newRow("24 h, history short") << int(ParticipationWindow::LastDay) << quint64(501) << true << 2000;
    QTest::newRow("month, history short") << int(ParticipationWindow::CalendarMonth) << quint64(501) << true << 2000;
}

void TestValidatorTableModel::windows()
{
    QFETCH(int, window);
    QFETCH(quint64, from);
    QFETCH(bool, partial);
    QFETCH(int, blockCount);
    static const QList<chain::BlockHeader> all = [] {
        Simulation sim;
        sim.setAt = [](quint64) { return fixtures::range(4); };
        sim.to = 2500;
        return fixtures::simulate(sim);
    }();
    const QList<chain::BlockHeader> blocks = all.mid(qsizetype(from - 1));
    ManualClock clock(QDateTime::fromSecsSinceEpoch(qint64(all.last().timestamp), Qt::UTC));
    NetworkState state(&clock);
    state.configure(fixtures::network(4));
    ValidatorTableModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy summary(&model, &ValidatorTableModel::windowSummaryChanged);
    state.addBlocks(blocks);
    QVERIFY(settle(state));
    model.setWindow(ParticipationWindow(window));
    QCOMPARE(model.isPartial(), partial);
    QVERIFY2(qAbs(model.participation().report.blockCount - blockCount) <= 1,
        qPrintable(QString::number(model.participation().report.blockCount)));
    QVERIFY(summary.count() >= 1);
    if (partial)
        QVERIFY2(model.coverage().contains(u"partial"_s), qPrintable(model.coverage()));
}

void TestValidatorTableModel::signerMetricsMismatch()
{
    Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(4); };
    sim.to = 100;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(after(blocks));
    NetworkState state(&clock);
    state.configure(fixtures::network(4));
    ValidatorTableModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    state.addBlocks(blocks);
    QVERIFY(settle(state));
    const auto column = [&](int row) { return model.index(row, ValidatorTableModel::SignerMetricsColumn); };
    QVERIFY(column(0).data().toString().contains(u"no data"_s));

    // What Besu answers for [51, 100): the head (block 100) is excluded.
    QMap<QByteArray, besu::SignerMetric> truth;
    for (const chain::BlockHeader &b : blocks) {
        if (b.number < 51 || b.number >= 100)
            continue;
        besu::SignerMetric &m = truth[b.miner];
        m.address = chain::toHex(b.miner);
        ++m.proposedBlockCount;
        m.lastProposedBlockNumber = b.number;
    }
    QCOMPARE(truth.size(), 4);
    NodeRpcSlowStatus reply;
    reply.node = u"validator01"_s;
    reply.reachable = true;
    reply.signerMetrics = truth.values();
    reply.signerMetricsFrom = 51;
    state.applyRpcSlowStatus(reply);
    for (int r = 0; r < 4; ++r) {
        QVERIFY2(column(r).data().toString().contains(u"agrees"_s), qPrintable(column(r).data().toString()));
        QCOMPARE(
            column(r).data(ValidatorTableModel::SignerCheckRole).toInt(), int(analysis::SignerCheckVerdict::Agrees));
    }

    // Validator 2's count is off by one: only its signer-metrics cell changes.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    besu::SignerMetric &wrong = truth[fixtures::validator(2).address];
    const quint64 actual = wrong.proposedBlockCount;
    --wrong.proposedBlockCount;
    reply.signerMetrics = truth.values();
    state.applyRpcSlowStatus(reply);
    const int row = model.rowOf(fixtures::validator(2).address);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].value<QModelIndex>(), column(row));
    QCOMPARE(changed[0][1].value<QModelIndex>(), column(row));
    const QString text = column(row).data().toString();
    QVERIFY2(text.contains(u"RPC says %1, blocks say %2"_s.arg(actual - 1).arg(actual)), qPrintable(text));
    QVERIFY(text.startsWith(u"\u26a0"_s));
    QVERIFY(model.signerCheck(row).mismatch());
    QVERIFY(!column(row).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(
        column(row).data(ValidatorTableModel::SignerCheckRole).toInt(), int(analysis::SignerCheckVerdict::Mismatch));
    QVERIFY(column(0).data().toString().contains(u"agrees"_s));

    // A signer the inventory does not know gets a row of its own, flagged.
    const QByteArray stranger(20, '\x5a');
    reply.signerMetrics->append({chain::toHex(stranger), 2, 99});
    state.applyRpcSlowStatus(reply);
    const int strangerRow = model.rowOf(stranger);
    QCOMPARE(strangerRow, 4);
    QVERIFY(model.signerCheck(strangerRow).mismatch());
}

QTEST_GUILESS_MAIN(TestValidatorTableModel)
#include "tst_validatortablemodel.moc"

#include "../unit/itemmodels/tst_validatorfixtures.h"

#include "core/clock.h"
#include "itemmodels/overviewmodel.h"
#include "itemmodels/participationstripmodel.h"
#include "itemmodels/validatortablemodel.h"
#include "overviewpage.h"
#include "participationstripview.h"
#include "state/collector.h"
#include "state/networkstate.h"
#include "validatordetail.h"
#include "validatorspage.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "../common/devnetprofile.h"
#include "../common/imagecheck.h"
#include "../common/requireorskip.h"
#include "../common/rpccall.h"

using namespace Qt::StringLiterals;

namespace {

bool settle(NetworkState &state)
{
    BlockAnalysisCache *cache = BlockAnalysisCache::of(&state);
    if (!QTest::qWaitFor([cache] { return !cache->isBusy(); }, 60000))
        return false;
    QTest::qWait(50); // coalesced model refreshes
    return true;
}

bool saveShot(const QImage &image, const QTemporaryDir &dir, const QString &name)
{
    if (!image.save(dir.filePath(name)))
        return false;
    if (const QString shots = qEnvironmentVariable("SENTINELA_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        return image.save(QDir(shots).filePath(name));
    }
    return true;
}

} // namespace

class TestValidatorsPage : public QObject
{
    Q_OBJECT
private slots:
    void emptyUntilBlocks();
    void withData();
    void detailWithoutData();
    void devnetScreenshots();
    void cleanupTestCase();

private:
    QProcess m_devnet;
};

void TestValidatorsPage::emptyUntilBlocks()
{
    NetworkState state;
    ValidatorsPage page(&state);
    QVERIFY(page.isShowingEmptyState());
    QVERIFY(page.emptyReason().contains(u"No network"_s));
    state.configure(fixtures::network(4));
    QVERIFY(page.isShowingEmptyState());
    QVERIFY2(page.emptyReason().contains(u"Waiting for blocks"_s), qPrintable(page.emptyReason()));
}

void TestValidatorsPage::withData()
{
    // 8 validators over 1,200 blocks; validator03 goes down for the last 150 (red, round changes on its turns).
    fixtures::Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(8); };
    sim.down = [](quint64 n, int v) { return v == 2 && n > 1050; };
    sim.to = 1200;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp) + 1, Qt::UTC));
    NetworkState state(&clock);
    state.configure(fixtures::network(8));
    ValidatorsPage page(&state);
    page.resize(1600, 1000);
    state.addBlocks(blocks);
    QVERIFY(settle(state));
    QVERIFY(!page.isShowingEmptyState());
    QCOMPARE(page.table()->model()->rowCount(), 8);
    QCOMPARE(page.stripModel()->columnCount(), 1200);

    // Sorting by status puts the worst first (descending level).
    page.table()->sortByColumn(ValidatorTableModel::StatusColumn, Qt::DescendingOrder);
    const QString worst = page.table()->model()->index(0, ValidatorTableModel::ValidatorColumn).data().toString();
    QCOMPARE(worst, u"validator03"_s);
    QVERIFY(page.table()->model()->index(0, ValidatorTableModel::StatusColumn).data(Qt::DecorationRole).isValid());

    // The search filters rows.
    page.searchField()->setText(u"Institution 5"_s);
    QCOMPARE(page.table()->model()->rowCount(), 1);
    page.searchField()->clear();
    QCOMPARE(page.table()->model()->rowCount(), 8);

    // The window selector changes the model's window.
    page.windowSelector()->setCurrentIndex(page.windowSelector()->findData(int(ParticipationWindow::LastHour)));
    QCOMPARE(page.tableModel()->window(), ParticipationWindow::LastHour);

    // Selecting a validator fills the detail pane and highlights it in the strip.
    page.selectValidator(page.tableModel()->rowOf(fixtures::validator(2).address));
    const QString summary = page.detail()->summaryText();
    QVERIFY2(summary.contains(u"validator03"_s) && summary.contains(u"Signing rate"_s), qPrintable(summary));
    QVERIFY(page.detail()->chartPoints() > 0);
    QCOMPARE(page.strip()->selectedRow(), 2);

    // A signer-metrics reply claiming proposals by the down validator is flagged in the detail pane.
    QMap<QByteArray, besu::SignerMetric> metrics;
    for (const chain::BlockHeader &b : blocks) {
        if (b.number < 1101 || b.number >= 1200)
            continue;
        besu::SignerMetric &m = metrics[b.miner];
        m.address = chain::toHex(b.miner);
        ++m.proposedBlockCount;
        m.lastProposedBlockNumber = b.number;
    }
    QVERIFY(!metrics.contains(fixtures::validator(2).address));
    metrics.insert(fixtures::validator(2).address, {chain::toHex(fixtures::validator(2).address), 3, 1150});
    NodeRpcSlowStatus reply;
    reply.node = u"validator01"_s;
    reply.reachable = true;
    reply.signerMetrics = metrics.values();
    reply.signerMetricsFrom = 1101;
    state.applyRpcSlowStatus(reply);
    const QString flagged = page.detail()->summaryText();
    QVERIFY2(
        flagged.contains(u"Signer metrics"_s) && flagged.contains(u"RPC says 3, blocks say 0"_s), qPrintable(flagged));

    // Hovering a strip cell gives the block's details.
    const QString tip = page.stripModel()->index(2, 1199).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Block 1,200"_s) || tip.contains(u"Block 1200"_s), qPrintable(tip));

    page.resize(1600, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // At 1600 px the main columns (above all the share proposed) are in view without scrolling sideways.
    QTableView *table = page.table();
    for (int column : {ValidatorTableModel::InstitutionColumn, ValidatorTableModel::ValidatorColumn,
             ValidatorTableModel::StatusColumn, ValidatorTableModel::ProposedColumn, ValidatorTableModel::SignedColumn}) {
        const QRect cell = table->visualRect(table->model()->index(0, column));
        QVERIFY2(cell.isValid() && table->viewport()->rect().contains(cell),
            qPrintable(u"column %1 at x %2..%3, viewport %4 px wide"_s.arg(column)
                           .arg(cell.left())
                           .arg(cell.right())
                           .arg(table->viewport()->width())));
    }
    QVERIFY(page.detail()->chartShown());
    const QImage image = page.grab().toImage();
    QVERIFY(testsupport::distinctColours(image) > 20);
    QTemporaryDir dir;
    QVERIFY(saveShot(image, dir, u"validators-fixture.png"_s));
}

// Without points the detail's chart gives way to a note: empty axes would read 0, 0, 0 and 00:00, 00:00.
void TestValidatorsPage::detailWithoutData()
{
    ValidatorDetail detail;
    detail.resize(500, 400);
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    QVERIFY(!detail.chartShown());
    QVERIFY2(detail.chartNote().contains(u"No validator selected"_s), qPrintable(detail.chartNote()));

    // A validator of the set that no analysed block includes yet.
    NetworkState state;
    state.configure(fixtures::network(4));
    BlockAnalysisCache *cache = BlockAnalysisCache::of(&state);
    ValidatorIdentity identity;
    identity.address = fixtures::validator(1).address;
    identity.node = u"validator02"_s;
    detail.setValidator(identity, std::nullopt, *cache, WindowedParticipation {}, QDateTime::currentDateTimeUtc(),
        analysis::SignerCheck {});
    QVERIFY(!detail.chartShown());
    QVERIFY2(detail.chartNote().startsWith(u"No data yet"_s), qPrintable(detail.chartNote()));
    QCOMPARE(detail.chartPoints(), 0);
    QVERIFY(testsupport::distinctColours(detail.grab().toImage()) > 4);
}

void TestValidatorsPage::devnetScreenshots()
{
    const QString binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    SENTINELA_REQUIRE_OR_SKIP(QFile::exists(binary), "sentinela-devnet is not built (build the target sentinela-devnet)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(u"sentinela.yaml"_s);
    QByteArray out;
    const auto inventory = testsupport::startDevnetWithProfile(
        m_devnet, binary, {u"--institutions"_s, u"4"_s, u"--block-period"_s, u"0.25"_s}, config, &out);
    QVERIFY2(inventory, out.constData());
    const NetworkConfig &network = *inventory->active();
    // Two votes through the nodes' own qbft_proposeValidatorVote, as an operator would: validator01 to add a new
    // address, validator02 to remove validator04. One vote of four passes nothing (3 needed), so both stay pending.
    auto nodeNamed = [&network](const QString &name) { return testsupport::nodeNamed(network, name); };
    const QString newcomer = u"0x42d4287eac8078828cf5f3486cfe601a275a49a5"_s;
    QVERIFY(!nodeNamed(u"validator04"_s).address.isEmpty());
    for (const auto &[voter, params] : {std::pair {u"validator01"_s, R"([")" + newcomer.toLatin1() + R"(", true])"},
             std::pair {u"validator02"_s, R"([")" + nodeNamed(u"validator04"_s).address.toLatin1() + R"(", false])"}}) {
        const QByteArray reply = testsupport::jsonRpcCall(nodeNamed(voter).rpcHttp, "qbft_proposeValidatorVote", params);
        QVERIFY2(reply.contains(R"("result":true)"), reply.constData());
    }
    NetworkState state;
    Collector collector(&state);
    collector.setNetwork(network);
    ValidatorsPage validators(&state);
    OverviewPage overview(&state);
    validators.resize(1600, 1000);
    overview.resize(1600, 1000);
    collector.start();
    QTest::qWait(6000);
    QVERIFY(settle(state));
    collector.stop();
    QVERIFY2(state.blockCount() > 5, qPrintable(QString::number(state.blockCount())));
    QVERIFY(!validators.isShowingEmptyState());
    overview.model()->refresh();
    QVERIFY(!overview.isShowingEmptyState());
    QVERIFY(validators.tableModel()->rowCount() >= 4);
    QVERIFY(overview.model()->activeValidators() > 0);
    // The votes as collected from the nodes (qbft_getPendingVotes), on the page.
    QCOMPARE(state.pendingVotes().value(u"validator01"_s), besu::PendingVotes({{newcomer, true}}));
    const QString votes = validators.votesText();
    QVERIFY2(votes.contains(u"Add 0x42d4\u202649a5: to be cast by validator01 when proposing; it passes when 3 of the 4 "
                            "validators have cast it"_s),
        qPrintable(votes));
    QVERIFY2(votes.contains(u"Remove validator04: to be cast by validator02 when proposing"_s), qPrintable(votes));
    validators.selectValidator(0);

    validators.show();
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&validators));
    const QImage validatorsShot = validators.grab().toImage();
    const QImage overviewShot = overview.grab().toImage();
    QVERIFY(testsupport::distinctColours(validatorsShot) > 20);
    QVERIFY(testsupport::distinctColours(overviewShot) > 20);
    QVERIFY(saveShot(validatorsShot, dir, u"validators-devnet.png"_s));
    QVERIFY(saveShot(overviewShot, dir, u"overview-devnet.png"_s));
    qInfo("screenshots in %s", qPrintable(dir.path()));
}

void TestValidatorsPage::cleanupTestCase()
{
    if (m_devnet.state() != QProcess::NotRunning) {
        m_devnet.terminate();
        if (!m_devnet.waitForFinished(5000))
            m_devnet.kill();
    }
}

QTEST_MAIN(TestValidatorsPage)
#include "tst_validatorspage.moc"

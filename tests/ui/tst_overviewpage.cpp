#include "../unit/itemmodels/tst_validatorfixtures.h"

#include "core/clock.h"
#include "itemmodels/overviewmodel.h"
#include "overviewpage.h"
#include "state/networkstate.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "../common/imagecheck.h"

using namespace Qt::StringLiterals;

class TestOverviewPage : public QObject
{
    Q_OBJECT
private slots:
    void emptyUntilData();
    void tilesWithData();
};

void TestOverviewPage::emptyUntilData()
{
    NetworkState state;
    OverviewPage page(&state);
    page.resize(1280, 800);
    QVERIFY(page.isShowingEmptyState());
    QVERIFY(page.emptyReason().contains(u"No network"_s));
    state.configure(fixtures::network(4));
    QVERIFY(QTest::qWaitFor([&] { return page.emptyReason().contains(u"Waiting"_s); }, 5000));
    QVERIFY(page.isShowingEmptyState());
}

void TestOverviewPage::tilesWithData()
{
    fixtures::Simulation sim;
    sim.setAt = [](quint64) { return fixtures::range(8); };
    sim.down = [](quint64 n, int v) { return v == 2 && n > 90; };
    sim.quorumOnly = true; // as Besu seals
    sim.to = 120;
    const QList<chain::BlockHeader> blocks = fixtures::simulate(sim);
    ManualClock clock(QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp) + 12, Qt::UTC));
    NetworkState state(&clock);
    state.configure(fixtures::network(8));
    for (const QString &node : state.nodeNames()) {
        NodeRpcStatus s;
        s.node = node;
        s.at = clock.now().addSecs(-2);
        s.reachable = node != u"validator03"_s;
        if (s.reachable)
            s.blockNumber = 120;
        state.applyRpcStatus(s);
    }
    state.addBlocks(blocks);
    OverviewPage page(&state);
    page.resize(1600, 1000);
    QVERIFY(QTest::qWaitFor([&] { return page.model()->signing().lastBlock == 120; }, 30000));
    QVERIFY(!page.isShowingEmptyState());
    const QString text = page.tileTexts().join(u'\n');
    QVERIFY2(text.contains(QLocale().toString(120)), qPrintable(text));
    QVERIFY2(text.contains(u"7 of 8"_s), qPrintable(text)); // validators sealing in the window (quorum-only blocks)
    QVERIFY2(text.contains(u"quorum 6, fault-tolerance margin +1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"15 of 16"_s), qPrintable(text)); // nodes up
    QVERIFY2(text.contains(u"Institution 3"_s), qPrintable(text));
    // Seen 2 s ago, 10 s after the block: late (past 2 s + 8 s / 2), not halted.
    QVERIFY2(text.contains(u"the next block is late"_s), qPrintable(text));
    QVERIFY2(text.contains(u"No incident database is open"_s), qPrintable(text)); // no made-up incident count
    const QImage image = page.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(testsupport::distinctColours(image) > 20);
    QTemporaryDir dir;
    QVERIFY(image.save(dir.filePath(u"overview-fixture.png"_s)));
    if (const QString shots = qEnvironmentVariable("SENTINELA_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(image.save(QDir(shots).filePath(u"overview-fixture.png"_s)));
    }
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"

#include "../fixtures/topology/topologyfixture.h"

#include "core/clock.h"
#include "federationhealthwidget.h"
#include "itemmodels/federationhealthmodel.h"
#include "itemmodels/topologynodemodel.h"
#include "state/networkstate.h"
#include "topologypage.h"
#include "topologyview.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "../common/imagecheck.h"

using namespace Qt::StringLiterals;

class TestTopologyPage : public QObject
{
    Q_OBJECT
private slots:
    void emptyWithoutNetwork()
    {
        NetworkState state;
        TopologyPage page(&state);
        QVERIFY(page.isShowingEmptyState());
        QVERIFY(!page.emptyReason().isEmpty());
    }

    void fixtureGraph()
    {
        const TopologyFixture f
            = loadTopologyFixture(QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/topology/missing.json"));
        QVERIFY2(f.ok, qPrintable(f.error));
        ManualClock clock(QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC));
        NetworkState state(&clock);
        NetworkConfig network = f.network;
        network.prometheus = {{u"alfa-l2"_s, QUrl(u"https://alfa.example"_s), {}, {}},
            {u"beta-l2"_s, QUrl(u"https://beta.example"_s), {}, {}}};
        state.configure(network);

        TopologyPage page(&state);
        page.resize(1280, 860);
        QVERIFY(page.isShowingEmptyState());
        QVERIFY2(page.emptyReason().contains(u"admin_peers"_s), qPrintable(page.emptyReason()));

        for (auto it = f.adminPeers.cbegin(); it != f.adminPeers.cend(); ++it) {
            NodeRpcStatus s;
            s.node = it.key();
            s.at = clock.now();
            s.reachable = true;
            s.peers = *it;
            s.peerCount = int(it->size());
            state.applyRpcStatus(s);
        }
        QSignalSpy laidOut(page.view(), &TopologyView::layoutFinished);
        page.refresh();
        QVERIFY(!page.isShowingEmptyState());
        QVERIFY(laidOut.wait(10000));
        QCOMPARE(page.view()->positions().size(), page.nodeModel()->rowCount());
        QCOMPARE(page.nodeModel()->rowCount(), 8); // the prometheus node is left out

        // A refresh with the same nodes keeps every position and runs no layout.
        const auto before = page.view()->positions();
        page.refresh();
        QVERIFY(!page.view()->isLayoutPending());
        QCOMPARE(page.view()->positions(), before);

        // The federation matrix: one row per level-2 endpoint, one column per institution.
        QCOMPARE(page.federation()->model()->rowCount(), 2);
        QCOMPARE(page.federation()->model()->columnCount(), 2);

        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.view()->focusNode(u"validator01"_s));
        QCOMPARE(page.view()->selectedNode(), u"validator01"_s);
        QVERIFY2(page.details().contains(u"validator04"_s), qPrintable(page.details())); // its missing link
        QVERIFY(page.details().contains(u"Validator"_s));

        const QImage image = page.grab().toImage();
        QVERIFY(!image.isNull());
        const int colours = testsupport::distinctColours(image, 3);
        QVERIFY2(colours > 20, qPrintable(u"only %1 colours"_s.arg(colours)));
        // The view itself draws something besides its background.
        const QImage viewImage = page.view()->viewport()->grab().toImage();
        const int viewColours = testsupport::distinctColours(viewImage);
        QVERIFY2(viewColours > 10, qPrintable(u"view: %1 colours"_s.arg(viewColours)));

        const QString path = QDir::temp().filePath(u"sentinela_topologypage.png"_s);
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
        const QString dir = qEnvironmentVariable("SENTINELA_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(QDir(dir).filePath(u"topologypage.png"_s)));
        }
    }
};

QTEST_MAIN(TestTopologyPage)
#include "tst_topologypage.moc"

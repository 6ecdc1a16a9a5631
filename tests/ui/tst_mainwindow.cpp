#include "aboutdialog.h"
#include "blockspage.h"
#include "config/inventoryloader.h"
#include "emptystate.h"
#include "incidents/incidentbook.h"
#include "mainwindow.h"
#include "manual/manualpage.h"
#include "overviewpage.h"
#include "monitor/monitor.h"
#include "state/collector.h"
#include "state/networkstate.h"
#include "topologypage.h"
#include "validatorspage.h"

#include <QDir>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QImage>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "../common/imagecheck.h"
#include <QTranslator>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"SentinelaTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    }

    void everyPageRenders()
    {
        MainWindow window;
        const auto result
            = InventoryLoader::loadFile(QStringLiteral(SENTINELA_SOURCE_DIR "/resources/profiles/rbb.yaml"));
        QVERIFY(result.inventory);
        window.setInventory(*result.inventory);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pages()->count(), 7);
        const QStringList expected {u"Overview"_s, u"Validators"_s, u"Blocks"_s, u"Topology"_s, u"Incidents"_s,
            u"Operations Manual"_s, u"Usage"_s};
        for (int i = 0; i < window.pages()->count(); ++i) {
            QCOMPARE(window.pages()->tabText(i), expected[i]);
            window.pages()->setCurrentIndex(i);
            QApplication::processEvents();
            const QImage grab = window.grab().toImage();
            QVERIFY(!grab.isNull());
            QVERIFY2(testsupport::distinctColours(grab) > 8, qPrintable(u"page %1 looks blank"_s.arg(expected[i])));
            // An empty page says why there is no data; the pages not built yet say so, not "waiting for data".
            auto *empty = qobject_cast<EmptyState *>(window.pages()->widget(i));
            QVERIFY(empty);
            if (i == int(MainWindow::Page::Incidents)) {
                // Without an incident book the page says incidents are not recorded in this window.
                QVERIFY2(empty->reason().contains(u"No incident database"_s), qPrintable(empty->reason()));
            } else if (i == int(MainWindow::Page::Manual)) {
                // The Manual needs a profile (its folder), not live data.
                QVERIFY2(empty->title().contains(u"opens with a profile"_s), qPrintable(empty->title()));
                QVERIFY2(empty->explanation().contains(u"Markdown"_s), qPrintable(empty->explanation()));
                QVERIFY2(empty->reason().startsWith(u"No profile is open"_s), qPrintable(empty->reason()));
            } else {
                QVERIFY2(empty->reason().contains(u"no Prometheus endpoint"_s), qPrintable(empty->reason()));
            }
        }
        QVERIFY(window.windowTitle().contains(u"RBB"_s));
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        QVERIFY(
            std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text().contains(u"12120014"_s); }));
    }

    void statusBarShowsSources()
    {
        MainWindow window;
        SourceHealth ok;
        ok.state = SourceHealth::State::Ok;
        ok.source = u"Prometheus"_s;
        ok.detail = u"serving a-l2"_s;
        ok.lastGood = QDateTime::currentDateTimeUtc().addSecs(-3);
        SourceHealth down;
        down.state = SourceHealth::State::Down;
        down.source = u"RPC validator01"_s;
        down.lastError = u"connection refused"_s;
        SourceHealth rpcOk = ok;
        rpcOk.source = u"RPC validator02"_s;
        window.setSourceHealth({{u"prometheus"_s, ok}, {u"rpc:validator01"_s, down}, {u"rpc:validator02"_s, rpcOk}});
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        // Without a collector there is no endpoint list: the federation's state, and no made-up "1 of 1".
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().contains(u"✔ Prometheus: ok (serving a-l2)"_s)
                && l->text().contains(u"✖ JSON-RPC: 1 of 2 ok"_s) && l->toolTip().contains(u"connection refused"_s);
        }));
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text().contains(u"s ago"_s); }));
    }

    // Two level-2 endpoints configured: the status bar counts both, whichever serves.
    void federationCountsEndpoints_data()
    {
        QTest::addColumn<bool>("liveFirst");
        QTest::addColumn<QString>("expected");
        QTest::newRow("preferred down, failover") << false << u"▲ Prometheus: 1 of 2 ok (serving l2-live)"_s;
        QTest::newRow("preferred serving") << true << u"✔ Prometheus: 1 of 2 ok, 1 on standby (serving l2-live)"_s;
    }
    void federationCountsEndpoints()
    {
        QFETCH(bool, liveFirst);
        QFETCH(QString, expected);
        // A level-2 Prometheus with fresh samples of `up` (the federation's freshness probe) and empty answers to
        // the collector's queries.
        QHttpServer server;
        server.route(u"/api/v1/query"_s, [](const QHttpServerRequest &request) {
            const QString promql = request.query().queryItemValue(u"query"_s, QUrl::FullyDecoded);
            QByteArray result = "[]";
            if (promql.contains(u"timestamp(up"_s)) {
                const QByteArray now = QByteArray::number(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0, 'f', 3);
                result = "[{\"metric\":{},\"value\":[" + now + ",\"" + now + "\"]}]";
            }
            return QHttpServerResponse("application/json",
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":" + result + "}}");
        });
        const quint16 livePort = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(livePort != 0);
        QTcpServer closed; // a port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 deadPort = closed.serverPort();
        closed.close();

        NetworkConfig net;
        net.name = u"test"_s;
        net.displayName = u"Test network"_s;
        net.chainId = 1337;
        net.prometheusJob = u"rbb"_s;
        net.polling.prometheusMs = 1000;
        PrometheusEndpoint live {u"l2-live"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(livePort)), {}, {}};
        PrometheusEndpoint dead {u"l2-dead"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(deadPort)), {}, {}};
        net.prometheus = liveFirst ? QList<PrometheusEndpoint> {live, dead} : QList<PrometheusEndpoint> {dead, live};
        Inventory inventory;
        inventory.activeNetwork = net.name;
        inventory.networks = {net};

        Monitor monitor;
        MainWindow window(&monitor);
        window.setInventory(inventory);
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        QLabel *sources = nullptr;
        const auto shows = [&] {
            for (QLabel *l : labels) {
                if (l->text().contains(expected))
                    sources = l;
            }
            return sources != nullptr;
        };
        QStringList texts;
        for (QLabel *l : labels)
            texts << l->text();
        QVERIFY2(QTest::qWaitFor(shows, 15000), qPrintable(texts.join(u" | "_s)));
        QVERIFY2(!sources->text().contains(u"1 of 1"_s), qPrintable(sources->text()));
        // The tooltip names each endpoint with its own state.
        QVERIFY2(sources->toolTip().contains(u"Prometheus l2-live (ok)"_s), qPrintable(sources->toolTip()));
        QVERIFY2(sources->toolTip().contains(u"Prometheus l2-dead"_s), qPrintable(sources->toolTip()));
        monitor.stop();
    }

    // The pages not built yet: their text fits at common window sizes, wraps instead of being clipped, and no label
    // overlaps another.
    void emptyStatesFit_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1600x900") << QSize(1600, 900);
    }
    void emptyStatesFit()
    {
        QFETCH(QSize, size);
        Monitor monitor;
        MainWindow window(&monitor);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The Operations Manual is a page of its own (tst_manualpage); the Incidents page without a book is empty.
        QVERIFY(qobject_cast<ManualPage *>(window.page(MainWindow::Page::Manual)));
        for (const auto p : {MainWindow::Page::Incidents}) {
            window.showPage(p);
            QApplication::processEvents();
            auto *empty = qobject_cast<EmptyState *>(window.page(p));
            QVERIFY(empty);
            QRect above;
            for (QLabel *label : empty->labels()) {
                const QString what = label->text().left(40);
                QVERIFY2(label->isVisible(), qPrintable(what));
                // What the text needs at the label's width, asked of a fresh label (a label's own answer never
                // goes below its current minimum height).
                QLabel probe(label->text());
                probe.setFont(label->font());
                probe.setWordWrap(true);
                const int needed = probe.heightForWidth(label->width());
                QVERIFY2(label->height() >= needed,
                    qPrintable(u"clipped: %1 (%2 px high, needs %3)"_s.arg(what).arg(label->height()).arg(needed)));
                const QRect r(label->mapTo(empty, QPoint(0, 0)), label->size());
                QVERIFY2(empty->rect().contains(r), qPrintable(u"outside the page: "_s + what));
                QVERIFY2(!r.intersects(above), qPrintable(u"overlaps the label above: "_s + what));
                above = r;
            }
            const QImage grab = window.grab().toImage();
            QVERIFY(testsupport::distinctColours(grab) > 8);
            if (const QString dir = qEnvironmentVariable("SENTINELA_SCREENSHOT_DIR"); !dir.isEmpty()) {
                QDir().mkpath(dir);
                QVERIFY(grab.save(QDir(dir).filePath(
                    u"empty-%1-%2x%3.png"_s.arg(int(p)).arg(size.width()).arg(size.height()))));
            }
        }
    }

    void resourcesAndTranslations()
    {
        QVERIFY(QFile::exists(u":/profiles/rbb.yaml"_s));
        QVERIFY(QFile::exists(u":/icons/sentinela.svg"_s));
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Portuguese, QLocale::Brazil), u"sentinela"_s, u"_"_s, u":/i18n"_s));
        QCOMPARE(translator.translate("MainWindow", "Validators"), u"Validadores"_s);
        QCOMPARE(translator.translate("MainWindow", "Operations Manual"), u"Manual de Operações"_s);
    }

    void livePagesWithState()
    {
        Monitor monitor;
        MainWindow window(&monitor);
        QVERIFY(qobject_cast<OverviewPage *>(window.page(MainWindow::Page::Overview)));
        QVERIFY(qobject_cast<ValidatorsPage *>(window.page(MainWindow::Page::Validators)));
        QVERIFY(qobject_cast<BlocksPage *>(window.page(MainWindow::Page::Blocks)));
        QVERIFY(qobject_cast<TopologyPage *>(window.page(MainWindow::Page::Topology)));
        // Without an incident book the Incidents page says why it is empty.
        QVERIFY(qobject_cast<EmptyState *>(window.page(MainWindow::Page::Incidents)));
    }

    // A book that cannot write (here: a file-size limit, as on a full disk) is named in the status bar until the
    // held changes are written again.
    void unsavedIncidentsInStatusBar()
    {
        QTemporaryDir dir;
        Monitor monitor;
        IncidentBook book;
        book.open(dir.filePath(u"incidents.sqlite"_s));
        QVERIFY(book.waitForIdle() && book.isOpen());
        MainWindow window(&monitor, &book);
        auto *label = window.statusBar()->findChild<QLabel *>(u"worstIncident"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), u"No open incident"_s);

        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tight = saved;
        tight.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
        Detection d;
        d.rule = u"chain-halted"_s;
        d.title = u"Chain halted"_s;
        book.raise(d, {});
        QVERIFY(book.waitForIdle());
        QCoreApplication::processEvents();
        const bool held = book.hasUnsavedChanges();
        const QString shown = label->text();
        const QString tip = label->toolTip();
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, oldHandler);
        if (const QString grab = qEnvironmentVariable("SENTINELA_GRAB_DIR"); !grab.isEmpty()) {
            window.resize(1200, 400);
            window.statusBar()->grab().save(grab + u"/statusbar-unsaved.png"_s);
        }
        QVERIFY(held);
        QVERIFY2(shown.contains(u"Incidents not saved, retrying"_s), qPrintable(shown));
        QVERIFY2(tip.contains(u"incidents.sqlite"_s), qPrintable(tip));

        // Space again: the next retry (every 2 s) writes it and the bar shows the incident.
        QVERIFY(QTest::qWaitFor([&] { return !book.hasUnsavedChanges(); }, 5000));
        QTRY_VERIFY2(label->text().contains(u"open incident"_s), qPrintable(label->text()));
        QVERIFY(book.openIncidents().value(0).id > 0);
    }

    void noProfile()
    {
        MainWindow window;
        auto *empty = qobject_cast<EmptyState *>(window.page(MainWindow::Page::Overview));
        QVERIFY(empty);
        QVERIFY(empty->reason().contains(u"No profile"_s));
    }

    void aboutListsLibraries()
    {
        const auto versions = AboutDialog::libraryVersions();
        QVERIFY(versions.size() >= 6);
        for (const auto &[name, version] : versions)
            QVERIFY2(!version.isEmpty() && version.at(0).isDigit(), qPrintable(name + u": "_s + version));
        AboutDialog dialog;
        QVERIFY(!dialog.grab().isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

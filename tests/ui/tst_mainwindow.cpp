#include "aboutdialog.h"
#include "blockspage.h"
#include "config/inventoryloader.h"
#include "emptystate.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "state/networkstate.h"
#include "topologypage.h"
#include "validatorspage.h"

#include <QImage>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

#include "../common/imagecheck.h"
#include <QTranslator>

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
        QCOMPARE(window.pages()->count(), 6);
        const QStringList expected {
            u"Overview"_s, u"Validators"_s, u"Blocks"_s, u"Topology"_s, u"Incidents"_s, u"Operations Manual"_s};
        for (int i = 0; i < window.pages()->count(); ++i) {
            QCOMPARE(window.pages()->tabText(i), expected[i]);
            window.pages()->setCurrentIndex(i);
            QApplication::processEvents();
            const QImage grab = window.grab().toImage();
            QVERIFY(!grab.isNull());
            QVERIFY2(testsupport::distinctColours(grab) > 8, qPrintable(u"page %1 looks blank"_s.arg(expected[i])));
            // An empty page says why there is no data.
            if (auto *empty = qobject_cast<EmptyState *>(window.pages()->widget(i)))
                QVERIFY(empty->reason().contains(u"no Prometheus endpoint"_s));
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
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().contains(u"✔ Prometheus: 1 of 1 ok (serving a-l2)"_s)
                && l->text().contains(u"✖ JSON-RPC: 1 of 2 ok"_s) && l->toolTip().contains(u"connection refused"_s);
        }));
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text().contains(u"s ago"_s); }));
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
        NetworkState state;
        MainWindow window(&state, nullptr);
        QVERIFY(qobject_cast<OverviewPage *>(window.page(MainWindow::Page::Overview)));
        QVERIFY(qobject_cast<ValidatorsPage *>(window.page(MainWindow::Page::Validators)));
        QVERIFY(qobject_cast<BlocksPage *>(window.page(MainWindow::Page::Blocks)));
        QVERIFY(qobject_cast<TopologyPage *>(window.page(MainWindow::Page::Topology)));
        // Pages not built yet still say what they will show.
        QVERIFY(qobject_cast<EmptyState *>(window.page(MainWindow::Page::Incidents)));
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

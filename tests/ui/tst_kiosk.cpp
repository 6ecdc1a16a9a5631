#include "../unit/itemmodels/tst_validatorfixtures.h"

#include "core/clock.h"
#include "core/format.h"
#include "incidents/incidentbook.h"
#include "itemmodels/kioskplaylist.h"
#include "itemmodels/overviewmodel.h"
#include "kiosk/kioskalert.h"
#include "kiosk/kioskwindow.h"
#include "kiosk/walloverview.h"
#include "kiosk/walltypography.h"
#include "mainwindow.h"
#include "monitor/monitor.h"
#include "state/networkstate.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "../common/imagecheck.h"
#include "../common/usagefixtures.h"

using namespace Qt::StringLiterals;

namespace {

Detection chainHalt()
{
    Detection d;
    d.rule = QString::fromLatin1(Rules::ChainHalted);
    d.severity = IncidentSeverity::CriticalIncident;
    d.level = HealthLevel::Critical;
    d.title = u"Chain halted: no block for 41 s"_s;
    d.evidence = u"head 120 seen by validator01 through rpc 2 s ago"_s;
    d.path = u"rpc"_s;
    return d;
}

// A monitor with its sources off, filled with 120 quorum-sealed blocks of 8 validators, one of them down; every node
// answered 2 s before the clock.
struct Wall
{
    QList<chain::BlockHeader> blocks;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<Monitor> monitor;

    explicit Wall(bool level2 = false)
    {
        fixtures::Simulation sim;
        sim.setAt = [](quint64) { return fixtures::range(8); };
        sim.down = [](quint64 n, int v) { return v == 2 && n > 90; };
        sim.quorumOnly = true;
        sim.to = 120;
        blocks = fixtures::simulate(sim);
        clock = std::make_unique<ManualClock>(QDateTime::fromSecsSinceEpoch(qint64(blocks.last().timestamp) + 3, Qt::UTC));
        monitor = std::make_unique<Monitor>(clock.get());
        NetworkConfig network = fixtures::network(8);
        network.displayName = u"RBB lab"_s;
        if (level2) // the Topology page's federation table, one row per level-2 endpoint
            network.prometheus = {{u"prometheus-nivel2-bndes"_s, QUrl(u"https://l2.bndes.example"_s), {}, {}},
                {u"prometheus-nivel2-tcu"_s, QUrl(u"https://l2.tcu.example"_s), {}, {}}};
        monitor->setNetwork(network, false);
        answer(clock->now().addSecs(-2));
        monitor->state()->addBlocks(blocks);
    }

    void answer(const QDateTime &at)
    {
        NetworkState *state = monitor->state();
        for (const QString &node : state->nodeNames()) {
            NodeRpcStatus s;
            s.node = node;
            s.at = at;
            s.reachable = node != u"validator03"_s;
            if (s.reachable)
                s.blockNumber = 120;
            state->applyRpcStatus(s);
        }
    }
};

KioskConfig config(QList<KioskPage> pages = {{u"overview"_s, 30}, {u"validators"_s, 10}})
{
    KioskConfig k = KioskConfig::rbbDefaults();
    k.playlist = pages;
    return k;
}

bool waitForAnalysis(KioskWindow &kiosk)
{
    return QTest::qWaitFor(
        [&] {
            kiosk.refresh();
            return kiosk.overview()->validatorsFigure()->text().contains(u"7"_s);
        },
        30000);
}

} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rotationFollowsTheClock();
    void criticalIncidentHoldsTheWallUntilAcknowledged();
    void startsBeforeTheDatabaseExists();
    void staleBanner();
    void readOnlyAndExitChord();
    void viewKioskFromTheMainWindow();
    void grabs_data();
    void grabs();

private:
    QTranslator m_sentinela;
    QTranslator m_qt;
};

void TestKiosk::initTestCase()
{
    QCoreApplication::setOrganizationName(u"SentinelaTest"_s);
    QCoreApplication::setApplicationName(u"tst_kiosk"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestKiosk::rotationFollowsTheClock()
{
    Wall wall;
    KioskWindow kiosk(wall.monitor.get(), nullptr, config());
    kiosk.resize(1920, 1080);
    QCOMPARE(kiosk.currentView(), kiosk.overview());
    wall.clock->advance(29900);
    QCOMPARE(kiosk.currentView(), kiosk.overview());
    wall.clock->advance(100);
    QVERIFY(kiosk.pageView(u"validators"_s));
    QCOMPARE(kiosk.currentView(), kiosk.pageView(u"validators"_s));
    wall.clock->advance(9999);
    QCOMPARE(kiosk.currentView(), kiosk.pageView(u"validators"_s));
    wall.clock->advance(1);
    QCOMPARE(kiosk.currentView(), kiosk.overview());
    // Pages the kiosk cannot show (incidents without a book) are left out, not shown blank.
    kiosk.setKioskConfig(config({{u"incidents"_s, 10}, {u"blocks"_s, 10}}));
    QCOMPARE(kiosk.playlist()->pages().size(), 1);
    QCOMPARE(kiosk.playlist()->currentPage(), u"blocks"_s);
}

// The desktop writes the shared database; the wall's read-only book sees it and the wall follows.
void TestKiosk::criticalIncidentHoldsTheWallUntilAcknowledged()
{
    Wall wall;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.sqlite"_s);
    IncidentBook desktop(wall.clock.get());
    desktop.open(path);
    QVERIFY(desktop.waitForIdle());
    IncidentBook shared(wall.clock.get());
    shared.setReadOnly(true);
    shared.open(path);
    QVERIFY(shared.waitForIdle());

    KioskWindow kiosk(wall.monitor.get(), &shared, config());
    kiosk.resize(1920, 1080);
    QCOMPARE(kiosk.currentView(), kiosk.overview());

    const QString uid = desktop.raise(chainHalt(), wall.clock->now());
    QVERIFY(desktop.waitForIdle());
    QVERIFY(QTest::qWaitFor([&] { return kiosk.currentView() == kiosk.alert(); }, 10000));
    QCOMPARE(kiosk.alert()->incident(), uid);
    QVERIFY2(kiosk.alert()->texts().join(u'\n').contains(u"Chain halted: no block for 41 s"_s),
        qPrintable(kiosk.alert()->texts().join(u'\n')));

    // The rotation is held, however long nobody answers.
    wall.clock->advance(15 * 60 * 1000);
    kiosk.refresh();
    QCOMPARE(kiosk.currentView(), kiosk.alert());

    // The wall cannot acknowledge: its book is read-only.
    QSignalSpy refused(&shared, &IncidentBook::refused);
    shared.acknowledge(uid, u"wall"_s, u"bndes"_s, wall.clock->now());
    QCOMPARE(refused.count(), 1);
    QCOMPARE(kiosk.currentView(), kiosk.alert());

    desktop.acknowledge(uid, u"ana"_s, u"bndes"_s, wall.clock->now());
    QVERIFY(desktop.waitForIdle());
    QVERIFY(QTest::qWaitFor([&] { return kiosk.currentView() != kiosk.alert(); }, 10000));
    QCOMPARE(kiosk.currentView(), kiosk.overview());
    QVERIFY(!kiosk.playlist()->isInterrupted());
    // The open (acknowledged) incident stays listed on the overview, with its action countdown.
    QVERIFY2(kiosk.overview()->incidentTexts().join(u'\n').contains(u"Chain halted"_s),
        qPrintable(kiosk.overview()->incidentTexts().join(u'\n')));
}

// A wall started before any desktop created the incident database: it starts, shows no incident, and follows the
// database as soon as a desktop creates it.
void TestKiosk::startsBeforeTheDatabaseExists()
{
    Wall wall;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.sqlite"_s);
    IncidentBook shared(wall.clock.get());
    shared.setReadOnly(true);
    QSignalSpy opened(&shared, &IncidentBook::opened);
    shared.open(path);
    QVERIFY(shared.waitForIdle());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    QVERIFY(!QFile::exists(path)); // a read-only book never creates the file

    KioskWindow kiosk(wall.monitor.get(), &shared, config({{u"overview"_s, 30}, {u"incidents"_s, 10}}));
    kiosk.resize(1920, 1080);
    kiosk.refresh();
    QCOMPARE(kiosk.currentView(), kiosk.overview());
    QVERIFY(kiosk.pageView(u"incidents"_s));
    QVERIFY(kiosk.overview()->incidentTexts().join(QString()).indexOf(u"Chain halted"_s) < 0);
    QVERIFY(shared.incidents().isEmpty());

    // The desktop starts later and raises a critical incident: the wall picks the file up and is interrupted.
    IncidentBook desktop(wall.clock.get());
    desktop.open(path);
    QVERIFY(desktop.waitForIdle());
    const QString uid = desktop.raise(chainHalt(), wall.clock->now());
    QVERIFY(desktop.waitForIdle());
    QVERIFY(QTest::qWaitFor([&] { return shared.isOpen() && shared.find(uid); }, 10000));
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).toBool(), true);
    QVERIFY(QTest::qWaitFor([&] { return kiosk.currentView() == kiosk.alert(); }, 5000));
    QCOMPARE(kiosk.alert()->incident(), uid);
    // And it keeps following it afterwards.
    desktop.acknowledge(uid, u"ana"_s, u"bndes"_s, wall.clock->now());
    QVERIFY(desktop.waitForIdle());
    QVERIFY(QTest::qWaitFor([&] { return kiosk.currentView() != kiosk.alert(); }, 10000));
    QVERIFY2(kiosk.overview()->incidentTexts().join(u'\n').contains(u"Chain halted"_s),
        qPrintable(kiosk.overview()->incidentTexts().join(u'\n')));
}

void TestKiosk::staleBanner()
{
    Wall wall;
    KioskWindow kiosk(wall.monitor.get(), nullptr, config());
    kiosk.resize(1920, 1080);
    kiosk.refresh();
    QVERIFY(!kiosk.isStaleBannerVisible());
    // Three 5 s polls without any answer: 15 s. At 14 s past the last answer, still live.
    wall.clock->advance(12000);
    kiosk.refresh();
    QVERIFY(!kiosk.isStaleBannerVisible());
    wall.clock->advance(4000);
    kiosk.refresh();
    QVERIFY(kiosk.isStaleBannerVisible());
    QVERIFY2(kiosk.staleBannerText().contains(u"DATA OUT OF DATE"_s), qPrintable(kiosk.staleBannerText()));
    // The newest figure is the blocks, received when the wall started: 16 s old.
    QVERIFY2(kiosk.staleBannerText().contains(formatDuration(16000)), qPrintable(kiosk.staleBannerText()));
    QVERIFY(kiosk.staleBanner()->font().pixelSize() >= WallTypography::pixels(1080, WallTypography::Heading));

    // A source down is named.
    SourceHealth down;
    down.state = SourceHealth::State::Down;
    down.source = u"Prometheus bndes-l2"_s;
    down.lastError = u"connection refused"_s;
    wall.monitor->state()->setHealth(u"prometheus:bndes-l2"_s, down);
    QVERIFY2(kiosk.staleBannerText().contains(u"Prometheus bndes-l2"_s), qPrintable(kiosk.staleBannerText()));

    // Fresh figures again: the banner goes; the down source stays named in a smaller warning line.
    wall.answer(wall.clock->now());
    kiosk.refresh();
    QVERIFY(!kiosk.isStaleBannerVisible());
    QVERIFY(kiosk.staleBannerText().contains(u"Prometheus bndes-l2"_s));

    // The override of the profile wins.
    KioskConfig k = config();
    k.staleAfterSeconds = 60;
    kiosk.setKioskConfig(k);
    wall.clock->advance(30000);
    kiosk.refresh();
    QVERIFY(!kiosk.isStaleBannerVisible());
    wall.clock->advance(31000);
    kiosk.refresh();
    QVERIFY(kiosk.isStaleBannerVisible());
}

void TestKiosk::readOnlyAndExitChord()
{
    Wall wall;
    KioskWindow kiosk(wall.monitor.get(), nullptr, config());
    kiosk.resize(1280, 720);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    QCOMPARE(kiosk.cursor().shape(), Qt::BlankCursor);
    QVERIFY(kiosk.windowFlags() & Qt::FramelessWindowHint);
    QSignalSpy exit(&kiosk, &KioskWindow::exitRequested);
    // Ordinary keys and a close request do nothing.
    QTest::keyClick(&kiosk, Qt::Key_Escape);
    QTest::keyClick(&kiosk, Qt::Key_Q, Qt::ControlModifier);
    QTest::keyClick(&kiosk, Qt::Key_F4, Qt::AltModifier);
    QVERIFY(!kiosk.close());
    QVERIFY(kiosk.isVisible());
    QCOMPARE(exit.count(), 0);
    // The chord of the profile.
    QTest::keyClick(kiosk.overview(), Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(exit.count(), 1);
    QVERIFY(kiosk.close());
}

// View → Kiosk: the wall over the window's own monitor; the chord closes it and the desktop stays.
void TestKiosk::viewKioskFromTheMainWindow()
{
    Wall wall;
    MainWindow window(wall.monitor.get(), nullptr);
    auto *action = window.findChild<QAction *>(u"kioskAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QPointer<KioskWindow> kiosk = window.kioskWindow();
    QVERIFY(kiosk);
    QVERIFY(kiosk->isVisible());
    QCOMPARE(kiosk->currentView(), kiosk->overview());
    QTest::keyClick(kiosk->overview(), Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QVERIFY(QTest::qWaitFor([&] { return !kiosk; }, 5000)); // closed and deleted
}

void TestKiosk::grabs_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1080p") << QSize(1920, 1080);
    QTest::newRow("4K") << QSize(3840, 2160);
}

// In pt_BR (the users' language, longer words): the key figures must be large for the screen and nothing clipped.
void TestKiosk::grabs()
{
    QFETCH(QSize, size);
    const QLocale ptBr(QLocale::Portuguese, QLocale::Brazil);
    QLocale::setDefault(ptBr);
    if (m_sentinela.isEmpty() && m_sentinela.load(ptBr, u"sentinela"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&m_sentinela);
    if (m_qt.isEmpty() && m_qt.load(ptBr, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);

    Wall wall(true);
    IncidentBook book(wall.clock.get());
    Detection lag;
    lag.rule = QString::fromLatin1(Rules::ValidatorDown);
    lag.subject = u"validator03"_s;
    lag.severity = IncidentSeverity::Incident;
    lag.title = u"validator03 down"_s;
    book.raise(lag, wall.clock->now().addSecs(-300));
    const QString critical = book.raise(chainHalt(), wall.clock->now().addSecs(-60));
    book.acknowledge(critical, u"ana"_s, u"bndes"_s, wall.clock->now());

    KioskWindow kiosk(wall.monitor.get(), &book, config({{u"overview"_s, 600}, {u"validators"_s, 10}}));
    kiosk.resize(size);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    QVERIFY(waitForAnalysis(kiosk));
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    QTemporaryDir dir;
    const QString shots = qEnvironmentVariable("SENTINELA_SCREENSHOT_DIR");
    const auto save = [&](const QString &name) {
        const QImage image = kiosk.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(testsupport::distinctColours(image, 4) > 10);
        QVERIFY(image.save(dir.filePath(name)));
        if (!shots.isEmpty())
            QVERIFY(image.save(QDir(shots).filePath(name)));
    };
    save(u"kiosk-overview-%1.png"_s.arg(tag));
    QCOMPARE(kiosk.screenHeight(), size.height());

    const int h = size.height();
    WallOverview *overview = kiosk.overview();
    QVERIFY(overview->lastBlockFigure()->font().pixelSize() >= int(0.1 * h));
    for (QLabel *figure : {overview->statusFigure(), overview->lastBlockFigure(), overview->validatorsFigure()})
        QVERIFY2(figure->font().pixelSize() >= int(WallTypography::FigureMinimum * h) - 1, qPrintable(figure->text()));
    const QList<QLabel *> labels = overview->findChildren<QLabel *>();
    int checked = 0;
    for (QLabel *label : labels) {
        if (label->isHidden() || label->text().isEmpty())
            continue;
        ++checked;
        QVERIFY2(label->font().pixelSize() >= int(WallTypography::Footnote * h) - 1, qPrintable(label->text()));
        // Nothing cut: one-line labels fit their width, wrapped ones their height.
        const QFontMetrics fm(label->font());
        if (label->wordWrap()) {
            const QRect need = fm.boundingRect(label->contentsRect(), Qt::TextWordWrap, label->text());
            QVERIFY2(need.height() <= label->contentsRect().height() + 2, qPrintable(label->text()));
        } else {
            QVERIFY2(fm.horizontalAdvance(label->text()) <= label->contentsRect().width() + 2,
                qPrintable(u"%1: %2 > %3"_s.arg(label->text())
                               .arg(fm.horizontalAdvance(label->text()))
                               .arg(label->contentsRect().width())));
        }
    }
    QVERIFY(checked >= 12);
    QVERIFY(overview->institutionTexts().size() == 8);
    QCOMPARE(overview->incidentTexts().size(), 2);

    // The critical view, then stale data with a source down.
    Detection quorum = chainHalt();
    quorum.rule = QString::fromLatin1(Rules::QuorumLost);
    quorum.title = u"Quorum lost: 5 of 8 validators active, quorum 6"_s;
    const QString second = book.raise(quorum, wall.clock->now().addSecs(-90));
    kiosk.refresh();
    QCOMPARE(kiosk.currentView(), kiosk.alert());
    QVERIFY(kiosk.alert()->titleLabel()->font().pixelSize() >= int(0.08 * h));
    save(u"kiosk-alert-%1.png"_s.arg(tag));
    book.acknowledge(second, u"ana"_s, u"bndes"_s, wall.clock->now());
    QCOMPARE(kiosk.currentView(), kiosk.overview());
    SourceHealth down;
    down.state = SourceHealth::State::Down;
    down.source = u"Prometheus bndes-l2"_s;
    wall.monitor->state()->setHealth(u"prometheus:bndes-l2"_s, down);
    wall.clock->advance(125000);
    kiosk.refresh();
    QVERIFY(kiosk.isStaleBannerVisible());
    QCOMPARE(kiosk.currentView(), kiosk.overview());
    QVERIFY(kiosk.staleBanner()->height() >= kiosk.staleBanner()->heightForWidth(kiosk.staleBanner()->width()));
    save(u"kiosk-stale-%1.png"_s.arg(tag));
    // Every desktop page of the rotation on the wall, in the wall's type size: no table column cut short.
    wall.answer(wall.clock->now());
    kiosk.refresh();
    // The Usage page's figures: each block carries two contract calls from accounts no institution of the lab
    // answers for.
    QList<usage::BlockTransactions> transactions;
    for (const chain::BlockHeader &b : std::as_const(wall.blocks))
        transactions << usagefixtures::block(b.number, b.timestamp,
            {usagefixtures::tx(usagefixtures::addr(0xa1), usagefixtures::addr(0xc0de), 21000),
                usagefixtures::tx(usagefixtures::addr(0xee), usagefixtures::addr(0xc0de), 42000)});
    wall.monitor->state()->addTransactions(transactions);
    for (const QString &key : {u"validators"_s, u"blocks"_s, u"topology"_s, u"incidents"_s, u"usage"_s}) {
        kiosk.setKioskConfig(config({{key, 30}}));
        QCOMPARE(kiosk.currentView(), kiosk.pageView(key));
        QWidget *page = kiosk.currentView();
        const auto shownTables = [&] {
            QList<QTableView *> shown;
            const QList<QTableView *> all = page->findChildren<QTableView *>();
            for (QTableView *t : all) {
                if (t->isVisibleTo(page) && t->model() && t->model()->rowCount() > 0)
                    shown << t;
            }
            return shown;
        };
        // Each page shows a table once its data is analysed (the validators' seals take a moment).
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         kiosk.refresh();
                         return !shownTables().isEmpty();
                     },
                     20000),
            qPrintable(key));
        for (int i = 0; i < 10; ++i) // the periodic fit, as on a wall
            kiosk.refresh();
        save(u"kiosk-%1-%2.png"_s.arg(key, tag));
        const QList<QTableView *> tables = shownTables();
        for (QTableView *table : tables) {
            if (!table->isVisibleTo(page) || !table->model())
                continue;
            QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                if (table->isColumnHidden(c))
                    continue;
                const int need = std::max(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c),
                    table->horizontalHeader()->sectionSizeHint(c));
                // A header is never cut.
                QVERIFY2(table->columnWidth(c) >= table->horizontalHeader()->sectionSizeHint(c),
                    qPrintable(u"%1: header %2"_s.arg(key, table->model()->headerData(c, Qt::Horizontal).toString())));
                if (table->columnWidth(c) < need) {
                    // Too long for the wall even so: wrapped onto more lines, every row as tall as it needs.
                    QVERIFY(table->wordWrap());
                    for (int r = 0; r < table->model()->rowCount(); ++r)
                        QVERIFY2(table->rowHeight(r) >= static_cast<QAbstractItemView *>(table)->sizeHintForRow(r),
                            qPrintable(u"%1: row %2 is %3 px for %4 px"_s.arg(key)
                                           .arg(r)
                                           .arg(table->rowHeight(r))
                                           .arg(static_cast<QAbstractItemView *>(table)->sizeHintForRow(r))));
                    // And it got at least a fair share of the width.
                    QVERIFY(table->columnWidth(c) * table->model()->columnCount() >= table->viewport()->width() / 2);
                    continue;
                }
                QVERIFY2(table->columnWidth(c) >= need,
                    qPrintable(u"%1 %2: column %3 (%4) is %5 px for %6 px"_s.arg(key, table->objectName())
                                   .arg(c)
                                   .arg(table->model()->headerData(c, Qt::Horizontal).toString())
                                   .arg(table->columnWidth(c))
                                   .arg(need)));
            }
        }
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"

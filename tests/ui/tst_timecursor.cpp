// The time cursor over an opened snapshot replays its window: a network is recorded as it runs (blocks sealed by
// real keys, a validator down for a while, an incident raised, acknowledged and resolved), the models' contents are
// kept at several moments, and the snapshot made at the end, opened in the main window with the cursor moved back to
// each moment, shows exactly those contents again. Also: the cursor's controls (debounced drag, block steps,
// play) and a pt_BR grab of the window with a snapshot open at an earlier moment.
#include "../common/syntheticsnapshot.h"
#include "../unit/itemmodels/tst_validatorfixtures.h"

#include "analysis/validatoranalysis.h"
#include "common/timecursor.h"
#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "itemmodels/federationhealthmodel.h"
#include "itemmodels/nodetablemodel.h"
#include "itemmodels/overviewmodel.h"
#include "itemmodels/recentblocksmodel.h"
#include "itemmodels/validatortablemodel.h"
#include "mainwindow.h"
#include "monitor/monitor.h"
#include "snapshots/snapshotreplay.h"
#include "snapshots/snapshotwriter.h"
#include "state/networkstate.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Validator index 3 (validator04) is down for blocks [DownFrom, DownTo].
constexpr quint64 LastBlock = 200;
constexpr quint64 DownFrom = 70;
constexpr quint64 DownTo = 130;

struct Models
{
    explicit Models(NetworkState *state)
        : recent(state)
        , validators(state)
        , nodes(state)
        , overview(state)
        , federation(state->clock())
        , m_state(state)
    {
        nodes.setAgeRefreshInterval(0);
    }
    RecentBlocksModel recent;
    ValidatorTableModel validators;
    NodeTableModel nodes;
    OverviewModel overview;
    FederationHealthModel federation; // the Topology page's federation matrix
    NetworkState *m_state;
};

QStringList cells(const QAbstractItemModel &model, int rows = -1)
{
    QStringList out;
    const int n = rows < 0 ? model.rowCount() : qMin(rows, model.rowCount());
    for (int r = 0; r < n; ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            row << i.data().toString() + u'|' + i.data(ItemRoles::Health).toString();
        }
        out << row.join(u" ; "_s);
    }
    return out;
}

// What the pages show at one moment, as text.
struct Record
{
    quint64 top = 0;
    QStringList recent;
    QStringList validators;
    QStringList nodes;
    QStringList overview;
    QStringList incidents;
    QStringList peers; // per node: its peer list's ids and time
    QStringList federation;
};

Record record(Models &m, const IncidentBook &book)
{
    m.overview.refresh();
    // The node table's tip as of now (its age timer runs on real time): one tick, then still.
    m.nodes.setAgeRefreshInterval(1);
    QTest::qWait(20);
    m.nodes.setAgeRefreshInterval(0);
    Record r;
    r.top = m.recent.blockNumber(0);
    r.recent = cells(m.recent, 12);
    r.validators = cells(m.validators);
    r.nodes = cells(m.nodes);
    const NetworkVerdict &v = m.overview.verdict();
    r.overview << QString::number(int(v.level)) << QString::number(m.overview.chainHeight())
               << QString::number(m.overview.lastBlockAgeMs()) << QString::number(m.overview.activeValidators())
               << QString::number(m.overview.nodesUp()) << QString::number(m.overview.freshnessMs());
    for (const Finding &f : v.findings)
        r.overview << f.text;
    for (const Incident &i : book.incidents())
        r.incidents << i.uid + u' ' + statusKey(i.status) + u' ' + QString::number(i.timeline.size());
    r.incidents.sort();
    for (const NodeState &n : m.m_state->nodes()) {
        QStringList ids;
        for (const besu::PeerInfo &p : n.peerList.value)
            ids << p.id;
        ids.sort();
        r.peers << n.name + u' ' + n.peerList.at.toString(Qt::ISODateWithMs) + u' ' + ids.join(u',');
    }
    m.federation.configure(m.m_state->network().prometheus, m.m_state->network().institutions);
    m.federation.setState(m.m_state);
    r.federation = cells(m.federation);
    return r;
}

// Everything settled: analyses done, coalesced refreshes run.
bool settle(Monitor &monitor)
{
    for (int i = 0; i < 2000; ++i) {
        QCoreApplication::processEvents();
        if (!monitor.analysis()->isBusy()) {
            QCoreApplication::processEvents();
            QTest::qWait(1);
            QCoreApplication::processEvents();
            return true;
        }
        QTest::qWait(5);
    }
    return false;
}

QDateTime timeOf(const chain::BlockHeader &h)
{
    return QDateTime::fromSecsSinceEpoch(qint64(h.timestamp), Qt::UTC);
}

QString peerId(const QString &node)
{
    return u"0x"_s + QString::fromLatin1(QCryptographicHash::hash(node.toUtf8(), QCryptographicHash::Sha512).toHex());
}

} // namespace

class TestTimeCursor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"SentinelaTest"_s);
        QCoreApplication::setApplicationName(u"tst_timecursor"_s);
    }

    void replaysWhatWasShown()
    {
        // ---- The live run, recorded --------------------------------------------------------------------------
        NetworkConfig net = fixtures::network(4);
        PrometheusEndpoint l2;
        l2.name = u"inst01-l2"_s;
        l2.url = QUrl(u"http://127.0.0.1:9"_s);
        net.prometheus.append(l2);
        fixtures::Simulation sim;
        sim.setAt = [](quint64) { return QList<int> {0, 1, 2, 3}; };
        sim.down = [](quint64 n, int v) { return v == 3 && n >= DownFrom && n <= DownTo; };
        sim.to = LastBlock;
        sim.quorumOnly = true;
        const QList<chain::BlockHeader> chain = fixtures::simulate(sim);
        QCOMPARE(chain.size(), int(LastBlock));

        const QDateTime start = timeOf(chain.first()).addSecs(-10);
        const QDateTime end = timeOf(chain.last()).addSecs(3);
        ManualClock clock(start);
        Monitor live(&clock);
        live.setNetwork(net, false);
        IncidentBook liveBook(live.clock());
        Models liveModels(live.state());
        live.state()->setValidators(1, [&] {
            QStringList set;
            for (const NodeConfig &n : net.nodes)
                if (n.type == NodeType::Validator)
                    set << n.address;
            return set;
        }());

        const QDateTime downAt = timeOf(chain.at(int(DownFrom) - 2));
        const QDateTime upAgainAt = timeOf(chain.at(int(DownTo)));
        // The moments to replay: healthy, the validator down with its incident acknowledged, recovered, the capture.
        const QList<QDateTime> moments {timeOf(chain.at(50)).addSecs(1), downAt.addSecs(120), upAgainAt.addSecs(40), end};
        QList<Record> recorded;
        QString incident;
        int next = 0;
        quint64 head = 0;
        for (QDateTime t = start; t <= end; t = t.addSecs(1)) {
            clock.setNow(t);
            QList<chain::BlockHeader> arrived;
            while (next < chain.size() && timeOf(chain.at(next)) <= t)
                arrived << chain.at(next++);
            if (!arrived.isEmpty()) {
                live.state()->addBlocks(arrived, u"validator01"_s);
                head = arrived.last().number;
            }
            const bool down = t >= downAt && t < upAgainAt;
            if (t.toSecsSinceEpoch() % 5 == 0) {
                for (const NodeConfig &n : net.nodes) {
                    NodeRpcStatus s;
                    s.node = n.name;
                    s.at = t;
                    s.reachable = !(down && n.name == u"validator04"_s);
                    if (s.reachable) {
                        s.blockNumber = head;
                        s.peerCount = 7;
                        // Everyone reachable but itself, each peer at the head (its hash moves, the list does not).
                        QList<besu::PeerInfo> peers;
                        for (const NodeConfig &other : net.nodes) {
                            if (other.name == n.name || (down && other.name == u"validator04"_s))
                                continue;
                            besu::PeerInfo p;
                            p.id = peerId(other.name);
                            p.enode = u"enode://%1@10.0.0.1:30303"_s.arg(p.id.mid(2));
                            p.headHash = QString::number(head);
                            peers << p;
                        }
                        s.peers = peers;
                    } else {
                        s.transportError.message = u"connection refused"_s;
                    }
                    live.state()->applyRpcStatus(s);
                }
            }
            // The probe every federation interval: inst04's level 1 answers for one target of two while it is down.
            if (t.toSecsSinceEpoch() % (federationProbeIntervalMs(net) / 1000) == 0)
                // Two targets an institution; the cut-off one keeps one up and its newest sample from the outage's start.
                live.state()->applyFederationReply(
                    synthetic::federationReply(net, t, down ? u"inst04"_s : QString(), 2, 1, downAt));
            if (t == downAt.addSecs(30)) {
                Detection d;
                d.rule = QString::fromLatin1(Rules::ValidatorDown);
                d.subject = u"validator04"_s;
                d.severity = IncidentSeverity::CriticalIncident;
                d.title = u"Validator down: validator04"_s;
                d.evidence = u"no answer for 30 s"_s;
                d.nodes = {u"validator04"_s};
                incident = liveBook.raise(d, t);
            }
            if (t == downAt.addSecs(90))
                liveBook.acknowledge(incident, u"ana"_s, u"inst04"_s, t, u"calling them"_s);
            if (t == upAgainAt.addSecs(20))
                liveBook.resolve(incident, {}, t);
            if (recorded.size() < moments.size() && t == moments.at(recorded.size())) {
                QVERIFY(settle(live));
                recorded << record(liveModels, liveBook);
            }
        }
        QCOMPARE(recorded.size(), moments.size());
        // The recording itself tells the moments apart.
        QCOMPARE(recorded.at(0).incidents.size(), 0);
        QVERIFY(recorded.at(1).incidents.constFirst().contains(u"acknowledged"_s));
        QVERIFY(recorded.at(2).incidents.constFirst().contains(u"resolved"_s));
        QVERIFY(recorded.at(1).nodes != recorded.at(0).nodes);
        QVERIFY(recorded.at(1).peers != recorded.at(0).peers);
        QVERIFY(recorded.at(1).federation != recorded.at(0).federation);
        QCOMPARE(recorded.at(3).top, LastBlock);

        // ---- The snapshot made at the end, opened and replayed ---------------------------------------------------
        QString error;
        const auto captured = SnapshotWriter::capture(live, &liveBook, {}, &error);
        QVERIFY2(captured, qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.sentinela"_s);
        QVERIFY2(SnapshotWriter::writeFile(path, SnapshotWriter::encode(*captured, {}, &error), &error), qPrintable(error));

        ManualClock today(end.addDays(40)); // reviewed weeks later: nothing may be judged against this
        Monitor review(&today);
        IncidentBook reviewBook(review.clock());
        Models reviewModels(review.state());
        MainWindow window(&review, &reviewBook);
        window.resize(1400, 900);
        window.show();
        QSignalSpy opened(&window, &MainWindow::snapshotOpened);
        window.openSnapshot(path);
        QVERIFY(opened.wait(20000));
        QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(opened.at(0).at(1).toString()));
        QVERIFY(window.timeCursor()->isVisible());
        SnapshotReplay *replay = window.snapshotReplay();
        QVERIFY(replay);
        QCOMPARE(replay->time(), end);
        QCOMPARE(review.clock()->now(), end); // judged at capture, not weeks later

        auto compare = [&](int i) {
            QVERIFY(settle(review));
            const Record now = record(reviewModels, reviewBook);
            const Record &then = recorded.at(i);
            QCOMPARE(now.top, then.top);
            QCOMPARE(now.recent, then.recent);
            QCOMPARE(now.validators, then.validators);
            QCOMPARE(now.nodes, then.nodes);
            QCOMPARE(now.overview, then.overview);
            QCOMPARE(now.incidents, then.incidents);
            QCOMPARE(now.peers, then.peers);
            QCOMPARE(now.federation, then.federation);
        };
        compare(3);
        if (QTest::currentTestFailed())
            return;
        // Back in time, then forward again (blocks hidden and shown, analyses kept).
        const int analysed = review.analysis()->analyseRuns();
        for (int i : {0, 1, 2, 3, 1}) {
            QElapsedTimer timer;
            timer.start();
            replay->setTime(moments.at(i));
            const qint64 ms = timer.elapsed();
            qInfo("moved the cursor to moment %d in %lld ms", i, ms);
            QCOMPARE(review.clock()->now(), moments.at(i));
            compare(i);
            if (QTest::currentTestFailed())
                return;
            // The top row is the last block at or before the moment.
            QVERIFY(timeOf(review.state()->block(reviewModels.recent.blockNumber(0))->header) <= moments.at(i));
            QVERIFY(!review.state()->block(reviewModels.recent.blockNumber(0) + 1)); // nothing after the moment
        }
        QCOMPARE(review.analysis()->analyseRuns(), analysed); // no seal recovered twice

        // Block steps from moment 1: back hides exactly the top block, forward shows it again.
        const quint64 top = reviewModels.recent.blockNumber(0);
        window.timeCursor()->findChild<QToolButton *>(u"timeCursorBack"_s)->click();
        QCOMPARE(reviewModels.recent.blockNumber(0), top - 1);
        window.timeCursor()->findChild<QToolButton *>(u"timeCursorForward"_s)->click();
        QCOMPARE(reviewModels.recent.blockNumber(0), top);
        QCOMPARE(replay->time(), timeOf(*std::find_if(chain.cbegin(), chain.cend(), [top](const auto &h) { return h.number == top; })));

        // Leaving the snapshot (a profile opened) gives the clock back.
        Inventory inventory;
        inventory.networks = {net};
        inventory.activeNetwork = net.name;
        window.setInventory(inventory);
        QVERIFY(!window.timeCursor()->isVisible());
        QVERIFY(!window.snapshotReplay());
        QCOMPARE(review.clock()->now(), today.now());
    }

    void controls()
    {
        const QDateTime now(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sentinela"_s);
        QString error;
        QVERIFY(SnapshotWriter::writeFile(path, SnapshotWriter::encode(synthetic::snapshot(2, 1.0, now), {}, &error), &error));
        ManualClock clock(now.addDays(3));
        Monitor monitor(&clock);
        IncidentBook book(monitor.clock());
        MainWindow window(&monitor, &book);
        window.show();
        QSignalSpy opened(&window, &MainWindow::snapshotOpened);
        window.openSnapshot(path);
        QVERIFY(opened.wait(20000));
        SnapshotReplay *replay = window.snapshotReplay();
        TimeCursor *cursor = window.timeCursor();
        QSlider *slider = cursor->slider();
        QCOMPARE(slider->value(), slider->maximum());

        // A drag: the label follows at once, the state only once the thumb rests.
        QSignalSpy moved(replay, &SnapshotReplay::timeChanged);
        slider->setSliderDown(true);
        slider->setValue(slider->maximum() / 2);
        slider->setValue(slider->maximum() / 3);
        QCOMPARE(moved.size(), 0);
        QVERIFY(cursor->timeLabel()->text().contains(QLocale().toString(replay->from().addSecs(slider->maximum() / 3).toLocalTime().time(), u"HH:mm:ss"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(moved.size(), 1, 2000);
        QCOMPARE(replay->time(), replay->from().addSecs(slider->maximum() / 3));
        slider->setSliderDown(false); // released: applied at once (the same moment: nothing new)
        QCOMPARE(moved.size(), 1);
        QCOMPARE(monitor.clock()->now(), replay->time());

        // Play at x60: about a minute of snapshot per second.
        const QDateTime before = replay->time();
        cursor->setSpeed(60);
        cursor->setPlaying(true);
        QTest::qWait(1000);
        cursor->setPlaying(false);
        const qint64 advanced = before.secsTo(replay->time());
        QVERIFY2(advanced >= 30 && advanced <= 120, qPrintable(QString::number(advanced)));
        QCOMPARE(slider->value(), int(replay->from().secsTo(replay->time())));
    }

    // The window in pt_BR with a snapshot open and the cursor twenty minutes before capture, for a person to look at
    // (SENTINELA_GRAB_DIR, else a kept temporary folder); checked: nothing judged stale at capture, the cursor's
    // texts translated and not clipped.
    void grabPtBr()
    {
        const QLocale ptBr(QLocale::Portuguese, QLocale::Brazil);
        QLocale::setDefault(ptBr);
        QTranslator sentinela;
        QTranslator qt;
        QVERIFY(sentinela.load(ptBr, u"sentinela"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&sentinela);
        if (qt.load(ptBr, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);

        const QDateTime now(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sentinela"_s);
        QString error;
        SnapshotData data = synthetic::snapshot(5, 1.0, now);
        // Usage: one transaction per block from a validator's account, so the Usage page has a ledger to replay.
        SnapshotData::Usage usage;
        usage.ledger.configure(data.network.usage.bucketSeconds, 24 * 3600);
        for (const BlockRecord &b : std::as_const(data.blocks)) {
            usage::Transaction tx;
            tx.from = data.network.nodes.constFirst().address;
            tx.to = u"0x00000000000000000000000000000000000000cc"_s;
            tx.gasUsed = 21000;
            tx.hasReceipt = true;
            usage.ledger.addBlock({b.number(), {}, b.header.timestamp, {tx}, 0});
        }
        data.usage = usage;
        // What NetworkState records over the hour: inst1 cut off from 40 to 10 minutes before the capture.
        synthetic::addHistories(data, now);
        QVERIFY(SnapshotWriter::writeFile(path, SnapshotWriter::encode(data, {}, &error), &error));
        Monitor monitor; // the wall clock: the snapshot is from another day
        IncidentBook book(monitor.clock());
        MainWindow window(&monitor, &book);
        window.resize(1600, 900);
        window.show();
        QSignalSpy opened(&window, &MainWindow::snapshotOpened);
        window.openSnapshot(path);
        QVERIFY(opened.wait(20000));
        QVERIFY(settle(monitor));
        auto *overview = window.findChild<OverviewModel *>();
        QVERIFY(overview);
        overview->refresh();
        QVERIFY2(overview->freshnessLevel() != int(HealthLevel::Unknown), "the snapshot looks stale at its capture time");
        QElapsedTimer timer;
        timer.start();
        window.snapshotReplay()->setTime(now.addSecs(-20 * 60));
        const qint64 back = timer.restart();
        QVERIFY(settle(monitor));
        window.snapshotReplay()->setTime(now.addSecs(-19 * 60));
        const qint64 forward = timer.elapsed();
        // Five institutions, twenty nodes, an hour of blocks: moving the cursor is cheap (debug build, shared CPU).
        qInfo("cursor moved 20 min back in %lld ms, 1 min forward in %lld ms", back, forward);
        QVERIFY2(back < 2000 && forward < 1000, qPrintable(u"%1 ms, %2 ms"_s.arg(back).arg(forward)));
        QVERIFY(settle(monitor));
        QTest::qWait(400);
        // The sources' health, the votes and the alerts as they stood 19 minutes before the capture (inside the
        // partition: Prometheus degraded, InstitutionDown and BesuNodeDown firing); the usage is the ledger then.
        const NetworkState *state = monitor.state();
        const QDateTime moment = now.addSecs(-19 * 60);
        QCOMPARE(state->health(u"prometheus"_s).state, SourceHealth::State::Degraded);
        QCOMPARE(state->pendingVotes(), data.pendingVotes);
        QCOMPARE(state->alertmanagerAlerts().alerts.size(), 2);
        QVERIFY(state->signerMetrics().at.isValid() && state->signerMetrics().at <= moment);
        QVERIFY(state->usage().blockCount() > 0);
        QVERIFY(state->usage().blockCount() < data.usage->ledger.blockCount());
        QVERIFY(state->usage().newestSec() <= moment.toSecsSinceEpoch());
        QVERIFY(state->usage().newestSec() > moment.addSecs(-30).toSecsSinceEpoch());
        QCOMPARE(state->usage().transactionCount(), quint64(state->usage().blockCount()));
        // The Topology page's facts as they stood: inst1's nodes peering among themselves, its targets down.
        QCOMPARE(state->node(u"inst1-node0"_s)->peerList.value.size(), 3);
        QCOMPARE(state->node(u"inst0-node0"_s)->peerList.value.size(), 15);
        QVERIFY(state->node(u"inst0-node0"_s)->peerList.at <= moment);
        QCOMPARE(state->federationReplies().size(), 1);

        QString out = qEnvironmentVariable("SENTINELA_GRAB_DIR");
        QTemporaryDir keep;
        if (out.isEmpty()) {
            keep.setAutoRemove(false);
            out = keep.path();
        }
        for (int page = 0; page < window.pages()->count(); ++page) {
            window.pages()->setCurrentIndex(page);
            QTest::qWait(100);
            QVERIFY(window.grab().save(QDir(out).filePath(u"timecursor-page%1.png"_s.arg(page))));
        }
        qInfo("grabs in %s", qPrintable(out));
        TimeCursor *cursor = window.timeCursor();
        QVERIFY(cursor->timeLabel()->text().contains(u"06/12/2026"_s));
        for (QLabel *label : cursor->findChildren<QLabel *>()) {
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        QCoreApplication::removeTranslator(&sentinela);
        QCoreApplication::removeTranslator(&qt);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestTimeCursor)
#include "tst_timecursor.moc"

// The whole incident path on the live devnet: Monitor → rules → RuleTracker → IncidentEngine → IncidentBook (a real
// SQLite file). A healthy chain opens nothing; a validator stopped opens one "validator down" incident (and no chain
// halt: its turns as proposer cost a round change, 3 s at a 1 s period and 2 s request timeout, under the 4 s
// halt limit); a halt opens one "chain halted" incident for the network, not one per node; recovery resolves both by
// themselves, and the file, reopened, holds their timelines.

#include "../common/devnetprofile.h"
#include "../common/requireorskip.h"

#include "incidents/incidentbook.h"
#include "incidents/incidentengine.h"
#include "monitor/monitor.h"
#include "state/networkstate.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIncidentEngineDevnet : public QObject
{
    Q_OBJECT
private slots:
    void faultsOpenAndCloseIncidents();

private:
    bool control(const QString &command) { return testsupport::devnetControl(m_binary, m_control, command); }
    static QStringList openKeys(const IncidentBook &book)
    {
        QStringList keys;
        for (const Incident &i : book.openIncidents())
            keys << i.key;
        return keys;
    }

    QString m_binary;
    QString m_control;
};

void TestIncidentEngineDevnet::faultsOpenAndCloseIncidents()
{
    m_binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    SENTINELA_REQUIRE_OR_SKIP(QFile::exists(m_binary), "sentinela-devnet is not built");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(u"sentinela.yaml"_s);
    QProcess devnet;
    QByteArray out;
    const auto inventory = testsupport::startDevnetWithProfile(devnet, m_binary,
        {u"--institutions"_s, u"4"_s, u"--block-period"_s, u"1"_s, u"--request-timeout"_s, u"2"_s,
            u"--history-blocks"_s, u"60"_s},
        config, &out);
    QVERIFY2(inventory, out.constData());
    m_control = testsupport::devnetControlUrl(out);
    QVERIFY2(!m_control.isEmpty(), out.constData());
    NetworkConfig network = *inventory->active();
    network.incidents.database = u"incidents.sqlite"_s; // beside the profile
    const QString database = IncidentEngine::databasePath(network, config);
    QCOMPARE(database, dir.filePath(u"incidents.sqlite"_s));

    // The devnet's unknown sender is tst_incident_rules_devnet's subject; here only the faults below may open incidents.
    network.incidents.rules.rules.insert(QString::fromLatin1(Rules::UnknownSender), RuleSettings {false, {}, {}});
    Monitor monitor;
    IncidentBook book(monitor.clock());
    IncidentEngine engine(&monitor, &book);
    monitor.setNetwork(network);
    engine.setNetwork(network, config);
    monitor.start();
    engine.start(500);
    QVERIFY(QTest::qWaitFor([&] { return book.isOpen(); }, 10000));

    // Healthy: the history is analysed and the window filled, and nothing opens for a while.
    QVERIFY(QTest::qWaitFor([&] { return monitor.state()->blockCount() >= 60; }, 30000));
    QTest::qWait(15000);
    QVERIFY2(book.openIncidents().isEmpty(), qPrintable(openKeys(book).join(u", "_s)));

    // One validator down: one incident for it, no halt.
    QVERIFY(control(u"stop validator02"_s));
    const QString down = u"validator-down/validator02"_s;
    QVERIFY2(QTest::qWaitFor([&] { return book.openByKey(down) != nullptr; }, 30000),
        qPrintable(openKeys(book).join(u", "_s)));
    QTest::qWait(8000);
    QVERIFY2(!openKeys(book).contains(u"chain-halted"_s), qPrintable(openKeys(book).join(u", "_s)));
    const Incident *incident = book.openByKey(down);
    QVERIFY(incident);
    QVERIFY(incident->nodes.contains(u"validator02"_s));
    QVERIFY2(!incident->evidence.isEmpty(), "an incident says what it rests on");
    const QString downUid = incident->uid;

    // The chain halts: one incident for the network.
    QVERIFY(control(u"halt"_s));
    QVERIFY2(QTest::qWaitFor([&] { return book.openByKey(u"chain-halted"_s) != nullptr; }, 30000),
        qPrintable(openKeys(book).join(u", "_s)));
    QCOMPARE(openKeys(book).count(u"chain-halted"_s), 1);
    const Incident *halt = book.openByKey(u"chain-halted"_s);
    QVERIFY(halt && isCritical(halt->severity));
    const QString haltUid = halt->uid;

    // Recovery resolves both by themselves.
    QVERIFY(control(u"resume"_s));
    QVERIFY(control(u"start validator02"_s));
    QVERIFY2(QTest::qWaitFor([&] { return !book.openByKey(down) && !book.openByKey(u"chain-halted"_s); }, 90000),
        qPrintable(openKeys(book).join(u", "_s)));
    for (const QString &uid : {downUid, haltUid}) {
        const Incident *resolved = book.find(uid);
        QVERIFY(resolved);
        QCOMPARE(resolved->status, IncidentStatus::Resolved);
        QVERIFY(resolved->resolvedBy.isEmpty()); // automatically
    }
    engine.stop();
    monitor.stop();
    QVERIFY(book.waitForIdle());

    // What was committed is in the file.
    IncidentBook reopened;
    reopened.open(database);
    QVERIFY(reopened.waitForIdle());
    const Incident *stored = reopened.find(downUid);
    QVERIFY(stored);
    QCOMPARE(stored->status, IncidentStatus::Resolved);
    QVERIFY(stored->timeline.size() >= 2);
    QCOMPARE(stored->timeline.first().kind, TimelineEntry::Kind::Detected);
    QCOMPARE(stored->timeline.last().kind, TimelineEntry::Kind::Resolved);
}

QTEST_GUILESS_MAIN(TestIncidentEngineDevnet)
#include "tst_incident_engine_devnet.moc"

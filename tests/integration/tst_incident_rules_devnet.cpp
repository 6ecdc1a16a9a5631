// The rules that tst_incident_engine_devnet does not reach, each from a devnet fault as a real network would show it,
// through the whole path (Monitor → rules → hysteresis → engine → book):
// - permissioning switched off on a validator (the Ingress contract's rules address reads zero, `perm_*` answers
//   "not enabled", the counters vanish) → permissioning-off for that node, a critical vulnerability;
// - a validator that answers and stays in sync but neither proposes nor seals (the devnet's `no-seal`) →
//   validator-out-of-consensus after the signing window;
// - a boot node cut off from every peer (`partition`) → node-disconnected, and as the chain goes on without it,
//   node-lagging (more than lagBlocks behind the tip for lagSeconds);
// - three of the four observer-boots stopped → observer-access at risk (one entry point left for citizens);
// - two of four validators stopped (quorum 3) → quorum-lost within a few polls, raised before chain-halted.
// The independent faults run at the same time to keep the test short.

#include "../common/devnetprofile.h"
#include "../common/requireorskip.h"

#include "config/inventoryloader.h"
#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentengine.h"
#include "monitor/monitor.h"
#include "state/networkstate.h"
#include "usage/usagereport.h"

#include <QElapsedTimer>

#include <limits>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIncidentRulesDevnet : public QObject
{
    Q_OBJECT
private slots:
    void faultsRaiseTheirRules();

private:
    bool control(const QString &command) { return testsupport::devnetControl(m_binary, m_control, command); }
    static QString openKeys(const IncidentBook &book)
    {
        QStringList keys;
        for (const Incident &i : book.openIncidents())
            keys << i.key;
        return keys.join(u", "_s);
    }

    QString m_binary;
    QString m_control;
};

void TestIncidentRulesDevnet::faultsRaiseTheirRules()
{
    m_binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    SENTINELA_REQUIRE_OR_SKIP(QFile::exists(m_binary), "sentinela-devnet is not built");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(u"devnet.yaml"_s);
    QProcess devnet;
    QByteArray out;
    const auto inventory = testsupport::startDevnetWithProfile(devnet, m_binary,
        {u"--institutions"_s, u"4"_s, u"--block-period"_s, u"1"_s, u"--request-timeout"_s, u"2"_s,
            u"--history-blocks"_s, u"60"_s, u"--endpoints"_s, dir.filePath(u"endpoints.json"_s)},
        config, &out);
    QVERIFY2(inventory, out.constData());
    m_control = testsupport::devnetControlUrl(out);
    QVERIFY2(!m_control.isEmpty(), out.constData());
    NetworkConfig network = *inventory->active();
    network.incidents.database = u"incidents.sqlite"_s;
    // Permissioning facts come with the slow poll (60 s by default): a NOC that wants them sooner polls faster.
    network.polling.signerMetricsMs = 5000;
    // Lagging: 10 blocks behind (RBB's default) for 3 s instead of 30 s, to keep the test short.
    network.incidents.rules.lagSeconds = 3;
    const QList<NodeConfig> boots = network.nodesOfType(NodeType::Boot);
    const QList<NodeConfig> validators = network.nodesOfType(NodeType::Validator);
    const QList<NodeConfig> observers = network.nodesOfType(NodeType::ObserverBoot);
    QVERIFY(!boots.isEmpty());
    QCOMPARE(observers.size(), 4);
    QCOMPARE(validators.size(), 4);

    Monitor monitor;
    IncidentBook book(monitor.clock());
    IncidentEngine engine(&monitor, &book);
    monitor.setNetwork(network);
    engine.setNetwork(network, config);
    monitor.start();
    engine.start(500);
    QVERIFY(QTest::qWaitFor([&] { return book.isOpen(); }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return monitor.state()->blockCount() >= 60; }, 30000));
    // Usage (issue 15): the writers send from their institutions' accounts (the profile lists all but the last
    // institution's, which only the rules contract's getAccount names) and from one account nobody answers for, which
    // opens "unknown-sender" and nothing else.
    QFile endpoints(dir.filePath(u"endpoints.json"_s));
    QVERIFY(endpoints.open(QIODevice::ReadOnly));
    const QString unknown = QJsonDocument::fromJson(endpoints.readAll()).object().value(u"unknownAccount"_s).toString();
    QCOMPARE(unknown.size(), 42);
    const QString unknownKey = u"unknown-sender/"_s + unknown;
    QVERIFY2(QTest::qWaitFor([&] { return book.openByKey(unknownKey) != nullptr; }, 30000), qPrintable(openKeys(book)));
    QCOMPARE(book.openByKey(unknownKey)->severity, IncidentSeverity::Vulnerability);
    const QString lastInstitution = network.institutions.constLast().id;
    auto attributed = [&](AccountDirectory::Source source, const QString &institution) {
        const UsageLedger &ledger = monitor.state()->usage();
        const auto pairs = ledger.pairs(0, std::numeric_limits<qint64>::max());
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
            const auto a = monitor.state()->accounts().attribution(ledger.address(UsageLedger::senderOf(it.key())));
            if (a.source == source && a.institution == institution)
                return true;
        }
        return false;
    };
    QVERIFY2(QTest::qWaitFor([&] { return attributed(AccountDirectory::Source::Contract, lastInstitution); }, 20000),
        "the rules contract named the last institution's writer account");
    QVERIFY(attributed(AccountDirectory::Source::Profile, network.institutions.constFirst().id));
    QCOMPARE(monitor.state()->accounts().attribution(unknown).source, AccountDirectory::Source::Unknown);
    {
        const usage::UsageReport r = usage::buildReport(monitor.state()->usage(), monitor.state()->accounts(), 0,
            std::numeric_limits<qint64>::max() / 2);
        QVERIFY(r.total.transactions > 0 && r.total.gasUsed >= 21000 * r.total.transactions);
        QCOMPARE(r.total.withoutReceipt, 0u);
        QCOMPARE(r.accounts.constFirst().address, unknown); // unknown senders first
    }
    for (const Incident &i : book.openIncidents())
        QVERIFY2(i.rule == QLatin1String(Rules::UnknownSender), qPrintable(openKeys(book)));
    {
        // `sentinela-cli report` on the profile: its own collection pass reads the blocks' transactions too, so the
        // committee report names the unknown sender and the institutions' use (a book of its own, empty).
        Inventory cliInventory = *inventory;
        for (NetworkConfig &n : cliInventory.networks)
            n.incidents.database = dir.filePath(u"cli-book.sqlite"_s);
        const QString profile = dir.filePath(u"cli.yaml"_s);
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(InventoryLoader::toYaml(cliInventory));
        file.close();
        const QString md = dir.filePath(u"report.md"_s);
        QProcess cli;
        cli.start(QStringLiteral(SENTINELA_BINARY_DIR) + u"/app/sentinela-cli"_s,
            {u"report"_s, u"--config"_s, profile, u"--out"_s, md, u"--language"_s, u"en"_s, u"--timeout"_s, u"15000"_s,
                u"--from"_s, QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate)});
        QElapsedTimer took;
        took.start();
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        qInfo("sentinela-cli report: %lld ms", took.elapsed());
        QFile report(md);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(report.readAll());
        const qsizetype usage = text.indexOf(u"## Usage and accountability"_s);
        QVERIFY2(usage > 0 && !text.contains(u"The data holds no transaction usage"_s), qPrintable(text));
        QVERIFY2(text.indexOf(u"| "_s + unknown + u" |"_s, usage) > usage, qPrintable(text.mid(usage)));
        QVERIFY2(text.indexOf(u"| "_s + network.institutions.constFirst().name + u" | 1 |"_s, usage) > usage,
            qPrintable(text.mid(usage)));
    }

    // Four independent faults at once.
    const QString permNode = validators.at(2).name;
    const QString silentNode = validators.at(3).name;
    const QString cutBoot = boots.first().name;
    QVERIFY(control(u"permissioning %1 off"_s.arg(permNode)));
    QVERIFY(control(u"no-seal %1 on"_s.arg(silentNode)));
    QVERIFY(control(u"partition %1"_s.arg(cutBoot)));
    for (int i = 1; i < observers.size(); ++i)
        QVERIFY(control(u"stop %1"_s.arg(observers.at(i).name)));
    const QString permKey = u"permissioning-off/"_s + permNode;
    const QString silentKey = u"validator-out-of-consensus/"_s + silentNode;
    const QString cutKey = u"node-disconnected/"_s + cutBoot;
    const QString lagKey = u"node-lagging/"_s + cutBoot;
    const QString observerKey = u"observer-access"_s;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return book.openByKey(permKey) && book.openByKey(cutKey) && book.openByKey(lagKey)
                         && book.openByKey(observerKey);
                 },
                 45000),
        qPrintable(openKeys(book)));
    const Incident *observer = book.openByKey(observerKey);
    QCOMPARE(observer->severity, IncidentSeverity::Incident);
    QVERIFY2(observer->title.contains(u"1 of 4"_s), qPrintable(observer->title));
    const Incident *lag = book.openByKey(lagKey);
    QVERIFY2(lag->nodes == QStringList {cutBoot}, qPrintable(lag->nodes.join(u',')));
    const Incident *perm = book.openByKey(permKey);
    QCOMPARE(perm->severity, IncidentSeverity::CriticalVulnerability);
    QVERIFY(perm->nodes.contains(permNode));
    QVERIFY2(!perm->evidence.isEmpty(), "the incident says what it rests on");
    // The signing window (max(20, 2 N) blocks at 1 s) must pass without a seal before a validator is out of consensus.
    QVERIFY2(QTest::qWaitFor([&] { return book.openByKey(silentKey) != nullptr; }, 60000), qPrintable(openKeys(book)));
    QVERIFY2(!book.openByKey(u"chain-halted"_s), qPrintable(openKeys(book)));
    QVERIFY2(!book.openByKey(u"validator-down/"_s + silentNode), "a validator that answers is not down");

    // Repaired, they clear by themselves.
    QVERIFY(control(u"permissioning %1 on"_s.arg(permNode)));
    QVERIFY(control(u"no-seal %1 off"_s.arg(silentNode)));
    QVERIFY(control(u"heal"_s));
    for (int i = 1; i < observers.size(); ++i)
        QVERIFY(control(u"start %1"_s.arg(observers.at(i).name)));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return !book.openByKey(permKey) && !book.openByKey(silentKey) && !book.openByKey(cutKey)
                         && !book.openByKey(lagKey) && !book.openByKey(observerKey);
                 },
                 90000),
        qPrintable(openKeys(book)));

    // Quorum: 4 validators need 3; two stopped leave 2. Raised within a few polls of the validators going away,
    // before the chain-halted incident (which waits for the head to stall past its limit).
    QElapsedTimer sinceStop;
    QVERIFY(control(u"stop %1"_s.arg(validators.at(0).name)));
    QVERIFY(control(u"stop %1"_s.arg(validators.at(1).name)));
    sinceStop.start();
    QVERIFY2(QTest::qWaitFor([&] { return book.openByKey(u"quorum-lost"_s) != nullptr; }, 30000),
        qPrintable(openKeys(book)));
    const qint64 quorumMs = sinceStop.elapsed();
    const Incident *quorum = book.openByKey(u"quorum-lost"_s);
    QVERIFY(isCritical(quorum->severity));
    const Incident *halt = book.openByKey(u"chain-halted"_s);
    QVERIFY2(!halt || halt->detectedAt >= quorum->detectedAt, qPrintable(openKeys(book)));
    qInfo("quorum lost raised %lld ms after two of four validators stopped", quorumMs);
    QVERIFY2(quorumMs <= 10000, qPrintable(QString::number(quorumMs)));

    engine.stop();
    monitor.stop();
    QVERIFY(book.waitForIdle());
}

QTEST_GUILESS_MAIN(TestIncidentRulesDevnet)
#include "tst_incident_rules_devnet.moc"

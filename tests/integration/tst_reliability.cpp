// The reliability suite (label `reliability`): the devnet (three institutions), two level-2 Prometheus scraping its
// nodes (l2-a preferred, l2-b the partner), a real Alertmanager, and a Monitor on the devnet's profile, as the GUI and
// sentinela-cli hold one. Faults are injected in the servers Sentinela reads; each case checks that
//   - nothing crashes: the Monitor keeps following the chain through the fault (new blocks keep arriving);
//   - the operator sees the fault: the source's health says which server is down;
//   - the views recover within one poll after the fault ends (the server is ready again); a preferred level 2 takes
//     over again from its partner within PrometheusFederation's re-probe interval (4 polls) plus one poll.
// A table of the cases and their outcomes is printed at the end. Cases still to come (issue 14, part 4): the devnet's
// fault catalogue, the disk full while saving, the app killed during a save.

#include "serverharness.h"

#include "../common/devnetprocess.h"
#include "../common/requireorskip.h"
#include "config/inventoryloader.h"
#include "monitor/monitor.h"
#include "sources/prometheusfederation.h"
#include "state/collector.h"
#include "state/networkstate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    QString fault;
    QString seen; // what the operator saw, and after how long
    QString recovered; // after how long from the server being ready again
    bool ok = false;
};

// Polls the event loop until `done` holds; returns the milliseconds it took, or -1 after timeoutMs.
qint64 waitMs(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    return QTest::qWaitFor(done, timeoutMs) ? t.elapsed() : -1;
}

QString seconds(qint64 ms)
{
    return ms < 0 ? u"never"_s : u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void levelTwoKilledAndRestarted();
    void alertmanagerKilledAndRestarted();
    void cleanupTestCase();

private:
    QByteArray prometheusConfig() const;
    ServerProcess *startPrometheus(const QString &name, quint16 port);
    quint64 head() const { return m_monitor->state()->highestBlock().value_or(0); }
    // One poll of the Monitor's Prometheus / Alertmanager timer, plus the request timeout: "within one poll".
    int onePollMs() const { return m_pollMs + m_timeoutMs + 1000; }

    ServerHarness m_harness;
    QProcess m_devnet;
    QString m_prometheus;
    QString m_alertmanagerProgram;
    quint16 m_l2a = 0, m_l2b = 0, m_am = 0;
    ServerProcess *m_l2aProcess = nullptr;
    ServerProcess *m_amProcess = nullptr;
    QList<std::pair<QString, QString>> m_targets; // node name, host:port of its /metrics
    QHash<QString, QString> m_institutionOf;
    std::unique_ptr<Monitor> m_monitor;
    int m_pollMs = 5000;
    int m_timeoutMs = 2000;
    QList<Outcome> m_outcomes;
};

QByteArray TestReliability::prometheusConfig() const
{
    QByteArray yaml = "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: rbb\n    scrape_interval: 1s\n"
                      "    scrape_timeout: 1s\n    static_configs:\n";
    for (const auto &[node, address] : m_targets)
        yaml += "      - targets: ['" + address.toUtf8() + "']\n        labels:\n          node: " + node.toUtf8()
            + "\n          organization: " + m_institutionOf.value(node).toUtf8() + "\n";
    return yaml;
}

ServerProcess *TestReliability::startPrometheus(const QString &name, quint16 port)
{
    const QString config = m_harness.writeFile(name + u"/prometheus.yml"_s, prometheusConfig());
    return m_harness.start(name, m_prometheus,
        {u"--config.file="_s + config, u"--storage.tsdb.path="_s + m_harness.makeDir(name + u"/data"_s),
            u"--web.listen-address=127.0.0.1:%1"_s.arg(port), u"--log.level=warn"_s});
}

void TestReliability::initTestCase()
{
    const QString devnet = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    SENTINELA_REQUIRE_OR_SKIP(QFile::exists(devnet), "sentinela-devnet is not built");
    m_prometheus = findProgram({u"prometheus"_s});
    SENTINELA_REQUIRE_OR_SKIP(!m_prometheus.isEmpty(), "prometheus is not installed (apt install prometheus)");
    m_alertmanagerProgram = findProgram({u"prometheus-alertmanager"_s, u"alertmanager"_s});
    SENTINELA_REQUIRE_OR_SKIP(
        !m_alertmanagerProgram.isEmpty(), "alertmanager is not installed (apt install prometheus-alertmanager)");
    QVERIFY(m_harness.isValid());
    m_l2a = freeTcpPort();
    m_l2b = freeTcpPort();
    m_am = freeTcpPort();

    const QString profile = m_harness.filePath(u"sentinela.yaml"_s);
    const QString endpoints = m_harness.filePath(u"endpoints.json"_s);
    QByteArray log;
    QVERIFY2(testsupport::startDevnet(m_devnet, devnet,
                 {u"--institutions"_s, u"3"_s, u"--block-period"_s, u"1"_s, u"--request-timeout"_s, u"2"_s,
                     u"--port-base"_s, u"0"_s, u"--config-out"_s, profile, u"--endpoints"_s, endpoints,
                     u"--prometheus-l2"_s, u"l2-a=http://127.0.0.1:%1"_s.arg(m_l2a), u"--prometheus-l2"_s,
                     u"l2-b=http://127.0.0.1:%1"_s.arg(m_l2b), u"--alertmanager"_s, u"http://127.0.0.1:%1"_s.arg(m_am)},
                 &log, 60000),
        log.constData());
    QFile file(endpoints);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const auto doc = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    QVERIFY(doc.is_object() && doc.contains("nodes"));
    for (const auto &n : doc["nodes"]) {
        const QString name = QString::fromStdString(n.value("name", std::string()));
        const QUrl metrics(QString::fromStdString(n.value("metrics", std::string())));
        m_targets.append({name, u"%1:%2"_s.arg(metrics.host()).arg(metrics.port())});
        m_institutionOf.insert(name, QString::fromStdString(n.value("institution", std::string())));
    }

    m_l2aProcess = startPrometheus(u"l2-a"_s, m_l2a);
    ServerProcess *l2b = startPrometheus(u"l2-b"_s, m_l2b);
    const QString amConfig = m_harness.writeFile(u"am/alertmanager.yml"_s,
        "route:\n  receiver: noc\n  group_wait: 1s\n  group_interval: 1s\nreceivers:\n  - name: noc\n");
    m_amProcess = m_harness.start(u"alertmanager"_s, m_alertmanagerProgram,
        {u"--config.file="_s + amConfig, u"--storage.path="_s + m_harness.makeDir(u"am/data"_s),
            u"--web.listen-address=127.0.0.1:%1"_s.arg(m_am), u"--cluster.listen-address="_s});
    for (ServerProcess *p : {m_l2aProcess, l2b})
        QVERIFY2(p && p->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(p == l2b ? m_l2b : m_l2a))),
            qPrintable(p ? p->output() : QString()));
    QVERIFY2(m_amProcess && m_amProcess->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(m_am))),
        qPrintable(m_amProcess ? m_amProcess->output() : QString()));

    const InventoryLoadResult loaded = InventoryLoader::loadFile(profile);
    QVERIFY2(loaded.inventory && loaded.inventory->active(), "the devnet's profile does not load");
    NetworkConfig network = *loaded.inventory->active();
    network.polling.prometheusMs = 2000; // the devnet's 5 s, shortened: the suite waits whole polls
    QCOMPARE(network.prometheus.size(), 2);
    m_pollMs = network.polling.prometheusMs;
    m_timeoutMs = network.requestTimeoutSeconds * 1000;
    m_monitor = std::make_unique<Monitor>();
    m_monitor->setNetwork(network);
    m_monitor->start();
    // Everything healthy first: l2-a serving, the Alertmanager answering.
    NetworkState *state = m_monitor->state();
    QVERIFY2(waitMs(
                 [&] {
                     return state->health(u"prometheus"_s).state == SourceHealth::State::Ok
                         && state->alertmanagerAlerts().at.isValid();
                 },
                 60000)
            >= 0,
        qPrintable(state->health(u"prometheus"_s).detail + u" / "_s + state->alertmanagerAlerts().error));
}

void TestReliability::levelTwoKilledAndRestarted()
{
    NetworkState *state = m_monitor->state();
    PrometheusFederation *federation = m_monitor->collector()->prometheus();
    QVERIFY(federation);
    Outcome o;
    o.fault = u"level-2 Prometheus l2-a (preferred) killed, restarted after 10 s"_s;
    const quint64 before = head();
    m_l2aProcess->stop(); // SIGKILL
    const qint64 seen = waitMs(
        [&] {
            const SourceHealth h = state->health(u"prometheus"_s);
            return h.state == SourceHealth::State::Degraded && h.detail.contains(u"l2-b"_s)
                && federation->endpointHealth().value(0).state == SourceHealth::State::Down;
        },
        2 * onePollMs());
    o.seen = u"%1 after %2"_s.arg(state->health(u"prometheus"_s).detail, seconds(seen));
    // Through the fault the partner serves: the Prometheus figures never go dark.
    bool dark = false;
    QElapsedTimer fault;
    fault.start();
    while (fault.elapsed() < qMax<qint64>(0, 10000 - qMax<qint64>(seen, 0))) {
        QTest::qWait(200);
        dark = dark || state->health(u"prometheus"_s).state == SourceHealth::State::Down;
    }
    const bool followed = head() >= before + 5; // 1 s blocks: the chain was followed through the fault
    QVERIFY(m_l2aProcess->start());
    QVERIFY(m_l2aProcess->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(m_l2a))));
    // The preferred level 2 is re-probed every 4 polls while its partner serves (PrometheusFederation: a down
    // endpoint is not retried on every poll), so it serves again within that interval plus one poll.
    const int limit = 4 * m_pollMs + onePollMs();
    const qint64 recovered = waitMs(
        [&] {
            const SourceHealth h = state->health(u"prometheus"_s);
            return federation->servingIndex() == 0 && h.state == SourceHealth::State::Ok;
        },
        limit + 5000);
    o.recovered = u"l2-a serving again after %1 (limit: re-probe interval %2 + one poll %3)%4"_s.arg(seconds(recovered),
        seconds(4 * m_pollMs), seconds(onePollMs()), dark ? u"; the figures went dark during the fault"_s : QString());
    o.ok = seen >= 0 && followed && !dark && recovered >= 0 && recovered <= limit;
    m_outcomes.append(o);
    QVERIFY2(seen >= 0, qPrintable(o.seen));
    QVERIFY2(followed, qPrintable(u"head %1 -> %2"_s.arg(before).arg(head())));
    QVERIFY2(!dark, "no Prometheus endpoint served during the fault although l2-b was up");
    QVERIFY2(recovered >= 0 && recovered <= limit, qPrintable(o.recovered));
}

void TestReliability::alertmanagerKilledAndRestarted()
{
    NetworkState *state = m_monitor->state();
    Outcome o;
    o.fault = u"Alertmanager killed, restarted after 6 s"_s;
    const quint64 before = head();
    m_amProcess->stop();
    const qint64 seen = waitMs([&] { return !state->alertmanagerAlerts().error.isEmpty(); }, 2 * onePollMs());
    o.seen = u"\"%1\" after %2"_s.arg(state->alertmanagerAlerts().error.left(80), seconds(seen));
    QTest::qWait(qMax<qint64>(0, 6000 - qMax<qint64>(seen, 0)));
    const bool followed = head() >= before + 3;
    const QDateTime killedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_amProcess->start());
    QVERIFY(m_amProcess->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(m_am))));
    const qint64 recovered = waitMs(
        [&] {
            const AlertmanagerAlerts &a = state->alertmanagerAlerts();
            return a.error.isEmpty() && a.at.isValid() && a.at > killedAt;
        },
        2 * onePollMs());
    o.recovered = u"%1 (limit one poll: %2)"_s.arg(seconds(recovered), seconds(onePollMs()));
    o.ok = seen >= 0 && followed && recovered >= 0 && recovered <= onePollMs();
    m_outcomes.append(o);
    QVERIFY2(seen >= 0, qPrintable(o.seen));
    QVERIFY2(followed, qPrintable(u"head %1 -> %2"_s.arg(before).arg(head())));
    QVERIFY2(recovered >= 0 && recovered <= onePollMs(), qPrintable(o.recovered));
}

void TestReliability::cleanupTestCase()
{
    if (m_monitor)
        m_monitor->stop();
    m_harness.stopAll();
    if (m_devnet.state() != QProcess::NotRunning) {
        m_devnet.kill();
        m_devnet.waitForFinished(5000);
    }
    std::printf("\nreliability suite\n%-66s | %-6s | %s\n", "fault", "result", "seen / recovered");
    for (const Outcome &o : std::as_const(m_outcomes))
        std::printf("%-66s | %-6s | seen: %s\n%-66s | %-6s | recovered: %s\n", qPrintable(o.fault),
            o.ok ? "ok" : "FAILED", qPrintable(o.seen), "", "", qPrintable(o.recovered));
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"

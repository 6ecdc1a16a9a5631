// The reliability suite (label `reliability`): one devnet (three institutions, two validators each), two level-2
// Prometheus scraping its nodes (l2-a preferred, l2-b the partner), a real Alertmanager, and a Monitor with the
// incident engine writing a real SQLite book, as the GUI holds them. Faults are injected in the servers Sentinela
// reads, in the devnet (its whole fault catalogue, in three waves of faults on distinct nodes), and in the disk and
// the process that save. Each case checks that
//   - nothing crashes: the Monitor keeps following the chain through the fault (new blocks keep arriving), and the
//     saving process stays up (or, killed on purpose, restarts and opens everything it had);
//   - the operator sees the fault: the node's verdict, the source's health, the incident the engine opens, or the
//     error of the save;
//   - nothing committed is lost: the incident database passes its integrity check and holds every incident written
//     before the fault, the checklist and the snapshot files read as a whole version;
//   - the views recover within one poll after the fault ends (the server is ready again, the devnet command undone).
// A table of the cases and their outcomes is printed at the end.

#include "reliabilitysaver.h"
#include "serverharness.h"

#include "../common/devnetprocess.h"
#include "../common/requireorskip.h"
#include "analysis/validatoranalysis.h"
#include "chain/blockanalysis.h"
#include "config/inventoryloader.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentengine.h"
#include "incidents/incidentstore.h"
#include "monitor/monitor.h"
#include "snapshots/snapshotreader.h"
#include "sources/prometheusfederation.h"
#include "state/collector.h"
#include "state/networkstate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    QString fault;
    QString seen; // what the operator saw, and after how long
    QString recovered; // after how long from the server being ready again
    QString intact; // what was checked of the saved state
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

// One devnet fault of a wave. `seen` returns what the operator sees once the fault shows (empty: not yet);
// `recovered` whether the view is back to normal.
struct FaultCase
{
    QString fault;
    QStringList on;
    QStringList off;
    std::function<QString()> seen;
    std::function<bool()> recovered;
    QString incidentKey; // an incident the engine must open (empty: the state is what the operator sees)
    int recoverLimitMs = 0;
    QString limitText;
    qint64 seenMs = -1;
    QString seenText = {};
    qint64 incidentMs = -1;
    qint64 recoveredMs = -1;
};

// reliability_saver as a child process, one command per line (see reliabilitysaver.cpp).
class SaverChild
{
public:
    bool start(const QString &program)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program, {});
        return m_process.waitForStarted(10000);
    }
    // Sends `line` (unless empty) and waits for an answer line starting with one of `answers`; returns it.
    QString send(const QString &line, const QStringList &answers, int timeoutMs = 20000)
    {
        if (!line.isEmpty())
            m_process.write(line.toUtf8() + '\n');
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            for (; m_next < m_lines.size(); ++m_next) {
                for (const QString &a : answers) {
                    if (m_lines[m_next].startsWith(a))
                        return m_lines[m_next++];
                }
            }
            if (m_process.state() != QProcess::Running)
                return {};
            m_process.waitForReadyRead(100);
            pump();
        }
        return {};
    }
    void pump()
    {
        m_pending += m_process.readAllStandardOutput();
        qsizetype eol;
        while ((eol = m_pending.indexOf('\n')) >= 0) {
            m_lines << QString::fromUtf8(m_pending.left(eol));
            m_pending.remove(0, eol + 1);
        }
    }
    // Lines that start with `prefix`, without it.
    QStringList linesWith(const QString &prefix) const
    {
        QStringList out;
        for (const QString &l : m_lines) {
            if (l.startsWith(prefix))
                out << l.mid(prefix.size());
        }
        return out;
    }
    void kill()
    {
        m_process.kill(); // SIGKILL: no destructor, no flush, no QSaveFile cleanup
        m_process.waitForFinished(5000);
        pump();
    }
    bool quit()
    {
        m_process.write("quit\n");
        return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_pending;
    QStringList m_lines;
    qsizetype m_next = 0;
};

// The last version a "checklist ok V" / "snapshot ok V" line reports (0: none).
int lastVersion(const QStringList &okLines)
{
    int v = 0;
    for (const QString &l : okLines)
        v = std::max(v, l.section(u' ', 0, 0).toInt());
    return v;
}

// The version of the checklist file, -1 when it is not exactly one whole version.
int checklistVersion(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray content = f.readAll();
    static const QRegularExpression heading(u"# Version (\\d+)\n"_s);
    const auto m = heading.match(QString::fromUtf8(content.left(200)));
    if (!m.hasMatch())
        return -1;
    const int v = m.captured(1).toInt();
    return content == reliabilitysaver::checklistContent(v) ? v : -1;
}

// The version of the snapshot file, -1 when it does not read.
int snapshotVersion(const QString &path, QString *error)
{
    const SnapshotReadResult r = SnapshotReader::readFile(path, {});
    if (!r.ok) {
        *error = r.error;
        return -1;
    }
    return r.data.header.producer.mid(1).toInt();
}

// QSaveFile's temporary files left by a process killed in the middle of a save.
int leftovers(const QString &dir)
{
    int n = 0;
    for (const QString &f : QDir(dir).entryList(QDir::Files)) {
        if (f.startsWith(QLatin1String(reliabilitysaver::ChecklistFile) + u'.')
            || f.startsWith(QLatin1String(reliabilitysaver::SnapshotFile) + u'.'))
            ++n;
    }
    return n;
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void levelTwoKilledAndRestarted();
    void alertmanagerKilledAndRestarted();
    void devnetNodeFaults();
    void devnetNetworkFaults();
    void devnetHalt();
    void diskFullWhileSaving();
    void killedDuringSave();
    void cleanupTestCase();

private:
    QByteArray prometheusConfig() const;
    ServerProcess *startPrometheus(const QString &name, quint16 port);
    quint64 head() const { return m_monitor->state()->highestBlock().value_or(0); }
    // One poll of the Monitor's Prometheus timer (the slowest source of a node's row), plus the request timeout:
    // "within one poll".
    int onePollMs() const { return m_pollMs + m_timeoutMs + 1000; }
    bool control(const QString &command) { return testsupport::devnetControl(m_devnetBinary, m_control, command); }
    NetworkVerdict verdict() const { return judgeNetwork(*m_monitor->state(), QDateTime::currentDateTimeUtc()); }
    // Runs one wave of devnet faults on distinct nodes: all on, until each shows (and its incident opens), then all
    // off, until each view recovers. Appends the outcomes; false when a case failed (the message says which).
    bool runWave(QList<FaultCase> &cases, int seenTimeoutMs, QString *message);
    // The incident database as a second process would read it: integrity, and every incident the book has written.
    QString bookIntact(bool *ok);
    QString openKeys() const;

    ServerHarness m_harness;
    QProcess m_devnet;
    QString m_devnetBinary;
    QString m_control;
    QString m_prometheus;
    QString m_alertmanagerProgram;
    QString m_saver;
    quint16 m_l2a = 0, m_l2b = 0, m_am = 0;
    ServerProcess *m_l2aProcess = nullptr;
    ServerProcess *m_amProcess = nullptr;
    QList<std::pair<QString, QString>> m_targets; // node name, host:port of its /metrics
    QHash<QString, QString> m_institutionOf;
    NetworkConfig m_network;
    std::unique_ptr<Monitor> m_monitor;
    std::unique_ptr<IncidentBook> m_book;
    std::unique_ptr<IncidentEngine> m_engine;
    QString m_database;
    QString m_mounted; // a tmpfs this test mounted
    // The head when the current wave's faults were set and when they were undone.
    quint64 m_onHead = 0;
    quint64 m_offHead = 0;
    quint64 m_duringHead = 0;
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
    m_devnetBinary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    SENTINELA_REQUIRE_OR_SKIP(QFile::exists(m_devnetBinary), "sentinela-devnet is not built");
    m_saver = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/integration/reliability_saver"_s;
    QVERIFY2(QFile::exists(m_saver), "reliability_saver is not built");
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
    // Two validators per institution (six, quorum four): two may be out at once and the chain goes on.
    QVERIFY2(testsupport::startDevnet(m_devnet, m_devnetBinary,
                 {u"--institutions"_s, u"3"_s, u"--validators-per-institution"_s, u"2"_s, u"--block-period"_s, u"1"_s,
                     u"--request-timeout"_s, u"2"_s, u"--history-blocks"_s, u"30"_s, u"--port-base"_s, u"0"_s,
                     u"--config-out"_s, profile, u"--endpoints"_s, endpoints, u"--prometheus-l2"_s,
                     u"l2-a=http://127.0.0.1:%1"_s.arg(m_l2a), u"--prometheus-l2"_s,
                     u"l2-b=http://127.0.0.1:%1"_s.arg(m_l2b), u"--alertmanager"_s, u"http://127.0.0.1:%1"_s.arg(m_am)},
                 &log, 60000),
        log.constData());
    m_control = testsupport::devnetControlUrl(log);
    QVERIFY2(!m_control.isEmpty(), log.constData());
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
    m_network = *loaded.inventory->active();
    m_network.polling.prometheusMs = 2000; // the devnet's 5 s, shortened: the suite waits whole polls
    // Permissioning facts come with the slow poll (60 s by default): a NOC that wants them sooner polls faster.
    m_network.polling.signerMetricsMs = 2000;
    // Out of consensus after 8 blocks without a seal or proposal instead of max(20, 2 N): the suite's time is short.
    m_network.health.signingWindowBlocks = 8;
    m_network.incidents.database = u"incidents.sqlite"_s; // beside the profile
    QCOMPARE(m_network.prometheus.size(), 2);
    QCOMPARE(m_network.nodesOfType(NodeType::Validator).size(), 6);
    m_pollMs = m_network.polling.prometheusMs;
    m_timeoutMs = m_network.requestTimeoutSeconds * 1000;
    m_monitor = std::make_unique<Monitor>();
    m_book = std::make_unique<IncidentBook>(m_monitor->clock());
    m_engine = std::make_unique<IncidentEngine>(m_monitor.get(), m_book.get());
    m_monitor->setNetwork(m_network);
    m_engine->setNetwork(m_network, profile);
    m_database = IncidentEngine::databasePath(m_network, profile);
    m_monitor->start();
    m_engine->start(500);
    // Everything healthy first: l2-a serving, the Alertmanager answering, the book open, the history analysed.
    NetworkState *state = m_monitor->state();
    QVERIFY2(waitMs(
                 [&] {
                     return state->health(u"prometheus"_s).state == SourceHealth::State::Ok
                         && state->alertmanagerAlerts().at.isValid() && m_book->isOpen()
                         && BlockAnalysisCache::of(state)->count() >= 20;
                 },
                 60000)
            >= 0,
        qPrintable(state->health(u"prometheus"_s).detail + u" / "_s + state->alertmanagerAlerts().error));
}

QString TestReliability::openKeys() const
{
    QStringList keys;
    for (const Incident &i : m_book->openIncidents())
        keys << i.key;
    return keys.join(u", "_s);
}

QString TestReliability::bookIntact(bool *ok)
{
    *ok = false;
    if (!m_book->waitForIdle())
        return u"the book's writes did not finish"_s;
    IncidentStore store;
    if (!store.open(m_database, true))
        return u"the database does not open: "_s + store.lastError();
    if (!store.integrityOk())
        return u"integrity check failed"_s;
    QSet<QString> stored;
    for (const Incident &i : store.loadAll())
        stored.insert(i.uid);
    int written = 0;
    for (const Incident &i : m_book->incidents()) {
        if (i.id <= 0)
            continue;
        ++written;
        if (!stored.contains(i.uid))
            return u"incident %1 (%2) missing from the file"_s.arg(i.uid, i.key);
    }
    *ok = true;
    return u"book intact: integrity ok, %1 incidents"_s.arg(written);
}

bool TestReliability::runWave(QList<FaultCase> &cases, int seenTimeoutMs, QString *message)
{
    const quint64 before = head();
    m_onHead = before;
    m_offHead = 0;
    for (const FaultCase &c : std::as_const(cases)) {
        for (const QString &command : c.on) {
            if (!control(command)) {
                *message = u"devnet command failed: "_s + command;
                return false;
            }
        }
    }
    QElapsedTimer timer;
    timer.start();
    auto allSeen = [&] {
        bool all = true;
        for (FaultCase &c : cases) {
            if (c.seenMs < 0) {
                const QString text = c.seen();
                if (!text.isEmpty()) {
                    c.seenMs = timer.elapsed();
                    c.seenText = text;
                }
            }
            if (!c.incidentKey.isEmpty() && c.incidentMs < 0 && m_book->openByKey(c.incidentKey))
                c.incidentMs = timer.elapsed();
            all = all && c.seenMs >= 0 && (c.incidentKey.isEmpty() || c.incidentMs >= 0);
        }
        return all;
    };
    // Each case's outcome says what did not show; the wait just ends.
    [[maybe_unused]] const bool allShown = QTest::qWaitFor(allSeen, seenTimeoutMs);
    const quint64 during = head();
    m_duringHead = during;
    bool intactOk = false;
    const QString intact = bookIntact(&intactOk);

    for (const FaultCase &c : std::as_const(cases)) {
        for (const QString &command : c.off) {
            if (!control(command)) {
                *message = u"devnet command failed: "_s + command;
                return false;
            }
        }
    }
    timer.restart();
    m_offHead = head();
    int limit = 0;
    for (const FaultCase &c : std::as_const(cases))
        limit = std::max(limit, c.recoverLimitMs);
    auto allRecovered = [&] {
        bool all = true;
        for (FaultCase &c : cases) {
            if (c.recoveredMs < 0 && c.recovered())
                c.recoveredMs = timer.elapsed();
            all = all && c.recoveredMs >= 0;
        }
        return all;
    };
    [[maybe_unused]] const bool allBack = QTest::qWaitFor(allRecovered, limit + 5000);

    bool ok = true;
    for (const FaultCase &c : std::as_const(cases)) {
        Outcome o;
        o.fault = c.fault;
        o.seen = c.seenMs < 0 ? u"NOT SEEN"_s : u"%1 after %2"_s.arg(c.seenText.left(90), seconds(c.seenMs));
        if (!c.incidentKey.isEmpty())
            o.seen += u"; incident %1 %2"_s.arg(
                c.incidentKey, c.incidentMs < 0 ? u"NOT OPENED"_s : u"opened after "_s + seconds(c.incidentMs));
        o.recovered = u"%1 (limit %2: %3)"_s.arg(seconds(c.recoveredMs), seconds(c.recoverLimitMs), c.limitText);
        o.intact = intact + u"; head %1 -> %2 during the fault"_s.arg(before).arg(during);
        o.ok = c.seenMs >= 0 && (c.incidentKey.isEmpty() || c.incidentMs >= 0) && c.recoveredMs >= 0
            && c.recoveredMs <= c.recoverLimitMs && intactOk;
        if (!o.ok) {
            ok = false;
            *message += o.fault + u": "_s + o.seen + u" / "_s + o.recovered + u" / "_s + intact + u"; open: "_s
                + openKeys() + u"\n"_s;
        }
        m_outcomes.append(o);
    }
    return ok;
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
    bool intactOk = false;
    o.intact = bookIntact(&intactOk) + u"; head %1 -> %2 during the fault"_s.arg(before).arg(head());
    o.ok = seen >= 0 && followed && !dark && recovered >= 0 && recovered <= limit && intactOk;
    m_outcomes.append(o);
    QVERIFY2(seen >= 0, qPrintable(o.seen));
    QVERIFY2(followed, qPrintable(u"head %1 -> %2"_s.arg(before).arg(head())));
    QVERIFY2(!dark, "no Prometheus endpoint served during the fault although l2-b was up");
    QVERIFY2(recovered >= 0 && recovered <= limit, qPrintable(o.recovered));
    QVERIFY2(intactOk, qPrintable(o.intact));
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
    bool intactOk = false;
    o.intact = bookIntact(&intactOk) + u"; head %1 -> %2 during the fault"_s.arg(before).arg(head());
    o.ok = seen >= 0 && followed && recovered >= 0 && recovered <= onePollMs() && intactOk;
    m_outcomes.append(o);
    QVERIFY2(seen >= 0, qPrintable(o.seen));
    QVERIFY2(followed, qPrintable(u"head %1 -> %2"_s.arg(before).arg(head())));
    QVERIFY2(recovered >= 0 && recovered <= onePollMs(), qPrintable(o.recovered));
    QVERIFY2(intactOk, qPrintable(o.intact));
}

void TestReliability::devnetNodeFaults()
{
    // Wave 1: every per-node fault of the catalogue at once, each on its own node. Two of six validators out of
    // consensus (one stopped, one not sealing) leave the quorum of four: the chain goes on.
    const QList<NodeConfig> validators = m_network.nodesOfType(NodeType::Validator);
    const QList<NodeConfig> boots = m_network.nodesOfType(NodeType::Boot);
    const QList<NodeConfig> writers = m_network.nodesOfType(NodeType::Writer);
    const QList<NodeConfig> observers = m_network.nodesOfType(NodeType::ObserverBoot);
    QVERIFY(boots.size() >= 1 && writers.size() >= 2 && observers.size() >= 1);
    const QString stopped = validators[0].name, silent = validators[1].name, unpermissioned = validators[2].name;
    const QString cut = boots[0].name, slow = writers[0].name, erring = observers[0].name, garbage = writers[1].name;
    NetworkState *state = m_monitor->state();
    const int poll = onePollMs();
    const QString onePoll = u"one poll"_s;
    auto node = [this](const QString &name, NodeVerdict *out) {
        const NetworkVerdict v = verdict();
        if (const NodeVerdict *n = v.node(name)) {
            *out = *n;
            return true;
        }
        return false;
    };
    QList<FaultCase> cases;
    cases.append(
        {u"stop %1 (validator), start it again"_s.arg(stopped), {u"stop "_s + stopped}, {u"start "_s + stopped},
            [&] {
                NodeVerdict n;
                return node(stopped, &n) && n.up == HealthLevel::Critical ? n.text : QString();
            },
            [&] {
                NodeVerdict n;
                return node(stopped, &n) && n.up == HealthLevel::Ok;
            },
            u"validator-down/"_s + stopped, poll, onePoll});
    cases.append({u"no-seal %1 on/off (validator out of consensus)"_s.arg(silent), {u"no-seal %1 on"_s.arg(silent)},
        {u"no-seal %1 off"_s.arg(silent)},
        [&] {
            const Incident *i = m_book->openByKey(u"validator-out-of-consensus/"_s + silent);
            return i ? i->title : QString();
        },
        // Back in consensus: its seal is in a block produced after the fault ended.
        [&] {
            const QByteArray address = QByteArray::fromHex(
                m_network.node(silent) ? m_network.node(silent)->address.mid(2).toLatin1() : QByteArray());
            for (const auto &[number, b] : BlockAnalysisCache::of(state)->blocks()) {
                if (number > m_offHead && b.record.signers.contains(address))
                    return true;
            }
            return false;
        },
        u"validator-out-of-consensus/"_s + silent, poll + 1000, u"one block + one poll"_s});
    cases.append({u"permissioning %1 off/on"_s.arg(unpermissioned), {u"permissioning %1 off"_s.arg(unpermissioned)},
        {u"permissioning %1 on"_s.arg(unpermissioned)},
        [&] {
            const Incident *i = m_book->openByKey(u"permissioning-off/"_s + unpermissioned);
            return i ? i->title : QString();
        },
        [&] {
            for (const Detection &d : m_engine->lastDetections()) {
                if (d.key() == u"permissioning-off/"_s + unpermissioned && d.level != HealthLevel::Unknown)
                    return false;
            }
            return true;
        },
        u"permissioning-off/"_s + unpermissioned, m_network.polling.signerMetricsMs + m_timeoutMs + 1000,
        u"one slow poll"_s});
    cases.append({u"partition %1 (boot), heal"_s.arg(cut), {u"partition "_s + cut}, {u"heal "_s + cut},
        [&] {
            NodeVerdict n;
            return node(cut, &n) && n.peers == HealthLevel::Critical ? n.text : QString();
        },
        [&] {
            NodeVerdict n;
            return node(cut, &n) && n.peers == HealthLevel::Ok;
        },
        u"node-disconnected/"_s + cut, poll, onePoll});
    // Slower than the 1 s scrape timeout: level 1 sees the node down; JSON-RPC sees it 3 blocks behind.
    cases.append(
        {u"slow %1 3000 ms (writer), back to 0"_s.arg(slow), {u"slow %1 3000"_s.arg(slow)}, {u"slow %1 0"_s.arg(slow)},
            [&] {
                NodeVerdict n;
                return node(slow, &n) && n.level >= HealthLevel::Warning ? n.text : QString();
            },
            [&] {
                NodeVerdict n;
                return node(slow, &n) && n.level == HealthLevel::Ok;
            },
            {}, poll + 3000, u"one poll + the 3 s reply already under way"_s});
    cases.append({u"rpc-errors %1 on/off (observer-boot)"_s.arg(erring), {u"rpc-errors %1 on"_s.arg(erring)},
        {u"rpc-errors %1 off"_s.arg(erring)},
        [&] {
            const SourceHealth h = state->health(u"rpc:"_s + erring);
            return h.state == SourceHealth::State::Degraded || h.state == SourceHealth::State::Down
                ? u"RPC %1: %2 %3"_s.arg(erring, h.stateText(), h.detail)
                : QString();
        },
        [&] { return state->health(u"rpc:"_s + erring).state == SourceHealth::State::Ok; }, {}, poll, onePoll});
    cases.append({u"rpc-garbage %1 on/off (writer)"_s.arg(garbage), {u"rpc-garbage %1 on"_s.arg(garbage)},
        {u"rpc-garbage %1 off"_s.arg(garbage)},
        [&] {
            const SourceHealth h = state->health(u"rpc:"_s + garbage);
            return h.state == SourceHealth::State::Degraded || h.state == SourceHealth::State::Down
                ? u"RPC %1: %2 %3 %4"_s.arg(garbage, h.stateText(), h.detail, h.lastError)
                : QString();
        },
        [&] { return state->health(u"rpc:"_s + garbage).state == SourceHealth::State::Ok; }, {}, poll, onePoll});
    QString message;
    // The no-seal case needs its window (8 blocks) to pass at the slower pace two missing proposers give.
    QVERIFY2(runWave(cases, 40000, &message), qPrintable(message));
    QVERIFY2(m_duringHead >= m_onHead + 3,
        qPrintable(u"the chain was not followed through the faults: head %1 -> %2"_s.arg(m_onHead).arg(m_duringHead)));
}

void TestReliability::devnetNetworkFaults()
{
    // Wave 2: an institution cut off from the others (its two validators leave four, the quorum: the chain goes on,
    // its nodes fall behind) and a validator whose clock runs 5 s ahead (its proposals are rejected: its turn ends
    // in a round change).
    const QString isolated = m_network.institutions.value(2).id;
    QVERIFY(!isolated.isEmpty());
    QList<QByteArray> set;
    QHash<QByteArray, QString> nameOf;
    for (const NodeConfig &n : m_network.nodesOfType(NodeType::Validator)) {
        const QByteArray a = QByteArray::fromHex(n.address.mid(2).toLatin1());
        set << a;
        nameOf.insert(a, n.name);
    }
    std::sort(set.begin(), set.end());
    // A skewed validator of the main part whose predecessor and successor in the rotation are in the main part too,
    // so that its turn comes in round 0 and one round change (not two) follows it.
    QString skewed;
    QByteArray skewedAddress;
    auto main = [&](const QByteArray &a) { return m_network.node(nameOf.value(a))->institution != isolated; };
    for (const QByteArray &a : std::as_const(set)) {
        const QByteArray before = set[(set.indexOf(a) + set.size() - 1) % set.size()];
        if (main(a) && main(before) && main(chain::expectedProposer(set, a, 0))) {
            skewed = nameOf.value(a);
            skewedAddress = a;
            break;
        }
    }
    QVERIFY(!skewed.isEmpty());
    NetworkState *state = m_monitor->state();
    QStringList isolatedNodes;
    for (const NodeConfig &n : m_network.nodes) {
        if (n.institution == isolated)
            isolatedNodes << n.name;
    }
    QList<FaultCase> cases;
    cases.append({u"partition --institution %1, heal"_s.arg(isolated), {u"partition --institution "_s + isolated},
        {u"heal --institution "_s + isolated},
        [&] {
            const NetworkVerdict v = verdict();
            for (const QString &name : std::as_const(isolatedNodes)) {
                const NodeVerdict *n = v.node(name);
                if (n && (n->lag >= HealthLevel::Warning || n->peers >= HealthLevel::Warning))
                    return u"%1: %2"_s.arg(name, n->text);
            }
            return QString();
        },
        [&] {
            const NetworkVerdict v = verdict();
            for (const QString &name : std::as_const(isolatedNodes)) {
                const NodeVerdict *n = v.node(name);
                if (!n || n->lag != HealthLevel::Ok)
                    return false;
            }
            return true;
        },
        {}, onePollMs(), u"one poll"_s});
    // What the operator sees: the Blocks page's round column, a block after the skewed validator's turn sealed in a
    // later round.
    cases.append({u"clock-skew %1 +5 s, back to 0"_s.arg(skewed), {u"clock-skew %1 5"_s.arg(skewed)},
        {u"clock-skew %1 0"_s.arg(skewed)},
        [&] {
            const auto &blocks = BlockAnalysisCache::of(state)->blocks();
            for (auto it = blocks.upper_bound(m_onHead); it != blocks.end(); ++it) {
                const auto parent = blocks.find(it->first - 1);
                if (parent == blocks.end())
                    continue;
                // The proposers of the rounds that failed before this block's.
                for (quint32 r = 0; r < it->second.record.round; ++r) {
                    if (chain::expectedProposer(it->second.record.validators, parent->second.record.proposer, r)
                        == skewedAddress)
                        return u"block %1 sealed in round %2: %3's turn skipped"_s.arg(it->first)
                            .arg(it->second.record.round)
                            .arg(skewed);
                }
            }
            return QString();
        },
        // Its next turn: a block it proposed after the skew was undone.
        [&] {
            const auto &blocks = BlockAnalysisCache::of(state)->blocks();
            for (auto it = blocks.upper_bound(m_offHead); it != blocks.end(); ++it) {
                if (it->second.record.proposer == skewedAddress)
                    return true;
            }
            return false;
        },
        {}, 6 * 1000 + 3000 + onePollMs(), u"its next turn (6 blocks and a round change) + one poll"_s});
    QString message;
    QVERIFY2(runWave(cases, 25000, &message), qPrintable(message));
    QVERIFY2(m_duringHead >= m_onHead + 3,
        qPrintable(u"the chain was not followed through the faults: head %1 -> %2"_s.arg(m_onHead).arg(m_duringHead)));
}

void TestReliability::devnetHalt()
{
    // Wave 3: consensus halted for the whole network, then resumed.
    QList<FaultCase> cases;
    cases.append({u"halt, resume"_s, {u"halt"_s}, {u"resume"_s},
        [&] {
            const NetworkVerdict v = verdict();
            return v.tipBlock.level == HealthLevel::Critical ? v.tipBlock.text : QString();
        },
        [&] { return head() > m_offHead && verdict().tipBlock.level == HealthLevel::Ok; }, u"chain-halted"_s,
        onePollMs(), u"one poll"_s});
    QString message;
    QVERIFY2(runWave(cases, 20000, &message), qPrintable(message));
}

void TestReliability::diskFullWhileSaving()
{
    // Where the disk fills: a 4 MiB tmpfs mounted for the test when it runs as root and may mount (a real full file
    // system: ENOSPC for every file), else RLIMIT_FSIZE in the saving process (EFBIG for any write past 4 KiB: the
    // stand-in, the same failed write(2) through the same code paths, but per file rather than per disk).
    const QString dir = m_harness.makeDir(u"disk"_s);
    bool tmpfs = false;
    // SENTINELA_TEST_NO_MOUNT=1 takes the stand-in path even as root (to test it).
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("SENTINELA_TEST_NO_MOUNT")) {
        QProcess mount;
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=4m"_s, u"sentinela-test"_s, dir});
        tmpfs = mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
        if (tmpfs)
            m_mounted = dir;
    }
    const QString books = dir + u"/book"_s;
    Outcome o;
    o.fault = tmpfs ? u"disk full while saving (4 MiB tmpfs filled)"_s
                    : u"disk full while saving (stand-in: RLIMIT_FSIZE 4 KiB in the saving process)"_s;
    SaverChild saver;
    QVERIFY(saver.start(m_saver));
    QVERIFY(saver.send(u"open "_s + books, {u"opened"_s}).startsWith(u"opened 1"_s));
    QCOMPARE(saver.send(u"raise 3 before"_s, {u"raised"_s}), u"raised 3 unsaved=0 "_s);
    const QStringList committedBefore = saver.linesWith(u"committed "_s);
    QCOMPARE(committedBefore.size(), 3);
    QCOMPARE(saver.send(u"checklist 1"_s, {u"checklist"_s}), u"checklist ok 1"_s);
    QCOMPARE(saver.send(u"snapshot 1"_s, {u"snapshot"_s}), u"snapshot ok 1"_s);

    // The fault.
    const QString fillerPath = dir + u"/filler"_s;
    if (tmpfs) {
        QFile filler(fillerPath);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray chunk(64 * 1024, 'x');
        while (filler.write(chunk) == chunk.size() && filler.flush()) { }
        filler.close();
    } else {
        QCOMPARE(saver.send(u"fsize 4096"_s, {u"fsize"_s}), u"fsize ok"_s);
    }
    const QString raised = saver.send(u"raise 2 during"_s, {u"raised"_s});
    const QString checklistFailed = saver.send(u"checklist 2"_s, {u"checklist"_s});
    const QString snapshotFailed = saver.send(u"snapshot 2"_s, {u"snapshot"_s});
    const bool seen = raised.startsWith(u"raised 2 unsaved=1 "_s) && raised.size() > 19
        && checklistFailed.startsWith(u"checklist failed 2 "_s) && snapshotFailed.startsWith(u"snapshot failed 2 "_s);
    // The messages without the folder, so that the table shows the cause.
    const auto cause = [&books](const QString &text) { return QString(text).remove(books + u"/"_s).left(110); };
    o.seen = u"book: \"%1\"; checklist: \"%2\"; snapshot: \"%3\""_s.arg(
        cause(raised.mid(19)), cause(checklistFailed.mid(19)), cause(snapshotFailed.mid(18)));

    // Nothing committed lost, while the disk is full and the process still runs.
    QString why;
    IncidentStore store;
    bool intact = saver.running() && store.open(books + u"/"_s + QLatin1String(reliabilitysaver::DatabaseFile), true)
        && store.integrityOk();
    QSet<QString> stored;
    for (const Incident &i : store.loadAll())
        stored.insert(i.uid);
    for (const QString &uid : committedBefore)
        intact = intact && stored.contains(uid);
    const int checklistDuring = checklistVersion(books + u"/"_s + QLatin1String(reliabilitysaver::ChecklistFile));
    const int snapshotDuring = snapshotVersion(books + u"/"_s + QLatin1String(reliabilitysaver::SnapshotFile), &why);
    intact = intact && checklistDuring == 1 && snapshotDuring == 1;
    const int tempFiles = leftovers(books);
    store.close();

    // The fault ends: the held incidents are written at the book's next retry (every 2 s), the next saves work.
    if (tmpfs)
        QVERIFY(QFile::remove(fillerPath));
    else
        QCOMPARE(saver.send(u"fsize 0"_s, {u"fsize"_s}), u"fsize ok"_s);
    const QString flushed = saver.send(u"flush 10000"_s, {u"flushed"_s, u"unflushed"_s});
    const qint64 flushMs = flushed.startsWith(u"flushed "_s) ? flushed.mid(8).toLongLong() : -1;
    const QString checklistOk = saver.send(u"checklist 3"_s, {u"checklist"_s});
    const QString snapshotOk = saver.send(u"snapshot 3"_s, {u"snapshot"_s});
    QVERIFY(store.open(books + u"/"_s + QLatin1String(reliabilitysaver::DatabaseFile), true));
    const int afterCount = int(store.loadAll().size());
    const bool integrity = store.integrityOk();
    store.close();
    const int checklistAfter = checklistVersion(books + u"/"_s + QLatin1String(reliabilitysaver::ChecklistFile));
    const int snapshotAfter = snapshotVersion(books + u"/"_s + QLatin1String(reliabilitysaver::SnapshotFile), &why);
    const int limitMs = 2000 + 1000; // the book's retry interval (its poll) + 1 s
    const bool recovered = flushMs >= 0 && flushMs <= limitMs && checklistOk == u"checklist ok 3"_s
        && snapshotOk == u"snapshot ok 3"_s && afterCount == 5 && integrity && checklistAfter == 3
        && snapshotAfter == 3;
    o.recovered = u"held incidents written after %1 (limit: the book's retry poll 2 s + 1 s); %2 incidents in the "
                  "file; checklist v%3, snapshot v%4 saved"_s.arg(seconds(flushMs))
                      .arg(afterCount)
                      .arg(checklistAfter)
                      .arg(snapshotAfter);
    o.intact = u"during the fault: integrity %1, the 3 earlier incidents %2, checklist v%3, snapshot v%4%5, %6 "
               "temporary files left"_s.arg(intact ? u"ok"_s : u"FAILED"_s, intact ? u"present"_s : u"?"_s)
                   .arg(checklistDuring)
                   .arg(snapshotDuring)
                   .arg(why.isEmpty() ? QString() : u" ("_s + why + u")"_s)
                   .arg(tempFiles);
    const bool quit = saver.quit();
    o.ok = seen && intact && recovered && quit && tempFiles == 0;
    m_outcomes.append(o);
    QVERIFY2(seen, qPrintable(o.seen));
    QVERIFY2(intact && tempFiles == 0, qPrintable(o.intact));
    QVERIFY2(recovered, qPrintable(o.recovered + u" / "_s + flushed + u" / "_s + checklistOk + u" / "_s + snapshotOk));
    QVERIFY2(quit, "the saving process did not end cleanly");
}

void TestReliability::killedDuringSave()
{
    // The saving process killed (SIGKILL) at a random moment while it saves without pause, three times over the same
    // files; each time it restarts on them.
    const QString dir = m_harness.makeDir(u"killed"_s);
    Outcome o;
    o.fault = u"app killed (SIGKILL) during saves, 3 times, restarted"_s;
    QSet<QString> committed;
    QStringList notes;
    bool intact = true;
    bool restarted = true;
    qint64 worstOpenMs = 0;
    int tempFiles = 0;
    int checklistV = 0, snapshotV = 0;
    for (int round = 0; round < 3; ++round) {
        SaverChild saver;
        QVERIFY(saver.start(m_saver));
        QElapsedTimer openTimer;
        openTimer.start();
        const QString opened = saver.send(u"open "_s + dir, {u"opened"_s});
        worstOpenMs = std::max(worstOpenMs, openTimer.elapsed());
        // The restarted process holds every incident committed before (the book loads open and recent ones).
        const int held = opened.section(u"incidents="_s, 1).section(u' ', 0, 0).toInt();
        restarted = restarted && opened.startsWith(u"opened 1"_s) && held >= committed.size();
        saver.process().write("loop " + QByteArray::number(round * 100000) + '\n');
        const int killAfter = 400 + QRandomGenerator::global()->bounded(900);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < killAfter) {
            saver.process().waitForReadyRead(50);
            saver.pump();
        }
        saver.kill();
        for (const QString &uid : saver.linesWith(u"committed "_s))
            committed.insert(uid);
        const int lastChecklist = lastVersion(saver.linesWith(u"checklist ok "_s));
        const int lastSnapshot = lastVersion(saver.linesWith(u"snapshot ok "_s));

        IncidentStore store;
        const bool opens = store.open(dir + u"/"_s + QLatin1String(reliabilitysaver::DatabaseFile));
        bool all = opens && store.integrityOk();
        QSet<QString> stored;
        for (const Incident &i : store.loadAll())
            stored.insert(i.uid);
        for (const QString &uid : std::as_const(committed))
            all = all && stored.contains(uid);
        store.close();
        QString why;
        checklistV = checklistVersion(dir + u"/"_s + QLatin1String(reliabilitysaver::ChecklistFile));
        snapshotV = snapshotVersion(dir + u"/"_s + QLatin1String(reliabilitysaver::SnapshotFile), &why);
        // Each file holds the last version reported saved or the one being written when the kill came, whole.
        const bool files = checklistV >= lastChecklist && checklistV <= lastChecklist + 1 && snapshotV >= lastSnapshot
            && snapshotV <= lastSnapshot + 1 && lastChecklist > 0;
        tempFiles = leftovers(dir);
        notes << u"#%1 after %2 ms: %3 committed, %4 stored, checklist v%5 (last ok %6), snapshot v%7 (last ok %8)%9"_s
                     .arg(round + 1)
                     .arg(killAfter)
                     .arg(committed.size())
                     .arg(stored.size())
                     .arg(checklistV)
                     .arg(lastChecklist)
                     .arg(snapshotV)
                     .arg(lastSnapshot)
                     .arg(why.isEmpty() ? QString() : u" "_s + why);
        intact = intact && all && files;
    }
    // A last restart: everything committed is there and the process saves again.
    SaverChild saver;
    QVERIFY(saver.start(m_saver));
    QElapsedTimer openTimer;
    openTimer.start();
    const QString opened = saver.send(u"open "_s + dir, {u"opened"_s});
    worstOpenMs = std::max(worstOpenMs, openTimer.elapsed());
    const int held = opened.section(u"incidents="_s, 1).section(u' ', 0, 0).toInt();
    const bool savesAgain = saver.send(u"raise 1 after"_s, {u"raised"_s}) == u"raised 1 unsaved=0 "_s
        && saver.send(u"checklist 999999"_s, {u"checklist"_s}) == u"checklist ok 999999"_s;
    const bool quit = saver.quit();
    restarted = restarted && opened.startsWith(u"opened 1"_s) && held >= committed.size() && savesAgain && quit;
    o.seen
        = u"restart opens the book with %1 incidents (%2 committed before the kills)"_s.arg(held).arg(committed.size());
    o.recovered
        = u"reopened within %1 (limit one poll %2), saves again"_s.arg(seconds(worstOpenMs), seconds(onePollMs()));
    o.intact = notes.join(u"; "_s)
        + u"; integrity ok: %1; %2 QSaveFile temporary files left (ignored by the "
          "checklist library)"_s.arg(intact ? u"yes"_s : u"NO"_s)
              .arg(tempFiles);
    o.ok = intact && restarted && worstOpenMs <= onePollMs();
    m_outcomes.append(o);
    QVERIFY2(intact, qPrintable(o.intact));
    QVERIFY2(restarted, qPrintable(o.seen + u" / "_s + opened));
    QVERIFY2(worstOpenMs <= onePollMs(), qPrintable(o.recovered));
}

void TestReliability::cleanupTestCase()
{
    if (m_engine)
        m_engine->stop();
    if (m_monitor)
        m_monitor->stop();
    if (m_book)
        m_book->waitForIdle();
    m_harness.stopAll();
    if (m_devnet.state() != QProcess::NotRunning) {
        m_devnet.kill();
        m_devnet.waitForFinished(5000);
    }
    if (!m_mounted.isEmpty())
        QProcess::execute(u"umount"_s, {m_mounted});
    std::printf("\nreliability suite\n%-70s | %-6s | %s\n", "fault", "result", "seen / recovered / intact");
    for (const Outcome &o : std::as_const(m_outcomes))
        std::printf("%-70s | %-6s | seen: %s\n%-70s | %-6s | recovered: %s\n%-70s | %-6s | intact: %s\n",
            qPrintable(o.fault), o.ok ? "ok" : "FAILED", qPrintable(o.seen), "", "", qPrintable(o.recovered), "", "",
            qPrintable(o.intact));
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"

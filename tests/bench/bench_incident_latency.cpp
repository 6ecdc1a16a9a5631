// Fault injection → incident raised, on the devnet with real Prometheus as RBB runs it: a level 1 per institution
// scraping its nodes (job rbb, labels node/organization), one level 2 federating them with honor_labels and loading
// the rules of `sentinela-cli rules` (promrules). Two Sentinela engines watch at once: one with the nodes' JSON-RPC
// (and the level 2), one through the level 2 only, as a NOC sees the other institutions. For each fault it prints the
// seconds until each engine raised the incident and until the level-2 rule fired, and the ratio; then the false
// alarms over a healthy window with one proposer down.
//
// Full run (RBB timing): 4 s blocks, 8 s round timeout, scrape 5 s, federation 15 s, level-2 evaluation 5 s.
// `--quick` (the suite, CI): 1 s blocks, 2 s timeout, scrape 1 s, federation 3 s, evaluation 1 s; two faults.

// bench-quick-run: own ctest (tests/bench/run.sh --quick leaves it to `ctest -R bench_incident_latency`)
#include "benchreport.h"
#include "../common/devnetprocess.h"
#include "serverharness.h"

#include "config/inventoryloader.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentengine.h"
#include "incidents/promrules.h"
#include "monitor/monitor.h"
#include "sources/federationprobe.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Timing
{
    int blockSeconds = 4;
    int timeoutSeconds = 8;
    int scrapeSeconds = 5;
    int federateSeconds = 15;
    int evalSeconds = 5;
    int prometheusPollMs = 5000;
    int faultTimeoutMs = 150000;
    int settleTimeoutMs = 240000;
    int healthyMs = 600000; // the ten minutes of a healthy chain with one proposer down
};

struct DevNode
{
    QString name;
    QString type;
    QString institution;
    QString metrics; // host:port
};

struct Phase
{
    QString name;
    QString rule;
    QStringList inject;
    QStringList heal;
};

struct Result
{
    Phase phase;
    std::optional<qint64> rpcMs;
    std::optional<qint64> l2Ms; // Sentinela through level 2 only
    std::optional<qint64> ruleMs; // the exported rule firing on level 2
};

QString seconds(const std::optional<qint64> &ms)
{
    return ms ? QString::number(double(*ms) / 1000.0, 'f', 1) : u"—"_s;
}

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

// Watches one engine's book: when each rule was first raised since `since`.
class BookWatch : public QObject
{
public:
    BookWatch(IncidentBook *book)
        : m_book(book)
    {
        connect(book, &IncidentBook::incidentAdded, this, [this](const QString &uid) {
            const Incident *inc = m_book->find(uid);
            if (!inc)
                return;
            const qint64 at = m_clock.elapsed();
            if (!m_first.contains(inc->rule))
                m_first.insert(inc->rule, at);
            m_added << std::pair {inc->rule, at};
        });
        m_clock.start();
    }
    void reset()
    {
        m_first.clear();
        m_added.clear();
    }
    std::optional<qint64> firstSince(const QString &rule, qint64 t0) const
    {
        for (const auto &[r, at] : m_added) {
            if (r == rule && at >= t0)
                return at - t0;
        }
        return std::nullopt;
    }
    bool hasOpen(const QString &rule) const
    {
        for (const Incident &i : m_book->openIncidents()) {
            if (i.rule == rule)
                return true;
        }
        return false;
    }
    // Every rule raised over the run, with how often: the injected faults and their consequences, and anything else.
    QString tally() const
    {
        QMap<QString, int> n;
        for (const auto &[r, at] : m_added)
            n[r] += 1;
        QStringList out;
        for (auto it = n.cbegin(); it != n.cend(); ++it)
            out << u"%1 ×%2"_s.arg(it.key()).arg(it.value());
        return out.isEmpty() ? u"none"_s : out.join(u", "_s);
    }
    QStringList addedSince(qint64 t0, const QStringList &except) const
    {
        QStringList out;
        for (const auto &[r, at] : m_added) {
            if (at >= t0 && !except.contains(r))
                out << r;
        }
        return out;
    }
    qint64 now() const { return m_clock.elapsed(); }

private:
    IncidentBook *m_book;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_first;
    QList<std::pair<QString, qint64>> m_added;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s) || bench::quick();
    if (quick) // the figures below are then printed, not judged (benchreport.h)
        qputenv("SENTINELA_BENCH_QUICK", "1");
    bench::Report report("incident_latency");
    const bool ci = qEnvironmentVariable("CI") == u"true"_s;
    Timing t;
    if (quick)
        t = Timing {1, 2, 1, 3, 1, 1000, 40000, 60000, 20000};

    const QString devnetBinary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    const QString prometheus = findProgram({u"prometheus"_s});
    if (prometheus.isEmpty() || !QFile::exists(devnetBinary)) {
        say(u"bench_incident_latency: prometheus or sentinela-devnet missing; skipped"_s);
        return ci ? 1 : 0;
    }
    ServerHarness harness;
    const quint16 l2Port = freeTcpPort();
    const QString endpointsFile = harness.filePath(u"endpoints.json"_s);
    const QString profileFile = harness.filePath(u"devnet.yaml"_s);
    QProcess devnet;
    QByteArray devnetLog;
    if (!testsupport::startDevnet(devnet, devnetBinary,
            {u"--institutions"_s, u"3"_s, u"--validators-per-institution"_s, u"2"_s, u"--block-period"_s,
                QString::number(t.blockSeconds), u"--request-timeout"_s, QString::number(t.timeoutSeconds),
                u"--history-blocks"_s, u"40"_s, u"--endpoints"_s, endpointsFile, u"--config-out"_s, profileFile},
            &devnetLog, 90000)) {
        say(u"devnet did not start: "_s + QString::fromUtf8(devnetLog));
        return 1;
    }
    QFile ef(endpointsFile);
    if (!ef.open(QIODevice::ReadOnly)) {
        say(u"no endpoints file"_s);
        return 1;
    }
    const QJsonObject endpoints = QJsonDocument::fromJson(ef.readAll()).object();
    const QString control = endpoints.value(u"control"_s).toString();
    QList<DevNode> nodes;
    QStringList institutions;
    QStringList validators;
    for (const QJsonValue &v : endpoints.value(u"nodes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        DevNode n {o.value(u"name"_s).toString(), o.value(u"type"_s).toString(), o.value(u"institution"_s).toString(),
            QUrl(o.value(u"metrics"_s).toString()).authority()};
        nodes << n;
        if (!institutions.contains(n.institution))
            institutions << n.institution;
        if (n.type == u"validator")
            validators << n.name;
    }
    validators.sort();
    if (validators.size() < 6) {
        say(u"expected 6 validators, found %1"_s.arg(validators.size()));
        return 1;
    }

    // The profiles: the devnet's, with the level 2 and RBB's federation timing; one keeps JSON-RPC, one drops it.
    const InventoryLoadResult loaded = InventoryLoader::loadFile(profileFile);
    if (!loaded.inventory || !loaded.inventory->active()) {
        say(u"the devnet's profile did not load"_s);
        return 1;
    }
    NetworkConfig rpcNet = *loaded.inventory->active();
    PrometheusEndpoint l2;
    l2.name = u"l2"_s;
    l2.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(l2Port));
    rpcNet.prometheus = {l2};
    rpcNet.prometheusJob = u"rbb"_s;
    rpcNet.federation.scrapeIntervalSeconds = t.scrapeSeconds;
    rpcNet.federation.federationIntervalSeconds = t.federateSeconds;
    rpcNet.polling.prometheusMs = t.prometheusPollMs;
    rpcNet.alertmanager.reset();
    NetworkConfig l2Net = rpcNet;
    l2Net.name = rpcNet.name + u"-l2"_s;
    for (NodeConfig &n : l2Net.nodes) {
        n.rpcHttp = QUrl();
        n.rpcWs = QUrl();
    }

    // Level 1 per institution, level 2 federating them and loading the exported rules.
    const QByteArray scrape = QByteArray::number(t.scrapeSeconds) + "s";
    QByteArray l2Config = "global:\n  scrape_interval: " + QByteArray::number(t.federateSeconds)
        + "s\n  evaluation_interval: " + QByteArray::number(t.evalSeconds)
        + "s\nrule_files: [rules.yml]\nscrape_configs:\n";
    for (const QString &org : std::as_const(institutions)) {
        QByteArray cfg = "global:\n  scrape_interval: " + scrape
            + "\nscrape_configs:\n  - job_name: rbb\n    scrape_interval: " + scrape
            + "\n    scrape_timeout: " + (quick ? QByteArray("1s") : QByteArray("4s")) + "\n    static_configs:\n";
        for (const DevNode &n : std::as_const(nodes)) {
            if (n.institution == org)
                cfg += "      - targets: ['" + n.metrics.toUtf8() + "']\n        labels: {node: " + n.name.toUtf8()
                    + ", organization: " + org.toUtf8() + "}\n";
        }
        const quint16 port = freeTcpPort();
        const QString dir = u"l1-"_s + org;
        ServerProcess *p = harness.start(dir, prometheus,
            {u"--config.file="_s + harness.writeFile(dir + u"/prometheus.yml"_s, cfg),
                u"--storage.tsdb.path="_s + harness.makeDir(dir + u"/data"_s),
                u"--web.listen-address=127.0.0.1:%1"_s.arg(port), u"--log.level=warn"_s});
        if (!p->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(port)), 30000)) {
            say(u"level 1 %1 did not start: %2"_s.arg(org, p->output()));
            return 1;
        }
        l2Config += "  - job_name: federate-" + org.toUtf8() + "\n    honor_labels: true\n    metrics_path: /federate\n"
            + "    scrape_timeout: 2s\n    params:\n      'match[]': ['{job=\"rbb\"}']\n    static_configs:\n"
            + "      - targets: ['127.0.0.1:" + QByteArray::number(port)
            + "']\n        labels: {organization: " + org.toUtf8() + "}\n";
    }
    harness.writeFile(u"l2/rules.yml"_s, promrules::toYaml(promrules::buildRules(l2Net), l2Net).toUtf8());
    ServerProcess *l2p = harness.start(u"l2"_s, prometheus,
        {u"--config.file="_s + harness.writeFile(u"l2/prometheus.yml"_s, l2Config),
            u"--storage.tsdb.path="_s + harness.makeDir(u"l2/data"_s),
            u"--web.listen-address=127.0.0.1:%1"_s.arg(l2Port), u"--log.level=warn"_s});
    if (!l2p->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(l2Port)), 30000)) {
        say(u"level 2 did not start: "_s + l2p->output());
        return 1;
    }

    // The two engines.
    Monitor rpcMonitor;
    IncidentBook rpcBook(rpcMonitor.clock());
    rpcBook.open({});
    IncidentEngine rpcEngine(&rpcMonitor, &rpcBook);
    Monitor l2Monitor;
    IncidentBook l2Book(l2Monitor.clock());
    l2Book.open({});
    IncidentEngine l2Engine(&l2Monitor, &l2Book);
    BookWatch rpcWatch(&rpcBook);
    BookWatch l2Watch(&l2Book);
    rpcMonitor.setNetwork(rpcNet);
    l2Monitor.setNetwork(l2Net);
    rpcEngine.setNetwork(rpcNet, {}, false);
    l2Engine.setNetwork(l2Net, {}, false);
    // The probe's 30 s default is for RBB's timing; the quick run federates every 3 s.
    for (Monitor *m : {&rpcMonitor, &l2Monitor}) {
        if (quick && m->federationProbe())
            m->federationProbe()->setIntervalMs(t.federateSeconds * 1000);
    }
    // The level 2 holds federated data before Sentinela starts watching: a start-up with empty level 2 is not a test
    // of anything.
    QTest::qWait((t.federateSeconds * 2 + t.scrapeSeconds) * 1000);
    rpcMonitor.start();
    l2Monitor.start();
    rpcEngine.start();
    l2Engine.start();

    // The level 2's alerts, polled every half second: when each alert name started firing.
    QNetworkAccessManager nam;
    QSet<QString> firing;
    QList<std::pair<QString, qint64>> fired; // alertname, became firing at (watch clock)
    QTimer alertPoll;
    bool inFlight = false;
    QObject::connect(&alertPoll, &QTimer::timeout, &app, [&] {
        if (inFlight)
            return;
        inFlight = true;
        QNetworkReply *r = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/v1/alerts"_s.arg(l2Port))));
        QObject::connect(r, &QNetworkReply::finished, &app, [&, r] {
            inFlight = false;
            r->deleteLater();
            if (r->error() != QNetworkReply::NoError)
                return;
            QSet<QString> now;
            const QJsonArray alerts = QJsonDocument::fromJson(r->readAll())
                                          .object()
                                          .value(u"data"_s)
                                          .toObject()
                                          .value(u"alerts"_s)
                                          .toArray();
            for (const QJsonValue &a : alerts) {
                if (a[u"state"_s].toString() == u"firing") {
                    now.insert(a[u"labels"_s][u"alertname"_s].toString());
                    if (qEnvironmentVariableIsSet("SENTINELA_BENCH_DEBUG")
                        && !firing.contains(a[u"labels"_s][u"alertname"_s].toString()))
                        say(u"  firing: "_s
                            + QString::fromUtf8(QJsonDocument(a.toObject()).toJson(QJsonDocument::Compact)));
                }
            }
            for (const QString &name : std::as_const(now)) {
                if (!firing.contains(name))
                    fired << std::pair {name, rpcWatch.now()};
            }
            firing = now;
        });
    });
    alertPoll.start(500);
    auto firedSince = [&](const QString &alert, qint64 t0) -> std::optional<qint64> {
        for (const auto &[name, at] : fired) {
            if (name == alert && at >= t0)
                return at - t0;
        }
        return std::nullopt;
    };
    auto ctl = [&](const QString &command) {
        if (!testsupport::devnetControl(devnetBinary, control, command))
            say(u"devnet control \"%1\" failed"_s.arg(command));
    };

    // Warm up: the level 2 has federated data and both engines have judged the healthy network.
    // Both engines have judged the healthy network (the signing window filled, the federation probed).
    const int warmMs = quick ? 8000 : 35000;
    say(u"warming up %1 s (%2 mode)…"_s.arg(warmMs / 1000).arg(quick ? u"quick"_s : u"RBB timing"_s));
    QTest::qWait(warmMs);
    if (qEnvironmentVariableIsSet("SENTINELA_BENCH_DEBUG")) {
        for (IncidentEngine *e : {&rpcEngine, &l2Engine}) {
            say(u"engine %1: %2 detections"_s.arg(e->monitor()->network().name).arg(e->lastDetections().size()));
            for (const Detection &d : e->lastDetections())
                say(u"  %1 %2 %3 [%4] %5"_s.arg(d.key(), healthKey(d.level), d.title, d.path, d.evidence));
            const auto health = e->monitor()->state()->health();
            for (auto it = health.cbegin(); it != health.cend(); ++it)
                say(u"  source %1: %2 %3"_s.arg(it.key(), it->stateText(), it->lastError));
        }
    }

    const QString v = validators.constLast();
    QList<Phase> phases {{u"chain halt"_s, QLatin1String(Rules::ChainHalted), {u"halt"_s}, {u"resume"_s}},
        {u"validator down"_s, QLatin1String(Rules::ValidatorDown), {u"stop "_s + v}, {u"start "_s + v}}};
    if (!quick) {
        phases << Phase {u"permissioning off"_s, QLatin1String(Rules::PermissioningOff),
            {u"permissioning "_s + validators.at(1) + u" off"_s}, {u"permissioning "_s + validators.at(1) + u" on"_s}};
        // Three of six: below the quorum of four.
        phases << Phase {u"quorum lost"_s, QLatin1String(Rules::QuorumLost),
            {u"stop "_s + validators.at(3), u"stop "_s + validators.at(4), u"stop "_s + validators.at(5)},
            {u"start "_s + validators.at(3), u"start "_s + validators.at(4), u"start "_s + validators.at(5)}};
    }

    QList<Result> results;
    for (const Phase &phase : std::as_const(phases)) {
        const QString alert = promrules::alertName(phase.rule);
        // Settled: neither engine holds the rule open and the level-2 rule is not firing.
        if (!QTest::qWaitFor(
                [&] {
                    return !rpcWatch.hasOpen(phase.rule) && !l2Watch.hasOpen(phase.rule) && !firing.contains(alert);
                },
                t.settleTimeoutMs))
            say(u"%1: not settled after %2 s; measuring anyway"_s.arg(phase.name).arg(t.settleTimeoutMs / 1000));
        const qint64 t0 = rpcWatch.now();
        for (const QString &c : phase.inject)
            ctl(c);
        Result r {phase, {}, {}, {}};
        static_cast<void>(QTest::qWaitFor( // what did not come in time is printed as —
            [&] {
                r.rpcMs = rpcWatch.firstSince(phase.rule, t0);
                r.l2Ms = l2Watch.firstSince(phase.rule, t0);
                r.ruleMs = firedSince(alert, t0);
                return r.rpcMs && r.l2Ms && r.ruleMs;
            },
            t.faultTimeoutMs));
        for (const QString &c : phase.heal)
            ctl(c);
        say(u"%1: JSON-RPC %2 s, level 2 only %3 s, level-2 rule %4 s"_s.arg(
            phase.name, seconds(r.rpcMs), seconds(r.l2Ms), seconds(r.ruleMs)));
        results << r;
    }

    // Healthy with one proposer down: only its own validator-down may be raised.
    if (!QTest::qWaitFor(
            [&] {
                return !rpcWatch.hasOpen(QLatin1String(Rules::ChainHalted))
                    && !l2Watch.hasOpen(QLatin1String(Rules::ChainHalted))
                    && !firing.contains(u"SentinelaChainHalted"_s);
            },
            t.settleTimeoutMs))
        say(u"the chain did not recover within %1 s"_s.arg(t.settleTimeoutMs / 1000));
    ctl(u"stop "_s + v);
    QTest::qWait((t.federateSeconds + t.scrapeSeconds) * 1000 + 12000); // its own incident and alert come first
    const QSet<QString> firingBefore = firing;
    const qint64 h0 = rpcWatch.now();
    QTest::qWait(t.healthyMs);
    if (qEnvironmentVariableIsSet("SENTINELA_BENCH_DEBUG")) {
        for (const Incident &i : rpcBook.openIncidents())
            say(u"  open (JSON-RPC): %1 %2 — %3"_s.arg(i.key, i.title, i.evidence));
        for (const auto &[name, at] : fired)
            say(u"  level 2 fired %1 at %2 s"_s.arg(name).arg(double(at - h0) / 1000.0));
    }
    // Expected: the stopped proposer's own validator-down, and the interval budget: every sixth interval is then a
    // 12 s round change, over the 10 s SLA, so the month's budget really is spent faster than it allows (the rule's
    // verdict is a true one; the chain-halt and quorum rules must stay quiet).
    const QStringList expected {QLatin1String(Rules::ValidatorDown), QLatin1String(Rules::IntervalBudget)};
    const QStringList rpcFalse = rpcWatch.addedSince(h0, expected);
    const QStringList l2False = l2Watch.addedSince(h0, expected);
    QStringList ruleFalse;
    for (const auto &[name, at] : fired) {
        if (at >= h0 && name != promrules::alertName(QLatin1String(Rules::ValidatorDown))
            && name != promrules::alertName(QLatin1String(Rules::IntervalBudget)) && !firingBefore.contains(name))
            ruleFalse << name;
    }
    ctl(u"start "_s + v);

    say(QString());
    say(u"Fault → incident raised (%1: %2 s blocks, %3 s round timeout, scrape %4 s, federation %5 s, level-2 "
        "evaluation %6 s)"_s.arg(quick ? u"quick"_s : u"RBB timing"_s)
            .arg(t.blockSeconds)
            .arg(t.timeoutSeconds)
            .arg(t.scrapeSeconds)
            .arg(t.federateSeconds)
            .arg(t.evalSeconds));
    say(u"%1 %2 %3 %4 %5"_s.arg(u"fault"_s, -20)
            .arg(u"JSON-RPC (s)"_s, 13)
            .arg(u"level 2 only (s)"_s, 17)
            .arg(u"level-2 rule (s)"_s, 17)
            .arg(u"rule / level 2 only"_s, 20));
    for (const Result &r : std::as_const(results)) {
        const QString ratio
            = r.l2Ms && r.ruleMs && *r.l2Ms > 0 ? QString::number(double(*r.ruleMs) / double(*r.l2Ms), 'f', 2) : u"—"_s;
        say(u"%1 %2 %3 %4 %5"_s.arg(r.phase.name, -20)
                .arg(seconds(r.rpcMs), 13)
                .arg(seconds(r.l2Ms), 17)
                .arg(seconds(r.ruleMs), 17)
                .arg(ratio, 20));
    }
    say(u"False alarms over %1 s with one proposer down (%2): JSON-RPC %3, level 2 only %4, level-2 rules %5"_s
            .arg(t.healthyMs / 1000)
            .arg(v)
            .arg(rpcFalse.isEmpty() ? u"0"_s : rpcFalse.join(u", "_s))
            .arg(l2False.isEmpty() ? u"0"_s : l2False.join(u", "_s))
            .arg(ruleFalse.isEmpty() ? u"0"_s : ruleFalse.join(u", "_s)));
    QMap<QString, int> firedCount;
    for (const auto &[name, at] : fired)
        firedCount[name] += 1;
    QStringList firedList;
    for (auto it = firedCount.cbegin(); it != firedCount.cend(); ++it)
        firedList << u"%1 ×%2"_s.arg(it.key()).arg(it.value());
    say(u"Raised over the whole run (faults, their consequences, anything else): JSON-RPC: %1; level 2 only: %2; "
        "level-2 rules: %3"_s.arg(
            rpcWatch.tally(), l2Watch.tally(), firedList.isEmpty() ? u"none"_s : firedList.join(u", "_s)));

    // The targets: the chain-halt limit (period + round timeout + 1 s) on JSON-RPC; through level 2 only the
    // limit plus the sample's own age (at most one scrape plus one federation interval), and ahead of the level-2
    // rule; quorum lost within 5 s; no false alarm with one proposer down.
    const double haltLimit = chainHaltLimitSeconds(rpcNet); // the same limit the rule judges by
    const QString timing = u" (%1 s blocks, %2 s round timeout, scrape %3 s, federation %4 s)"_s.arg(t.blockSeconds)
                               .arg(t.timeoutSeconds)
                               .arg(t.scrapeSeconds)
                               .arg(t.federateSeconds);
    for (const Result &r : std::as_const(results)) {
        const auto sec = [](const std::optional<qint64> &ms) { return ms ? double(*ms) / 1000.0 : std::nan(""); };
        if (r.phase.rule == QLatin1String(Rules::ChainHalted)) {
            report.figure("chain_halt_rpc", u"devnet `halt` → chain-halted incident raised, Sentinela with the nodes' "
                                            "JSON-RPC"_s + timing,
                sec(r.rpcMs), "s", bench::Goal::AtMost, haltLimit);
            report.figure("chain_halt_level2", u"devnet `halt` → chain-halted incident raised, Sentinela through the "
                                               "level-2 Prometheus only"_s + timing,
                sec(r.l2Ms), "s", bench::Goal::AtMost, haltLimit + t.scrapeSeconds + t.federateSeconds);
            report.info("chain_halt_rule", u"devnet `halt` → the exported SentinelaChainHalted rule firing on level 2"_s
                    + timing, sec(r.ruleMs), "s");
            if (r.l2Ms && r.ruleMs)
                report.figure("chain_halt_rule_ratio", u"level-2 rule time / Sentinela level-2-only time for the chain "
                                                       "halt (1 or more: Sentinela no later than the rule)"_s,
                    double(*r.ruleMs) / double(std::max<qint64>(1, *r.l2Ms)), "x", bench::Goal::AtLeast, 1);
        } else if (r.phase.rule == QLatin1String(Rules::QuorumLost)) {
            report.figure("quorum_lost_rpc", u"three of six validators stopped → quorum-lost incident raised, with "
                                             "JSON-RPC"_s + timing,
                sec(r.rpcMs), "s", bench::Goal::AtMost, 5);
            report.info("quorum_lost_level2", u"three of six validators stopped → quorum-lost raised through level 2 "
                                              "only"_s + timing, sec(r.l2Ms), "s");
        } else {
            const QByteArray key = r.phase.name.toLatin1().replace(' ', '_');
            report.info((key + "_rpc").constData(), r.phase.name + u" → incident raised, with JSON-RPC"_s + timing,
                sec(r.rpcMs), "s");
            report.info((key + "_level2").constData(), r.phase.name + u" → incident raised, level 2 only"_s + timing,
                sec(r.l2Ms), "s");
        }
    }
    report.figure("false_alarms", u"incidents or level-2 alerts other than the stopped proposer's own validator-down and the interval budget, "
                                  "over %1 s of a chain running with one proposer down"_s.arg(t.healthyMs / 1000),
        double(rpcFalse.size() + l2False.size() + ruleFalse.size()), "count", bench::Goal::AtMost, 0);

    rpcEngine.stop();
    l2Engine.stop();
    rpcMonitor.stop();
    l2Monitor.stop();
    devnet.kill();
    devnet.waitForFinished(5000);
    // A fault nobody detected is a failure of the bench's premise, not a figure.
    for (const Result &r : std::as_const(results)) {
        if (!r.rpcMs || !r.l2Ms)
            report.runFailed(r.phase.name.toLatin1().replace(' ', '_').constData(),
                r.phase.name + u": a fault no engine detected"_s);
    }
    return report.exitCode();
}

// Data age on an RBB-shaped federation, with real parts: the devnet (Besu metric names on every node's /metrics), one
// level-1 Prometheus per institution, two level-2 Prometheus federating them with honor_labels (l2-b behind mutual
// TLS), and sentinela-cli with a profile that has no JSON-RPC at all, as a NOC sees the other institutions.
//
//   l1-bndes, l1-tcu ─────────────┬──> l2-a (http)
//   l1-rnp-a (rnp, for l2-a) ─────┘
//   l1-bndes, l1-tcu ─────────────┬──> l2-b (https, client certificates)
//   l1-rnp-b (rnp, for l2-b) ─────┘
//
// rnp has one level 1 per level 2, so that stopping l1-rnp-a blinds l2-a alone (a level 1 stopped behind one level 2).

#include "serverharness.h"
#include "testpki.h"

#include "../common/devnetprocess.h"
#include "analysis/federationhealth.h"
#include "core/clock.h"
#include "sources/federationprobe.h"
#include "sources/httpfetcher.h"
#include "sources/prometheusfederation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <nlohmann/json.hpp>

#include <optional>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

// Test timing: level 1 scrapes every second, level 2 federates every 3 s. A figure is stale after 5.5 s (one scrape,
// one federation, 1.5 s margin: the profile default's shape, scaled down); "two federation intervals" is 6 s.
// SENTINELA_RBB_TIMING=1 runs the same checks at RBB's timing instead (scrape 5 s, federation 15 s, the profile's
// default threshold of 25 s, halt limit 40 s): slower, the issue's own figures.
struct Timing
{
    int scrapeSeconds = 1;
    int federateSeconds = 3;
    std::optional<double> staleAfterOverride = 5.5;
    double haltLimitSeconds = 10; // health.blockAgeCriticalSeconds, with 1 s blocks

    static Timing fromEnvironment()
    {
        Timing t;
        if (qEnvironmentVariable("SENTINELA_RBB_TIMING") == u"1"_s) {
            t.scrapeSeconds = 5;
            t.federateSeconds = 15;
            t.staleAfterOverride.reset();
            t.haltLimitSeconds = 40;
        }
        return t;
    }
    double staleAfter() const { return staleAfterOverride.value_or(scrapeSeconds + federateSeconds + 5.0); }
    int waitMs(int testScaleMs) const { return testScaleMs * federateSeconds / 3; }
};

struct DevnetNode
{
    QString name;
    QString type;
    QString institution;
    QString metrics; // host:port
};

struct CliRun
{
    int exitCode = -1;
    json doc;
    QString stdErr;
    QByteArray stdOut;
};

bool ciRun()
{
    return qEnvironmentVariable("CI") == u"true"_s;
}

} // namespace

class TestFederationStaleness : public QObject
{
    Q_OBJECT
private:
    ServerHarness m_harness;
    TestPki m_pki;
    QString m_prometheus;
    QProcess m_devnet;
    QString m_control;
    QList<DevnetNode> m_nodes;
    QStringList m_institutions {u"bndes"_s, u"rnp"_s, u"tcu"_s};
    QHash<QString, quint16> m_l1Ports; // l1-bndes, l1-rnp-a, l1-rnp-b, l1-tcu
    QHash<QString, ServerProcess *> m_l1;
    quint16 m_l2a = 0, m_l2b = 0;
    QString m_profile;
    QString m_cli;
    HttpFetcher *m_fetcher = nullptr;
    QNetworkAccessManager m_nam;
    // Read in initTestCase: as a default member initializer, Timing::fromEnvironment() makes g++ 12 -O2 fail with an
    // internal compiler error (gimplify_modify_expr) in the release build.
    Timing m_timing;

    QByteArray levelOneConfig(const QString &organization) const
    {
        const QByteArray every = QByteArray::number(m_timing.scrapeSeconds) + "s";
        QByteArray yaml = "global:\n  scrape_interval: " + every + "\n  evaluation_interval: " + every
            + "\nscrape_configs:\n  - job_name: rbb\n    scrape_interval: " + every
            + "\n    scrape_timeout: 1s\n    static_configs:\n";
        for (const DevnetNode &n : m_nodes) {
            if (n.institution != organization)
                continue;
            yaml += "      - targets: ['" + n.metrics.toUtf8() + "']\n        labels:\n          node: "
                + n.name.toUtf8() + "\n          organization: " + organization.toUtf8() + "\n";
        }
        return yaml;
    }

    // Level 2: one federation job per institution's level 1, each target labelled with the institution (RBB's
    // rbb-federado convention), honor_labels so the level-1 labels and timestamps stay.
    QByteArray levelTwoConfig(const QString &rnpLevelOne) const
    {
        QByteArray yaml
            = "global:\n  scrape_interval: " + QByteArray::number(m_timing.federateSeconds) + "s\nscrape_configs:\n";
        for (const QString &org : m_institutions) {
            const QString l1 = org == u"rnp"_s ? rnpLevelOne : u"l1-"_s + org;
            yaml += "  - job_name: federate-" + org.toUtf8() + "\n    scrape_interval: "
                + QByteArray::number(m_timing.federateSeconds) + "s\n    scrape_timeout: 2s\n    honor_labels: true\n"
                + "    metrics_path: /federate\n    params:\n      'match[]': ['{job=\"rbb\"}']\n"
                + "    static_configs:\n      - targets: ['127.0.0.1:" + QByteArray::number(m_l1Ports.value(l1))
                + "']\n        labels:\n          organization: " + org.toUtf8() + "\n";
        }
        return yaml;
    }

    ServerProcess *startPrometheus(
        const QString &name, quint16 port, const QByteArray &config, const QByteArray &webConfig = {})
    {
        const QString configFile = m_harness.writeFile(name + u"/prometheus.yml"_s, config);
        QStringList args {u"--config.file="_s + configFile,
            u"--storage.tsdb.path="_s + m_harness.makeDir(name + u"/data"_s),
            u"--web.listen-address=127.0.0.1:%1"_s.arg(port), u"--log.level=warn"_s};
        if (!webConfig.isEmpty())
            args << u"--web.config.file="_s + m_harness.writeFile(name + u"/web.yml"_s, webConfig);
        return m_harness.start(name, m_prometheus, args);
    }

    QByteArray profile(const QString &rpcForValidator01 = {}) const
    {
        QByteArray yaml = "active: lab\nnetworks:\n  - name: lab\n    chainId: 1337\n    blockPeriodSeconds: 1\n"
                          "    requestTimeoutSeconds: 2\n    institutions:\n";
        for (const QString &org : m_institutions)
            yaml += "      - {id: " + org.toUtf8() + ", name: " + org.toUpper().toUtf8() + "}\n";
        yaml += "    nodes:\n";
        for (const DevnetNode &n : m_nodes) {
            yaml += "      - {name: " + n.name.toUtf8() + ", type: " + n.type.toUtf8()
                + ", institution: " + n.institution.toUtf8();
            if (n.name == u"validator01"_s && !rpcForValidator01.isEmpty())
                yaml += ", rpcHttp: '" + rpcForValidator01.toUtf8() + "'";
            yaml += "}\n";
        }
        yaml += "    prometheus:\n      job: rbb\n      scrapeIntervalSeconds: "
            + QByteArray::number(m_timing.scrapeSeconds)
            + "\n      federationIntervalSeconds: " + QByteArray::number(m_timing.federateSeconds)
            + "\n      endpoints:\n" + "        - {name: l2-a, url: 'http://127.0.0.1:" + QByteArray::number(m_l2a)
            + "'}\n" + "        - name: l2-b\n          url: 'https://127.0.0.1:" + QByteArray::number(m_l2b) + "'\n"
            + "          tls: {ca: '" + m_pki.caCert.toUtf8() + "', cert: '" + m_pki.clientCert.toUtf8() + "', key: '"
            + m_pki.clientKey.toUtf8() + "'}\n" + "    health:\n"
            + (m_timing.staleAfterOverride
                    ? "      staleAfterSeconds: " + QByteArray::number(*m_timing.staleAfterOverride) + "\n"
                    : QByteArray())
            + "      blockAgeCriticalSeconds: " + QByteArray::number(m_timing.haltLimitSeconds) + "\n"
            + "    polling: {prometheusMs: 1000, connectTimeoutMs: 2000, totalTimeoutMs: 4000}\n";
        return yaml;
    }

    CliRun status(const QString &profilePath, int timeoutMs = 8000)
    {
        QProcess cli;
        cli.start(
            m_cli, {u"status"_s, u"--config"_s, profilePath, u"--json"_s, u"--timeout"_s, QString::number(timeoutMs)});
        CliRun run;
        if (!cli.waitForFinished(timeoutMs + 10000)) {
            cli.kill();
            cli.waitForFinished();
            run.stdErr = u"sentinela-cli did not finish"_s;
            return run;
        }
        run.exitCode = cli.exitCode();
        run.stdOut = cli.readAllStandardOutput();
        run.stdErr = QString::fromUtf8(cli.readAllStandardError());
        run.doc = json::parse(run.stdOut.toStdString(), nullptr, false);
        return run;
    }

    static const json *nodeOf(const CliRun &run, const QString &name)
    {
        if (!run.doc.is_object() || !run.doc.contains("nodes"))
            return nullptr;
        for (const json &n : run.doc["nodes"])
            if (n.value("name", std::string()) == name.toStdString())
                return &n;
        return nullptr;
    }

    QStringList nodesOf(const QString &institution) const
    {
        QStringList names;
        for (const DevnetNode &n : m_nodes)
            if (n.institution == institution)
                names.append(n.name);
        return names;
    }

    // Every node of `institution` fresh (or, with stale = true, stale with `up` unknown) in this run.
    bool institutionIs(const CliRun &run, const QString &institution, bool stale, QString *why) const
    {
        for (const QString &name : nodesOf(institution)) {
            const json *n = nodeOf(run, name);
            if (!n) {
                *why = u"%1 missing from the status"_s.arg(name);
                return false;
            }
            if ((*n)["stale"].get<bool>() != stale || (stale && !(*n)["up"].is_null())) {
                *why = u"%1: %2"_s.arg(name, QString::fromStdString(n->dump()));
                return false;
            }
        }
        return true;
    }

    bool control(const QString &command)
    {
        QNetworkRequest request(QUrl(m_control + u"/command"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain"_s);
        QNetworkReply *reply = m_nam.post(request, command.toUtf8());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            return false;
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }

    static QString problems(const CliRun &run)
    {
        QStringList out;
        if (run.doc.is_object())
            for (const json &p : run.doc["problems"])
                out.append(QString::fromStdString(p.get<std::string>()));
        return out.join(u"; "_s);
    }

    PrometheusEndpoint endpointA() const { return {u"l2-a"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(m_l2a)), {}, {}}; }
    PrometheusEndpoint endpointB() const
    {
        return {u"l2-b"_s, QUrl(u"https://127.0.0.1:%1"_s.arg(m_l2b)),
            TlsConfig {m_pki.caCert, m_pki.clientCert, m_pki.clientKey}, {}};
    }

private slots:
    void initTestCase()
    {
        m_timing = Timing::fromEnvironment();
        m_prometheus = findProgram({u"prometheus"_s});
        if (m_prometheus.isEmpty() || TestPki::opensslPath().isEmpty()) {
            if (ciRun())
                QFAIL("prometheus or openssl missing: required under CI=true");
            QSKIP("prometheus or openssl not installed: integration test skipped (CI installs them)");
        }
        m_cli = QStringLiteral(SENTINELA_BINARY_DIR) + u"/app/sentinela-cli"_s;
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
        QVERIFY(m_harness.isValid());
        QVERIFY2(m_pki.create(m_harness.path()), qPrintable(m_pki.error));

        // The devnet: three institutions, one validator each, 1 s blocks.
        const QString endpoints = m_harness.filePath(u"devnet.json"_s);
        QByteArray log;
        QVERIFY2(testsupport::startDevnet(m_devnet,
                     QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s,
                     {u"--institutions"_s, u"3"_s, u"--validators-per-institution"_s, u"1"_s, u"--block-period"_s,
                         u"1"_s, u"--request-timeout"_s, u"2"_s, u"--tx-rate"_s, u"0"_s, u"--endpoints"_s, endpoints},
                     &log),
            log.constData());
        QFile file(endpoints);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const json doc = json::parse(file.readAll().toStdString());
        m_control = QString::fromStdString(doc["control"].get<std::string>());
        for (const json &n : doc["nodes"]) {
            const QUrl metrics(QString::fromStdString(n["metrics"].get<std::string>()));
            m_nodes.append({QString::fromStdString(n["name"].get<std::string>()),
                QString::fromStdString(n["type"].get<std::string>()),
                QString::fromStdString(n["institution"].get<std::string>()),
                u"%1:%2"_s.arg(metrics.host()).arg(metrics.port())});
        }
        QCOMPARE(m_nodes.size(), 12);
        for (const QString &org : m_institutions)
            QVERIFY2(!nodesOf(org).isEmpty(), qPrintable(org));

        for (const QString &l1 : {u"l1-bndes"_s, u"l1-rnp-a"_s, u"l1-rnp-b"_s, u"l1-tcu"_s})
            m_l1Ports.insert(l1, freeTcpPort());
        m_l2a = freeTcpPort();
        m_l2b = freeTcpPort();
        for (auto it = m_l1Ports.cbegin(); it != m_l1Ports.cend(); ++it) {
            const QString org = it.key().section(u'-', 1, 1);
            m_l1.insert(it.key(), startPrometheus(it.key(), it.value(), levelOneConfig(org)));
        }
        const QByteArray webConfig = "tls_server_config:\n  cert_file: " + m_pki.serverCert.toUtf8()
            + "\n  key_file: " + m_pki.serverKey.toUtf8()
            + "\n  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: " + m_pki.caCert.toUtf8() + "\n";
        auto *l2a = startPrometheus(u"l2-a"_s, m_l2a, levelTwoConfig(u"l1-rnp-a"_s));
        auto *l2b = startPrometheus(u"l2-b"_s, m_l2b, levelTwoConfig(u"l1-rnp-b"_s), webConfig);
        for (auto it = m_l1.cbegin(); it != m_l1.cend(); ++it)
            QVERIFY2(it.value()->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(m_l1Ports.value(it.key())))),
                qPrintable(it.value()->error()));
        QVERIFY2(l2a->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(m_l2a))), qPrintable(l2a->error()));
        QVERIFY2(l2b->waitPort(m_l2b), qPrintable(l2b->error()));

        m_profile = m_harness.writeFile(u"profile.yaml"_s, profile());
        m_fetcher = new HttpFetcher(this);
        HttpLimits limits;
        limits.connectTimeoutMs = 2000;
        limits.totalTimeoutMs = 4000;
        m_fetcher->setLimits(limits);

        // Wait until both level 2 have federated every institution and the status sees every node fresh.
        QString why;
        const bool ready = QTest::qWaitFor(
            [&] {
                const CliRun run = status(m_profile);
                for (const QString &org : m_institutions) {
                    if (!institutionIs(run, org, false, &why)) {
                        QTest::qWait(500);
                        return false;
                    }
                }
                return true;
            },
            m_timing.waitMs(60000));
        QVERIFY2(ready, qPrintable(why));
    }

    void cleanupTestCase()
    {
        if (m_devnet.state() != QProcess::NotRunning) {
            m_devnet.kill();
            m_devnet.waitForFinished(5000);
        }
        m_harness.stopAll();
    }

    // (a) Without JSON-RPC the tip's age comes from the federated head timestamp, and a halt is called.
    void tipAgeWithoutRpcAndHalt()
    {
        const CliRun before = status(m_profile);
        QVERIFY2(before.doc.is_object(), before.stdOut.constData());
        QVERIFY2(before.doc["tipBlockAgeSeconds"].is_number(), before.stdOut.constData());
        const double ageBefore = before.doc["tipBlockAgeSeconds"].get<double>();
        qInfo("tip age before the halt: %.2f s (1 s blocks, scrape %d s, federation %d s)", ageBefore,
            m_timing.scrapeSeconds, m_timing.federateSeconds);
        QVERIFY(ageBefore < m_timing.haltLimitSeconds);
        QVERIFY2(before.exitCode != 2, qPrintable(problems(before)));
        QVERIFY(!problems(before).contains(u"no new block"_s));

        QVERIFY(control(u"halt"_s));
        QElapsedTimer since;
        since.start();
        CliRun after;
        const bool called = QTest::qWaitFor(
            [&] {
                after = status(m_profile);
                return after.exitCode == 2 && problems(after).contains(u"no new block"_s);
            },
            m_timing.waitMs(45000));
        QVERIFY(control(u"resume"_s));
        QVERIFY2(called, qPrintable(problems(after) + u" / "_s + QString::fromUtf8(after.stdOut)));
        QVERIFY(after.doc["tipBlockAgeSeconds"].get<double>() > m_timing.haltLimitSeconds);
        qInfo("halt called %.1f s after it began (limit %.0f s); tipBlockAgeSeconds %.2f", since.elapsed() / 1000.0,
            m_timing.haltLimitSeconds, after.doc["tipBlockAgeSeconds"].get<double>());
        QCOMPARE(after.doc["status"].get<std::string>(), std::string("critical"));

        // Back to producing: the next status sees a young tip again.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const CliRun again = status(m_profile);
                return again.doc.is_object() && again.doc["tipBlockAgeSeconds"].is_number()
                    && again.doc["tipBlockAgeSeconds"].get<double>() < m_timing.haltLimitSeconds;
            },
            m_timing.waitMs(30000)));
    }

    // A pass that times out (a JSON-RPC endpoint that never answers) still judges, tip age included.
    void timedOutPassStillJudges()
    {
        QTcpServer blackHole; // accepts connections in the kernel's backlog, never answers
        QVERIFY(blackHole.listen(QHostAddress::LocalHost, 0));
        blackHole.pauseAccepting();
        const QString path = m_harness.writeFile(
            u"profile-timeout.yaml"_s, profile(u"http://127.0.0.1:%1"_s.arg(blackHole.serverPort())));
        QElapsedTimer timer;
        timer.start();
        const CliRun run = status(path, 3000);
        QVERIFY2(run.doc.is_object(), qPrintable(run.stdErr));
        QVERIFY(run.doc["timedOut"].get<bool>());
        QVERIFY2(run.stdErr.contains(u"judging what arrived"_s), qPrintable(run.stdErr));
        QVERIFY2(run.doc["tipBlockAgeSeconds"].is_number(), run.stdOut.constData());
        QVERIFY(run.exitCode >= 0 && run.exitCode <= 2);
        QVERIFY(timer.elapsed() < 3000 + 5000);
    }

    // (c) A level 1 stopped behind l2-a only: the federation fails over to l2-b, which still sees rnp; the
    // federation matrix shows the same thing from the same ages.
    void failoverOnInstitutionStaleness()
    {
        NetworkConfig network;
        network.prometheus = {endpointA(), endpointB()};
        network.federation = {double(m_timing.scrapeSeconds), double(m_timing.federateSeconds)};
        network.health.staleAfterSeconds = m_timing.staleAfterOverride;
        const qint64 staleMs = qint64(staleAfterSeconds(network) * 1000);
        PrometheusFederation federation(network.prometheus, m_fetcher);
        federation.setPollIntervalMs(1000);
        federation.setReprobeIntervalMs(1000);
        QCOMPARE(staleAfterSeconds(network), m_timing.staleAfter());
        federation.setStaleAfterMs(staleMs);
        federation.setInstitutions(m_institutions);
        const QList<PromQuery> queries {PromQuery::instant(u"ethereum_blockchain_height{job=\"rbb\"}"_s)};
        auto poll = [&] {
            std::optional<PromPollResult> out;
            federation.poll(queries, [&out](const PromPollResult &r) { out = r; });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
                qFatal("no poll result");
            return *out;
        };
        const PromPollResult first = poll();
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.servedBy, u"l2-a"_s);
        QVERIFY(first.staleInstitutions.isEmpty());

        m_l1.value(u"l1-rnp-a"_s)->stop();
        QElapsedTimer since;
        since.start();
        PromPollResult r;
        QVERIFY(QTest::qWaitFor(
            [&] {
                r = poll();
                if (r.servedBy == u"l2-b"_s)
                    return true;
                QTest::qWait(250);
                return false;
            },
            m_timing.waitMs(30000)));
        const qint64 failoverMs = since.elapsed();
        qInfo("failover to l2-b %.1f s after rnp's level 1 behind l2-a stopped (stale after %.1f s): %s",
            failoverMs / 1000.0, m_timing.staleAfter(), qPrintable(r.failures.join(u"; "_s)));
        QVERIFY(r.staleInstitutions.isEmpty());
        QVERIFY2(
            r.failures.join(u"; "_s).contains(u"l2-a: no fresh data of rnp"_s), qPrintable(r.failures.join(u"; "_s)));
        QVERIFY(failoverMs <= 2 * m_timing.federateSeconds * 1000 + 2000);
        QCOMPARE(federation.health().state, SourceHealth::State::Degraded);
        QVERIFY(federation.institutionAges(0).agesMs.value(u"rnp"_s) > staleMs);
        QVERIFY(federation.institutionAges(1).agesMs.value(u"rnp"_s) <= staleMs);

        // The matrix, from FederationProbe and the same threshold, says the same.
        FederationProbe probe(&federation, u"rbb"_s);
        QHash<QString, analysis::FederationSample> samples;
        connect(&probe, &FederationProbe::endpointProbed, this, [&samples](const FederationProbeReply &reply) {
            samples.insert(reply.endpoint, analysis::FederationSample::fromReply(reply));
        });
        probe.probeNow();
        QVERIFY(QTest::qWaitFor([&] { return samples.size() == 2; }, 15000));
        QList<Institution> institutions;
        for (const QString &org : m_institutions)
            institutions.append({org, org, org});
        const auto matrix = analysis::federationMatrix(
            network.prometheus, institutions, samples, QDateTime::currentDateTimeUtc(), staleMs);
        // l2-a, rnp: its federation job reports the level 1 down (more specific than "stale"), with the same age.
        const analysis::FederationCell &lost = matrix.cell(0, 1);
        QVERIFY2(lost.state == analysis::FederationCellState::FederationDown
                || lost.state == analysis::FederationCellState::Stale,
            qPrintable(analysis::federationCellStateKey(lost.state)));
        QVERIFY2(lost.ageMs > staleMs, qPrintable(QString::number(lost.ageMs)));
        QCOMPARE(matrix.cell(1, 1).state, analysis::FederationCellState::Ok); // l2-b, rnp
        QCOMPARE(matrix.cell(0, 0).state, analysis::FederationCellState::Ok); // l2-a, bndes

        // End to end: sentinela-cli is served by l2-b and rnp's nodes stay known.
        const CliRun run = status(m_profile);
        QString why;
        QVERIFY2(institutionIs(run, u"rnp"_s, false, &why), qPrintable(why));
        bool servedByB = false;
        for (const json &s : run.doc["sources"])
            if (s["id"] == "prometheus")
                servedByB = QString::fromStdString(s["detail"].get<std::string>()).startsWith(u"serving l2-b"_s);
        QVERIFY2(servedByB, run.stdOut.constData());
    }

    // (b) One institution's level 1 dies (behind both level 2): within two federation intervals its nodes are
    // "unknown, monitoring blind", not "up, N blocks behind".
    void deadLevelOneTurnsUnknown()
    {
        m_l1.value(u"l1-tcu"_s)->stop();
        QElapsedTimer since;
        since.start();
        QTest::qWait(2 * m_timing.federateSeconds * 1000);
        const CliRun run = status(m_profile);
        QVERIFY2(run.doc.is_object(), qPrintable(run.stdErr));
        QString why;
        QVERIFY2(institutionIs(run, u"tcu"_s, true, &why), qPrintable(why));
        for (const QString &name : nodesOf(u"tcu"_s)) {
            const json *n = nodeOf(run, name);
            QVERIFY((*n)["lag"].is_null());
            QVERIFY((*n)["dataAgeSeconds"].get<double>() > m_timing.staleAfter());
            QVERIFY2(problems(run).contains(u"node %1: state unknown"_s.arg(name)), qPrintable(problems(run)));
            QVERIFY2(!problems(run).contains(u"node %1 is"_s.arg(name)), qPrintable(problems(run)));
        }
        qInfo("tcu's nodes unknown %.1f s after its level 1 stopped; %s data age %.1f s", since.elapsed() / 1000.0,
            qPrintable(nodesOf(u"tcu"_s).first()),
            (*nodeOf(run, nodesOf(u"tcu"_s).first()))["dataAgeSeconds"].get<double>());
        // The others stay known, and the chain's tip age is still known.
        QVERIFY2(institutionIs(run, u"bndes"_s, false, &why), qPrintable(why));
        QVERIFY(run.doc["tipBlockAgeSeconds"].is_number());
        QCOMPARE(run.exitCode, 1); // warning: a third of the validators unknown, quorum still met by the rest
        // The pass probed the federation itself (each level 2's view of every institution), so the incident rules
        // name tcu's monitoring blind, a known warning, and no other institution's ("cannot tell" before).
        QStringList blind;
        for (const json &d : run.doc["detections"]) {
            if (d["rule"] == "monitoring-blind")
                blind << QString::fromStdString(d["subject"].get<std::string>() + ":" + d["level"].get<std::string>());
        }
        QCOMPARE(blind, QStringList({u"tcu:warning"_s}));
    }
};

QTEST_GUILESS_MAIN(TestFederationStaleness)
#include "tst_federation_staleness.moc"

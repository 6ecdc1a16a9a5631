#include "serverharness.h"
#include "testpki.h"
#include "../common/requireorskip.h"

#include "sources/httpfetcher.h"
#include "sources/prometheusclient.h"
#include "sources/prometheusfederation.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

template<typename R> R waitFor(const std::function<void(std::function<void(const R &)>)> &call, int timeoutMs = 10000)
{
    std::optional<R> out;
    call([&out](const R &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        qFatal("no answer within %d ms", timeoutMs);
    return *out;
}

QStringList organizations(const PromQueryResult &r)
{
    QStringList orgs;
    for (const PromSeries &s : r.series) {
        const QString org = s.labels.value(u"organization"_s);
        if (!orgs.contains(org))
            orgs.append(org);
    }
    orgs.sort();
    return orgs;
}

} // namespace

// Two institutions (A = bndes, B = rnp), each with a level-1 Prometheus scraping its own fake Besu nodes; two
// level-2 Prometheus federating both level 1s (B's level 1 only over mutual TLS); VictoriaMetrics federating the
// same way. Sentinela's clients must read the whole network through either level 2 and fail over between them.
class TestPrometheusIntegration : public QObject
{
    Q_OBJECT
private:
    ServerHarness m_harness;
    TestPki m_pki;
    QString m_prometheus;
    QList<FakeMetricsNode *> m_nodes;
    quint16 m_l1a = 0, m_l1b = 0, m_l2a = 0, m_l2b = 0, m_vm = 0;
    ServerProcess *m_l2aProcess = nullptr;
    HttpFetcher *m_fetcher = nullptr;

    PrometheusEndpoint endpoint(const QString &name, quint16 port, bool tls = false) const
    {
        PrometheusEndpoint e;
        e.name = name;
        e.url = QUrl(u"%1://127.0.0.1:%2"_s.arg(tls ? u"https"_s : u"http"_s).arg(port));
        return e;
    }

    QByteArray levelOneConfig(
        const QString &organization, const QList<FakeMetricsNode *> &nodes, const QStringList &names) const
    {
        QByteArray yaml = "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n"
                          "  - job_name: rbb\n    scrape_interval: 1s\n    scrape_timeout: 1s\n    static_configs:\n";
        for (int i = 0; i < nodes.size(); ++i) {
            yaml += "      - targets: ['" + nodes.at(i)->target().toUtf8() + "']\n        labels:\n          node: "
                + names.at(i).toUtf8() + "\n          organization: " + organization.toUtf8() + "\n";
        }
        return yaml;
    }

    QByteArray federationConfig() const
    {
        const QByteArray tls = "    tls_config:\n      ca_file: " + m_pki.caCert.toUtf8() + "\n      cert_file: "
            + m_pki.clientCert.toUtf8() + "\n      key_file: " + m_pki.clientKey.toUtf8() + "\n";
        auto job = [](const QByteArray &name, quint16 port, const QByteArray &scheme, const QByteArray &extra) {
            return "  - job_name: " + name
                + "\n    scrape_interval: 1s\n    scrape_timeout: 1s\n    honor_labels: true\n"
                  "    metrics_path: /federate\n    scheme: "
                + scheme + "\n    params:\n      'match[]': ['{job=\"rbb\"}']\n" + extra
                + "    static_configs:\n      - targets: ['127.0.0.1:" + QByteArray::number(port) + "']\n";
        };
        return "global:\n  scrape_interval: 1s\nscrape_configs:\n" + job("federate-a", m_l1a, "http", {})
            + job("federate-b", m_l1b, "https", tls);
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

    bool waitReady(ServerProcess *p, quint16 port, bool tls = false)
    {
        const bool ok = tls ? p->waitPort(port) : p->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(port)));
        if (!ok)
            qWarning("%s", qPrintable(p->error()));
        return ok;
    }

    // Polls `client` until the instant query sees every organization in `expected`.
    bool waitForOrganizations(PrometheusClient &client, const QString &promql, const QStringList &expected)
    {
        return QTest::qWaitFor(
            [&] {
                const auto r = waitFor<PromQueryResult>([&](auto cb) { client.query(promql, cb); });
                if (organizations(r) == expected && r.series.size() >= 4)
                    return true;
                QTest::qWait(300);
                return false;
            },
            30000);
    }

private slots:
    void initTestCase()
    {
        m_prometheus = findProgram({u"prometheus"_s});
        SENTINELA_REQUIRE_OR_SKIP(!m_prometheus.isEmpty(), "prometheus binary not installed (scripts/setup.sh installs it)");
        SENTINELA_REQUIRE_OR_SKIP(
            !TestPki::opensslPath().isEmpty(), "openssl CLI not installed (scripts/setup.sh installs it)");
        QVERIFY(m_harness.isValid());
        QVERIFY2(m_pki.create(m_harness.path()), qPrintable(m_pki.error));

        const QStringList namesA {u"validator01"_s, u"boot01"_s}, namesB {u"validator02"_s, u"writer01"_s};
        QList<FakeMetricsNode *> nodesA, nodesB;
        for (int i = 0; i < 4; ++i) {
            auto *node = new FakeMetricsNode(this);
            QVERIFY(node->listen());
            node->setGauge(u"ethereum_blockchain_height"_s, 5000 + i);
            (i < 2 ? nodesA : nodesB).append(node);
            m_nodes.append(node);
        }
        m_l1a = freeTcpPort();
        m_l1b = freeTcpPort();
        m_l2a = freeTcpPort();
        m_l2b = freeTcpPort();
        const QByteArray webConfig = "tls_server_config:\n  cert_file: " + m_pki.serverCert.toUtf8()
            + "\n  key_file: " + m_pki.serverKey.toUtf8()
            + "\n  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: " + m_pki.caCert.toUtf8() + "\n";
        auto *l1a = startPrometheus(u"l1-a"_s, m_l1a, levelOneConfig(u"bndes"_s, nodesA, namesA));
        auto *l1b = startPrometheus(u"l1-b"_s, m_l1b, levelOneConfig(u"rnp"_s, nodesB, namesB), webConfig);
        m_l2aProcess = startPrometheus(u"l2-a"_s, m_l2a, federationConfig());
        auto *l2b = startPrometheus(u"l2-b"_s, m_l2b, federationConfig());

        const QString vm = findProgram({u"victoria-metrics"_s, u"victoria-metrics-prod"_s});
        if (!vm.isEmpty()) {
            m_vm = freeTcpPort();
            const QString config = m_harness.writeFile(u"vm/scrape.yml"_s, federationConfig());
            auto *vmProcess = m_harness.start(u"victoria-metrics"_s, vm,
                {u"-httpListenAddr=127.0.0.1:%1"_s.arg(m_vm), u"-storageDataPath="_s + m_harness.makeDir(u"vm/data"_s),
                    u"-promscrape.config="_s + config, u"-search.latencyOffset=0s"_s, u"-loggerLevel=ERROR"_s,
                    u"-search.disableCache"_s});
            QVERIFY(waitReady(vmProcess, m_vm, true));
        }
        QVERIFY(waitReady(l1a, m_l1a));
        QVERIFY(waitReady(l1b, m_l1b, true));
        QVERIFY(waitReady(m_l2aProcess, m_l2a));
        QVERIFY(waitReady(l2b, m_l2b));

        m_fetcher = new HttpFetcher(this);
        HttpLimits limits;
        limits.connectTimeoutMs = 2000;
        limits.totalTimeoutMs = 5000;
        m_fetcher->setLimits(limits);
    }

    void cleanupTestCase() { m_harness.stopAll(); }

    void levelTwoSeesBothInstitutions()
    {
        for (quint16 port : {m_l2a, m_l2b}) {
            PrometheusClient client(endpoint(u"l2"_s, port), m_fetcher);
            QVERIFY2(waitForOrganizations(client, u"ethereum_blockchain_height{job=\"rbb\"}"_s, {u"bndes"_s, u"rnp"_s}),
                "level 2 does not see both institutions");
            const auto r = waitFor<PromQueryResult>(
                [&](auto cb) { client.query(u"ethereum_blockchain_height{job=\"rbb\"}"_s, cb); });
            QVERIFY(r.ok);
            QCOMPARE(r.type, PromQueryResult::Type::Vector);
            QCOMPARE(r.series.size(), 4);
            const PromSeries *v2 = r.find({{u"node"_s, u"validator02"_s}});
            QVERIFY(v2);
            QCOMPARE(v2->labels.value(u"organization"_s), u"rnp"_s);
            QCOMPARE(v2->samples.first().value, 5002.0);
            // honor_labels kept the original job label instead of the federation job's.
            QCOMPARE(v2->labels.value(u"job"_s), u"rbb"_s);
        }
    }

    void otherApis()
    {
        PrometheusClient client(endpoint(u"l2-a"_s, m_l2a), m_fetcher);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto range = waitFor<PromQueryResult>([&](auto cb) {
            client.queryRange(u"sum by (organization) (ethereum_peer_count)"_s, now - 10000, now, 1, cb);
        });
        QVERIFY2(range.ok, qPrintable(range.error));
        QCOMPARE(range.type, PromQueryResult::Type::Matrix);
        QCOMPARE(organizations(range), (QStringList {u"bndes"_s, u"rnp"_s}));
        QVERIFY(!range.series.first().samples.isEmpty());
        QCOMPARE(range.series.first().samples.last().value, 10.0);

        const auto scalar = waitFor<PromQueryResult>([&](auto cb) { client.query(u"scalar(vector(4)) + 1"_s, cb); });
        QCOMPARE(scalar.type, PromQueryResult::Type::Scalar);
        QCOMPARE(scalar.scalar.value, 5.0);

        const auto bad = waitFor<PromQueryResult>([&](auto cb) { client.query(u"sum(("_s, cb); });
        QVERIFY(!bad.ok);
        QCOMPARE(bad.errorType, u"bad_data"_s);
        QVERIFY2(bad.error.contains(u"127.0.0.1:%1"_s.arg(m_l2a)), qPrintable(bad.error));

        const auto series
            = waitFor<PromSeriesListResult>([&](auto cb) { client.series({u"besu_synchronizer_in_sync"_s}, cb); });
        QVERIFY(series.ok);
        QCOMPARE(series.series.size(), 4);
        const auto labels = waitFor<PromStringListResult>([&](auto cb) { client.labels(cb); });
        QVERIFY(labels.values.contains(u"organization"_s) && labels.values.contains(u"node"_s));
        const auto nodes = waitFor<PromStringListResult>([&](auto cb) { client.labelValues(u"node"_s, cb); });
        QCOMPARE(nodes.values, (QStringList {u"boot01"_s, u"validator01"_s, u"validator02"_s, u"writer01"_s}));
        const auto targets = waitFor<PromTargetsResult>([&](auto cb) { client.targets(cb); });
        QVERIFY(targets.ok);
        QCOMPARE(targets.active.size(), 2);
        for (const PromTarget &t : targets.active)
            QVERIFY2(t.health == u"up"_s, qPrintable(t.scrapeUrl + u" "_s + t.lastError));
        const auto ready = waitFor<PromReadyResult>([&](auto cb) { client.ready(cb); });
        QVERIFY(ready.ok);
    }

    void mutualTls()
    {
        PrometheusEndpoint withCert = endpoint(u"l1-b"_s, m_l1b, true);
        withCert.tls = TlsConfig {m_pki.caCert, m_pki.clientCert, m_pki.clientKey};
        PrometheusClient good(withCert, m_fetcher);
        const auto r = waitFor<PromQueryResult>([&](auto cb) { good.query(u"up{job=\"rbb\"}"_s, cb); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(organizations(r), QStringList {u"rnp"_s});

        PrometheusEndpoint noCert = endpoint(u"l1-b"_s, m_l1b, true);
        noCert.tls.caFile = m_pki.caCert;
        PrometheusClient bad(noCert, m_fetcher);
        const auto f = waitFor<PromQueryResult>([&](auto cb) { bad.query(u"up"_s, cb); });
        QVERIFY(!f.ok);
        QVERIFY2(f.errorType == u"tls"_s, qPrintable(f.error));
        QVERIFY2(
            f.error.contains(u"TLS"_s) && f.error.contains(u"https://127.0.0.1:%1"_s.arg(m_l1b)), qPrintable(f.error));
        qInfo("without a client certificate: %s", qPrintable(f.error));
    }

    void victoriaMetrics()
    {
        SENTINELA_REQUIRE_OR_SKIP(m_vm != 0, "victoria-metrics not installed (scripts/setup.sh installs it)");
        PrometheusClient client(endpoint(u"vm"_s, m_vm), m_fetcher);
        QVERIFY2(waitForOrganizations(client, u"ethereum_blockchain_height{job=\"rbb\"}"_s, {u"bndes"_s, u"rnp"_s}),
            "VictoriaMetrics does not see both institutions");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto range = waitFor<PromQueryResult>([&](auto cb) {
            client.queryRange(u"sum by (organization) (ethereum_peer_count)"_s, now - 10000, now, 1, cb);
        });
        QVERIFY2(range.ok, qPrintable(range.error));
        QCOMPARE(range.type, PromQueryResult::Type::Matrix);
        const auto nodes = waitFor<PromStringListResult>([&](auto cb) { client.labelValues(u"node"_s, cb); });
        QCOMPARE(nodes.values.size(), 4);
        const auto series
            = waitFor<PromSeriesListResult>([&](auto cb) { client.series({u"besu_synchronizer_in_sync"_s}, cb); });
        QCOMPARE(series.series.size(), 4);

        // The federation works unchanged with VictoriaMetrics as its only endpoint.
        PrometheusFederation federation({endpoint(u"vm"_s, m_vm)}, m_fetcher);
        federation.setPollIntervalMs(2000);
        const auto poll = waitFor<PromPollResult>(
            [&](auto cb) { federation.poll({PromQuery::instant(u"ethereum_peer_count"_s)}, cb); });
        QVERIFY2(poll.ok, qPrintable(poll.error));
        QCOMPARE(poll.servedBy, u"vm"_s);
        QCOMPARE(poll.results.first().series.size(), 4);
    }

    void failover()
    {
        PrometheusFederation federation({endpoint(u"l2-a"_s, m_l2a), endpoint(u"l2-b"_s, m_l2b)}, m_fetcher);
        federation.setPollIntervalMs(1000);
        federation.setReprobeIntervalMs(500);
        QSignalSpy serving(&federation, &PrometheusFederation::servingChanged);
        const QList<PromQuery> queries {PromQuery::instant(u"ethereum_blockchain_height{job=\"rbb\"}"_s)};
        auto poll = [&] { return waitFor<PromPollResult>([&](auto cb) { federation.poll(queries, cb); }, 15000); };

        PromPollResult first = poll();
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.servedBy, u"l2-a"_s);
        QCOMPARE(federation.health().state, SourceHealth::State::Ok);
        QCOMPARE(organizations(first.results.first()), (QStringList {u"bndes"_s, u"rnp"_s}));

        m_l2aProcess->stop();
        // The very next poll is served by l2-b.
        const PromPollResult second = poll();
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.servedBy, u"l2-b"_s);
        QCOMPARE(federation.servingIndex(), 1);
        QCOMPARE(second.failures.size(), 1);
        QCOMPARE(organizations(second.results.first()), (QStringList {u"bndes"_s, u"rnp"_s}));
        const SourceHealth overall = federation.health();
        QCOMPARE(overall.state, SourceHealth::State::Degraded);
        QVERIFY2(overall.detail.startsWith(u"serving l2-b (l2-a down: "_s), qPrintable(overall.detail));
        QVERIFY2(overall.detail.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(overall.detail));
        QCOMPARE(federation.endpointHealth().at(0).state, SourceHealth::State::Down);
        QCOMPARE(federation.endpointHealth().at(1).state, SourceHealth::State::Ok);
        QVERIFY(serving.count() >= 2);
        qInfo("after failover: %s", qPrintable(overall.detail));

        // l2-a comes back (same port, fresh storage): after its data is fresh, it serves again.
        m_l2aProcess = startPrometheus(u"l2-a-again"_s, m_l2a, federationConfig());
        QVERIFY(waitReady(m_l2aProcess, m_l2a));
        QVERIFY(QTest::qWaitFor(
            [&] {
                QTest::qWait(600);
                return poll().servedBy == u"l2-a"_s;
            },
            30000));
        QCOMPARE(federation.health().state, SourceHealth::State::Ok);
        QCOMPARE(federation.health().detail, u"serving l2-a"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusIntegration)
#include "tst_prometheus_integration.moc"

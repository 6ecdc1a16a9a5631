#include "serverharness.h"
#include "../common/requireorskip.h"

#include "sources/alertmanagerclient.h"
#include "sources/httpfetcher.h"

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

} // namespace

// A real Alertmanager: post an alert, read it, silence it, see it silenced, expire the silence.
class TestAlertmanagerIntegration : public QObject
{
    Q_OBJECT
private:
    ServerHarness m_harness;
    quint16 m_port = 0;

private slots:
    void initTestCase()
    {
        const QString program = findProgram({u"prometheus-alertmanager"_s, u"alertmanager"_s});
        SENTINELA_REQUIRE_OR_SKIP(!program.isEmpty(), "alertmanager binary not installed (scripts/setup.sh installs it)");
        m_port = freeTcpPort();
        const QString config = m_harness.writeFile(u"alertmanager.yml"_s,
            "route:\n  receiver: noc\n  group_wait: 1s\n  group_interval: 1s\nreceivers:\n  - name: noc\n");
        ServerProcess *p = m_harness.start(u"alertmanager"_s, program,
            {u"--config.file="_s + config, u"--storage.path="_s + m_harness.makeDir(u"data"_s),
                u"--web.listen-address=127.0.0.1:%1"_s.arg(m_port), u"--cluster.listen-address="_s,
                u"--log.level=warn"_s});
        QVERIFY2(p->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(m_port))), qPrintable(p->error()));
    }

    void roundTrip()
    {
        HttpFetcher fetcher;
        AlertmanagerEndpoint endpoint;
        endpoint.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(m_port));
        AlertmanagerClient client(endpoint, &fetcher);

        AmAlert alert;
        alert.labels
            = {{u"alertname"_s, u"NodeDown"_s}, {u"node"_s, u"validator01"_s}, {u"organization"_s, u"bndes"_s}};
        alert.annotations = {{u"summary"_s, u"validator01 não responde"_s}};
        alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        alert.endsAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        const auto posted = waitFor<AmReply>([&](auto cb) { client.postAlerts({alert}, cb); });
        QVERIFY2(posted.ok, qPrintable(posted.error));

        AmAlertFilter filter;
        filter.matchers = {u"alertname=\"NodeDown\""_s};
        const auto read = waitFor<AmAlertsResult>([&](auto cb) { client.alerts(filter, cb); });
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.alerts.size(), 1);
        QCOMPARE(read.alerts.first().labels.value(u"node"_s), u"validator01"_s);
        QCOMPARE(read.alerts.first().annotations.value(u"summary"_s), u"validator01 não responde"_s);
        QVERIFY(!read.alerts.first().fingerprint.isEmpty());
        QVERIFY(!read.alerts.first().isSilenced());

        AmSilence silence;
        silence.matchers = {AmMatcher {u"alertname"_s, u"NodeDown"_s, false, true},
            AmMatcher {u"organization"_s, u"bndes|rnp"_s, true, true}};
        silence.startsAt = QDateTime::currentDateTimeUtc();
        silence.endsAt = silence.startsAt.addSecs(3600);
        silence.createdBy = u"sentinela-test"_s;
        silence.comment = u"janela de manutenção"_s;
        const auto created = waitFor<AmSilenceIdResult>([&](auto cb) { client.createSilence(silence, cb); });
        QVERIFY2(created.ok, qPrintable(created.error));
        QVERIFY(!created.silenceId.isEmpty());

        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto r = waitFor<AmAlertsResult>([&](auto cb) { client.alerts(filter, cb); });
                return r.alerts.size() == 1 && r.alerts.first().silencedBy.contains(created.silenceId)
                    && r.alerts.first().state == u"suppressed"_s;
            },
            10000));
        AmAlertFilter activeOnly = filter;
        activeOnly.silenced = false;
        QVERIFY(waitFor<AmAlertsResult>([&](auto cb) { client.alerts(activeOnly, cb); }).alerts.isEmpty());

        const auto silences = waitFor<AmSilencesResult>([&](auto cb) { client.silences({}, cb); });
        QVERIFY(silences.ok);
        QCOMPARE(silences.silences.size(), 1);
        QCOMPARE(silences.silences.first().state, u"active"_s);
        QCOMPARE(silences.silences.first().comment, u"janela de manutenção"_s);
        QCOMPARE(silences.silences.first().matchers.size(), 2);

        const auto expired = waitFor<AmReply>([&](auto cb) { client.expireSilence(created.silenceId, cb); });
        QVERIFY2(expired.ok, qPrintable(expired.error));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto s = waitFor<AmSilencesResult>([&](auto cb) { client.silences({}, cb); });
                return s.silences.size() == 1 && s.silences.first().state == u"expired"_s;
            },
            10000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto r = waitFor<AmAlertsResult>([&](auto cb) { client.alerts(activeOnly, cb); });
                return r.alerts.size() == 1 && !r.alerts.first().isSilenced();
            },
            10000));

        // Expiring an unknown silence is a clear HTTP error naming the endpoint.
        const auto unknown
            = waitFor<AmReply>([&](auto cb) { client.expireSilence(u"00000000-0000-0000-0000-000000000000"_s, cb); });
        QVERIFY(!unknown.ok);
        QVERIFY2(unknown.error.contains(u"127.0.0.1:%1"_s.arg(m_port)), qPrintable(unknown.error));
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerIntegration)
#include "tst_alertmanager_integration.moc"

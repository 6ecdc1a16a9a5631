#include "../common/requireorskip.h"
#include "serverharness.h"

#include "incidents/incidentbook.h"
#include "incidents/incidentnotifier.h"
#include "sources/alertmanagerclient.h"
#include "sources/httpfetcher.h"

#include <QTest>

#include <cstdlib>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

template<typename R>
std::optional<R> ask(const std::function<void(std::function<void(const R &)>)> &call, int timeoutMs = 10000)
{
    std::optional<R> out;
    call([&out](const R &r) { out = r; });
    static_cast<void>(QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs)); // nullopt when no answer
    return out;
}

} // namespace

// Incidents through the notifier into a real Alertmanager: raised → an active alert with Sentinela's labels;
// acknowledged → a silence on its rule and node that silences it; resolved → the alert ends.
class TestIncidentAlertmanager : public QObject
{
    Q_OBJECT
private:
    ServerHarness m_harness;
    quint16 m_port = 0;

    NetworkConfig network() const
    {
        NetworkConfig n;
        n.name = u"devnet"_s;
        n.displayName = u"Devnet"_s;
        n.institutions = {Institution {u"bndes"_s, u"BNDES"_s, u"bndes"_s}};
        NodeConfig v;
        v.name = u"validator01"_s;
        v.prometheusNode = u"validator01"_s;
        v.type = NodeType::Validator;
        v.institution = u"bndes"_s;
        n.nodes = {v};
        AlertmanagerEndpoint am;
        am.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(m_port));
        n.alertmanager = am;
        NotificationConfig &c = n.incidents.notifications;
        c.tray = false;
        c.alertmanager = true;
        c.silenceOnAcknowledge = true;
        c.silenceHours = 4;
        c.minIntervalSeconds = 0;
        c.linkBase = u"https://noc.example/incidents/"_s;
        return n;
    }

private slots:
    void initTestCase()
    {
        const QString program = findProgram({u"prometheus-alertmanager"_s, u"alertmanager"_s});
        SENTINELA_REQUIRE_OR_SKIP(
            !program.isEmpty(), "alertmanager binary not installed (scripts/setup.sh installs it)");
        m_port = freeTcpPort();
        const QString config = m_harness.writeFile(u"alertmanager.yml"_s,
            "route:\n  receiver: noc\n  group_wait: 1s\n  group_interval: 1s\nreceivers:\n  - name: noc\n");
        ServerProcess *p = m_harness.start(u"alertmanager"_s, program,
            {u"--config.file="_s + config, u"--storage.path="_s + m_harness.makeDir(u"data"_s),
                u"--web.listen-address=127.0.0.1:%1"_s.arg(m_port), u"--cluster.listen-address="_s,
                u"--log.level=warn"_s});
        QVERIFY2(p->waitHttpReady(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(m_port))), qPrintable(p->error()));
    }

    void raiseAcknowledgeResolve()
    {
        const NetworkConfig net = network();
        HttpFetcher fetcher;
        IncidentBook book;
        book.open({});
        IncidentNotifier notifier(net, &book, &fetcher);
        QStringList failures;
        connect(&notifier, &IncidentNotifier::deliveryFailed, this,
            [&](const QString &channel, const QString &, const QString &error) {
                failures << channel + u": "_s + error;
            });

        HttpFetcher readerFetcher;
        AlertmanagerClient client(*net.alertmanager, &readerFetcher);
        AmAlertFilter filter;
        filter.matchers = {u"generator=\"sentinela\""_s};
        auto alerts = [&] {
            const auto r = ask<AmAlertsResult>([&](auto cb) { client.alerts(filter, cb); });
            return r && r->ok ? r->alerts : QList<AmAlert>();
        };

        Detection d;
        d.rule = QLatin1String(Rules::ValidatorDown);
        d.subject = u"validator01"_s;
        d.severity = IncidentSeverity::Incident;
        d.level = HealthLevel::Warning;
        d.title = u"Validator validator01 down"_s;
        d.evidence = u"validator01 does not answer"_s;
        d.nodes = {u"validator01"_s};
        d.institutions = {u"bndes"_s};
        const QString uid = book.raise(d, QDateTime::currentDateTimeUtc().addSecs(-2));

        QList<AmAlert> found;
        QVERIFY(QTest::qWaitFor(
            [&] {
                found = alerts();
                return found.size() == 1;
            },
            10000));
        const AmAlert &a = found.first();
        QCOMPARE(a.labels.value(u"alertname"_s), u"SentinelaValidatorDown"_s);
        QCOMPARE(a.labels.value(u"severity"_s), u"warning"_s);
        QCOMPARE(a.labels.value(u"organization"_s), u"bndes"_s);
        QCOMPARE(a.labels.value(u"node"_s), u"validator01"_s);
        QCOMPARE(a.labels.value(u"rule"_s), u"validator-down"_s);
        QCOMPARE(a.labels.value(u"incident"_s), uid);
        QCOMPARE(a.annotations.value(u"summary"_s), u"Validator validator01 down"_s);
        QCOMPARE(a.generatorUrl, u"https://noc.example/incidents/"_s + uid);
        QCOMPARE(a.state, u"active"_s);
        QVERIFY(a.endsAt > QDateTime::currentDateTimeUtc());

        book.acknowledge(uid, u"maria"_s, u"bndes"_s, QDateTime::currentDateTimeUtc());
        std::optional<AmSilencesResult> silences;
        QVERIFY(QTest::qWaitFor(
            [&] {
                silences = ask<AmSilencesResult>([&](auto cb) { client.silences({}, cb); });
                return silences && silences->ok && silences->silences.size() == 1;
            },
            10000));
        const AmSilence &s = silences->silences.first();
        QCOMPARE(s.createdBy, u"maria"_s);
        QCOMPARE(s.state, u"active"_s);
        QStringList matchers;
        for (const AmMatcher &m : s.matchers)
            matchers << m.name + u'=' + m.value;
        QVERIFY2(matchers.contains(u"rule=validator-down"_s) && matchers.contains(u"node=validator01"_s),
            qPrintable(matchers.join(u", "_s)));
        const qint64 hours = s.startsAt.secsTo(s.endsAt);
        QVERIFY2(std::abs(hours - 4 * 3600) < 60, qPrintable(QString::number(hours)));
        // Alertmanager applies the silence to the alert.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto now = alerts();
                return now.size() == 1 && now.first().state == u"suppressed"_s;
            },
            10000));

        book.resolve(uid, {}, QDateTime::currentDateTimeUtc());
        // An ended alert leaves the active list (the API hides resolved alerts).
        QVERIFY(QTest::qWaitFor([&] { return alerts().isEmpty(); }, 10000));
        QTRY_COMPARE(notifier.pendingDeliveries(), 0);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        int notified = 0;
        for (const TimelineEntry &e : book.find(uid)->timeline)
            notified += e.kind == TimelineEntry::Kind::Notified ? 1 : 0;
        QCOMPARE(notified, 4); // raised, silence, acknowledged, resolved
    }

    // Refreshing keeps an open incident's alert alive past the endsAt of its first posting.
    void refreshKeepsOpenIncidentsActive()
    {
        const NetworkConfig net = network();
        HttpFetcher fetcher;
        IncidentBook book;
        book.open({});
        IncidentNotifier notifier(net, &book, &fetcher);
        notifier.setAlertRefreshInterval(500); // each posting holds the alert for 2 s
        HttpFetcher readerFetcher;
        AlertmanagerClient client(*net.alertmanager, &readerFetcher);
        AmAlertFilter filter;
        filter.matchers = {u"rule=\"node-lagging\""_s};

        Detection d;
        d.rule = QLatin1String(Rules::NodeLagging);
        d.subject = u"validator01"_s;
        d.title = u"validator01 lagging"_s;
        d.nodes = {u"validator01"_s};
        d.institutions = {u"bndes"_s};
        book.raise(d, QDateTime::currentDateTimeUtc());
        QTest::qWait(3500);
        const auto r = ask<AmAlertsResult>([&](auto cb) { client.alerts(filter, cb); });
        QVERIFY(r && r->ok);
        QCOMPARE(r->alerts.size(), 1);
        QCOMPARE(r->alerts.first().state, u"active"_s);
    }
};

QTEST_GUILESS_MAIN(TestIncidentAlertmanager)
#include "tst_incident_alertmanager.moc"

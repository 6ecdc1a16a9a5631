#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentnotifier.h"
#include "incidents/promrules.h"
#include "sources/alertmanagerclient.h"
#include "sources/httpfetcher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <deque>

using namespace Qt::StringLiterals;

namespace {

// A local HTTP server that records every request and answers from a script (200 "{}" once the script is empty).
class CaptureServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 atMs = 0; // since the server started
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    };
    struct Response
    {
        int status = 200;
        QByteArray body = "{}";
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    CaptureServer()
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }
    // Answers to the next requests whose path starts with `pathPrefix`, in order.
    void respond(const QByteArray &pathPrefix, const Response &r) { m_script[pathPrefix].push_back(r); }

    QList<Request> requests;
    QList<Request> on(const QByteArray &pathPrefix) const
    {
        QList<Request> out;
        for (const Request &r : requests) {
            if (r.path.startsWith(pathPrefix))
                out << r;
        }
        return out;
    }

private:
    void read(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            Request r;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length", "0").toLongLong();
            if (buf.size() < end + 4 + length)
                return;
            r.body = buf.mid(end + 4, length);
            r.atMs = m_clock.elapsed();
            buf.remove(0, end + 4 + length);
            requests << r;
            Response resp;
            for (auto it = m_script.begin(); it != m_script.end(); ++it) {
                if (r.path.startsWith(it.key()) && !it->empty()) {
                    resp = it->front();
                    it->pop_front();
                    break;
                }
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + " X\r\nContent-Type: application/json\r\n";
            for (const auto &[name, value] : resp.headers)
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\nConnection: close\r\n\r\n"
                + resp.body;
            s->write(out);
            s->disconnectFromHost();
            return;
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QMap<QByteArray, std::deque<Response>> m_script;
    QElapsedTimer m_clock;
};

NetworkConfig network(const CaptureServer &server)
{
    NetworkConfig n;
    n.name = u"rbb"_s;
    n.displayName = u"RBB"_s;
    n.institutions = {Institution {u"bndes"_s, u"BNDES"_s, u"bndes-org"_s}, Institution {u"rnp"_s, u"RNP"_s, u"rnp"_s}};
    NodeConfig v1;
    v1.name = u"bndes-validator01"_s;
    v1.prometheusNode = u"validator01"_s;
    v1.type = NodeType::Validator;
    v1.institution = u"bndes"_s;
    NodeConfig v2 = v1;
    v2.name = u"rnp-validator01"_s;
    v2.institution = u"rnp"_s;
    n.nodes = {v1, v2};
    AlertmanagerEndpoint am;
    am.url = server.url(u"/am/"_s);
    n.alertmanager = am;
    NotificationConfig &c = n.incidents.notifications;
    c.tray = false;
    c.minIntervalSeconds = 0;
    c.maxRetries = 5;
    c.linkBase = u"https://noc.example/incidents/"_s;
    return n;
}

Detection validatorDown()
{
    Detection d;
    d.rule = QLatin1String(Rules::ValidatorDown);
    d.subject = u"bndes-validator01"_s;
    d.severity = IncidentSeverity::Incident;
    d.level = HealthLevel::Warning;
    d.title = u"Validator bndes-validator01 down"_s;
    d.evidence = u"does not answer"_s;
    d.path = u"rpc"_s;
    d.nodes = {u"bndes-validator01"_s};
    d.institutions = {u"bndes"_s};
    return d;
}

Detection chainHalted()
{
    Detection d;
    d.rule = QLatin1String(Rules::ChainHalted);
    d.severity = IncidentSeverity::CriticalIncident;
    d.level = HealthLevel::Critical;
    d.title = u"Chain halted: no block for 41 s"_s;
    d.evidence = u"Block 100 is the newest"_s;
    d.nodes = {u"bndes-validator01"_s, u"rnp-validator01"_s};
    d.institutions = {u"bndes"_s, u"rnp"_s};
    return d;
}

QStringList labelsOf(const QJsonObject &alert)
{
    QStringList out;
    const QJsonObject labels = alert.value(u"labels"_s).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        out << it.key() + u'=' + it.value().toString();
    return out;
}

int notifiedEntries(const Incident *inc, bool ok)
{
    int n = 0;
    for (const TimelineEntry &e : inc->timeline)
        n += e.kind == TimelineEntry::Kind::Notified && e.data.value(u"ok"_s).toBool() == ok ? 1 : 0;
    return n;
}

} // namespace

class TestIncidentNotifier : public QObject
{
    Q_OBJECT
private slots:
    void alertmanagerPostsSilencesAndEnds()
    {
        CaptureServer server;
        QVERIFY(server.listen());
        NetworkConfig net = network(server);
        net.incidents.notifications.alertmanager = true;
        net.incidents.notifications.silenceOnAcknowledge = true;
        net.incidents.notifications.silenceHours = 2;
        server.respond("/am/api/v2/silences", {200, R"({"silenceID":"sil-1"})", {}});
        IncidentBook book;
        book.open({});
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher);

        const QString uid = book.raise(validatorDown(), QDateTime::currentDateTimeUtc().addSecs(-5));
        QTRY_COMPARE(server.on("/am/api/v2/alerts").size(), 1);
        const auto raised = server.on("/am/api/v2/alerts").first();
        QCOMPARE(raised.method, QByteArray("POST"));
        const QJsonObject alert = raised.array().first().toObject();
        const QStringList labels = labelsOf(alert);
        for (const QString &want :
            {u"alertname=SentinelaValidatorDown"_s, u"severity=warning"_s, u"organization=bndes-org"_s,
                u"node=validator01"_s, u"rule=validator-down"_s, u"generator=sentinela"_s, u"incident="_s + uid})
            QVERIFY2(labels.contains(want), qPrintable(labels.join(u", "_s)));
        const QJsonObject annotations = alert.value(u"annotations"_s).toObject();
        QCOMPARE(annotations.value(u"summary"_s).toString(), u"Validator bndes-validator01 down"_s);
        QCOMPARE(annotations.value(u"link"_s).toString(), u"https://noc.example/incidents/"_s + uid);
        const QDateTime endsAt = QDateTime::fromString(alert.value(u"endsAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(endsAt > QDateTime::currentDateTimeUtc().addSecs(60)); // held while open, refreshed
        QVERIFY(!alert.value(u"startsAt"_s).toString().isEmpty());

        book.acknowledge(uid, u"Maria"_s, u"bndes"_s, QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(server.on("/am/api/v2/silences").size(), 1);
        const QJsonObject silence = server.on("/am/api/v2/silences").first().object();
        QCOMPARE(silence.value(u"createdBy"_s).toString(), u"Maria"_s);
        QStringList matchers;
        for (const QJsonValue &m : silence.value(u"matchers"_s).toArray())
            matchers << m[u"name"_s].toString() + u'=' + m[u"value"_s].toString();
        QVERIFY2(matchers.contains(u"rule=validator-down"_s), qPrintable(matchers.join(u", "_s)));
        QVERIFY2(matchers.contains(u"node=validator01"_s), qPrintable(matchers.join(u", "_s)));
        const qint64 silenceMs
            = QDateTime::fromString(silence.value(u"startsAt"_s).toString(), Qt::ISODateWithMs)
                  .msecsTo(QDateTime::fromString(silence.value(u"endsAt"_s).toString(), Qt::ISODateWithMs));
        QCOMPARE(silenceMs, qint64(2 * 3600 * 1000));
        // The acknowledgement is also posted (the alert's status annotation).
        QTRY_COMPARE(server.on("/am/api/v2/alerts").size(), 2);

        const QDateTime resolvedAt = QDateTime::currentDateTimeUtc();
        book.resolve(uid, {}, resolvedAt);
        QTRY_COMPARE(server.on("/am/api/v2/alerts").size(), 3);
        const QJsonObject ended = server.on("/am/api/v2/alerts").last().array().first().toObject();
        QCOMPARE(QDateTime::fromString(ended.value(u"endsAt"_s).toString(), Qt::ISODateWithMs), resolvedAt.toUTC());
        QTRY_COMPARE(notifiedEntries(book.find(uid), true), 4);
        bool silenceNamed = false;
        for (const TimelineEntry &e : book.find(uid)->timeline)
            silenceNamed = silenceNamed || e.text.contains(u"sil-1"_s);
        QVERIFY(silenceNamed);
        QCOMPARE(notifier.pendingDeliveries(), 0);
    }

    void ingestedAlertsAreNotPostedBack()
    {
        CaptureServer server;
        QVERIFY(server.listen());
        NetworkConfig net = network(server);
        net.incidents.notifications.alertmanager = true;
        net.incidents.notifications.webhookUrl = server.url(u"/hook"_s);
        IncidentBook book;
        book.open({});
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher);
        Detection d = validatorDown();
        d.rule = QLatin1String(Rules::Alertmanager);
        d.subject = u"abc123"_s;
        book.raise(d, QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(server.on("/hook").size(), 1); // the other channels still hear of it
        QTest::qWait(200);
        QCOMPARE(server.on("/am/").size(), 0);
    }

    void discordMessage()
    {
        CaptureServer server;
        QVERIFY(server.listen());
        NetworkConfig net = network(server);
        qputenv("SENTINELA_TEST_DISCORD", server.url(u"/api/webhooks/1/token"_s).toString().toUtf8());
        net.incidents.notifications.discordWebhook
            = SecretRef {SecretRef::Store::Environment, u"SENTINELA_TEST_DISCORD"_s};
        server.respond("/api/webhooks/1", {204, {}, {}});
        IncidentBook book;
        book.open({});
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher);
        // Monday 10:00 in São Paulo, inside service hours: the deadlines are 12:00 the same day and 17:00 Tuesday
        // (16 service hours from a 9-18 day).
        const QDateTime detected(QDate(2026, 3, 2), QTime(13, 0), Qt::UTC);
        const QString uid = book.raise(chainHalted(), detected);
        QTRY_COMPARE(server.on("/api/webhooks/1/token").size(), 1);
        const QJsonObject body = server.on("/api/webhooks/1/token").first().object();
        const QString content = body.value(u"content"_s).toString();
        QVERIFY2(content.contains(severityText(IncidentSeverity::CriticalIncident)), qPrintable(content));
        QVERIFY2(content.contains(Rules::title(QLatin1String(Rules::ChainHalted))), qPrintable(content));
        QVERIFY2(content.contains(u"Chain halted: no block for 41 s"_s), qPrintable(content));
        QVERIFY2(content.contains(u"BNDES (bndes)"_s) && content.contains(u"RNP (rnp)"_s), qPrintable(content));
        QVERIFY2(content.contains(u"bndes-validator01, rnp-validator01"_s), qPrintable(content));
        QVERIFY2(content.contains(u"2026-03-02 12:00"_s), qPrintable(content)); // answer deadline, local time
        QVERIFY2(content.contains(u"2026-03-03 17:00"_s), qPrintable(content)); // synchronous action
        QVERIFY2(content.contains(u"https://noc.example/incidents/"_s + uid), qPrintable(content));
        QVERIFY(content.size() <= 2000);
        QCOMPARE(body.value(u"allowed_mentions"_s).toObject().value(u"parse"_s).toArray().size(), 0);
        // The URL is a credential: the timeline names the channel, never the URL.
        QTRY_COMPARE(notifiedEntries(book.find(uid), true), 1);
        for (const TimelineEntry &e : book.find(uid)->timeline)
            QVERIFY(!e.text.contains(u"token"_s));
    }

    void webhookWithAuth()
    {
        CaptureServer server;
        QVERIFY(server.listen());
        NetworkConfig net = network(server);
        qputenv("SENTINELA_TEST_HOOK_TOKEN", "s3cret");
        net.incidents.notifications.webhookUrl = server.url(u"/hook"_s);
        net.incidents.notifications.webhookAuth = EndpointAuth {
            EndpointAuth::Kind::Bearer, {}, SecretRef {SecretRef::Store::Environment, u"SENTINELA_TEST_HOOK_TOKEN"_s}};
        IncidentBook book;
        book.open({});
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher);
        const QString uid = book.raise(validatorDown(), QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(server.on("/hook").size(), 1);
        const auto req = server.on("/hook").first();
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer s3cret"));
        const QJsonObject o = req.object();
        QCOMPARE(o.value(u"event"_s).toString(), u"raised"_s);
        QCOMPARE(o.value(u"generator"_s).toString(), u"sentinela"_s);
        QCOMPARE(o.value(u"incident"_s).toObject().value(u"uid"_s).toString(), uid);
        QCOMPARE(o.value(u"incident"_s).toObject().value(u"rule"_s).toString(), u"validator-down"_s);
        QCOMPARE(o.value(u"labels"_s).toObject().value(u"organization"_s).toString(), u"bndes-org"_s);
        QCOMPARE(o.value(u"link"_s).toString(), u"https://noc.example/incidents/"_s + uid);
    }

    // Per channel and incident, updates closer than minIntervalSeconds are merged into one message.
    void rateLimitMergesUpdates()
    {
        CaptureServer server;
        QVERIFY(server.listen());
        NetworkConfig net = network(server);
        net.incidents.notifications.tray = true;
        net.incidents.notifications.minIntervalSeconds = 30;
        net.incidents.notifications.webhookUrl = server.url(u"/hook"_s);
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(13, 0), Qt::UTC));
        IncidentBook book(&clock);
        book.open({});
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher, &clock);
        QStringList trayTexts;
        QList<HealthLevel> trayLevels;
        connect(&notifier, &IncidentNotifier::trayNotification, this,
            [&](const QString &title, const QString &text, HealthLevel level) {
                trayTexts << title + u'\n' + text;
                trayLevels << level;
            });

        const QString uid = book.raise(validatorDown(), clock.now());
        QCOMPARE(trayTexts.size(), 1);
        QCOMPARE(trayLevels.constLast(), HealthLevel::Warning);
        QTRY_COMPARE(server.on("/hook").size(), 1);

        clock.advance(5000);
        book.acknowledge(uid, u"Maria"_s, u"bndes"_s, clock.now());
        clock.advance(5000);
        book.mitigate(uid, u"Maria"_s, u"bndes"_s, clock.now());
        // A second incident is not held back by the first one's interval.
        const QString other = book.raise(chainHalted(), clock.now());
        QCOMPARE(trayTexts.size(), 2);
        QVERIFY(trayTexts.constLast().contains(Rules::title(QLatin1String(Rules::ChainHalted))));
        QCOMPARE(trayLevels.constLast(), HealthLevel::Critical);
        QTest::qWait(300);
        notifier.processDue();
        QCOMPARE(server.on("/hook").size(), 2); // the raise of each incident, nothing merged yet
        QCOMPARE(notifier.pendingDeliveries(), 2); // tray and webhook of the first incident wait

        clock.advance(20001); // 30 s after the first messages
        notifier.processDue();
        QCOMPARE(trayTexts.size(), 3);
        QVERIFY2(trayTexts.constLast().contains(u"Maria"_s), qPrintable(trayTexts.constLast()));
        QTRY_COMPARE(server.on("/hook").size(), 3);
        const QJsonObject merged = server.on("/hook").last().object();
        QCOMPARE(merged.value(u"incident"_s).toObject().value(u"uid"_s).toString(), uid);
        QCOMPARE(merged.value(u"events"_s).toArray(), QJsonArray({u"acknowledged"_s, u"mitigated"_s}));
        QCOMPARE(merged.value(u"event"_s).toString(), u"mitigated"_s);

        // Resolved right away: within the interval again, so it waits; then goes out on its own.
        book.resolve(other, {}, clock.now());
        QTest::qWait(100);
        notifier.processDue();
        const int before = int(server.on("/hook").size());
        clock.advance(1000);
        book.resolve(uid, {}, clock.now());
        notifier.processDue();
        QTest::qWait(200);
        QCOMPARE(int(server.on("/hook").size()), before);
        clock.advance(30000);
        notifier.processDue();
        QTRY_COMPARE(int(server.on("/hook").size()), before + 2); // each incident's resolution
        QCOMPARE(trayLevels.constLast(), HealthLevel::Ok);
        QCOMPARE(server.on("/hook").last().object().value(u"event"_s).toString(), u"resolved"_s);
        QCOMPARE(server.on("/hook").at(before).object().value(u"event"_s).toString(), u"resolved"_s);
        QTRY_COMPARE(notifier.pendingDeliveries(), 0);
    }

    void retriesOnServerErrors()
    {
        CaptureServer server;
        QVERIFY(server.listen());
        NetworkConfig net = network(server);
        net.incidents.notifications.webhookUrl = server.url(u"/hook"_s);
        server.respond("/hook", {500, "oops", {}});
        server.respond("/hook", {503, "busy", {}});
        server.respond("/hook", {200, "{}", {}});
        IncidentBook book;
        book.open({});
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher);
        notifier.setRetryDelays(50, 200);
        QStringList failed;
        connect(&notifier, &IncidentNotifier::deliveryFailed, this,
            [&](const QString &channel, const QString &, const QString &) { failed << channel; });
        const QString uid = book.raise(validatorDown(), QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(server.on("/hook").size(), 3);
        QTRY_COMPARE(notifiedEntries(book.find(uid), true), 1);
        QVERIFY(failed.isEmpty());
        const auto reqs = server.on("/hook");
        QVERIFY(reqs[1].atMs - reqs[0].atMs >= 40);
        QVERIFY(reqs[2].atMs - reqs[1].atMs >= 90); // doubled
        // The same update each time, nothing lost or duplicated.
        for (const auto &r : reqs)
            QCOMPARE(r.object().value(u"events"_s).toArray(), QJsonArray({u"raised"_s}));
    }

    void discordRetryAfter()
    {
        CaptureServer server;
        QVERIFY(server.listen());
        NetworkConfig net = network(server);
        qputenv("SENTINELA_TEST_DISCORD2", server.url(u"/api/webhooks/2/t"_s).toString().toUtf8());
        net.incidents.notifications.discordWebhook
            = SecretRef {SecretRef::Store::Environment, u"SENTINELA_TEST_DISCORD2"_s};
        server.respond("/api/webhooks/2",
            {429, R"({"message":"You are being rate limited.","retry_after":0.4,"global":false})",
                {{"Retry-After", "0.4"}}});
        server.respond("/api/webhooks/2", {204, {}, {}});
        IncidentBook book;
        book.open({});
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher);
        notifier.setRetryDelays(20000, 60000); // the backoff alone would wait 20 s
        book.raise(validatorDown(), QDateTime::currentDateTimeUtc());
        QTRY_COMPARE_WITH_TIMEOUT(server.on("/api/webhooks/2/t").size(), 2, 5000);
        const auto reqs = server.on("/api/webhooks/2/t");
        const qint64 waited = reqs[1].atMs - reqs[0].atMs;
        QVERIFY2(waited >= 350 && waited < 5000, qPrintable(QString::number(waited)));
    }

    void givesUpLoudly()
    {
        CaptureServer server;
        QVERIFY(server.listen());
        NetworkConfig net = network(server);
        net.incidents.notifications.maxRetries = 2;
        net.incidents.notifications.webhookUrl = server.url(u"/hook"_s);
        for (int i = 0; i < 3; ++i)
            server.respond("/hook", {502, "bad gateway", {}});
        server.respond("/hook", {400, R"({"error":"bad payload"})", {}}); // not retried
        IncidentBook book;
        book.open({});
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher);
        notifier.setRetryDelays(20, 40);
        QStringList errors;
        connect(&notifier, &IncidentNotifier::deliveryFailed, this,
            [&](const QString &channel, const QString &, const QString &error) {
                errors << channel + u": "_s + error;
            });
        const QString uid = book.raise(validatorDown(), QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(server.on("/hook").size(), 3); // the first attempt and two retries
        QVERIFY2(
            errors.first().startsWith(u"webhook: "_s) && errors.first().contains(u"502"_s), qPrintable(errors.first()));
        QTRY_COMPARE(notifiedEntries(book.find(uid), false), 1);

        book.acknowledge(uid, u"Maria"_s, u"bndes"_s, QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(errors.size(), 2);
        QCOMPARE(server.on("/hook").size(), 4);
        QVERIFY2(errors.last().contains(u"400"_s), qPrintable(errors.last()));
        QCOMPARE(notifier.pendingDeliveries(), 0);
    }

    // A missing Discord secret is a failure someone sees, not a silent drop.
    void missingSecretIsReported()
    {
        CaptureServer server;
        QVERIFY(server.listen());
        NetworkConfig net = network(server);
        qunsetenv("SENTINELA_TEST_DISCORD_UNSET");
        net.incidents.notifications.discordWebhook
            = SecretRef {SecretRef::Store::Environment, u"SENTINELA_TEST_DISCORD_UNSET"_s};
        IncidentBook book;
        book.open({});
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher);
        QStringList errors;
        connect(&notifier, &IncidentNotifier::deliveryFailed, this,
            [&](const QString &, const QString &, const QString &error) { errors << error; });
        book.raise(validatorDown(), QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(u"SENTINELA_TEST_DISCORD_UNSET"_s), qPrintable(errors.first()));
        QCOMPARE(server.requests.size(), 0);
    }

    // Incidents already open when the notifier starts (a restart) are not announced again.
    void reloadIsNotNews()
    {
        CaptureServer server;
        QVERIFY(server.listen());
        NetworkConfig net = network(server);
        net.incidents.notifications.tray = true;
        IncidentBook book;
        book.open({});
        book.raise(validatorDown(), QDateTime::currentDateTimeUtc());
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher);
        int tray = 0;
        connect(&notifier, &IncidentNotifier::trayNotification, this, [&] { ++tray; });
        book.raise(validatorDown(), QDateTime::currentDateTimeUtc()); // same key: an observation, not a new incident
        QCOMPARE(tray, 0);
        book.raise(chainHalted(), QDateTime::currentDateTimeUtc());
        QCOMPARE(tray, 1);
    }

    void alertNames()
    {
        QCOMPARE(promrules::alertName(u"chain-halted"_s), u"SentinelaChainHalted"_s);
        QCOMPARE(promrules::alertName(u"observer-boot-accepts-transactions"_s),
            u"SentinelaObserverBootAcceptsTransactions"_s);
        QCOMPARE(promrules::severityLabel(IncidentSeverity::CriticalVulnerability), u"critical"_s);
        QCOMPARE(promrules::severityLabel(IncidentSeverity::Vulnerability), u"warning"_s);
    }
};

QTEST_GUILESS_MAIN(TestIncidentNotifier)
#include "tst_incidentnotifier.moc"

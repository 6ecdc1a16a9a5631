#include "incidentnotifier.h"

#include "config/secretstore.h"
#include "core/clock.h"
#include "core/format.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentjson.h"
#include "incidents/incidentsla.h"
#include "incidents/promrules.h"
#include "sources/alertmanagerclient.h"
#include "sources/httpfetcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNotify, "sentinela.incidents.notify")

namespace {

struct NotifierText
{
    Q_DECLARE_TR_FUNCTIONS(IncidentNotifier)
};

// Discord refuses a message longer than this.
constexpr qsizetype DiscordMaxChars = 2000;
// A Retry-After longer than this is not waited for as given: the backoff's ceiling applies instead.
constexpr qint64 MaxRetryAfterMs = 10 * 60 * 1000;
// Resolved incidents are re-posted (ended) this many refresh intervals after resolution, so that a refresh that
// crossed the resolving post on the wire cannot leave the alert active.
constexpr int ResolvedRefreshIntervals = 4;

int severityRank(IncidentSeverity s)
{
    switch (s) {
    case IncidentSeverity::CriticalVulnerability:
        return 3;
    case IncidentSeverity::CriticalIncident:
        return 2;
    case IncidentSeverity::Vulnerability:
        return 1;
    case IncidentSeverity::Incident:
        return 0;
    }
    return 0;
}

QString incidentRef(const Incident &incident)
{
    return incident.id > 0 ? u"#"_s + QString::number(incident.id) : QString();
}

// Seconds (integer or fraction) or an HTTP date; Discord also puts `retry_after` (seconds, fractional) in its JSON.
qint64 retryAfterMs(const HttpResult &result, const QDateTime &now)
{
    const QByteArray header = result.retryAfter.trimmed();
    if (!header.isEmpty()) {
        bool ok = false;
        const double seconds = header.toDouble(&ok);
        if (ok && seconds >= 0)
            return qint64(std::ceil(seconds * 1000));
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
        if (at.isValid())
            return std::max<qint64>(0, now.msecsTo(at));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    const QJsonValue value = doc.object().value(u"retry_after"_s);
    if (value.isDouble() && value.toDouble() >= 0)
        return qint64(std::ceil(value.toDouble() * 1000));
    return -1;
}

bool retryable(const HttpResult &result)
{
    switch (result.errorKind) {
    case HttpResult::Error::Connection:
    case HttpResult::Error::Timeout:
        return true;
    case HttpResult::Error::Http:
        return result.httpStatus == 429 || result.httpStatus == 408 || result.httpStatus >= 500;
    default:
        return false;
    }
}

QString secretKey(const SecretRef &ref)
{
    return QString::number(int(ref.store)) + u':' + ref.key;
}

QString joined(QStringList values)
{
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end());
    return values.join(u',');
}

} // namespace

IncidentNotifier::IncidentNotifier(
    const NetworkConfig &network, IncidentBook *book, HttpFetcher *fetcher, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_fetcher(fetcher)
    , m_clock(clock ? clock : Clock::system())
    , m_timer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    m_steady.start();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IncidentNotifier::processDue);
    connect(m_refreshTimer, &QTimer::timeout, this, &IncidentNotifier::refreshAlerts);
    if (m_book) {
        connect(m_book, &IncidentBook::incidentAdded, this, &IncidentNotifier::onAdded);
        connect(m_book, &IncidentBook::incidentChanged, this, &IncidentNotifier::onChanged);
        // A reload (the file opened, another process wrote it) is not news: whoever raised an incident announced it.
        connect(m_book, &IncidentBook::incidentsReset, this, &IncidentNotifier::rebaseline);
    }
    if (m_fetcher) {
        m_fetcher->setSecretResolver([self = QPointer<IncidentNotifier>(this)](const SecretRef &ref) {
            return self ? self->m_secretValues.value(secretKey(ref)) : QString();
        });
    }
    setNetwork(network);
}

IncidentNotifier::~IncidentNotifier() = default;

void IncidentNotifier::setSecretStore(SecretStore *store)
{
    m_secrets = store;
    readSecrets();
}

void IncidentNotifier::setNetwork(const NetworkConfig &network)
{
    m_network = network;
    ++m_generation;
    if (m_fetcher) {
        for (const Delivery &d : std::as_const(m_deliveries)) {
            if (d.inFlight && d.requestId)
                m_fetcher->abort(d.requestId);
        }
    }
    m_deliveries.clear();
    m_warnedNoAlertmanager = false;
    m_refreshInFlight = false;
    rebaseline();
    if (!m_secrets) {
        // The loader already refused plain-text references without the profile's opt-in: any reference left is
        // allowed.
        if (!m_ownSecrets)
            m_ownSecrets = new SecretStore(true, this);
        m_secrets = m_ownSecrets;
    }
    readSecrets();
    const NotificationConfig &n = m_network.incidents.notifications;
    if (n.alertmanager && m_network.alertmanager)
        m_refreshTimer->start(m_refreshMs);
    else
        m_refreshTimer->stop();
}

void IncidentNotifier::setRetryDelays(int firstMs, int maxMs)
{
    m_retryFirstMs = std::max(1, firstMs);
    m_retryMaxMs = std::max(m_retryFirstMs, maxMs);
}

void IncidentNotifier::setAlertRefreshInterval(int ms)
{
    m_refreshMs = std::max(100, ms);
    if (m_refreshTimer->isActive())
        m_refreshTimer->start(m_refreshMs);
}

QString IncidentNotifier::channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Tray:
        return u"tray"_s;
    case Channel::Alertmanager:
        return u"alertmanager"_s;
    case Channel::Silence:
        return u"silence"_s;
    case Channel::Discord:
        return u"discord"_s;
    case Channel::Webhook:
        return u"webhook"_s;
    }
    return {};
}

QString IncidentNotifier::eventKey(Event event)
{
    switch (event) {
    case Event::Raised:
        return u"raised"_s;
    case Event::Reopened:
        return u"reopened"_s;
    case Event::Escalated:
        return u"escalated"_s;
    case Event::Acknowledged:
        return u"acknowledged"_s;
    case Event::Mitigated:
        return u"mitigated"_s;
    case Event::Resolved:
        return u"resolved"_s;
    }
    return {};
}

QString IncidentNotifier::deliveryKey(Channel channel, const QString &uid)
{
    return channelKey(channel) + u'/' + uid;
}

// ---- What the book says -------------------------------------------------------------------------------------------

void IncidentNotifier::rebaseline()
{
    m_seen.clear();
    if (!m_book)
        return;
    for (const Incident &i : m_book->incidents())
        m_seen.insert(i.uid, Seen {i.status, i.severity, i.acknowledgedAt.isValid(), i.mitigatedAt.isValid()});
}

void IncidentNotifier::onAdded(const QString &uid)
{
    const Incident *inc = m_book ? m_book->find(uid) : nullptr;
    if (!inc)
        return;
    m_seen.insert(uid, Seen {inc->status, inc->severity, inc->acknowledgedAt.isValid(), inc->mitigatedAt.isValid()});
    if (inc->isOpen())
        announce(*inc, {Event::Raised});
}

void IncidentNotifier::onChanged(const QString &uid)
{
    const Incident *inc = m_book ? m_book->find(uid) : nullptr;
    if (!inc)
        return;
    const Seen now {inc->status, inc->severity, inc->acknowledgedAt.isValid(), inc->mitigatedAt.isValid()};
    const auto it = m_seen.constFind(uid);
    if (it == m_seen.constEnd()) {
        // Not news (history loaded, a row id assigned): remembered, not announced.
        m_seen.insert(uid, now);
        return;
    }
    const Seen before = *it;
    m_seen.insert(uid, now);
    QList<Event> events;
    const bool wasOpen = before.status != IncidentStatus::Resolved;
    if (!wasOpen && inc->isOpen())
        events << Event::Reopened;
    if (severityRank(now.severity) > severityRank(before.severity))
        events << Event::Escalated;
    if (now.acknowledged && !before.acknowledged)
        events << Event::Acknowledged;
    if (now.mitigated && !before.mitigated)
        events << Event::Mitigated;
    if (wasOpen && !inc->isOpen())
        events << Event::Resolved;
    if (!events.isEmpty())
        announce(*inc, events);
}

bool IncidentNotifier::wants(Channel channel, const Incident &incident, Event event) const
{
    const NotificationConfig &n = m_network.incidents.notifications;
    // An ingested Alertmanager alert came from there: it is not posted back.
    const bool fromAlertmanager = incident.rule == QLatin1String(Rules::Alertmanager);
    switch (channel) {
    case Channel::Tray:
        return n.tray;
    case Channel::Alertmanager:
        return n.alertmanager && m_network.alertmanager && !fromAlertmanager;
    case Channel::Silence:
        return event == Event::Acknowledged && n.silenceOnAcknowledge && m_network.alertmanager && !fromAlertmanager;
    case Channel::Discord:
        return n.discordWebhook.isSet();
    case Channel::Webhook:
        return n.webhookUrl.isValid() && !n.webhookUrl.isEmpty();
    }
    return false;
}

void IncidentNotifier::announce(const Incident &incident, const QList<Event> &events)
{
    const NotificationConfig &n = m_network.incidents.notifications;
    if (n.alertmanager && !m_network.alertmanager && !m_warnedNoAlertmanager) {
        m_warnedNoAlertmanager = true;
        qCWarning(lcNotify) << "incidents.notifications.alertmanager is on but network" << m_network.name
                            << "has no alertmanager endpoint: incidents are not posted";
    }
    for (Channel channel :
        {Channel::Tray, Channel::Alertmanager, Channel::Silence, Channel::Discord, Channel::Webhook}) {
        QList<Event> wanted;
        for (Event e : events) {
            if (wants(channel, incident, e))
                wanted << e;
        }
        if (!wanted.isEmpty())
            enqueue(channel, incident, wanted);
    }
    processDue();
}

void IncidentNotifier::enqueue(Channel channel, const Incident &incident, const QList<Event> &events)
{
    const QString key = deliveryKey(channel, incident.uid);
    Delivery &d = m_deliveries[key];
    d.channel = channel;
    d.uid = incident.uid;
    d.incident = incident;
    d.events << events;
}

// ---- Sending ------------------------------------------------------------------------------------------------------

void IncidentNotifier::processDue()
{
    const QStringList keys = m_deliveries.keys();
    for (const QString &key : keys) {
        auto it = m_deliveries.find(key);
        if (it != m_deliveries.end())
            trySend(*it);
    }
    // Idle deliveries of resolved incidents whose interval has passed are forgotten.
    const QDateTime now = m_clock->now();
    const qint64 intervalMs = qint64(m_network.incidents.notifications.minIntervalSeconds) * 1000;
    m_deliveries.removeIf([&](const auto &it) {
        const Delivery &d = it.value();
        return d.events.isEmpty() && d.sending.isEmpty() && !d.inFlight && d.incident.status == IncidentStatus::Resolved
            && (!d.lastSentAt.isValid() || d.lastSentAt.msecsTo(now) >= intervalMs);
    });
    schedule();
}

void IncidentNotifier::trySend(Delivery &d)
{
    if (d.inFlight)
        return;
    if (d.retryWaiting) {
        if (m_steady.elapsed() < d.retryAtMs)
            return;
        d.retryWaiting = false;
        // Updates that arrived meanwhile ride along with the retry.
        d.sending << d.events;
        d.events.clear();
        send(d);
        return;
    }
    if (d.events.isEmpty())
        return;
    if ((d.channel == Channel::Discord || d.channel == Channel::Webhook || d.channel == Channel::Alertmanager
            || d.channel == Channel::Silence)
        && !m_secretsReady)
        return; // readSecrets() calls processDue() once they are in
    const qint64 intervalMs = qint64(m_network.incidents.notifications.minIntervalSeconds) * 1000;
    if (d.lastSentAt.isValid() && d.lastSentAt.msecsTo(m_clock->now()) < intervalMs)
        return;
    d.sending = d.events;
    d.events.clear();
    d.attempt = 0;
    send(d);
}

void IncidentNotifier::send(Delivery &d)
{
    const QDateTime now = m_clock->now();
    if (const Incident *latest = m_book ? m_book->find(d.uid) : nullptr)
        d.incident = *latest;
    d.lastSentAt = now;
    ++d.attempt;
    const Incident &inc = d.incident;

    if (d.channel == Channel::Tray) {
        const HealthLevel level = inc.isOpen() ? healthLevelOf(inc.severity) : HealthLevel::Ok;
        QStringList lines;
        for (Event e : std::as_const(d.sending))
            lines << eventText(inc, e);
        lines << inc.title;
        const QString title = NotifierText::tr("%1: %2").arg(severityText(inc.severity), Rules::title(inc.rule));
        d.sending.clear();
        d.attempt = 0;
        emit trayNotification(title, lines.join(u'\n'), level);
        emit delivered(channelKey(Channel::Tray), d.uid);
        return;
    }

    if (!m_fetcher) {
        giveUp(d, NotifierText::tr("no HTTP client to send the notification"));
        return;
    }
    HttpRequest req;
    req.method = "POST";
    switch (d.channel) {
    case Channel::Alertmanager:
        req.url = buildApiUrl(m_network.alertmanager->url, u"/api/v2/alerts"_s);
        req.body = am::alertsToJson({alertOf(inc, now)});
        req.endpoint = HttpEndpoint {u"Alertmanager"_s, m_network.alertmanager->tls, m_network.alertmanager->auth};
        break;
    case Channel::Silence:
        req.url = buildApiUrl(m_network.alertmanager->url, u"/api/v2/silences"_s);
        req.body = am::silenceToJson(silenceOf(inc, now));
        req.endpoint = HttpEndpoint {u"Alertmanager"_s, m_network.alertmanager->tls, m_network.alertmanager->auth};
        break;
    case Channel::Discord: {
        if (m_discordUrl.isEmpty()) {
            giveUp(d,
                m_discordError.isEmpty() ? NotifierText::tr("the Discord webhook URL (secret %1) is empty")
                                               .arg(m_network.incidents.notifications.discordWebhook.key)
                                         : m_discordError);
            return;
        }
        req.url = QUrl(m_discordUrl);
        req.body = discordPayload(inc, d.sending, now);
        // The URL is the credential: messages name the channel, never the URL.
        req.endpoint.name = u"Discord"_s;
        break;
    }
    case Channel::Webhook:
        req.url = m_network.incidents.notifications.webhookUrl;
        req.body = webhookPayload(inc, d.sending, now);
        req.endpoint = HttpEndpoint {u"webhook"_s, {}, m_network.incidents.notifications.webhookAuth};
        break;
    case Channel::Tray:
        break;
    }
    d.inFlight = true;
    const QString key = deliveryKey(d.channel, d.uid);
    const quint64 generation = m_generation;
    d.requestId = m_fetcher->send(req, this, [this, key, generation](const HttpResult &result) {
        if (generation == m_generation)
            finished(key, result);
    });
}

void IncidentNotifier::finished(const QString &key, const HttpResult &result)
{
    auto it = m_deliveries.find(key);
    if (it == m_deliveries.end())
        return;
    Delivery &d = *it;
    d.inFlight = false;
    d.requestId = 0;
    if (result.ok) {
        QString detail;
        if (d.channel == Channel::Silence)
            detail = QJsonDocument::fromJson(result.body).object().value(u"silenceID"_s).toString();
        succeeded(d, detail);
    } else if (retryable(result) && d.attempt <= m_network.incidents.notifications.maxRetries) {
        qint64 delay = backoffMs(d.attempt);
        if (result.httpStatus == 429 || result.httpStatus == 503) {
            const qint64 asked = retryAfterMs(result, m_clock->now());
            if (asked >= 0)
                delay = std::min(asked, MaxRetryAfterMs);
        }
        d.retryWaiting = true;
        d.retryAtMs = m_steady.elapsed() + delay;
        d.lastError = result.error;
        qCInfo(lcNotify).noquote() << u"%1 notification of incident %2 failed (attempt %3): %4; retrying in %5 ms"_s
                                          .arg(channelKey(d.channel), d.uid)
                                          .arg(d.attempt)
                                          .arg(result.error)
                                          .arg(delay);
    } else {
        giveUp(d,
            d.attempt > 1 ? NotifierText::tr("%1 (after %n attempt(s))", nullptr, d.attempt).arg(result.error)
                          : result.error);
    }
    processDue();
}

void IncidentNotifier::succeeded(Delivery &d, const QString &detail)
{
    const int attempts = d.attempt;
    QStringList events;
    for (Event e : std::as_const(d.sending))
        events << eventKey(e);
    d.sending.clear();
    d.attempt = 0;
    d.lastError.clear();
    QString text;
    switch (d.channel) {
    case Channel::Alertmanager:
        text = NotifierText::tr("Posted to Alertmanager (%1)").arg(events.join(u", "_s));
        break;
    case Channel::Silence:
        text = NotifierText::tr("Alertmanager silence %1 created for %2 h")
                   .arg(detail)
                   .arg(m_network.incidents.notifications.silenceHours);
        break;
    case Channel::Discord:
        text = NotifierText::tr("Sent to Discord (%1)").arg(events.join(u", "_s));
        break;
    case Channel::Webhook:
        text = NotifierText::tr("Sent to the webhook (%1)").arg(events.join(u", "_s));
        break;
    case Channel::Tray:
        break;
    }
    if (attempts > 1)
        text += u' ' + NotifierText::tr("after %n attempt(s)", nullptr, attempts);
    const QString uid = d.uid;
    const Channel channel = d.channel;
    // `d` may not survive what follows: the timeline entry reaches the book's listeners.
    record(uid, channel, true, text);
    emit delivered(channelKey(channel), uid);
}

void IncidentNotifier::giveUp(Delivery &d, const QString &error)
{
    QStringList events;
    for (Event e : std::as_const(d.sending))
        events << eventKey(e);
    d.sending.clear();
    d.attempt = 0;
    d.inFlight = false;
    d.retryWaiting = false;
    d.lastError = error;
    const QString channel = channelKey(d.channel);
    const QString uid = d.uid;
    qCWarning(lcNotify).noquote() << u"%1 notification of incident %2 (%3) failed: %4"_s.arg(
        channel, uid, events.join(u", "_s), error);
    record(
        uid, d.channel, false, NotifierText::tr("Notification to %1 failed: %2").arg(endpointLabel(d.channel), error));
    emit deliveryFailed(channel, uid, error);
}

void IncidentNotifier::record(const QString &uid, Channel channel, bool ok, const QString &text)
{
    if (!m_book || m_book->isReadOnly() || !m_book->find(uid))
        return;
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Notified;
    e.at = m_clock->now();
    e.text = text;
    e.data = {{u"channel"_s, channelKey(channel)}, {u"ok"_s, ok}};
    m_book->addTimelineEntry(uid, e);
}

qint64 IncidentNotifier::backoffMs(int attempt) const
{
    qint64 delay = m_retryFirstMs;
    for (int i = 1; i < attempt && delay < m_retryMaxMs; ++i)
        delay *= 2;
    return std::min<qint64>(delay, m_retryMaxMs);
}

void IncidentNotifier::schedule()
{
    qint64 next = -1;
    const QDateTime now = m_clock->now();
    const qint64 intervalMs = qint64(m_network.incidents.notifications.minIntervalSeconds) * 1000;
    for (const Delivery &d : std::as_const(m_deliveries)) {
        qint64 wait = -1;
        if (d.inFlight)
            continue;
        if (d.retryWaiting)
            wait = std::max<qint64>(0, d.retryAtMs - m_steady.elapsed());
        else if (!d.events.isEmpty() && d.lastSentAt.isValid())
            wait = std::max<qint64>(0, intervalMs - d.lastSentAt.msecsTo(now));
        else if (!d.events.isEmpty() && m_secretsReady)
            wait = 0;
        if (wait >= 0 && (next < 0 || wait < next))
            next = wait;
    }
    if (next < 0) {
        m_timer->stop();
        return;
    }
    // An injected clock may not follow real time: look again at least every few seconds.
    m_timer->start(int(std::min<qint64>(next, 5000)));
}

int IncidentNotifier::pendingDeliveries() const
{
    int n = 0;
    for (const Delivery &d : std::as_const(m_deliveries)) {
        if (d.inFlight || d.retryWaiting || !d.events.isEmpty() || !d.sending.isEmpty())
            ++n;
    }
    return n;
}

void IncidentNotifier::readSecrets()
{
    const quint64 generation = ++m_secretGeneration;
    m_secretsReady = false;
    m_discordUrl.clear();
    m_discordError.clear();
    m_secretValues.clear();
    const NotificationConfig &n = m_network.incidents.notifications;
    QList<SecretRef> refs;
    if (n.discordWebhook.isSet())
        refs << n.discordWebhook;
    if (n.webhookAuth.secret.isSet())
        refs << n.webhookAuth.secret;
    if (m_network.alertmanager && m_network.alertmanager->auth.secret.isSet())
        refs << m_network.alertmanager->auth.secret;
    if (refs.isEmpty() || !m_secrets) {
        m_secretsReady = true;
        processDue();
        return;
    }
    auto remaining = std::make_shared<qsizetype>(refs.size());
    const SecretRef discord = n.discordWebhook;
    for (const SecretRef &ref : std::as_const(refs)) {
        // The keychain answers asynchronously, environment and files at once: both end here.
        m_secrets->read(ref,
            [self = QPointer<IncidentNotifier>(this), generation, ref, discord, remaining](
                const QString &secret, const QString &error) {
                if (!self || self->m_secretGeneration != generation)
                    return;
                if (!error.isEmpty())
                    qCWarning(lcNotify).noquote() << error;
                else
                    self->m_secretValues.insert(secretKey(ref), secret.trimmed());
                if (ref.store == discord.store && ref.key == discord.key) {
                    self->m_discordUrl = secret.trimmed();
                    self->m_discordError = error;
                }
                if (--*remaining == 0) {
                    self->m_secretsReady = true;
                    // Deferred: a synchronous answer must not send from inside setNetwork().
                    QMetaObject::invokeMethod(self.data(), &IncidentNotifier::processDue, Qt::QueuedConnection);
                }
            });
    }
}

void IncidentNotifier::refreshAlerts()
{
    const NotificationConfig &n = m_network.incidents.notifications;
    if (!m_book || !m_fetcher || !n.alertmanager || !m_network.alertmanager || !m_secretsReady || m_refreshInFlight)
        return;
    const QDateTime now = m_clock->now();
    QList<AmAlert> alerts;
    for (const Incident &i : m_book->incidents()) {
        if (i.rule == QLatin1String(Rules::Alertmanager))
            continue;
        if (i.isOpen()
            || (i.resolvedAt.isValid() && i.resolvedAt.msecsTo(now) < qint64(ResolvedRefreshIntervals) * m_refreshMs))
            alerts << alertOf(i, now);
    }
    if (alerts.isEmpty())
        return;
    HttpRequest req;
    req.method = "POST";
    req.url = buildApiUrl(m_network.alertmanager->url, u"/api/v2/alerts"_s);
    req.body = am::alertsToJson(alerts);
    req.endpoint = HttpEndpoint {u"Alertmanager"_s, m_network.alertmanager->tls, m_network.alertmanager->auth};
    m_refreshInFlight = true;
    const quint64 generation = m_generation;
    m_fetcher->send(req, this, [this, generation](const HttpResult &result) {
        if (generation != m_generation)
            return;
        m_refreshInFlight = false;
        // The next refresh is the retry; a failure is logged once per streak.
        if (!result.ok && !m_refreshFailing)
            qCWarning(lcNotify).noquote()
                << u"re-posting open incidents to Alertmanager failed: %1"_s.arg(result.error);
        m_refreshFailing = !result.ok;
    });
}

// ---- Payloads -----------------------------------------------------------------------------------------------------

QString IncidentNotifier::link(const Incident &incident) const
{
    const QString base = m_network.incidents.notifications.linkBase;
    return base.isEmpty() ? QString() : base + incident.uid;
}

QString IncidentNotifier::alertName(const Incident &incident) const
{
    return promrules::alertName(incident.rule);
}

QString IncidentNotifier::organizationLabel(const Incident &incident) const
{
    QStringList orgs;
    for (const QString &id : incident.institutions) {
        const Institution *inst = m_network.institution(id);
        orgs << (inst && !inst->prometheusOrganization.isEmpty() ? inst->prometheusOrganization : id);
    }
    return joined(orgs);
}

QString IncidentNotifier::nodeLabel(const Incident &incident) const
{
    QStringList nodes;
    for (const QString &name : incident.nodes) {
        const NodeConfig *node = m_network.node(name);
        nodes << (node && !node->prometheusNode.isEmpty() ? node->prometheusNode : name);
    }
    return joined(nodes);
}

AmAlert IncidentNotifier::alertOf(const Incident &incident, const QDateTime &now) const
{
    AmAlert a;
    a.labels.insert(u"alertname"_s, alertName(incident));
    a.labels.insert(u"severity"_s, promrules::severityLabel(incident.severity));
    a.labels.insert(u"incident_severity"_s, severityKey(incident.severity));
    a.labels.insert(u"rule"_s, incident.rule);
    a.labels.insert(u"generator"_s, u"sentinela"_s);
    a.labels.insert(u"network"_s, m_network.name);
    a.labels.insert(u"incident"_s, incident.uid);
    if (const QString org = organizationLabel(incident); !org.isEmpty())
        a.labels.insert(u"organization"_s, org);
    if (const QString node = nodeLabel(incident); !node.isEmpty())
        a.labels.insert(u"node"_s, node);
    a.annotations.insert(u"summary"_s, incident.title);
    if (!incident.evidence.isEmpty())
        a.annotations.insert(u"description"_s, incident.evidence);
    a.annotations.insert(u"status"_s, statusKey(incident.status));
    if (!incident.acknowledgedBy.isEmpty())
        a.annotations.insert(u"acknowledged_by"_s, incident.acknowledgedBy);
    if (const QString url = link(incident); !url.isEmpty()) {
        a.annotations.insert(u"link"_s, url);
        a.generatorUrl = url;
    }
    a.startsAt = incident.detectedAt.toUTC();
    // Alertmanager ends an alert at endsAt: while open it is pushed ahead at every refresh.
    a.endsAt = incident.isOpen() ? now.toUTC().addMSecs(qint64(ResolvedRefreshIntervals) * m_refreshMs)
                                 : (incident.resolvedAt.isValid() ? incident.resolvedAt.toUTC() : now.toUTC());
    if (a.endsAt < a.startsAt)
        a.endsAt = a.startsAt;
    return a;
}

AmSilence IncidentNotifier::silenceOf(const Incident &incident, const QDateTime &now) const
{
    AmSilence s;
    // Matches Sentinela's own postings and the exported rules' alerts (both carry rule and generator).
    s.matchers << AmMatcher {u"rule"_s, incident.rule, false, true};
    if (const QString node = nodeLabel(incident); !node.isEmpty())
        s.matchers << AmMatcher {u"node"_s, node, false, true};
    s.matchers << AmMatcher {u"generator"_s, u"sentinela"_s, false, true};
    s.startsAt = now.toUTC();
    s.endsAt = s.startsAt.addMSecs(qint64(m_network.incidents.notifications.silenceHours * 3600.0 * 1000.0));
    s.createdBy = incident.acknowledgedBy.isEmpty() ? u"Sentinela"_s : incident.acknowledgedBy;
    const QString who = incident.acknowledgedInstitution.isEmpty()
        ? s.createdBy
        : u"%1 (%2)"_s.arg(s.createdBy, incident.acknowledgedInstitution);
    s.comment = NotifierText::tr("Incident %1 acknowledged in Sentinela by %2: %3")
                    .arg(incidentRef(incident).isEmpty() ? incident.uid : incidentRef(incident), who, incident.title);
    return s;
}

QString IncidentNotifier::endpointLabel(Channel channel) const
{
    switch (channel) {
    case Channel::Tray:
        return NotifierText::tr("the tray");
    case Channel::Alertmanager:
    case Channel::Silence:
        return m_network.alertmanager ? m_network.alertmanager->url.toDisplayString(QUrl::RemoveUserInfo)
                                      : u"Alertmanager"_s;
    case Channel::Discord:
        return u"Discord"_s;
    case Channel::Webhook:
        return m_network.incidents.notifications.webhookUrl.toDisplayString(QUrl::RemoveUserInfo);
    }
    return {};
}

QString IncidentNotifier::eventText(const Incident &incident, Event event) const
{
    const QString ref = incidentRef(incident);
    switch (event) {
    case Event::Raised:
        return ref.isEmpty() ? NotifierText::tr("New incident detected")
                             : NotifierText::tr("New incident %1 detected").arg(ref);
    case Event::Reopened:
        return NotifierText::tr("Reopened: the condition came back");
    case Event::Escalated:
        return NotifierText::tr("Severity raised to %1").arg(severityText(incident.severity));
    case Event::Acknowledged:
        return incident.acknowledgedInstitution.isEmpty()
            ? NotifierText::tr("Acknowledged by %1").arg(incident.acknowledgedBy)
            : NotifierText::tr("Acknowledged by %1 (%2)")
                  .arg(incident.acknowledgedBy, incident.acknowledgedInstitution);
    case Event::Mitigated:
        return NotifierText::tr("Mitigated");
    case Event::Resolved:
        return incident.resolvedBy.isEmpty() ? NotifierText::tr("Resolved: the condition cleared")
                                             : NotifierText::tr("Resolved by %1").arg(incident.resolvedBy);
    }
    return {};
}

QString IncidentNotifier::discordText(const Incident &incident, const QList<Event> &events, const QDateTime &now) const
{
    const QTimeZone zone(m_network.serviceHours.timeZone.toUtf8());
    const auto when = [&zone](const QDateTime &t) {
        const QDateTime local = zone.isValid() ? t.toTimeZone(zone) : t.toUTC();
        //: Date and time in messages (QDateTime format): the service hours' time zone.
        return local.toString(NotifierText::tr("yyyy-MM-dd HH:mm"));
    };
    const QString network = m_network.displayName.isEmpty() ? m_network.name : m_network.displayName;
    const QString mark = !incident.isOpen() ? u"✅"_s : isCritical(incident.severity) ? u"🔴"_s : u"🟠"_s;
    QStringList lines;
    QString head = u"%1 **%2: %3**"_s.arg(mark, severityText(incident.severity), Rules::title(incident.rule));
    if (const QString ref = incidentRef(incident); !ref.isEmpty())
        head += u' ' + ref;
    head += u" — "_s + network;
    lines << head;
    lines << incident.title;
    for (Event e : events)
        lines << u"• "_s + eventText(incident, e);
    lines << NotifierText::tr("Status: %1 · detected %2 · open for %3")
                 .arg(statusText(incident.status), when(incident.detectedAt),
                     formatDuration(
                         incident.detectedAt.msecsTo(incident.resolvedAt.isValid() ? incident.resolvedAt : now)));
    QStringList institutions;
    for (const QString &id : incident.institutions) {
        const Institution *inst = m_network.institution(id);
        institutions << (inst && !inst->name.isEmpty() ? u"%1 (%2)"_s.arg(inst->name, id) : id);
    }
    lines << NotifierText::tr("Affected institutions: %1")
                 .arg(institutions.isEmpty() ? NotifierText::tr("the whole network") : institutions.join(u", "_s));
    if (!incident.nodes.isEmpty())
        lines << NotifierText::tr("Affected nodes: %1").arg(incident.nodes.join(u", "_s));
    const IncidentSla sla = incidentSla(incident, m_network, now);
    if (sla.hasDeadlines) {
        const auto deadline = [&](const QDateTime &at, bool breached) {
            return breached ? NotifierText::tr("%1 (breached)").arg(when(at)) : when(at);
        };
        lines << NotifierText::tr("Deadlines (service hours, %1): answer within %2 h, by %3 · synchronous action "
                                  "within %4 h, by %5")
                     .arg(m_network.serviceHours.timeZone)
                     .arg(m_network.incidents.answerServiceHours)
                     .arg(deadline(sla.answerDeadline, sla.answerBreached))
                     .arg(m_network.incidents.actionServiceHours)
                     .arg(deadline(sla.actionDeadline, sla.actionBreached));
    }
    if (!incident.evidence.isEmpty())
        lines << NotifierText::tr("Evidence: %1").arg(incident.evidence);
    if (const QString url = link(incident); !url.isEmpty())
        lines << url;
    QString text = lines.join(u'\n');
    if (text.size() > DiscordMaxChars)
        text = text.left(DiscordMaxChars - 1) + u'…';
    return text;
}

QByteArray IncidentNotifier::discordPayload(
    const Incident &incident, const QList<Event> &events, const QDateTime &now) const
{
    QJsonObject o;
    o.insert(u"username"_s, u"Sentinela"_s);
    o.insert(u"content"_s, discordText(incident, events, now));
    // Never ping anyone from text that quotes node names or evidence.
    o.insert(u"allowed_mentions"_s, QJsonObject {{u"parse"_s, QJsonArray()}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray IncidentNotifier::webhookPayload(
    const Incident &incident, const QList<Event> &events, const QDateTime &now) const
{
    QJsonArray eventKeys;
    for (Event e : events)
        eventKeys.append(eventKey(e));
    Incident brief = incident;
    // The timeline grows with every piece of evidence; the latest entries are enough for a message.
    if (brief.timeline.size() > 10)
        brief.timeline = brief.timeline.mid(brief.timeline.size() - 10);
    QJsonObject o;
    o.insert(u"generator"_s, u"sentinela"_s);
    o.insert(u"version"_s, 1);
    o.insert(u"network"_s, m_network.name);
    o.insert(u"networkName"_s, m_network.displayName);
    o.insert(u"event"_s, events.isEmpty() ? QString() : eventKey(events.constLast()));
    o.insert(u"events"_s, eventKeys);
    o.insert(u"sentAt"_s, incidentjson::timeText(now));
    o.insert(u"text"_s, discordText(incident, events, now));
    if (const QString url = link(incident); !url.isEmpty())
        o.insert(u"link"_s, url);
    const IncidentSla sla = incidentSla(incident, m_network, now);
    QJsonObject slaObject {{u"openServiceSeconds"_s, sla.openServiceSeconds}, {u"hasDeadlines"_s, sla.hasDeadlines}};
    if (sla.hasDeadlines) {
        slaObject.insert(u"answerDeadline"_s, incidentjson::timeText(sla.answerDeadline));
        slaObject.insert(u"actionDeadline"_s, incidentjson::timeText(sla.actionDeadline));
        slaObject.insert(u"answerBreached"_s, sla.answerBreached);
        slaObject.insert(u"actionBreached"_s, sla.actionBreached);
    }
    o.insert(u"sla"_s, slaObject);
    o.insert(u"labels"_s,
        QJsonObject {{u"severity"_s, promrules::severityLabel(incident.severity)},
            {u"organization"_s, organizationLabel(incident)}, {u"node"_s, nodeLabel(incident)},
            {u"rule"_s, incident.rule}});
    o.insert(u"incident"_s, incidentjson::toJson(brief));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

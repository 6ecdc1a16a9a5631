#pragma once

#include "analysis/health.h"
#include "config/inventory.h"
#include "incidents/incident.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

struct AmAlert;
struct AmSilence;
struct HttpResult;
class Clock;
class HttpFetcher;
class IncidentBook;
class QTimer;
class SecretStore;

// Announces what happens to the network's incidents (issue 10 §3): raised, reopened, escalated, acknowledged,
// mitigated and resolved, on every channel the profile's `incidents.notifications` turns on:
//  - the tray: the trayNotification signal (the GUI owns the QSystemTrayIcon; models never touch widgets);
//  - the network's Alertmanager (v2 API): each incident is an alert labelled alertname, severity, organization, node,
//    rule and generator="sentinela", re-posted while open (Alertmanager ends an alert nobody refreshes) and ended
//    when resolved; acknowledging creates a silence on its rule and node when silenceOnAcknowledge is set;
//  - a Discord webhook (its URL is a secret read through the secret store): a readable message with the severity,
//    the affected institutions and nodes, the SLA deadlines and a link back;
//  - a generic JSON webhook (with its auth), carrying the incident in its one JSON form (incidentjson).
//
// Nothing blocks: requests go through the HttpFetcher. Per channel and incident, updates closer than
// minIntervalSeconds (judged on the injected clock) are merged into one message; a failed request (no answer, 5xx,
// 429) is retried with a doubling backoff up to maxRetries times, Discord's Retry-After respected. A delivery that
// finally fails is logged, written to the incident's timeline and signalled (deliveryFailed): never dropped silently.
//
// The notifier sets the fetcher's secret resolver: give it a fetcher of its own.
class IncidentNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Channel { Tray, Alertmanager, Silence, Discord, Webhook };
    Q_ENUM(Channel)
    enum class Event { Raised, Reopened, Escalated, Acknowledged, Mitigated, Resolved };
    Q_ENUM(Event)

    IncidentNotifier(const NetworkConfig &network, IncidentBook *book, HttpFetcher *fetcher, Clock *clock = nullptr,
        QObject *parent = nullptr);
    ~IncidentNotifier() override;

    // Another network (or profile): what was queued for the former one is dropped, its secrets are read again.
    void setNetwork(const NetworkConfig &network);
    const NetworkConfig &network() const { return m_network; }
    // The secret store reading the Discord URL and the webhook's credential (default: one of its own).
    void setSecretStore(SecretStore *store);

    // Backoff of retries: the first wait, doubled at each attempt up to maxMs (tests shorten it).
    void setRetryDelays(int firstMs, int maxMs);
    // How often open incidents are re-posted to Alertmanager; each posting holds the alert for four intervals.
    void setAlertRefreshInterval(int ms);
    static constexpr int DefaultAlertRefreshMs = 60 * 1000;

    // Sends what the rate limit allows now. Its own timer calls it; tests call it after moving a ManualClock.
    void processDue();
    // Re-posts every open incident to Alertmanager now (its timer calls it every refresh interval).
    void refreshAlerts();
    // Deliveries waiting for their interval, for a retry, for the secrets, or in flight.
    int pendingDeliveries() const;

    static QString channelKey(Channel channel); // "tray", "alertmanager", "silence", "discord", "webhook"
    static QString eventKey(Event event); // "raised", "reopened", "escalated", "acknowledged", "mitigated", "resolved"

    // What is sent, exposed for tests and previews. `events` are the merged updates, oldest first.
    AmAlert alertOf(const Incident &incident, const QDateTime &now) const;
    AmSilence silenceOf(const Incident &incident, const QDateTime &now) const;
    QString discordText(const Incident &incident, const QList<Event> &events, const QDateTime &now) const;
    QByteArray discordPayload(const Incident &incident, const QList<Event> &events, const QDateTime &now) const;
    QByteArray webhookPayload(const Incident &incident, const QList<Event> &events, const QDateTime &now) const;
    QString link(const Incident &incident) const; // linkBase + uid; empty without a linkBase

signals:
    // For the GUI's tray icon: `level` Critical or Warning by severity, Ok when resolved.
    void trayNotification(const QString &title, const QString &text, HealthLevel level);
    void delivered(const QString &channel, const QString &incidentUid);
    // A delivery given up after its retries (or refused outright: a 4xx, a missing secret); translated, names the
    // endpoint (never the Discord URL, which is a credential).
    void deliveryFailed(const QString &channel, const QString &incidentUid, const QString &error);

private:
    struct Seen
    {
        IncidentStatus status = IncidentStatus::Detected;
        IncidentSeverity severity = IncidentSeverity::Incident;
        bool acknowledged = false;
        bool mitigated = false;
    };
    struct Delivery
    {
        Channel channel = Channel::Tray;
        QString uid;
        Incident incident; // the latest copy (the book may drop a resolved one from memory)
        QList<Event> events; // not sent yet, merged
        QList<Event> sending; // in flight or waiting for a retry
        QDateTime lastSentAt; // on the injected clock: the rate limit
        bool inFlight = false;
        bool retryWaiting = false;
        int attempt = 0; // attempts made for `sending`
        qint64 retryAtMs = 0; // on m_steady: retries are transport timing, not incident time
        quint64 requestId = 0;
        QString lastError;
    };

    void onAdded(const QString &uid);
    void onChanged(const QString &uid);
    void rebaseline();
    void announce(const Incident &incident, const QList<Event> &events);
    void enqueue(Channel channel, const Incident &incident, const QList<Event> &events);
    bool wants(Channel channel, const Incident &incident, Event event) const;
    void trySend(Delivery &delivery);
    void send(Delivery &delivery);
    void finished(const QString &key, const HttpResult &result);
    void giveUp(Delivery &delivery, const QString &error);
    void succeeded(Delivery &delivery, const QString &detail);
    void record(const QString &uid, Channel channel, bool ok, const QString &text);
    void schedule();
    void readSecrets();
    qint64 backoffMs(int attempt) const;
    QString endpointLabel(Channel channel) const;
    QString alertName(const Incident &incident) const;
    QString organizationLabel(const Incident &incident) const;
    QString nodeLabel(const Incident &incident) const;
    QString eventText(const Incident &incident, Event event) const;
    static QString deliveryKey(Channel channel, const QString &uid);

    NetworkConfig m_network;
    QPointer<IncidentBook> m_book;
    QPointer<HttpFetcher> m_fetcher;
    Clock *m_clock;
    SecretStore *m_ownSecrets = nullptr;
    QPointer<SecretStore> m_secrets;
    QString m_discordUrl;
    QString m_discordError;
    QHash<QString, QString> m_secretValues; // "store:key" -> secret, for the fetcher's resolver
    bool m_secretsReady = false;
    quint64 m_secretGeneration = 0;
    QHash<QString, Seen> m_seen; // by incident uid
    QHash<QString, Delivery> m_deliveries; // by channel/uid
    QTimer *m_timer; // the next due delivery
    QTimer *m_refreshTimer; // Alertmanager re-posts
    int m_retryFirstMs = 2000;
    int m_retryMaxMs = 5 * 60 * 1000;
    int m_refreshMs = DefaultAlertRefreshMs;
    bool m_refreshInFlight = false;
    bool m_refreshFailing = false;
    QElapsedTimer m_steady;
    bool m_warnedNoAlertmanager = false;
    quint64 m_generation = 0; // replies of a former network are ignored
};

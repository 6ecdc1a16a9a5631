#pragma once

#include "config/inventory.h"
#include "httpfetcher.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <functional>

using AmLabels = QMap<QString, QString>;

struct AmMatcher
{
    QString name;
    QString value;
    bool isRegex = false;
    bool isEqual = true;
};

struct AmAlert
{
    AmLabels labels;
    AmLabels annotations;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString generatorUrl;
    QString fingerprint;
    QString state; // "active", "suppressed", "unprocessed"
    QStringList silencedBy;
    QStringList inhibitedBy;
    QStringList receivers;

    bool isSilenced() const { return !silencedBy.isEmpty(); }
    bool isInhibited() const { return !inhibitedBy.isEmpty(); }
};

struct AmSilence
{
    QString id; // empty for a new silence
    QList<AmMatcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString createdBy;
    QString comment;
    QString state; // "active", "pending", "expired"
};

struct AmReply
{
    bool ok = false;
    QString error; // names the endpoint URL
    int httpStatus = 0;
    qint64 elapsedMs = 0;
};

struct AmAlertsResult : AmReply
{
    QList<AmAlert> alerts;
};

struct AmSilencesResult : AmReply
{
    QList<AmSilence> silences;
};

struct AmSilenceIdResult : AmReply
{
    QString silenceId;
};

struct AmAlertFilter
{
    bool active = true;
    bool silenced = true;
    bool inhibited = true;
    bool unprocessed = true;
    QStringList matchers; // e.g. alertname="NodeDown", organization=~"bndes|rnp"
    QString receiver; // regex; empty: any
};

namespace am {
// Pure parsers (any thread). `origin` names the endpoint in messages. Return out.ok.
bool parseAlerts(const nlohmann::json &doc, const QString &origin, AmAlertsResult &out);
bool parseSilences(const nlohmann::json &doc, const QString &origin, AmSilencesResult &out);
QByteArray alertsToJson(const QList<AmAlert> &alerts);
QByteArray silenceToJson(const AmSilence &silence);
} // namespace am

// Alertmanager API v2 for one endpoint. Callbacks run in this object's thread, never after it is destroyed.
class AlertmanagerClient : public QObject
{
    Q_OBJECT
public:
    template<typename R> using Callback = std::function<void(const R &)>;

    AlertmanagerClient(const AlertmanagerEndpoint &endpoint, HttpFetcher *fetcher, QObject *parent = nullptr);

    quint64 alerts(const AmAlertFilter &filter, Callback<AmAlertsResult> callback);
    quint64 postAlerts(const QList<AmAlert> &alerts, Callback<AmReply> callback); // mostly for tests
    quint64 silences(const QStringList &matchers, Callback<AmSilencesResult> callback);
    quint64 createSilence(const AmSilence &silence, Callback<AmSilenceIdResult> callback);
    quint64 expireSilence(const QString &id, Callback<AmReply> callback);

    QUrl apiUrl(const QString &path, const QList<std::pair<QString, QString>> &params = {}) const;

private:
    template<typename R>
    quint64 request(const QByteArray &method, const QUrl &url, const QByteArray &body,
        std::function<bool(const nlohmann::json &, const QString &, R &)> parse, Callback<R> callback);

    AlertmanagerEndpoint m_endpoint;
    QPointer<HttpFetcher> m_fetcher;
};

#include "alertmanagerclient.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct AlertmanagerClientText
{
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerClient)
};

QString qs(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get_ref<const std::string &>()) : QString();
}

QString str(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() ? qs(*it) : QString();
}

QDateTime time(const json &object, const char *key)
{
    const QDateTime t = QDateTime::fromString(str(object, key), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

AmLabels labels(const json &object, const char *key)
{
    AmLabels result;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_object())
        return result;
    for (auto label = it->begin(); label != it->end(); ++label)
        result.insert(QString::fromStdString(label.key()), qs(label.value()));
    return result;
}

QStringList strings(const json &object, const char *key)
{
    QStringList result;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return result;
    for (const json &item : *it)
        result.append(qs(item));
    return result;
}

std::string rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

json labelsJson(const AmLabels &labels)
{
    json object = json::object();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        object[it.key().toStdString()] = it.value().toStdString();
    return object;
}

bool fail(AmReply &out, const QString &origin, const QString &what)
{
    out.ok = false;
    out.error = AlertmanagerClientText::tr("Unexpected reply from %1: %2").arg(origin, what);
    return false;
}

bool parseNothing(const json &, const QString &, AmReply &out)
{
    out.ok = true;
    return true;
}

bool parseSilenceId(const json &doc, const QString &origin, AmSilenceIdResult &out)
{
    if (!doc.is_object() || !doc.contains("silenceID"))
        return fail(out, origin, AlertmanagerClientText::tr("no silenceID"));
    out.silenceId = qs(doc["silenceID"]);
    out.ok = !out.silenceId.isEmpty();
    return out.ok;
}

} // namespace

namespace am {

bool parseAlerts(const json &doc, const QString &origin, AmAlertsResult &out)
{
    if (!doc.is_array())
        return fail(out, origin, AlertmanagerClientText::tr("alerts are not a list"));
    for (const json &item : doc) {
        if (!item.is_object())
            return fail(out, origin, AlertmanagerClientText::tr("an alert is not an object"));
        AmAlert alert;
        alert.labels = labels(item, "labels");
        alert.annotations = labels(item, "annotations");
        alert.startsAt = time(item, "startsAt");
        alert.endsAt = time(item, "endsAt");
        alert.updatedAt = time(item, "updatedAt");
        alert.generatorUrl = str(item, "generatorURL");
        alert.fingerprint = str(item, "fingerprint");
        if (const auto status = item.find("status"); status != item.end() && status->is_object()) {
            alert.state = str(*status, "state");
            alert.silencedBy = strings(*status, "silencedBy");
            alert.inhibitedBy = strings(*status, "inhibitedBy");
        }
        if (const auto receivers = item.find("receivers"); receivers != item.end() && receivers->is_array()) {
            for (const json &receiver : *receivers)
                alert.receivers.append(receiver.is_object() ? str(receiver, "name") : qs(receiver));
        }
        out.alerts.append(alert);
    }
    out.ok = true;
    return true;
}

bool parseSilences(const json &doc, const QString &origin, AmSilencesResult &out)
{
    if (!doc.is_array())
        return fail(out, origin, AlertmanagerClientText::tr("silences are not a list"));
    for (const json &item : doc) {
        if (!item.is_object())
            return fail(out, origin, AlertmanagerClientText::tr("a silence is not an object"));
        AmSilence silence;
        silence.id = str(item, "id");
        silence.startsAt = time(item, "startsAt");
        silence.endsAt = time(item, "endsAt");
        silence.updatedAt = time(item, "updatedAt");
        silence.createdBy = str(item, "createdBy");
        silence.comment = str(item, "comment");
        if (const auto status = item.find("status"); status != item.end() && status->is_object())
            silence.state = str(*status, "state");
        if (const auto matchers = item.find("matchers"); matchers != item.end() && matchers->is_array()) {
            for (const json &m : *matchers) {
                AmMatcher matcher;
                matcher.name = str(m, "name");
                matcher.value = str(m, "value");
                matcher.isRegex = m.value("isRegex", false);
                matcher.isEqual = m.value("isEqual", true);
                silence.matchers.append(matcher);
            }
        }
        out.silences.append(silence);
    }
    out.ok = true;
    return true;
}

QByteArray alertsToJson(const QList<AmAlert> &alerts)
{
    json array = json::array();
    for (const AmAlert &alert : alerts) {
        json item {{"labels", labelsJson(alert.labels)}, {"annotations", labelsJson(alert.annotations)}};
        if (alert.startsAt.isValid())
            item["startsAt"] = rfc3339(alert.startsAt);
        if (alert.endsAt.isValid())
            item["endsAt"] = rfc3339(alert.endsAt);
        if (!alert.generatorUrl.isEmpty())
            item["generatorURL"] = alert.generatorUrl.toStdString();
        array.push_back(std::move(item));
    }
    return QByteArray::fromStdString(array.dump());
}

QByteArray silenceToJson(const AmSilence &silence)
{
    json matchers = json::array();
    for (const AmMatcher &m : silence.matchers)
        matchers.push_back({{"name", m.name.toStdString()}, {"value", m.value.toStdString()}, {"isRegex", m.isRegex},
            {"isEqual", m.isEqual}});
    json item {{"matchers", matchers}, {"startsAt", rfc3339(silence.startsAt)}, {"endsAt", rfc3339(silence.endsAt)},
        {"createdBy", silence.createdBy.toStdString()}, {"comment", silence.comment.toStdString()}};
    if (!silence.id.isEmpty())
        item["id"] = silence.id.toStdString();
    return QByteArray::fromStdString(item.dump());
}

} // namespace am

AlertmanagerClient::AlertmanagerClient(const AlertmanagerEndpoint &endpoint, HttpFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_fetcher(fetcher)
{
}

QUrl AlertmanagerClient::apiUrl(const QString &path, const QList<std::pair<QString, QString>> &params) const
{
    return buildApiUrl(m_endpoint.url, path, params);
}

template<typename R>
quint64 AlertmanagerClient::request(const QByteArray &method, const QUrl &url, const QByteArray &body,
    std::function<bool(const json &, const QString &, R &)> parse, Callback<R> callback)
{
    const QString origin = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!m_fetcher) {
        R result;
        result.error = AlertmanagerClientText::tr("No HTTP fetcher for %1").arg(origin);
        QMetaObject::invokeMethod(
            this, [callback, result] { callback(result); }, Qt::QueuedConnection);
        return 0;
    }
    HttpRequest req;
    req.method = method;
    req.url = url;
    req.body = body;
    req.endpoint = HttpEndpoint {u"Alertmanager"_s, m_endpoint.tls, m_endpoint.auth};
    const int maxDepth = m_fetcher->limits().maxJsonDepth;
    return m_fetcher->send(req, this, [this, origin, maxDepth, parse, callback](const HttpResult &reply) {
        runInWorker<R>(
            this,
            [reply, origin, maxDepth, parse] {
                R result;
                result.httpStatus = reply.httpStatus;
                result.elapsedMs = reply.elapsedMs;
                if (!reply.ok) {
                    result.error = reply.error;
                    return result;
                }
                const QByteArray trimmed = reply.body.trimmed();
                if (trimmed.isEmpty()) {
                    parse(json(), origin, result);
                    return result;
                }
                const JsonParseResult parsed = parseJsonLimited(reply.body, origin, maxDepth, reply.contentType);
                if (!parsed.ok) {
                    result.error = parsed.error;
                    return result;
                }
                parse(parsed.value, origin, result);
                return result;
            },
            [callback](R result) { callback(result); });
    });
}

quint64 AlertmanagerClient::alerts(const AmAlertFilter &filter, Callback<AmAlertsResult> callback)
{
    auto flag = [](bool on) { return on ? u"true"_s : u"false"_s; };
    QList<std::pair<QString, QString>> params {{u"active"_s, flag(filter.active)},
        {u"silenced"_s, flag(filter.silenced)}, {u"inhibited"_s, flag(filter.inhibited)},
        {u"unprocessed"_s, flag(filter.unprocessed)}};
    for (const QString &matcher : filter.matchers)
        params.append({u"filter"_s, matcher});
    if (!filter.receiver.isEmpty())
        params.append({u"receiver"_s, filter.receiver});
    return request<AmAlertsResult>(
        "GET", apiUrl(u"/api/v2/alerts"_s, params), {}, am::parseAlerts, std::move(callback));
}

quint64 AlertmanagerClient::postAlerts(const QList<AmAlert> &alerts, Callback<AmReply> callback)
{
    return request<AmReply>(
        "POST", apiUrl(u"/api/v2/alerts"_s), am::alertsToJson(alerts), parseNothing, std::move(callback));
}

quint64 AlertmanagerClient::silences(const QStringList &matchers, Callback<AmSilencesResult> callback)
{
    QList<std::pair<QString, QString>> params;
    for (const QString &matcher : matchers)
        params.append({u"filter"_s, matcher});
    return request<AmSilencesResult>(
        "GET", apiUrl(u"/api/v2/silences"_s, params), {}, am::parseSilences, std::move(callback));
}

quint64 AlertmanagerClient::createSilence(const AmSilence &silence, Callback<AmSilenceIdResult> callback)
{
    return request<AmSilenceIdResult>(
        "POST", apiUrl(u"/api/v2/silences"_s), am::silenceToJson(silence), parseSilenceId, std::move(callback));
}

quint64 AlertmanagerClient::expireSilence(const QString &id, Callback<AmReply> callback)
{
    const QString path = u"/api/v2/silence/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return request<AmReply>("DELETE", apiUrl(path), {}, parseNothing, std::move(callback));
}

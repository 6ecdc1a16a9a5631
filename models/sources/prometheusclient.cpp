#include "prometheusclient.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

PrometheusClient::PrometheusClient(const PrometheusEndpoint &endpoint, HttpFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_fetcher(fetcher)
{
    qRegisterMetaType<PromQueryResult>();
}

QString PrometheusClient::name() const
{
    return m_endpoint.name.isEmpty() ? m_endpoint.url.toDisplayString(QUrl::RemoveUserInfo) : m_endpoint.name;
}

QUrl PrometheusClient::apiUrl(const QString &path, const QList<std::pair<QString, QString>> &params) const
{
    return buildApiUrl(m_endpoint.url, path, params);
}

template<typename R>
quint64 PrometheusClient::fetch(
    const QUrl &url, std::function<bool(const nlohmann::json &, const QString &, R &)> parse, Callback<R> callback)
{
    const QString endpointName = name();
    const QString origin = m_endpoint.name.isEmpty()
        ? url.toDisplayString(QUrl::RemoveUserInfo)
        : u"%1 (%2)"_s.arg(url.toDisplayString(QUrl::RemoveUserInfo), m_endpoint.name);
    if (!m_fetcher) {
        R result;
        result.endpoint = endpointName;
        result.errorType = u"config"_s;
        result.error = tr("No HTTP fetcher for %1").arg(origin);
        QMetaObject::invokeMethod(
            this, [callback, result] { callback(result); }, Qt::QueuedConnection);
        return 0;
    }
    const HttpEndpoint http {m_endpoint.name, m_endpoint.tls, m_endpoint.auth};
    const int maxDepth = m_fetcher->limits().maxJsonDepth;
    return m_fetcher->get(
        http, url, this, [this, origin, endpointName, maxDepth, parse, callback](const HttpResult &reply) {
            runInWorker<R>(
                this,
                [reply, origin, endpointName, maxDepth, parse] {
                    R result;
                    result.endpoint = endpointName;
                    result.httpStatus = reply.httpStatus;
                    result.elapsedMs = reply.elapsedMs;
                    // 4xx/5xx from Prometheus carry a JSON error document, which says more than the status code.
                    const bool tryBody
                        = reply.ok || (reply.errorKind == HttpResult::Error::Http && !reply.body.isEmpty());
                    if (!tryBody) {
                        result.errorType = reply.errorKind == HttpResult::Error::Timeout ? u"timeout"_s
                            : reply.errorKind == HttpResult::Error::Tls                  ? u"tls"_s
                            : reply.errorKind == HttpResult::Error::TooLarge             ? u"too_large"_s
                                                                                         : u"connection"_s;
                        result.error = reply.error;
                        return result;
                    }
                    const JsonParseResult json = parseJsonLimited(reply.body, origin, maxDepth, reply.contentType);
                    if (!json.ok) {
                        result.errorType = reply.ok ? u"parse"_s : u"http"_s;
                        result.error = reply.ok ? json.error : reply.error;
                        return result;
                    }
                    parse(json.value, origin, result);
                    if (result.ok && !reply.ok) {
                        // A success document with an HTTP error status: trust the status.
                        result.ok = false;
                        result.errorType = u"http"_s;
                        result.error = reply.error;
                    } else if (!result.ok && !reply.ok && result.errorType == u"parse"_s) {
                        result.errorType = u"http"_s;
                        result.error = reply.error;
                    }
                    return result;
                },
                [callback](R result) { callback(result); });
        });
}

quint64 PrometheusClient::query(const QString &promql, Callback<PromQueryResult> callback, qint64 timeMs)
{
    QList<std::pair<QString, QString>> params {{u"query"_s, promql}};
    if (timeMs > 0)
        params.append({u"time"_s, prom::formatTime(timeMs)});
    return fetch<PromQueryResult>(
        apiUrl(u"/api/v1/query"_s, params), prom::parseQuery, [this, callback](const PromQueryResult &result) {
            callback(result);
            emit queryFinished(result);
        });
}

quint64 PrometheusClient::queryRange(
    const QString &promql, qint64 startMs, qint64 endMs, int stepSeconds, Callback<PromQueryResult> callback)
{
    const QList<std::pair<QString, QString>> params {{u"query"_s, promql}, {u"start"_s, prom::formatTime(startMs)},
        {u"end"_s, prom::formatTime(endMs)}, {u"step"_s, QString::number(qMax(1, stepSeconds))}};
    return fetch<PromQueryResult>(
        apiUrl(u"/api/v1/query_range"_s, params), prom::parseQuery, [this, callback](const PromQueryResult &result) {
            callback(result);
            emit queryFinished(result);
        });
}

quint64 PrometheusClient::series(
    const QStringList &matchers, Callback<PromSeriesListResult> callback, qint64 startMs, qint64 endMs)
{
    QList<std::pair<QString, QString>> params;
    for (const QString &matcher : matchers)
        params.append({u"match[]"_s, matcher});
    if (startMs > 0)
        params.append({u"start"_s, prom::formatTime(startMs)});
    if (endMs > 0)
        params.append({u"end"_s, prom::formatTime(endMs)});
    return fetch<PromSeriesListResult>(apiUrl(u"/api/v1/series"_s, params), prom::parseSeriesList, std::move(callback));
}

quint64 PrometheusClient::labels(Callback<PromStringListResult> callback, const QStringList &matchers)
{
    QList<std::pair<QString, QString>> params;
    for (const QString &matcher : matchers)
        params.append({u"match[]"_s, matcher});
    return fetch<PromStringListResult>(apiUrl(u"/api/v1/labels"_s, params), prom::parseStringList, std::move(callback));
}

quint64 PrometheusClient::labelValues(
    const QString &label, Callback<PromStringListResult> callback, const QStringList &matchers)
{
    QList<std::pair<QString, QString>> params;
    for (const QString &matcher : matchers)
        params.append({u"match[]"_s, matcher});
    const QString path = u"/api/v1/label/"_s + QString::fromLatin1(QUrl::toPercentEncoding(label)) + u"/values"_s;
    return fetch<PromStringListResult>(apiUrl(path, params), prom::parseStringList, std::move(callback));
}

quint64 PrometheusClient::targets(Callback<PromTargetsResult> callback)
{
    return fetch<PromTargetsResult>(apiUrl(u"/api/v1/targets"_s), prom::parseTargets, std::move(callback));
}

quint64 PrometheusClient::ready(Callback<PromReadyResult> callback)
{
    const QString endpointName = name();
    if (!m_fetcher) {
        PromReadyResult result;
        result.endpoint = endpointName;
        result.error = tr("No HTTP fetcher for %1").arg(endpointName);
        QMetaObject::invokeMethod(
            this, [callback, result] { callback(result); }, Qt::QueuedConnection);
        return 0;
    }
    const HttpEndpoint http {m_endpoint.name, m_endpoint.tls, m_endpoint.auth};
    return m_fetcher->get(http, apiUrl(u"/-/ready"_s), this, [endpointName, callback](const HttpResult &reply) {
        PromReadyResult result;
        result.endpoint = endpointName;
        result.httpStatus = reply.httpStatus;
        result.elapsedMs = reply.elapsedMs;
        result.ok = reply.ok;
        result.error = reply.error;
        if (!reply.ok)
            result.errorType = reply.errorKind == HttpResult::Error::Http ? u"http"_s : u"connection"_s;
        callback(result);
    });
}

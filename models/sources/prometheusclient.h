#pragma once

#include "config/inventory.h"
#include "httpfetcher.h"
#include "prometheusparse.h"

#include <QObject>
#include <QPointer>

#include <functional>

// One Prometheus (or VictoriaMetrics) endpoint, HTTP API v1. Requests go through the shared HttpFetcher; bodies are
// parsed (JSON with the depth limit, then typed) on a worker thread; callbacks run in this object's thread.
// A callback is not called after the client is destroyed.
class PrometheusClient : public QObject
{
    Q_OBJECT
public:
    template<typename R> using Callback = std::function<void(const R &)>;

    PrometheusClient(const PrometheusEndpoint &endpoint, HttpFetcher *fetcher, QObject *parent = nullptr);

    const PrometheusEndpoint &endpoint() const { return m_endpoint; }
    QString name() const; // endpoint name, or its URL when unnamed

    // Instant query at `timeMs` (0: the server's now).
    quint64 query(const QString &promql, Callback<PromQueryResult> callback, qint64 timeMs = 0);
    quint64 queryRange(
        const QString &promql, qint64 startMs, qint64 endMs, int stepSeconds, Callback<PromQueryResult> callback);
    // startMs/endMs 0: not sent.
    quint64 series(
        const QStringList &matchers, Callback<PromSeriesListResult> callback, qint64 startMs = 0, qint64 endMs = 0);
    quint64 labels(Callback<PromStringListResult> callback, const QStringList &matchers = {});
    quint64 labelValues(
        const QString &label, Callback<PromStringListResult> callback, const QStringList &matchers = {});
    quint64 targets(Callback<PromTargetsResult> callback);
    // GET /-/ready: ok when the server answers 2xx.
    quint64 ready(Callback<PromReadyResult> callback);

    QUrl apiUrl(const QString &path, const QList<std::pair<QString, QString>> &params = {}) const;

signals:
    // Also emitted for every instant/range query, after the callback.
    void queryFinished(const PromQueryResult &result);

private:
    template<typename R>
    quint64 fetch(
        const QUrl &url, std::function<bool(const nlohmann::json &, const QString &, R &)> parse, Callback<R> callback);

    PrometheusEndpoint m_endpoint;
    QPointer<HttpFetcher> m_fetcher;
};

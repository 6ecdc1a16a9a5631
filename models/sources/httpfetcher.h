#pragma once

#include "config/inventory.h"
#include "jsonlimits.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// How to reach one server: a display name for messages, TLS (custom CA, client certificate for mutual TLS) and auth.
struct HttpEndpoint
{
    QString name; // e.g. "bndes-l2" or "validator01"; optional, used in messages together with the URL
    TlsConfig tls;
    EndpointAuth auth;
};

// Limits shared by all requests of one HttpFetcher (defaults from PollingConfig).
struct HttpLimits
{
    int connectTimeoutMs = 5000;
    int totalTimeoutMs = 15000;
    int maxInFlightPerHost = 4;
    qint64 maxReplyBytes = 32 * 1024 * 1024;
    int maxJsonDepth = kDefaultMaxJsonDepth;

    static HttpLimits fromPolling(const PollingConfig &polling);
};

struct HttpRequest
{
    QByteArray method {"GET"}; // GET, POST, DELETE, PUT
    QUrl url;
    QByteArray body; // sent for POST/PUT
    QByteArray contentType; // defaults to application/json when a body is given
    QList<std::pair<QByteArray, QByteArray>> headers;
    HttpEndpoint endpoint;
    int totalTimeoutMs = 0; // 0: the fetcher's limit
};

struct HttpResult
{
    enum class Error { None, Connection, Timeout, Tls, Http, TooLarge, Cancelled, Config, Parse };

    bool ok = false;
    Error errorKind = Error::None;
    int httpStatus = 0; // 0 when no HTTP response arrived
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter; // the Retry-After header (429, 503): seconds or an HTTP date; empty when absent
    QString error; // translated, names the endpoint URL; empty when ok
    qint64 elapsedMs = 0;
    QUrl url;
};

// A reply parsed as JSON (off the GUI thread, with the depth limit).
struct HttpJsonResult
{
    HttpResult http; // http.ok && parse ok => ok
    bool ok = false;
    nlohmann::json json; // valid when the body parsed, even for HTTP errors (servers put error details in JSON)
    QString error; // http.error, or the parse error; names the endpoint URL
};

Q_DECLARE_METATYPE(HttpResult)

// `base` (e.g. http://host:9090/prefix/) + `path` ("/api/v1/query") + percent-encoded query parameters. Every
// character outside the unreserved set is encoded ('+' included: Go servers read a bare '+' as a space).
QUrl buildApiUrl(const QUrl &base, const QString &path, const QList<std::pair<QString, QString>> &params = {});

// Non-blocking HTTP client for every source: lives in the GUI thread, queues requests beyond a per-host limit,
// enforces connect/total timeouts and a hard reply-size cap, does TLS with a custom CA and client certificates, and
// basic/bearer auth. Results arrive through a callback (and the `finished` signal) in the fetcher's thread.
class HttpFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResult &)>;
    using JsonCallback = std::function<void(const HttpJsonResult &)>;
    // Returns the secret behind a reference (keychain, environment, file); an empty string when unavailable.
    using SecretResolver = std::function<QString(const SecretRef &)>;

    explicit HttpFetcher(QObject *parent = nullptr);
    ~HttpFetcher() override;

    void setLimits(const HttpLimits &limits);
    const HttpLimits &limits() const { return m_limits; }
    void setSecretResolver(SecretResolver resolver);

    // Each returns a request id (> 0). `callback` is called exactly once, unless `context` is destroyed first
    // (then it is not called at all). Without a context the fetcher itself is the context.
    quint64 send(const HttpRequest &request, QObject *context, Callback callback);
    quint64 get(const HttpEndpoint &endpoint, const QUrl &url, QObject *context, Callback callback);
    quint64 postJson(
        const HttpEndpoint &endpoint, const QUrl &url, const QByteArray &jsonBody, QObject *context, Callback callback);

    // Same, then parses the body as JSON on a worker thread with the depth limit before calling back.
    quint64 sendJson(const HttpRequest &request, QObject *context, JsonCallback callback);

    // Aborts one request (queued or in flight); its callback receives Error::Cancelled.
    void abort(quint64 id);
    void abortAll();

    int inFlight() const;
    int queued() const;

signals:
    void finished(quint64 id, const HttpResult &result);

private:
    struct Pending;
    void startNext(const QString &hostKey);
    void start(const std::shared_ptr<Pending> &pending);
    void complete(const std::shared_ptr<Pending> &pending, HttpResult result);
    QString hostKey(const QUrl &url) const;
    bool buildSsl(const HttpEndpoint &endpoint, QSslConfiguration *ssl, QString *error);
    QNetworkAccessManager *manager(const TlsConfig &tls);

    // One manager per TLS configuration: Qt caches connections (and their TLS context, CA store included) per
    // host:port, so two configurations for the same server must not share a manager.
    QHash<QString, QNetworkAccessManager *> m_nams;
    HttpLimits m_limits;
    SecretResolver m_resolver;
    quint64 m_nextId = 1;
    QHash<QString, std::deque<std::shared_ptr<Pending>>> m_queues; // per host:port
    QHash<QString, int> m_running; // per host:port
    QHash<quint64, std::shared_ptr<Pending>> m_all;
    QHash<QString, QSslConfiguration> m_sslCache; // by CA|cert|key paths
};

#include "httpfetcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Read chunks of at most this size from the socket, so the size cap is checked as the data arrives.
constexpr qint64 kReadBufferSize = 1024 * 1024;

QString endpointLabel(const HttpEndpoint &endpoint, const QUrl &url)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (endpoint.name.isEmpty())
        return shown;
    return u"%1 (%2)"_s.arg(shown, endpoint.name);
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return u"%1 MiB"_s.arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return u"%1 KiB"_s.arg(double(bytes) / 1024.0, 0, 'f', 1);
    return u"%1 B"_s.arg(bytes);
}

} // namespace

QUrl buildApiUrl(const QUrl &base, const QString &path, const QList<std::pair<QString, QString>> &params)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    QByteArray query;
    for (const auto &[key, value] : params) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    if (query.isEmpty())
        url.setQuery(QString());
    return url;
}

HttpLimits HttpLimits::fromPolling(const PollingConfig &polling)
{
    HttpLimits limits;
    limits.connectTimeoutMs = polling.connectTimeoutMs;
    limits.totalTimeoutMs = polling.totalTimeoutMs;
    limits.maxInFlightPerHost = polling.maxInFlightPerHost;
    limits.maxReplyBytes = polling.maxReplyBytes;
    limits.maxJsonDepth = polling.maxJsonDepth;
    return limits;
}

struct HttpFetcher::Pending
{
    quint64 id = 0;
    HttpRequest request;
    QString label; // endpoint URL (+ name) for messages
    QString hostKey;
    bool hasContext = false;
    QPointer<QObject> context;
    Callback callback;
    QElapsedTimer elapsed;

    QNetworkReply *reply = nullptr;
    QTimer *connectTimer = nullptr;
    QTimer *totalTimer = nullptr;
    QByteArray body;
    bool connected = false; // request sent or any response/TLS progress seen
    bool encrypted = false;
    QStringList sslErrors;
    HttpResult::Error abortReason = HttpResult::Error::None;
    QString abortMessage;
    bool done = false;
};

HttpFetcher::HttpFetcher(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<HttpResult>();
}

QNetworkAccessManager *HttpFetcher::manager(const TlsConfig &tls)
{
    const QString key = tls.caFile + u'|' + tls.certFile + u'|' + tls.keyFile;
    QNetworkAccessManager *&nam = m_nams[key];
    if (!nam) {
        nam = new QNetworkAccessManager(this);
        // Redirects inside a monitoring network are a misconfiguration more often than not; same origin only.
        nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    }
    return nam;
}

HttpFetcher::~HttpFetcher()
{
    // No callbacks while being destroyed: detach every reply first.
    const auto all = m_all;
    for (const auto &pending : all) {
        pending->done = true;
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
        }
    }
}

void HttpFetcher::setLimits(const HttpLimits &limits)
{
    m_limits = limits;
}

void HttpFetcher::setSecretResolver(SecretResolver resolver)
{
    m_resolver = std::move(resolver);
}

QString HttpFetcher::hostKey(const QUrl &url) const
{
    return u"%1://%2:%3"_s.arg(url.scheme(), url.host()).arg(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

quint64 HttpFetcher::get(const HttpEndpoint &endpoint, const QUrl &url, QObject *context, Callback callback)
{
    HttpRequest request;
    request.url = url;
    request.endpoint = endpoint;
    return send(request, context, std::move(callback));
}

quint64 HttpFetcher::postJson(
    const HttpEndpoint &endpoint, const QUrl &url, const QByteArray &jsonBody, QObject *context, Callback callback)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.body = jsonBody;
    request.contentType = "application/json";
    request.endpoint = endpoint;
    return send(request, context, std::move(callback));
}

quint64 HttpFetcher::sendJson(const HttpRequest &request, QObject *context, JsonCallback callback)
{
    const int maxDepth = m_limits.maxJsonDepth;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    return send(request, context, [this, guard, hasContext, maxDepth, callback](const HttpResult &http) {
        if (hasContext && !guard)
            return;
        if (http.body.isEmpty() && !http.ok) {
            HttpJsonResult result;
            result.http = http;
            result.error = http.error;
            callback(result);
            return;
        }
        QObject *target = hasContext ? guard.data() : this;
        const QString origin = http.url.toDisplayString(QUrl::RemoveUserInfo);
        runInWorker<HttpJsonResult>(
            target,
            [http, maxDepth, origin] {
                HttpJsonResult result;
                result.http = http;
                JsonParseResult parsed = parseJsonLimited(http.body, origin, maxDepth, http.contentType);
                if (parsed.ok)
                    result.json = std::move(parsed.value);
                if (!http.ok) {
                    result.error = http.error;
                } else if (!parsed.ok) {
                    result.http.ok = false;
                    result.http.errorKind = HttpResult::Error::Parse;
                    result.http.error = parsed.error;
                    result.error = parsed.error;
                } else {
                    result.ok = true;
                }
                return result;
            },
            [callback](HttpJsonResult result) { callback(result); });
    });
}

quint64 HttpFetcher::send(const HttpRequest &request, QObject *context, Callback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->id = m_nextId++;
    pending->request = request;
    pending->label = endpointLabel(request.endpoint, request.url);
    pending->hostKey = hostKey(request.url);
    pending->hasContext = context != nullptr;
    pending->context = context;
    pending->callback = std::move(callback);
    pending->elapsed.start();
    m_all.insert(pending->id, pending);

    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || (scheme != u"http"_s && scheme != u"https"_s)) {
        HttpResult result;
        result.errorKind = HttpResult::Error::Config;
        result.error = tr("Invalid URL %1: only http:// and https:// are supported").arg(pending->label);
        // Always asynchronous, so callers see one behaviour.
        QMetaObject::invokeMethod(
            this, [this, pending, result] { complete(pending, result); }, Qt::QueuedConnection);
        return pending->id;
    }

    m_queues[pending->hostKey].push_back(pending);
    startNext(pending->hostKey);
    return pending->id;
}

void HttpFetcher::startNext(const QString &key)
{
    auto &queue = m_queues[key];
    const int limit = qMax(1, m_limits.maxInFlightPerHost);
    while (!queue.empty() && m_running.value(key) < limit) {
        auto pending = queue.front();
        queue.pop_front();
        if (pending->done)
            continue;
        m_running[key] += 1;
        start(pending);
    }
    if (queue.empty())
        m_queues.remove(key);
}

bool HttpFetcher::buildSsl(const HttpEndpoint &endpoint, QSslConfiguration *ssl, QString *error)
{
    const TlsConfig &tls = endpoint.tls;
    const QString cacheKey = tls.caFile + u'|' + tls.certFile + u'|' + tls.keyFile;
    if (auto it = m_sslCache.constFind(cacheKey); it != m_sslCache.constEnd()) {
        *ssl = *it;
        return true;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!tls.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(tls.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = tr("cannot read CA certificate file %1").arg(tls.caFile);
            return false;
        }
        // Like Prometheus' ca_file: the given CA replaces the system store for this endpoint.
        config.setCaCertificates(cas);
    }
    if (tls.certFile.isEmpty() != tls.keyFile.isEmpty()) {
        *error = tr("a client certificate needs both a certificate file and a key file");
        return false;
    }
    if (!tls.certFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(tls.certFile, QSsl::Pem);
        if (certs.isEmpty()) {
            *error = tr("cannot read client certificate file %1").arg(tls.certFile);
            return false;
        }
        QFile keyFile(tls.keyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read client key file %1: %2").arg(tls.keyFile, keyFile.errorString());
            return false;
        }
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key;
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(keyPem, algorithm, QSsl::Pem);
            if (!key.isNull())
                break;
        }
        if (key.isNull()) {
            *error = tr("cannot decode client key file %1 (PEM RSA or EC key without passphrase expected)")
                         .arg(tls.keyFile);
            return false;
        }
        config.setLocalCertificate(certs.first());
        if (certs.size() > 1)
            config.setLocalCertificateChain(certs);
        config.setPrivateKey(key);
    }
    m_sslCache.insert(cacheKey, config);
    *ssl = config;
    return true;
}

void HttpFetcher::start(const std::shared_ptr<Pending> &pending)
{
    const HttpRequest &request = pending->request;
    QNetworkRequest netRequest(request.url);
    netRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    netRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Sentinela/" SENTINELA_VERSION));
    netRequest.setRawHeader("Accept", "application/json");
    const int totalMs = request.totalTimeoutMs > 0 ? request.totalTimeoutMs : m_limits.totalTimeoutMs;
    if (totalMs > 0)
        netRequest.setTransferTimeout(totalMs);
    for (const auto &[name, value] : request.headers)
        netRequest.setRawHeader(name, value);

    auto failNow = [this, pending](HttpResult::Error kind, const QString &message) {
        HttpResult result;
        result.errorKind = kind;
        result.error = message;
        QMetaObject::invokeMethod(
            this, [this, pending, result] { complete(pending, result); }, Qt::QueuedConnection);
    };

    const EndpointAuth &auth = request.endpoint.auth;
    if (auth.kind != EndpointAuth::Kind::None) {
        QString secret;
        if (m_resolver && auth.secret.isSet())
            secret = m_resolver(auth.secret);
        if (secret.isEmpty()) {
            failNow(HttpResult::Error::Config,
                tr("No credential available for %1 (secret \"%2\" not found)").arg(pending->label, auth.secret.key));
            return;
        }
        if (auth.kind == EndpointAuth::Kind::Basic) {
            const QByteArray pair = (auth.username + u':' + secret).toUtf8();
            netRequest.setRawHeader("Authorization", "Basic " + pair.toBase64());
        } else {
            netRequest.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
        }
    }

    if (request.url.scheme() == u"https"_s) {
        QSslConfiguration ssl;
        QString sslError;
        if (!buildSsl(request.endpoint, &ssl, &sslError)) {
            failNow(HttpResult::Error::Config, tr("TLS configuration for %1: %2").arg(pending->label, sslError));
            return;
        }
        netRequest.setSslConfiguration(ssl);
    }

    QByteArray body = request.body;
    if (!body.isEmpty() || request.method == "POST" || request.method == "PUT")
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader,
            request.contentType.isEmpty() ? QByteArray("application/json") : request.contentType);

    QNetworkReply *reply = manager(request.endpoint.tls)->sendCustomRequest(netRequest, request.method, body);
    pending->reply = reply;
    reply->setReadBufferSize(kReadBufferSize);

    // Connect timeout: until the request has gone out (TCP + TLS done), a shorter deadline applies.
    if (m_limits.connectTimeoutMs > 0) {
        pending->connectTimer = new QTimer(reply);
        pending->connectTimer->setSingleShot(true);
        connect(pending->connectTimer, &QTimer::timeout, this, [this, pending] {
            if (pending->connected || pending->done)
                return;
            pending->abortReason = HttpResult::Error::Timeout;
            pending->abortMessage
                = tr("Could not connect to %1 within %2 ms").arg(pending->label).arg(m_limits.connectTimeoutMs);
            pending->reply->abort();
        });
        pending->connectTimer->start(m_limits.connectTimeoutMs);
    }
    if (totalMs > 0) {
        pending->totalTimer = new QTimer(reply);
        pending->totalTimer->setSingleShot(true);
        connect(pending->totalTimer, &QTimer::timeout, this, [pending, totalMs] {
            if (pending->done)
                return;
            pending->abortReason = HttpResult::Error::Timeout;
            pending->abortMessage = tr("No complete reply from %1 within %2 ms").arg(pending->label).arg(totalMs);
            pending->reply->abort();
        });
        pending->totalTimer->start(totalMs);
    }

    auto markConnected = [pending] {
        pending->connected = true;
        if (pending->connectTimer)
            pending->connectTimer->stop();
    };
    connect(reply, &QNetworkReply::requestSent, this, markConnected);
    connect(reply, &QNetworkReply::metaDataChanged, this, markConnected);
    connect(reply, &QNetworkReply::encrypted, this, [pending, markConnected] {
        pending->encrypted = true;
        markConnected();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [pending](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            pending->sslErrors.append(error.errorString());
    });

    const qint64 cap = m_limits.maxReplyBytes;
    auto overCap = [this, pending, cap](qint64 size, bool announced) {
        if (cap <= 0 || size <= cap || pending->abortReason != HttpResult::Error::None)
            return;
        pending->abortReason = HttpResult::Error::TooLarge;
        pending->abortMessage = announced
            ? tr("Reply from %1 announces %2, over the limit of %3")
                  .arg(pending->label, formatBytes(size), formatBytes(cap))
            : tr("Reply from %1 exceeds the limit of %2; aborted").arg(pending->label, formatBytes(cap));
        pending->body.clear();
        // Abort from the event loop, not inside the reply's own signal emission.
        QMetaObject::invokeMethod(
            this,
            [pending] {
                if (pending->reply && !pending->done)
                    pending->reply->abort();
            },
            Qt::QueuedConnection);
    };
    connect(reply, &QNetworkReply::downloadProgress, this, [overCap](qint64 received, qint64 total) {
        if (total > 0)
            overCap(total, true);
        overCap(received, false);
    });
    connect(reply, &QNetworkReply::readyRead, this, [pending, overCap] {
        if (pending->abortReason != HttpResult::Error::None) {
            pending->reply->readAll(); // discard
            return;
        }
        pending->body.append(pending->reply->readAll());
        overCap(pending->body.size(), false);
    });

    connect(reply, &QNetworkReply::finished, this, [this, pending] {
        QNetworkReply *r = pending->reply;
        HttpResult result;
        result.httpStatus = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = r->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.retryAfter = r->rawHeader("Retry-After");
        const QNetworkReply::NetworkError netError = r->error();
        if (pending->abortReason == HttpResult::Error::None)
            pending->body.append(r->readAll());

        if (pending->abortReason != HttpResult::Error::None) {
            result.errorKind = pending->abortReason;
            result.error = pending->abortMessage;
        } else if (netError == QNetworkReply::NoError || netError >= QNetworkReply::ContentAccessDenied) {
            // An HTTP-level answer (2xx, or 4xx/5xx which Qt reports as content/protocol/server errors).
            if (result.httpStatus >= 200 && result.httpStatus < 300 && netError == QNetworkReply::NoError) {
                result.ok = true;
            } else if (result.httpStatus > 0) {
                result.errorKind = HttpResult::Error::Http;
                const QString reason = r->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                const QString excerpt = bodyExcerpt(pending->body);
                result.error = tr("%1 answered HTTP %2 %3").arg(pending->label).arg(result.httpStatus).arg(reason);
                if (!excerpt.isEmpty())
                    result.error += u": "_s + excerpt;
            } else {
                result.errorKind = HttpResult::Error::Connection;
                result.error = tr("Request to %1 failed: %2").arg(pending->label, r->errorString());
            }
        } else {
            const bool https = pending->request.url.scheme() == u"https"_s;
            const bool sslError = netError == QNetworkReply::SslHandshakeFailedError || !pending->sslErrors.isEmpty();
            // A server refusing our (missing) client certificate shows up as a TLS alert while reading.
            const QString text = r->errorString();
            const bool tlsText = text.contains(u"SSL"_s) || text.contains(u"TLS"_s)
                || text.contains(u"certificate"_s, Qt::CaseInsensitive);
            const bool closedDuringTls = https && result.httpStatus == 0
                && (netError == QNetworkReply::RemoteHostClosedError || sslError || tlsText);
            if (netError == QNetworkReply::TimeoutError || netError == QNetworkReply::OperationCanceledError) {
                // setTransferTimeout fires as OperationCanceled/Timeout without our own timer having run.
                result.errorKind = HttpResult::Error::Timeout;
                result.error = tr("No reply from %1 in time (%2)").arg(pending->label, r->errorString());
            } else if (sslError || closedDuringTls) {
                result.errorKind = HttpResult::Error::Tls;
                QString why = pending->sslErrors.isEmpty() ? r->errorString() : pending->sslErrors.join(u"; "_s);
                result.error = tr("TLS failure with %1: %2").arg(pending->label, why);
                if (pending->request.endpoint.tls.certFile.isEmpty()
                    && (netError == QNetworkReply::RemoteHostClosedError || text.contains(u"certificate"_s)))
                    result.error += tr(" (the server may require a client certificate)");
            } else {
                result.errorKind = HttpResult::Error::Connection;
                result.error = tr("Cannot reach %1: %2").arg(pending->label, r->errorString());
            }
        }
        if (!result.ok && result.errorKind != HttpResult::Error::Http)
            pending->body.clear();
        result.body = std::move(pending->body);
        complete(pending, std::move(result));
    });
}

void HttpFetcher::complete(const std::shared_ptr<Pending> &pending, HttpResult result)
{
    if (pending->done)
        return;
    pending->done = true;
    result.url = pending->request.url;
    result.elapsedMs = pending->elapsed.elapsed();
    m_all.remove(pending->id);
    if (pending->reply) {
        pending->reply->disconnect(this);
        pending->reply->deleteLater();
        pending->reply = nullptr;
        m_running[pending->hostKey] -= 1;
        if (m_running.value(pending->hostKey) <= 0)
            m_running.remove(pending->hostKey);
    }
    if (!pending->hasContext || pending->context) {
        Callback callback = std::move(pending->callback);
        if (callback)
            callback(result);
    }
    emit finished(pending->id, result);
    // Freed slot: start the next queued request for this host.
    if (m_queues.contains(pending->hostKey))
        startNext(pending->hostKey);
}

void HttpFetcher::abort(quint64 id)
{
    const auto pending = m_all.value(id);
    if (!pending || pending->done)
        return;
    HttpResult result;
    result.errorKind = HttpResult::Error::Cancelled;
    result.error = tr("Request to %1 cancelled").arg(pending->label);
    if (pending->reply) {
        pending->abortReason = HttpResult::Error::Cancelled;
        pending->abortMessage = result.error;
        pending->reply->abort(); // emits finished synchronously or soon; complete() runs from there
        if (!pending->done)
            complete(pending, result);
    } else {
        complete(pending, result);
    }
}

void HttpFetcher::abortAll()
{
    const auto ids = m_all.keys();
    for (quint64 id : ids)
        abort(id);
}

int HttpFetcher::inFlight() const
{
    int total = 0;
    for (int n : m_running)
        total += n;
    return total;
}

int HttpFetcher::queued() const
{
    int total = 0;
    for (const auto &queue : m_queues)
        total += int(queue.size());
    return total;
}

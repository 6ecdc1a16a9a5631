#include "../../integration/testpki.h"
#include "../../common/requireorskip.h"
#include "sources/httpfetcher.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

// A deliberately misbehaving HTTP/1.1 server: the path picks the misbehaviour.
class BadServer : public QObject
{
    Q_OBJECT
public:
    explicit BadServer(QTcpServer *server)
        : m_server(server)
    {
        m_server->setParent(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &BadServer::accept);
    }
    bool listen() { return m_server->listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server->serverPort(); }
    int maxConcurrent = 0;
    int current = 0;
    qint64 bigBytesSent = 0;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0 || socket->property("handled").toBool())
                    return;
                socket->setProperty("handled", true);
                const QList<QByteArray> first = buffer->left(buffer->indexOf("\r\n")).split(' ');
                handle(socket, first.value(1));
            });
        }
    }

    static void reply(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        socket->write(head + body);
        socket->disconnectFromHost();
    }

    void handle(QTcpSocket *socket, const QByteArray &path)
    {
        if (path == "/json") {
            reply(socket, 200, "application/json", "{\"status\":\"success\",\"data\":[1,2,3]}");
        } else if (path == "/html") {
            reply(socket, 200, "text/html", "<!DOCTYPE html><html><head><title>Proxy login</title></head></html>");
        } else if (path == "/truncated") {
            reply(socket, 200, "application/json",
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"me");
        } else if (path == "/notjson") {
            reply(socket, 200, "application/json", "ok then");
        } else if (path == "/404") {
            reply(socket, 404, "text/plain", "404 page not found");
        } else if (path == "/500") {
            reply(socket, 503, "application/json",
                "{\"status\":\"error\",\"errorType\":\"unavailable\",\"error\":\"busy\"}");
        } else if (path == "/deep") {
            reply(socket, 200, "application/json", QByteArray(100, '[') + QByteArray(100, ']'));
        } else if (path == "/nested10") {
            reply(socket, 200, "application/json", QByteArray(10, '[') + QByteArray(10, ']'));
        } else if (path == "/bigcl") {
            // Announces 64 MiB; the client must refuse before reading it.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 67108864\r\n\r\n[");
            streamBig(socket);
        } else if (path == "/big") {
            // No length: the cap must be enforced while the data streams in.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
            streamBig(socket);
        } else if (path == "/slow") {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(10000, this, [guard] {
                if (guard)
                    reply(guard, 200, "application/json", "{}");
            });
        } else if (path == "/delay") {
            ++current;
            maxConcurrent = qMax(maxConcurrent, current);
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(150, this, [this, guard] {
                --current;
                if (guard)
                    reply(guard, 200, "application/json", "[]");
            });
        } else {
            reply(socket, 404, "text/plain", "no such test path");
        }
    }

    void streamBig(QTcpSocket *socket)
    {
        const QByteArray chunk(64 * 1024, '1');
        auto pump = [this, socket, chunk] {
            // Keep a little in the kernel buffers; stop at 64 MiB or when the client hangs up.
            if (socket->state() != QAbstractSocket::ConnectedState || bigBytesSent >= 64 * 1024 * 1024)
                return;
            if (socket->bytesToWrite() < 4 * chunk.size()) {
                socket->write(chunk);
                bigBytesSent += chunk.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    QTcpServer *m_server;
};

class TestHttpFetcher : public QObject
{
    Q_OBJECT
private:
    BadServer *m_server = nullptr;

    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->port()).arg(path)); }

    static HttpResult fetch(HttpFetcher &fetcher, const QUrl &url, int timeoutMs = 8000)
    {
        std::optional<HttpResult> out;
        fetcher.get(HttpEndpoint {u"test"_s, {}, {}}, url, nullptr, [&](const HttpResult &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
            qFatal("no callback");
        return *out;
    }
    static HttpJsonResult fetchJson(HttpFetcher &fetcher, const QUrl &url)
    {
        std::optional<HttpJsonResult> out;
        HttpRequest request;
        request.url = url;
        request.endpoint.name = u"test"_s;
        fetcher.sendJson(request, nullptr, [&](const HttpJsonResult &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 8000))
            qFatal("no callback");
        return *out;
    }

private slots:
    void initTestCase()
    {
        m_server = new BadServer(new QTcpServer);
        QVERIFY(m_server->listen());
    }
    void cleanupTestCase() { delete m_server; }

    void jsonOk()
    {
        HttpFetcher fetcher;
        const HttpJsonResult r = fetchJson(fetcher, url(u"/json"_s));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.http.httpStatus, 200);
        QCOMPARE(r.json["data"].size(), 3u);
        QVERIFY(r.http.elapsedMs >= 0);
    }

    void badReplies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html") << u"/html"_s << int(HttpResult::Error::Parse) << u"HTML instead of JSON"_s;
        QTest::newRow("truncated") << u"/truncated"_s << int(HttpResult::Error::Parse) << u"truncated"_s;
        QTest::newRow("not json") << u"/notjson"_s << int(HttpResult::Error::Parse) << u"not valid JSON"_s;
        QTest::newRow("404") << u"/404"_s << int(HttpResult::Error::Http) << u"HTTP 404"_s;
        QTest::newRow("503") << u"/500"_s << int(HttpResult::Error::Http) << u"HTTP 503"_s;
        QTest::newRow("deep") << u"/deep"_s << int(HttpResult::Error::Parse) << u"deeper than 64"_s;
    }
    void badReplies()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        HttpFetcher fetcher;
        const HttpJsonResult r = fetchJson(fetcher, url(path));
        QVERIFY(!r.ok);
        QCOMPARE(int(r.http.errorKind), kind);
        QVERIFY2(r.error.contains(url(path).toString()), qPrintable(r.error));
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
        // The server and the fetcher still work afterwards.
        QVERIFY(fetchJson(fetcher, url(u"/json"_s)).ok);
    }

    void httpErrorKeepsJsonBody()
    {
        HttpFetcher fetcher;
        const HttpJsonResult r = fetchJson(fetcher, url(u"/500"_s));
        QCOMPARE(r.http.httpStatus, 503);
        QCOMPARE(r.json.value("errorType", std::string()), std::string("unavailable"));
    }

    void depthLimitConfigurable()
    {
        HttpFetcher fetcher;
        HttpLimits limits;
        limits.maxJsonDepth = 5;
        fetcher.setLimits(limits);
        const HttpJsonResult r = fetchJson(fetcher, url(u"/nested10"_s));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"deeper than 5"_s), qPrintable(r.error));
        limits.maxJsonDepth = 10;
        fetcher.setLimits(limits);
        QVERIFY(fetchJson(fetcher, url(u"/nested10"_s)).ok);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpFetcher fetcher;
        const QUrl target(u"http://127.0.0.1:%1/api/v1/query"_s.arg(port));
        const HttpResult r = fetch(fetcher, target);
        QVERIFY(!r.ok);
        QCOMPARE(r.errorKind, HttpResult::Error::Connection);
        QVERIFY2(r.error.contains(target.toString()), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(r.error));
    }

    void tooLarge_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("announced") << u"/bigcl"_s;
        QTest::newRow("streamed") << u"/big"_s;
    }
    void tooLarge()
    {
        QFETCH(QString, path);
        HttpFetcher fetcher;
        HttpLimits limits;
        limits.maxReplyBytes = 1024 * 1024;
        fetcher.setLimits(limits);
        m_server->bigBytesSent = 0;
        const HttpResult r = fetch(fetcher, url(path));
        QVERIFY(!r.ok);
        QCOMPARE(r.errorKind, HttpResult::Error::TooLarge);
        QVERIFY2(r.error.contains(url(path).toString()) && r.error.contains(u"1.0 MiB"_s), qPrintable(r.error));
        QVERIFY(r.body.isEmpty());
        // Aborted early: far less than the 64 MiB the server was willing to send.
        QVERIFY2(m_server->bigBytesSent < 32 * 1024 * 1024, qPrintable(QString::number(m_server->bigBytesSent)));
        QVERIFY(fetch(fetcher, url(u"/json"_s)).ok);
    }

    void timeoutWhileOthersWork()
    {
        HttpFetcher fetcher;
        HttpLimits limits;
        limits.totalTimeoutMs = 1000;
        fetcher.setLimits(limits);
        std::optional<HttpResult> slow;
        QElapsedTimer timer;
        timer.start();
        fetcher.get({}, url(u"/slow"_s), nullptr, [&](const HttpResult &r) { slow = r; });
        // Another request to the same host finishes meanwhile.
        const HttpResult fast = fetch(fetcher, url(u"/json"_s));
        QVERIFY(fast.ok);
        QVERIFY(!slow.has_value());
        QVERIFY(QTest::qWaitFor([&] { return slow.has_value(); }, 5000));
        QCOMPARE(slow->errorKind, HttpResult::Error::Timeout);
        QVERIFY2(slow->error.contains(url(u"/slow"_s).toString()), qPrintable(slow->error));
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(slow->elapsedMs >= 900);
    }

    void perHostLimit()
    {
        HttpFetcher fetcher;
        HttpLimits limits;
        limits.maxInFlightPerHost = 2;
        fetcher.setLimits(limits);
        m_server->maxConcurrent = 0;
        int done = 0;
        for (int i = 0; i < 6; ++i)
            fetcher.get({}, url(u"/delay"_s), nullptr, [&](const HttpResult &r) { done += r.ok ? 1 : 0; });
        QCOMPARE(fetcher.inFlight(), 2);
        QCOMPARE(fetcher.queued(), 4);
        QVERIFY(QTest::qWaitFor([&] { return done == 6; }, 5000));
        QCOMPARE(m_server->maxConcurrent, 2);
        QCOMPARE(fetcher.inFlight(), 0);
    }

    void abortAndContext()
    {
        HttpFetcher fetcher;
        std::optional<HttpResult> aborted;
        const quint64 id = fetcher.get({}, url(u"/slow"_s), nullptr, [&](const HttpResult &r) { aborted = r; });
        QSignalSpy finished(&fetcher, &HttpFetcher::finished);
        fetcher.abort(id);
        QVERIFY(QTest::qWaitFor([&] { return aborted.has_value(); }, 2000));
        QCOMPARE(aborted->errorKind, HttpResult::Error::Cancelled);
        QCOMPARE(finished.count(), 1);

        // A destroyed context silences its callback.
        bool called = false;
        auto *context = new QObject;
        fetcher.get({}, url(u"/delay"_s), context, [&](const HttpResult &) { called = true; });
        delete context;
        QVERIFY(finished.wait(3000));
        QVERIFY(!called);
    }

    void destroyWhileBusy()
    {
        auto *fetcher = new HttpFetcher;
        bool called = false;
        fetcher->get({}, url(u"/slow"_s), nullptr, [&](const HttpResult &) { called = true; });
        delete fetcher; // must not crash nor call back
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void missingSecret()
    {
        HttpFetcher fetcher;
        HttpEndpoint endpoint;
        endpoint.auth.kind = EndpointAuth::Kind::Bearer;
        endpoint.auth.secret = SecretRef {SecretRef::Store::Environment, u"NOPE"_s};
        fetcher.setSecretResolver([](const SecretRef &) { return QString(); });
        std::optional<HttpResult> out;
        fetcher.get(endpoint, url(u"/json"_s), nullptr, [&](const HttpResult &r) { out = r; });
        QVERIFY(QTest::qWaitFor([&] { return out.has_value(); }, 2000));
        QCOMPARE(out->errorKind, HttpResult::Error::Config);
        QVERIFY(out->error.contains(u"NOPE"_s));
    }

    void urlEncoding()
    {
        const QUrl u = buildApiUrl(
            QUrl(u"http://h:9090/prom/"_s), u"/api/v1/query"_s, {{u"query"_s, u"sum(up{job=\"rbb\"}) + 1"_s}});
        QCOMPARE(u.path(), u"/prom/api/v1/query"_s);
        const QByteArray encoded = u.toEncoded();
        QVERIFY2(encoded.contains("%2B") && !encoded.contains('+'), encoded.constData());
        QVERIFY(!buildApiUrl(QUrl(u"http://h"_s), u"/-/ready"_s).hasQuery());
    }

    void tlsWrongCa()
    {
        SENTINELA_REQUIRE_OR_SKIP(!TestPki::opensslPath().isEmpty(), "openssl CLI not installed: TLS test skipped");
        QTemporaryDir dir;
        TestPki serverPki, otherPki;
        QVERIFY2(serverPki.create(dir.path(), u"server"_s), qPrintable(serverPki.error));
        QVERIFY2(otherPki.create(dir.path(), u"other"_s), qPrintable(otherPki.error));

        auto *ssl = new QSslServer;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate::fromPath(serverPki.serverCert).value(0));
        QFile keyFile(serverPki.serverKey);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        ssl->setSslConfiguration(config);
        BadServer server(ssl);
        QVERIFY(server.listen());
        const QUrl target(u"https://127.0.0.1:%1/json"_s.arg(server.port()));

        HttpFetcher fetcher;
        // Right CA: works.
        HttpEndpoint good {u"tls-good"_s, {serverPki.caCert, {}, {}}, {}};
        std::optional<HttpResult> ok;
        fetcher.get(good, target, nullptr, [&](const HttpResult &r) { ok = r; });
        QVERIFY(QTest::qWaitFor([&] { return ok.has_value(); }, 8000));
        QVERIFY2(ok->ok, qPrintable(ok->error));

        // Another CA: a clear TLS error naming the endpoint.
        HttpEndpoint wrong {u"tls-wrong"_s, {otherPki.caCert, {}, {}}, {}};
        std::optional<HttpResult> bad;
        fetcher.get(wrong, target, nullptr, [&](const HttpResult &r) { bad = r; });
        QVERIFY(QTest::qWaitFor([&] { return bad.has_value(); }, 8000));
        QCOMPARE(bad->errorKind, HttpResult::Error::Tls);
        QVERIFY2(bad->error.contains(target.toString()) && bad->error.contains(u"TLS"_s), qPrintable(bad->error));

        // Missing CA file: configuration error, not a crash.
        HttpEndpoint missing {u"tls-missing"_s, {dir.filePath(u"nope.crt"_s), {}, {}}, {}};
        std::optional<HttpResult> cfg;
        fetcher.get(missing, target, nullptr, [&](const HttpResult &r) { cfg = r; });
        QVERIFY(QTest::qWaitFor([&] { return cfg.has_value(); }, 8000));
        QCOMPARE(cfg->errorKind, HttpResult::Error::Config);
        QVERIFY(cfg->error.contains(u"nope.crt"_s));
    }
};

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "tst_httpfetcher.moc"

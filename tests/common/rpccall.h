#pragma once

// One JSON-RPC call over HTTP, waited for in a local event loop (tests only: the product never blocks on I/O).

#include <QByteArray>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace testsupport {

// `params` is the JSON text of the parameter array, e.g. R"(["0x…", true])". Returns the reply's body (empty on a
// transport error or after timeoutMs).
inline QByteArray jsonRpcCall(const QUrl &url, const QByteArray &method, const QByteArray &params, int timeoutMs = 10000)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request,
        QByteArrayLiteral(R"({"jsonrpc":"2.0","id":1,"method":")") + method + QByteArrayLiteral(R"(","params":)")
            + params + '}');
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();
    const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    delete reply;
    return body;
}

} // namespace testsupport

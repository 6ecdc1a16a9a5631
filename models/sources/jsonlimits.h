#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>

#include <functional>
#include <utility>

// The one place that turns a network reply body into JSON: with a nesting-depth limit (a hostile or broken server
// must not make the parser recurse without bound) and messages that say what was wrong and where it came from.

struct JsonParseResult
{
    bool ok = false;
    nlohmann::json value;
    QString error; // names `origin` (usually the endpoint URL); empty when ok
    bool tooDeep = false; // refused for nesting deeper than the limit
};

inline constexpr int kDefaultMaxJsonDepth = 64;

// Parses `body` as one JSON document. `origin` is put in error messages (e.g. the request URL).
// Distinguishes: empty body, HTML instead of JSON, nesting deeper than maxDepth, truncated JSON, other syntax errors.
// `contentType` (the reply's Content-Type header, may be empty) only improves the message for non-JSON replies.
// Safe to call from any thread.
JsonParseResult parseJsonLimited(const QByteArray &body, const QString &origin, int maxDepth = kDefaultMaxJsonDepth,
    const QByteArray &contentType = {});

// Short, printable excerpt of a body for error messages (first `max` bytes, control characters replaced).
QString bodyExcerpt(const QByteArray &body, int max = 120);

// Runs `work` on the global thread pool and hands its result to `deliver` in the thread of `context` (normally the
// GUI thread). If `context` is destroyed first, `deliver` is not called. `work` must not touch `context`.
template<typename T> void runInWorker(QObject *context, std::function<T()> work, std::function<void(T)> deliver)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, deliver = std::move(deliver)] {
        watcher->deleteLater();
        deliver(watcher->future().result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

// The JSON-RPC 2.0 envelope: encoding requests (single or batched) and matching replies to them by id.
// Transport-agnostic: JsonRpcClient (HTTP) and JsonRpcSubscriber (WebSocket) both use it.
namespace jsonrpc {

struct Call
{
    QString method;
    nlohmann::json params = nlohmann::json::array();
};

struct Error
{
    enum class Kind {
        None,
        Transport, // connection refused, TLS, HTTP status, closed socket
        Timeout,
        Parse, // the body is not JSON, too deep or too large
        Protocol, // valid JSON but not a JSON-RPC reply: wrong id, no result and no error, wrong type
        Rpc, // the node answered with an error object
        NotEnabled, // the node does not serve the method's namespace (-32601 / -32604 / "not enabled")
        Result, // the result does not have the shape the method promises
    };
    Kind kind = Kind::None;
    int code = 0; // JSON-RPC error code when kind is Rpc / NotEnabled
    QString message;

    bool isError() const { return kind != Kind::None; }
    static QString kindKey(Kind kind);
};

// One call's outcome: a result (may be JSON null, e.g. an unknown block) or an error.
struct Outcome
{
    nlohmann::json result;
    Error error;
    bool ok() const { return !error.isError(); }
};

QByteArray encodeRequest(qint64 id, const Call &call);
// A JSON array of requests with ids firstId, firstId + 1, ...
QByteArray encodeBatch(qint64 firstId, const QList<Call> &calls);

// Besu answers a method whose namespace is not in --rpc-http-api with -32601 "Method not found" (older releases)
// or -32604 "Method not enabled"; proxies sometimes only say "... not enabled".
bool isNotEnabledError(int code, const QString &message);

// "qbft_getSignerMetrics" -> "qbft"; "" when the method has no namespace prefix.
QString methodNamespace(const QString &method);

// Classifies one reply object against the id it must carry.
Outcome decodeReplyObject(const nlohmann::json &reply, qint64 expectedId);

// Matches a batch reply to the requests with ids firstId .. firstId + count - 1, in request order. Replies may come
// in any order. A missing reply, a duplicate or an unknown id is a Protocol error for that call. If the whole reply
// is one error object (the server refused the batch), every call gets that error and *batchError is set.
QList<Outcome> decodeBatchReply(const nlohmann::json &reply, qint64 firstId, int count, Error *batchError = nullptr);

} // namespace jsonrpc

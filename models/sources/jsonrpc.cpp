#include "jsonrpc.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace jsonrpc {

namespace {

std::optional<qint64> replyId(const nlohmann::json &reply)
{
    const auto it = reply.find("id");
    if (it == reply.end())
        return std::nullopt;
    if (it->is_number_integer())
        return it->get<qint64>();
    // Some proxies echo numeric ids as strings.
    if (it->is_string()) {
        bool ok = false;
        const qint64 id = QString::fromStdString(it->get<std::string>()).toLongLong(&ok);
        if (ok)
            return id;
    }
    return std::nullopt;
}

Error protocolError(const QString &message)
{
    return Error {Error::Kind::Protocol, 0, message};
}

Error errorFromObject(const nlohmann::json &error)
{
    Error e;
    e.kind = Error::Kind::Rpc;
    if (error.is_object()) {
        const auto code = error.find("code");
        if (code != error.end() && code->is_number_integer())
            e.code = code->get<int>();
        const auto message = error.find("message");
        if (message != error.end() && message->is_string())
            e.message = QString::fromStdString(message->get<std::string>());
        const auto data = error.find("data");
        if (data != error.end() && data->is_string() && !data->get<std::string>().empty())
            e.message += u" ("_s + QString::fromStdString(data->get<std::string>()) + u')';
    } else if (error.is_string()) {
        e.message = QString::fromStdString(error.get<std::string>());
    }
    if (e.message.isEmpty())
        e.message = QCoreApplication::translate("JsonRpc", "error %1 without a message").arg(e.code);
    if (isNotEnabledError(e.code, e.message))
        e.kind = Error::Kind::NotEnabled;
    return e;
}

} // namespace

QString Error::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Transport:
        return u"transport"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Parse:
        return u"parse"_s;
    case Kind::Protocol:
        return u"protocol"_s;
    case Kind::Rpc:
        return u"rpc"_s;
    case Kind::NotEnabled:
        return u"not-enabled"_s;
    case Kind::Result:
        return u"result"_s;
    }
    return {};
}

QByteArray encodeRequest(qint64 id, const Call &call)
{
    const nlohmann::json request {
        {"jsonrpc", "2.0"}, {"id", id}, {"method", call.method.toStdString()}, {"params", call.params}};
    return QByteArray::fromStdString(request.dump());
}

QByteArray encodeBatch(qint64 firstId, const QList<Call> &calls)
{
    nlohmann::json batch = nlohmann::json::array();
    qint64 id = firstId;
    for (const Call &call : calls) {
        batch.push_back(
            {{"jsonrpc", "2.0"}, {"id", id++}, {"method", call.method.toStdString()}, {"params", call.params}});
    }
    return QByteArray::fromStdString(batch.dump());
}

bool isNotEnabledError(int code, const QString &message)
{
    if (code == -32601 || code == -32604)
        return true;
    return message.contains(u"not enabled"_s, Qt::CaseInsensitive)
        || message.contains(u"method not found"_s, Qt::CaseInsensitive);
}

QString methodNamespace(const QString &method)
{
    const qsizetype underscore = method.indexOf(u'_');
    return underscore > 0 ? method.left(underscore) : QString();
}

Outcome decodeReplyObject(const nlohmann::json &reply, qint64 expectedId)
{
    Outcome outcome;
    if (!reply.is_object()) {
        outcome.error = protocolError(QCoreApplication::translate("JsonRpc", "reply is not a JSON object"));
        return outcome;
    }
    const auto id = replyId(reply);
    const auto error = reply.find("error");
    if (error != reply.end() && !error->is_null()) {
        outcome.error = errorFromObject(*error);
        // An error for an unparseable request carries id null; still the error is the most useful message.
        return outcome;
    }
    if (!id || *id != expectedId) {
        outcome.error = protocolError(QCoreApplication::translate("JsonRpc", "reply id %1 does not match request id %2")
                                          .arg(id ? QString::number(*id) : u"null"_s)
                                          .arg(expectedId));
        return outcome;
    }
    const auto result = reply.find("result");
    if (result == reply.end()) {
        outcome.error = protocolError(QCoreApplication::translate("JsonRpc", "reply has neither result nor error"));
        return outcome;
    }
    outcome.result = *result;
    return outcome;
}

QList<Outcome> decodeBatchReply(const nlohmann::json &reply, qint64 firstId, int count, Error *batchError)
{
    QList<Outcome> outcomes(count);
    if (reply.is_object()) {
        // The server answered the batch as a whole: an error (batch refused, too large) or, for a batch of one, a
        // plain reply object from a server that unwraps single-element batches.
        if (count == 1 && reply.contains("result")) {
            outcomes[0] = decodeReplyObject(reply, firstId);
            return outcomes;
        }
        Error e = reply.contains("error")
            ? errorFromObject(reply["error"])
            : protocolError(QCoreApplication::translate("JsonRpc", "batch answered with a single object"));
        for (Outcome &o : outcomes)
            o.error = e;
        if (batchError)
            *batchError = e;
        return outcomes;
    }
    if (!reply.is_array()) {
        const Error e = protocolError(QCoreApplication::translate("JsonRpc", "batch reply is not a JSON array"));
        for (Outcome &o : outcomes)
            o.error = e;
        if (batchError)
            *batchError = e;
        return outcomes;
    }
    QList<bool> seen(count, false);
    for (const auto &item : reply) {
        if (!item.is_object())
            continue;
        const auto id = replyId(item);
        if (!id || *id < firstId || *id >= firstId + count)
            continue; // unknown id: the call it should answer is reported missing below
        const int index = static_cast<int>(*id - firstId);
        if (seen[index]) {
            outcomes[index].error
                = protocolError(QCoreApplication::translate("JsonRpc", "duplicate reply for request id %1").arg(*id));
            continue;
        }
        seen[index] = true;
        outcomes[index] = decodeReplyObject(item, *id);
    }
    for (int i = 0; i < count; ++i) {
        if (!seen[i]) {
            outcomes[i].error = protocolError(
                QCoreApplication::translate("JsonRpc", "no reply with request id %1 in the batch").arg(firstId + i));
        }
    }
    return outcomes;
}

} // namespace jsonrpc

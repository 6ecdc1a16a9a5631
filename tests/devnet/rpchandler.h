#pragma once

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <functional>

class Devnet;
struct DevBlock;

// Besu's JSON-RPC as one node of the devnet answers it: the node's own view (height, peers, pool), the shapes and
// field order of Besu 25.5's replies, and the node's faults (rpc-errors, rpc-garbage, permissioning off).
class RpcHandler
{
public:
    RpcHandler(Devnet *devnet, int node);

    // One HTTP body or WebSocket message in, the reply out (single or batch). Empty for a batch of notifications.
    // `subscribe` is set on WebSocket connections: it creates a newHeads subscription and returns its id.
    struct WsHooks
    {
        std::function<QByteArray(bool includeTransactions)> subscribe;
        std::function<bool(const QByteArray &id)> unsubscribe;
    };
    QByteArray handle(const QByteArray &body, const WsHooks *ws = nullptr);

    // The block as `node` holds it (its own seal set).
    static nlohmann::ordered_json receiptJson(const DevBlock &block, int index);
    static nlohmann::ordered_json blockJson(
        const Devnet &devnet, const DevBlock &block, bool fullTransactions, int node);
    static const char *clientVersion();

private:
    nlohmann::ordered_json handleOne(const nlohmann::json &request, const WsHooks *ws);
    nlohmann::ordered_json call(
        const std::string &method, const nlohmann::json &params, const WsHooks *ws, bool *found);

    Devnet *m_devnet;
    int m_node;
};

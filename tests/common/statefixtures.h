#pragma once

// A small network and its live state for the analysis, health and rule tests: four validators of four institutions
// and a boot node (4 s blocks), and every node answering JSON-RPC at once.

#include "config/inventory.h"
#include "state/networkstate.h"

#include <QSet>

namespace statefixtures {

inline NetworkConfig labNetwork()
{
    NetworkConfig n;
    n.name = QStringLiteral("lab");
    n.blockPeriodSeconds = 4;
    for (int i = 1; i <= 4; ++i) {
        NodeConfig node;
        node.name = QStringLiteral("validator0%1").arg(i);
        node.type = NodeType::Validator;
        node.institution = QStringLiteral("inst%1").arg(i);
        n.nodes.append(node);
    }
    NodeConfig boot;
    boot.name = QStringLiteral("boot01");
    boot.type = NodeType::Boot;
    n.nodes.append(boot);
    return n;
}

// Every node reports the chain's head (and is up) at `now`; the validators whose index (0-based) is in `down` refuse
// the connection.
inline void reportAll(NetworkState &state, quint64 height, const QDateTime &now, const QSet<int> &down = {})
{
    const QStringList names = state.nodeNames();
    for (const QString &name : names) {
        NodeRpcStatus s;
        s.node = name;
        s.at = now;
        const int index = name.startsWith(QLatin1String("validator")) ? name.mid(9).toInt() - 1 : -1;
        s.reachable = !down.contains(index);
        if (s.reachable) {
            s.blockNumber = height;
            s.peerCount = 5;
            s.syncing = besu::SyncStatus {};
        } else {
            s.transportError = {jsonrpc::Error::Kind::Transport, 0, QStringLiteral("refused")};
        }
        state.applyRpcStatus(s);
    }
}

} // namespace statefixtures

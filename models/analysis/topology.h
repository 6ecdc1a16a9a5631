#pragma once

#include "config/inventory.h"
#include "sources/besuparsers.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class NetworkState;

// The peer topology of the network: which inventory nodes are connected to which (from every reachable node's
// admin_peers), which expected static links are missing, partitions, nodes short of peers and validators that do
// not reach a quorum of validators directly. Pure functions of plain data, so the CLI and tests reuse them.
//
// Expected links (RBB's design; validators and writers run with static-nodes.json and discovery off):
//   1. Core full mesh: every validator and every boot, of every institution, is linked to every other one.
//   2. Satellites: a writer or an observer-boot is linked to each boot of its own institution; when its
//      institution has no boot, to each validator of its institution instead.
//   3. Observers and other node types have no expected link (observers find observer-boots by discovery).
// Prometheus nodes are not Besu nodes and are left out of the graph.
namespace analysis {

struct TopologyInputNode
{
    QString name;
    NodeType type = NodeType::Other;
    QString institution;
    QString publicKey; // 128 lowercase hex; empty when unknown
    std::optional<QList<besu::PeerInfo>> peers; // admin_peers; nullopt when the node's RPC gave none
    std::optional<int> peerCount; // net_peerCount / ethereum_peer_count, used when admin_peers is missing
};

struct TopologyInput
{
    QList<TopologyInputNode> nodes;
    int minPeers = 2; // a node with fewer peers is flagged

    // The inventory nodes of the state, with the admin_peers of every node that answered it.
    static TopologyInput fromState(const NetworkState &state, int minPeers = 2);
};

// "0x<hex>", "<hex>" or "enode://<hex>@host:port" -> 128 lowercase hex chars; empty when none of these.
QString normalizePublicKey(const QString &text);

// Which expected links the rule above gives for the nodes, as pairs of indexes (first < second).
QList<std::pair<int, int>> expectedLinks(const QList<TopologyInputNode> &nodes);

enum class TopologyNodeKind {
    Validator,
    Boot,
    Writer,
    ObserverBoot,
    Observer,
    Other,
    ObserversAggregate,
    UnknownAggregate
};
QString topologyNodeKindKey(TopologyNodeKind kind); // "validator", ..., "observers", "unknown-peers"

struct TopologyNode
{
    QString id; // inventory name; "observers@<node>" / "unknown@<node>" for aggregates
    QString label; // name, or "N observers"
    TopologyNodeKind kind = TopologyNodeKind::Other;
    QString institution; // empty for aggregates
    QString publicKey;
    QString attachedTo; // aggregates: the node whose anonymous peers they stand for
    int aggregateCount = 0; // aggregates: how many distinct peers
    bool reporting = false; // admin_peers known for this node
    int peerCount = -1; // from admin_peers, else the peer-count figure; -1 unknown
    int component = -1; // index into TopologyGraph::components; -1 when nothing is known about the node
    bool belowPeerThreshold = false;
    bool belowValidatorQuorum = false; // validators only
    int validatorLinks = 0; // validators only: present links to other validators
    QStringList missingLinks; // ids of expected but absent neighbours

    bool isAggregate() const
    {
        return kind == TopologyNodeKind::ObserversAggregate || kind == TopologyNodeKind::UnknownAggregate;
    }
};

struct TopologyEdge
{
    enum class State { Present, Missing, Unknown };
    // Who opened the connection, as the peers reported it (Besu keeps one connection per pair).
    enum class Direction { Unknown, FromA, FromB, Both };
    int a = -1; // node indexes, a < b
    int b = -1;
    State state = State::Present;
    Direction direction = Direction::Unknown;
    bool expected = false;
    bool reportedByA = false;
    bool reportedByB = false;
};

struct TopologyGraph
{
    QList<TopologyNode> nodes;
    QList<TopologyEdge> edges;
    QList<QList<int>> components; // over present links, largest first; nodes with nothing known are in none
    int minPeers = 2;
    int validatorCount = 0;
    int validatorQuorum = 0; // ceil(2N/3)
    int reportingCount = 0; // nodes whose admin_peers is known

    int indexOf(const QString &id) const;
    bool isPartitioned() const { return components.size() > 1; }
    int missingCount() const;
    // Ids of the nodes, in order: a change means the layout must be recomputed.
    QStringList nodeIds() const;
};

TopologyGraph buildTopology(const TopologyInput &input);

} // namespace analysis

#include "topology.h"

#include "chain/blockanalysis.h"

#include "state/networkstate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace analysis {

namespace {

TopologyNodeKind kindOf(NodeType type)
{
    switch (type) {
    case NodeType::Validator:
        return TopologyNodeKind::Validator;
    case NodeType::Boot:
        return TopologyNodeKind::Boot;
    case NodeType::Writer:
        return TopologyNodeKind::Writer;
    case NodeType::ObserverBoot:
        return TopologyNodeKind::ObserverBoot;
    case NodeType::Observer:
        return TopologyNodeKind::Observer;
    case NodeType::Prometheus:
    case NodeType::Other:
        break;
    }
    return TopologyNodeKind::Other;
}

bool isCore(NodeType type)
{
    return type == NodeType::Validator || type == NodeType::Boot;
}

struct EdgeKey
{
    int a;
    int b;
    bool operator<(const EdgeKey &o) const { return a != o.a ? a < o.a : b < o.b; }
};

// Records who opened a connection: `opener` is the node index that dialled.
void addDirection(TopologyEdge &edge, int opener)
{
    const TopologyEdge::Direction d
        = opener == edge.a ? TopologyEdge::Direction::FromA : TopologyEdge::Direction::FromB;
    if (edge.direction == TopologyEdge::Direction::Unknown)
        edge.direction = d;
    else if (edge.direction != d)
        edge.direction = TopologyEdge::Direction::Both;
}

} // namespace

QString normalizePublicKey(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(u"enode://"_s))
        return besu::enodePublicKey(t);
    if (t.startsWith(u"0x"_s, Qt::CaseInsensitive))
        t = t.mid(2);
    static const QRegularExpression hex(u"^[0-9a-fA-F]{128}$"_s);
    return hex.match(t).hasMatch() ? t.toLower() : QString();
}

QString topologyNodeKindKey(TopologyNodeKind kind)
{
    switch (kind) {
    case TopologyNodeKind::Validator:
        return u"validator"_s;
    case TopologyNodeKind::Boot:
        return u"boot"_s;
    case TopologyNodeKind::Writer:
        return u"writer"_s;
    case TopologyNodeKind::ObserverBoot:
        return u"observer-boot"_s;
    case TopologyNodeKind::Observer:
        return u"observer"_s;
    case TopologyNodeKind::Other:
        return u"other"_s;
    case TopologyNodeKind::ObserversAggregate:
        return u"observers"_s;
    case TopologyNodeKind::UnknownAggregate:
        return u"unknown-peers"_s;
    }
    return u"other"_s;
}

TopologyInput TopologyInput::fromState(const NetworkState &state, int minPeers)
{
    TopologyInput input;
    input.minPeers = minPeers;
    for (const QString &name : state.nodeNames()) {
        const NodeState *n = state.node(name);
        if (!n)
            continue;
        TopologyInputNode in;
        in.name = n->name;
        in.type = n->type;
        in.institution = n->institution;
        in.publicKey = normalizePublicKey(n->configuredEnode);
        if (in.publicKey.isEmpty() && n->enode.isSet())
            in.publicKey = normalizePublicKey(n->enode.value);
        if (in.publicKey.isEmpty() && n->nodeInfo.isSet())
            in.publicKey = normalizePublicKey(n->nodeInfo.value.enode);
        if (n->peerList.isSet())
            in.peers = n->peerList.value;
        if (n->peers.isSet())
            in.peerCount = n->peers.value();
        input.nodes.append(in);
    }
    return input;
}

QList<std::pair<int, int>> expectedLinks(const QList<TopologyInputNode> &nodes)
{
    QList<std::pair<int, int>> out;
    auto add = [&out](int i, int j) { out.append({qMin(i, j), qMax(i, j)}); };
    for (int i = 0; i < nodes.size(); ++i) {
        const TopologyInputNode &n = nodes.at(i);
        if (isCore(n.type)) {
            for (int j = i + 1; j < nodes.size(); ++j)
                if (isCore(nodes.at(j).type))
                    add(i, j);
        } else if (n.type == NodeType::Writer || n.type == NodeType::ObserverBoot) {
            QList<int> boots;
            QList<int> validators;
            for (int j = 0; j < nodes.size(); ++j) {
                const TopologyInputNode &m = nodes.at(j);
                if (j == i || m.institution != n.institution)
                    continue;
                if (m.type == NodeType::Boot)
                    boots.append(j);
                else if (m.type == NodeType::Validator)
                    validators.append(j);
            }
            for (int j : boots.isEmpty() ? validators : boots)
                add(i, j);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int TopologyGraph::indexOf(const QString &id) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).id == id)
            return i;
    return -1;
}

int TopologyGraph::missingCount() const
{
    return int(std::count_if(
        edges.cbegin(), edges.cend(), [](const TopologyEdge &e) { return e.state == TopologyEdge::State::Missing; }));
}

QStringList TopologyGraph::nodeIds() const
{
    QStringList ids;
    ids.reserve(nodes.size());
    for (const TopologyNode &n : nodes)
        ids.append(n.id);
    return ids;
}

TopologyGraph buildTopology(const TopologyInput &input)
{
    TopologyGraph g;
    g.minPeers = input.minPeers;

    QList<TopologyInputNode> in;
    for (const TopologyInputNode &n : input.nodes)
        if (n.type != NodeType::Prometheus)
            in.append(n);

    QHash<QString, int> byKey;
    for (int i = 0; i < in.size(); ++i) {
        const TopologyInputNode &n = in.at(i);
        TopologyNode node;
        node.id = n.name;
        node.label = n.name;
        node.kind = kindOf(n.type);
        node.institution = n.institution;
        node.publicKey = normalizePublicKey(n.publicKey);
        node.reporting = n.peers.has_value();
        node.peerCount = n.peers ? int(n.peers->size()) : n.peerCount.value_or(-1);
        if (!node.publicKey.isEmpty())
            byKey.insert(node.publicKey, i);
        g.nodes.append(node);
        if (node.reporting)
            ++g.reportingCount;
    }

    std::map<EdgeKey, TopologyEdge> edges;
    auto edgeFor = [&edges](int i, int j) -> TopologyEdge & {
        const EdgeKey key {qMin(i, j), qMax(i, j)};
        auto it = edges.find(key);
        if (it == edges.end()) {
            TopologyEdge e;
            e.a = key.a;
            e.b = key.b;
            e.state = TopologyEdge::State::Unknown;
            it = edges.emplace(key, e).first;
        }
        return it->second;
    };

    // Present links, and each reporter's anonymous peers.
    const int inventoryCount = int(in.size());
    for (int r = 0; r < inventoryCount; ++r) {
        const TopologyInputNode &n = in.at(r);
        if (!n.peers)
            continue;
        QSet<QString> anonymous;
        bool anyInbound = false;
        bool anyOutbound = false;
        for (const besu::PeerInfo &p : *n.peers) {
            QString key = normalizePublicKey(p.id);
            if (key.isEmpty())
                key = normalizePublicKey(p.enode);
            const int j = byKey.value(key, -1);
            if (j >= 0 && j != r) {
                TopologyEdge &e = edgeFor(r, j);
                e.state = TopologyEdge::State::Present;
                (r == e.a ? e.reportedByA : e.reportedByB) = true;
                if (p.inbound)
                    addDirection(e, *p.inbound ? j : r);
            } else if (j < 0) {
                anonymous.insert(key.isEmpty() ? p.enode + p.remoteAddress : key);
                if (p.inbound)
                    (*p.inbound ? anyInbound : anyOutbound) = true;
            }
        }
        if (anonymous.isEmpty())
            continue;
        const bool observers = n.type == NodeType::ObserverBoot;
        TopologyNode agg;
        agg.kind = observers ? TopologyNodeKind::ObserversAggregate : TopologyNodeKind::UnknownAggregate;
        agg.id = (observers ? u"observers@"_s : u"unknown@"_s) + n.name;
        agg.aggregateCount = int(anonymous.size());
        agg.label = observers
            ? QCoreApplication::translate("analysis::Topology", "%n observer(s)", nullptr, agg.aggregateCount)
            : QCoreApplication::translate("analysis::Topology", "%n unknown peer(s)", nullptr, agg.aggregateCount);
        agg.attachedTo = n.name;
        agg.peerCount = agg.aggregateCount;
        const int ai = int(g.nodes.size());
        g.nodes.append(agg);
        TopologyEdge &e = edgeFor(r, ai);
        e.state = TopologyEdge::State::Present;
        e.reportedByA = true;
        if (anyInbound)
            addDirection(e, ai);
        if (anyOutbound)
            addDirection(e, r);
    }

    // Expected links: missing when at least one end could have seen it, unknown otherwise.
    for (const auto &[i, j] : expectedLinks(in)) {
        TopologyEdge &e = edgeFor(i, j);
        e.expected = true;
        if (e.state == TopologyEdge::State::Present)
            continue;
        if (g.nodes.at(i).reporting || g.nodes.at(j).reporting) {
            e.state = TopologyEdge::State::Missing;
            g.nodes[i].missingLinks.append(g.nodes.at(j).id);
            g.nodes[j].missingLinks.append(g.nodes.at(i).id);
        }
    }
    for (auto &[key, e] : edges)
        g.edges.append(e);

    // Connected components over present links.
    QList<QList<int>> adjacency(g.nodes.size());
    for (const TopologyEdge &e : std::as_const(g.edges)) {
        if (e.state != TopologyEdge::State::Present)
            continue;
        adjacency[e.a].append(e.b);
        adjacency[e.b].append(e.a);
    }
    QList<bool> seen(g.nodes.size(), false);
    for (int i = 0; i < g.nodes.size(); ++i) {
        if (seen.at(i) || (!g.nodes.at(i).reporting && adjacency.at(i).isEmpty()))
            continue;
        QList<int> component {i};
        seen[i] = true;
        for (int k = 0; k < component.size(); ++k)
            for (int m : adjacency.at(component.at(k)))
                if (!seen.at(m)) {
                    seen[m] = true;
                    component.append(m);
                }
        std::sort(component.begin(), component.end());
        g.components.append(component);
    }
    std::stable_sort(g.components.begin(), g.components.end(),
        [](const QList<int> &x, const QList<int> &y) { return x.size() > y.size(); });
    for (int c = 0; c < g.components.size(); ++c)
        for (int i : g.components.at(c))
            g.nodes[i].component = c;

    // Peer threshold and validator quorum.
    QList<int> validators;
    for (int i = 0; i < g.nodes.size(); ++i)
        if (g.nodes.at(i).kind == TopologyNodeKind::Validator)
            validators.append(i);
    g.validatorCount = int(validators.size());
    g.validatorQuorum = chain::bftQuorum(g.validatorCount);
    for (int i = 0; i < g.nodes.size(); ++i) {
        TopologyNode &node = g.nodes[i];
        if (!node.isAggregate() && node.peerCount >= 0)
            node.belowPeerThreshold = node.peerCount < g.minPeers;
        if (node.kind != TopologyNodeKind::Validator)
            continue;
        QSet<int> linked;
        for (int m : adjacency.at(i))
            if (g.nodes.at(m).kind == TopologyNodeKind::Validator)
                linked.insert(m);
        node.validatorLinks = int(linked.size());
        // Only a definite shortfall is flagged: a link between two validators that both gave no admin_peers might
        // exist, so it counts as possible. A validator counts itself towards the quorum.
        int possible = node.validatorLinks;
        if (!node.reporting)
            for (int v : std::as_const(validators))
                if (v != i && !linked.contains(v) && !g.nodes.at(v).reporting)
                    ++possible;
        if (g.validatorCount > 1)
            node.belowValidatorQuorum = possible + 1 < g.validatorQuorum;
    }
    return g;
}

} // namespace analysis

#include "topologynodemodel.h"

using namespace Qt::StringLiterals;
using analysis::TopologyNode;
using analysis::TopologyNodeKind;

namespace {

bool sameRow(const TopologyNode &a, const TopologyNode &b)
{
    return a.label == b.label && a.kind == b.kind && a.institution == b.institution && a.publicKey == b.publicKey
        && a.reporting == b.reporting && a.peerCount == b.peerCount && a.component == b.component
        && a.belowPeerThreshold == b.belowPeerThreshold && a.belowValidatorQuorum == b.belowValidatorQuorum
        && a.validatorLinks == b.validatorLinks && a.missingLinks == b.missingLinks
        && a.aggregateCount == b.aggregateCount;
}

} // namespace

TopologyNodeModel::TopologyNodeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TopologyNodeModel::setGraph(const analysis::TopologyGraph &graph)
{
    if (graph.nodeIds() != m_graph.nodeIds()) {
        beginResetModel();
        m_graph = graph;
        endResetModel();
        return;
    }
    const analysis::TopologyGraph old = std::exchange(m_graph, graph);
    for (int i = 0; i < m_graph.nodes.size(); ++i)
        if (!sameRow(old.nodes.at(i), m_graph.nodes.at(i)))
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

int TopologyNodeModel::rowOf(const QString &id) const
{
    return m_graph.indexOf(id);
}

int TopologyNodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_graph.nodes.size());
}

int TopologyNodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TopologyNodeModel::kindDisplayName(TopologyNodeKind kind)
{
    switch (kind) {
    case TopologyNodeKind::Validator:
        return tr("Validator");
    case TopologyNodeKind::Boot:
        return tr("Boot");
    case TopologyNodeKind::Writer:
        return tr("Writer");
    case TopologyNodeKind::ObserverBoot:
        return tr("Observer-boot");
    case TopologyNodeKind::Observer:
        return tr("Observer");
    case TopologyNodeKind::Other:
        return tr("Other");
    case TopologyNodeKind::ObserversAggregate:
        return tr("Public observers");
    case TopologyNodeKind::UnknownAggregate:
        return tr("Peers not in the inventory");
    }
    return {};
}

QStringList TopologyNodeModel::findings(const analysis::TopologyGraph &graph, const TopologyNode &node)
{
    QStringList out;
    if (graph.isPartitioned() && node.component > 0)
        out.append(tr("isolated in partition %1 of %2").arg(node.component + 1).arg(graph.components.size()));
    if (node.belowValidatorQuorum)
        out.append(tr("linked to %1 of %2 validators, quorum needs %3")
                       .arg(node.validatorLinks + 1)
                       .arg(graph.validatorCount)
                       .arg(graph.validatorQuorum));
    if (node.belowPeerThreshold)
        out.append(tr("%n peer(s), below the minimum of %1", nullptr, node.peerCount).arg(graph.minPeers));
    if (!node.missingLinks.isEmpty())
        out.append(tr("%n expected link(s) missing", nullptr, int(node.missingLinks.size())));
    if (node.component < 0 && !node.isAggregate())
        out.append(tr("no peer information"));
    return out;
}

QVariant TopologyNodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopologyNode &n = m_graph.nodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return n.label;
        case Type:
            return kindDisplayName(n.kind);
        case Institution:
            return n.institution;
        case Peers:
            return n.peerCount >= 0 ? QVariant(n.peerCount) : QVariant(tr("unknown"));
        case Findings:
            return findings(m_graph, n).join(u"; "_s);
        case MissingLinks:
            return n.missingLinks.join(u", "_s);
        default:
            return {};
        }
    case IdRole:
        return n.id;
    case KindRole:
        return analysis::topologyNodeKindKey(n.kind);
    case ComponentRole:
        return n.component;
    case BelowPeerThresholdRole:
        return n.belowPeerThreshold;
    case BelowQuorumRole:
        return n.belowValidatorQuorum;
    case MissingLinksRole:
        return n.missingLinks;
    case PublicKeyRole:
        return n.publicKey;
    default:
        return {};
    }
}

QVariant TopologyNodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Node");
    case Type:
        return tr("Type");
    case Institution:
        return tr("Institution");
    case Peers:
        return tr("Peers");
    case Findings:
        return tr("Findings");
    case MissingLinks:
        return tr("Missing links");
    default:
        return {};
    }
}

QHash<int, QByteArray> TopologyNodeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "nodeId");
    names.insert(KindRole, "kind");
    names.insert(ComponentRole, "component");
    names.insert(BelowPeerThresholdRole, "belowPeerThreshold");
    names.insert(BelowQuorumRole, "belowQuorum");
    names.insert(MissingLinksRole, "missingLinks");
    names.insert(PublicKeyRole, "publicKey");
    return names;
}

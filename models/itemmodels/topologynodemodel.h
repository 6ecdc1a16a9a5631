#pragma once

#include "analysis/topology.h"

#include <QAbstractTableModel>

// The nodes of a topology graph as a table: one row per node (aggregates included), for the Topology page's
// search and details and for the kiosk. A view over the graph handed to it; it fetches nothing.
class TopologyNodeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Institution, Peers, Findings, MissingLinks, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, // topologyNodeKindKey
        ComponentRole,
        BelowPeerThresholdRole,
        BelowQuorumRole,
        MissingLinksRole, // QStringList
        PublicKeyRole,
    };

    explicit TopologyNodeModel(QObject *parent = nullptr);

    // Same node ids in the same order: only changed rows emit dataChanged; otherwise the model is reset.
    void setGraph(const analysis::TopologyGraph &graph);
    const analysis::TopologyGraph &graph() const { return m_graph; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Translated findings of a node ("partition 2", "2 peers (< 3)", "3/7 validators (quorum 5)"), empty if none.
    static QStringList findings(const analysis::TopologyGraph &graph, const analysis::TopologyNode &node);
    static QString kindDisplayName(analysis::TopologyNodeKind kind);

private:
    analysis::TopologyGraph m_graph;
};

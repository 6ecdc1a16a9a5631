#pragma once

#include "analysis/health.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

#include <optional>

#include "state/networkstate.h"
class QTimer;

// One row per configured node (inventory order): height, lag behind the network's tip, time since its head block,
// peers and share of the peer limit, in sync, client version, and up as reported by the Prometheus federation's
// `up` series and by JSON-RPC (both shown when they disagree). Judged by judgeNode (analysis/health.h): a figure
// older than the stale limit is unknown, whatever it last said. Rows change one at a time on nodeChanged; the lag column on new blocks; the
// time-since column every ageRefreshMs.
class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Node, Institution, Type, Up, Height, Lag, LastBlock, Peers, InSync, TxPool, Client, ColumnCount };

    explicit NodeTableModel(NetworkState *state, QObject *parent = nullptr);

    const HealthThresholds &thresholds() const { return m_thresholds; }
    void setAgeRefreshInterval(int ms); // default 1000; 0 stops the refresh

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row's verdict (the node's level over every figure).
    HealthLevel rowLevel(int row) const;

private:
    void reset();
    void onNodeChanged(const QString &node);
    void onBlocks();
    void refreshAges();
    HealthLevel level(const NodeState &node, const NodeVerdict &verdict, int column) const;
    NodeVerdict verdict(const NodeState &node) const;
    std::optional<quint64> currentTip() const;
    QString upText(const NodeState &node, const NodeVerdict &verdict) const;

    QPointer<NetworkState> m_state;
    QStringList m_names;
    HealthThresholds m_thresholds;
    QTimer *m_ageTimer;
    std::optional<quint64> m_tip;
};

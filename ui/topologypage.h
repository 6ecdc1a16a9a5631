#pragma once

#include "sources/federationprobe.h"

#include <QPointer>
#include <QWidget>

class EmptyState;
class FederationHealthWidget;
class FederationProbe;
class NetworkState;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class TopologyNodeModel;
class TopologyView;

// Peer topology of the watched network (from every reachable node's admin_peers) and the Prometheus federation
// matrix. Rebuilt from NetworkState shortly after peers change; shows an EmptyState while there is no peer data.
class TopologyPage : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyPage(NetworkState *state, QWidget *parent = nullptr);

    // Nodes with fewer peers are flagged (default 2).
    void setMinPeers(int minPeers);

    // Rebuilds now instead of after the debounce (tests, snapshot loading).
    void refresh();

    bool isShowingEmptyState() const;
    QString emptyReason() const;
    TopologyView *view() const { return m_view; }
    TopologyNodeModel *nodeModel() const { return m_model; }
    FederationHealthWidget *federation() const { return m_federation; }
    QString details() const;

private:
    void scheduleRefresh();
    void showDetails(const QString &id);
    void search();

    QPointer<NetworkState> m_state;
    int m_minPeers = 2;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    TopologyView *m_view;
    TopologyNodeModel *m_model;
    FederationHealthWidget *m_federation;
    QLineEdit *m_search;
    QSpinBox *m_minPeersBox;
    QLabel *m_summary;
    QTextBrowser *m_details;
    QTimer *m_debounce;
};

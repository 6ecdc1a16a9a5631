#pragma once

#include "analysis/topology.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QHash>
#include <QPointF>

#include <optional>

class QGraphicsScene;
class QPainter;
namespace analysis {
struct LayoutResult;
}

// The topology graph drawn with Graphviz positions: nodes coloured by institution and shaped by type, present links
// solid (arrow towards the node that accepted the connection), expected-but-missing links dashed red, findings
// (partition, few peers, validator short of quorum) as outline + badge text. Wheel zooms, drag pans, a click
// selects. Layout runs on a worker thread, only when the node set changes; known nodes keep their position.
class TopologyView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit TopologyView(QWidget *parent = nullptr);
    ~TopologyView() override;

    void setGraph(const analysis::TopologyGraph &graph);
    const analysis::TopologyGraph &graph() const { return m_graph; }
    QHash<QString, QPointF> positions() const { return m_positions; }
    bool isLayoutPending() const { return m_layoutRunning; }
    qint64 lastLayoutMs() const { return m_lastLayoutMs; }

    // Selects the node and centres the view on it; false when there is no such node.
    bool focusNode(const QString &id);
    QString selectedNode() const;
    void zoomBy(double factor);
    // Shows the whole graph; done automatically until the user zooms.
    void fitAll();

    // Shared with the legend: the symbol of a node kind in `rect`.
    static void paintNodeShape(QPainter *painter, analysis::TopologyNodeKind kind, const QRectF &rect);
    static QColor institutionColor(int index);

signals:
    void nodeSelected(const QString &id); // empty when the selection is cleared
    void layoutFinished();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void startLayout();
    void onLayoutDone();
    void rebuildScene();
    QPointF positionOf(int index) const;

    QGraphicsScene *m_scene;
    analysis::TopologyGraph m_graph;
    QHash<QString, QPointF> m_positions;
    QHash<QString, int> m_institutionIndex;
    QFutureWatcher<analysis::LayoutResult> *m_watcher;
    bool m_layoutRunning = false;
    bool m_layoutAgain = false;
    qint64 m_lastLayoutMs = -1;
    bool m_userZoomed = false;
};

// The key to the symbols of the view: shapes per node type, line styles and badges.
class TopologyLegend : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

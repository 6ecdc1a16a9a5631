#include "topologyview.h"

#include "analysis/topologylayout.h"
#include "itemmodels/topologynodemodel.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>

using namespace Qt::StringLiterals;
using analysis::TopologyEdge;
using analysis::TopologyNode;
using analysis::TopologyNodeKind;

namespace {

constexpr double kNodeSize = 30;
const QColor kMissingColor(0xc6, 0x28, 0x28);
const QColor kFindingColor(0xd8, 0x4a, 0x00);
const QColor kPartitionColor(0x6a, 0x1b, 0x9a);

QPolygonF regularPolygon(const QRectF &r, int sides, double rotation)
{
    QPolygonF p;
    for (int i = 0; i < sides; ++i) {
        const double a = rotation + 2 * M_PI * i / sides;
        p << r.center() + QPointF(r.width() / 2 * std::cos(a), r.height() / 2 * std::sin(a));
    }
    return p;
}

class NodeItem : public QGraphicsItem
{
public:
    NodeItem(const TopologyNode &node, const analysis::TopologyGraph &graph, QColor fill)
        : m_node(node)
        , m_fill(fill)
        , m_partitioned(graph.isPartitioned() && node.component > 0)
    {
        setFlag(ItemIsSelectable);
        setAcceptHoverEvents(true);
        setData(0, node.id);
        setZValue(2);
        QStringList badges;
        if (node.belowValidatorQuorum)
            badges << QCoreApplication::translate("TopologyView", "\u26A0 quorum");
        if (node.belowPeerThreshold)
            badges << QCoreApplication::translate("TopologyView", "\u26A0 %n peer(s)", nullptr, node.peerCount);
        if (m_partitioned)
            badges << QCoreApplication::translate("TopologyView", "\u2702 partition %1").arg(node.component + 1);
        if (!node.missingLinks.isEmpty())
            badges << QCoreApplication::translate("TopologyView", "%n missing", nullptr, int(node.missingLinks.size()));
        m_badge = badges.join(u'\n');
        m_badgeLines = int(badges.size());
        setToolTip(node.label + (m_badge.isEmpty() ? QString() : u"\n"_s + m_badge));
    }

    QRectF boundingRect() const override
    {
        return QRectF(-90, -kNodeSize / 2 - 9, 180, kNodeSize + 30 + 13 * m_badgeLines);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF shape(-kNodeSize / 2, -kNodeSize / 2, kNodeSize, kNodeSize);
        if (isSelected()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x19, 0x76, 0xd2, 70));
            painter->drawEllipse(shape.adjusted(-9, -9, 9, 9));
        }
        const bool flagged = m_node.belowValidatorQuorum || m_node.belowPeerThreshold;
        if (m_partitioned) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(kPartitionColor, 2.5, Qt::DashLine));
            painter->drawEllipse(shape.adjusted(-6, -6, 6, 6));
        }
        QPen outline(flagged ? kFindingColor : QColor(0x30, 0x30, 0x30), flagged ? 3.5 : 1.2);
        if (m_node.isAggregate())
            outline.setStyle(Qt::DotLine);
        painter->setPen(outline);
        painter->setBrush(m_fill);
        TopologyView::paintNodeShape(painter, m_node.kind, shape);

        QFont f = painter->font();
        f.setPointSizeF(8);
        painter->setFont(f);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(-90, kNodeSize / 2 + 1, 180, 14), Qt::AlignHCenter | Qt::AlignTop, m_node.label);
        if (!m_badge.isEmpty()) {
            f.setBold(true);
            painter->setFont(f);
            painter->setPen(m_partitioned && !flagged ? kPartitionColor : kFindingColor);
            painter->drawText(
                QRectF(-90, kNodeSize / 2 + 15, 180, 13 * m_badgeLines + 2), Qt::AlignHCenter | Qt::AlignTop, m_badge);
        }
    }

private:
    TopologyNode m_node;
    QColor m_fill;
    bool m_partitioned;
    QString m_badge;
    int m_badgeLines = 0;
};

class EdgeItem : public QGraphicsItem
{
public:
    EdgeItem(QPointF a, QPointF b, const TopologyEdge &edge)
        : m_a(a)
        , m_b(b)
        , m_edge(edge)
    {
        setZValue(edge.state == TopologyEdge::State::Missing ? 1 : 0);
        if (edge.state == TopologyEdge::State::Missing)
            setToolTip(QCoreApplication::translate("TopologyView", "Expected link missing"));
    }

    QRectF boundingRect() const override { return QRectF(m_a, m_b).normalized().adjusted(-8, -8, 8, 8); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_edge.state == TopologyEdge::State::Missing) {
            painter->setPen(QPen(kMissingColor, 2, Qt::DashLine));
            painter->drawLine(m_a, m_b);
            return;
        }
        const QColor colour(0x60, 0x60, 0x60, 170);
        painter->setPen(QPen(colour, 1.2));
        painter->drawLine(m_a, m_b);
        // An arrow at the node that accepted the connection (the dialler is the other end).
        painter->setBrush(colour);
        if (m_edge.direction == TopologyEdge::Direction::FromA || m_edge.direction == TopologyEdge::Direction::Both)
            arrow(painter, m_a, m_b);
        if (m_edge.direction == TopologyEdge::Direction::FromB || m_edge.direction == TopologyEdge::Direction::Both)
            arrow(painter, m_b, m_a);
    }

private:
    static void arrow(QPainter *painter, QPointF from, QPointF to)
    {
        const QLineF line(from, to);
        if (line.length() < kNodeSize)
            return;
        const QPointF tip = line.pointAt(1 - (kNodeSize / 2 + 2) / line.length());
        const double angle = std::atan2(from.y() - to.y(), from.x() - to.x());
        const double spread = 0.4;
        QPolygonF head;
        head << tip << tip + QPointF(9 * std::cos(angle + spread), 9 * std::sin(angle + spread))
             << tip + QPointF(9 * std::cos(angle - spread), 9 * std::sin(angle - spread));
        painter->setPen(Qt::NoPen);
        painter->drawPolygon(head);
    }

    QPointF m_a;
    QPointF m_b;
    TopologyEdge m_edge;
};

} // namespace

TopologyView::TopologyView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_watcher(new QFutureWatcher<analysis::LayoutResult>(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    connect(m_watcher, &QFutureWatcher<analysis::LayoutResult>::finished, this, &TopologyView::onLayoutDone);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] { emit nodeSelected(selectedNode()); });
}

TopologyView::~TopologyView()
{
    // The scene dies after this view and deselects its items on the way: no signal may reach the page then.
    disconnect(m_scene, nullptr, this, nullptr);
    disconnect(m_watcher, nullptr, this, nullptr);
    m_watcher->waitForFinished();
}

QColor TopologyView::institutionColor(int index)
{
    // Distinct, light enough for dark outlines and text; repeats after 12 institutions (shape and name still tell).
    static const QList<QColor> palette {QColor(0x8d, 0xd3, 0xc7), QColor(0xff, 0xff, 0xb3), QColor(0xbe, 0xba, 0xda),
        QColor(0xfb, 0x80, 0x72), QColor(0x80, 0xb1, 0xd3), QColor(0xfd, 0xb4, 0x62), QColor(0xb3, 0xde, 0x69),
        QColor(0xfc, 0xcd, 0xe5), QColor(0xd9, 0xd9, 0xd9), QColor(0xbc, 0x80, 0xbd), QColor(0xcc, 0xeb, 0xc5),
        QColor(0xff, 0xed, 0x6f)};
    return index < 0 ? QColor(0xee, 0xee, 0xee) : palette.at(index % palette.size());
}

void TopologyView::paintNodeShape(QPainter *painter, TopologyNodeKind kind, const QRectF &r)
{
    switch (kind) {
    case TopologyNodeKind::Validator:
        painter->drawPolygon(regularPolygon(r, 6, 0));
        break;
    case TopologyNodeKind::Boot:
        painter->drawRoundedRect(r.adjusted(2, 2, -2, -2), 3, 3);
        break;
    case TopologyNodeKind::Writer:
        painter->drawEllipse(r.adjusted(2, 2, -2, -2));
        break;
    case TopologyNodeKind::ObserverBoot:
        painter->drawPolygon(regularPolygon(r, 4, -M_PI / 2));
        break;
    case TopologyNodeKind::Observer:
    case TopologyNodeKind::Other:
        painter->drawEllipse(r.adjusted(7, 7, -7, -7));
        break;
    case TopologyNodeKind::ObserversAggregate: {
        // A small crowd: three overlapping circles.
        const double d = r.width() * 0.5;
        painter->drawEllipse(QRectF(r.left(), r.center().y() - d / 4, d, d));
        painter->drawEllipse(QRectF(r.right() - d, r.center().y() - d / 4, d, d));
        painter->drawEllipse(QRectF(r.center().x() - d / 2, r.top(), d, d));
        break;
    }
    case TopologyNodeKind::UnknownAggregate:
        painter->drawPolygon(regularPolygon(r, 3, -M_PI / 2));
        break;
    }
}

void TopologyView::setGraph(const analysis::TopologyGraph &graph)
{
    m_graph = graph;
    m_institutionIndex.clear();
    for (const TopologyNode &n : std::as_const(m_graph.nodes))
        if (!n.institution.isEmpty() && !m_institutionIndex.contains(n.institution))
            m_institutionIndex.insert(n.institution, int(m_institutionIndex.size()));
    if (analysis::needsLayout(m_graph.nodeIds(), m_positions))
        startLayout();
    rebuildScene();
}

void TopologyView::startLayout()
{
    if (m_layoutRunning) {
        m_layoutAgain = true;
        return;
    }
    analysis::LayoutRequest request;
    request.ids = m_graph.nodeIds();
    for (const TopologyEdge &e : std::as_const(m_graph.edges))
        if (e.state != TopologyEdge::State::Unknown)
            request.edges.append({e.a, e.b});
    for (const QString &id : std::as_const(request.ids))
        if (m_positions.contains(id))
            request.previous.insert(id, m_positions.value(id));
    m_layoutRunning = true;
    m_watcher->setFuture(QtConcurrent::run(analysis::computeLayout, request));
}

void TopologyView::onLayoutDone()
{
    m_layoutRunning = false;
    const analysis::LayoutResult result = m_watcher->result();
    if (result.ok) {
        m_positions = result.positions;
        m_lastLayoutMs = result.elapsedMs;
    }
    if (m_layoutAgain || (result.ok && analysis::needsLayout(m_graph.nodeIds(), m_positions))) {
        m_layoutAgain = false;
        startLayout();
    }
    rebuildScene();
    if (!m_userZoomed)
        fitAll();
    emit layoutFinished();
}

QPointF TopologyView::positionOf(int index) const
{
    const QString &id = m_graph.nodes.at(index).id;
    const auto it = m_positions.constFind(id);
    if (it != m_positions.cend())
        return *it;
    // Not laid out yet: next to a placed neighbour, so the drawing stays readable until the layout arrives.
    for (const TopologyEdge &e : m_graph.edges) {
        const int other = e.a == index ? e.b : e.b == index ? e.a : -1;
        if (other >= 0 && m_positions.contains(m_graph.nodes.at(other).id))
            return m_positions.value(m_graph.nodes.at(other).id) + QPointF(24, 24);
    }
    return QPointF(index % 20 * 60.0, index / 20 * 60.0);
}

void TopologyView::rebuildScene()
{
    const QString selected = selectedNode();
    const QSignalBlocker blocker(m_scene);
    m_scene->clear();
    if (m_positions.isEmpty()) // nothing meaningful to draw before the first layout
        return;
    QList<QPointF> pos;
    pos.reserve(m_graph.nodes.size());
    for (int i = 0; i < m_graph.nodes.size(); ++i)
        pos.append(positionOf(i));
    for (const TopologyEdge &e : std::as_const(m_graph.edges))
        if (e.state != TopologyEdge::State::Unknown)
            m_scene->addItem(new EdgeItem(pos.at(e.a), pos.at(e.b), e));
    for (int i = 0; i < m_graph.nodes.size(); ++i) {
        const TopologyNode &n = m_graph.nodes.at(i);
        auto *item = new NodeItem(n, m_graph, institutionColor(m_institutionIndex.value(n.institution, -1)));
        item->setPos(pos.at(i));
        m_scene->addItem(item);
        if (n.id == selected)
            item->setSelected(true);
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-200, -200, 200, 200));
}

bool TopologyView::focusNode(const QString &id)
{
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->data(0).toString() != id)
            continue;
        m_scene->clearSelection();
        item->setSelected(true);
        centerOn(item);
        return true;
    }
    return false;
}

QString TopologyView::selectedNode() const
{
    const QList<QGraphicsItem *> items = m_scene->selectedItems();
    return items.isEmpty() ? QString() : items.constFirst()->data(0).toString();
}

void TopologyView::fitAll()
{
    if (m_scene->items().isEmpty())
        return;
    fitInView(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    if (transform().m11() > 1.5) // a small graph is not blown up
        setTransform(QTransform::fromScale(1.5, 1.5));
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed)
        fitAll();
}

void TopologyView::zoomBy(double factor)
{
    m_userZoomed = true;
    const double current = transform().m11();
    if (current * factor < 0.05 || current * factor > 8)
        return;
    scale(factor, factor);
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

TopologyLegend::TopologyLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize TopologyLegend::sizeHint() const
{
    return QSize(900, 2 * fontMetrics().height() + 18);
}

void TopologyLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int h = fontMetrics().height();
    const double symbol = h + 2;
    double x = 4;
    double y = 4;
    auto advance = [&](const QString &text) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QPointF(x + symbol + 4, y + symbol / 2 + fontMetrics().ascent() / 2.0 - 1), text);
        x += symbol + 14 + fontMetrics().horizontalAdvance(text);
        if (x > width() - 160) {
            x = 4;
            y += symbol + 6;
        }
    };
    const QList<TopologyNodeKind> kinds {TopologyNodeKind::Validator, TopologyNodeKind::Boot, TopologyNodeKind::Writer,
        TopologyNodeKind::ObserverBoot, TopologyNodeKind::ObserversAggregate, TopologyNodeKind::UnknownAggregate};
    for (TopologyNodeKind kind : kinds) {
        p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
        p.setBrush(QColor(0xdd, 0xdd, 0xdd));
        TopologyView::paintNodeShape(&p, kind, QRectF(x, y, symbol, symbol));
        advance(TopologyNodeModel::kindDisplayName(kind));
    }
    p.setPen(QPen(QColor(0x60, 0x60, 0x60), 1.5));
    p.drawLine(QPointF(x, y + symbol / 2), QPointF(x + symbol, y + symbol / 2));
    advance(tr("link (arrow: accepting side)"));
    p.setPen(QPen(kMissingColor, 2, Qt::DashLine));
    p.drawLine(QPointF(x, y + symbol / 2), QPointF(x + symbol, y + symbol / 2));
    advance(tr("expected link missing"));
    p.setPen(QPen(kFindingColor, 3));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QRectF(x + 2, y + 2, symbol - 4, symbol - 4));
    advance(tr("\u26A0 few peers / validator short of quorum"));
    p.setPen(QPen(kPartitionColor, 2, Qt::DashLine));
    p.drawEllipse(QRectF(x + 2, y + 2, symbol - 4, symbol - 4));
    advance(tr("\u2702 cut off from the main partition"));
    p.setPen(palette().color(QPalette::WindowText));
    advance(tr("fill colour: institution"));
}

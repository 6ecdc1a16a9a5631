#include "topologylayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSet>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace analysis {

namespace {

// cgraph takes `char *` everywhere; these keep the buffers alive for the call.
char *cstr(QByteArray &bytes)
{
    return bytes.data();
}

void setGraphAttr(Agraph_t *g, int kind, const char *name, const char *value)
{
    QByteArray n(name);
    QByteArray v(value);
    agattr(g, kind, cstr(n), cstr(v));
}

void setNodeAttr(Agnode_t *node, const char *name, const QByteArray &value)
{
    QByteArray n(name);
    QByteArray v(value);
    QByteArray empty;
    agsafeset(node, cstr(n), cstr(v), cstr(empty));
}

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

GVC_t *context()
{
    static GVC_t *gvc = gvContext(); // lives for the process: plugins are loaded once
    return gvc;
}

// Similarity transform (rotation, uniform scale, translation) that best maps `from` onto `to` (least squares).
struct Similarity
{
    QPointF fromCentre;
    QPointF toCentre;
    double cosA = 1;
    double sinA = 0;
    double scale = 1;

    QPointF map(const QPointF &p) const
    {
        const QPointF d = p - fromCentre;
        return toCentre + QPointF(scale * (cosA * d.x() - sinA * d.y()), scale * (sinA * d.x() + cosA * d.y()));
    }
};

Similarity fit(const QList<QPointF> &from, const QList<QPointF> &to)
{
    Similarity s;
    if (from.isEmpty())
        return s;
    for (qsizetype i = 0; i < from.size(); ++i) {
        s.fromCentre += from.at(i);
        s.toCentre += to.at(i);
    }
    s.fromCentre /= double(from.size());
    s.toCentre /= double(from.size());
    if (from.size() < 2) // one anchor: translation only
        return s;
    double a = 0;
    double b = 0;
    double norm = 0;
    for (qsizetype i = 0; i < from.size(); ++i) {
        const QPointF p = from.at(i) - s.fromCentre;
        const QPointF q = to.at(i) - s.toCentre;
        a += p.x() * q.x() + p.y() * q.y();
        b += p.x() * q.y() - p.y() * q.x();
        norm += p.x() * p.x() + p.y() * p.y();
    }
    const double r = std::hypot(a, b);
    if (r <= 0 || norm <= 0)
        return s;
    s.cosA = a / r;
    s.sinA = b / r;
    s.scale = r / norm;
    return s;
}

} // namespace

bool needsLayout(const QStringList &ids, const QHash<QString, QPointF> &positions)
{
    if (ids.size() != positions.size())
        return true;
    for (const QString &id : ids)
        if (!positions.contains(id))
            return true;
    return false;
}

LayoutResult computeLayout(const LayoutRequest &request)
{
    LayoutResult result;
    QElapsedTimer timer;
    timer.start();
    const int count = int(request.ids.size());
    result.engine = !request.engine.isEmpty() ? request.engine : count > kSfdpThreshold ? u"sfdp"_s : u"neato"_s;
    if (count == 0) {
        result.ok = true;
        return result;
    }

    // Where new nodes start: the centroid of their already placed neighbours (plus a small offset so that two new
    // nodes do not coincide), or nowhere in particular when none is placed.
    QList<std::optional<QPointF>> start(count);
    QList<QList<int>> adjacency(count);
    for (const auto &[a, b] : request.edges) {
        if (a < 0 || b < 0 || a >= count || b >= count)
            continue;
        adjacency[a].append(b);
        adjacency[b].append(a);
    }
    int pinned = 0;
    for (int i = 0; i < count; ++i) {
        const auto it = request.previous.constFind(request.ids.at(i));
        if (it != request.previous.cend()) {
            start[i] = *it;
            ++pinned;
        }
    }
    for (int i = 0; i < count; ++i) {
        if (start.at(i))
            continue;
        QPointF sum;
        int placed = 0;
        for (int m : adjacency.at(i))
            if (request.previous.contains(request.ids.at(m))) {
                sum += request.previous.value(request.ids.at(m));
                ++placed;
            }
        if (placed > 0)
            start[i] = sum / placed + QPointF(18.0 * std::cos(i * 2.399), 18.0 * std::sin(i * 2.399));
    }

    const bool canPin = result.engine != u"sfdp"_s;
    {
        QMutexLocker lock(&graphvizMutex());
        GVC_t *gvc = context();
        QByteArray graphName("topology");
        Agraph_t *g = agopen(cstr(graphName), Agundirected, nullptr);
        setGraphAttr(g, AGRAPH, "inputscale", "72");
        setGraphAttr(g, AGRAPH, "overlap", result.engine == u"sfdp"_s ? "prism" : "false");
        setGraphAttr(g, AGRAPH, "splines", "false");
        setGraphAttr(g, AGRAPH, "sep", "+14");
        setGraphAttr(g, AGRAPH, "notranslate", "true");
        setGraphAttr(g, AGNODE, "shape", "circle");
        setGraphAttr(g, AGNODE, "fixedsize", "true");
        setGraphAttr(g, AGNODE, "width", "0.6");
        setGraphAttr(g, AGNODE, "height", "0.6");
        setGraphAttr(g, AGNODE, "label", "");
        setGraphAttr(g, AGEDGE, "len", "1.6");

        QList<Agnode_t *> nodes(count, nullptr);
        for (int i = 0; i < count; ++i) {
            QByteArray name = QByteArray::number(i);
            nodes[i] = agnode(g, cstr(name), 1);
            if (const auto &p = start.at(i)) {
                // Graphviz's y axis points up.
                QByteArray pos = QByteArray::number(p->x(), 'f', 2) + ',' + QByteArray::number(-p->y(), 'f', 2);
                if (canPin && request.previous.contains(request.ids.at(i)))
                    pos += '!';
                setNodeAttr(nodes.at(i), "pos", pos);
            }
        }
        for (const auto &[a, b] : request.edges)
            if (a >= 0 && b >= 0 && a < count && b < count && a != b)
                agedge(g, nodes.at(a), nodes.at(b), nullptr, 1);

        const QByteArray engine = result.engine.toLatin1();
        if (gvLayout(gvc, g, engine.constData()) != 0) {
            result.error = QCoreApplication::translate("analysis::TopologyLayout",
                "Graphviz %1 could not lay out "
                "the graph of %2 nodes")
                               .arg(result.engine)
                               .arg(count);
            agclose(g);
            return result;
        }
        for (int i = 0; i < count; ++i) {
            const pointf c = ND_coord(nodes.at(i));
            result.positions.insert(request.ids.at(i), QPointF(c.x, -c.y));
        }
        gvFreeLayout(gvc, g);
        agclose(g);
    }

    // Align the new layout on the nodes placed before, then put those back exactly where they were.
    if (pinned > 0) {
        QList<QPointF> from;
        QList<QPointF> to;
        for (auto it = request.previous.cbegin(); it != request.previous.cend(); ++it)
            if (result.positions.contains(it.key())) {
                from.append(result.positions.value(it.key()));
                to.append(*it);
            }
        const Similarity s = fit(from, to);
        for (auto it = result.positions.begin(); it != result.positions.end(); ++it) {
            const auto prev = request.previous.constFind(it.key());
            *it = prev != request.previous.cend() ? *prev : s.map(*it);
        }
    }
    result.ok = true;
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace analysis

// Topology analysis and Graphviz layout of a generated 500-node network (100 in quick mode). Targets: layout and
// stable re-layout <= 1 s each (judged in optimised builds); an old node moving on re-layout is a failure always.
#include "benchreport.h"

#include "analysis/topology.h"
#include "analysis/topologylayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>

using namespace analysis;
using namespace Qt::StringLiterals;

namespace {

QString key(int i)
{
    return QString::number(0x1000 + i, 16).repeated(32).left(128);
}

// 25 institutions with 2 validators and 1 boot each (a 75-node core mesh); the rest are writers and observer-boots
// linked to their institution's boot, which also sees some anonymous observers.
TopologyInput generate(int total)
{
    TopologyInput input;
    const int institutions = 25;
    for (int i = 0; i < total; ++i) {
        TopologyInputNode n;
        const int inst = i % institutions;
        const int rank = i / institutions;
        n.institution = u"inst%1"_s.arg(inst);
        n.type = rank < 2 ? NodeType::Validator
            : rank == 2   ? NodeType::Boot
            : rank % 2    ? NodeType::Writer
                          : NodeType::ObserverBoot;
        n.name = u"%1-%2"_s.arg(nodeTypeKey(n.type)).arg(i);
        n.publicKey = key(i);
        input.nodes.append(n);
    }
    const QList<std::pair<int, int>> expected = expectedLinks(input.nodes);
    QList<QList<besu::PeerInfo>> peers(total);
    for (const auto &[a, b] : expected) {
        besu::PeerInfo pa;
        pa.id = u"0x"_s + key(b);
        pa.inbound = false;
        peers[a].append(pa);
        besu::PeerInfo pb;
        pb.id = u"0x"_s + key(a);
        pb.inbound = true;
        peers[b].append(pb);
    }
    for (int i = 0; i < total; ++i) {
        if (input.nodes.at(i).type == NodeType::ObserverBoot)
            for (int k = 0; k < 5; ++k) {
                besu::PeerInfo anon;
                anon.id = u"0x"_s + key(100000 + i * 10 + k);
                anon.inbound = true;
                peers[i].append(anon);
            }
        input.nodes[i].peers = peers.at(i);
    }
    return input;
}

LayoutRequest requestFor(const TopologyGraph &g)
{
    LayoutRequest r;
    r.ids = g.nodeIds();
    for (const TopologyEdge &e : g.edges)
        r.edges.append({e.a, e.b});
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::Report report("topology");
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : bench::quick() ? 100 : 500;
    const TopologyInput input = generate(total);

    QElapsedTimer t;
    t.start();
    const TopologyGraph graph = buildTopology(input);
    report.info("build",
        u"buildTopology: %1 nodes (25 institutions), %2 edges from admin_peers"_s.arg(graph.nodes.size())
            .arg(graph.edges.size()),
        double(t.nsecsElapsed()) / 1e6, "ms");

    QHash<QString, QPointF> positions;
    for (const QString &engine : {u""_s, u"neato"_s, u"fdp"_s, u"sfdp"_s}) {
        LayoutRequest request = requestFor(graph);
        request.engine = engine;
        t.restart();
        const LayoutResult r = computeLayout(request);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!r.ok) {
            report.runFailed("layout", u"Graphviz layout with %1 failed"_s.arg(engine.isEmpty() ? u"auto"_s : engine));
            continue;
        }
        if (engine.isEmpty()) {
            positions = r.positions;
            report.figure("layout",
                u"Graphviz layout of %1 nodes, engine chosen automatically (%2), cold"_s.arg(total).arg(r.engine), ms,
                "ms", bench::Goal::AtMost, 1000);
        } else {
            report.info(qPrintable(u"layout_"_s + engine),
                u"Graphviz layout of %1 nodes with %2"_s.arg(total).arg(engine), ms, "ms");
        }
    }

    // Stable re-layout: one node more; every old node must stay where it was.
    TopologyInput more = input;
    TopologyInputNode extra;
    extra.name = u"writer-extra"_s;
    extra.type = NodeType::Writer;
    extra.institution = u"inst0"_s;
    extra.publicKey = key(99999);
    more.nodes.append(extra);
    LayoutRequest request = requestFor(buildTopology(more));
    request.previous = positions;
    t.restart();
    const LayoutResult r = computeLayout(request);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    double moved = 0;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        moved = std::max(
            moved, std::hypot(r.positions.value(it.key()).x() - it->x(), r.positions.value(it.key()).y() - it->y()));
    if (!r.ok || moved > 0.01)
        report.runFailed("relayout", u"re-layout failed or moved an old node by %1 pt"_s.arg(moved));
    report.figure("relayout",
        u"re-layout after one node joins %1 (%2), old nodes pinned (largest move %3 pt)"_s.arg(total).arg(r.engine).arg(
            moved),
        ms, "ms", bench::Goal::AtMost, 1000);
    return report.exitCode();
}

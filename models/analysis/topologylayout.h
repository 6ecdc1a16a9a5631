#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

// Graph layout for the topology page with Graphviz (cgraph + gvc), meant to run off the GUI thread. Layouts are
// stable: nodes that already have a position keep it exactly (they are pinned for neato and the new layout is
// aligned on them), and new nodes start next to their placed neighbours.
namespace analysis {

struct LayoutRequest
{
    QStringList ids;
    QList<std::pair<int, int>> edges; // indexes into ids
    QHash<QString, QPointF> previous; // scene coordinates (points, y down) of nodes laid out before
    QString engine; // "neato", "fdp" or "sfdp"; empty: neato up to kSfdpThreshold nodes, sfdp above
};

struct LayoutResult
{
    bool ok = false;
    QString error;
    QString engine;
    qint64 elapsedMs = 0;
    QHash<QString, QPointF> positions; // scene coordinates (points, y down)
};

inline constexpr int kSfdpThreshold = 200;

// True when `ids` differs from the nodes that have positions: only then is a new layout needed.
bool needsLayout(const QStringList &ids, const QHash<QString, QPointF> &positions);

// Thread-safe (Graphviz keeps global state, so calls are serialised).
LayoutResult computeLayout(const LayoutRequest &request);

} // namespace analysis

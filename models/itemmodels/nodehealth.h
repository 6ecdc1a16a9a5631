#pragma once

#include "config/inventory.h"
#include "state/statedata.h"

#include <QDateTime>
#include <Qt>

// How healthy a node's figures are, judged against thresholds scaled to the network's block period, and the item
// roles the block and node models share so that one delegate can present them (colour plus a text marker: colour
// never carries meaning alone).

enum class Severity { Unknown, Ok, Warning, Critical };

namespace ItemRoles {
enum : int {
    Severity = Qt::UserRole + 1, // int(Severity) of the cell (or of the row in column 0)
    Sort, // raw value to sort on (numbers as qint64/double, text as QString)
    Key, // the row's identity: block number (quint64) or node name (QString)
};
}

// The marker that goes with a severity in cell texts: "" / "⚠ " / "✖ " / "? ".
QString severityMarker(Severity severity);
Severity worst(Severity a, Severity b);

// Scaled thresholds. With P the block period and S the node-status poll interval (seconds):
// - lag behind the tip: warning above max(2, ceil(S / P)) blocks (two nodes polled S apart may differ by S/P blocks),
//   critical above max(5, ceil(slowIntervalSeconds / P)) blocks (more than the 30 s SLA interval of production);
// - time since the node's head block: warning above max(3 P, fastIntervalSeconds) + S, critical above
//   max(8 P, slowIntervalSeconds) + S (the figure itself may be up to S old). At RBB's 4 s / 5 s: 17 s and 37 s;
// - peers: critical at 0, warning at or above 90% of the peer limit (new connections get refused);
// - a figure older than 3 S is stale (shown, with a warning).
struct NodeThresholds
{
    quint64 lagWarningBlocks = 2;
    quint64 lagCriticalBlocks = 8;
    double headAgeWarningSeconds = 17;
    double headAgeCriticalSeconds = 37;
    double peerShareWarning = 0.9;
    double staleSeconds = 15;

    static NodeThresholds forNetwork(const NetworkConfig &network);

    Severity lag(quint64 blocksBehind) const;
    Severity headAge(double seconds) const;
    Severity peers(int peers, int limit) const; // limit <= 0: unknown
    Severity up(const Figure<bool> &up) const; // down from any source is critical
    Severity inSync(const Figure<bool> &syncing) const; // syncing: warning
    bool stale(qint64 ageMs) const { return ageMs >= 0 && static_cast<double>(ageMs) > staleSeconds * 1000; }
};

#pragma once

#include "analysis/health.h"
#include "config/inventory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

#include <functional>

class Monitor;
class NetworkState;
class QTextStream;

// `sentinela-cli status`: one collection pass over every source of the network, then a table (or JSON) of the nodes
// and the sources' health. Exit codes follow the Nagios convention: 3 (UNKNOWN) for configuration and usage errors.
enum StatusExitCode { StatusOk = 0, StatusWarning = 1, StatusCritical = 2, StatusUnknown = 3 };

struct StatusVerdict
{
    StatusExitCode code = StatusOk;
    QStringList problems; // translated, one line each, worst first
};

// The exit code and problem lines of a network verdict (judgeNetwork, the same function the GUI's Overview and status
// bar call): ok 0, warning 1, critical 2, unknown 3 (nothing fresh at all). A figure older than
// staleAfterSeconds(network) is unknown, never "up" or "N blocks behind"; the chain is halted when its head has
// certainly not moved for longer than the chain-halt limit (HealthThresholds::blockAgeCriticalSeconds).
StatusVerdict judgeStatus(const NetworkVerdict &verdict);
StatusVerdict judgeStatus(NetworkState &state, const QDateTime &now);
StatusExitCode exitCodeOf(HealthLevel level);

// One collection pass of `monitor` over `network` (every source, and over RPC the newest block, or the
// `historyBlocks` newest, `withUsage` with their transactions and receipts), then the seal analysis: an event loop
// until done or timeoutMs. False when
// the deadline came first (what arrived stays in the state). Needs a QCoreApplication.
bool collectOnce(Monitor &monitor, const NetworkConfig &network, int timeoutMs, int historyBlocks = 0,
    bool withUsage = false);

// A section a library above this one adds to the report from the pass's own state (the incident rules: this library
// cannot depend on them): text lines before the verdict, and one key of the JSON document.
struct StatusSection
{
    QString heading; // translated; no section printed when empty and there are no lines
    QStringList lines;
    QString jsonKey;
    QJsonArray json;
};
using StatusExtension = std::function<StatusSection(NetworkState &state, const QDateTime &now)>;

// Runs the pass (event loop until every source answered or timeoutMs), prints to `out` (diagnostics to `err`) and
// returns the exit code. A pass that times out still judges and prints what it has, the tip's age included.
// Must be called with a QCoreApplication alive.
int runStatusCommand(const NetworkConfig &network, bool json, QTextStream &out, QTextStream &err, int timeoutMs,
    const StatusExtension &extension = {});

#pragma once

#include "config/inventory.h"

#include <QStringList>

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

// Judges a state after a pass, at the state's clock. `tipBlockAgeMs` is the age of the newest block (-1 when unknown,
// see tipBlockAgeMs()). A figure older than staleAfterSeconds(network) is unknown, not "up" or "N blocks behind".
// Warning: a node down, unknown or lagging more than max(5 blocks, 30 s of blocks) behind the tip, a source degraded
// or down, the tip's age unknown, quorum undecidable because validators are unknown.
// Critical: no node answered with fresh data, the newest block older than health.blockAgeCriticalSeconds (default
// max(60 s, 10 block periods)), fewer validators up than the quorum ceil(2N/3) even counting the unknown ones as up,
// every Prometheus endpoint down.
StatusVerdict judgeStatus(const NetworkState &state, qint64 tipBlockAgeMs);

// Runs the pass (event loop until every source answered or timeoutMs), prints to `out` (diagnostics to `err`) and
// returns the exit code. A pass that times out still judges and prints what it has, the tip's age included.
// Must be called with a QCoreApplication alive.
int runStatusCommand(const NetworkConfig &network, bool json, QTextStream &out, QTextStream &err, int timeoutMs);

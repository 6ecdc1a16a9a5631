#pragma once

#include <QByteArray>

class Devnet;

// The node's /metrics page in the Prometheus text format, with Besu 25.5's metric names (see
// shared/reference/besu-metrics.md): chain, sync, peers, tx pool, permissioning (only while it is on),
// QBFT P2P message counters, process and JVM.
QByteArray metricsText(const Devnet &devnet, int node);

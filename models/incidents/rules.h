#pragma once

#include "analysis/federationhealth.h"
#include "analysis/health.h"
#include "analysis/sla.h"
#include "config/inventory.h"
#include "incidents/incident.h"
#include "state/statedata.h"

#include <QDateTime>
#include <QList>

#include <optional>

class NetworkState;

// The incident rules of issue 10 §1: pure evaluation of plain values, no I/O, cheap enough to run every second on the
// GUI thread. Each rule reads the one health vocabulary (judgeNetwork's verdict, HealthThresholds) and gives the
// conditions that hold now as Detections; the RuleTracker turns them into incidents with hysteresis.
//
// Every figure is judged net of its age: a rule whose figures are stale gives a Detection with level Unknown that
// names the path it rests on ("rpc", "prometheus"...), never a raised condition. A halt is judged only on the tip's
// known stall (TipVerdict::knownStallMs), so a level 2 holding 15-20 s old heads of a healthy chain is not a halt.
struct RuleInput
{
    NetworkConfig network;
    NetworkVerdict verdict; // judgeNetwork(network, nodes, ...) at `now`
    QList<NodeState> nodes; // inventory order
    std::optional<analysis::SlaReport> sla; // the month so far; none: the interval budget is not judged
    std::optional<analysis::FederationMatrix> federation; // none or no endpoint: monitoring-blind is not judged
    AlertmanagerAlerts alerts;
    // Transactions in the blocks of the last `transactionWindowMs` (-1 unknown): flat permissioning counters while
    // transactions flow mean permissioning is off.
    int recentTransactions = -1;
    qint64 transactionWindowMs = 0;
    QDateTime now;
};

// How long a slowly polled fact (permissioning, allow-lists, peer lists: PollingConfig::signerMetricsMs) stays usable.
qint64 slowFactFreshMs(const NetworkConfig &network);
// How long the permissioning counters must stay flat, with transactions flowing, to mean permissioning is off.
qint64 permissioningFlatMs(const NetworkConfig &network);

// Builds the input from a live state (verdict, SLA of the held blocks, federation matrix, alerts) at `now`. The month's
// SLA is the costly part (every held block); `withSla` false leaves it out for a caller that refreshes it less often.
RuleInput ruleInput(NetworkState &state, const QDateTime &now, bool withSla = true);
// The month's SLA of the held blocks alone (what ruleInput adds with `withSla`); none without blocks.
std::optional<analysis::SlaReport> monthSlaOfHeldBlocks(NetworkState &state, const QDateTime &now);

// Every rule (disabled ones included: the tracker drops them), in Rules::all() order.
QList<Detection> evaluateRules(const RuleInput &in);
QList<Detection> evaluateRules(NetworkState &state, const QDateTime &now);

// Single rules, for tests and for callers that want one.
namespace rules {
QList<Detection> chainHalted(const RuleInput &in);
QList<Detection> quorum(const RuleInput &in); // quorum-lost or fault-margin-zero
QList<Detection> intervalBudget(const RuleInput &in);
QList<Detection> validators(const RuleInput &in); // validator-down, validator-out-of-consensus
QList<Detection> nodeDisconnected(const RuleInput &in);
QList<Detection> nodeLagging(const RuleInput &in);
QList<Detection> permissioning(const RuleInput &in); // permissioning-off, observer-boot-accepts-transactions
QList<Detection> monitoringBlind(const RuleInput &in);
QList<Detection> observerAccess(const RuleInput &in);
QList<Detection> alertmanager(const RuleInput &in);
// The month's interval budget burn rate: the share of intervals at or over the fast (10 s) limit divided by the share
// the SLA allows; above 1 the month's allowance is being spent faster than the month allows.
double burnRate(int intervals, int withinLimit, double requiredShare);
} // namespace rules

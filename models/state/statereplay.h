#pragma once

#include "sources/federationprobe.h"
#include "sources/sourcehealth.h"
#include "changelog.h"
#include "statedata.h"
#include "usage/usageledger.h"

#include <QHash>
#include <QList>
#include <QMap>

// Offline review: what an opened snapshot holds about its window (the histories), and the state at one moment of
// it. A time cursor is this filter: a pure function of the histories and the moment, which NetworkState::present
// then shows. Only what the histories record can go back in time; any other figure observed after the moment was
// not known then and is absent (unknown), never its later value.
struct StateHistory
{
    QDateTime capturedAt; // the state as captured is the state at this moment
    QList<NodeState> nodes; // as captured
    QHash<QString, QList<NodeSample>> samples; // by node, ascending in time
    // By node, ascending: the level-2 readings (absent from snapshots made before they were kept: the captured level-2
    // figures are then shown only from their own time on).
    QHash<QString, QList<PrometheusSample>> prometheusSamples;
    qint64 scrapeMs = 15000; // the level-1 scrape interval (permissioningChecksOf)
    QList<BlockRecord> blocks; // ascending by number
    QMap<quint64, QStringList> validators; // first block -> set in force from it
    QList<FederationProbeReply> federation;
    // Recorded when they changed (NetworkState::histories); each log is empty in snapshots made before it was kept:
    // the captured fact is then shown only from its own time on (from the capture for health and votes, which carry
    // no time of their own).
    ChangeHistories changes;
    qint64 federationProbeMs = 15000; // the probe's interval (federationProbeIntervalMs)
    qint64 federationFreshMs = 20000; // federatedSampleFreshMs
    qint64 alertsPollMs = 5000; // alertmanagerPollMs
    qint64 signerMetricsPollMs = 60000; // slowPollMs
    PromRangeHistory intervalHistory;
    // As captured: the sources' health, the nodes' pending votes, the Alertmanager alerts (with their poll's time),
    // the latest signer metrics reply (with its own) and the usage ledger (its blocks' times).
    QMap<QString, SourceHealth> health;
    QMap<QString, besu::PendingVotes> pendingVotes;
    AlertmanagerAlerts alerts;
    SignerMetricsRecord signerMetrics;
    std::optional<UsageLedger> usage;
};

struct StateMoment
{
    QDateTime at;
    QList<NodeState> nodes; // in the history's order
    QHash<QString, qsizetype> sampleCount; // by node: the first N samples are at or before `at`
    qsizetype blockCount = 0; // the first N blocks of the history have a timestamp at or before `at`
    QMap<quint64, QStringList> validators;
    QList<FederationProbeReply> federation; // the latest reply of each endpoint at or before `at` (federationAt)
    PromRangeHistory intervalHistory; // the range series cut at `at`
    QMap<QString, SourceHealth> health; // healthAt
    QMap<QString, besu::PendingVotes> pendingVotes; // pendingVotesAt
    AlertmanagerAlerts alerts; // alertsAt
    SignerMetricsRecord signerMetrics; // signerMetricsAt
    qint64 usageBeforeSec = 0; // the usage ledger shows block time before this (usageAt)
    int usageBlockCount = 0; // how many of its blocks that leaves
};

namespace replay {

StateMoment stateAt(const StateHistory &history, const QDateTime &at);

// A node at `at`: observations made after it are forgotten; its height, peer count and reachability come back as
// the latest chart sample at or before `at` (a sample is a JSON-RPC poll that answered), its head time from the held
// block at that height. Its identity (client version, chain id, enode, node info) stays as captured: it is not judged
// by age and does not change within a window.
NodeState nodeAt(
    const NodeState &captured, const QList<NodeSample> &samples, const QList<BlockRecord> &blocks, const QDateTime &at);
// How many of `samples` (ascending) are at or before `at`.
qsizetype samplesUpTo(const QList<NodeSample> &samples, const QDateTime &at);
// How many of `blocks` (ascending) have a timestamp at or before `at`: the chain as it stood then.
qsizetype blocksUpTo(const QList<BlockRecord> &blocks, const QDateTime &at);
PromRangeHistory rangeAt(const PromRangeHistory &history, const QDateTime &at);
// A node's level-2 figures at `at` from its readings (NetworkState::prometheusSamples), as the live state held them:
// each from the latest reading at or before `at` that had it; the permissioning counters and when they last rose
// likewise (`roseBefore`, the captured rise, when they did not change over the readings). None before the first.
void prometheusAt(NodeState &node, const QList<PrometheusSample> &readings, qint64 scrapeMs,
    const QDateTime &roseBefore, const QDateTime &at);
// A node's peer list at `at`: the captured one from its time on; before, the recorded list in force then, observed
// last by the latest answered poll at or before `at` within its run (each poll asks admin_peers); unknown before
// the first record (or, without records, before the captured list).
Observation<QList<besu::PeerInfo>> peerListAt(const Observation<QList<besu::PeerInfo>> &captured,
    const QList<PeerListChange> &recorded, const QList<NodeSample> &samples, const QDateTime &at);
// The federation replies at `at`: each endpoint's captured reply from its time on; before, the recorded answers in
// force then, given again by the latest probe of their run at or before `at` (every `probeMs` from its start;
// FederationProbe::repeatedAt with `freshMs`).
QList<FederationProbeReply> federationAt(const QList<FederationProbeReply> &captured,
    const QHash<QString, QList<FederationChange>> &recorded, qint64 probeMs, qint64 freshMs, const QDateTime &at);
// Each source's health at `at`: the captured one from the capture on; before, the recorded state in force then. Its
// last good reply: within a run that kept answering, the run's newest one up to `at`; otherwise the one before the
// run. A source without a record then is absent (not known).
QMap<QString, SourceHealth> healthAt(const QMap<QString, SourceHealth> &captured,
    const QHash<QString, QList<HealthChange>> &recorded, const QDateTime &capturedAt, const QDateTime &at);
// Each node's pending votes at `at`: the captured ones from the capture on; before, the recorded ones in force then.
QMap<QString, besu::PendingVotes> pendingVotesAt(const QMap<QString, besu::PendingVotes> &captured,
    const QHash<QString, QList<VotesChange>> &recorded, const QDateTime &capturedAt, const QDateTime &at);
// The Alertmanager alerts at `at`: the captured ones from the capture on; before, the recorded ones in force then,
// answered by the latest poll of their run (every `pollMs`), or, for a run of failed polls, with that error and the
// last answer's time. Without records: the captured alerts from their poll's time on (error only at the capture).
AlertmanagerAlerts alertsAt(const AlertmanagerAlerts &captured, const QList<AlertsChange> &recorded, qint64 pollMs,
    const QDateTime &capturedAt, const QDateTime &at);
// The signer metrics reply at `at`: the captured one from its time on; before, the recorded one in force then, given
// again by the latest slow poll of its run (every `pollMs`). None (invalid `at`) before the first.
SignerMetricsRecord signerMetricsAt(
    const SignerMetricsRecord &captured, const QList<SignerMetricsChange> &recorded, qint64 pollMs, const QDateTime &at);
// The usage ledger as it stood at `at`: whole buckets that end by then (a bucket cannot be split, so the last few
// seconds before `at` wait for their bucket's end) and their blocks; usageCut gives the bound for `at`.
qint64 usageCut(const UsageLedger &ledger, const QDateTime &at);
UsageLedger usageAt(const UsageLedger &ledger, qint64 beforeSec);
// Stepping a block at a time: the moment that hides the newest block shown at `at` (the time of the block before
// it), and the moment that shows the next one (its time); nullopt at either end of the history.
std::optional<QDateTime> previousBlockTime(const QList<BlockRecord> &blocks, const QDateTime &at);
std::optional<QDateTime> nextBlockTime(const QList<BlockRecord> &blocks, const QDateTime &at);
// Whether two states of one node rest on the same observations (showing one instead of the other changes nothing).
bool sameObservations(const NodeState &a, const NodeState &b);

} // namespace replay

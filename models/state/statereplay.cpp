#include "statereplay.h"

#include <algorithm>
#include <limits>

namespace replay {

namespace {

qint64 blockMs(const BlockRecord &b)
{
    return static_cast<qint64>(b.header.timestamp) * 1000;
}

template<typename T> void forgetAfter(Observation<T> &o, const QDateTime &at)
{
    if (o.isSet() && o.at > at)
        o = {};
}

template<typename T> bool sameFigure(const Figure<T> &a, const Figure<T> &b)
{
    return a.rpc.at == b.rpc.at && a.prometheus.at == b.prometheus.at;
}

} // namespace

qsizetype samplesUpTo(const QList<NodeSample> &samples, const QDateTime &at)
{
    const auto end = std::partition_point(
        samples.cbegin(), samples.cend(), [&at](const NodeSample &s) { return s.at <= at; });
    return end - samples.cbegin();
}

qsizetype blocksUpTo(const QList<BlockRecord> &blocks, const QDateTime &at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    const auto end
        = std::partition_point(blocks.cbegin(), blocks.cend(), [ms](const BlockRecord &b) { return blockMs(b) <= ms; });
    return end - blocks.cbegin();
}

NodeState nodeAt(
    const NodeState &captured, const QList<NodeSample> &samples, const QList<BlockRecord> &blocks, const QDateTime &at)
{
    NodeState n = captured;
    // JSON-RPC figures: a poll after `at` gives way to the latest poll before it (the samples): reachability from the
    // latest poll, height and peers from the latest one that answered.
    const qsizetype count = samplesUpTo(samples, at);
    const NodeSample *latest = count > 0 ? &samples.at(count - 1) : nullptr;
    const NodeSample *answered = nullptr;
    for (qsizetype i = count - 1; i >= 0 && !answered; --i) {
        if (samples.at(i).up)
            answered = &samples.at(i);
    }
    if (n.up.rpc.isSet() && n.up.rpc.at > at) {
        n.up.rpc = latest ? Observation<bool> {latest->up, latest->at} : Observation<bool> {};
        if (!latest || latest->up || captured.up.rpc.value)
            n.lastRpcError.clear(); // the captured error is the one of the captured (failed) poll
    }
    if (n.height.rpc.isSet() && n.height.rpc.at > at)
        n.height.rpc = answered ? Observation<quint64> {answered->height, answered->at} : Observation<quint64> {};
    if (n.peers.rpc.isSet() && n.peers.rpc.at > at) {
        n.peers.rpc = answered && answered->peers >= 0 ? Observation<int> {answered->peers, answered->at}
                                                      : Observation<int> {};
    }
    if (n.headTime.rpc.isSet() && n.headTime.rpc.at > at) {
        n.headTime.rpc = {};
        if (answered) {
            const auto it = std::lower_bound(blocks.cbegin(), blocks.cend(), answered->height,
                [](const BlockRecord &b, quint64 number) { return b.number() < number; });
            if (it != blocks.cend() && it->number() == answered->height && blockMs(*it) <= at.toMSecsSinceEpoch())
                n.headTime.rpc = {QDateTime::fromMSecsSinceEpoch(blockMs(*it), Qt::UTC), answered->at};
        }
    }
    if (n.syncing.rpc.isSet() && n.syncing.rpc.at > at)
        n.syncing.rpc = answered ? Observation<bool> {answered->syncing, answered->at} : Observation<bool> {};
    forgetAfter(n.peerLimit.rpc, at);

    // Level-2 figures have no per-node history in the state: after `at` they were not known yet.
    forgetAfter(n.height.prometheus, at);
    forgetAfter(n.peers.prometheus, at);
    forgetAfter(n.peerLimit.prometheus, at);
    forgetAfter(n.syncing.prometheus, at);
    forgetAfter(n.up.prometheus, at);
    forgetAfter(n.headTime.prometheus, at);

    forgetAfter(n.sync, at);
    forgetAfter(n.peerList, at);
    forgetAfter(n.txPool, at);
    forgetAfter(n.accountsAllowlist, at);
    forgetAfter(n.nodesAllowlist, at);
    forgetAfter(n.accountsAllowlistError, at);
    forgetAfter(n.accountRulesAddress, at);
    forgetAfter(n.permissioningChecks, at);
    if (n.permissioningChecksRoseAt.isValid() && n.permissioningChecksRoseAt > at)
        n.permissioningChecksRoseAt = {};
    return n;
}

void prometheusAt(NodeState &n, const QList<PrometheusSample> &readings, qint64 scrapeMs,
    const QDateTime &roseBefore, const QDateTime &at)
{
    using P = PrometheusSample;
    n.height.prometheus = {};
    n.peers.prometheus = {};
    n.peerLimit.prometheus = {};
    n.syncing.prometheus = {};
    n.up.prometheus = {};
    n.headTime.prometheus = {};
    n.permissioningChecks = {};
    n.permissioningChecksRoseAt = {};
    const qint64 ms = at.toMSecsSinceEpoch();
    const auto end = std::partition_point(
        readings.cbegin(), readings.cend(), [ms](const P &r) { return r.atMs <= ms; });
    // The permissioning counters of a reading that carries them (as NetworkState::applyPrometheus maps them).
    const auto checksOf = [scrapeMs](const P &r) -> std::optional<Observation<std::optional<double>>> {
        if (!r.has(P::PermissioningChecks) && !r.permissioningQueried)
            return std::nullopt;
        const std::optional<double> checks = permissioningChecksOf(r.figures(), scrapeMs);
        const QDateTime when = checks ? r.at(P::PermissioningChecks) : r.has(P::Up) ? r.at(P::Up) : r.at();
        return Observation<std::optional<double>> {checks, when};
    };
    std::optional<Observation<std::optional<double>>> newest;
    for (auto it = end; it != readings.cbegin();) {
        const P &r = *--it;
        const auto take = [&r](P::Figure f, auto &observation, auto value) {
            if (!observation.isSet() && r.has(f))
                observation = {value, r.at(f)};
        };
        take(P::Height, n.height.prometheus, r.height);
        take(P::Peers, n.peers.prometheus, int(r.peers));
        take(P::PeerLimit, n.peerLimit.prometheus, int(r.peerLimit));
        take(P::InSync, n.syncing.prometheus, !r.inSync);
        take(P::Up, n.up.prometheus, r.up);
        take(P::HeadTime, n.headTime.prometheus, QDateTime::fromMSecsSinceEpoch(r.headTimeMs, Qt::UTC));
        if (const auto checks = checksOf(r)) {
            if (!n.permissioningChecks.isSet())
                n.permissioningChecks = *checks;
            // The newest counters read (they may have vanished since: their rise stays) and the start of their run:
            // the reading before it had none or other ones.
            const bool rose = n.permissioningChecksRoseAt.isValid();
            if (!rose && !newest) {
                if (checks->value)
                    newest = checks;
            } else if (!rose && (!checks->value || *checks->value != *newest->value)) {
                n.permissioningChecksRoseAt = newest->at;
            } else if (!rose) {
                newest = checks;
            }
        }
    }
    if (newest && !n.permissioningChecksRoseAt.isValid())
        n.permissioningChecksRoseAt = roseBefore.isValid() && roseBefore <= newest->at ? roseBefore : newest->at;
}

Observation<QList<besu::PeerInfo>> peerListAt(const Observation<QList<besu::PeerInfo>> &captured,
    const QList<PeerListChange> &recorded, const QList<NodeSample> &samples, const QDateTime &at)
{
    if (captured.isSet() && captured.at <= at)
        return captured;
    const PeerListChange *e = changelog::inForce(recorded, at);
    if (!e)
        return {};
    QDateTime seen = e->lastSeen;
    if (seen > at) {
        seen = e->since;
        for (qsizetype i = samplesUpTo(samples, at) - 1; i >= 0; --i) {
            if (samples.at(i).up) {
                seen = std::max(seen, samples.at(i).at);
                break;
            }
        }
    }
    return {e->value, seen};
}

QList<FederationProbeReply> federationAt(const QList<FederationProbeReply> &captured,
    const QHash<QString, QList<FederationChange>> &recorded, qint64 probeMs, qint64 freshMs, const QDateTime &at)
{
    // Every recorded endpoint has a captured reply: the state keeps the latest of each.
    QList<FederationProbeReply> out;
    for (const FederationProbeReply &r : captured) {
        const auto log = recorded.constFind(r.endpoint);
        if (r.at.isValid() && r.at <= at) {
            out.append(r);
        } else if (const FederationChange *e = log == recorded.cend() ? nullptr : changelog::inForce(*log, at)) {
            out.append(FederationProbe::repeatedAt(e->value, changelog::observedBy(*e, at, probeMs), freshMs));
        }
    }
    return out;
}

QMap<QString, SourceHealth> healthAt(const QMap<QString, SourceHealth> &captured,
    const QHash<QString, QList<HealthChange>> &recorded, const QDateTime &capturedAt, const QDateTime &at)
{
    if (!capturedAt.isValid() || at >= capturedAt)
        return captured;
    QMap<QString, SourceHealth> out;
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        const HealthChange *e = changelog::inForce(it.value(), at);
        if (!e)
            continue;
        SourceHealth h = e->value;
        // A lastGood newer than the run's start: good replies kept coming through it, the last one by `at` no later
        // than `at`; an older one is where the source stopped answering, the same throughout.
        if (h.lastGood.isValid() && h.lastGood > e->since)
            h.lastGood = std::min(h.lastGood, at);
        out.insert(it.key(), h);
    }
    return out;
}

QMap<QString, besu::PendingVotes> pendingVotesAt(const QMap<QString, besu::PendingVotes> &captured,
    const QHash<QString, QList<VotesChange>> &recorded, const QDateTime &capturedAt, const QDateTime &at)
{
    if (!capturedAt.isValid() || at >= capturedAt)
        return captured;
    QMap<QString, besu::PendingVotes> out;
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (const VotesChange *e = changelog::inForce(it.value(), at))
            out.insert(it.key(), e->value);
    }
    return out;
}

AlertmanagerAlerts alertsAt(const AlertmanagerAlerts &captured, const QList<AlertsChange> &recorded, qint64 pollMs,
    const QDateTime &capturedAt, const QDateTime &at)
{
    const bool atCapture = !capturedAt.isValid() || at >= capturedAt;
    if (atCapture)
        return captured;
    if (recorded.isEmpty()) {
        // A failed poll keeps the alerts of the last one that answered (NetworkState::setAlertmanagerAlerts); its
        // error has no time of its own.
        if (!captured.at.isValid() || captured.at > at)
            return {};
        AlertmanagerAlerts out = captured;
        out.error.clear();
        return out;
    }
    const AlertsChange *e = changelog::inForce(recorded, at);
    if (!e)
        return {};
    AlertmanagerAlerts out = e->value;
    if (out.error.isEmpty())
        out.at = changelog::observedBy(*e, at, pollMs);
    return out;
}

SignerMetricsRecord signerMetricsAt(
    const SignerMetricsRecord &captured, const QList<SignerMetricsChange> &recorded, qint64 pollMs, const QDateTime &at)
{
    if (captured.at.isValid() && captured.at <= at)
        return captured;
    const SignerMetricsChange *e = changelog::inForce(recorded, at);
    if (!e)
        return {};
    SignerMetricsRecord out = e->value;
    out.at = changelog::observedBy(*e, at, pollMs);
    return out;
}

PromRangeHistory rangeAt(const PromRangeHistory &history, const QDateTime &at)
{
    PromRangeHistory out = history;
    const qint64 ms = at.toMSecsSinceEpoch();
    if (out.toMs > ms)
        out.toMs = std::max(out.fromMs, ms);
    if (out.at.isValid() && out.at > at)
        out.at = at;
    for (PromQueryResult &r : out.results) {
        for (PromSeries &s : r.series) {
            const auto end = std::partition_point(
                s.samples.cbegin(), s.samples.cend(), [ms](const PromSample &p) { return p.timestampMs <= ms; });
            s.samples.resize(end - s.samples.cbegin());
        }
        r.series.removeIf([](const PromSeries &s) { return s.samples.isEmpty(); });
    }
    return out;
}

qint64 usageCut(const UsageLedger &ledger, const QDateTime &at)
{
    // Block times are whole seconds: a block at `at`'s second is known, so the bound is the next second, rounded down
    // to a bucket boundary.
    const qint64 next = at.toSecsSinceEpoch() + 1;
    const qint64 b = ledger.bucketSeconds();
    return next - ((next % b) + b) % b;
}

UsageLedger usageAt(const UsageLedger &ledger, qint64 beforeSec)
{
    UsageLedger out = ledger;
    out.keepBefore(beforeSec);
    return out;
}

StateMoment stateAt(const StateHistory &history, const QDateTime &at)
{
    StateMoment m;
    m.at = at.toUTC();
    m.blockCount = blocksUpTo(history.blocks, m.at);
    for (const NodeState &captured : history.nodes) {
        const QList<NodeSample> samples = history.samples.value(captured.name);
        m.sampleCount.insert(captured.name, samplesUpTo(samples, m.at));
        NodeState n = nodeAt(captured, samples, history.blocks, m.at);
        const auto readings = history.prometheusSamples.constFind(captured.name);
        if (readings != history.prometheusSamples.cend() && !readings->isEmpty() && history.capturedAt.isValid()
            && m.at < history.capturedAt)
            prometheusAt(n, *readings, history.scrapeMs, captured.permissioningChecksRoseAt, m.at);
        n.peerList = peerListAt(captured.peerList, history.changes.peers.value(captured.name), samples, m.at);
        m.nodes.append(n);
    }
    // The validator sets in force up to the newest block shown; the first one (in force when the window began) stays.
    const std::optional<quint64> newest
        = m.blockCount > 0 ? std::optional<quint64>(history.blocks.at(m.blockCount - 1).number()) : std::nullopt;
    for (auto it = history.validators.cbegin(); it != history.validators.cend(); ++it) {
        if (it == history.validators.cbegin() || (newest && it.key() <= *newest))
            m.validators.insert(it.key(), it.value());
    }
    m.federation = federationAt(
        history.federation, history.changes.federation, history.federationProbeMs, history.federationFreshMs, m.at);
    m.intervalHistory = rangeAt(history.intervalHistory, m.at);

    m.health = healthAt(history.health, history.changes.health, history.capturedAt, m.at);
    m.pendingVotes = pendingVotesAt(history.pendingVotes, history.changes.votes, history.capturedAt, m.at);
    m.alerts = alertsAt(history.alerts, history.changes.alerts, history.alertsPollMs, history.capturedAt, m.at);
    m.signerMetrics
        = signerMetricsAt(history.signerMetrics, history.changes.signerMetrics, history.signerMetricsPollMs, m.at);
    const bool atCapture = !history.capturedAt.isValid() || m.at >= history.capturedAt;
    if (history.usage) {
        // At the capture the ledger is as it was then, its newest bucket unfinished.
        m.usageBeforeSec = atCapture ? std::numeric_limits<qint64>::max() : usageCut(*history.usage, m.at);
        const auto &times = history.usage->blockTimes();
        m.usageBlockCount = int(std::count_if(
            times.cbegin(), times.cend(), [&m](const auto &b) { return b.second < m.usageBeforeSec; }));
    }
    return m;
}

std::optional<QDateTime> previousBlockTime(const QList<BlockRecord> &blocks, const QDateTime &at)
{
    const qsizetype shown = blocksUpTo(blocks, at);
    if (shown <= 0)
        return std::nullopt;
    const qint64 newestMs = blockMs(blocks.at(shown - 1));
    for (qsizetype i = shown - 2; i >= 0; --i) {
        if (blockMs(blocks.at(i)) < newestMs)
            return QDateTime::fromMSecsSinceEpoch(blockMs(blocks.at(i)), Qt::UTC);
    }
    return std::nullopt;
}

std::optional<QDateTime> nextBlockTime(const QList<BlockRecord> &blocks, const QDateTime &at)
{
    const qsizetype shown = blocksUpTo(blocks, at);
    if (shown >= blocks.size())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(blockMs(blocks.at(shown)), Qt::UTC);
}

bool sameObservations(const NodeState &a, const NodeState &b)
{
    return sameFigure(a.height, b.height) && sameFigure(a.peers, b.peers) && sameFigure(a.peerLimit, b.peerLimit)
        && sameFigure(a.syncing, b.syncing) && sameFigure(a.up, b.up) && sameFigure(a.headTime, b.headTime)
        && a.sync.at == b.sync.at && a.peerList.at == b.peerList.at && a.txPool.at == b.txPool.at
        && a.accountsAllowlist.at == b.accountsAllowlist.at && a.nodesAllowlist.at == b.nodesAllowlist.at
        && a.accountsAllowlistError.at == b.accountsAllowlistError.at
        && a.accountRulesAddress.at == b.accountRulesAddress.at && a.permissioningChecks.at == b.permissioningChecks.at
        && a.permissioningChecksRoseAt == b.permissioningChecksRoseAt && a.lastRpcError == b.lastRpcError
        && a.clientVersion.at == b.clientVersion.at && a.enode.at == b.enode.at;
}

} // namespace replay

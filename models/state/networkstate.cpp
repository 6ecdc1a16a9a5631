#include "networkstate.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

QString figureSourceKey(FigureSource source)
{
    switch (source) {
    case FigureSource::None:
        return u"none"_s;
    case FigureSource::Rpc:
        return u"rpc"_s;
    case FigureSource::Prometheus:
        return u"prometheus"_s;
    }
    return {};
}

PrometheusSample PrometheusSample::of(const PrometheusNodeFigures &f, const QDateTime &fallback)
{
    PrometheusSample s;
    const QDateTime at = f.at.isValid() ? f.at : fallback;
    s.atMs = at.toMSecsSinceEpoch();
    auto keep = [&s, &at](Figure figure, bool present, const QDateTime &own) {
        if (present) // a sample from the future (another clock) counts as fresh
            s.ageMs[figure] = own.isValid() ? qint32(std::clamp<qint64>(own.msecsTo(at), 0, std::numeric_limits<qint32>::max())) : 0;
    };
    keep(Height, f.height.has_value(), f.heightAt);
    s.height = f.height.value_or(0);
    keep(Peers, f.peers.has_value(), f.peersAt);
    s.peers = f.peers.value_or(0);
    keep(PeerLimit, f.peerLimit.has_value(), f.peerLimitAt);
    s.peerLimit = f.peerLimit.value_or(0);
    keep(InSync, f.inSync.has_value(), f.inSyncAt);
    s.inSync = f.inSync.value_or(false);
    keep(Up, f.up.has_value(), f.upAt);
    s.up = f.up.value_or(false);
    keep(HeadTime, f.headTime.has_value(), f.headTimeAt);
    s.headTimeMs = f.headTime ? f.headTime->toMSecsSinceEpoch() : 0;
    keep(PermissioningChecks, f.permissioningChecks.has_value(), f.permissioningChecksAt);
    s.permissioningChecks = f.permissioningChecks.value_or(0);
    s.permissioningQueried = f.permissioningQueried;
    return s;
}

PrometheusNodeFigures PrometheusSample::figures() const
{
    PrometheusNodeFigures f;
    f.at = at();
    if (has(Height)) {
        f.height = height;
        f.heightAt = at(Height);
    }
    if (has(Peers)) {
        f.peers = peers;
        f.peersAt = at(Peers);
    }
    if (has(PeerLimit)) {
        f.peerLimit = peerLimit;
        f.peerLimitAt = at(PeerLimit);
    }
    if (has(InSync)) {
        f.inSync = inSync;
        f.inSyncAt = at(InSync);
    }
    if (has(Up)) {
        f.up = up;
        f.upAt = at(Up);
    }
    if (has(HeadTime)) {
        f.headTime = QDateTime::fromMSecsSinceEpoch(headTimeMs, Qt::UTC);
        f.headTimeAt = at(HeadTime);
    }
    if (has(PermissioningChecks)) {
        f.permissioningChecks = permissioningChecks;
        f.permissioningChecksAt = at(PermissioningChecks);
    }
    f.permissioningQueried = permissioningQueried;
    return f;
}

std::optional<double> permissioningChecksOf(const PrometheusNodeFigures &f, qint64 scrapeMs)
{
    const bool vanished = f.permissioningChecks && f.up && *f.up && f.upAt.isValid()
        && f.permissioningChecksAt.isValid() && f.permissioningChecksAt.msecsTo(f.upAt) > 2 * scrapeMs + 1000;
    return vanished ? std::nullopt : f.permissioningChecks;
}

namespace {

// What the status bar shows of a source: a change in any of it is worth healthChanged.
bool sameHealthShown(const SourceHealth &a, const SourceHealth &b)
{
    return a.state == b.state && a.lastError == b.lastError && a.detail == b.detail && a.lastGood == b.lastGood;
}

} // namespace

NetworkState::NetworkState(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
}

NetworkState::~NetworkState() = default;

void NetworkState::configure(const NetworkConfig &network)
{
    clear();
    m_network = network;
    m_blockCapacity = network.historyBlocks();
    m_historyMs = qint64(network.polling.historyHours) * 3600000;
    m_sampleCapacity = qMax(100, sampleCapacityFor(m_historyMs));
    for (const NodeConfig &n : network.nodes) {
        NodeState s;
        s.name = n.name;
        s.type = n.type;
        s.institution = n.institution;
        s.address = n.address.toLower();
        s.configuredEnode = n.enode;
        m_order.append(n.name);
        m_nodes.insert(n.name, s);
        m_samples.insert(n.name, RingBuffer<NodeSample>(m_sampleCapacity));
        m_promSamples.insert(n.name, RingBuffer<PrometheusSample>(prometheusCapacity()));
    }
    m_usage.configure(network.usage.bucketSeconds, qint64(network.polling.historyHours) * 3600);
    m_accounts.configure(network);
    emit configured();
}

void NetworkState::clear()
{
    const auto lo = lowestBlock();
    const auto hi = highestBlock();
    m_order.clear();
    m_nodes.clear();
    m_samples.clear();
    m_promSamples.clear();
    m_blocks.clear();
    m_validators.clear();
    m_pendingVotes.clear();
    m_signerMetrics = {};
    m_health.clear();
    m_federation.clear();
    m_histories = {};
    m_intervalHistory = {};
    m_alerts = {};
    m_usage.clear();
    m_accounts.clear();
    m_usageAt = {};
    m_replaying = false;
    if (lo && hi)
        emit blocksRemoved(*lo, *hi);
}

void NetworkState::addTransactions(const QList<usage::BlockTransactions> &blocks)
{
    bool added = false;
    for (const usage::BlockTransactions &b : blocks)
        added = m_usage.addBlock(b) || added;
    m_usageAt = m_clock->now().toUTC();
    if (added)
        emit usageChanged();
}

void NetworkState::setAccountAnswer(const QString &address, const AccountDirectory::ContractAnswer &answer)
{
    m_accounts.setContractAnswer(address, answer);
    emit accountsChanged();
}

void NetworkState::restoreUsage(const UsageLedger &ledger, const QHash<QString, AccountDirectory::ContractAnswer> &answers)
{
    m_usage = ledger;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        m_accounts.setContractAnswer(it.key(), it.value());
    emit usageChanged();
    emit accountsChanged();
}

const NodeState *NetworkState::node(const QString &name) const
{
    const auto it = m_nodes.constFind(name);
    return it == m_nodes.constEnd() ? nullptr : &it.value();
}

NodeState *NetworkState::mutableNode(const QString &name)
{
    const auto it = m_nodes.find(name);
    return it == m_nodes.end() ? nullptr : &it.value();
}

QList<NodeState> NetworkState::nodes() const
{
    QList<NodeState> out;
    for (const QString &name : m_order)
        out.append(m_nodes.value(name));
    return out;
}

QList<NodeSample> NetworkState::samples(const QString &node) const
{
    const auto it = m_samples.constFind(node);
    return it == m_samples.constEnd() ? QList<NodeSample> {} : it->toList();
}

std::optional<quint64> NetworkState::tip() const
{
    std::optional<quint64> best = highestBlock();
    for (const NodeState &n : m_nodes) {
        if (n.height.isSet() && (!best || n.height.value() > *best))
            best = n.height.value();
    }
    return best;
}

void NetworkState::addSample(NodeState &node, bool up)
{
    auto it = m_samples.find(node.name);
    if (it == m_samples.end())
        return;
    it->append({m_clock->now().toUTC(), node.height.value(), up && node.peers.isSet() ? node.peers.value() : -1, up,
        node.syncing.rpc.isSet() && node.syncing.rpc.value});
}

void NetworkState::updateHeadTime(NodeState &node)
{
    if (!node.height.isSet())
        return;
    if (const BlockRecord *b = block(node.height.value())) {
        node.headTime.rpc
            = {QDateTime::fromSecsSinceEpoch(static_cast<qint64>(b->header.timestamp), Qt::UTC), node.height.at()};
    }
}

void NetworkState::applyRpcStatus(const NodeRpcStatus &s)
{
    NodeState *n = mutableNode(s.node);
    if (!n)
        return;
    const QDateTime at = s.at.isValid() ? s.at : m_clock->now().toUTC();
    n->up.rpc = {s.reachable, at};
    if (!s.reachable) {
        n->lastRpcError = s.transportError.message;
        addSample(*n, false);
        emit nodeChanged(s.node);
        return;
    }
    n->lastRpcError.clear();
    if (s.blockNumber)
        n->height.rpc = {*s.blockNumber, at};
    if (s.peerCount)
        n->peers.rpc = {*s.peerCount, at};
    if (s.syncing) {
        n->syncing.rpc = {s.syncing->syncing, at};
        n->sync = {*s.syncing, at};
    }
    if (s.clientVersion)
        n->clientVersion = {*s.clientVersion, at};
    if (s.chainId)
        n->chainId = {*s.chainId, at};
    if (s.txPool)
        n->txPool = {*s.txPool, at};
    n->disabledNamespaces = s.disabledNamespaces;
    updateHeadTime(*n);
    addSample(*n);
    bool peersDiffer = false;
    if (s.peers) {
        peersDiffer = n->peerList.value != *s.peers;
        n->peerList = {*s.peers, at};
        recordPeers(s.node, *s.peers, at);
    }
    if (s.pendingVotes) {
        if (!m_replaying) {
            QList<VotesChange> &log = m_histories.votes[s.node];
            changelog::record(log, *s.pendingVotes, at, std::equal_to<besu::PendingVotes>());
            changelog::prune(log, historyCutoff(), pollCapacity(m_network.polling.nodeStatusMs));
        }
        // An empty answer is kept too: the node was asked and has no vote pending (not: unknown).
        if (!m_pendingVotes.contains(s.node) || m_pendingVotes.value(s.node) != *s.pendingVotes) {
            m_pendingVotes.insert(s.node, *s.pendingVotes);
            emit pendingVotesChanged(s.node);
        }
    }
    emit nodeChanged(s.node);
    if (peersDiffer)
        emit peersChanged(s.node);
    if (s.validators) {
        const auto block = s.validatorsBlock ? s.validatorsBlock : s.blockNumber;
        if (block)
            setValidators(*block, *s.validators);
    }
}

void NetworkState::applyRpcSlowStatus(const NodeRpcSlowStatus &s)
{
    NodeState *n = mutableNode(s.node);
    if (!n || !s.reachable)
        return;
    const QDateTime at = s.at.isValid() ? s.at : m_clock->now().toUTC();
    if (s.nodeInfo) {
        n->nodeInfo = {*s.nodeInfo, at};
        n->enode = {s.nodeInfo->enode, at};
    }
    if (s.enode)
        n->enode = {*s.enode, at};
    if (s.accountsAllowlist) {
        n->accountsAllowlist = {*s.accountsAllowlist, at};
        n->accountsAllowlistError = {};
    } else if (const auto e = s.errors.constFind(u"perm_getAccountsAllowlist"_s); e != s.errors.cend()) {
        n->accountsAllowlistError = {e->message.isEmpty() ? QString::number(e->code) : e->message, at};
    }
    if (s.accountRulesAddress)
        n->accountRulesAddress = {*s.accountRulesAddress, at};
    if (s.nodesAllowlist)
        n->nodesAllowlist = {*s.nodesAllowlist, at};
    emit nodeChanged(s.node);
    if (s.signerMetrics) {
        m_signerMetrics = {s.node, at, s.signerMetricsFrom, *s.signerMetrics};
        if (!m_replaying) {
            // The same reply again (no block proposed since, the same window) is no change.
            changelog::record(m_histories.signerMetrics, m_signerMetrics, at,
                [](const SignerMetricsRecord &a, const SignerMetricsRecord &b) {
                    return a.node == b.node && a.fromBlock == b.fromBlock && a.metrics == b.metrics;
                });
            changelog::prune(m_histories.signerMetrics, historyCutoff(), pollCapacity(slowPollMs(m_network.polling)));
        }
        emit signerMetricsChanged();
    }
}

void NetworkState::applyPrometheus(const QString &name, const PrometheusNodeFigures &f)
{
    NodeState *n = mutableNode(name);
    if (!n)
        return;
    const QDateTime at = f.at.isValid() ? f.at : m_clock->now().toUTC();
    auto when = [&at](const QDateTime &own) { return own.isValid() ? own : at; };
    if (f.height)
        n->height.prometheus = {*f.height, when(f.heightAt)};
    if (f.peers)
        n->peers.prometheus = {*f.peers, when(f.peersAt)};
    if (f.peerLimit)
        n->peerLimit.prometheus = {*f.peerLimit, when(f.peerLimitAt)};
    if (f.inSync)
        n->syncing.prometheus = {!*f.inSync, when(f.inSyncAt)};
    if (f.up)
        n->up.prometheus = {*f.up, when(f.upAt)};
    if (f.headTime)
        n->headTime.prometheus = {*f.headTime, when(f.headTimeAt)};
    if (f.permissioningChecks || f.permissioningQueried) {
        const std::optional<double> before = n->permissioningChecks.isSet() ? n->permissioningChecks.value : std::nullopt;
        // Counters that vanished (Besu stopped exporting them) are absent now, not merely stale.
        const std::optional<double> checks
            = permissioningChecksOf(f, qint64(m_network.federation.scrapeIntervalSeconds * 1000));
        const QDateTime checksAt = checks ? when(f.permissioningChecksAt) : when(f.upAt);
        n->permissioningChecks = {checks, checksAt};
        // The first reading starts the clock; a reset counter (restart) counts as rising.
        if (checks && (!before || *checks != *before || !n->permissioningChecksRoseAt.isValid()))
            n->permissioningChecksRoseAt = checksAt;
    }
    if (!m_replaying) {
        if (auto ring = m_promSamples.find(name); ring != m_promSamples.end())
            ring->append(PrometheusSample::of(f, at));
    }
    updateHeadTime(*n);
    emit nodeChanged(name);
}

void NetworkState::applyHead(const QString &name, const chain::BlockHeader &head, const QDateTime &at)
{
    NodeState *n = mutableNode(name);
    if (!n)
        return;
    // A head below the known height is old news (part of a backfill); after a reset chain the next poll corrects it.
    if (n->height.rpc.isSet() && head.number < n->height.rpc.value)
        return;
    n->height.rpc = {head.number, at};
    n->up.rpc = {true, at};
    n->headTime.rpc = {QDateTime::fromSecsSinceEpoch(static_cast<qint64>(head.timestamp), Qt::UTC), at};
    emit nodeChanged(name);
}

void NetworkState::markRpcUnreachable(const QString &name, const QString &error, const QDateTime &at)
{
    NodeState *n = mutableNode(name);
    if (!n)
        return;
    n->up.rpc = {false, at};
    n->lastRpcError = error;
    addSample(*n, false);
    emit nodeChanged(name);
}

// ---- Blocks -----------------------------------------------------------------------------------------------------

std::optional<quint64> NetworkState::lowestBlock() const
{
    return m_blocks.empty() ? std::nullopt : std::optional<quint64>(m_blocks.begin()->first);
}

std::optional<quint64> NetworkState::highestBlock() const
{
    return m_blocks.empty() ? std::nullopt : std::optional<quint64>(m_blocks.rbegin()->first);
}

const BlockRecord *NetworkState::block(quint64 number) const
{
    const auto it = m_blocks.find(number);
    return it == m_blocks.end() ? nullptr : &it->second;
}

QList<BlockRecord> NetworkState::blocks(quint64 from, quint64 to) const
{
    QList<BlockRecord> out;
    for (auto it = m_blocks.lower_bound(from); it != m_blocks.end() && it->first <= to; ++it)
        out.append(it->second);
    return out;
}

QList<std::pair<quint64, quint64>> NetworkState::gaps() const
{
    QList<std::pair<quint64, quint64>> out;
    std::optional<quint64> previous;
    for (const auto &[number, record] : m_blocks) {
        if (previous && number > *previous + 1)
            out.append({*previous + 1, number - 1});
        previous = number;
    }
    return out;
}

void NetworkState::dropBlocksFrom(quint64 number)
{
    const auto hi = highestBlock();
    if (!hi || *hi < number)
        return;
    const quint64 first = qMax(number, m_blocks.begin()->first);
    m_blocks.erase(m_blocks.lower_bound(number), m_blocks.end());
    // A reset chain reuses numbers: the usage is counted again from the blocks that follow (rare; QBFT is final). A time
    // cursor hiding blocks is no reset: present() cuts the usage to the moment itself.
    if (const auto usageHi = m_usage.highestBlock(); !m_replaying && usageHi && *usageHi >= number) {
        m_usage.clear();
        emit usageChanged();
    }
    emit blocksRemoved(first, *hi);
}

void NetworkState::addBlocks(const QList<chain::BlockHeader> &incoming, const QString &fromNode)
{
    if (incoming.isEmpty() || m_blockCapacity <= 0)
        return;
    QList<chain::BlockHeader> sorted = incoming;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.number < b.number; });
    const QDateTime now = m_clock->now().toUTC();
    std::optional<quint64> first;
    std::optional<quint64> last;
    for (const chain::BlockHeader &h : sorted) {
        const auto existing = m_blocks.find(h.number);
        if (existing != m_blocks.end()) {
            if (existing->second.header.hash == h.hash)
                continue;
            dropBlocksFrom(h.number); // a different block at a held height: everything above is stale too
        } else if (static_cast<int>(m_blocks.size()) >= m_blockCapacity && h.number < m_blocks.begin()->first) {
            continue; // older than the window
        }
        m_blocks.emplace(h.number, BlockRecord {h, now, fromNode});
        if (!first || h.number < *first)
            first = h.number;
        if (!last || h.number > *last)
            last = h.number;
        emit blockAdded(h.number);
    }
    evict();
    if (first && last) {
        // Nodes whose head is among the new blocks get its timestamp.
        for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
            if (it->height.isSet() && it->height.value() >= *first && it->height.value() <= *last) {
                updateHeadTime(*it);
                emit nodeChanged(it.key());
            }
        }
        emit blocksAdded(*first, *last);
    }
}

void NetworkState::evict()
{
    if (static_cast<int>(m_blocks.size()) <= m_blockCapacity)
        return;
    const quint64 firstGone = m_blocks.begin()->first;
    quint64 lastGone = firstGone;
    while (static_cast<int>(m_blocks.size()) > m_blockCapacity) {
        lastGone = m_blocks.begin()->first;
        m_blocks.erase(m_blocks.begin());
    }
    emit blocksRemoved(firstGone, lastGone);
}

void NetworkState::setBlockCapacity(int blocks)
{
    m_blockCapacity = qMax(1, blocks);
    evict();
}

int NetworkState::sampleCapacityFor(qint64 ms) const
{
    // Sub-second polls (tests, the accelerated devnet) are counted as one a second: a day of them stays bounded.
    const int statusMs = qMax(1000, m_network.polling.nodeStatusMs);
    return qMax(1, static_cast<int>(std::ceil(double(ms) / statusMs)));
}

void NetworkState::setHistoryWindow(qint64 ms)
{
    m_historyMs = qMax<qint64>(1000, ms);
    m_sampleCapacity = sampleCapacityFor(m_historyMs);
    for (auto &ring : m_samples)
        ring.setCapacity(m_sampleCapacity);
    for (auto &ring : m_promSamples)
        ring.setCapacity(prometheusCapacity());
    pruneHistories();
}

// ---- Validators -------------------------------------------------------------------------------------------------

QStringList NetworkState::validatorsAt(quint64 block) const
{
    auto it = m_validators.upperBound(block);
    if (it == m_validators.constBegin())
        return {};
    --it;
    return it.value();
}

QStringList NetworkState::currentValidators() const
{
    return m_validators.isEmpty() ? QStringList {} : m_validators.last();
}

void NetworkState::setValidators(quint64 block, QStringList validators)
{
    for (QString &v : validators)
        v = v.toLower();
    validators.sort();
    if (validatorsAt(block) == validators && m_validators.contains(block))
        return;
    const auto next = m_validators.upperBound(block);
    const bool sameAsBefore = validatorsAt(block) == validators;
    if (sameAsBefore) {
        // Nothing new at this block; a later entry equal to this set is now redundant.
        if (next != m_validators.end() && next.value() == validators) {
            const quint64 key = next.key();
            m_validators.remove(key);
            emit validatorsChanged(key);
        }
        return;
    }
    m_validators.insert(block, validators);
    // Bound the history: keep changes within the block window (and always the newest one).
    while (m_validators.size() > 1) {
        const auto lo = lowestBlock();
        const auto second = std::next(m_validators.begin());
        if (!lo || second.key() > *lo)
            break;
        m_validators.erase(m_validators.begin());
    }
    emit validatorsChanged(block);
}

// ---- Health -----------------------------------------------------------------------------------------------------

void NetworkState::setHealth(const QString &sourceId, const SourceHealth &health)
{
    const auto it = m_health.constFind(sourceId);
    if (it != m_health.constEnd() && sameHealthShown(*it, health))
        return;
    m_health.insert(sourceId, health);
    if (!m_replaying) {
        QList<HealthChange> &log = m_histories.health[sourceId];
        // A newer good reply is no change: the run keeps the newest lastGood (replay::healthAt).
        const bool added = changelog::record(log, health, m_clock->now().toUTC(),
            [](const SourceHealth &a, const SourceHealth &b) {
                return a.state == b.state && a.lastError == b.lastError && a.detail == b.detail && a.source == b.source
                    && a.endpoint == b.endpoint;
            });
        if (!added)
            log.last().value.lastGood = health.lastGood;
        const PollingConfig &p = m_network.polling;
        changelog::prune(log, historyCutoff(), pollCapacity(std::min(p.nodeStatusMs, p.prometheusMs)));
    }
    emit healthChanged(sourceId);
}

void NetworkState::applyFederationReply(const FederationProbeReply &reply)
{
    m_federation.insert(reply.endpoint, reply);
    if (!m_replaying && reply.at.isValid()) {
        const qint64 freshMs = federatedSampleFreshMs(m_network);
        QList<FederationChange> &log = m_histories.federation[reply.endpoint];
        // The series' labels (most of a reply's memory) shared with the entry before when they are the same: a day of
        // answers that change at every probe keeps one copy of them.
        FederationProbeReply kept = reply;
        if (!log.isEmpty() && log.constLast().value.results.size() == kept.results.size()) {
            for (qsizetype q = 0; q < kept.results.size(); ++q) {
                const QList<PromSeries> &before = log.constLast().value.results.at(q).series;
                QList<PromSeries> &series = kept.results[q].series;
                for (qsizetype i = 0; i < series.size() && i < before.size(); ++i) {
                    if (series.at(i).labels == before.at(i).labels)
                        series[i].labels = before.at(i).labels;
                }
            }
        }
        changelog::record(
            log, kept, reply.at, [freshMs](const FederationProbeReply &a, const FederationProbeReply &b) {
                return FederationProbe::sameAnswers(a, b, freshMs);
            });
        changelog::prune(log, historyCutoff(), pollCapacity(federationProbeIntervalMs(m_network)));
    }
    emit federationChanged(reply.endpoint);
}

QDateTime NetworkState::historyCutoff() const
{
    return m_clock->now().toUTC().addMSecs(-m_historyMs);
}

int NetworkState::prometheusCapacity() const
{
    return int(pollCapacity(m_network.polling.prometheusMs));
}

qsizetype NetworkState::pollCapacity(int intervalMs) const
{
    return qsizetype(std::ceil(double(m_historyMs) / qMax(1000, intervalMs))) + 1;
}

void NetworkState::pruneHistories()
{
    const QDateTime cutoff = historyCutoff();
    const PollingConfig &p = m_network.polling;
    for (auto &log : m_histories.peers)
        changelog::prune(log, cutoff, pollCapacity(p.nodeStatusMs));
    for (auto &log : m_histories.federation)
        changelog::prune(log, cutoff, pollCapacity(federationProbeIntervalMs(m_network)));
    for (auto &log : m_histories.health)
        changelog::prune(log, cutoff, pollCapacity(std::min(p.nodeStatusMs, p.prometheusMs)));
    for (auto &log : m_histories.votes)
        changelog::prune(log, cutoff, pollCapacity(p.nodeStatusMs));
    changelog::prune(m_histories.alerts, cutoff, pollCapacity(alertmanagerPollMs(p)));
    changelog::prune(m_histories.signerMetrics, cutoff, pollCapacity(slowPollMs(p)));
}

void NetworkState::recordPeers(const QString &node, const QList<besu::PeerInfo> &peers, const QDateTime &at)
{
    if (m_replaying)
        return;
    // The same connections: a peer's head hash moves with every block it announces...
    const auto same = [](const QList<besu::PeerInfo> &a, const QList<besu::PeerInfo> &b) {
        // ...and admin_peers gives no order.
        return a.size() == b.size() && std::all_of(a.cbegin(), a.cend(), [&b](besu::PeerInfo x) {
            return std::any_of(b.cbegin(), b.cend(), [&x](const besu::PeerInfo &y) {
                x.headHash = y.headHash;
                return x == y;
            });
        });
    };
    QList<PeerListChange> &log = m_histories.peers[node];
    // A list that flaps between a few states shares their copies (changelog::record).
    changelog::record(log, peers, at, same, 8);
    changelog::prune(log, historyCutoff(), pollCapacity(m_network.polling.nodeStatusMs));
}

void NetworkState::setIntervalHistory(const PromRangeHistory &history)
{
    m_intervalHistory = history;
    emit intervalHistoryChanged();
}

void NetworkState::restorePendingVotes(const QMap<QString, besu::PendingVotes> &votes)
{
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        m_pendingVotes.insert(it.key(), it.value());
        emit pendingVotesChanged(it.key());
    }
}

void NetworkState::setAlertmanagerAlerts(const AlertmanagerAlerts &alerts)
{
    // A failed poll keeps the last alerts and their time, so the rules judge them as ageing rather than gone.
    if (!alerts.error.isEmpty()) {
        m_alerts.error = alerts.error;
    } else {
        m_alerts = alerts;
    }
    if (!m_replaying) {
        // Alertmanager refreshes an alert's end and update times while it fires: the same alerts, no change.
        const auto same = [](const AlertmanagerAlerts &a, const AlertmanagerAlerts &b) {
            const auto sameAlert = [](const AmAlert &x, const AmAlert &y) {
                return x.fingerprint == y.fingerprint && x.state == y.state && x.startsAt == y.startsAt
                    && x.labels == y.labels && x.annotations == y.annotations && x.silencedBy == y.silencedBy
                    && x.inhibitedBy == y.inhibitedBy && x.receivers == y.receivers && x.generatorUrl == y.generatorUrl;
            };
            return a.error == b.error
                && std::equal(a.alerts.cbegin(), a.alerts.cend(), b.alerts.cbegin(), b.alerts.cend(), sameAlert);
        };
        changelog::record(m_histories.alerts, m_alerts, alerts.at.isValid() ? alerts.at : m_clock->now().toUTC(), same);
        changelog::prune(m_histories.alerts, historyCutoff(), pollCapacity(alertmanagerPollMs(m_network.polling)));
    }
    emit alertmanagerAlertsChanged();
}

// ---- Offline review ---------------------------------------------------------------------------------------------

void NetworkState::restoreNode(const NodeState &state, const QList<NodeSample> &samples)
{
    if (!m_nodes.contains(state.name)) {
        m_order.append(state.name);
        m_samples.insert(state.name, RingBuffer<NodeSample>(m_sampleCapacity));
    }
    m_nodes.insert(state.name, state);
    RingBuffer<NodeSample> &ring = m_samples[state.name];
    ring.clear();
    if (ring.capacity() < samples.size())
        ring.setCapacity(samples.size());
    for (const NodeSample &sample : samples)
        ring.append(sample);
    emit nodeChanged(state.name);
    emit peersChanged(state.name);
}

void NetworkState::restoreBlocks(const QList<BlockRecord> &records)
{
    if (records.isEmpty())
        return;
    m_blockCapacity = qMax(m_blockCapacity, static_cast<int>(m_blocks.size() + records.size()));
    quint64 first = records.constFirst().number();
    quint64 last = first;
    for (const BlockRecord &r : records) {
        m_blocks.insert_or_assign(r.number(), r);
        first = qMin(first, r.number());
        last = qMax(last, r.number());
    }
    emit blocksAdded(first, last);
}

void NetworkState::restoreHistories(const ChangeHistories &histories)
{
    m_histories = histories;
}

void NetworkState::restorePrometheusSamples(const QString &node, const QList<PrometheusSample> &samples)
{
    RingBuffer<PrometheusSample> &ring = m_promSamples[node];
    ring.setCapacity(std::max(ring.capacity(), samples.size()));
    ring.clear();
    for (const PrometheusSample &s : samples)
        ring.append(s);
}

QList<PrometheusSample> NetworkState::prometheusSamples(const QString &node) const
{
    const auto it = m_promSamples.constFind(node);
    return it == m_promSamples.cend() ? QList<PrometheusSample> {} : it->toList();
}

void NetworkState::restoreSignerMetrics(const SignerMetricsRecord &record)
{
    m_signerMetrics = record;
    emit signerMetricsChanged();
}

void NetworkState::restoreValidators(const QMap<quint64, QStringList> &history)
{
    m_validators = history;
    if (!history.isEmpty())
        emit validatorsChanged(history.firstKey());
}

void NetworkState::present(const StateHistory &history, const StateMoment &moment)
{
    m_replaying = true;

    // Blocks: the held ones are the history's first N; hide the newer ones or show the next ones again.
    const qsizetype count = qBound<qsizetype>(0, moment.blockCount, history.blocks.size());
    const std::optional<quint64> shownLast
        = count > 0 ? std::optional<quint64>(history.blocks.at(count - 1).number()) : std::nullopt;
    const auto held = highestBlock();
    if (held && (!shownLast || *held > *shownLast))
        dropBlocksFrom(shownLast ? *shownLast + 1 : 0);
    if (shownLast && (!held || *held < *shownLast)) {
        const auto from = held ? std::upper_bound(history.blocks.cbegin(), history.blocks.cbegin() + count, *held,
                                     [](quint64 number, const BlockRecord &b) { return number < b.number(); })
                               : history.blocks.cbegin();
        restoreBlocks(QList<BlockRecord>(from, history.blocks.cbegin() + count));
    }

    if (moment.validators != m_validators) {
        std::optional<quint64> from;
        for (auto it = moment.validators.cbegin(); it != moment.validators.cend(); ++it) {
            if (m_validators.value(it.key()) != it.value() && (!from || it.key() < *from))
                from = it.key();
        }
        for (auto it = m_validators.cbegin(); it != m_validators.cend(); ++it) {
            if (!moment.validators.contains(it.key()) && (!from || it.key() < *from))
                from = it.key();
        }
        m_validators = moment.validators;
        emit validatorsChanged(from.value_or(0));
    }

    for (const NodeState &shown : moment.nodes) {
        auto it = m_nodes.find(shown.name);
        if (it == m_nodes.end())
            continue;
        // Chart samples: the first N of the history's.
        const QList<NodeSample> all = history.samples.value(shown.name);
        RingBuffer<NodeSample> &ring = m_samples[shown.name];
        const qsizetype want = qBound<qsizetype>(0, moment.sampleCount.value(shown.name), all.size());
        if (ring.capacity() < all.size())
            ring.setCapacity(all.size());
        if (ring.size() > want)
            ring.truncate(want);
        for (qsizetype i = ring.size(); i < want; ++i)
            ring.append(all.at(i));
        if (replay::sameObservations(*it, shown))
            continue;
        const bool peersDiffer = it->peerList.isSet() != shown.peerList.isSet() || it->peerList.value != shown.peerList.value;
        *it = shown;
        emit nodeChanged(shown.name);
        if (peersDiffer)
            emit peersChanged(shown.name);
    }

    QHash<QString, FederationProbeReply> federation;
    for (const FederationProbeReply &r : moment.federation)
        federation.insert(r.endpoint, r);
    const QStringList endpoints = QStringList(m_federation.keyBegin(), m_federation.keyEnd())
        + QStringList(federation.keyBegin(), federation.keyEnd());
    const QHash<QString, FederationProbeReply> before = std::exchange(m_federation, federation);
    QSet<QString> told;
    for (const QString &e : endpoints) {
        if (told.contains(e))
            continue;
        told.insert(e);
        if (before.value(e).at != m_federation.value(e).at || before.contains(e) != m_federation.contains(e))
            emit federationChanged(e);
    }

    auto points = [](const PromRangeHistory &h) {
        qsizetype n = 0;
        for (const PromQueryResult &r : h.results) {
            for (const PromSeries &s : r.series)
                n += s.samples.size();
        }
        return n;
    };
    // The same points with a later end: nothing to redraw.
    if (moment.intervalHistory.fromMs != m_intervalHistory.fromMs || moment.intervalHistory.results.size() != m_intervalHistory.results.size()
        || points(moment.intervalHistory) != points(m_intervalHistory))
        setIntervalHistory(moment.intervalHistory);
    else
        m_intervalHistory = moment.intervalHistory;

    const QMap<QString, SourceHealth> healthBefore = std::exchange(m_health, moment.health);
    for (auto it = healthBefore.cbegin(); it != healthBefore.cend(); ++it) {
        if (!m_health.contains(it.key()))
            emit healthChanged(it.key());
    }
    for (auto it = m_health.cbegin(); it != m_health.cend(); ++it) {
        const auto was = healthBefore.constFind(it.key());
        if (was == healthBefore.cend() || !sameHealthShown(*was, *it))
            emit healthChanged(it.key());
    }
    const QMap<QString, besu::PendingVotes> votesBefore = std::exchange(m_pendingVotes, moment.pendingVotes);
    QSet<QString> voters(votesBefore.keyBegin(), votesBefore.keyEnd());
    voters.unite(QSet<QString>(m_pendingVotes.keyBegin(), m_pendingVotes.keyEnd()));
    for (const QString &node : std::as_const(voters)) {
        if (votesBefore.contains(node) != m_pendingVotes.contains(node) || votesBefore.value(node) != m_pendingVotes.value(node))
            emit pendingVotesChanged(node);
    }
    if (m_alerts.at != moment.alerts.at || m_alerts.error != moment.alerts.error
        || !std::equal(m_alerts.alerts.cbegin(), m_alerts.alerts.cend(), moment.alerts.alerts.cbegin(),
            moment.alerts.alerts.cend(),
            [](const AmAlert &a, const AmAlert &b) { return a.fingerprint == b.fingerprint && a.state == b.state; })) {
        m_alerts = moment.alerts;
        emit alertmanagerAlertsChanged();
    }
    if (m_signerMetrics.at != moment.signerMetrics.at || m_signerMetrics.node != moment.signerMetrics.node) {
        m_signerMetrics = moment.signerMetrics;
        emit signerMetricsChanged();
    }
    if (history.usage && m_usage.blockCount() != moment.usageBlockCount) {
        m_usage = replay::usageAt(*history.usage, moment.usageBeforeSec);
        emit usageChanged();
    }

    emit momentChanged(moment.at);
}

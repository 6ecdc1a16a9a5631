#include "analysis/health.h"

#include "analysis/validatoranalysis.h"
#include "chain/blockanalysis.h"
#include "core/format.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct HealthText
{
    Q_DECLARE_TR_FUNCTIONS(Health)
};

// The observation of one Figure that is freshest, ignoring the other source.
template<typename T> const Observation<T> *freshest(const Figure<T> &f)
{
    if (!f.isSet())
        return nullptr;
    return &f.current();
}

} // namespace

HealthLevel worstLevel(HealthLevel a, HealthLevel b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

QString healthKey(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return u"ok"_s;
    case HealthLevel::Warning:
        return u"warning"_s;
    case HealthLevel::Critical:
        return u"critical"_s;
    case HealthLevel::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString healthText(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return HealthText::tr("OK");
    case HealthLevel::Warning:
        return HealthText::tr("Warning");
    case HealthLevel::Critical:
        return HealthText::tr("Critical");
    case HealthLevel::Unknown:
        break;
    }
    return HealthText::tr("Unknown");
}

QString healthGlyph(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return u"\u2714"_s;
    case HealthLevel::Warning:
        return u"\u25B2"_s;
    case HealthLevel::Critical:
        return u"\u2716"_s;
    case HealthLevel::Unknown:
        break;
    }
    return u"?"_s;
}

QString healthMarker(HealthLevel level)
{
    return level == HealthLevel::Ok ? QString() : healthGlyph(level) + u' ';
}

// ---- Thresholds --------------------------------------------------------------------------------------------------

HealthThresholds HealthThresholds::forNetwork(const NetworkConfig &network)
{
    HealthThresholds t;
    const HealthOverrides &o = network.health;
    const double period = network.blockPeriodSeconds > 0 ? network.blockPeriodSeconds : 1;
    const double slowest = std::max(period, network.emptyBlockPeriodSeconds);
    const double timeout = std::max(1, network.requestTimeoutSeconds);
    const double poll = std::max(1, network.polling.nodeStatusMs) / 1000.0;
    t.blockPeriodSeconds = period;
    t.blockAgeCriticalSeconds = chainHaltLimitSeconds(network);
    t.blockAgeWarningSeconds
        = std::min(o.blockAgeWarningSeconds.value_or(slowest + timeout / 2), t.blockAgeCriticalSeconds);
    t.lagWarningBlocks
        = quint64(o.lagWarningBlocks.value_or(int(std::max(2.0, std::ceil(poll / period)))));
    t.lagCriticalBlocks = quint64(o.lagCriticalBlocks.value_or(
        int(std::max(5.0, std::ceil(network.serviceLevels.slowIntervalSeconds / period)))));
    t.lagCriticalBlocks = std::max(t.lagCriticalBlocks, t.lagWarningBlocks);
    t.staleAfterSeconds = ::staleAfterSeconds(network);
    t.signingWindowOverride = o.signingWindowBlocks;
    return t;
}

int HealthThresholds::signingWindow(int validatorCount) const
{
    if (signingWindowOverride)
        return *signingWindowOverride;
    return std::max(20, 2 * validatorCount);
}

HealthLevel HealthThresholds::blockAge(double seconds) const
{
    if (seconds < 0)
        return HealthLevel::Unknown;
    if (seconds > blockAgeCriticalSeconds)
        return HealthLevel::Critical;
    return seconds > blockAgeWarningSeconds ? HealthLevel::Warning : HealthLevel::Ok;
}

HealthLevel HealthThresholds::lag(quint64 blocksBehind) const
{
    if (blocksBehind > lagCriticalBlocks)
        return HealthLevel::Critical;
    return blocksBehind > lagWarningBlocks ? HealthLevel::Warning : HealthLevel::Ok;
}

HealthLevel HealthThresholds::peers(int count, int limit) const
{
    if (count < 0)
        return HealthLevel::Unknown;
    if (count == 0)
        return HealthLevel::Critical;
    if (limit > 0 && double(count) >= peerShareWarning * limit)
        return HealthLevel::Warning;
    return HealthLevel::Ok;
}

// ---- Signing -----------------------------------------------------------------------------------------------------

SigningSummary summariseSigning(const QList<analysis::BlockRecord> &records, const HealthThresholds &thresholds,
    const QSet<QByteArray> &reachable, const QSet<QByteArray> &down)
{
    SigningSummary s;
    std::map<quint64, const analysis::BlockRecord *> byNumber;
    for (const analysis::BlockRecord &r : records) {
        if (!r.validators.isEmpty())
            byNumber[r.number] = &r;
    }
    if (byNumber.empty()) {
        s.text = HealthText::tr("no analysed block yet");
        return s;
    }
    const analysis::BlockRecord &newest = *byNumber.rbegin()->second;
    s.validators = int(newest.validators.size());
    s.quorum = chain::bftQuorum(s.validators);
    s.window = thresholds.signingWindow(s.validators);
    s.lastBlock = newest.number;
    const quint64 from = newest.number >= quint64(s.window) ? newest.number - quint64(s.window) + 1 : 0;
    s.firstBlock = newest.number;

    QHash<QByteArray, ValidatorSigning> per;
    for (const QByteArray &v : newest.validators)
        per[v].address = v;
    for (const auto &[number, r] : byNumber) {
        for (const QByteArray &signer : r->signers) {
            if (auto it = per.find(signer); it != per.end())
                it->lastSealedBlock = number;
        }
        if (number < from)
            continue;
        ++s.blocks;
        s.firstBlock = std::min(s.firstBlock, number);
        if (auto it = per.find(r->proposer); it != per.end())
            ++it->proposed;
        for (const QByteArray &v : r->validators) {
            if (auto it = per.find(v); it != per.end())
                ++it->memberBlocks;
        }
        for (const QByteArray &signer : r->signers) {
            if (auto it = per.find(signer); it != per.end())
                ++it->sealed;
        }
    }

    const double expected = s.validators > 0 ? double(s.quorum) / s.validators : 0;
    HealthLevel worstValidator = HealthLevel::Ok;
    for (const QByteArray &v : newest.validators) {
        ValidatorSigning &vs = per[v];
        vs.expectedRate = expected;
        vs.rate = vs.memberBlocks > 0 ? double(vs.sealed) / vs.memberBlocks : 0;
        const bool isDown = down.contains(v);
        const bool alive = vs.sealed > 0 || vs.proposed > 0;
        if (alive && !isDown)
            ++s.active;
        else if (!alive && !isDown && reachable.contains(v) && vs.memberBlocks < s.window)
            ++s.active; // reachable and in sync: a window not yet full is no proof of a fault
        if (isDown) {
            vs.level = HealthLevel::Critical;
            vs.text = HealthText::tr("node down; sealed %1 of %2 blocks before").arg(vs.sealed).arg(vs.memberBlocks);
        } else if (!alive && vs.memberBlocks >= s.window) {
            vs.level = HealthLevel::Critical;
            vs.text = HealthText::tr("no seal and no proposal in the last %n block(s)", nullptr, vs.memberBlocks);
        } else if (!alive) {
            vs.level = HealthLevel::Unknown;
            vs.text = HealthText::tr("no seal yet in %n block(s)", nullptr, vs.memberBlocks);
        } else if (vs.proposed == 0 && vs.memberBlocks >= s.window && vs.rate < thresholds.lowSealingRatio * expected) {
            vs.level = HealthLevel::Warning;
            vs.text = HealthText::tr("sealing rarely: %1 of %2 blocks").arg(vs.sealed).arg(vs.memberBlocks);
        } else {
            vs.level = HealthLevel::Ok;
            vs.text = HealthText::tr("sealed %1 and proposed %2 of %3 blocks")
                          .arg(vs.sealed)
                          .arg(vs.proposed)
                          .arg(vs.memberBlocks);
        }
        if (vs.level != HealthLevel::Unknown)
            worstValidator = worstLevel(worstValidator, vs.level);
        s.perValidator.append(vs);
    }
    std::sort(s.perValidator.begin(), s.perValidator.end(),
        [](const ValidatorSigning &a, const ValidatorSigning &b) { return a.address < b.address; });

    s.margin = s.active - s.quorum;
    if (s.margin < 0) {
        s.level = HealthLevel::Critical;
        s.text = HealthText::tr("quorum lost: %1 of %2 validators active, quorum %3").arg(s.active).arg(s.validators).arg(s.quorum);
    } else if (s.margin == 0) {
        s.level = HealthLevel::Warning;
        s.text = HealthText::tr("no fault tolerance left: %1 of %2 validators active, quorum %3")
                     .arg(s.active)
                     .arg(s.validators)
                     .arg(s.quorum);
    } else {
        // A validator that stopped sealing while the others carry the quorum is a warning for the network.
        s.level = worstValidator == HealthLevel::Critical ? HealthLevel::Warning : worstValidator;
        s.text = HealthText::tr("%1 of %2 validators sealing in the last %n block(s); quorum %3", nullptr, s.blocks)
                     .arg(s.active)
                     .arg(s.validators)
                     .arg(s.quorum);
    }
    return s;
}

// ---- Nodes and tip -----------------------------------------------------------------------------------------------

NodeVerdict judgeNode(
    const NodeState &n, const HealthThresholds &t, std::optional<quint64> tip, const QDateTime &now)
{
    NodeVerdict v;
    v.name = n.name;
    v.type = n.type;
    v.institution = n.institution;

    // Data age: the freshest observation of any figure of the node.
    qint64 age = -1;
    for (const QDateTime &at : {n.up.rpc.at, n.up.prometheus.at, n.height.rpc.at, n.height.prometheus.at}) {
        if (at.isValid()) {
            const qint64 a = std::max<qint64>(0, at.msecsTo(now));
            age = age < 0 ? a : std::min(age, a);
        }
    }
    v.dataAgeMs = age;
    v.stale = age < 0 || t.stale(age);

    // Up: a fresh "down" from either source is critical; only stale observations leave it unknown.
    QStringList downFrom;
    bool upFresh = false;
    if (n.up.rpc.isSet() && !t.stale(n.up.rpc.at.msecsTo(now))) {
        upFresh = true;
        if (!n.up.rpc.value)
            downFrom << HealthText::tr("JSON-RPC");
    }
    if (n.up.prometheus.isSet() && !t.stale(n.up.prometheus.at.msecsTo(now))) {
        upFresh = true;
        if (!n.up.prometheus.value)
            downFrom << HealthText::tr("Prometheus");
    }
    v.up = !upFresh ? HealthLevel::Unknown : downFrom.isEmpty() ? HealthLevel::Ok : HealthLevel::Critical;

    // Height and lag, net of the time between the two observations (a height read 10 s before the tip's is
    // 10 s / P blocks short without being behind).
    if (const auto *h = freshest(n.height); h && !t.stale(h->at.msecsTo(now)) && v.up != HealthLevel::Critical) {
        v.height = h->value;
        if (tip) {
            quint64 behind = *tip > h->value ? *tip - h->value : 0;
            const double gapSeconds = std::max<qint64>(0, h->at.msecsTo(now)) / 1000.0;
            const quint64 allowance = quint64(gapSeconds / t.blockPeriodSeconds);
            behind = behind > allowance ? behind - allowance : 0;
            v.blocksBehind = behind;
            v.lag = t.lag(behind);
        }
    }
    if (const auto sync = freshValue(n.syncing, t, now))
        v.sync = *sync ? HealthLevel::Warning : HealthLevel::Ok;
    if (const auto peers = freshValue(n.peers, t, now)) {
        const auto limit = freshValue(n.peerLimit, t, now);
        v.peers = t.peers(*peers, limit.value_or(-1));
    }
    if (const auto *head = freshest(n.headTime); head && !t.stale(head->at.msecsTo(now)))
        v.headAge = t.blockAge(std::max<qint64>(0, head->value.msecsTo(head->at)) / 1000.0);

    if (v.up == HealthLevel::Critical) {
        v.level = HealthLevel::Critical;
        v.text = HealthText::tr("down (%1)").arg(downFrom.join(u", "_s));
        return v;
    }
    HealthLevel level = HealthLevel::Unknown;
    for (HealthLevel l : {v.up, v.lag, v.sync, v.peers, v.headAge}) {
        if (l != HealthLevel::Unknown)
            level = level == HealthLevel::Unknown ? l : worstLevel(level, l);
    }
    v.level = level;
    if (v.stale) {
        v.level = HealthLevel::Unknown;
        v.text = age < 0 ? HealthText::tr("state unknown, no data")
                         : HealthText::tr("state unknown, newest data %1 old (monitoring blind)").arg(formatDuration(age));
    } else if (v.lag == HealthLevel::Critical || v.lag == HealthLevel::Warning) {
        v.text = HealthText::tr("%n block(s) behind", nullptr, int(std::min<quint64>(*v.blocksBehind, 1000000000)));
    } else if (v.peers == HealthLevel::Critical) {
        v.text = HealthText::tr("no peers");
    } else if (v.sync == HealthLevel::Warning) {
        v.text = HealthText::tr("syncing");
    } else if (v.peers == HealthLevel::Warning) {
        v.text = HealthText::tr("peer limit almost reached");
    } else if (v.headAge == HealthLevel::Critical || v.headAge == HealthLevel::Warning) {
        v.text = HealthText::tr("head block not advancing");
    } else if (v.level == HealthLevel::Ok) {
        v.text = HealthText::tr("up");
    } else {
        v.text = HealthText::tr("partly known");
    }
    return v;
}

TipVerdict judgeTip(
    const QList<NodeState> &nodes, const QList<BlockRecord> &tipBlocks, const HealthThresholds &t, const QDateTime &now)
{
    TipVerdict best;
    // Fresh observations first; only when there is none does a stale one say how long the view has been blind.
    for (const bool freshOnly : {true, false}) {
        const auto consider = [&](std::optional<quint64> height, const QDateTime &blockTime, const QDateTime &at,
                                  FigureSource path, const QString &node) {
            if (!blockTime.isValid() || !at.isValid() || (freshOnly && t.stale(at.msecsTo(now))))
                return;
            // The same height seen later through another path was still the head then: that observation says how
            // long the chain has stalled, whichever path it came by (a level-2 head time may differ from the header's
            // by a fraction of a second, which must not let an older sample win over a fresh JSON-RPC poll).
            bool newer = !best.blockTime.isValid();
            if (!newer && height && best.height)
                newer = *height != *best.height ? *height > *best.height : at > best.observedAt;
            else if (!newer)
                newer = blockTime > best.blockTime || (blockTime == best.blockTime && at > best.observedAt);
            if (!newer)
                return;
            best.height = height;
            best.blockTime = blockTime;
            best.observedAt = at;
            best.path = path;
            best.node = node;
        };
        for (const NodeState &n : nodes) {
            if (n.headTime.rpc.isSet())
                consider(n.height.rpc.isSet() ? std::optional<quint64>(n.height.rpc.value) : std::nullopt,
                    n.headTime.rpc.value, n.headTime.rpc.at, FigureSource::Rpc, n.name);
            if (n.headTime.prometheus.isSet())
                consider(n.height.prometheus.isSet() ? std::optional<quint64>(n.height.prometheus.value) : std::nullopt,
                    n.headTime.prometheus.value, n.headTime.prometheus.at, FigureSource::Prometheus, n.name);
        }
        for (const BlockRecord &b : tipBlocks) {
            // A held block says how long the chain stalled only when a node reported it as its head, at that time
            // (a block fetched by a backfill may have had successors already).
            QDateTime at;
            QString from = b.source;
            for (const NodeState &n : nodes) {
                if (n.height.rpc.isSet() && n.height.rpc.value == b.number() && (!at.isValid() || n.height.rpc.at > at)) {
                    at = n.height.rpc.at;
                    from = n.name;
                }
            }
            consider(b.number(), QDateTime::fromSecsSinceEpoch(qint64(b.header.timestamp), Qt::UTC), at,
                FigureSource::Rpc, from);
        }
        if (best.blockTime.isValid())
            break;
    }
    if (!best.blockTime.isValid()) {
        // Blocks are held but no node has reported its head: the age is shown, the verdict stays unknown.
        for (const BlockRecord &b : tipBlocks) {
            const QDateTime time = QDateTime::fromSecsSinceEpoch(qint64(b.header.timestamp), Qt::UTC);
            if (!best.blockTime.isValid() || time > best.blockTime) {
                best.blockTime = time;
                best.height = b.number();
            }
        }
        if (best.blockTime.isValid()) {
            best.blockAgeMs = std::max<qint64>(0, best.blockTime.msecsTo(now));
            best.text = HealthText::tr("last block %1 ago; no node has reported its head since").arg(formatDuration(best.blockAgeMs));
        } else {
            best.text = HealthText::tr("no head block observed yet");
        }
        return best;
    }
    best.blockAgeMs = std::max<qint64>(0, best.blockTime.msecsTo(now));
    best.knownStallMs = std::max<qint64>(0, best.blockTime.msecsTo(best.observedAt));
    best.observationAgeMs = std::max<qint64>(0, best.observedAt.msecsTo(now));
    const QString path = best.path == FigureSource::Prometheus ? HealthText::tr("level-2 Prometheus") : HealthText::tr("JSON-RPC");
    if (t.stale(best.observationAgeMs)) {
        best.level = HealthLevel::Unknown;
        best.text = HealthText::tr("no fresh head: the newest was seen %1 ago through %2")
                        .arg(formatDuration(best.observationAgeMs), path);
        return best;
    }
    best.level = t.blockAge(best.knownStallMs / 1000.0);
    if (best.level == HealthLevel::Critical)
        best.text = HealthText::tr("no new block for %1 (limit %2, seen through %3)")
                        .arg(formatDuration(best.knownStallMs), formatDuration(qint64(t.blockAgeCriticalSeconds * 1000)),
                            path);
    else if (best.level == HealthLevel::Warning)
        best.text = HealthText::tr("the next block is late: none for %1 (seen through %2)")
                        .arg(formatDuration(best.knownStallMs), path);
    else
        best.text = HealthText::tr("last block %1 ago (seen through %2)").arg(formatDuration(best.blockAgeMs), path);
    return best;
}

std::optional<quint64> freshTip(const QList<NodeState> &nodes, const QList<BlockRecord> &tipBlocks,
    const HealthThresholds &t, const QDateTime &now)
{
    std::optional<quint64> tip;
    for (const NodeState &n : nodes) {
        if (const auto h = freshValue(n.height, t, now))
            tip = tip ? std::max(*tip, *h) : *h;
    }
    for (const BlockRecord &b : tipBlocks) {
        if (!t.stale(b.receivedAt.msecsTo(now)))
            tip = tip ? std::max(*tip, b.number()) : b.number();
    }
    return tip;
}

const NodeVerdict *NetworkVerdict::node(const QString &name) const
{
    for (const NodeVerdict &n : nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

NetworkVerdict judgeNetwork(const NetworkConfig &network, const QList<NodeState> &nodes,
    const QList<BlockRecord> &tipBlocks, const QList<analysis::BlockRecord> &analysed,
    const QMap<QString, SourceHealth> &sources, const QDateTime &now)
{
    NetworkVerdict v;
    v.now = now;
    const HealthThresholds t = HealthThresholds::forNetwork(network);

    v.tip = freshTip(nodes, tipBlocks, t, now);
    v.tipBlock = judgeTip(nodes, tipBlocks, t, now);

    // Validator addresses as the inventory knows them (validatorDirectory's source).
    QHash<QString, QByteArray> addressOfNode;
    for (const ValidatorIdentity &id : inventoryValidators(network))
        addressOfNode.insert(id.node, id.address);
    QSet<QByteArray> reachable;
    QSet<QByteArray> down;
    for (const NodeState &n : nodes) {
        NodeVerdict nv = judgeNode(n, t, v.tip, now);
        if (n.type == NodeType::Validator) {
            const QByteArray address = addressOfNode.value(n.name);
            if (!address.isEmpty()) {
                if (nv.up == HealthLevel::Critical)
                    down.insert(address);
                else if (nv.up == HealthLevel::Ok && nv.sync != HealthLevel::Warning && nv.lag == HealthLevel::Ok)
                    reachable.insert(address);
            }
        }
        v.nodes.append(nv);
    }
    v.signing = summariseSigning(analysed, t, reachable, down);
    if (v.signing.validators == 0) {
        // No analysed block (only the federation is reachable, or the history is still coming): judge the quorum
        // from the inventory's validators and their nodes. Unknown ones may be sealing, so only validators known
        // down can lose the quorum; unknown ones leave it undecided.
        int validators = 0;
        int up = 0;
        int unknown = 0;
        for (const NodeVerdict &nv : std::as_const(v.nodes)) {
            if (nv.type != NodeType::Validator)
                continue;
            ++validators;
            up += nv.up == HealthLevel::Ok ? 1 : 0;
            unknown += nv.up == HealthLevel::Unknown ? 1 : 0;
        }
        if (validators > 0) {
            SigningSummary &s = v.signing;
            s.validators = validators;
            s.quorum = chain::bftQuorum(validators);
            s.active = up;
            s.margin = up + unknown - s.quorum;
            if (up + unknown < s.quorum) {
                s.level = HealthLevel::Critical;
                s.text = HealthText::tr("quorum lost: only %1 of %2 validators up; quorum %3").arg(up).arg(validators).arg(s.quorum);
            } else if (up < s.quorum) {
                s.level = HealthLevel::Warning;
                s.text = HealthText::tr("%1 of %2 validators known up, %3 unknown; quorum %4")
                             .arg(up)
                             .arg(validators)
                             .arg(unknown)
                             .arg(s.quorum);
            } else if (up == s.quorum) {
                s.level = HealthLevel::Warning;
                s.text = HealthText::tr("no fault tolerance left: %1 of %2 validators up, quorum %3")
                             .arg(up)
                             .arg(validators)
                             .arg(s.quorum);
            } else {
                s.level = HealthLevel::Ok;
                s.text = HealthText::tr("%1 of %2 validators up (no analysed block yet); quorum %3")
                             .arg(up)
                             .arg(validators)
                             .arg(s.quorum);
            }
        }
    }

    QList<Finding> findings;
    if (v.tipBlock.level != HealthLevel::Ok)
        findings.append({v.tipBlock.level, QString(), v.tipBlock.text});
    if (v.signing.level != HealthLevel::Ok && v.signing.validators > 0)
        findings.append({v.signing.level, QString(), v.signing.text});
    const auto directory = validatorDirectory(network);
    for (const ValidatorSigning &vs : std::as_const(v.signing.perValidator)) {
        if (vs.level == HealthLevel::Critical || vs.level == HealthLevel::Warning)
            findings.append({HealthLevel::Warning, validatorLabel(directory, vs.address),
                HealthText::tr("validator %1: %2").arg(validatorLabel(directory, vs.address), vs.text)});
    }
    int answered = 0;
    for (const NodeVerdict &nv : std::as_const(v.nodes)) {
        if (!nv.stale)
            ++answered;
        if (nv.level == HealthLevel::Ok)
            continue;
        // A node's own trouble is a warning for the network; the chain-wide consequences (halt, quorum) are judged
        // above from the chain itself.
        const HealthLevel level = nv.level == HealthLevel::Critical ? HealthLevel::Warning : nv.level;
        findings.append({level, nv.name, HealthText::tr("node %1: %2").arg(nv.name, nv.text)});
    }
    HealthLevel sourceLevel = sources.isEmpty() ? HealthLevel::Unknown : HealthLevel::Ok;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        const SourceHealth &h = it.value();
        if (h.state == SourceHealth::State::Down || h.state == SourceHealth::State::Degraded) {
            sourceLevel = HealthLevel::Warning;
            findings.append({HealthLevel::Warning, h.source,
                HealthText::tr("%1 is %2%3")
                    .arg(h.source, h.stateText(), h.lastError.isEmpty() ? QString() : u": "_s + h.lastError)});
        }
    }
    v.sources = sourceLevel;

    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding &a, const Finding &b) { return int(a.level) > int(b.level); });
    v.findings = findings;

    // The network's level: the chain (tip and signing) decides; nodes and sources add warnings. With no fresh figure
    // at all the verdict is unknown, whatever the last known figures said.
    if (!nodes.isEmpty() && answered == 0 && !v.tipBlock.observedAt.isValid()) {
        v.level = HealthLevel::Unknown;
        v.findings.prepend({HealthLevel::Unknown, QString(), HealthText::tr("no fresh figure from any node")});
        return v;
    }
    // A part of the network that cannot be seen is a warning for the whole (monitoring blind), not "unknown".
    HealthLevel level = HealthLevel::Ok;
    for (const Finding &f : std::as_const(v.findings))
        level = worstLevel(level, f.level == HealthLevel::Unknown ? HealthLevel::Warning : f.level);
    v.level = level;
    return v;
}

NetworkVerdict judgeNetwork(NetworkState &state, const QDateTime &now)
{
    QList<BlockRecord> tipBlocks;
    if (const auto hi = state.highestBlock()) {
        if (const BlockRecord *b = state.block(*hi))
            tipBlocks.append(*b);
    }
    const BlockAnalysisCache *cache = BlockAnalysisCache::of(&state);
    QList<analysis::BlockRecord> analysed;
    if (const auto newest = cache->newest()) {
        const HealthThresholds t = HealthThresholds::forNetwork(state.network());
        const int validators = int(state.currentValidators().size());
        const quint64 window = quint64(t.signingWindow(std::max(validators, 1)) + 64);
        analysed = cache->records(*newest > window ? *newest - window : 0, *newest);
    }
    return judgeNetwork(state.network(), state.nodes(), tipBlocks, analysed, state.health(), now);
}

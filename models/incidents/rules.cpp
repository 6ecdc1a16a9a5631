#include "incidents/rules.h"

#include "analysis/blockstats.h"
#include "analysis/validatoranalysis.h"
#include "chain/blockanalysis.h"
#include "core/format.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRules)
};

QString pathText(const QString &path)
{
    if (path == u"rpc")
        return RuleText::tr("JSON-RPC");
    if (path == u"prometheus")
        return RuleText::tr("level-2 Prometheus");
    if (path == u"federation")
        return RuleText::tr("the federation probe");
    if (path == u"alertmanager")
        return RuleText::tr("Alertmanager");
    return RuleText::tr("no source");
}

Detection make(const char *rule, const QString &subject, IncidentSeverity severity, HealthLevel level,
    const QString &path)
{
    Detection d;
    d.rule = QString::fromLatin1(rule);
    d.subject = subject;
    d.severity = severity;
    d.level = level;
    d.path = path;
    return d;
}

const NodeState *stateOf(const RuleInput &in, const QString &name)
{
    for (const NodeState &n : in.nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

HealthThresholds thresholdsOf(const RuleInput &in)
{
    return HealthThresholds::forNetwork(in.network);
}

// The path a node's freshest figure came by.
QString nodePath(const NodeState *n)
{
    if (!n)
        return u"none"_s;
    FigureSource best = FigureSource::None;
    QDateTime bestAt;
    for (const auto &[source, at] : {std::pair {FigureSource::Rpc, n->up.rpc.at}, std::pair {FigureSource::Prometheus, n->up.prometheus.at},
             std::pair {FigureSource::Rpc, n->height.rpc.at}, std::pair {FigureSource::Prometheus, n->height.prometheus.at}}) {
        if (at.isValid() && (!bestAt.isValid() || at > bestAt)) {
            best = source;
            bestAt = at;
        }
    }
    return figureSourceKey(best);
}

// A node's stale figures: the detection says how old its newest data is and which path it rests on.
Detection staleDetection(const char *rule, const NodeVerdict &nv, const NodeState *n, IncidentSeverity severity)
{
    Detection d = make(rule, nv.name, severity, HealthLevel::Unknown, nodePath(n));
    d.nodes = {nv.name};
    d.institutions = {nv.institution};
    d.title = RuleText::tr("%1: state of %2 unknown").arg(Rules::title(d.rule), nv.name);
    d.evidence = nv.dataAgeMs < 0 ? RuleText::tr("No figure of %1 has been received.").arg(nv.name)
                                  : RuleText::tr("The newest figure of %1 is %2 old (through %3): too old to judge.")
                                        .arg(nv.name, formatDuration(nv.dataAgeMs), pathText(d.path));
    d.figures = {{u"dataAgeMs"_s, nv.dataAgeMs}};
    return d;
}

bool freshAt(const QDateTime &at, qint64 limitMs, const QDateTime &now)
{
    return at.isValid() && at.msecsTo(now) <= limitMs;
}

QString enodeId(const QString &text)
{
    // "enode://<128 hex>@host:port", "0x<128 hex>" or the bare key.
    QString s = text.trimmed().toLower();
    if (s.startsWith(u"enode://"))
        s = s.mid(8);
    if (s.startsWith(u"0x"))
        s = s.mid(2);
    return s.left(128);
}

QString nodeEnodeId(const NodeState &n)
{
    if (n.nodeInfo.isSet() && !n.nodeInfo.value.enode.isEmpty())
        return enodeId(n.nodeInfo.value.enode);
    if (n.enode.isSet() && !n.enode.value.isEmpty())
        return enodeId(n.enode.value);
    return enodeId(n.configuredEnode);
}

bool isZeroAddress(const QString &address)
{
    QString s = address.toLower();
    if (s.startsWith(u"0x"))
        s = s.mid(2);
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c == u'0'; });
}

QString institutionOfOrganization(const NetworkConfig &network, const QString &organization)
{
    for (const Institution &i : network.institutions) {
        if (i.id == organization || i.prometheusOrganization == organization)
            return i.id;
    }
    return organization;
}

} // namespace

qint64 slowFactFreshMs(const NetworkConfig &network)
{
    // Three slow polls, and never less than the staleness limit of the fast figures.
    return std::max<qint64>(qint64(3) * network.polling.signerMetricsMs, qint64(staleAfterSeconds(network) * 1000));
}

qint64 permissioningFlatMs(const NetworkConfig &network)
{
    // Counters are read through Prometheus: several scrapes and federation intervals, and at least two minutes so
    // that a quiet minute with a handful of transactions is not taken for a switched-off check.
    const double f = network.federation.scrapeIntervalSeconds + network.federation.federationIntervalSeconds;
    return std::max<qint64>(120000, qint64(4 * f * 1000));
}

namespace rules {

QList<Detection> chainHalted(const RuleInput &in)
{
    const TipVerdict &tip = in.verdict.tipBlock;
    const HealthThresholds t = thresholdsOf(in);
    const qint64 limitMs = qint64(std::llround(t.blockAgeCriticalSeconds * 1000));
    Detection d = make(Rules::ChainHalted, {}, IncidentSeverity::CriticalIncident, HealthLevel::Critical,
        figureSourceKey(tip.path));
    d.figures = {{u"height"_s, tip.height ? QJsonValue(qint64(*tip.height)) : QJsonValue()},
        {u"knownStallMs"_s, tip.knownStallMs}, {u"blockAgeMs"_s, tip.blockAgeMs},
        {u"observationAgeMs"_s, tip.observationAgeMs}, {u"limitMs"_s, limitMs}, {u"node"_s, tip.node}};
    if (!tip.node.isEmpty())
        d.nodes = {tip.node};
    if (!tip.observedAt.isValid()) {
        if (in.nodes.isEmpty())
            return {};
        d.level = HealthLevel::Unknown;
        d.path = u"none"_s;
        d.title = RuleText::tr("Chain halted? No head observed");
        d.evidence = RuleText::tr("No node and no level-2 Prometheus has reported a head block: whether blocks are "
                                  "produced is unknown.");
        return {d};
    }
    if (tip.level == HealthLevel::Unknown) {
        // A stale head: the view is blind, the chain may be fine. Never a halt.
        d.level = HealthLevel::Unknown;
        d.title = RuleText::tr("Chain halted? No fresh head for %1").arg(formatDuration(tip.observationAgeMs));
        d.evidence = RuleText::tr("The newest head, block %1 from %2, was observed %3 ago through %4; a figure older "
                                  "than %5 cannot say whether the chain is producing blocks.")
                         .arg(tip.height ? QString::number(*tip.height) : u"?"_s, tip.node.isEmpty() ? u"?"_s : tip.node,
                             formatDuration(tip.observationAgeMs), pathText(d.path),
                             formatDuration(qint64(t.staleAfterSeconds * 1000)));
        return {d};
    }
    if (tip.level != HealthLevel::Critical)
        return {};
    d.title = RuleText::tr("Chain halted: no block for %1").arg(formatDuration(tip.knownStallMs));
    d.evidence = RuleText::tr("Block %1 (head of %2) is the newest: when it was last observed, %3 ago through %4, no "
                              "newer block had come for %5 (limit %6: block period plus round timeout plus 1 s).")
                     .arg(tip.height ? QString::number(*tip.height) : u"?"_s, tip.node.isEmpty() ? u"?"_s : tip.node,
                         formatDuration(tip.observationAgeMs), pathText(d.path), formatDuration(tip.knownStallMs),
                         formatDuration(limitMs));
    QSet<QString> institutions;
    for (const NodeVerdict &nv : in.verdict.nodes) {
        if (nv.type == NodeType::Validator)
            institutions.insert(nv.institution);
    }
    d.institutions = QStringList(institutions.cbegin(), institutions.cend());
    d.institutions.sort();
    return {d};
}

QList<Detection> quorum(const RuleInput &in)
{
    const SigningSummary &s = in.verdict.signing;
    if (s.validators == 0)
        return {};
    const auto directory = validatorDirectory(in.network);
    // Validators that do not count: down, or with neither seal nor proposal over a full window.
    QStringList missing;
    QSet<QString> institutions;
    for (const ValidatorSigning &vs : s.perValidator) {
        if (vs.level != HealthLevel::Critical)
            continue;
        missing << validatorLabel(directory, vs.address);
        if (const auto it = directory.constFind(vs.address); it != directory.cend()) {
            if (const NodeConfig *nc = in.network.node(it->node))
                institutions.insert(nc->institution);
        }
    }
    int unknown = 0;
    for (const NodeVerdict &nv : in.verdict.nodes) {
        if (nv.type != NodeType::Validator)
            continue;
        if (nv.up == HealthLevel::Critical && !missing.contains(nv.name)) {
            missing << nv.name;
            institutions.insert(nv.institution);
        }
        unknown += nv.up == HealthLevel::Unknown ? 1 : 0;
    }
    missing.sort();
    const bool fromBlocks = s.blocks > 0;
    const QString path = fromBlocks ? u"rpc"_s : u"prometheus"_s;
    QJsonObject figures {{u"validators"_s, s.validators}, {u"quorum"_s, s.quorum}, {u"active"_s, s.active},
        {u"margin"_s, s.margin}, {u"window"_s, s.window}, {u"blocks"_s, s.blocks}, {u"unknown"_s, unknown},
        {u"missing"_s, QJsonArray::fromStringList(missing)}};
    auto institutionList = [&institutions] {
        QStringList l(institutions.cbegin(), institutions.cend());
        l.sort();
        return l;
    };
    if (s.margin < 0 && s.level == HealthLevel::Critical) {
        Detection d = make(Rules::QuorumLost, {}, IncidentSeverity::CriticalIncident, HealthLevel::Critical, path);
        d.title = RuleText::tr("Quorum lost: %1 of %2 validators active, quorum %3").arg(s.active).arg(s.validators).arg(s.quorum);
        d.evidence = (fromBlocks ? RuleText::tr("Over the last %n block(s) and the validators' node status, %1 of %2 "
                                                "validators are up and sealing; QBFT needs %3. Not counted: %4.",
                                       nullptr, s.blocks)
                                 : RuleText::tr("From the validators' node status (no analysed block), %1 of %2 "
                                                "validators are up; QBFT needs %3. Not counted: %4."))
                         .arg(s.active)
                         .arg(s.validators)
                         .arg(s.quorum)
                         .arg(missing.isEmpty() ? RuleText::tr("none named") : missing.join(u", "_s));
        d.nodes = missing;
        d.institutions = institutionList();
        d.figures = figures;
        return {d};
    }
    if (!fromBlocks && s.active < s.quorum && s.active + unknown >= s.quorum) {
        // Only validators known down can lose the quorum; with unknown ones the verdict waits.
        Detection d = make(Rules::QuorumLost, {}, IncidentSeverity::CriticalIncident, HealthLevel::Unknown, path);
        d.title = RuleText::tr("Quorum: %1 validators in an unknown state").arg(unknown);
        d.evidence = RuleText::tr("%1 of %2 validators known up and %3 unknown (stale figures); QBFT needs %4.")
                         .arg(s.active)
                         .arg(s.validators)
                         .arg(unknown)
                         .arg(s.quorum);
        d.figures = figures;
        return {d};
    }
    if (s.margin == 0) {
        Detection d = make(Rules::FaultMarginZero, {}, IncidentSeverity::Incident, HealthLevel::Warning, path);
        d.title = RuleText::tr("No fault tolerance left: %1 of %2 validators active, quorum %3")
                      .arg(s.active)
                      .arg(s.validators)
                      .arg(s.quorum);
        d.evidence = RuleText::tr("%1 of %2 validators are active and QBFT needs %3: one more validator lost stops the "
                                  "chain. Not counted: %4.")
                         .arg(s.active)
                         .arg(s.validators)
                         .arg(s.quorum)
                         .arg(missing.isEmpty() ? RuleText::tr("none named") : missing.join(u", "_s));
        d.nodes = missing;
        d.institutions = institutionList();
        d.figures = figures;
        return {d};
    }
    return {};
}

double burnRate(int intervals, int withinLimit, double requiredShare)
{
    if (intervals <= 0)
        return 0;
    const double allowed = std::max(1e-9, 1.0 - requiredShare);
    return (double(intervals - withinLimit) / intervals) / allowed;
}

QList<Detection> intervalBudget(const RuleInput &in)
{
    if (!in.sla)
        return {};
    const analysis::IntervalStats &st = in.sla->monthIntervals;
    // Fewer intervals than this say nothing about a month: a single round change would be 1% of 100.
    constexpr int MinIntervals = 150;
    if (st.count < MinIntervals)
        return {};
    const ServiceLevels &levels = in.network.serviceLevels;
    const double fast = burnRate(st.count, st.fastCount, levels.fastIntervalShare);
    const double slow = burnRate(st.count, st.slowCount, levels.slowIntervalShare);
    if (fast <= 1.0 && slow <= 1.0)
        return {};
    Detection d = make(Rules::IntervalBudget, {}, IncidentSeverity::Incident, HealthLevel::Warning, u"rpc"_s);
    const bool slowWorse = slow > fast;
    const double limit = slowWorse ? levels.slowIntervalSeconds : levels.fastIntervalSeconds;
    const int over = st.count - (slowWorse ? st.slowCount : st.fastCount);
    const double share = slowWorse ? levels.slowIntervalShare : levels.fastIntervalShare;
    const double burn = std::max(fast, slow);
    d.title = RuleText::tr("Block-interval budget: %1 s intervals spent %2 times as fast as the month allows")
                  .arg(limit)
                  .arg(QLocale().toString(burn, 'f', 1));
    d.evidence = RuleText::tr("%1 of the month's %2 held intervals reached %3 s (%4); the SLA allows %5, so the "
                              "month's allowance is being spent %6 times as fast as it accrues.")
                     .arg(over)
                     .arg(st.count)
                     .arg(limit)
                     .arg(formatPercent(100.0 * over / st.count, 2), formatPercent(100.0 * (1.0 - share), 2),
                         QLocale().toString(burn, 'f', 1));
    d.figures = {{u"intervals"_s, st.count}, {u"fastCount"_s, st.fastCount}, {u"slowCount"_s, st.slowCount},
        {u"fastBurn"_s, fast}, {u"slowBurn"_s, slow}, {u"maxIntervalBlock"_s, qint64(st.maxIntervalBlock)}};
    return {d};
}

QList<Detection> validators(const RuleInput &in)
{
    QList<Detection> out;
    const HealthThresholds t = thresholdsOf(in);
    QHash<QString, QByteArray> addressOf;
    for (const ValidatorIdentity &id : inventoryValidators(in.network))
        addressOf.insert(id.node, id.address);
    const bool halted = in.verdict.tipBlock.level == HealthLevel::Critical;
    for (const NodeVerdict &nv : in.verdict.nodes) {
        if (nv.type != NodeType::Validator)
            continue;
        const NodeState *n = stateOf(in, nv.name);
        if (nv.up == HealthLevel::Unknown) {
            out << staleDetection(Rules::ValidatorDown, nv, n, IncidentSeverity::Incident);
            continue;
        }
        if (nv.up == HealthLevel::Critical) {
            QStringList paths;
            if (n && n->up.rpc.isSet() && !n->up.rpc.value && !t.stale(n->up.rpc.at.msecsTo(in.now)))
                paths << u"rpc"_s;
            if (n && n->up.prometheus.isSet() && !n->up.prometheus.value && !t.stale(n->up.prometheus.at.msecsTo(in.now)))
                paths << u"prometheus"_s;
            Detection d = make(Rules::ValidatorDown, nv.name, IncidentSeverity::Incident,
                halted ? HealthLevel::Unknown : HealthLevel::Warning, paths.join(u'+'));
            d.nodes = {nv.name};
            d.institutions = {nv.institution};
            d.figures = {{u"dataAgeMs"_s, nv.dataAgeMs}, {u"halted"_s, halted}};
            d.title = RuleText::tr("Validator %1 down").arg(nv.name);
            QStringList said;
            for (const QString &p : std::as_const(paths))
                said << pathText(p);
            d.evidence = halted ? RuleText::tr("%1 is down (%2) while the chain is halted: the chain-halted incident "
                                               "covers it until blocks flow again.")
                                      .arg(nv.name, said.join(u", "_s))
                                : RuleText::tr("%1 is down (%2, newest figure %3 old) while the chain produces blocks.")
                                      .arg(nv.name, said.join(u", "_s), formatDuration(nv.dataAgeMs));
            out << d;
            continue;
        }
        // Up: out of consensus when reachable, in sync and with peers, yet no seal and no proposal over a full window
        // (summariseSigning decides; the node's own figures say it is not simply down or behind).
        const QByteArray address = addressOf.value(nv.name);
        if (address.isEmpty() || nv.sync == HealthLevel::Warning || nv.peers == HealthLevel::Critical
            || nv.lag == HealthLevel::Critical || nv.lag == HealthLevel::Warning)
            continue;
        const SigningSummary &s = in.verdict.signing;
        for (const ValidatorSigning &vs : s.perValidator) {
            if (vs.address != address)
                continue;
            if (vs.level == HealthLevel::Critical && vs.sealed == 0 && vs.proposed == 0 && vs.memberBlocks >= s.window) {
                Detection d = make(Rules::ValidatorOutOfConsensus, nv.name, IncidentSeverity::Incident,
                    HealthLevel::Warning, u"rpc"_s);
                d.nodes = {nv.name};
                d.institutions = {nv.institution};
                d.title = RuleText::tr("Validator %1 out of consensus").arg(nv.name);
                d.evidence = RuleText::tr("%1 answers, is in sync and has peers, yet neither sealed nor proposed any "
                                          "of the last %2 blocks (%3 to %4).")
                                 .arg(nv.name)
                                 .arg(vs.memberBlocks)
                                 .arg(s.firstBlock)
                                 .arg(s.lastBlock);
                d.figures = {{u"memberBlocks"_s, vs.memberBlocks}, {u"sealed"_s, vs.sealed}, {u"proposed"_s, vs.proposed},
                    {u"firstBlock"_s, qint64(s.firstBlock)}, {u"lastBlock"_s, qint64(s.lastBlock)}};
                out << d;
            }
            break;
        }
    }
    return out;
}

QList<Detection> nodeDisconnected(const RuleInput &in)
{
    QList<Detection> out;
    const HealthThresholds t = thresholdsOf(in);
    for (const NodeVerdict &nv : in.verdict.nodes) {
        if (nv.type != NodeType::Validator && nv.type != NodeType::Boot && nv.type != NodeType::ObserverBoot)
            continue;
        const NodeState *n = stateOf(in, nv.name);
        if (!n)
            continue;
        if (nv.up == HealthLevel::Critical) {
            // A down validator is validator-down's; a down boot node is disconnected from everyone.
            if (nv.type == NodeType::Validator)
                continue;
            Detection d = make(Rules::NodeDisconnected, nv.name, IncidentSeverity::Incident, HealthLevel::Warning,
                nodePath(n));
            d.nodes = {nv.name};
            d.institutions = {nv.institution};
            d.title = RuleText::tr("%1 disconnected: down").arg(nv.name);
            d.evidence = RuleText::tr("%1 does not answer (%2): no node can reach it.").arg(nv.name, nv.text);
            d.figures = {{u"down"_s, true}, {u"dataAgeMs"_s, nv.dataAgeMs}};
            out << d;
            continue;
        }
        if (nv.stale) {
            out << staleDetection(Rules::NodeDisconnected, nv, n, IncidentSeverity::Incident);
            continue;
        }
        if (const auto peers = freshValue(n->peers, t, in.now); peers && *peers == 0) {
            Detection d = make(Rules::NodeDisconnected, nv.name, IncidentSeverity::Incident, HealthLevel::Warning,
                figureSourceKey(n->peers.source()));
            d.nodes = {nv.name};
            d.institutions = {nv.institution};
            d.title = RuleText::tr("%1 disconnected: no peers").arg(nv.name);
            d.evidence = RuleText::tr("%1 reports 0 peers (through %2, %3 ago).")
                             .arg(nv.name, pathText(d.path), formatDuration(n->peers.ageMs(in.now)));
            d.figures = {{u"peers"_s, 0}, {u"ageMs"_s, n->peers.ageMs(in.now)}};
            out << d;
            continue;
        }
        // Absent from every reachable node's admin_peers (at least two lists, so one node's partial view does not
        // decide).
        const QString id = nodeEnodeId(*n);
        if (id.size() != 128)
            continue;
        int lists = 0;
        bool seen = false;
        QStringList askers;
        for (const NodeState &other : in.nodes) {
            if (other.name == n->name || !other.peerList.isSet() || t.stale(other.peerList.at.msecsTo(in.now)))
                continue;
            const NodeVerdict *ov = in.verdict.node(other.name);
            if (!ov || ov->up != HealthLevel::Ok)
                continue;
            ++lists;
            askers << other.name;
            for (const besu::PeerInfo &p : other.peerList.value) {
                if (enodeId(p.id.isEmpty() ? p.enode : p.id) == id) {
                    seen = true;
                    break;
                }
            }
            if (seen)
                break;
        }
        if (!seen && lists >= 2) {
            Detection d = make(Rules::NodeDisconnected, nv.name, IncidentSeverity::Incident, HealthLevel::Warning, u"rpc"_s);
            d.nodes = {nv.name};
            d.institutions = {nv.institution};
            d.title = RuleText::tr("%1 disconnected: no monitored node is its peer").arg(nv.name);
            d.evidence = RuleText::tr("%1 is absent from the peer lists (admin_peers) of all %2 reachable nodes: %3.")
                             .arg(nv.name)
                             .arg(lists)
                             .arg(askers.join(u", "_s));
            d.figures = {{u"peerLists"_s, lists}, {u"askers"_s, QJsonArray::fromStringList(askers)}};
            out << d;
        }
    }
    return out;
}

QList<Detection> nodeLagging(const RuleInput &in)
{
    QList<Detection> out;
    const int lagBlocks = in.network.incidents.rules.lagBlocks;
    for (const NodeVerdict &nv : in.verdict.nodes) {
        if (nv.type == NodeType::Prometheus || nv.up == HealthLevel::Critical)
            continue;
        const NodeState *n = stateOf(in, nv.name);
        if (nv.stale || !nv.blocksBehind) {
            if (nv.stale)
                out << staleDetection(Rules::NodeLagging, nv, n, IncidentSeverity::Incident);
            continue;
        }
        if (*nv.blocksBehind <= quint64(std::max(0, lagBlocks)))
            continue;
        Detection d = make(Rules::NodeLagging, nv.name, IncidentSeverity::Incident, HealthLevel::Warning,
            n ? figureSourceKey(n->height.source()) : u"none"_s);
        d.nodes = {nv.name};
        d.institutions = {nv.institution};
        d.title = RuleText::tr("%1 lagging: %n block(s) behind", nullptr, int(std::min<quint64>(*nv.blocksBehind, 1000000000)))
                      .arg(nv.name);
        d.evidence = RuleText::tr("%1 is at block %2, %3 blocks behind the tip %4 (through %5, figure %6 old; limit %7 "
                                  "blocks).")
                         .arg(nv.name)
                         .arg(nv.height ? QString::number(*nv.height) : u"?"_s)
                         .arg(*nv.blocksBehind)
                         .arg(in.verdict.tip ? QString::number(*in.verdict.tip) : u"?"_s)
                         .arg(pathText(d.path), formatDuration(n ? n->height.ageMs(in.now) : -1))
                         .arg(lagBlocks);
        d.figures = {{u"height"_s, nv.height ? QJsonValue(qint64(*nv.height)) : QJsonValue()},
            {u"blocksBehind"_s, qint64(*nv.blocksBehind)},
            {u"tip"_s, in.verdict.tip ? QJsonValue(qint64(*in.verdict.tip)) : QJsonValue()}, {u"limit"_s, lagBlocks}};
        out << d;
    }
    return out;
}

QList<Detection> permissioning(const RuleInput &in)
{
    QList<Detection> out;
    const HealthThresholds t = thresholdsOf(in);
    const qint64 slowFresh = slowFactFreshMs(in.network);
    const qint64 flatMs = permissioningFlatMs(in.network);
    for (const NodeVerdict &nv : in.verdict.nodes) {
        const NodeState *n = stateOf(in, nv.name);
        if (!n)
            continue;
        if (nv.type == NodeType::ObserverBoot) {
            // An observer-boot is the citizens' entry point: with a non-empty accounts allow-list it accepts
            // transactions from those accounts.
            if (freshAt(n->accountsAllowlist.at, slowFresh, in.now) && !n->accountsAllowlist.value.isEmpty()) {
                Detection d = make(Rules::ObserverBootAcceptsTransactions, nv.name, IncidentSeverity::Vulnerability,
                    HealthLevel::Warning, u"rpc"_s);
                d.nodes = {nv.name};
                d.institutions = {nv.institution};
                d.title = RuleText::tr("Observer-boot %1 would accept transactions").arg(nv.name);
                d.evidence = RuleText::tr("perm_getAccountsAllowlist on %1 lists %n account(s) (%2 ago); an "
                                          "observer-boot must list none.",
                                 nullptr, int(n->accountsAllowlist.value.size()))
                                 .arg(nv.name, formatDuration(n->accountsAllowlist.at.msecsTo(in.now)));
                d.figures = {{u"accounts"_s, QJsonArray::fromStringList(n->accountsAllowlist.value)}};
                out << d;
            }
            continue;
        }
        if (nv.type != NodeType::Validator && nv.type != NodeType::Writer && nv.type != NodeType::Boot)
            continue;
        QStringList evidence;
        QStringList paths;
        QJsonObject figures;
        // On-chain: the account Ingress contract's rules address (zero: no rules contract, all allowed).
        const bool rulesFresh = freshAt(n->accountRulesAddress.at, slowFresh, in.now);
        const bool rulesZero = rulesFresh && isZeroAddress(n->accountRulesAddress.value);
        const bool rulesSet = rulesFresh && !rulesZero && !n->accountRulesAddress.value.isEmpty();
        if (rulesFresh)
            figures.insert(u"rulesAddress"_s, n->accountRulesAddress.value);
        if (rulesZero) {
            evidence << RuleText::tr("the account Ingress contract (0x…8888) returns the zero address for its rules "
                                     "contract (every transaction allowed)");
            paths << u"rpc"_s;
        }
        // Level 1's counters: absent (Besu registers them only with permissioning configured) or flat while
        // transactions flow.
        const bool countersFresh = n->permissioningChecks.isSet() && !t.stale(n->permissioningChecks.at.msecsTo(in.now));
        bool countersRising = false;
        if (countersFresh && !n->permissioningChecks.value) {
            evidence << RuleText::tr("its Prometheus metrics carry no besu_permissioning check counter");
            paths << u"prometheus"_s;
            figures.insert(u"checkCounters"_s, QJsonValue());
        } else if (countersFresh) {
            figures.insert(u"checkCounters"_s, *n->permissioningChecks.value);
            const qint64 flatFor = n->permissioningChecksRoseAt.isValid() ? n->permissioningChecksRoseAt.msecsTo(in.now) : -1;
            countersRising = flatFor >= 0 && flatFor < flatMs;
            if (flatFor >= flatMs && in.recentTransactions > 0) {
                evidence << RuleText::tr("its permissioning check counters stayed at %1 for %2 while %3 transactions "
                                         "were included")
                                .arg(*n->permissioningChecks.value)
                                .arg(formatDuration(flatFor))
                                .arg(in.recentTransactions);
                paths << u"prometheus"_s;
                figures.insert(u"flatMs"_s, flatFor);
            }
        }
        // perm_getAccountsAllowlist "not enabled": the local allow-list is off. A node permissioned on-chain answers the
        // same, so it counts only without a sign that permissioning works (a rules contract or rising counters).
        if (freshAt(n->accountsAllowlistError.at, slowFresh, in.now) && !rulesSet && !countersRising) {
            evidence << RuleText::tr("perm_getAccountsAllowlist answers \"%1\"").arg(n->accountsAllowlistError.value);
            paths << u"rpc"_s;
            figures.insert(u"permError"_s, n->accountsAllowlistError.value);
        }
        if (!evidence.isEmpty()) {
            paths.removeDuplicates();
            Detection d = make(Rules::PermissioningOff, nv.name, IncidentSeverity::CriticalVulnerability,
                HealthLevel::Critical, paths.join(u'+'));
            d.nodes = {nv.name};
            d.institutions = {nv.institution};
            d.title = RuleText::tr("Permissioning off on %1").arg(nv.name);
            d.evidence = RuleText::tr("On %1, %2.").arg(nv.name, evidence.join(u"; "_s));
            d.figures = figures;
            out << d;
        } else if (nv.stale && !rulesFresh && !countersFresh) {
            out << staleDetection(Rules::PermissioningOff, nv, n, IncidentSeverity::CriticalVulnerability);
        }
    }
    return out;
}

QList<Detection> monitoringBlind(const RuleInput &in)
{
    QList<Detection> out;
    if (!in.federation || in.federation->endpoints.isEmpty())
        return out;
    const analysis::FederationMatrix &m = *in.federation;
    for (int c = 0; c < m.institutions.size(); ++c) {
        bool seen = false;
        bool known = false;
        QStringList cells;
        qint64 freshest = -1;
        for (int r = 0; r < m.endpoints.size() && r < m.cells.size(); ++r) {
            const analysis::FederationCell &cell = m.cell(r, c);
            if (cell.state == analysis::FederationCellState::Ok || cell.state == analysis::FederationCellState::Partial)
                seen = true;
            if (cell.state != analysis::FederationCellState::Unknown)
                known = true;
            if (cell.ageMs >= 0)
                freshest = freshest < 0 ? cell.ageMs : std::min(freshest, cell.ageMs);
            cells << RuleText::tr("%1: %2").arg(m.endpoints.at(r), cell.detail.isEmpty() ? cell.text : cell.detail);
        }
        if (seen)
            continue;
        const QString id = m.institutions.at(c);
        const QString name = c < m.institutionNames.size() ? m.institutionNames.at(c) : id;
        Detection d = make(Rules::MonitoringBlind, id, IncidentSeverity::Incident,
            known ? HealthLevel::Warning : HealthLevel::Unknown, u"federation"_s);
        d.institutions = {id};
        d.title = known ? RuleText::tr("Monitoring blind: %1's level-1 data not visible").arg(name)
                        : RuleText::tr("Monitoring of %1: no level 2 has answered yet").arg(name);
        d.evidence = RuleText::tr("No level-2 Prometheus shows %1's level-1 data (newest sample %2 old). %3")
                         .arg(name, formatDuration(freshest), cells.join(u"; "_s));
        d.figures = {{u"endpoints"_s, int(m.endpoints.size())}, {u"newestSampleAgeMs"_s, freshest}};
        for (const NodeConfig &nc : in.network.nodes) {
            if (nc.institution == id)
                d.nodes << nc.name;
        }
        out << d;
    }
    return out;
}

QList<Detection> observerAccess(const RuleInput &in)
{
    const int wanted = in.network.incidents.rules.minObserverBoots;
    QStringList reachable;
    QStringList unknown;
    QStringList all;
    QSet<QString> institutions;
    QSet<QString> allInstitutions;
    for (const NodeVerdict &nv : in.verdict.nodes) {
        if (nv.type != NodeType::ObserverBoot)
            continue;
        all << nv.name;
        allInstitutions.insert(nv.institution);
        if (nv.up == HealthLevel::Ok) {
            reachable << nv.name;
            institutions.insert(nv.institution);
        } else if (nv.up == HealthLevel::Unknown) {
            unknown << nv.name;
        }
    }
    if (all.isEmpty())
        return {};
    const bool enough = reachable.size() >= wanted;
    const bool spread = wanted < 2 || institutions.size() >= 2;
    if (enough && spread)
        return {};
    QSet<QString> possible = institutions;
    for (const NodeVerdict &nv : in.verdict.nodes) {
        if (nv.type == NodeType::ObserverBoot && nv.up == HealthLevel::Unknown)
            possible.insert(nv.institution);
    }
    const bool couldBeFine = reachable.size() + unknown.size() >= wanted && (wanted < 2 || possible.size() >= 2);
    Detection d = make(Rules::ObserverAccess, {}, IncidentSeverity::Incident,
        couldBeFine && !unknown.isEmpty() ? HealthLevel::Unknown : HealthLevel::Warning, u"rpc"_s);
    d.nodes = all;
    QStringList inst(allInstitutions.cbegin(), allInstitutions.cend());
    inst.sort();
    d.institutions = inst;
    d.title = RuleText::tr("Observer access at risk: %1 of %2 observer-boots reachable").arg(reachable.size()).arg(all.size());
    d.evidence = RuleText::tr("Reachable observer-boots: %1 (in %n institution(s)); unknown: %2; wanted at least %3 in "
                              "two institutions, so that no single institution can shut citizens out.",
                     nullptr, int(institutions.size()))
                     .arg(reachable.isEmpty() ? RuleText::tr("none") : reachable.join(u", "_s),
                         unknown.isEmpty() ? RuleText::tr("none") : unknown.join(u", "_s))
                     .arg(wanted);
    d.figures = {{u"reachable"_s, int(reachable.size())}, {u"unknown"_s, int(unknown.size())},
        {u"total"_s, int(all.size())}, {u"institutions"_s, int(institutions.size())}, {u"wanted"_s, wanted}};
    return {d};
}

QList<Detection> alertmanager(const RuleInput &in)
{
    QList<Detection> out;
    const AlertmanagerAlerts &a = in.alerts;
    if (!a.at.isValid())
        return out;
    // Three missed polls make the list stale: its alerts hold their incidents but raise or clear nothing.
    const qint64 freshMs = std::max<qint64>(qint64(3) * in.network.polling.prometheusMs, qint64(staleAfterSeconds(in.network) * 1000));
    const qint64 ageMs = a.at.msecsTo(in.now);
    const bool stale = ageMs > freshMs;
    const QStringList ours = Rules::all();
    for (const AmAlert &alert : a.alerts) {
        // Sentinela's own postings come back from Alertmanager: never ingest them again.
        if (alert.labels.contains(u"generator"_s) || ours.contains(alert.labels.value(u"rule"_s)))
            continue;
        if (alert.isSilenced() || alert.isInhibited() || (!alert.state.isEmpty() && alert.state != u"active"))
            continue;
        if (alert.endsAt.isValid() && alert.endsAt < in.now && !stale)
            continue;
        const QString subject = alert.fingerprint.isEmpty() ? alert.labels.value(u"alertname"_s) : alert.fingerprint;
        if (subject.isEmpty())
            continue;
        const QString severity = alert.labels.value(u"severity"_s).toLower();
        const bool critical = severity == u"critical" || severity == u"page";
        Detection d = make(Rules::Alertmanager, subject, critical ? IncidentSeverity::CriticalIncident : IncidentSeverity::Incident,
            stale ? HealthLevel::Unknown : critical ? HealthLevel::Critical : HealthLevel::Warning, u"alertmanager"_s);
        const QString name = alert.labels.value(u"alertname"_s, RuleText::tr("alert"));
        const QString summary = alert.annotations.value(u"summary"_s, alert.annotations.value(u"description"_s));
        d.title = summary.isEmpty() ? RuleText::tr("Alertmanager: %1").arg(name) : RuleText::tr("Alertmanager: %1: %2").arg(name, summary);
        QStringList labels;
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
            labels << it.key() + u"="_s + it.value();
        d.evidence = RuleText::tr("Alert %1 active since %2 (%3); the list was read %4 ago.")
                         .arg(name, alert.startsAt.toUTC().toString(Qt::ISODate), labels.join(u", "_s), formatDuration(ageMs));
        if (const QString node = alert.labels.value(u"node"_s); !node.isEmpty())
            d.nodes = {node};
        if (const QString org = alert.labels.value(u"organization"_s); !org.isEmpty())
            d.institutions = {institutionOfOrganization(in.network, org)};
        QJsonObject labelObject;
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
            labelObject.insert(it.key(), it.value());
        d.figures = {{u"fingerprint"_s, alert.fingerprint}, {u"labels"_s, labelObject},
            {u"startsAt"_s, alert.startsAt.toUTC().toString(Qt::ISODate)}, {u"listAgeMs"_s, ageMs}};
        out << d;
    }
    return out;
}

} // namespace rules

std::optional<analysis::SlaReport> monthSlaOfHeldBlocks(NetworkState &state, const QDateTime &now)
{
    const auto lo = state.lowestBlock();
    const auto hi = state.highestBlock();
    if (!lo || !hi)
        return std::nullopt;
    return analysis::monthlySla(analysis::blockPoints(state.blocks(*lo, *hi), state.network()), state.network(), now);
}

RuleInput ruleInput(NetworkState &state, const QDateTime &now, bool withSla)
{
    RuleInput in;
    in.network = state.network();
    in.now = now;
    in.verdict = judgeNetwork(state, now);
    in.nodes = state.nodes();
    in.alerts = state.alertmanagerAlerts();
    if (withSla)
        in.sla = monthSlaOfHeldBlocks(state, now);
    const auto lo = state.lowestBlock();
    const auto hi = state.highestBlock();
    if (lo && hi) {
        in.transactionWindowMs = permissioningFlatMs(in.network);
        const qint64 since = now.toSecsSinceEpoch() - in.transactionWindowMs / 1000;
        // Blocks are at least a block period apart (Besu rejects a timestamp closer to its parent), so the window
        // needs no more than this many of the newest: the engine asks every second, the history holds a day.
        const double period = in.network.blockPeriodSeconds > 0 ? in.network.blockPeriodSeconds : 1;
        const quint64 span = quint64(std::ceil(in.transactionWindowMs / 1000.0 / period)) + 2;
        const quint64 from = *hi - std::min(*hi - *lo, span);
        const QList<BlockRecord> recent = state.blocks(from, *hi);
        int transactions = 0;
        for (auto it = recent.crbegin(); it != recent.crend() && qint64(it->header.timestamp) >= since; ++it)
            transactions += it->header.transactionCount;
        in.recentTransactions = transactions;
    }
    if (!in.network.prometheus.isEmpty()) {
        QHash<QString, analysis::FederationSample> samples;
        const auto replies = state.federationReplies();
        for (auto it = replies.cbegin(); it != replies.cend(); ++it)
            samples.insert(it.key(), analysis::FederationSample::fromReply(it.value()));
        // A probed sample ages until the next probe: allowing for it keeps a healthy federation from reading as blind
        // (at RBB a 25 s limit against samples up to 40 s old by the time of the next probe raised false incidents).
        in.federation = analysis::federationMatrix(in.network.prometheus, in.network.institutions, samples, now,
            qint64(staleAfterSeconds(in.network) * 1000) + federationProbeIntervalMs(in.network));
    }
    return in;
}

QList<Detection> evaluateRules(const RuleInput &in)
{
    QList<Detection> out;
    out << rules::chainHalted(in) << rules::quorum(in) << rules::intervalBudget(in) << rules::validators(in)
        << rules::nodeDisconnected(in) << rules::nodeLagging(in) << rules::permissioning(in)
        << rules::monitoringBlind(in) << rules::observerAccess(in) << rules::alertmanager(in);
    return out;
}

QList<Detection> evaluateRules(NetworkState &state, const QDateTime &now)
{
    return evaluateRules(ruleInput(state, now));
}

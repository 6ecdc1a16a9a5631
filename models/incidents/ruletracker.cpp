#include "incidents/ruletracker.h"

#include <algorithm>

RuleTracker::RuleTracker(const NetworkConfig &network)
    : m_network(network)
{
}

void RuleTracker::setNetwork(const NetworkConfig &network)
{
    m_network = network;
    // Keys of rules switched off are dropped without a Clear: the engine closes their incidents itself if it wants.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!enabled(it->last.rule))
            it = m_entries.erase(it);
        else
            ++it;
    }
}

bool RuleTracker::enabled(const QString &rule) const
{
    return m_network.incidents.rules.rules.value(rule).enabled;
}

double RuleTracker::defaultRaiseAfterSeconds(const QString &rule, const NetworkConfig &network)
{
    const double poll = network.polling.nodeStatusMs / 1000.0;
    // Chain halt and quorum lost: 0, their thresholds already carry the tolerance (the halt limit includes the round
    // timeout, so one round change never reaches it; the quorum counts validators that are known down or silent over
    // a whole window), and the issue wants them within one poll.
    if (rule == QLatin1String(Rules::ChainHalted) || rule == QLatin1String(Rules::QuorumLost))
        return 0;
    // Lagging is "behind for lagSeconds" by definition.
    if (rule == QLatin1String(Rules::NodeLagging))
        return network.incidents.rules.lagSeconds;
    // Evidence that is slow by nature (signing window, slow polls, budgets, alerts already debounced by their own
    // `for:`): no further wait.
    if (rule == QLatin1String(Rules::ValidatorOutOfConsensus) || rule == QLatin1String(Rules::PermissioningOff)
        || rule == QLatin1String(Rules::ObserverBootAcceptsTransactions) || rule == QLatin1String(Rules::IntervalBudget)
        || rule == QLatin1String(Rules::Alertmanager) || rule == QLatin1String(Rules::UnknownSender))
        return 0;
    // Level 2 answers every federation interval: one missed answer is not blindness.
    if (rule == QLatin1String(Rules::MonitoringBlind))
        return network.federation.federationIntervalSeconds + network.federation.scrapeIntervalSeconds;
    // Node down, disconnected, margin zero, observer access: two polls, so one lost reply (a restart, a GC pause)
    // does not raise anything.
    return 2 * poll;
}

double RuleTracker::defaultClearAfterSeconds(const QString &rule, const NetworkConfig &network)
{
    const double poll = network.polling.nodeStatusMs / 1000.0;
    // A budget moves slowly and a flapping verdict around burn rate 1 should stay one incident.
    if (rule == QLatin1String(Rules::IntervalBudget))
        return 600;
    // Alertmanager is read every Prometheus interval: two answers without the alert.
    if (rule == QLatin1String(Rules::Alertmanager))
        return 2 * network.polling.prometheusMs / 1000.0;
    // Slow facts are read every signerMetricsMs: one full slow poll without the evidence.
    if (rule == QLatin1String(Rules::PermissioningOff) || rule == QLatin1String(Rules::ObserverBootAcceptsTransactions))
        return std::max(2 * poll, network.polling.signerMetricsMs / 1000.0);
    if (rule == QLatin1String(Rules::MonitoringBlind))
        return network.federation.federationIntervalSeconds + network.federation.scrapeIntervalSeconds;
    // An unknown sender stays in the window for the window's length after its last transaction; once it is out (or
    // the profile or the contract names its institution) one more poll confirms it.
    if (rule == QLatin1String(Rules::UnknownSender))
        return 2 * poll;
    // Everything else clears after two good polls: a node that flaps every poll keeps one incident.
    return 2 * poll;
}

double RuleTracker::raiseAfterSeconds(const QString &rule) const
{
    const auto s = m_network.incidents.rules.rules.value(rule);
    return s.raiseAfterSeconds ? *s.raiseAfterSeconds : defaultRaiseAfterSeconds(rule, m_network);
}

double RuleTracker::clearAfterSeconds(const QString &rule) const
{
    const auto s = m_network.incidents.rules.rules.value(rule);
    return s.clearAfterSeconds ? *s.clearAfterSeconds : defaultClearAfterSeconds(rule, m_network);
}

QList<RuleChange> RuleTracker::update(const QList<Detection> &detections, const QDateTime &now)
{
    QList<RuleChange> changes;
    for (Entry &e : m_entries)
        e.seenThisRound = false;

    for (const Detection &d : detections) {
        if (!enabled(d.rule))
            continue;
        const QString key = d.key();
        auto it = m_entries.find(key);
        if (d.level == HealthLevel::Unknown) {
            // Stale figures: hold whatever state the key has, and stop its absence timer.
            if (it != m_entries.end()) {
                it->seenThisRound = true;
                it->absentSince = {};
            }
            continue;
        }
        if (it == m_entries.end()) {
            it = m_entries.insert(key, Entry {});
            it->firstSeen = now;
        } else if (it->seenThisRound) {
            continue; // the same key twice in one evaluation: the first wins
        }
        Entry &e = *it;
        e.seenThisRound = true;
        e.absentSince = {};
        e.lastSeen = now;
        const Detection previous = e.last;
        e.last = d;
        if (!e.raised) {
            if (e.firstSeen.msecsTo(now) >= qint64(raiseAfterSeconds(d.rule) * 1000)) {
                e.raised = true;
                changes.append({RuleChange::Kind::Raise, key, d, e.firstSeen, false});
            }
        } else {
            const bool significant = previous.severity != d.severity || previous.level != d.level
                || previous.title != d.title || previous.nodes != d.nodes;
            changes.append({RuleChange::Kind::Update, key, d, e.firstSeen, significant});
        }
    }

    for (auto it = m_entries.begin(); it != m_entries.end();) {
        Entry &e = *it;
        if (e.seenThisRound) {
            ++it;
            continue;
        }
        if (!e.absentSince.isValid())
            e.absentSince = now;
        if (!e.raised) {
            // Never raised: forget it once it has been away as long as a raised one would take to clear, so a
            // condition that flickers (present, absent, present) still accumulates towards its raise.
            if (e.absentSince.msecsTo(now) >= qint64(clearAfterSeconds(e.last.rule) * 1000))
                it = m_entries.erase(it);
            else
                ++it;
            continue;
        }
        if (e.absentSince.msecsTo(now) >= qint64(clearAfterSeconds(e.last.rule) * 1000)) {
            changes.append({RuleChange::Kind::Clear, it.key(), e.last, e.lastSeen, false});
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    return changes;
}

void RuleTracker::restoreRaised(const QStringList &keys, const QDateTime &now)
{
    for (const QString &key : keys) {
        Entry &e = m_entries[key];
        e.raised = true;
        if (!e.firstSeen.isValid())
            e.firstSeen = now;
        if (!e.lastSeen.isValid())
            e.lastSeen = now;
        if (e.last.rule.isEmpty()) {
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            e.last.rule = slash < 0 ? key : key.left(slash);
            e.last.subject = slash < 0 ? QString() : key.mid(slash + 1);
        }
    }
}

bool RuleTracker::isRaised(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.cend() && it->raised;
}

QStringList RuleTracker::raisedKeys() const
{
    QStringList keys;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->raised)
            keys << it.key();
    }
    keys.sort();
    return keys;
}

int RuleTracker::pendingCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return !e.raised; }));
}

void RuleTracker::reset()
{
    m_entries.clear();
}

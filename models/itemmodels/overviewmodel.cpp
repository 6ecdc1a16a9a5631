#include "itemmodels/overviewmodel.h"

#include "core/clock.h"
#include "state/networkstate.h"

#include <QTimer>

#include <map>

using namespace Qt::StringLiterals;

namespace {

bool sameGroups(const QList<OverviewModel::NodeGroup> &a, const QList<OverviewModel::NodeGroup> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].up != b[i].up || a[i].down != b[i].down || a[i].total != b[i].total)
            return false;
    }
    return true;
}

StatusLevel groupLevel(const OverviewModel::NodeGroup &g)
{
    if (g.up == 0 && g.down == 0)
        return StatusLevel::Unknown;
    if (g.up == 0)
        return StatusLevel::Critical;
    return g.up == g.total ? StatusLevel::Ok : StatusLevel::Warning;
}

} // namespace

OverviewModel::OverviewModel(NetworkState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_cache(BlockAnalysisCache::of(state))
    , m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &OverviewModel::refresh);
    connect(state, &NetworkState::configured, this, &OverviewModel::scheduleRefresh);
    connect(state, &NetworkState::nodeChanged, this, &OverviewModel::scheduleRefresh);
    connect(state, &NetworkState::blocksAdded, this, &OverviewModel::scheduleRefresh);
    connect(state, &NetworkState::blocksRemoved, this, &OverviewModel::scheduleRefresh);
    connect(state, &NetworkState::healthChanged, this, &OverviewModel::scheduleRefresh);
    connect(m_cache, &BlockAnalysisCache::blocksAnalysed, this, &OverviewModel::scheduleRefresh);
    connect(m_cache, &BlockAnalysisCache::cleared, this, &OverviewModel::scheduleRefresh);
    refresh();
}

OverviewModel::~OverviewModel() = default;

double OverviewModel::targetPeriodSeconds() const
{
    return m_state->network().blockPeriodSeconds;
}

double OverviewModel::fastIntervalSeconds() const
{
    return m_state->network().serviceLevels.fastIntervalSeconds;
}

double OverviewModel::slowIntervalSeconds() const
{
    return m_state->network().serviceLevels.slowIntervalSeconds;
}

void OverviewModel::scheduleRefresh()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void OverviewModel::refresh()
{
    m_coalesce->stop();
    const QDateTime now = m_state->clock()->now().toUTC();
    const NetworkConfig &network = m_state->network();
    const double fast = fastIntervalSeconds();
    const double slow = slowIntervalSeconds();
    const auto levelForSeconds = [&](double s) {
        if (s < 0)
            return StatusLevel::Unknown;
        return s < fast ? StatusLevel::Ok : s < slow ? StatusLevel::Warning : StatusLevel::Critical;
    };

    bool differs = false;
    const auto set = [&differs](auto &member, const auto &value) {
        if (!(member == value)) {
            member = value;
            differs = true;
        }
    };

    // Height and the newest block.
    const auto tip = m_state->tip();
    set(m_height, tip ? qint64(*tip) : qint64(-1));
    const auto highest = m_state->highestBlock();
    qint64 age = -1;
    if (highest) {
        const BlockRecord *b = m_state->block(*highest);
        age = qMax<qint64>(0, QDateTime::fromSecsSinceEpoch(qint64(b->header.timestamp), Qt::UTC).msecsTo(now));
    }
    set(m_lastBlockAgeMs, age);
    set(m_lastBlockLevel, levelForSeconds(age < 0 ? -1.0 : double(age) / 1000.0));

    // Intervals over the newest consecutive blocks.
    double last = -1;
    double average = -1;
    if (highest) {
        const quint64 from = *highest > quint64(IntervalSamples) ? *highest - IntervalSamples : 0;
        const QList<BlockRecord> recent = m_state->blocks(from, *highest);
        double sum = 0;
        int count = 0;
        for (qsizetype i = recent.size() - 1; i > 0; --i) {
            if (recent[i].number() != recent[i - 1].number() + 1)
                break;
            const double interval = double(qint64(recent[i].header.timestamp) - qint64(recent[i - 1].header.timestamp));
            if (last < 0)
                last = interval;
            sum += interval;
            ++count;
        }
        if (count > 0)
            average = sum / count;
    }
    set(m_lastInterval, last);
    set(m_averageInterval, average);
    set(m_intervalLevel, levelForSeconds(last));

    // Signing, from the newest analysed block.
    int signers = -1;
    int validators = 0;
    int quorum = 0;
    int margin = 0;
    quint64 signingBlock = 0;
    QList<QByteArray> missing;
    StatusLevel signingLevel = StatusLevel::Unknown;
    for (auto it = m_cache->blocks().rbegin(); it != m_cache->blocks().rend(); ++it) {
        const AnalysedBlock &b = it->second;
        if (!b.ok())
            continue;
        signers = int(b.record.signers.size());
        validators = int(b.record.validators.size());
        quorum = b.quorum;
        margin = b.quorumMargin;
        missing = b.missing;
        signingBlock = it->first;
        signingLevel = margin <= 0 ? StatusLevel::Critical
            : signers < validators ? StatusLevel::Warning
                                   : StatusLevel::Ok;
        break;
    }
    set(m_signers, signers);
    set(m_validators, validators);
    set(m_quorum, quorum);
    set(m_quorumMargin, margin);
    set(m_missing, missing);
    set(m_signingBlock, signingBlock);
    set(m_signingLevel, signingLevel);

    // Nodes up, by type (in NodeType order) and by institution (in configuration order).
    std::map<int, NodeGroup> byType;
    QList<NodeGroup> byInstitution;
    for (const Institution &inst : network.institutions)
        byInstitution.append({inst.name.isEmpty() ? inst.id : inst.name, 0, 0, 0, StatusLevel::Unknown});
    int up = 0;
    int total = 0;
    QDateTime newest;
    for (const NodeState &n : m_state->nodes()) {
        if (n.type == NodeType::Prometheus)
            continue; // not a Besu node
        NodeGroup &t = byType[int(n.type)];
        t.name = nodeTypeDisplayName(n.type);
        const Institution *inst = network.institution(n.institution);
        const QString instName = inst ? (inst->name.isEmpty() ? inst->id : inst->name) : n.institution;
        NodeGroup *g = nullptr;
        for (NodeGroup &candidate : byInstitution) {
            if (candidate.name == instName)
                g = &candidate;
        }
        if (!g) {
            byInstitution.append({instName, 0, 0, 0, StatusLevel::Unknown});
            g = &byInstitution.last();
        }
        ++t.total;
        ++g->total;
        ++total;
        if (n.up.isSet()) {
            if (n.up.value()) {
                ++t.up;
                ++g->up;
                ++up;
            } else {
                ++t.down;
                ++g->down;
            }
        }
        for (const QDateTime &at : {n.height.at(), n.up.at()}) {
            if (at.isValid() && (!newest.isValid() || at > newest))
                newest = at;
        }
    }
    QList<NodeGroup> types;
    for (auto &[key, g] : byType) {
        g.level = groupLevel(g);
        types.append(g);
    }
    QList<NodeGroup> institutions;
    for (NodeGroup &g : byInstitution) {
        if (g.total == 0)
            continue;
        g.level = groupLevel(g);
        institutions.append(g);
    }
    if (!sameGroups(types, m_byType) || !sameGroups(institutions, m_byInstitution)) {
        m_byType = types;
        m_byInstitution = institutions;
        differs = true;
    }
    set(m_nodesUp, up);
    set(m_nodesTotal, total);
    int down = 0;
    for (const NodeGroup &g : std::as_const(types))
        down += g.down;
    set(m_nodesLevel,
        up == 0 && down == 0 ? StatusLevel::Unknown
            : up == 0        ? StatusLevel::Critical
            : up < total     ? StatusLevel::Warning
                             : StatusLevel::Ok);

    if (highest) {
        const QDateTime received = m_state->block(*highest)->receivedAt;
        if (received.isValid() && (!newest.isValid() || received > newest))
            newest = received;
    }
    const qint64 freshness = newest.isValid() ? qMax<qint64>(0, newest.msecsTo(now)) : -1;
    set(m_freshnessMs, freshness);
    // Fresh: within three status polls; stale after a minute.
    const qint64 poll = qMax(1000, network.polling.nodeStatusMs);
    set(m_freshnessLevel,
        freshness < 0               ? StatusLevel::Unknown
            : freshness <= 3 * poll ? StatusLevel::Ok
            : freshness <= 60000    ? StatusLevel::Warning
                                    : StatusLevel::Critical);

    const bool hasData = m_height >= 0 || up > 0;
    set(m_hasData, hasData);
    QString reason;
    if (network.nodes.isEmpty())
        reason = tr("No network is configured: open a profile with at least one node.");
    else if (!hasData)
        reason = tr("Waiting for the first answer from the %n configured node(s) or Prometheus.", nullptr,
            int(network.nodes.size()));
    set(m_emptyReason, reason);

    if (differs)
        emit changed();
}

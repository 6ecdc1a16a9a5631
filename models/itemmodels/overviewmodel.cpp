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

HealthLevel groupLevel(const OverviewModel::NodeGroup &g)
{
    if (g.up == 0 && g.down == 0)
        return HealthLevel::Unknown;
    if (g.up == 0)
        return HealthLevel::Critical;
    return g.up == g.total ? HealthLevel::Ok : HealthLevel::Warning;
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
    connect(state, &NetworkState::momentChanged, this, &OverviewModel::scheduleRefresh);
    connect(m_cache, &BlockAnalysisCache::blocksAnalysed, this, &OverviewModel::scheduleRefresh);
    connect(m_cache, &BlockAnalysisCache::cleared, this, &OverviewModel::scheduleRefresh);
    refresh();
}

OverviewModel::~OverviewModel() = default;

double OverviewModel::targetPeriodSeconds() const
{
    return m_state->network().blockPeriodSeconds;
}

const NetworkConfig &OverviewModel::network() const
{
    return m_state->network();
}

QDateTime OverviewModel::now() const
{
    return m_state->clock()->now();
}

double OverviewModel::staleAfterSeconds() const
{
    return ::staleAfterSeconds(m_state->network());
}

HealthThresholds OverviewModel::thresholds() const
{
    return HealthThresholds::forNetwork(m_state->network());
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
            return HealthLevel::Unknown;
        return s < fast ? HealthLevel::Ok : s < slow ? HealthLevel::Warning : HealthLevel::Critical;
    };

    bool differs = false;
    const auto set = [&differs](auto &member, const auto &value) {
        if (!(member == value)) {
            member = value;
            differs = true;
        }
    };

    m_verdict = judgeNetwork(*m_state, now);
    const NetworkVerdict &v = m_verdict;
    QString key = QString::number(int(v.level)) + u'|' + v.tipBlock.text + u'|' + QString::number(v.tipBlock.blockAgeMs / 1000)
        + u'|' + v.signing.text + u'|' + QString::number(int(v.signing.level));
    for (const Finding &f : v.findings)
        key += u'|' + f.text;
    set(m_verdictKey, key);

    set(m_height, v.tip ? qint64(*v.tip) : qint64(-1));

    // Intervals over the newest consecutive blocks.
    double last = -1;
    double average = -1;
    if (const auto highest = m_state->highestBlock()) {
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

    // Nodes up, by type (in NodeType order) and by institution (in configuration order), from the node verdicts:
    // a node whose figures are stale counts as neither up nor down.
    std::map<int, NodeGroup> byType;
    QList<NodeGroup> byInstitution;
    for (const Institution &inst : network.institutions)
        byInstitution.append({inst.name.isEmpty() ? inst.id : inst.name, 0, 0, 0, HealthLevel::Unknown});
    int up = 0;
    int total = 0;
    qint64 freshness = -1;
    for (const NodeVerdict &n : v.nodes) {
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
            byInstitution.append({instName, 0, 0, 0, HealthLevel::Unknown});
            g = &byInstitution.last();
        }
        ++t.total;
        ++g->total;
        ++total;
        if (n.up == HealthLevel::Ok) {
            ++t.up;
            ++g->up;
            ++up;
        } else if (n.up == HealthLevel::Critical) {
            ++t.down;
            ++g->down;
        }
        if (n.dataAgeMs >= 0)
            freshness = freshness < 0 ? n.dataAgeMs : std::min(freshness, n.dataAgeMs);
    }
    QList<NodeGroup> types;
    for (auto &[typeKey, g] : byType) {
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
        up == 0 && down == 0 ? HealthLevel::Unknown
            : up == 0        ? HealthLevel::Critical
            : up < total     ? HealthLevel::Warning
                             : HealthLevel::Ok);

    if (const auto highest = m_state->highestBlock()) {
        const QDateTime received = m_state->block(*highest)->receivedAt;
        if (received.isValid()) {
            const qint64 age = std::max<qint64>(0, received.msecsTo(now));
            freshness = freshness < 0 ? age : std::min(freshness, age);
        }
    }
    set(m_freshnessMs, freshness);
    // Fresh within the stale limit (the same that turns figures unknown); past four times it, the view is blind.
    const double staleMs = staleAfterSeconds() * 1000.0;
    set(m_freshnessLevel,
        freshness < 0                           ? HealthLevel::Unknown
            : double(freshness) <= staleMs      ? HealthLevel::Ok
            : double(freshness) <= 4 * staleMs  ? HealthLevel::Warning
                                                : HealthLevel::Critical);

    const bool hasData = m_height >= 0 || up > 0 || down > 0 || freshness >= 0;
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

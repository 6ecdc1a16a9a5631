#include "nodetablemodel.h"

#include "core/clock.h"
#include "core/format.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// "RPC: 123 (5 s ago) · Prometheus: 122 (14 s ago)"
template<typename T, typename F> QString bothSources(const Figure<T> &f, const QDateTime &now, F format)
{
    QStringList parts;
    if (f.rpc.isSet())
        parts << QCoreApplication::translate("NodeTableModel", "RPC: %1 (%2 ago)")
                     .arg(format(f.rpc.value), formatAge(f.rpc.at.msecsTo(now)));
    if (f.prometheus.isSet())
        parts << QCoreApplication::translate("NodeTableModel", "Prometheus: %1 (%2 ago)")
                     .arg(format(f.prometheus.value), formatAge(f.prometheus.at.msecsTo(now)));
    return parts.isEmpty() ? QCoreApplication::translate("NodeTableModel", "no source has reported it")
                           : parts.join(u" · "_s);
}

} // namespace

NodeTableModel::NodeTableModel(NetworkState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
    , m_ageTimer(new QTimer(this))
{
    connect(state, &NetworkState::configured, this, &NodeTableModel::reset);
    connect(state, &NetworkState::nodeChanged, this, &NodeTableModel::onNodeChanged);
    connect(state, &NetworkState::peersChanged, this, &NodeTableModel::onNodeChanged);
    connect(state, &NetworkState::blocksAdded, this, &NodeTableModel::onBlocks);
    connect(state, &NetworkState::blocksRemoved, this, &NodeTableModel::onBlocks);
    connect(m_ageTimer, &QTimer::timeout, this, &NodeTableModel::refreshAges);
    connect(state, &NetworkState::momentChanged, this, &NodeTableModel::refreshAges);
    m_ageTimer->start(1000);
    reset();
}

void NodeTableModel::setAgeRefreshInterval(int ms)
{
    if (ms <= 0)
        m_ageTimer->stop();
    else
        m_ageTimer->start(ms);
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void NodeTableModel::reset()
{
    beginResetModel();
    m_names = m_state ? m_state->nodeNames() : QStringList {};
    m_thresholds = m_state ? HealthThresholds::forNetwork(m_state->network()) : HealthThresholds {};
    m_tip = currentTip();
    endResetModel();
}

void NodeTableModel::onNodeChanged(const QString &node)
{
    const int row = static_cast<int>(m_names.indexOf(node));
    if (row < 0)
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    // A node's height can raise the tip, and every other node's lag with it.
    if (currentTip() != m_tip)
        onBlocks();
}

void NodeTableModel::onBlocks()
{
    m_tip = currentTip();
    if (!m_names.isEmpty())
        emit dataChanged(index(0, Lag), index(rowCount() - 1, LastBlock));
}

void NodeTableModel::refreshAges()
{
    // Ages move every second, and a figure turning stale changes every column's verdict.
    m_tip = currentTip();
    if (!m_names.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString NodeTableModel::upText(const NodeState &n, const NodeVerdict &v) const
{
    const auto word = [](bool up) {
        return up ? QCoreApplication::translate("NodeTableModel", "up")
                  : QCoreApplication::translate("NodeTableModel", "down");
    };
    if (!n.up.isSet())
        return healthMarker(HealthLevel::Unknown) + tr("unknown");
    if (v.up == HealthLevel::Unknown)
        return healthMarker(HealthLevel::Unknown) + tr("unknown: no fresh figure for %1").arg(formatAge(v.dataAgeMs));
    const bool both = n.up.rpc.isSet() && n.up.prometheus.isSet();
    if (both && n.up.rpc.value == n.up.prometheus.value)
        return healthMarker(v.up) + tr("%1 (RPC, Prometheus)").arg(word(n.up.rpc.value));
    QStringList parts;
    if (n.up.rpc.isSet())
        parts << tr("%1 (RPC)").arg(word(n.up.rpc.value));
    if (n.up.prometheus.isSet())
        parts << tr("%1 (Prometheus)").arg(word(n.up.prometheus.value));
    return healthMarker(v.up) + parts.join(u", "_s);
}

std::optional<quint64> NodeTableModel::currentTip() const
{
    if (!m_state)
        return std::nullopt;
    QList<BlockRecord> held;
    if (const auto hi = m_state->highestBlock(); hi && m_state->block(*hi))
        held.append(*m_state->block(*hi));
    return freshTip(m_state->nodes(), held, m_thresholds, m_state->clock()->now());
}

NodeVerdict NodeTableModel::verdict(const NodeState &n) const
{
    return judgeNode(n, m_thresholds, m_tip, m_state->clock()->now());
}

HealthLevel NodeTableModel::level(const NodeState &n, const NodeVerdict &v, int column) const
{
    switch (column) {
    case Up:
        return v.up;
    case Height:
        if (!n.height.isSet())
            return HealthLevel::Unknown;
        return v.height ? HealthLevel::Ok : HealthLevel::Unknown;
    case Lag:
        return v.lag;
    case LastBlock:
        return v.headAge;
    case Peers:
        return v.peers;
    case InSync:
        return v.sync;
    case TxPool:
        // Only shown: the profile sets no limit on a pool's filling. Too old a reading is unknown.
        return freshValue(n.txPool, m_thresholds, m_state->clock()->now()) ? HealthLevel::Ok : HealthLevel::Unknown;
    default:
        return HealthLevel::Ok;
    }
}

HealthLevel NodeTableModel::rowLevel(int row) const
{
    const NodeState *n = m_state ? m_state->node(m_names.value(row)) : nullptr;
    return n ? verdict(*n).level : HealthLevel::Unknown;
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_state)
        return {};
    const NodeState *np = m_state->node(m_names.at(index.row()));
    if (!np)
        return {};
    const NodeState &n = *np;
    const int column = index.column();
    const QDateTime now = m_state->clock()->now();
    const QLocale locale;
    const auto headAgeMs = [&]() -> qint64 { return n.headTime.isSet() ? n.headTime.value().msecsTo(now) : -1; };
    const NodeVerdict v = verdict(n);

    switch (role) {
    case Qt::DisplayRole: {
        const HealthLevel s = level(n, v, column);
        switch (column) {
        case Node:
            return healthMarker(v.level) + n.name;
        case Institution: {
            const ::Institution *inst = m_state->network().institution(n.institution);
            return inst && !inst->name.isEmpty() ? inst->name : n.institution;
        }
        case Type:
            return nodeTypeDisplayName(n.type);
        case Up:
            return upText(n, v);
        case Height:
            if (!n.height.isSet())
                return tr("? unknown");
            // A stale height is shown with its age, never as the node's current height.
            return v.height ? locale.toString(n.height.value())
                            : healthMarker(HealthLevel::Unknown)
                    + tr("%1 (%2 old)").arg(locale.toString(n.height.value()), formatAge(n.height.ageMs(now)));
        case Lag: {
            if (!v.blocksBehind)
                return tr("? unknown");
            if (*v.blocksBehind == 0)
                return tr("at tip");
            return healthMarker(s) + tr("%n block(s) behind", nullptr, static_cast<int>(*v.blocksBehind));
        }
        case LastBlock:
            return n.headTime.isSet() ? healthMarker(s) + tr("%1 ago").arg(formatAge(headAgeMs())) : tr("? unknown");
        case Peers: {
            if (!n.peers.isSet())
                return tr("? unknown");
            const int limit = n.peerLimit.isSet() ? n.peerLimit.value() : 0;
            if (limit <= 0)
                return healthMarker(s) + locale.toString(n.peers.value());
            return healthMarker(s)
                + tr("%1 / %2 (%3%)").arg(n.peers.value()).arg(limit).arg(qRound(100.0 * n.peers.value() / limit));
        }
        case InSync:
            if (!n.syncing.isSet())
                return tr("? unknown");
            return n.syncing.value() ? healthMarker(s) + tr("syncing") : healthMarker(s) + tr("in sync");
        case TxPool: {
            if (!n.txPool.isSet())
                return tr("? unknown");
            const besu::TxPoolStatistics &pool = n.txPool.value;
            const QString held = tr("%1 / %2").arg(locale.toString(pool.localCount + pool.remoteCount),
                locale.toString(pool.maxSize));
            return s == HealthLevel::Unknown
                ? healthMarker(s) + tr("%1 (%2 old)").arg(held, formatAge(n.txPool.at.msecsTo(now)))
                : held;
        }
        case Client:
            return n.clientVersion.isSet() ? n.clientVersion.value : tr("? unknown");
        }
        return {};
    }
    case Qt::ToolTipRole:
        switch (column) {
        case Up:
            return bothSources(n.up, now, [](bool value) {
                return value ? QCoreApplication::translate("NodeTableModel", "up")
                         : QCoreApplication::translate("NodeTableModel", "down");
            }) + (n.lastRpcError.isEmpty() ? QString() : u"\n"_s + tr("Last RPC error: %1").arg(n.lastRpcError));
        case Height:
            return bothSources(n.height, now, [&](quint64 value) { return locale.toString(value); });
        case Node:
            return v.text;
        case Lag:
            return tr("Warning above %1 blocks, critical above %2 (block period %3 s)")
                .arg(m_thresholds.lagWarningBlocks)
                .arg(m_thresholds.lagCriticalBlocks)
                .arg(m_state->network().blockPeriodSeconds);
        case LastBlock:
            return tr("Time since the node's head block. Warning when no newer block came for %1 s, critical after %2 s")
                .arg(m_thresholds.blockAgeWarningSeconds)
                .arg(m_thresholds.blockAgeCriticalSeconds);
        case Peers:
            return bothSources(n.peers, now, [](int value) { return QString::number(value); });
        case InSync:
            return bothSources(n.syncing, now, [](bool value) {
                return value ? QCoreApplication::translate("NodeTableModel", "syncing")
                         : QCoreApplication::translate("NodeTableModel", "in sync");
            });
        case TxPool:
            if (!n.txPool.isSet())
                return tr("No txpool_besuStatistics reply yet (the TXPOOL namespace may be disabled).");
            return tr("Transaction pool (txpool_besuStatistics, %1 ago): %2 local and %3 remote transactions; room "
                      "for %4")
                .arg(formatAge(n.txPool.at.msecsTo(now)), locale.toString(n.txPool.value.localCount),
                    locale.toString(n.txPool.value.remoteCount), locale.toString(n.txPool.value.maxSize));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Height || column == Lag || column == LastBlock || column == Peers || column == TxPool)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ItemRoles::Health:
        return static_cast<int>(column == Node ? v.level : level(n, v, column));
    case ItemRoles::Key:
        return n.name;
    case ItemRoles::Sort:
        switch (column) {
        case Node:
            return n.name;
        case Institution:
            return n.institution;
        case Type:
            return nodeTypeKey(n.type);
        case Up:
            return static_cast<int>(v.up);
        case Height:
            return n.height.isSet() ? static_cast<qint64>(n.height.value()) : -1;
        case Lag:
            return v.blocksBehind ? qint64(*v.blocksBehind) : qint64(-1); // what the cell shows, net of data age
        case LastBlock:
            return headAgeMs();
        case Peers:
            return n.peers.isSet() ? n.peers.value() : -1;
        case InSync:
            return static_cast<int>(v.sync);
        case TxPool:
            return n.txPool.isSet() ? n.txPool.value.localCount + n.txPool.value.remoteCount : qint64(-1);
        case Client:
            return n.clientVersion.value;
        }
        return {};
    default:
        return {};
    }
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Node:
        return tr("Node");
    case Institution:
        return tr("Institution");
    case Type:
        return tr("Type");
    case Up:
        return tr("Up");
    case Height:
        return tr("Height");
    case Lag:
        return tr("Lag");
    case LastBlock:
        return tr("Last block");
    case Peers:
        return tr("Peers");
    case InSync:
        return tr("Sync");
    case TxPool:
        return tr("Tx pool");
    case Client:
        return tr("Client version");
    }
    return {};
}

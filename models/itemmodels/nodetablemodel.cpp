#include "nodetablemodel.h"

#include "core/clock.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString ageText(qint64 ms)
{
    if (ms < 0)
        return QCoreApplication::translate("NodeTableModel", "never");
    const qint64 s = ms / 1000;
    if (s < 120)
        return QCoreApplication::translate("NodeTableModel", "%1 s").arg(s);
    if (s < 7200)
        return QCoreApplication::translate("NodeTableModel", "%1 min").arg(s / 60);
    return QCoreApplication::translate("NodeTableModel", "%1 h").arg(s / 3600);
}

// "RPC: 123 (5 s ago) · Prometheus: 122 (14 s ago)"
template<typename T, typename F> QString bothSources(const Figure<T> &f, const QDateTime &now, F format)
{
    QStringList parts;
    if (f.rpc.isSet())
        parts << QCoreApplication::translate("NodeTableModel", "RPC: %1 (%2 ago)")
                     .arg(format(f.rpc.value), ageText(f.rpc.at.msecsTo(now)));
    if (f.prometheus.isSet())
        parts << QCoreApplication::translate("NodeTableModel", "Prometheus: %1 (%2 ago)")
                     .arg(format(f.prometheus.value), ageText(f.prometheus.at.msecsTo(now)));
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
    m_thresholds = m_state ? NodeThresholds::forNetwork(m_state->network()) : NodeThresholds {};
    m_tip = m_state ? m_state->tip() : std::nullopt;
    endResetModel();
}

void NodeTableModel::onNodeChanged(const QString &node)
{
    const int row = static_cast<int>(m_names.indexOf(node));
    if (row < 0)
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    // A node's height can raise the tip, and every other node's lag with it.
    const auto tip = m_state ? m_state->tip() : std::nullopt;
    if (tip != m_tip)
        onBlocks();
}

void NodeTableModel::onBlocks()
{
    const auto tip = m_state ? m_state->tip() : std::nullopt;
    m_tip = tip;
    if (!m_names.isEmpty())
        emit dataChanged(index(0, Lag), index(rowCount() - 1, LastBlock));
}

void NodeTableModel::refreshAges()
{
    if (!m_names.isEmpty())
        emit dataChanged(index(0, LastBlock), index(rowCount() - 1, LastBlock));
}

QString NodeTableModel::upText(const NodeState &n) const
{
    const auto word = [](bool up) {
        return up ? QCoreApplication::translate("NodeTableModel", "up")
                  : QCoreApplication::translate("NodeTableModel", "down");
    };
    if (!n.up.isSet())
        return severityMarker(Severity::Unknown) + tr("unknown");
    const bool both = n.up.rpc.isSet() && n.up.prometheus.isSet();
    if (both && n.up.rpc.value == n.up.prometheus.value)
        return severityMarker(n.up.rpc.value ? Severity::Ok : Severity::Critical)
            + tr("%1 (RPC, Prometheus)").arg(word(n.up.rpc.value));
    QStringList parts;
    if (n.up.rpc.isSet())
        parts << tr("%1 (RPC)").arg(word(n.up.rpc.value));
    if (n.up.prometheus.isSet())
        parts << tr("%1 (Prometheus)").arg(word(n.up.prometheus.value));
    return severityMarker(m_thresholds.up(n.up)) + parts.join(u", "_s);
}

Severity NodeTableModel::severity(const NodeState &n, int column) const
{
    const QDateTime now = m_state->clock()->now();
    switch (column) {
    case Up:
        return m_thresholds.up(n.up);
    case Height:
        if (!n.height.isSet())
            return Severity::Unknown;
        return m_thresholds.stale(n.height.ageMs(now)) ? Severity::Warning : Severity::Ok;
    case Lag:
        if (!n.height.isSet() || !m_tip)
            return Severity::Unknown;
        return m_thresholds.lag(*m_tip > n.height.value() ? *m_tip - n.height.value() : 0);
    case LastBlock:
        if (!n.headTime.isSet())
            return Severity::Unknown;
        return m_thresholds.headAge(static_cast<double>(n.headTime.value().msecsTo(now)) / 1000.0);
    case Peers:
        if (!n.peers.isSet())
            return Severity::Unknown;
        return m_thresholds.peers(n.peers.value(), n.peerLimit.isSet() ? n.peerLimit.value() : -1);
    case InSync:
        return m_thresholds.inSync(n.syncing);
    default:
        return Severity::Ok;
    }
}

Severity NodeTableModel::rowSeverity(int row) const
{
    const NodeState *n = m_state ? m_state->node(m_names.value(row)) : nullptr;
    if (!n)
        return Severity::Unknown;
    // Unknown only when nothing at all is known; otherwise the worst known column.
    Severity s = Severity::Unknown;
    for (int c : {Up, Lag, LastBlock, Peers, InSync}) {
        const Severity cs = severity(*n, c);
        if (cs != Severity::Unknown)
            s = s == Severity::Unknown ? cs : worst(s, cs);
    }
    return s;
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
    const auto lag = [&]() -> qint64 {
        return n.height.isSet() && m_tip ? static_cast<qint64>(*m_tip) - static_cast<qint64>(n.height.value()) : -1;
    };
    const auto headAgeMs = [&]() -> qint64 { return n.headTime.isSet() ? n.headTime.value().msecsTo(now) : -1; };

    switch (role) {
    case Qt::DisplayRole: {
        const Severity s = severity(n, column);
        switch (column) {
        case Node:
            return severityMarker(rowSeverity(index.row())) + n.name;
        case Institution: {
            const ::Institution *inst = m_state->network().institution(n.institution);
            return inst && !inst->name.isEmpty() ? inst->name : n.institution;
        }
        case Type:
            return nodeTypeDisplayName(n.type);
        case Up:
            return upText(n);
        case Height:
            return n.height.isSet() ? severityMarker(s) + locale.toString(n.height.value())
                    + (s == Severity::Warning ? tr(" (stale)") : QString())
                                    : tr("? unknown");
        case Lag: {
            const qint64 l = lag();
            if (l < 0)
                return tr("? unknown");
            if (l == 0)
                return tr("at tip");
            return severityMarker(s) + tr("%n block(s) behind", nullptr, static_cast<int>(l));
        }
        case LastBlock:
            return n.headTime.isSet() ? severityMarker(s) + tr("%1 ago").arg(ageText(headAgeMs())) : tr("? unknown");
        case Peers: {
            if (!n.peers.isSet())
                return tr("? unknown");
            const int limit = n.peerLimit.isSet() ? n.peerLimit.value() : 0;
            if (limit <= 0)
                return severityMarker(s) + locale.toString(n.peers.value());
            return severityMarker(s)
                + tr("%1 / %2 (%3%)").arg(n.peers.value()).arg(limit).arg(qRound(100.0 * n.peers.value() / limit));
        }
        case InSync:
            if (!n.syncing.isSet())
                return tr("? unknown");
            return n.syncing.value() ? severityMarker(Severity::Warning) + tr("syncing") : tr("in sync");
        case Client:
            return n.clientVersion.isSet() ? n.clientVersion.value : tr("? unknown");
        }
        return {};
    }
    case Qt::ToolTipRole:
        switch (column) {
        case Up:
            return bothSources(n.up, now, [](bool v) {
                return v ? QCoreApplication::translate("NodeTableModel", "up")
                         : QCoreApplication::translate("NodeTableModel", "down");
            }) + (n.lastRpcError.isEmpty() ? QString() : u"\n"_s + tr("Last RPC error: %1").arg(n.lastRpcError));
        case Height:
            return bothSources(n.height, now, [&](quint64 v) { return locale.toString(v); });
        case Lag:
            return tr("Warning above %1 blocks, critical above %2 (block period %3 s)")
                .arg(m_thresholds.lagWarningBlocks)
                .arg(m_thresholds.lagCriticalBlocks)
                .arg(m_state->network().blockPeriodSeconds);
        case LastBlock:
            return tr("Time since the node's head block. Warning above %1 s, critical above %2 s")
                .arg(m_thresholds.headAgeWarningSeconds)
                .arg(m_thresholds.headAgeCriticalSeconds);
        case Peers:
            return bothSources(n.peers, now, [](int v) { return QString::number(v); });
        case InSync:
            return bothSources(n.syncing, now, [](bool v) {
                return v ? QCoreApplication::translate("NodeTableModel", "syncing")
                         : QCoreApplication::translate("NodeTableModel", "in sync");
            });
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Height || column == Lag || column == LastBlock || column == Peers)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ItemRoles::Severity:
        return static_cast<int>(column == Node ? rowSeverity(index.row()) : severity(n, column));
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
            return static_cast<int>(m_thresholds.up(n.up));
        case Height:
            return n.height.isSet() ? static_cast<qint64>(n.height.value()) : -1;
        case Lag:
            return lag();
        case LastBlock:
            return headAgeMs();
        case Peers:
            return n.peers.isSet() ? n.peers.value() : -1;
        case InSync:
            return static_cast<int>(m_thresholds.inSync(n.syncing));
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
    case Client:
        return tr("Client version");
    }
    return {};
}

#include "recentblocksmodel.h"

#include "analysis/blockstats.h"
#include "chain/blockanalysis.h"
#include "chain/hex.h"
#include "state/networkstate.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

RecentBlocksModel::RecentBlocksModel(NetworkState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(state, &NetworkState::configured, this, &RecentBlocksModel::reset);
    connect(state, &NetworkState::blocksAdded, this, &RecentBlocksModel::onAdded);
    connect(state, &NetworkState::blocksRemoved, this, &RecentBlocksModel::onRemoved);
    connect(state, &NetworkState::validatorsChanged, this, &RecentBlocksModel::onValidatorsChanged);
    reset();
}

void RecentBlocksModel::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    trim();
    fillTail();
}

int RecentBlocksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_numbers.size());
}

int RecentBlocksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RecentBlocksModel::rowOf(quint64 number) const
{
    // Descending list: binary search with the reversed order.
    const auto it = std::lower_bound(m_numbers.begin(), m_numbers.end(), number, std::greater<quint64>());
    return it != m_numbers.end() && *it == number ? static_cast<int>(it - m_numbers.begin()) : -1;
}

void RecentBlocksModel::reset()
{
    beginResetModel();
    m_numbers.clear();
    m_seals.clear();
    rebuildAddressMap();
    if (m_state) {
        if (const auto hi = m_state->highestBlock()) {
            const quint64 lo = *m_state->lowestBlock();
            const quint64 from
                = *hi - lo + 1 > static_cast<quint64>(m_maxRows) ? *hi - static_cast<quint64>(m_maxRows) + 1 : lo;
            const QList<BlockRecord> blocks = m_state->blocks(from, *hi);
            for (auto it = blocks.crbegin(); it != blocks.crend(); ++it)
                m_numbers.append(it->number());
        }
    }
    endResetModel();
    fillTail();
}

void RecentBlocksModel::rebuildAddressMap()
{
    m_nodeOfAddress.clear();
    if (!m_state)
        return;
    for (const NodeConfig &n : m_state->network().nodes)
        if (!n.address.isEmpty())
            m_nodeOfAddress.insert(n.address.toLower(), n.name);
}

void RecentBlocksModel::onAdded(quint64 first, quint64 last)
{
    if (!m_state)
        return;
    const QList<BlockRecord> blocks = m_state->blocks(first, last);
    for (auto it = blocks.crbegin(); it != blocks.crend(); ++it) {
        const quint64 n = it->number();
        const auto pos = std::lower_bound(m_numbers.begin(), m_numbers.end(), n, std::greater<quint64>());
        const int row = static_cast<int>(pos - m_numbers.begin());
        if (pos != m_numbers.end() && *pos == n) {
            m_seals.remove(n); // same number, maybe another block after a reorg
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        if (row >= m_maxRows)
            continue; // older than what is shown
        beginInsertRows({}, row, row);
        m_numbers.insert(row, n);
        endInsertRows();
    }
    trim();
    // The child's interval depends on this span.
    if (last < std::numeric_limits<quint64>::max()) {
        if (const int row = rowOf(last + 1); row >= 0)
            emit dataChanged(index(row, Interval), index(row, Interval));
    }
}

void RecentBlocksModel::onRemoved(quint64 first, quint64 last)
{
    for (quint64 n : std::as_const(m_numbers))
        if (n >= first && n <= last)
            m_seals.remove(n);
    // Rows are descending: [last .. first] is one run.
    const auto begin = std::lower_bound(m_numbers.begin(), m_numbers.end(), last, std::greater<quint64>());
    const auto end = std::upper_bound(m_numbers.begin(), m_numbers.end(), first, std::greater<quint64>());
    if (begin < end) {
        const int r0 = static_cast<int>(begin - m_numbers.begin());
        const int r1 = static_cast<int>(end - m_numbers.begin()) - 1;
        beginRemoveRows({}, r0, r1);
        m_numbers.remove(r0, r1 - r0 + 1);
        endRemoveRows();
    }
    if (last < std::numeric_limits<quint64>::max()) {
        if (const int row = rowOf(last + 1); row >= 0)
            emit dataChanged(index(row, Interval), index(row, Interval));
    }
    fillTail();
}

void RecentBlocksModel::onValidatorsChanged(quint64 fromBlock)
{
    bool any = false;
    for (auto it = m_seals.begin(); it != m_seals.end();) {
        if (it.key() >= fromBlock) {
            it = m_seals.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    if (any && !m_numbers.isEmpty()) {
        const int lastRow = rowOf(fromBlock) >= 0 ? rowOf(fromBlock) : rowCount() - 1;
        emit dataChanged(index(0, Signers), index(lastRow, Signers));
    }
}

void RecentBlocksModel::trim()
{
    if (m_numbers.size() <= m_maxRows)
        return;
    const int from = m_maxRows;
    const int to = static_cast<int>(m_numbers.size()) - 1;
    beginRemoveRows({}, from, to);
    for (int r = from; r <= to; ++r)
        m_seals.remove(m_numbers.at(r));
    m_numbers.remove(from, to - from + 1);
    endRemoveRows();
}

void RecentBlocksModel::fillTail()
{
    if (!m_state || m_numbers.size() >= m_maxRows)
        return;
    const auto lo = m_state->lowestBlock();
    if (!lo)
        return;
    const quint64 below = m_numbers.isEmpty() ? *m_state->highestBlock() : m_numbers.last() - 1;
    if (!m_numbers.isEmpty() && (m_numbers.last() == 0 || m_numbers.last() <= *lo))
        return;
    const quint64 need = static_cast<quint64>(m_maxRows - m_numbers.size());
    const quint64 from = below - *lo + 1 > need ? below - need + 1 : *lo;
    const QList<BlockRecord> blocks = m_state->blocks(from, below);
    if (blocks.isEmpty())
        return;
    const int row = static_cast<int>(m_numbers.size());
    beginInsertRows({}, row, row + static_cast<int>(blocks.size()) - 1);
    for (auto it = blocks.crbegin(); it != blocks.crend(); ++it)
        m_numbers.append(it->number());
    endInsertRows();
}

const RecentBlocksModel::Seals &RecentBlocksModel::seals(quint64 number) const
{
    static const Seals none;
    const BlockRecord *b = m_state ? m_state->block(number) : nullptr;
    if (!b)
        return none;
    auto it = m_seals.find(number);
    if (it != m_seals.end() && it->hash == b->header.hash)
        return *it;
    Seals s;
    s.hash = b->header.hash;
    const auto type = analysis::bftTypeAt(m_state->network(), number);
    chain::BlockAnalysis a = chain::analyzeBlock(b->header, type);
    if (a.ok() && a.validators.isEmpty()) {
        // Contract validator mode: extraData carries no list; judge against the set the state knows for the block.
        QList<QByteArray> set;
        for (const QString &v : m_state->validatorsAt(number))
            if (const auto bytes = chain::fromHex(QStringView(v)))
                set.append(*bytes);
        if (!set.isEmpty())
            a = chain::analyzeBlock(b->header, type, set);
    }
    s.decoded = a.ok();
    s.signers = static_cast<int>(a.signers.size());
    s.validators = static_cast<int>(a.validators.size());
    s.quorum = a.quorum;
    return *m_seals.insert(number, s);
}

QString RecentBlocksModel::proposerName(const QByteArray &miner) const
{
    return m_nodeOfAddress.value(chain::toHex(miner));
}

QString RecentBlocksModel::institutionOf(const QByteArray &miner) const
{
    if (!m_state)
        return {};
    const NetworkConfig &network = m_state->network();
    const NodeConfig *node = network.node(proposerName(miner));
    if (!node)
        return {};
    const ::Institution *inst = network.institution(node->institution);
    return inst && !inst->name.isEmpty() ? inst->name : node->institution;
}

QVariant RecentBlocksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_state)
        return {};
    const quint64 number = m_numbers.at(index.row());
    const BlockRecord *b = m_state->block(number);
    if (!b)
        return {};
    const chain::BlockHeader &h = b->header;
    const BlockRecord *parent = number > 0 ? m_state->block(number - 1) : nullptr;
    const double interval = parent
        ? static_cast<double>(static_cast<qint64>(h.timestamp) - static_cast<qint64>(parent->header.timestamp))
        : -1;
    const ServiceLevels &sl = m_state->network().serviceLevels;
    const auto round = [&]() -> std::optional<quint32> {
        const auto extra = chain::decodeExtraData(h.extraData, analysis::bftTypeAt(m_state->network(), number));
        return extra ? std::optional<quint32>(extra->round) : std::nullopt;
    };
    const QLocale locale;
    const int column = index.column();

    auto severity = [&]() -> Severity {
        switch (column) {
        case Interval:
            if (interval < 0)
                return Severity::Unknown;
            if (interval >= sl.slowIntervalSeconds)
                return Severity::Critical;
            return interval >= sl.fastIntervalSeconds ? Severity::Warning : Severity::Ok;
        case Round: {
            const auto r = round();
            return !r ? Severity::Unknown : (*r > 0 ? Severity::Warning : Severity::Ok);
        }
        case Signers: {
            const Seals &s = seals(number);
            return !s.decoded ? Severity::Unknown : (s.signers < s.quorum ? Severity::Critical : Severity::Ok);
        }
        default:
            return Severity::Ok;
        }
    };

    switch (role) {
    case Qt::DisplayRole: {
        switch (column) {
        case Number:
            return locale.toString(number);
        case Time:
            return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(h.timestamp)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case Interval:
            return interval < 0 ? tr("—") : severityMarker(severity()) + tr("%1 s").arg(interval);
        case Proposer: {
            const QString name = proposerName(h.miner);
            return name.isEmpty() ? chain::toHex(h.miner) : name;
        }
        case Institution:
            return institutionOf(h.miner);
        case Round: {
            const auto r = round();
            if (!r)
                return tr("? undecodable");
            return *r > 0 ? severityMarker(Severity::Warning) + tr("%1 (round change)").arg(*r) : QString::number(*r);
        }
        case Signers: {
            const Seals &s = seals(number);
            if (!s.decoded)
                return tr("? undecodable");
            const QString text = tr("%1/%2").arg(s.signers).arg(s.validators);
            return s.signers < s.quorum
                ? severityMarker(Severity::Critical) + tr("%1 below quorum %2").arg(text).arg(s.quorum)
                : text;
        }
        case Transactions:
            return locale.toString(h.transactionCount);
        case Gas:
            return h.gasLimit > 0
                ? tr("%1 (%2%)")
                      .arg(locale.toString(h.gasUsed))
                      .arg(locale.toString(
                          100.0 * static_cast<double>(h.gasUsed) / static_cast<double>(h.gasLimit), 'f', 1))
                : locale.toString(h.gasUsed);
        }
        return {};
    }
    case Qt::ToolTipRole:
        switch (column) {
        case Proposer:
            return chain::toHex(h.miner);
        case Number:
            return chain::toHex(h.hash);
        case Time:
            return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(h.timestamp), Qt::UTC).toString(Qt::ISODate);
        case Signers: {
            const Seals &s = seals(number);
            return tr("%1 committed seals from %2 validators; quorum %3")
                .arg(s.signers)
                .arg(s.validators)
                .arg(s.quorum);
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Proposer || column == Institution)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ItemRoles::Severity:
        return static_cast<int>(severity());
    case ItemRoles::Key:
        return number;
    case ItemRoles::Sort:
        switch (column) {
        case Number:
        case Time:
            return number;
        case Interval:
            return interval;
        case Proposer:
            return proposerName(h.miner).isEmpty() ? chain::toHex(h.miner) : proposerName(h.miner);
        case Institution:
            return institutionOf(h.miner);
        case Round:
            return static_cast<qint64>(round().value_or(0));
        case Signers:
            return seals(number).signers;
        case Transactions:
            return h.transactionCount;
        case Gas:
            return h.gasUsed;
        }
        return {};
    default:
        return {};
    }
}

QVariant RecentBlocksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Block");
    case Time:
        return tr("Time");
    case Interval:
        return tr("Interval");
    case Proposer:
        return tr("Proposer");
    case Institution:
        return tr("Institution");
    case Round:
        return tr("Round");
    case Signers:
        return tr("Seals k/N");
    case Transactions:
        return tr("Transactions");
    case Gas:
        return tr("Gas used");
    }
    return {};
}

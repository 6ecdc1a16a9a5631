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
    m_cache = BlockAnalysisCache::of(state);
    connect(m_cache, &BlockAnalysisCache::blocksAnalysed, this, &RecentBlocksModel::onAnalysed);
    connect(m_cache, &BlockAnalysisCache::blocksDropped, this, &RecentBlocksModel::onAnalysed);
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
            // same number, maybe another block after a reorg
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

void RecentBlocksModel::onAnalysed(quint64 first, quint64 last)
{
    if (m_numbers.isEmpty() || first > m_numbers.first() || last < m_numbers.last())
        return;
    // Rows are descending: the newest analysed block is the first affected row.
    const auto top = std::lower_bound(m_numbers.begin(), m_numbers.end(), last, std::greater<quint64>());
    const auto bottom = std::upper_bound(m_numbers.begin(), m_numbers.end(), first, std::greater<quint64>());
    if (top < bottom)
        emit dataChanged(index(int(top - m_numbers.begin()), Round), index(int(bottom - m_numbers.begin()) - 1, Signers));
}

void RecentBlocksModel::trim()
{
    if (m_numbers.size() <= m_maxRows)
        return;
    const int from = m_maxRows;
    const int to = static_cast<int>(m_numbers.size()) - 1;
    beginRemoveRows({}, from, to);
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

const AnalysedBlock *RecentBlocksModel::analysis(quint64 number) const
{
    const BlockRecord *b = m_state ? m_state->block(number) : nullptr;
    const AnalysedBlock *a = m_cache ? m_cache->block(number) : nullptr;
    return b && a && a->hash == b->header.hash ? a : nullptr;
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
    const AnalysedBlock *analysed = analysis(number);
    const auto round = [&]() -> std::optional<quint32> {
        return analysed && analysed->ok() ? std::optional<quint32>(analysed->record.round) : std::nullopt;
    };
    const QLocale locale;
    const int column = index.column();

    const int signers = analysed ? int(analysed->record.signers.size()) : 0;
    const int validators = analysed ? int(analysed->record.validators.size()) : 0;
    auto level = [&]() -> HealthLevel {
        switch (column) {
        case Interval:
            if (interval < 0)
                return HealthLevel::Unknown;
            if (interval >= sl.slowIntervalSeconds)
                return HealthLevel::Critical;
            return interval >= sl.fastIntervalSeconds ? HealthLevel::Warning : HealthLevel::Ok;
        case Round: {
            const auto r = round();
            return !r ? HealthLevel::Unknown : (*r > 0 ? HealthLevel::Warning : HealthLevel::Ok);
        }
        case Signers:
            // A block carries the quorum of seals its importer had (QbftRound.importBlockToChain): fewer than the
            // quorum is a fault, fewer than every validator is not.
            if (!analysed || !analysed->ok())
                return HealthLevel::Unknown;
            return analysed->quorumMet ? HealthLevel::Ok : HealthLevel::Critical;
        default:
            return HealthLevel::Ok;
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
            return interval < 0 ? tr("—") : healthMarker(level()) + tr("%1 s").arg(interval);
        case Proposer: {
            const QString name = proposerName(h.miner);
            return name.isEmpty() ? chain::toHex(h.miner) : name;
        }
        case Institution:
            return institutionOf(h.miner);
        case Round: {
            if (!analysed)
                return tr("…");
            const auto r = round();
            if (!r)
                return tr("? undecodable");
            return *r > 0 ? healthMarker(HealthLevel::Warning) + tr("%1 (round change)").arg(*r) : QString::number(*r);
        }
        case Signers: {
            if (!analysed)
                return tr("…");
            if (!analysed->ok())
                return tr("? undecodable");
            const QString text = tr("%1/%2").arg(signers).arg(validators);
            return analysed->quorumMet
                ? text
                : healthMarker(HealthLevel::Critical) + tr("%1 below quorum %2").arg(text).arg(analysed->quorum);
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
            if (!analysed || !analysed->ok())
                return {};
            const auto directory = validatorDirectory(m_state->network());
            QStringList names;
            for (const QByteArray &signer : analysed->record.signers)
                names << validatorLabel(directory, signer);
            return tr("Sealed by %1 (%2 of %3 validators; quorum %4). A block carries the seals its importer had when "
                      "the quorum was reached, so fewer than every validator is normal.")
                .arg(names.join(u", "_s))
                .arg(signers)
                .arg(validators)
                .arg(analysed->quorum);
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Proposer || column == Institution)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ItemRoles::Health:
        return static_cast<int>(level());
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
            return signers;
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

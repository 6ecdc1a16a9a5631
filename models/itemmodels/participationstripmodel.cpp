#include "itemmodels/participationstripmodel.h"

#include "chain/blockanalysis.h"
#include "chain/hex.h"
#include "state/networkstate.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

ParticipationStripModel::ParticipationStripModel(NetworkState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
    , m_cache(BlockAnalysisCache::of(state))
{
    connect(m_cache, &BlockAnalysisCache::blocksAnalysed, this, &ParticipationStripModel::onAnalysed);
    connect(m_cache, &BlockAnalysisCache::blocksDropped, this, &ParticipationStripModel::onDropped);
    connect(m_cache, &BlockAnalysisCache::cleared, this, &ParticipationStripModel::reset);
    connect(m_state, &NetworkState::configured, this, &ParticipationStripModel::reset);
    reset();
}

ParticipationStripModel::~ParticipationStripModel() = default;

int ParticipationStripModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParticipationStripModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

void ParticipationStripModel::reset()
{
    beginResetModel();
    m_directory = validatorDirectory(m_state->network());
    m_rows.clear();
    for (const ValidatorIdentity &id : inventoryValidators(m_state->network())) {
        if (!id.address.isEmpty())
            m_rows.append(id);
    }
    m_columns.clear();
    for (const auto &[number, block] : m_cache->blocks()) {
        m_columns.push_back(number);
        for (const QByteArray &v : block.record.validators) {
            if (rowOf(v) < 0)
                m_rows.append({v, {}, {}});
        }
    }
    endResetModel();
}

int ParticipationStripModel::rowOf(const QByteArray &address) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].address == address)
            return i;
    }
    return -1;
}

void ParticipationStripModel::addRowsFor(const AnalysedBlock &block)
{
    for (const QByteArray &v : block.record.validators) {
        if (rowOf(v) >= 0)
            continue;
        const int row = static_cast<int>(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append({v, {}, {}});
        endInsertRows();
    }
}

void ParticipationStripModel::onAnalysed(quint64 first, quint64 last)
{
    const auto &blocks = m_cache->blocks();
    for (auto it = blocks.lower_bound(first); it != blocks.end() && it->first <= last;) {
        auto pos = std::lower_bound(m_columns.begin(), m_columns.end(), it->first);
        if (pos != m_columns.end() && *pos == it->first) {
            // Re-analysed (a reorg replaced it): the column's cells change.
            addRowsFor(it->second);
            const int column = static_cast<int>(pos - m_columns.begin());
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, column), index(static_cast<int>(m_rows.size()) - 1, column));
            // The next block's round-change owner depends on this one's proposer.
            if (column + 1 < int(m_columns.size()) && !m_rows.isEmpty())
                emit dataChanged(index(0, column + 1), index(static_cast<int>(m_rows.size()) - 1, column + 1));
            ++it;
            continue;
        }
        // A run of consecutive new numbers that all fall before the same held column.
        QList<quint64> run;
        const quint64 limit = pos == m_columns.end() ? std::numeric_limits<quint64>::max() : *pos;
        while (it != blocks.end() && it->first <= last && it->first < limit) {
            addRowsFor(it->second);
            run.append(it->first);
            ++it;
        }
        const int column = static_cast<int>(pos - m_columns.begin());
        beginInsertColumns({}, column, column + static_cast<int>(run.size()) - 1);
        m_columns.insert(m_columns.begin() + column, run.begin(), run.end());
        endInsertColumns();
        // The held block right after the run now has its parent: its round-change owner can be known.
        const int after = column + static_cast<int>(run.size());
        if (after < int(m_columns.size()) && !m_rows.isEmpty())
            emit dataChanged(index(0, after), index(static_cast<int>(m_rows.size()) - 1, after));
    }
}

void ParticipationStripModel::onDropped(quint64 first, quint64 last)
{
    // Remove the columns in [first, last] that the cache no longer holds, as contiguous runs.
    int column = static_cast<int>(std::lower_bound(m_columns.begin(), m_columns.end(), first) - m_columns.begin());
    while (column < int(m_columns.size()) && m_columns[size_t(column)] <= last) {
        if (m_cache->block(m_columns[size_t(column)])) {
            ++column;
            continue;
        }
        int end = column;
        while (end < int(m_columns.size()) && m_columns[size_t(end)] <= last && !m_cache->block(m_columns[size_t(end)]))
            ++end;
        beginRemoveColumns({}, column, end - 1);
        m_columns.erase(m_columns.begin() + column, m_columns.begin() + end);
        endRemoveColumns();
    }
}

quint64 ParticipationStripModel::blockAt(int column) const
{
    return column >= 0 && column < int(m_columns.size()) ? m_columns[size_t(column)] : 0;
}

int ParticipationStripModel::columnOf(quint64 block) const
{
    const auto pos = std::lower_bound(m_columns.begin(), m_columns.end(), block);
    return pos != m_columns.end() && *pos == block ? static_cast<int>(pos - m_columns.begin()) : -1;
}

ParticipationStripModel::Cell ParticipationStripModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= int(m_columns.size()))
        return Cell::Unknown;
    const quint64 number = m_columns[size_t(column)];
    const AnalysedBlock *b = m_cache->block(number);
    if (!b || !b->ok())
        return Cell::Unknown;
    const QByteArray &address = m_rows[row].address;
    if (b->record.proposer == address)
        return Cell::Proposed;
    if (!b->record.validators.contains(address))
        return Cell::NotMember;
    if (b->record.round > 0 && number > 0) {
        if (const AnalysedBlock *parent = m_cache->block(number - 1); parent && parent->ok()) {
            if (chain::expectedProposer(b->record.validators, parent->record.proposer, 0) == address)
                return Cell::RoundChange;
        }
    }
    return b->record.signers.contains(address) ? Cell::Signed : Cell::NotSealed;
}

QString ParticipationStripModel::cellName(Cell cell)
{
    switch (cell) {
    case Cell::NotMember:
        return tr("not a validator");
    case Cell::NotSealed:
        return tr("not among the seals");
    case Cell::Signed:
        return tr("signed");
    case Cell::Proposed:
        return tr("proposed");
    case Cell::RoundChange:
        return tr("its turn: round change");
    case Cell::Unknown:
        break;
    }
    return tr("block not decoded");
}

QString ParticipationStripModel::blockTooltip(int row, quint64 number) const
{
    const AnalysedBlock *b = m_cache->block(number);
    const QLocale locale;
    QString text = tr("Block %1").arg(locale.toString(number));
    if (!b)
        return text;
    text += u'\n'
        + locale.toString(
            QDateTime::fromSecsSinceEpoch(b->record.timestamp, Qt::UTC).toLocalTime(), QLocale::LongFormat);
    if (!b->ok())
        return text + u'\n' + tr("extraData not decoded: %1").arg(b->error);
    text += u'\n' + tr("Proposer: %1").arg(validatorLabel(m_directory, b->record.proposer));
    text += u'\n' + tr("Round: %1").arg(b->record.round);
    QStringList sealers;
    for (const QByteArray &s : b->record.signers)
        sealers.append(validatorLabel(m_directory, s));
    // Who sealed, never who is "missing": Besu puts the quorum of seals its importer had into the block.
    text += u'\n'
        + tr("Sealed by %1 of %2 validators (quorum %3): %4")
              .arg(b->record.signers.size())
              .arg(b->record.validators.size())
              .arg(b->quorum)
              .arg(sealers.join(u", "_s));
    if (row >= 0) {
        text += u'\n'
            + tr("%1: %2").arg(validatorLabel(m_directory, m_rows[row].address), cellName(cell(row, columnOf(number))));
    }
    return text;
}

QVariant ParticipationStripModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quint64 number = m_columns[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellName(cell(index.row(), index.column()));
    case Qt::ToolTipRole:
        return blockTooltip(index.row(), number);
    case CellRole:
        return int(cell(index.row(), index.column()));
    case BlockNumberRole:
        return qulonglong(number);
    case AddressRole:
        return m_rows[index.row()].address;
    default:
        break;
    }
    const AnalysedBlock *b = m_cache->block(number);
    if (!b)
        return {};
    switch (role) {
    case RoundRole:
        return int(b->record.round);
    case SignersRole:
        return int(b->record.signers.size());
    case ValidatorCountRole:
        return int(b->record.validators.size());
    default:
        break;
    }
    return {};
}

QVariant ParticipationStripModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= int(m_columns.size()))
            return {};
        const quint64 number = m_columns[size_t(section)];
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(number);
        case BlockNumberRole:
            return qulonglong(number);
        case Qt::ToolTipRole:
            return blockTooltip(-1, number);
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const ValidatorIdentity &id = m_rows[section];
    switch (role) {
    case Qt::DisplayRole:
        return validatorLabel(m_directory, id.address);
    case Qt::ToolTipRole:
        return id.institution.isEmpty() ? chain::toHex(id.address)
                                        : tr("%1 (%2)\n%3").arg(id.node, id.institution, chain::toHex(id.address));
    case AddressRole:
        return id.address;
    default:
        break;
    }
    return {};
}

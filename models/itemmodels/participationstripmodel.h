#pragma once

#include "analysis/validatoranalysis.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

class BlockAnalysisCache;
class NetworkState;

// Validators (rows) x analysed blocks held in memory (columns, oldest first, newest last): for each cell whether the
// validator proposed, signed, missed the block, or was the first-round proposer of a block that needed a round
// change. New blocks are inserted as columns (at the end for a live chain, anywhere for a backfill), evicted ones
// removed; validators appearing on chain are inserted as rows. No resets except for a new network.
class ParticipationStripModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Cell {
        NotMember, // not in this block's validator set
        NotSealed, // a member whose seal this block does not carry (normal: a block carries a quorum of seals)
        Signed, // committed a seal
        Proposed, // proposed the block (round 0 or a later round)
        RoundChange, // its round-0 turn passed without a block from it
        Unknown, // the block's extraData did not decode
    };
    Q_ENUM(Cell)

    enum Role {
        CellRole = Qt::UserRole + 1, // int(Cell)
        BlockNumberRole, // qulonglong, every cell and horizontal header
        RoundRole, // int
        SignersRole, // int: member seals of the block
        ValidatorCountRole, // int
        AddressRole, // QByteArray, rows
    };

    explicit ParticipationStripModel(NetworkState *state, QObject *parent = nullptr);
    ~ParticipationStripModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Cell cell(int row, int column) const;
    quint64 blockAt(int column) const;
    int columnOf(quint64 block) const; // -1 when not held
    QByteArray addressAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].address : QByteArray(); }
    int rowOf(const QByteArray &address) const;
    static QString cellName(Cell cell); // translated

private:
    void reset();
    void onAnalysed(quint64 first, quint64 last);
    void onDropped(quint64 first, quint64 last);
    void addRowsFor(const AnalysedBlock &block);
    QString blockTooltip(int row, quint64 number) const;

    NetworkState *m_state;
    BlockAnalysisCache *m_cache;
    std::vector<quint64> m_columns; // analysed block numbers, ascending
    QList<ValidatorIdentity> m_rows;
    QHash<QByteArray, ValidatorIdentity> m_directory;
};

#pragma once

#include "analysis/health.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <optional>

#include "analysis/validatoranalysis.h"

#include "state/networkstate.h"

// A small block explorer over the held history, newest first: number, time, interval, proposer (the validator node
// whose inventory address is the block's miner) and its institution, round, committed seals k/N, transactions, gas.
// Rows follow NetworkState's block signals one span at a time; seals come from the state's BlockAnalysisCache (each
// block's seals are recovered once, for every view), and rows are announced again when their analysis arrives.
class RecentBlocksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Time, Interval, Proposer, Institution, Round, Signers, Transactions, Gas, ColumnCount };

    explicit RecentBlocksModel(NetworkState *state, QObject *parent = nullptr);

    void setMaxRows(int rows); // default 200
    int maxRows() const { return m_maxRows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    quint64 blockNumber(int row) const { return m_numbers.value(row); }
    int rowOf(quint64 number) const; // -1 when not shown

private:
    void reset();
    void onAdded(quint64 first, quint64 last);
    void onRemoved(quint64 first, quint64 last);
    void onAnalysed(quint64 first, quint64 last);
    void fillTail();
    void trim();
    void rebuildAddressMap();
    const AnalysedBlock *analysis(quint64 number) const;
    QString proposerName(const QByteArray &miner) const;
    QString institutionOf(const QByteArray &miner) const;

    QPointer<NetworkState> m_state;
    QList<quint64> m_numbers; // descending
    int m_maxRows = 200;
    QHash<QString, QString> m_nodeOfAddress; // "0x..." lowercase -> node name
    QPointer<BlockAnalysisCache> m_cache;
};

#pragma once

#include "nodehealth.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <optional>

#include "state/networkstate.h"

// A small block explorer over the held history, newest first: number, time, interval, proposer (the validator node
// whose inventory address is the block's miner) and its institution, round, committed seals k/N, transactions, gas.
// Rows follow NetworkState's block signals one span at a time; seal recovery runs only for rows a view asks for and
// is cached.
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
    struct Seals
    {
        QByteArray hash;
        int signers = 0;
        int validators = 0;
        int quorum = 0;
        bool decoded = false;
    };

    void reset();
    void onAdded(quint64 first, quint64 last);
    void onRemoved(quint64 first, quint64 last);
    void onValidatorsChanged(quint64 fromBlock);
    void fillTail();
    void trim();
    void rebuildAddressMap();
    const Seals &seals(quint64 number) const;
    QString proposerName(const QByteArray &miner) const;
    QString institutionOf(const QByteArray &miner) const;

    QPointer<NetworkState> m_state;
    QList<quint64> m_numbers; // descending
    int m_maxRows = 200;
    QHash<QString, QString> m_nodeOfAddress; // "0x..." lowercase -> node name
    mutable QHash<quint64, Seals> m_seals;
};

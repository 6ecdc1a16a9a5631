#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// Typed values of the usage side (issue 15): the transactions of a block with what their receipts say, and the counts
// the usage ledger aggregates them into. Addresses are "0x" + 40 lowercase hex digits.
namespace usage {

struct Transaction
{
    QString hash;
    QString from;
    QString to; // empty for a contract creation
    QString contractAddress; // the receipt's, for a creation
    quint64 gas = 0; // the limit the sender set
    quint64 gasUsed = 0; // from the receipt; 0 without one
    bool hasReceipt = false;
    bool failed = false; // receipt status 0x0 (reverted or out of gas)
    quint32 index = 0; // position in the block
};

struct BlockTransactions
{
    quint64 number = 0;
    QString hash;
    quint64 timestamp = 0; // seconds since the epoch
    QList<Transaction> transactions;
    int missingReceipts = 0; // receipts the node did not give (their transactions count, without gas)
};

// What a group of transactions adds up to.
struct Counts
{
    quint64 transactions = 0;
    quint64 gasUsed = 0;
    quint64 failed = 0;
    quint64 withoutReceipt = 0;

    void add(const Counts &other)
    {
        transactions += other.transactions;
        gasUsed += other.gasUsed;
        failed += other.failed;
        withoutReceipt += other.withoutReceipt;
    }
    bool operator==(const Counts &) const = default;
};

} // namespace usage

Q_DECLARE_METATYPE(usage::BlockTransactions)

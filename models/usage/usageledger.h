#pragma once

#include "usagedata.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

// Rolling usage aggregates (issue 15): per sender account and per called contract, transaction counts, gas used and
// failures, in buckets of `bucketSeconds` of block time. Memory is bounded by the retention (the state's history
// window), never by the number of transactions: a bucket holds one entry per (sender, target) pair seen in it.
// Blocks are remembered by number so that none is counted twice.
class UsageLedger
{
public:
    // Pair key: sender id << 32 | target id; ids index addresses(); id 0 is "" (a contract creation's target).
    using PairCounts = QHash<quint64, usage::Counts>;
    struct Bucket
    {
        qint64 startSec = 0;
        PairCounts pairs;
    };

    UsageLedger();

    void configure(int bucketSeconds, qint64 retentionSeconds);
    void clear();
    int bucketSeconds() const { return m_bucketSeconds; }
    qint64 retentionSeconds() const { return m_retentionSeconds; }

    // Adds one block (false when its number is held already, or older than the retention allows).
    bool addBlock(const usage::BlockTransactions &block);
    bool hasBlock(quint64 number) const { return m_blocks.count(number) > 0; }
    int blockCount() const { return int(m_blocks.size()); }
    std::optional<quint64> lowestBlock() const;
    std::optional<quint64> highestBlock() const;
    quint64 transactionCount() const { return m_transactions; }
    // Block time of the oldest and newest block held (seconds), 0 when empty.
    qint64 oldestSec() const;
    qint64 newestSec() const;

    // Drops buckets and blocks older than newest block time - retention.
    void evict();
    // The ledger as it stood when block time reached `sec` (a time cursor): keeps the buckets that end by then and
    // the blocks before their end. `sec` is rounded down to a bucket boundary, since a bucket cannot be split.
    void keepBefore(qint64 sec);

    // The (sender, target) counts over block time [fromSec, toSec), whole buckets (a bucket counts when it starts
    // in the range).
    PairCounts pairs(qint64 fromSec, qint64 toSec) const;
    const std::map<qint64, Bucket> &buckets() const { return m_buckets; }
    // The buckets over [fromSec, toSec) and the addresses, without the block list: what a report of that window reads,
    // copied cheaply (the buckets' counts are shared, not copied) for a worker thread.
    UsageLedger excerpt(qint64 fromSec, qint64 toSec) const;
    const std::map<quint64, qint64> &blockTimes() const { return m_blocks; } // number -> timestamp

    quint32 idOf(const QString &address);
    QString address(quint32 id) const { return m_addresses.value(qsizetype(id)); }
    static quint32 senderOf(quint64 key) { return quint32(key >> 32); }
    static quint32 targetOf(quint64 key) { return quint32(key & 0xffffffffu); }
    static quint64 key(quint32 sender, quint32 target) { return (quint64(sender) << 32) | target; }

    // For a snapshot reader: puts back buckets (pair keys as sender/target addresses) and the blocks they cover.
    void restoreBucket(qint64 startSec, const QList<std::pair<std::pair<QString, QString>, usage::Counts>> &pairs);
    void restoreBlock(quint64 number, qint64 timestamp);

private:
    int m_bucketSeconds = 10;
    qint64 m_retentionSeconds = 24 * 3600;
    std::map<qint64, Bucket> m_buckets; // by start
    std::map<quint64, qint64> m_blocks; // number -> block time
    QStringList m_addresses;
    QHash<QString, quint32> m_ids;
    quint64 m_transactions = 0;
};

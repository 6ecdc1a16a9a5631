#include "usageledger.h"

#include <algorithm>

UsageLedger::UsageLedger()
{
    clear();
}

void UsageLedger::configure(int bucketSeconds, qint64 retentionSeconds)
{
    m_bucketSeconds = std::max(1, bucketSeconds);
    m_retentionSeconds = std::max<qint64>(m_bucketSeconds, retentionSeconds);
    clear();
}

void UsageLedger::clear()
{
    m_buckets.clear();
    m_blocks.clear();
    m_addresses = {QString()};
    m_ids = {{QString(), 0}};
    m_transactions = 0;
}

quint32 UsageLedger::idOf(const QString &address)
{
    const auto it = m_ids.constFind(address);
    if (it != m_ids.constEnd())
        return it.value();
    const quint32 id = quint32(m_addresses.size());
    m_addresses.append(address);
    m_ids.insert(address, id);
    return id;
}

std::optional<quint64> UsageLedger::lowestBlock() const
{
    return m_blocks.empty() ? std::nullopt : std::optional<quint64>(m_blocks.begin()->first);
}

std::optional<quint64> UsageLedger::highestBlock() const
{
    return m_blocks.empty() ? std::nullopt : std::optional<quint64>(m_blocks.rbegin()->first);
}

qint64 UsageLedger::oldestSec() const
{
    return m_blocks.empty() ? 0 : m_blocks.begin()->second;
}

qint64 UsageLedger::newestSec() const
{
    // Block times rise with numbers on a BFT chain; the newest block is the last one.
    return m_blocks.empty() ? 0 : m_blocks.rbegin()->second;
}

bool UsageLedger::addBlock(const usage::BlockTransactions &block)
{
    if (m_blocks.count(block.number))
        return false;
    const qint64 at = qint64(block.timestamp);
    const qint64 newest = newestSec();
    if (newest > 0 && at < newest - m_retentionSeconds)
        return false;
    m_blocks.emplace(block.number, at);
    if (!block.transactions.isEmpty()) {
        const qint64 start = at - at % m_bucketSeconds;
        Bucket &bucket = m_buckets[start];
        bucket.startSec = start;
        for (const usage::Transaction &tx : block.transactions) {
            const quint32 sender = idOf(tx.from);
            const quint32 target = idOf(tx.to);
            usage::Counts &c = bucket.pairs[key(sender, target)];
            ++c.transactions;
            c.gasUsed += tx.gasUsed;
            c.failed += tx.failed ? 1 : 0;
            c.withoutReceipt += tx.hasReceipt ? 0 : 1;
        }
        m_transactions += quint64(block.transactions.size());
    }
    if (at > newest)
        evict();
    return true;
}

void UsageLedger::evict()
{
    const qint64 limit = newestSec() - m_retentionSeconds;
    while (!m_buckets.empty() && m_buckets.begin()->first + m_bucketSeconds <= limit) {
        for (const usage::Counts &c : m_buckets.begin()->second.pairs)
            m_transactions -= std::min(m_transactions, c.transactions);
        m_buckets.erase(m_buckets.begin());
    }
    for (auto it = m_blocks.begin(); it != m_blocks.end();) {
        if (it->second < limit)
            it = m_blocks.erase(it);
        else
            break; // numbers and times rise together
    }
}

void UsageLedger::keepBefore(qint64 sec)
{
    const qint64 cut = sec - ((sec % m_bucketSeconds) + m_bucketSeconds) % m_bucketSeconds;
    for (auto it = m_buckets.lower_bound(cut); it != m_buckets.end(); it = m_buckets.erase(it)) {
        for (const usage::Counts &c : it->second.pairs)
            m_transactions -= std::min(m_transactions, c.transactions);
    }
    while (!m_blocks.empty() && m_blocks.rbegin()->second >= cut)
        m_blocks.erase(std::prev(m_blocks.end())); // numbers and times rise together
}

UsageLedger::PairCounts UsageLedger::pairs(qint64 fromSec, qint64 toSec) const
{
    PairCounts out;
    const qint64 first = fromSec - ((fromSec % m_bucketSeconds) + m_bucketSeconds) % m_bucketSeconds;
    for (auto it = m_buckets.lower_bound(first); it != m_buckets.end() && it->first < toSec; ++it) {
        if (it->first + m_bucketSeconds <= fromSec)
            continue;
        for (auto p = it->second.pairs.cbegin(); p != it->second.pairs.cend(); ++p)
            out[p.key()].add(p.value());
    }
    return out;
}

UsageLedger UsageLedger::excerpt(qint64 fromSec, qint64 toSec) const
{
    UsageLedger out;
    out.m_bucketSeconds = m_bucketSeconds;
    out.m_retentionSeconds = m_retentionSeconds;
    out.m_addresses = m_addresses;
    out.m_ids = m_ids;
    const qint64 first = fromSec - ((fromSec % m_bucketSeconds) + m_bucketSeconds) % m_bucketSeconds;
    for (auto it = m_buckets.lower_bound(first); it != m_buckets.end() && it->first < toSec; ++it)
        out.m_buckets.emplace_hint(out.m_buckets.end(), it->first, it->second);
    return out;
}

void UsageLedger::restoreBucket(
    qint64 startSec, const QList<std::pair<std::pair<QString, QString>, usage::Counts>> &pairs)
{
    Bucket &bucket = m_buckets[startSec - startSec % m_bucketSeconds];
    bucket.startSec = startSec - startSec % m_bucketSeconds;
    for (const auto &[addresses, counts] : pairs) {
        bucket.pairs[key(idOf(addresses.first), idOf(addresses.second))].add(counts);
        m_transactions += counts.transactions;
    }
}

void UsageLedger::restoreBlock(quint64 number, qint64 timestamp)
{
    m_blocks.emplace(number, timestamp);
}

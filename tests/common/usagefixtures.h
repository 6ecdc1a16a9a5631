#pragma once

// Transactions for the usage tests (issue 15): addresses by number, a transaction with its receipt's outcome, a block.

#include "usage/usagedata.h"

#include <QString>

namespace usagefixtures {

inline QString addr(int n)
{
    return QStringLiteral("0x") + QString::number(n, 16).rightJustified(40, u'0');
}

inline usage::Transaction tx(const QString &from, const QString &to, quint64 gasUsed, bool failed = false)
{
    usage::Transaction t;
    t.from = from;
    t.to = to;
    t.gasUsed = gasUsed;
    t.hasReceipt = true;
    t.failed = failed;
    return t;
}

inline usage::BlockTransactions block(quint64 number, quint64 timestamp, QList<usage::Transaction> txs)
{
    usage::BlockTransactions b;
    b.number = number;
    b.timestamp = timestamp;
    for (qsizetype i = 0; i < txs.size(); ++i) {
        txs[i].index = quint32(i);
        txs[i].hash = QStringLiteral("0x%1%2").arg(number, 48, 16, QChar(u'0')).arg(i, 16, 16, QChar(u'0'));
    }
    b.transactions = std::move(txs);
    return b;
}

} // namespace usagefixtures

#pragma once

#include "accountdirectory.h"
#include "usagedata.h"
#include "usageledger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The usage figures of a time window (issue 15 §3): per institution and per account, transactions per second, share of
// gas, top contracts and failures, unknown senders first. Pure: a function of the ledger, the directory and a window,
// shared by the Usage page, the CSV export, snapshots' readers and reports.
namespace usage {

struct TargetUsage
{
    QString address; // empty: contract creations
    Counts counts;
};

struct AccountUsage
{
    QString address;
    AccountDirectory::Attribution attribution;
    Counts counts;
    double transactionsPerSecond = 0;
    double gasShare = 0; // of the window's gas, 0..1
    QList<TargetUsage> topTargets; // by gas, then transactions
};

struct InstitutionUsage
{
    QString id; // empty: the unknown senders' row
    QString name;
    int accounts = 0;
    Counts counts;
    double transactionsPerSecond = 0;
    double gasShare = 0;
    QList<TargetUsage> topTargets;
};

struct UsageReport
{
    qint64 fromSec = 0;
    qint64 toSec = 0;
    double seconds = 0; // the window's length (what tx/s divides by)
    Counts total;
    QList<InstitutionUsage> institutions; // the unknown row first (when any), then by gas
    QList<AccountUsage> accounts; // unknown senders first, then by gas
    QList<TargetUsage> topTargets; // the window's most called contracts, by gas, then transactions
    int unknownSenders = 0;
    int pendingSenders = 0;
    // Transactions per second by institution id ("" unknown) over `pointSeconds` steps from fromSec.
    int pointSeconds = 0;
    QList<QString> seriesInstitutions;
    QList<QList<double>> series; // parallel to seriesInstitutions
};

// `topTargets` per row (and twice that for the whole window); the window is [fromSec, toSec) of block time;
// `maxPoints` bounds the chart series.
UsageReport buildReport(const UsageLedger &ledger, const AccountDirectory &directory, qint64 fromSec, qint64 toSec,
    int topTargets = 5, int maxPoints = 60);

// "0x1234…abcd (12 tx), contract creation (3 tx)": the first `max` targets, addresses shortened.
QString targetsText(const QList<TargetUsage> &targets, int max = 2);

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(UsageReport)
};

} // namespace usage

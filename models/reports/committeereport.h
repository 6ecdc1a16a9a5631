#pragma once

#include "analysis/blockstats.h"
#include "analysis/participation.h"
#include "analysis/sla.h"
#include "incidents/incidentsla.h"
#include "snapshots/snapshotdata.h"
#include "usage/usagereport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The figures of the Technical and Executive Committees' report over [from, to): block production against expected
// and the interval SLA (overall, in and out of service hours), the per-validator OLA table, the incidents with their
// service-hour times and the recurring problems. Computed from a snapshot's data (a file, or the live state
// captured), so the CLI and the GUI report the same numbers. Pure: no clock, no I/O.

struct ReportBucket
{
    QDateTime from; // UTC
    qint64 seconds = 0;
    int produced = 0; // blocks held with a timestamp in the bucket
    double expected = 0; // seconds / block period
    double maxInterval = 0; // longest interval closing in the bucket (s)
    bool covered = true; // the held history reaches back over the bucket
};

struct ReportValidator
{
    QString institution; // display name; empty when not in the inventory
    QString label; // node name or shortened address
    analysis::ValidatorParticipation participation;
};

struct ReportIncident
{
    Incident incident;
    IncidentSla sla; // at the end of the period
    int checklistRuns = 0;
    int stepsDone = 0;
    int stepsTotal = 0;
};

// The same rule on the same subject raised more than once in the period.
struct RecurringProblem
{
    QString rule;
    QString subject;
    int count = 0;
    qint64 openServiceSeconds = 0; // summed over the occurrences, within service hours
    qint64 openSeconds = 0; // summed wall time
    QDateTime first;
    QDateTime last;
};

// Who used the network in the period, through which institution (issue 15): from the usage ledger the data carries.
struct ReportUsage
{
    usage::UsageReport figures; // over the period; unknown senders first
    qint64 heldFromSec = 0; // block times of the oldest and newest block the ledger holds
    qint64 heldToSec = 0;
    int blocks = 0; // blocks of the period whose transactions were read
    bool partial = false; // the ledger starts after the period does
};

struct CommitteeReport
{
    QString networkName; // display name
    quint64 chainId = 0;
    QString producer; // the institution whose data it is
    QDateTime capturedAt; // when that data was captured (the snapshot's time, or the collection pass), UTC
    QString origin; // what it was made from, translated: "snapshot FILE (signed by ...)" or "live collection"
    QDateTime from; // UTC
    QDateTime to;
    QDateTime generatedAt; // when this report was made
    NetworkConfig network;

    analysis::ProductionReport production;
    analysis::IntervalStats intervals; // every held block of the period
    analysis::IntervalStats intervalsInService; // blocks closing inside service hours
    analysis::IntervalStats intervalsOutOfService;
    QList<ReportBucket> buckets; // for the production chart
    qint64 bucketSeconds = 3600;

    QList<ReportValidator> validators; // inventory order first, then unknown addresses
    quint64 firstBlock = 0;
    quint64 lastBlock = 0;
    int blockCount = 0;

    QList<ReportIncident> incidents; // detected in the period, or open during it; oldest first
    QList<RecurringProblem> recurring; // most frequent first

    std::optional<ReportUsage> usage; // nullopt: the data holds no transaction usage
};

class CommitteeReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeReport)

public:
    // Figures over [from, to) (UTC); both clipped to nothing outside the data's window only in the coverage flags.
    static CommitteeReport build(const SnapshotData &data, const QDateTime &from, const QDateTime &to,
        const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());
    // The chart bucket for a period: 1 h up to 2 days, 6 h up to 14 days, a day up to 93 days, a week beyond.
    static qint64 bucketSecondsFor(qint64 periodSeconds);
};

#include "committeereport.h"

#include "analysis/validatoranalysis.h"
#include "chain/hex.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace {

// The participation records of the held blocks before `to`: from the seals the snapshot carries, else analysed here.
QList<analysis::BlockRecord> participationRecords(const SnapshotData &data, qint64 toSecs)
{
    QList<analysis::BlockRecord> out;
    out.reserve(data.blocks.size());
    QList<QByteArray> fallback;
    for (const BlockRecord &b : data.blocks) {
        if (static_cast<qint64>(b.header.timestamp) >= toSecs)
            break;
        const auto seal = data.seals.find(b.number());
        if (seal != data.seals.end() && seal->second.error.isEmpty()) {
            analysis::BlockRecord r;
            r.number = b.number();
            r.timestamp = static_cast<qint64>(b.header.timestamp);
            r.proposer = seal->second.proposer.isEmpty() ? b.header.miner : seal->second.proposer;
            r.round = seal->second.round;
            r.signers = seal->second.signers;
            r.validators = seal->second.signers + seal->second.missing;
            std::sort(r.validators.begin(), r.validators.end());
            out.append(r);
            fallback = r.validators;
            continue;
        }
        const AnalysedBlock a = analyseBlock(b.header, analysis::bftTypeAt(data.network, b.number()), fallback);
        if (a.ok())
            fallback = a.record.validators;
        out.append(a.record);
    }
    return out;
}

} // namespace

qint64 CommitteeReportBuilder::bucketSecondsFor(qint64 periodSeconds)
{
    constexpr qint64 Day = 24 * 3600;
    if (periodSeconds <= 2 * Day)
        return 3600;
    if (periodSeconds <= 14 * Day)
        return 6 * 3600;
    if (periodSeconds <= 93 * Day)
        return Day;
    return 7 * Day;
}

CommitteeReport CommitteeReportBuilder::build(
    const SnapshotData &data, const QDateTime &fromIn, const QDateTime &toIn, const QDateTime &generatedAt)
{
    CommitteeReport r;
    const NetworkConfig &net = data.network;
    r.network = net;
    r.networkName = data.header.networkDisplayName.isEmpty() ? net.name : data.header.networkDisplayName;
    r.chainId = net.chainId;
    r.producer = data.header.producer;
    r.capturedAt = (data.header.createdAt.isValid() ? data.header.createdAt : data.header.windowTo).toUTC();
    r.from = fromIn.toUTC();
    r.to = toIn.toUTC();
    r.generatedAt = generatedAt.toUTC();
    const qint64 fromSecs = r.from.toSecsSinceEpoch();
    const qint64 toSecs = r.to.toSecsSinceEpoch();
    const double period = net.blockPeriodSeconds > 0 ? net.blockPeriodSeconds : 4;

    // ---- Availability ----
    const QList<analysis::BlockPoint> points = analysis::blockPoints(data.blocks, net);
    r.production = analysis::blockProduction(
        points, period, net.serviceHours, net.serviceLevels.producedBlocksShare, r.from, r.to);
    QList<analysis::BlockPoint> inPeriod;
    for (const analysis::BlockPoint &p : points) {
        if (p.timestamp >= fromSecs && p.timestamp < toSecs)
            inPeriod.append(p);
    }
    const QList<analysis::BlockPoint> inService
        = analysis::pointsWithin(inPeriod, analysis::serviceIntervals(net.serviceHours, r.from, r.to));
    QSet<quint64> serviceNumbers;
    for (const analysis::BlockPoint &p : inService)
        serviceNumbers.insert(p.number);
    QList<analysis::BlockPoint> outOfService;
    for (const analysis::BlockPoint &p : inPeriod) {
        if (!serviceNumbers.contains(p.number))
            outOfService.append(p);
    }
    r.intervals = analysis::intervalStats(inPeriod, net.serviceLevels);
    r.intervalsInService = analysis::intervalStats(inService, net.serviceLevels);
    r.intervalsOutOfService = analysis::intervalStats(outOfService, net.serviceLevels);

    r.bucketSeconds = bucketSecondsFor(qMax<qint64>(1, toSecs - fromSecs));
    const qint64 coveredFrom = r.production.coveredFrom.isValid() ? r.production.coveredFrom.toSecsSinceEpoch() : toSecs;
    auto pointIt = inPeriod.cbegin();
    for (qint64 start = fromSecs; start < toSecs; start += r.bucketSeconds) {
        ReportBucket b;
        b.from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        b.seconds = qMin(r.bucketSeconds, toSecs - start);
        b.expected = b.seconds / period;
        b.covered = !r.production.noData && start + qint64(period) >= coveredFrom;
        for (; pointIt != inPeriod.cend() && pointIt->timestamp < start + b.seconds; ++pointIt) {
            ++b.produced;
            b.maxInterval = qMax(b.maxInterval, pointIt->interval);
        }
        r.buckets.append(b);
    }

    // ---- OLA per validator ----
    const QList<analysis::BlockRecord> records = participationRecords(data, toSecs);
    analysis::ParticipationOptions options;
    options.thresholds = net.serviceLevels.ola;
    options.inactiveAfterBlocks = net.serviceLevels.inactivityWindowBlocks;
    options.sinceTimestamp = fromSecs;
    if (!records.isEmpty())
        options.minimumBlocks = MinimumRotations * int(records.last().validators.size());
    const analysis::ParticipationReport participation = analysis::computeParticipation(records, options);
    r.firstBlock = participation.firstBlock;
    r.lastBlock = participation.lastBlock;
    r.blockCount = participation.blockCount;
    const QHash<QByteArray, ValidatorIdentity> directory = validatorDirectory(net);
    QHash<QByteArray, qsizetype> order;
    const QList<ValidatorIdentity> known = inventoryValidators(net);
    for (qsizetype i = 0; i < known.size(); ++i)
        order.insert(known[i].address, i);
    for (const analysis::ValidatorParticipation &p : participation.validators) {
        ReportValidator v;
        v.participation = p;
        v.label = validatorLabel(directory, p.address);
        const auto id = directory.constFind(p.address);
        if (id != directory.cend())
            v.institution = id->institution;
        r.validators.append(v);
    }
    std::stable_sort(r.validators.begin(), r.validators.end(), [&order](const ReportValidator &a, const ReportValidator &b) {
        return order.value(a.participation.address, order.size()) < order.value(b.participation.address, order.size());
    });

    // ---- Incidents ----
    QHash<QString, QList<const ChecklistRun *>> runsOf;
    for (const ChecklistRun &run : data.runs)
        runsOf[run.incidentUid].append(&run);
    for (const Incident &i : data.incidents) {
        if (!i.detectedAt.isValid() || i.detectedAt >= r.to || (i.resolvedAt.isValid() && i.resolvedAt < r.from))
            continue;
        ReportIncident ri;
        ri.incident = i;
        ri.sla = incidentSla(i, net, r.to);
        for (const ChecklistRun *run : runsOf.value(i.uid)) {
            ++ri.checklistRuns;
            ri.stepsTotal += int(run->steps.size());
            ri.stepsDone += int(std::count_if(run->steps.cbegin(), run->steps.cend(), [](const RunStep &s) { return s.done; }));
        }
        r.incidents.append(ri);
    }
    std::stable_sort(r.incidents.begin(), r.incidents.end(),
        [](const ReportIncident &a, const ReportIncident &b) { return a.incident.detectedAt < b.incident.detectedAt; });

    // ---- Recurring problems: the same rule on the same subject, detected more than once in the period ----
    std::map<std::pair<QString, QString>, RecurringProblem> groups;
    for (const ReportIncident &ri : std::as_const(r.incidents)) {
        const Incident &i = ri.incident;
        if (i.detectedAt < r.from)
            continue;
        RecurringProblem &g = groups[{i.rule, i.subject}];
        g.rule = i.rule;
        g.subject = i.subject;
        ++g.count;
        g.openServiceSeconds += ri.sla.openServiceSeconds;
        const QDateTime end = i.resolvedAt.isValid() ? qMin(i.resolvedAt, r.to) : r.to;
        g.openSeconds += qMax<qint64>(0, i.detectedAt.secsTo(end));
        if (!g.first.isValid() || i.detectedAt < g.first)
            g.first = i.detectedAt;
        if (!g.last.isValid() || i.detectedAt > g.last)
            g.last = i.detectedAt;
    }
    for (const auto &[key, g] : groups) {
        if (g.count > 1)
            r.recurring.append(g);
    }
    std::stable_sort(r.recurring.begin(), r.recurring.end(),
        [](const RecurringProblem &a, const RecurringProblem &b) { return a.count > b.count; });

    // ---- Usage: attributed as the data's own profile and the contract answers it carries say ----
    if (data.usage && data.usage->ledger.blockCount() > 0) {
        const UsageLedger &ledger = data.usage->ledger;
        AccountDirectory accounts;
        accounts.configure(net);
        for (auto it = data.usage->contractAnswers.cbegin(); it != data.usage->contractAnswers.cend(); ++it)
            accounts.setContractAnswer(it.key(), it.value());
        ReportUsage u;
        u.figures = usage::buildReport(ledger, accounts, fromSecs, toSecs, 3);
        u.heldFromSec = ledger.oldestSec();
        u.heldToSec = ledger.newestSec();
        const auto &times = ledger.blockTimes();
        u.blocks = int(std::count_if(times.cbegin(), times.cend(),
            [&](const auto &block) { return block.second >= fromSecs && block.second < toSecs; }));
        // A bucket's worth of slack: the ledger counts whole buckets.
        u.partial = u.heldFromSec > fromSecs + ledger.bucketSeconds();
        r.usage = std::move(u);
    }
    return r;
}

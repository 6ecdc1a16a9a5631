#include "analysis/participation.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace analysis {

namespace {

int severity(ParticipationStatus status)
{
    switch (status) {
    case ParticipationStatus::NotEnoughData:
        return 0;
    case ParticipationStatus::Ok:
        return 1;
    case ParticipationStatus::Yellow:
        return 2;
    case ParticipationStatus::Red:
        return 3;
    case ParticipationStatus::Inactive:
        return 4;
    }
    return 0;
}

double percent(double part, double whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

} // namespace

BlockRecord fromAnalysis(const chain::BlockAnalysis &analysis)
{
    return BlockRecord {analysis.number, static_cast<qint64>(analysis.timestamp), analysis.proposer, analysis.round,
        analysis.signers, analysis.validators};
}

OlaThreshold thresholdFor(int validatorCount, const QList<OlaThreshold> &table)
{
    for (const OlaThreshold &t : table) {
        if (t.validators == validatorCount)
            return t;
    }
    if (validatorCount <= 0)
        return {validatorCount, 0, 0};
    const double expected = 100.0 / validatorCount;
    return {validatorCount, expected * 0.94, expected * 0.88};
}

QString statusName(ParticipationStatus status)
{
    switch (status) {
    case ParticipationStatus::Ok:
        return QCoreApplication::translate("Participation", "OK");
    case ParticipationStatus::Yellow:
        return QCoreApplication::translate("Participation", "Yellow");
    case ParticipationStatus::Red:
        return QCoreApplication::translate("Participation", "Red");
    case ParticipationStatus::Inactive:
        return QCoreApplication::translate("Participation", "Inactive");
    case ParticipationStatus::NotEnoughData:
        break;
    }
    return QCoreApplication::translate("Participation", "Not enough data");
}

ParticipationReport computeParticipation(const QList<BlockRecord> &input, const ParticipationOptions &options)
{
    ParticipationReport report;
    // Sorted by number, one record per number (the last given wins).
    std::map<quint64, const BlockRecord *> byNumber;
    for (const BlockRecord &b : input)
        byNumber[b.number] = &b;
    if (byNumber.empty())
        return report;
    QList<const BlockRecord *> blocks;
    blocks.reserve(static_cast<qsizetype>(byNumber.size()));
    for (const auto &entry : byNumber)
        blocks.append(entry.second);

    const quint64 newest = blocks.last()->number;
    const auto inWindow = [&](const BlockRecord &b) {
        if (options.lastBlocks && (*options.lastBlocks <= 0 || newest - b.number >= quint64(*options.lastBlocks)))
            return false;
        if (options.sinceTimestamp && b.timestamp < *options.sinceTimestamp)
            return false;
        return true;
    };

    struct Accumulator
    {
        ValidatorParticipation p;
        double expectedSum = 0;
        double yellowSum = 0;
        double redSum = 0;
    };
    std::map<QByteArray, Accumulator> stats; // sorted by address
    const auto entry = [&stats](const QByteArray &address) -> Accumulator & {
        Accumulator &a = stats[address];
        a.p.address = address;
        return a;
    };

    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const BlockRecord &b = *blocks[i];
        if (!inWindow(b))
            continue;
        if (report.blockCount == 0)
            report.firstBlock = b.number;
        report.lastBlock = b.number;
        ++report.blockCount;
        const int n = static_cast<int>(b.validators.size());
        const OlaThreshold threshold = thresholdFor(n, options.thresholds);
        for (const QByteArray &v : b.validators) {
            Accumulator &a = entry(v);
            ++a.p.memberBlocks;
            a.expectedSum += 100.0 / n;
            a.yellowSum += threshold.yellowPercent;
            a.redSum += threshold.redPercent;
            if (b.proposer == v)
                ++a.p.proposed;
            if (b.signers.contains(v))
                ++a.p.signedBlocks;
        }
        // Whose turn round 0 was, by the round-robin rule, needs the parent block's proposer.
        if (i > 0 && blocks[i - 1]->number + 1 == b.number) {
            const QByteArray owner = chain::expectedProposer(b.validators, blocks[i - 1]->proposer, 0);
            if (!owner.isEmpty()) {
                Accumulator &a = entry(owner);
                ++a.p.turns;
                if (b.round > 0)
                    ++a.p.roundChangesOnTurn;
            }
        }
    }

    for (auto &[address, a] : stats) {
        ValidatorParticipation &p = a.p;
        p.proposedPercent = percent(p.proposed, p.memberBlocks);
        p.signingPercent = percent(p.signedBlocks, p.memberBlocks);
        if (p.memberBlocks > 0) {
            p.expectedPercent = a.expectedSum / p.memberBlocks;
            p.yellowPercent = a.yellowSum / p.memberBlocks;
            p.redPercent = a.redSum / p.memberBlocks;
        }
        // History over every block given, newest first.
        int quietMemberBlocks = 0;
        bool quietRunOpen = true;
        for (qsizetype i = blocks.size() - 1; i >= 0; --i) {
            const BlockRecord &b = *blocks[i];
            const bool member = b.validators.contains(address);
            const bool proposedIt = b.proposer == address;
            if (proposedIt && !p.lastProposedBlock) {
                p.lastProposedBlock = b.number;
                p.lastProposedTime = b.timestamp;
            }
            if (!p.lastSignedBlock && b.signers.contains(address)) {
                p.lastSignedBlock = b.number;
                p.lastSignedTime = b.timestamp;
            }
            if (quietRunOpen) {
                if (member && !proposedIt)
                    ++quietMemberBlocks;
                else
                    quietRunOpen = false;
            }
            if (!quietRunOpen && p.lastProposedBlock && p.lastSignedBlock)
                break;
        }

        if (options.inactiveAfterBlocks > 0 && quietMemberBlocks >= options.inactiveAfterBlocks)
            p.status = ParticipationStatus::Inactive;
        else if (p.memberBlocks == 0 || p.memberBlocks < options.minimumBlocks)
            p.status = ParticipationStatus::NotEnoughData;
        else if (p.proposedPercent < p.redPercent)
            p.status = ParticipationStatus::Red;
        else if (p.proposedPercent < p.yellowPercent)
            p.status = ParticipationStatus::Yellow;
        else
            p.status = ParticipationStatus::Ok;
        report.validators.append(p);
    }
    return report;
}

QList<InstitutionParticipation> aggregateByInstitution(
    const ParticipationReport &report, const QHash<QByteArray, QString> &institutionOf)
{
    std::map<QString, InstitutionParticipation> groups;
    std::map<QString, int> signedBlocks;
    for (const ValidatorParticipation &v : report.validators) {
        const QString name = institutionOf.value(v.address);
        InstitutionParticipation &g = groups[name];
        if (g.validators.isEmpty()) {
            g.institution = name;
            g.status = v.status;
        } else if (severity(v.status) > severity(g.status)) {
            g.status = v.status;
        }
        g.validators.append(v.address);
        g.proposed += v.proposed;
        g.memberBlocks += v.memberBlocks;
        g.expectedPercent += v.expectedPercent;
        signedBlocks[name] += v.signedBlocks;
    }
    QList<InstitutionParticipation> out;
    for (auto &[name, g] : groups) {
        g.proposedPercent = percent(g.proposed, report.blockCount);
        g.signingPercent = percent(signedBlocks[name], g.memberBlocks);
        out.append(g);
    }
    return out;
}

} // namespace analysis

#include "usagereport.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace usage {

namespace {

bool byGas(const Counts &a, const Counts &b)
{
    return a.gasUsed != b.gasUsed ? a.gasUsed > b.gasUsed : a.transactions > b.transactions;
}

QList<TargetUsage> top(const QHash<quint32, Counts> &targets, const UsageLedger &ledger, int n)
{
    QList<TargetUsage> out;
    out.reserve(targets.size());
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        out.append({ledger.address(it.key()), it.value()});
    std::sort(out.begin(), out.end(), [](const TargetUsage &a, const TargetUsage &b) {
        return byGas(a.counts, b.counts) || (a.counts == b.counts && a.address < b.address);
    });
    if (out.size() > n)
        out.resize(n);
    return out;
}

} // namespace

UsageReport buildReport(const UsageLedger &ledger, const AccountDirectory &directory, qint64 fromSec, qint64 toSec,
    int topTargets, int maxPoints)
{
    UsageReport r;
    r.fromSec = fromSec;
    r.toSec = std::max(toSec, fromSec + 1);
    r.seconds = double(r.toSec - r.fromSec);
    const UsageLedger::PairCounts pairs = ledger.pairs(r.fromSec, r.toSec);

    QHash<quint32, Counts> bySender;
    QHash<quint32, QHash<quint32, Counts>> targetsBySender;
    QHash<quint32, Counts> byTarget;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const quint32 sender = UsageLedger::senderOf(it.key());
        const quint32 target = UsageLedger::targetOf(it.key());
        bySender[sender].add(it.value());
        targetsBySender[sender][target].add(it.value());
        byTarget[target].add(it.value());
        r.total.add(it.value());
    }
    r.topTargets = top(byTarget, ledger, 2 * topTargets);
    const double totalGas = double(r.total.gasUsed);

    QHash<QString, int> institutionRow;
    QHash<QString, QHash<quint32, Counts>> targetsByInstitution;
    for (auto it = bySender.cbegin(); it != bySender.cend(); ++it) {
        AccountUsage a;
        a.address = ledger.address(it.key());
        a.attribution = directory.attribution(a.address);
        a.counts = it.value();
        a.transactionsPerSecond = double(a.counts.transactions) / r.seconds;
        a.gasShare = totalGas > 0 ? double(a.counts.gasUsed) / totalGas : 0;
        const auto &targets = targetsBySender.value(it.key());
        a.topTargets = top(targets, ledger, topTargets);
        if (a.attribution.source == AccountDirectory::Source::Unknown)
            ++r.unknownSenders;
        if (a.attribution.source == AccountDirectory::Source::Pending)
            ++r.pendingSenders;

        const QString inst = a.attribution.institution;
        if (!institutionRow.contains(inst)) {
            institutionRow.insert(inst, int(r.institutions.size()));
            InstitutionUsage iu;
            iu.id = inst;
            iu.name = inst.isEmpty() ? ReportText::tr("Unknown senders") : directory.institutionName(inst);
            r.institutions.append(iu);
        }
        InstitutionUsage &iu = r.institutions[institutionRow.value(inst)];
        ++iu.accounts;
        iu.counts.add(a.counts);
        auto &instTargets = targetsByInstitution[inst];
        for (auto t = targets.cbegin(); t != targets.cend(); ++t)
            instTargets[t.key()].add(t.value());
        r.accounts.append(a);
    }
    for (InstitutionUsage &iu : r.institutions) {
        iu.transactionsPerSecond = double(iu.counts.transactions) / r.seconds;
        iu.gasShare = totalGas > 0 ? double(iu.counts.gasUsed) / totalGas : 0;
        iu.topTargets = top(targetsByInstitution.value(iu.id), ledger, topTargets);
    }
    // Unknown senders first: the accountability gap is what the committee must see.
    auto unknownFirst = [](bool aUnknown, bool bUnknown) { return aUnknown && !bUnknown; };
    std::sort(r.institutions.begin(), r.institutions.end(), [&](const InstitutionUsage &a, const InstitutionUsage &b) {
        if (a.id.isEmpty() != b.id.isEmpty())
            return unknownFirst(a.id.isEmpty(), b.id.isEmpty());
        return byGas(a.counts, b.counts) || (a.counts == b.counts && a.id < b.id);
    });
    std::sort(r.accounts.begin(), r.accounts.end(), [&](const AccountUsage &a, const AccountUsage &b) {
        const bool au = a.attribution.institution.isEmpty();
        const bool bu = b.attribution.institution.isEmpty();
        if (au != bu)
            return unknownFirst(au, bu);
        return byGas(a.counts, b.counts) || (a.counts == b.counts && a.address < b.address);
    });

    // The chart: transactions per second per institution over at most maxPoints steps (whole buckets).
    const qint64 bucket = ledger.bucketSeconds();
    const qint64 span = r.toSec - r.fromSec;
    qint64 step = std::max<qint64>(bucket, (span + maxPoints - 1) / std::max(1, maxPoints));
    step = ((step + bucket - 1) / bucket) * bucket;
    const int points = int(std::max<qint64>(1, (span + step - 1) / step));
    r.pointSeconds = int(step);
    for (const InstitutionUsage &iu : std::as_const(r.institutions))
        r.seriesInstitutions.append(iu.id);
    r.series = QList<QList<double>>(r.seriesInstitutions.size(), QList<double>(points, 0.0));
    QHash<quint32, int> senderSeries;
    for (auto it = bySender.cbegin(); it != bySender.cend(); ++it)
        senderSeries.insert(it.key(), int(r.seriesInstitutions.indexOf(directory.attribution(ledger.address(it.key())).institution)));
    const auto &buckets = ledger.buckets();
    for (auto it = buckets.lower_bound(r.fromSec - (r.fromSec % bucket)); it != buckets.end() && it->first < r.toSec; ++it) {
        if (it->first + bucket <= r.fromSec)
            continue;
        const int point = int(std::clamp<qint64>((it->first - r.fromSec) / step, 0, points - 1));
        for (auto p = it->second.pairs.cbegin(); p != it->second.pairs.cend(); ++p) {
            const int s = senderSeries.value(UsageLedger::senderOf(p.key()), -1);
            if (s >= 0)
                r.series[s][point] += double(p.value().transactions) / double(step);
        }
    }
    return r;
}

QString targetsText(const QList<TargetUsage> &targets, int max)
{
    QStringList parts;
    for (const TargetUsage &t : targets) {
        if (parts.size() >= max)
            break;
        const QString who = t.address.isEmpty() ? ReportText::tr("contract creation") : t.address.left(6) + u'…' + t.address.right(4);
        parts << ReportText::tr("%1 (%n tx)", nullptr, int(qMin<quint64>(t.counts.transactions, 1u << 30))).arg(who);
    }
    return parts.join(u", "_s);
}

} // namespace usage

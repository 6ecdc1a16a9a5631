#include "incidentreview.h"

#include "analysis/sla.h"
#include "core/format.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReview)
};

struct Accumulator
{
    ReviewGroup group;
    qint64 ackSum = 0;
    qint64 resolveSum = 0;
};

void add(Accumulator &acc, const Incident &incident, qint64 toAck, qint64 toResolve)
{
    ++acc.group.count;
    if (incident.isOpen())
        ++acc.group.open;
    if (isCritical(incident.severity))
        ++acc.group.critical;
    if (toAck >= 0) {
        ++acc.group.acknowledged;
        acc.ackSum += toAck;
    }
    if (toResolve >= 0) {
        ++acc.group.resolved;
        acc.resolveSum += toResolve;
    }
}

ReviewGroup finish(Accumulator acc)
{
    if (acc.group.acknowledged > 0)
        acc.group.meanToAcknowledgeSeconds = acc.ackSum / acc.group.acknowledged;
    if (acc.group.resolved > 0)
        acc.group.meanToResolveSeconds = acc.resolveSum / acc.group.resolved;
    return acc.group;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString markdownCell(const QString &text)
{
    QString cell = text;
    cell.replace(u"|"_s, u"\\|"_s);
    cell.replace(u'\n', u' ');
    return cell;
}

QString meanText(qint64 seconds)
{
    return seconds < 0 ? u"—"_s : formatDuration(seconds * 1000);
}

} // namespace

QString reviewByText(ReviewGroup::By by)
{
    switch (by) {
    case ReviewGroup::By::Rule:
        return ReviewText::tr("Rule");
    case ReviewGroup::By::Institution:
        return ReviewText::tr("Institution");
    case ReviewGroup::By::Node:
        return ReviewText::tr("Node");
    }
    return {};
}

QList<ReviewGroup> IncidentReview::recurring() const
{
    QList<ReviewGroup> out;
    std::copy_if(groups.cbegin(), groups.cend(), std::back_inserter(out), [](const ReviewGroup &g) { return g.count >= 2; });
    return out;
}

IncidentReview reviewIncidents(
    const QList<Incident> &incidents, const NetworkConfig &network, const QDateTime &from, const QDateTime &to)
{
    IncidentReview review;
    review.from = from;
    review.to = to;
    // Keyed by (by, name), kept in first-seen order before sorting.
    QHash<QString, Accumulator> groups;
    QStringList order;
    const auto group = [&](ReviewGroup::By by, const QString &name, const QString &label) -> Accumulator & {
        const QString key = QString::number(int(by)) + u'\x1f' + name;
        auto it = groups.find(key);
        if (it == groups.end()) {
            Accumulator acc;
            acc.group.by = by;
            acc.group.name = name;
            acc.group.label = label;
            it = groups.insert(key, acc);
            order << key;
        }
        return it.value();
    };
    Accumulator all;
    for (const Incident &incident : incidents) {
        if (!incident.detectedAt.isValid() || incident.detectedAt < from || incident.detectedAt >= to)
            continue;
        const qint64 toAck = incident.acknowledgedAt.isValid()
            ? analysis::serviceSeconds(network.serviceHours, incident.detectedAt, incident.acknowledgedAt)
            : -1;
        const qint64 toResolve = incident.resolvedAt.isValid()
            ? analysis::serviceSeconds(network.serviceHours, incident.detectedAt, incident.resolvedAt)
            : -1;
        add(all, incident, toAck, toResolve);
        add(group(ReviewGroup::By::Rule, incident.rule, Rules::title(incident.rule)), incident, toAck, toResolve);
        for (const QString &id : incident.institutions) {
            const Institution *inst = network.institution(id);
            add(group(ReviewGroup::By::Institution, id, inst && !inst->name.isEmpty() ? inst->name : id), incident,
                toAck, toResolve);
        }
        for (const QString &node : incident.nodes)
            add(group(ReviewGroup::By::Node, node, node), incident, toAck, toResolve);
    }
    const ReviewGroup total = finish(all);
    review.total = total.count;
    review.meanToAcknowledgeSeconds = total.meanToAcknowledgeSeconds;
    review.meanToResolveSeconds = total.meanToResolveSeconds;
    for (const QString &key : std::as_const(order))
        review.groups << finish(groups.value(key));
    std::stable_sort(review.groups.begin(), review.groups.end(), [](const ReviewGroup &a, const ReviewGroup &b) {
        if (a.by != b.by)
            return int(a.by) < int(b.by);
        if (a.count != b.count)
            return a.count > b.count;
        return a.name < b.name;
    });
    return review;
}

QByteArray reviewToCsv(const IncidentReview &review)
{
    QStringList lines;
    lines << u"group,name,label,incidents,open,critical,acknowledged,resolved,mean_to_acknowledge_service_s,"
             "mean_to_resolve_service_s"_s;
    const auto byKey = [](ReviewGroup::By by) {
        return by == ReviewGroup::By::Rule ? u"rule"_s : by == ReviewGroup::By::Institution ? u"institution"_s : u"node"_s;
    };
    for (const ReviewGroup &g : review.groups) {
        lines << QStringList {byKey(g.by), csvField(g.name), csvField(g.label), QString::number(g.count),
            QString::number(g.open), QString::number(g.critical), QString::number(g.acknowledged),
            QString::number(g.resolved),
            g.meanToAcknowledgeSeconds < 0 ? QString() : QString::number(g.meanToAcknowledgeSeconds),
            g.meanToResolveSeconds < 0 ? QString() : QString::number(g.meanToResolveSeconds)}
                     .join(u',');
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QString reviewToMarkdown(const IncidentReview &review, const NetworkConfig &network)
{
    const QLocale locale;
    QString out;
    out += u"# "_s + ReviewText::tr("Recurring-incident review — %1").arg(network.displayName) + u"\n\n"_s;
    out += ReviewText::tr("Period: %1 to %2. Times in service hours (%3–%4, %5).")
               .arg(locale.toString(review.from.toTimeZone(analysis::serviceTimeZone(network.serviceHours)),
                        QLocale::ShortFormat),
                   locale.toString(review.to.toTimeZone(analysis::serviceTimeZone(network.serviceHours)),
                       QLocale::ShortFormat),
                   network.serviceHours.start.toString(u"HH:mm"_s),
                   network.serviceHours.end.toString(u"HH:mm"_s), network.serviceHours.timeZone)
        + u"\n\n"_s;
    out += ReviewText::tr("%n incident(s); mean time to acknowledge %1, to resolve %2.", nullptr, review.total)
               .arg(meanText(review.meanToAcknowledgeSeconds), meanText(review.meanToResolveSeconds))
        + u"\n"_s;
    for (const ReviewGroup::By by : {ReviewGroup::By::Rule, ReviewGroup::By::Institution, ReviewGroup::By::Node}) {
        out += u"\n## "_s + ReviewText::tr("By %1").arg(reviewByText(by).toLower()) + u"\n\n"_s;
        out += u"| "_s + reviewByText(by) + u" | "_s + ReviewText::tr("Incidents") + u" | "_s
            + ReviewText::tr("Open") + u" | "_s + ReviewText::tr("Critical") + u" | "_s
            + ReviewText::tr("Mean to acknowledge") + u" | "_s + ReviewText::tr("Mean to resolve") + u" |\n"_s;
        out += u"|---|--:|--:|--:|--:|--:|\n"_s;
        int rows = 0;
        for (const ReviewGroup &g : review.groups) {
            if (g.by != by)
                continue;
            ++rows;
            out += u"| "_s + markdownCell(g.label) + u" | "_s + QString::number(g.count) + u" | "_s
                + QString::number(g.open) + u" | "_s + QString::number(g.critical) + u" | "_s
                + meanText(g.meanToAcknowledgeSeconds) + u" | "_s + meanText(g.meanToResolveSeconds) + u" |\n"_s;
        }
        if (rows == 0)
            out += u"| "_s + ReviewText::tr("none") + u" | 0 | 0 | 0 | — | — |\n"_s;
    }
    // The title says "recurring": name the groups that are.
    const QList<ReviewGroup> recurring = review.recurring();
    out += u"\n## "_s + ReviewText::tr("Recurring") + u"\n\n"_s;
    if (recurring.isEmpty())
        out += ReviewText::tr("No rule, institution or node had more than one incident in the period.") + u"\n"_s;
    for (const ReviewGroup &g : recurring)
        out += u"- "_s + ReviewText::tr("%1 %2: %n incident(s)", nullptr, g.count).arg(reviewByText(g.by), g.label)
            + u"\n"_s;
    return out;
}

#include "incidentreplay.h"

#include <algorithm>

namespace replay {

std::optional<Incident> incidentAt(const Incident &incident, const QDateTime &at)
{
    if (!incident.detectedAt.isValid() || incident.detectedAt > at)
        return std::nullopt;
    Incident i = incident;
    i.timeline.clear();
    i.status = IncidentStatus::Detected;
    if (i.acknowledgedAt.isValid() && i.acknowledgedAt > at) {
        i.acknowledgedAt = {};
        i.acknowledgedBy.clear();
        i.acknowledgedInstitution.clear();
    }
    if (i.mitigatedAt.isValid() && i.mitigatedAt > at)
        i.mitigatedAt = {};
    i.resolvedAt = {};
    i.resolvedBy.clear();
    if (i.lastSeenAt.isValid() && i.lastSeenAt > at)
        i.lastSeenAt = at;
    // The lifecycle as IncidentBook walks it, replayed over the entries made by `at`.
    bool cut = false;
    for (const TimelineEntry &e : incident.timeline) {
        if (e.at > at) {
            cut = true;
            continue;
        }
        i.timeline.append(e);
        switch (e.kind) {
        case TimelineEntry::Kind::Detected:
            // "title\nevidence" as raised
            if (const qsizetype nl = e.text.indexOf(u'\n'); nl >= 0)
                i.evidence = e.text.mid(nl + 1);
            break;
        case TimelineEntry::Kind::Acknowledged:
            if (!i.acknowledgedAt.isValid()) {
                i.acknowledgedAt = e.at;
                i.acknowledgedBy = e.author;
                i.acknowledgedInstitution = e.institution;
            }
            if (i.status == IncidentStatus::Detected)
                i.status = IncidentStatus::Acknowledged;
            break;
        case TimelineEntry::Kind::Mitigated:
            if (!i.mitigatedAt.isValid())
                i.mitigatedAt = e.at;
            if (i.status != IncidentStatus::Resolved)
                i.status = IncidentStatus::Mitigated;
            break;
        case TimelineEntry::Kind::Resolved:
            i.status = IncidentStatus::Resolved;
            i.resolvedAt = e.at;
            i.resolvedBy = e.author;
            break;
        case TimelineEntry::Kind::Reopened:
            i.status = i.mitigatedAt.isValid() ? IncidentStatus::Mitigated
                : i.acknowledgedAt.isValid()   ? IncidentStatus::Acknowledged
                                               : IncidentStatus::Detected;
            i.resolvedAt = {};
            i.resolvedBy.clear();
            break;
        case TimelineEntry::Kind::Evidence:
            i.evidence = e.text;
            break;
        default:
            break;
        }
    }
    if (!cut)
        i.evidence = incident.evidence;
    // A book written without a Resolved entry (older files): the resolution time alone says when it closed.
    if (incident.resolvedAt.isValid() && incident.resolvedAt <= at && i.status != IncidentStatus::Resolved
        && std::none_of(incident.timeline.cbegin(), incident.timeline.cend(),
            [](const TimelineEntry &e) { return e.kind == TimelineEntry::Kind::Resolved; })) {
        i.status = IncidentStatus::Resolved;
        i.resolvedAt = incident.resolvedAt;
        i.resolvedBy = incident.resolvedBy;
    }
    // Likewise an acknowledgement recorded only in its fields.
    if (i.status == IncidentStatus::Detected && i.acknowledgedAt.isValid())
        i.status = i.mitigatedAt.isValid() ? IncidentStatus::Mitigated : IncidentStatus::Acknowledged;
    return i;
}

QList<Incident> incidentsAt(const QList<Incident> &incidents, const QDateTime &at)
{
    QList<Incident> out;
    for (const Incident &incident : incidents) {
        if (auto i = incidentAt(incident, at))
            out.append(std::move(*i));
    }
    return out;
}

QList<ChecklistRun> runsAt(const QList<ChecklistRun> &runs, const QDateTime &at)
{
    QList<ChecklistRun> out;
    for (ChecklistRun run : runs) {
        if (run.startedAt.isValid() && run.startedAt > at)
            continue;
        if (run.finishedAt.isValid() && run.finishedAt > at)
            run.finishedAt = {};
        for (RunStep &step : run.steps) {
            if (step.done && step.doneAt.isValid() && step.doneAt > at) {
                step.done = false;
                step.doneAt = {};
                step.author.clear();
                step.note.clear();
            }
        }
        out.append(run);
    }
    return out;
}

} // namespace replay

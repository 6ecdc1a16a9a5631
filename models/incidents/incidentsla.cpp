#include "incidentsla.h"

#include "analysis/sla.h"

#include <cmath>

QDateTime addServiceTime(const ServiceHours &hours, const QDateTime &from, qint64 serviceSeconds)
{
    if (!from.isValid() || serviceSeconds < 0)
        return {};
    // Walk the service periods a few weeks at a time; a profile without any service day (or holidays covering
    // everything) gives up after two years instead of looping.
    constexpr qint64 Window = 21LL * 24 * 3600;
    constexpr int MaxWindows = 2 * 365 * 24 * 3600 / Window;
    qint64 remaining = serviceSeconds;
    QDateTime cursor = from.toUTC();
    for (int w = 0; w < MaxWindows; ++w) {
        const QDateTime next = cursor.addSecs(Window);
        for (const auto &[s, e] : analysis::serviceIntervals(hours, cursor, next)) {
            if (e - s > remaining || (remaining == 0 && e > s))
                return QDateTime::fromSecsSinceEpoch(s + remaining, Qt::UTC);
            remaining -= e - s;
            if (remaining == 0)
                return QDateTime::fromSecsSinceEpoch(e, Qt::UTC);
        }
        cursor = next;
    }
    return {};
}

bool holidaysCoverYear(const ServiceHours &hours, int year)
{
    for (const QDate &d : hours.holidays) {
        if (d.year() == year)
            return true;
    }
    return false;
}

IncidentSla incidentSla(const Incident &incident, const NetworkConfig &network, const QDateTime &now)
{
    IncidentSla sla;
    const ServiceHours &hours = network.serviceHours;
    const QDateTime detected = incident.detectedAt;
    if (!detected.isValid())
        return sla;
    const auto elapsed = [&](const QDateTime &until) {
        return until.isValid() && until > detected ? analysis::serviceSeconds(hours, detected, until) : qint64(0);
    };
    const QDateTime end = incident.resolvedAt.isValid() ? incident.resolvedAt : now;
    sla.openServiceSeconds = elapsed(end);
    if (incident.acknowledgedAt.isValid())
        sla.toAcknowledgeSeconds = elapsed(incident.acknowledgedAt);
    if (incident.resolvedAt.isValid())
        sla.toResolveSeconds = elapsed(incident.resolvedAt);

    sla.hasDeadlines = isCritical(incident.severity);
    if (!sla.hasDeadlines)
        return sla;
    const qint64 answer = std::llround(network.incidents.answerServiceHours * 3600);
    const qint64 action = std::llround(network.incidents.actionServiceHours * 3600);
    sla.answerDeadline = addServiceTime(hours, detected, answer);
    sla.actionDeadline = addServiceTime(hours, detected, action);
    // A deadline is breached once more service time than allowed has passed without the step: an incident raised
    // on Friday at 17:00 may still be answered on Monday at 10:00 within 2 service hours.
    const qint64 answered = incident.acknowledgedAt.isValid() ? sla.toAcknowledgeSeconds : elapsed(now);
    sla.answerRemainingSeconds = answer - answered;
    sla.answerBreached = sla.answerRemainingSeconds < 0;
    const QDateTime acted = incident.mitigatedAt.isValid() ? incident.mitigatedAt : incident.resolvedAt;
    sla.actionRemainingSeconds = action - (acted.isValid() ? elapsed(acted) : elapsed(now));
    sla.actionBreached = sla.actionRemainingSeconds < 0;
    return sla;
}

#pragma once

#include "config/inventory.h"
#include "incident.h"

#include <QDateTime>

// The Operations Manual's clock: times to acknowledge and to resolve counted in service hours (weekdays, hours, time
// zone and holidays of the profile, DST correct), and for critical incidents the answer (2 service hours) and
// synchronous-action (16 service hours) deadlines. Pure functions of the incident, the profile and `now`.

// The instant `serviceSeconds` of service time after `from` (from itself when it is 0 and inside service hours; the
// next opening otherwise).
QDateTime addServiceTime(const ServiceHours &hours, const QDateTime &from, qint64 serviceSeconds);

// False when no holiday of `year` is listed (a profile that would count every holiday of the year as a working day).
bool holidaysCoverYear(const ServiceHours &hours, int year);

struct IncidentSla
{
    qint64 toAcknowledgeSeconds = -1; // service seconds from detection to acknowledgement (-1: not acknowledged)
    qint64 toResolveSeconds = -1; // service seconds from detection to resolution (-1: open)
    qint64 openServiceSeconds = 0; // service seconds from detection to now (or to resolution)
    bool hasDeadlines = false; // critical severities only
    QDateTime answerDeadline; // detection + answerServiceHours
    QDateTime actionDeadline; // detection + actionServiceHours
    qint64 answerRemainingSeconds = 0; // service seconds left (negative: breached by that much); frozen when met
    qint64 actionRemainingSeconds = 0;
    bool answerBreached = false; // acknowledged after the deadline, or not acknowledged and past it
    bool actionBreached = false; // resolved (or mitigated) after the deadline, or still open past it
};

IncidentSla incidentSla(const Incident &incident, const NetworkConfig &network, const QDateTime &now);

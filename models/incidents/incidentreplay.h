#pragma once

#include "incident.h"

#include <QDateTime>
#include <QList>

// Offline review: the incidents of a snapshot as they stood at one moment of its window (a time cursor). Pure.
namespace replay {

// nullopt when it was not detected yet at `at`; otherwise its timeline up to `at` and the status, acknowledgement,
// mitigation and resolution that timeline gives (a resolution later than `at` leaves it open).
std::optional<Incident> incidentAt(const Incident &incident, const QDateTime &at);
QList<Incident> incidentsAt(const QList<Incident> &incidents, const QDateTime &at);
// Checklist runs started by `at`, with only the steps done by then ticked.
QList<ChecklistRun> runsAt(const QList<ChecklistRun> &runs, const QDateTime &at);

} // namespace replay

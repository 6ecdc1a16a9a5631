#pragma once

#include "incident.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// The one JSON form of incidents, their timelines and checklist runs: the generic webhook, snapshots and
// `sentinela-cli incidents --json` all write it, snapshots read it back. Keys are stable (camelCase, the enums as
// their keys, times as ISO 8601 UTC with milliseconds); unknown keys are ignored when reading.
namespace incidentjson {

QJsonObject toJson(const TimelineEntry &entry);
QJsonObject toJson(const Incident &incident);
QJsonObject toJson(const RunStep &step);
QJsonObject toJson(const ChecklistRun &run);
QJsonArray toJson(const QList<Incident> &incidents);

// nullopt with `error` naming the field when a required one (uid, rule, severity, status, detectedAt) is missing or
// invalid. `where` prefixes the field in the message (e.g. "incidents[3]").
std::optional<TimelineEntry> timelineEntryFromJson(const QJsonObject &o, const QString &where, QString *error);
std::optional<Incident> incidentFromJson(const QJsonObject &o, const QString &where, QString *error);
std::optional<ChecklistRun> runFromJson(const QJsonObject &o, const QString &where, QString *error);

QString timeText(const QDateTime &t); // ISO 8601 UTC with milliseconds; empty when invalid

} // namespace incidentjson

#pragma once

#include "analysis/health.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The incident vocabulary shared by the rules, the incident book (SQLite), the notifiers, the Incidents page, the
// kiosk, snapshots and `sentinela-cli`. Plain values: serialised into the database and snapshots unchanged.

// The Operations Manual's four severities; the critical ones have the 2 h / 16 h service-hour obligations.
enum class IncidentSeverity { Incident, CriticalIncident, Vulnerability, CriticalVulnerability };
enum class IncidentStatus { Detected, Acknowledged, Mitigated, Resolved };

QString severityKey(IncidentSeverity severity); // "incident", "critical-incident", "vulnerability", "critical-vulnerability"
std::optional<IncidentSeverity> severityFromKey(const QString &key);
QString severityText(IncidentSeverity severity); // translated
bool isCritical(IncidentSeverity severity);
// The health level an open incident of this severity shows with (one palette): critical ones Critical, else Warning.
HealthLevel healthLevelOf(IncidentSeverity severity);

QString statusKey(IncidentStatus status); // "detected", "acknowledged", "mitigated", "resolved"
std::optional<IncidentStatus> statusFromKey(const QString &key);
QString statusText(IncidentStatus status); // translated

// The rules' stable ids (profile keys, database values, Alertmanager `rule` label, runbook front matter).
namespace Rules {
inline constexpr char ChainHalted[] = "chain-halted";
inline constexpr char QuorumLost[] = "quorum-lost";
inline constexpr char FaultMarginZero[] = "fault-margin-zero";
inline constexpr char IntervalBudget[] = "interval-budget";
inline constexpr char ValidatorDown[] = "validator-down";
inline constexpr char ValidatorOutOfConsensus[] = "validator-out-of-consensus";
inline constexpr char NodeDisconnected[] = "node-disconnected";
inline constexpr char NodeLagging[] = "node-lagging";
inline constexpr char PermissioningOff[] = "permissioning-off";
inline constexpr char ObserverBootAcceptsTransactions[] = "observer-boot-accepts-transactions";
inline constexpr char MonitoringBlind[] = "monitoring-blind";
inline constexpr char ObserverAccess[] = "observer-access";
inline constexpr char Alertmanager[] = "alertmanager"; // an ingested Alertmanager alert
inline constexpr char UnknownSender[] = "unknown-sender"; // an account no institution answers for sends transactions
QStringList all();
QString title(const QString &rule); // translated name of the rule, e.g. "Chain halted"
} // namespace Rules

// What a rule finds at one evaluation: a condition that holds now, with the evidence behind it.
struct Detection
{
    QString rule; // Rules::*
    QString subject; // what it is about within the rule: node, institution or endpoint; empty for the network
    IncidentSeverity severity = IncidentSeverity::Incident;
    HealthLevel level = HealthLevel::Warning; // Unknown: the figures behind it are stale (never raised as an incident)
    QString title; // translated one line: "Chain halted: no block for 41 s"
    QString evidence; // translated: the figures, their age and the path they came by
    QString path; // "rpc", "prometheus", "alertmanager", "federation"...: what the verdict rests on
    QStringList nodes; // affected nodes
    QStringList institutions; // affected institutions (ids)
    QJsonObject figures; // machine-readable evidence (heights, ages, counts)

    // One incident per key: a flapping node keeps one, one chain halt is one for the network.
    QString key() const { return subject.isEmpty() ? rule : rule + QLatin1Char('/') + subject; }
};

struct TimelineEntry
{
    enum class Kind { Detected, Evidence, Acknowledged, Mitigated, Resolved, Reopened, Note, ChecklistStep, Notified };
    Kind kind = Kind::Note;
    QDateTime at;
    QString author; // empty: Sentinela itself
    QString institution;
    QString text;
    QJsonObject data;
};
QString timelineKindKey(TimelineEntry::Kind kind);
std::optional<TimelineEntry::Kind> timelineKindFromKey(const QString &key);

struct Incident
{
    qint64 id = 0; // database row id, shown as #id; 0 until stored
    QString uid; // stable identity across databases and snapshots (a UUID)
    QString key; // Detection::key
    QString rule;
    QString subject;
    IncidentSeverity severity = IncidentSeverity::Incident;
    IncidentStatus status = IncidentStatus::Detected;
    QString title;
    QString evidence; // the latest
    QString path;
    QStringList nodes;
    QStringList institutions;
    QDateTime detectedAt;
    QDateTime lastSeenAt; // the condition last held
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QString acknowledgedInstitution;
    QDateTime mitigatedAt;
    QDateTime resolvedAt;
    QString resolvedBy; // empty: resolved automatically when the condition cleared
    QString source {QStringLiteral("sentinela")}; // or "alertmanager"
    QString alertFingerprint; // an ingested alert's fingerprint
    QList<TimelineEntry> timeline; // oldest first

    bool isOpen() const { return status != IncidentStatus::Resolved; }
};

// One step of a checklist run: an item of the document, ticked (or not) by someone at some time.
struct RunStep
{
    QString key; // the item's stable path in the document (section and item index, or the item's anchor)
    QString text;
    bool done = false;
    QDateTime doneAt;
    QString author;
    QString note;
};

// A checklist started for an incident (or by hand): stored with the incidents, never written into the template.
struct ChecklistRun
{
    QString uid; // a UUID, given when the run starts
    qint64 id = 0; // database row id; 0 until stored
    QString incidentUid; // empty: started by hand
    QString documentId; // the front matter's id
    QString documentTitle;
    QString documentPath; // relative to the checklists folder
    QDateTime startedAt;
    QString startedBy;
    QString institution;
    QDateTime finishedAt;
    QList<RunStep> steps;
};

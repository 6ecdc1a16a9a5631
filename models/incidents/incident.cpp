#include "incident.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace {

struct IncidentText
{
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};

template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<IncidentSeverity, const char *>, 4> SeverityKeys {{
    {IncidentSeverity::Incident, "incident"},
    {IncidentSeverity::CriticalIncident, "critical-incident"},
    {IncidentSeverity::Vulnerability, "vulnerability"},
    {IncidentSeverity::CriticalVulnerability, "critical-vulnerability"},
}};

constexpr std::array<std::pair<IncidentStatus, const char *>, 4> StatusKeys {{
    {IncidentStatus::Detected, "detected"},
    {IncidentStatus::Acknowledged, "acknowledged"},
    {IncidentStatus::Mitigated, "mitigated"},
    {IncidentStatus::Resolved, "resolved"},
}};

constexpr std::array<std::pair<TimelineEntry::Kind, const char *>, 9> TimelineKeys {{
    {TimelineEntry::Kind::Detected, "detected"},
    {TimelineEntry::Kind::Evidence, "evidence"},
    {TimelineEntry::Kind::Acknowledged, "acknowledged"},
    {TimelineEntry::Kind::Mitigated, "mitigated"},
    {TimelineEntry::Kind::Resolved, "resolved"},
    {TimelineEntry::Kind::Reopened, "reopened"},
    {TimelineEntry::Kind::Note, "note"},
    {TimelineEntry::Kind::ChecklistStep, "checklist-step"},
    {TimelineEntry::Kind::Notified, "notified"},
}};

} // namespace

QString severityKey(IncidentSeverity severity)
{
    return keyOf(SeverityKeys, severity);
}

std::optional<IncidentSeverity> severityFromKey(const QString &key)
{
    return fromKey(SeverityKeys, key);
}

QString severityText(IncidentSeverity severity)
{
    switch (severity) {
    case IncidentSeverity::Incident:
        return IncidentText::tr("Incident");
    case IncidentSeverity::CriticalIncident:
        return IncidentText::tr("Critical incident");
    case IncidentSeverity::Vulnerability:
        return IncidentText::tr("Vulnerability");
    case IncidentSeverity::CriticalVulnerability:
        return IncidentText::tr("Critical vulnerability");
    }
    return {};
}

bool isCritical(IncidentSeverity severity)
{
    return severity == IncidentSeverity::CriticalIncident || severity == IncidentSeverity::CriticalVulnerability;
}

HealthLevel healthLevelOf(IncidentSeverity severity)
{
    return isCritical(severity) ? HealthLevel::Critical : HealthLevel::Warning;
}

QString statusKey(IncidentStatus status)
{
    return keyOf(StatusKeys, status);
}

std::optional<IncidentStatus> statusFromKey(const QString &key)
{
    return fromKey(StatusKeys, key);
}

QString statusText(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Detected:
        return IncidentText::tr("Detected");
    case IncidentStatus::Acknowledged:
        return IncidentText::tr("Acknowledged");
    case IncidentStatus::Mitigated:
        return IncidentText::tr("Mitigated");
    case IncidentStatus::Resolved:
        return IncidentText::tr("Resolved");
    }
    return {};
}

QString timelineKindKey(TimelineEntry::Kind kind)
{
    return keyOf(TimelineKeys, kind);
}

std::optional<TimelineEntry::Kind> timelineKindFromKey(const QString &key)
{
    return fromKey(TimelineKeys, key);
}

namespace Rules {

QStringList all()
{
    return {QLatin1String(ChainHalted), QLatin1String(QuorumLost), QLatin1String(FaultMarginZero),
        QLatin1String(IntervalBudget), QLatin1String(ValidatorDown), QLatin1String(ValidatorOutOfConsensus),
        QLatin1String(NodeDisconnected), QLatin1String(NodeLagging), QLatin1String(PermissioningOff),
        QLatin1String(ObserverBootAcceptsTransactions), QLatin1String(MonitoringBlind), QLatin1String(ObserverAccess),
        QLatin1String(Alertmanager), QLatin1String(UnknownSender)};
}

QString title(const QString &rule)
{
    if (rule == QLatin1String(ChainHalted))
        return IncidentText::tr("Chain halted");
    if (rule == QLatin1String(QuorumLost))
        return IncidentText::tr("Quorum lost");
    if (rule == QLatin1String(FaultMarginZero))
        return IncidentText::tr("No fault-tolerance margin");
    if (rule == QLatin1String(IntervalBudget))
        return IncidentText::tr("Block-interval budget burning");
    if (rule == QLatin1String(ValidatorDown))
        return IncidentText::tr("Validator down");
    if (rule == QLatin1String(ValidatorOutOfConsensus))
        return IncidentText::tr("Validator out of consensus");
    if (rule == QLatin1String(NodeDisconnected))
        return IncidentText::tr("Node disconnected");
    if (rule == QLatin1String(NodeLagging))
        return IncidentText::tr("Node lagging");
    if (rule == QLatin1String(PermissioningOff))
        return IncidentText::tr("Permissioning switched off");
    if (rule == QLatin1String(ObserverBootAcceptsTransactions))
        return IncidentText::tr("Observer-boot accepts transactions");
    if (rule == QLatin1String(MonitoringBlind))
        return IncidentText::tr("Monitoring blind");
    if (rule == QLatin1String(ObserverAccess))
        return IncidentText::tr("Observer access at risk");
    if (rule == QLatin1String(Alertmanager))
        return IncidentText::tr("Alertmanager alert");
    if (rule == QLatin1String(UnknownSender))
        return IncidentText::tr("Unknown sender");
    return rule;
}

} // namespace Rules

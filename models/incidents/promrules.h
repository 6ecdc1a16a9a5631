#pragma once

#include "config/inventory.h"
#include "incidents/incident.h"

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

// Sentinela's incident rules written as Prometheus alerting rules (`sentinela-cli rules`), for an institution's level-2
// Prometheus that federates RBB's `rbb` job: the same rule ids, thresholds from the same profile (HealthThresholds,
// incidents.*, the tracker's raise-after times as `for:`), each alert labelled rule=<id>, generator="sentinela" and
// severity. Like Sentinela's own rules, a figure older than staleAfterSeconds judges nothing: every condition is
// evaluated on samples whose timestamp() is fresh, so a stale path is never taken for a halted chain.
//
// Rules that rest on JSON-RPC or on Sentinela's own history (out of consensus, observer-boot allow-lists, the month's
// interval budget, ingested alerts) have no metric equivalent and are listed in the file's header instead.
namespace promrules {

// "SentinelaChainHalted" for "chain-halted": the alertname of both the exported rule and the posted incident.
QString alertName(const QString &rule);
// Alertmanager's usual routing value: "critical" for the critical severities, else "warning".
QString severityLabel(IncidentSeverity severity);

struct AlertRule
{
    QString rule; // Rules::*
    QString alert; // alertName(rule)
    QString expr;
    double forSeconds = 0;
    IncidentSeverity severity = IncidentSeverity::Incident;
    QString summary; // may hold Prometheus templates ({{ $labels.node }})
    QString description;
};

struct RuleFile
{
    QString group; // "sentinela-<network>"
    double staleAfterSeconds = 25; // a sample older than this judges nothing
    QList<AlertRule> rules;
    QStringList notExported; // rule ids without a metric equivalent (or switched off), with why
};

RuleFile buildRules(const NetworkConfig &network);
// The rules file (YAML) for `promtool check rules` and Prometheus' rule_files.
QString toYaml(const RuleFile &file, const NetworkConfig &network, const QString &origin = {});

// `sentinela-cli rules`: writes the file to `outPath` (stdout when empty). Returns the exit code (0, or 2 when the
// file cannot be written).
int runRulesCommand(
    const NetworkConfig &network, const QString &origin, const QString &outPath, QTextStream &out, QTextStream &err);

} // namespace promrules

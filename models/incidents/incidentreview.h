#pragma once

#include "config/inventory.h"
#include "incident.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The Technical Committee's recurring-incident review: incidents detected in a period counted by rule, institution
// and node, with the mean times to acknowledge and to resolve in service hours. Pure: exported as CSV and Markdown
// by the Incidents page and the reports.

struct ReviewGroup
{
    enum class By { Rule, Institution, Node };
    By by = By::Rule;
    QString name; // rule id, institution id or node name
    QString label; // rule title, institution name or node name
    int count = 0;
    int open = 0;
    int critical = 0;
    int acknowledged = 0; // of `count`, those acknowledged (the mean below is over these)
    int resolved = 0;
    qint64 meanToAcknowledgeSeconds = -1; // service seconds; -1: none acknowledged
    qint64 meanToResolveSeconds = -1; // service seconds; -1: none resolved
};

struct IncidentReview
{
    QDateTime from;
    QDateTime to;
    int total = 0;
    qint64 meanToAcknowledgeSeconds = -1;
    qint64 meanToResolveSeconds = -1;
    QList<ReviewGroup> groups; // by rule, then institution, then node; each by count descending

    // Groups that recur: two incidents or more of the same rule, institution or node in the period.
    QList<ReviewGroup> recurring() const;
};

QString reviewByText(ReviewGroup::By by); // translated "Rule", "Institution", "Node"

IncidentReview reviewIncidents(const QList<Incident> &incidents, const NetworkConfig &network, const QDateTime &from,
    const QDateTime &to);

QByteArray reviewToCsv(const IncidentReview &review); // UTF-8, comma-separated, header row, durations in seconds
QString reviewToMarkdown(const IncidentReview &review, const NetworkConfig &network); // translated headings

#pragma once

#include <QString>
#include <QStringList>

// The one place PromQL text is built from values: label values are escaped (backslash and double quote), so a job
// or organization name from a profile can never break or change a query.
namespace promql {

QString escapeLabel(const QString &value);
// `{job="rbb"}`, or an empty string for an empty job (every job).
QString jobSelector(const QString &job);
// `job="rbb"` (inside braces that hold other matchers), or empty.
QString jobMatcher(const QString &job);

// Besu's permissioning check counters (local and smart-contract, node and account), each with and without the
// "_total" Besu 24.3 added. Queried one name at a time where timestamp() is needed: over a name regex it drops the
// names and the counters of one node collide, and on anything but a plain selector it gives the evaluation time.
QStringList permissioningCounters();
// max by (node, instance) of the newest sample time of any of those counters, plain selectors only.
QString permissioningNewestSample(const QString &job);

} // namespace promql

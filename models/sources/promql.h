#pragma once

#include <QString>

// The one place PromQL text is built from values: label values are escaped (backslash and double quote), so a job
// or organization name from a profile can never break or change a query.
namespace promql {

QString escapeLabel(const QString &value);
// `{job="rbb"}`, or an empty string for an empty job (every job).
QString jobSelector(const QString &job);
// `job="rbb"` (inside braces that hold other matchers), or empty.
QString jobMatcher(const QString &job);

} // namespace promql

#include "sources/promql.h"

using namespace Qt::StringLiterals;

namespace promql {

QString escapeLabel(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return v;
}

QString jobMatcher(const QString &job)
{
    return job.isEmpty() ? QString() : u"job=\""_s + escapeLabel(job) + u'"';
}

QString jobSelector(const QString &job)
{
    return job.isEmpty() ? QString() : u'{' + jobMatcher(job) + u'}';
}

} // namespace promql

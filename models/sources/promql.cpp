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

QStringList permissioningCounters()
{
    QStringList names;
    for (const char *family : {"node_local", "account_local", "node_smart_contract", "account_smart_contract"}) {
        for (const char *suffix : {"_total", ""})
            names << u"besu_permissioning_%1_check_count%2"_s.arg(QLatin1String(family), QLatin1String(suffix));
    }
    return names;
}

QString permissioningNewestSample(const QString &job)
{
    QStringList parts;
    for (const QString &name : permissioningCounters())
        parts << u"timestamp("_s + name + jobSelector(job) + u')';
    return u"max by (node, instance) ("_s + parts.join(u" or "_s) + u')';
}

} // namespace promql

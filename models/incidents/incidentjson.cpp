#include "incidentjson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace incidentjson {

namespace {

struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(IncidentJson)
};

void putTime(QJsonObject &o, const QString &key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(key, timeText(t));
}

void putText(QJsonObject &o, const QString &key, const QString &s)
{
    if (!s.isEmpty())
        o.insert(key, s);
}

QDateTime readTime(const QJsonObject &o, const QString &key)
{
    const QString s = o.value(key).toString();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QStringList readList(const QJsonObject &o, const QString &key)
{
    QStringList out;
    for (const auto &v : o.value(key).toArray())
        out << v.toString();
    return out;
}

bool fail(QString *error, const QString &where, const QString &field, const QString &what)
{
    if (error)
        *error = JsonText::tr("%1: %2").arg(where.isEmpty() ? field : where + u'.' + field, what);
    return false;
}

} // namespace

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const TimelineEntry &e)
{
    QJsonObject o;
    o.insert(u"kind"_s, timelineKindKey(e.kind));
    putTime(o, u"at"_s, e.at);
    putText(o, u"author"_s, e.author);
    putText(o, u"institution"_s, e.institution);
    putText(o, u"text"_s, e.text);
    if (!e.data.isEmpty())
        o.insert(u"data"_s, e.data);
    return o;
}

QJsonObject toJson(const Incident &i)
{
    QJsonObject o;
    if (i.id > 0)
        o.insert(u"id"_s, i.id);
    o.insert(u"uid"_s, i.uid);
    o.insert(u"key"_s, i.key);
    o.insert(u"rule"_s, i.rule);
    putText(o, u"subject"_s, i.subject);
    o.insert(u"severity"_s, severityKey(i.severity));
    o.insert(u"critical"_s, isCritical(i.severity));
    o.insert(u"status"_s, statusKey(i.status));
    o.insert(u"title"_s, i.title);
    putText(o, u"evidence"_s, i.evidence);
    putText(o, u"path"_s, i.path);
    o.insert(u"nodes"_s, QJsonArray::fromStringList(i.nodes));
    o.insert(u"institutions"_s, QJsonArray::fromStringList(i.institutions));
    putTime(o, u"detectedAt"_s, i.detectedAt);
    putTime(o, u"lastSeenAt"_s, i.lastSeenAt);
    putTime(o, u"acknowledgedAt"_s, i.acknowledgedAt);
    putText(o, u"acknowledgedBy"_s, i.acknowledgedBy);
    putText(o, u"acknowledgedInstitution"_s, i.acknowledgedInstitution);
    putTime(o, u"mitigatedAt"_s, i.mitigatedAt);
    putTime(o, u"resolvedAt"_s, i.resolvedAt);
    putText(o, u"resolvedBy"_s, i.resolvedBy);
    o.insert(u"source"_s, i.source);
    putText(o, u"alertFingerprint"_s, i.alertFingerprint);
    QJsonArray timeline;
    for (const auto &e : i.timeline)
        timeline.append(toJson(e));
    o.insert(u"timeline"_s, timeline);
    return o;
}

QJsonArray toJson(const QList<Incident> &incidents)
{
    QJsonArray a;
    for (const auto &i : incidents)
        a.append(toJson(i));
    return a;
}

QJsonObject toJson(const RunStep &s)
{
    QJsonObject o;
    o.insert(u"key"_s, s.key);
    o.insert(u"text"_s, s.text);
    o.insert(u"done"_s, s.done);
    putTime(o, u"doneAt"_s, s.doneAt);
    putText(o, u"author"_s, s.author);
    putText(o, u"note"_s, s.note);
    return o;
}

QJsonObject toJson(const ChecklistRun &r)
{
    QJsonObject o;
    o.insert(u"uid"_s, r.uid);
    if (r.id > 0)
        o.insert(u"id"_s, r.id);
    putText(o, u"incidentUid"_s, r.incidentUid);
    o.insert(u"documentId"_s, r.documentId);
    putText(o, u"documentTitle"_s, r.documentTitle);
    putText(o, u"documentPath"_s, r.documentPath);
    putTime(o, u"startedAt"_s, r.startedAt);
    putText(o, u"startedBy"_s, r.startedBy);
    putText(o, u"institution"_s, r.institution);
    putTime(o, u"finishedAt"_s, r.finishedAt);
    QJsonArray steps;
    for (const auto &s : r.steps)
        steps.append(toJson(s));
    o.insert(u"steps"_s, steps);
    return o;
}

std::optional<TimelineEntry> timelineEntryFromJson(const QJsonObject &o, const QString &where, QString *error)
{
    TimelineEntry e;
    const auto kind = timelineKindFromKey(o.value(u"kind"_s).toString());
    if (!kind) {
        fail(error, where, u"kind"_s, JsonText::tr("unknown timeline entry kind \"%1\"").arg(o.value(u"kind"_s).toString()));
        return std::nullopt;
    }
    e.kind = *kind;
    e.at = readTime(o, u"at"_s);
    e.author = o.value(u"author"_s).toString();
    e.institution = o.value(u"institution"_s).toString();
    e.text = o.value(u"text"_s).toString();
    e.data = o.value(u"data"_s).toObject();
    return e;
}

std::optional<Incident> incidentFromJson(const QJsonObject &o, const QString &where, QString *error)
{
    Incident i;
    i.uid = o.value(u"uid"_s).toString();
    if (i.uid.isEmpty()) {
        fail(error, where, u"uid"_s, JsonText::tr("missing"));
        return std::nullopt;
    }
    i.rule = o.value(u"rule"_s).toString();
    if (i.rule.isEmpty()) {
        fail(error, where, u"rule"_s, JsonText::tr("missing"));
        return std::nullopt;
    }
    const auto severity = severityFromKey(o.value(u"severity"_s).toString());
    if (!severity) {
        fail(error, where, u"severity"_s,
            JsonText::tr("expected incident, critical-incident, vulnerability or critical-vulnerability"));
        return std::nullopt;
    }
    i.severity = *severity;
    const auto status = statusFromKey(o.value(u"status"_s).toString());
    if (!status) {
        fail(error, where, u"status"_s, JsonText::tr("expected detected, acknowledged, mitigated or resolved"));
        return std::nullopt;
    }
    i.status = *status;
    i.detectedAt = readTime(o, u"detectedAt"_s);
    if (!i.detectedAt.isValid()) {
        fail(error, where, u"detectedAt"_s, JsonText::tr("missing or not an ISO 8601 time"));
        return std::nullopt;
    }
    i.id = o.value(u"id"_s).toInteger();
    i.subject = o.value(u"subject"_s).toString();
    i.key = o.value(u"key"_s).toString();
    if (i.key.isEmpty())
        i.key = i.subject.isEmpty() ? i.rule : i.rule + u'/' + i.subject;
    i.title = o.value(u"title"_s).toString();
    i.evidence = o.value(u"evidence"_s).toString();
    i.path = o.value(u"path"_s).toString();
    i.nodes = readList(o, u"nodes"_s);
    i.institutions = readList(o, u"institutions"_s);
    i.lastSeenAt = readTime(o, u"lastSeenAt"_s);
    i.acknowledgedAt = readTime(o, u"acknowledgedAt"_s);
    i.acknowledgedBy = o.value(u"acknowledgedBy"_s).toString();
    i.acknowledgedInstitution = o.value(u"acknowledgedInstitution"_s).toString();
    i.mitigatedAt = readTime(o, u"mitigatedAt"_s);
    i.resolvedAt = readTime(o, u"resolvedAt"_s);
    i.resolvedBy = o.value(u"resolvedBy"_s).toString();
    i.source = o.value(u"source"_s).toString(u"sentinela"_s);
    i.alertFingerprint = o.value(u"alertFingerprint"_s).toString();
    const QJsonArray timeline = o.value(u"timeline"_s).toArray();
    for (qsizetype k = 0; k < timeline.size(); ++k) {
        const QString at = (where.isEmpty() ? QString() : where + u'.') + u"timeline[%1]"_s.arg(k);
        auto e = timelineEntryFromJson(timeline.at(k).toObject(), at, error);
        if (!e)
            return std::nullopt;
        i.timeline.append(*e);
    }
    return i;
}

std::optional<ChecklistRun> runFromJson(const QJsonObject &o, const QString &where, QString *error)
{
    ChecklistRun r;
    r.uid = o.value(u"uid"_s).toString();
    if (r.uid.isEmpty()) {
        fail(error, where, u"uid"_s, JsonText::tr("missing"));
        return std::nullopt;
    }
    r.id = o.value(u"id"_s).toInteger();
    r.incidentUid = o.value(u"incidentUid"_s).toString();
    r.documentId = o.value(u"documentId"_s).toString();
    r.documentTitle = o.value(u"documentTitle"_s).toString();
    r.documentPath = o.value(u"documentPath"_s).toString();
    r.startedAt = readTime(o, u"startedAt"_s);
    r.startedBy = o.value(u"startedBy"_s).toString();
    r.institution = o.value(u"institution"_s).toString();
    r.finishedAt = readTime(o, u"finishedAt"_s);
    for (const auto &v : o.value(u"steps"_s).toArray()) {
        const QJsonObject so = v.toObject();
        RunStep s;
        s.key = so.value(u"key"_s).toString();
        s.text = so.value(u"text"_s).toString();
        s.done = so.value(u"done"_s).toBool();
        s.doneAt = readTime(so, u"doneAt"_s);
        s.author = so.value(u"author"_s).toString();
        s.note = so.value(u"note"_s).toString();
        r.steps.append(s);
    }
    return r;
}

} // namespace incidentjson

#include "incidentscommand.h"

#include "core/format.h"
#include "incidentjson.h"
#include "incidentstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

struct IncidentsCommandText
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsCommand)
};

QString cell(const QString &text, int width)
{
    return text.length() > width ? text.left(width - 1) + u'…' : text.leftJustified(width, u' ');
}

} // namespace

int runIncidentsCommand(const QString &databasePath, bool json, bool openOnly, QTextStream &out, QTextStream &err)
{
    IncidentStore store;
    if (!store.open(databasePath, true)) {
        err << store.lastError() << '\n';
        return 2;
    }
    const QList<Incident> incidents = store.loadAll(openOnly);
    if (!store.lastError().isEmpty()) {
        err << store.lastError() << '\n';
        return 2;
    }
    if (json) {
        QJsonObject doc;
        doc.insert(u"database"_s, databasePath);
        doc.insert(u"schemaVersion"_s, store.schemaVersion());
        doc.insert(u"openOnly"_s, openOnly);
        doc.insert(u"incidents"_s, incidentjson::toJson(incidents));
        out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (incidents.isEmpty()) {
        out << (openOnly ? IncidentsCommandText::tr("No open incident in %1.") : IncidentsCommandText::tr("No incident in %1."))
                   .arg(databasePath)
            << '\n';
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out << cell(u"#"_s, 6) << cell(IncidentsCommandText::tr("SEVERITY"), 24) << cell(IncidentsCommandText::tr("STATUS"), 14)
        << cell(IncidentsCommandText::tr("DETECTED (UTC)"), 18) << cell(IncidentsCommandText::tr("OPEN FOR"), 12)
        << cell(IncidentsCommandText::tr("INSTITUTIONS"), 18) << IncidentsCommandText::tr("TITLE") << '\n';
    for (const Incident &i : incidents) {
        const QDateTime end = i.resolvedAt.isValid() ? i.resolvedAt : now;
        out << cell(u"#"_s + QString::number(i.id), 6) << cell(severityText(i.severity), 24)
            << cell(statusText(i.status), 14) << cell(i.detectedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), 18)
            << cell(formatDuration(i.detectedAt.msecsTo(end)), 12) << cell(i.institutions.join(u", "_s), 18) << i.title
            << '\n';
    }
    out << IncidentsCommandText::tr("%n incident(s)", nullptr, int(incidents.size())) << '\n';
    return 0;
}

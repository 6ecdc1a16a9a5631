#include "incidentstore.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QAtomicInteger<quint64> s_connections;

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Qt binds a null QString as SQL NULL: the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString listText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QVariant &v)
{
    QStringList out;
    const auto doc = QJsonDocument::fromJson(v.toString().toUtf8());
    for (const auto &item : doc.array())
        out << item.toString();
    return out;
}

QString objectText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

IncidentStore::IncidentStore()
    : m_connection(u"sentinela-incidents-%1"_s.arg(++s_connections))
{
}

IncidentStore::~IncidentStore()
{
    close();
}

bool IncidentStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void IncidentStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool IncidentStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_error = tr("%1: %2 (in \"%3\")").arg(m_path, q.lastError().text(), sql.left(60));
        return false;
    }
    return true;
}

bool IncidentStore::open(const QString &path, bool readOnly)
{
    close();
    m_path = path;
    m_readOnly = readOnly;
    m_error.clear();
    const QFileInfo info(path);
    if (readOnly && !info.exists()) {
        m_error = tr("%1: no such incident database").arg(path);
        return false;
    }
    if (info.exists() && !info.isFile()) {
        m_error = tr("%1: not a file").arg(path);
        return false;
    }
    if (!openConnection()) {
        close();
        return false;
    }
    return true;
}

bool IncidentStore::openConnection()
{
    const QString &path = m_path;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    // A busy writer in another process (the kiosk and the desktop share a file) is waited for, not an error.
    db.setConnectOptions(
        m_readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = tr("%1: cannot open the incident database: %2").arg(path, db.lastError().text());
        return false;
    }
    {
        // A file that is not SQLite fails on its first read, not at open.
        QSqlQuery q(db);
        if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            m_error = tr("%1: not an incident database (%2)").arg(path, q.lastError().text());
            return false;
        }
    }
    if (!m_readOnly) {
        if (!exec(u"PRAGMA journal_mode=WAL"_s) || !exec(u"PRAGMA synchronous=FULL"_s)
            || !exec(u"PRAGMA foreign_keys=ON"_s))
            return false;
    }
    return migrate();
}

int IncidentStore::schemaVersion()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

qint64 IncidentStore::dataVersion()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"PRAGMA data_version"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool IncidentStore::integrityOk()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(u"PRAGMA integrity_check"_s) && q.next() && q.value(0).toString() == u"ok"_s;
}

bool IncidentStore::migrate()
{
    const int version = schemaVersion();
    if (version < 0) {
        m_error = tr("%1: cannot read the schema version").arg(m_path);
        return false;
    }
    if (version > SchemaVersion) {
        m_error = tr("%1: the incident database has schema version %2, newer than this Sentinela knows (%3)")
                      .arg(m_path)
                      .arg(version)
                      .arg(SchemaVersion);
        return false;
    }
    m_fileVersion = SchemaVersion;
    if (version == SchemaVersion)
        return true;
    if (version == 0) {
        // user_version 0 is also any foreign SQLite file: only an empty one is taken as a new book.
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        const bool foreign = q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next() && q.value(0).toInt() > 0;
        q.finish();
        if (foreign) {
            m_error = tr("%1: an SQLite file that is not an incident database").arg(m_path);
            return false;
        }
    }
    if (m_readOnly) {
        // Older books are read as they are (the CLI, the kiosk and snapshots never write); a new file is no book.
        if (version >= 1) {
            m_fileVersion = version;
            return true;
        }
        m_error = tr("%1: not an incident database (empty file)").arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Each step and its user_version in one transaction: a crash mid-migration leaves the previous version intact.
    if (version < 1) {
        if (!db.transaction() || !createV1() || !exec(u"PRAGMA user_version=1"_s) || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    if (version < 2) {
        if (!db.transaction() || !migrateV1toV2() || !exec(u"PRAGMA user_version=2"_s) || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

bool IncidentStore::createV1()
{
    return exec(u"CREATE TABLE incidents ("
                "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                "uid TEXT NOT NULL UNIQUE,"
                "key TEXT NOT NULL,"
                "rule TEXT NOT NULL,"
                "subject TEXT NOT NULL DEFAULT '',"
                "severity TEXT NOT NULL,"
                "status TEXT NOT NULL,"
                "title TEXT NOT NULL DEFAULT '',"
                "evidence TEXT NOT NULL DEFAULT '',"
                "nodes TEXT NOT NULL DEFAULT '[]',"
                "institutions TEXT NOT NULL DEFAULT '[]',"
                "detected_at INTEGER NOT NULL,"
                "last_seen_at INTEGER,"
                "acknowledged_at INTEGER,"
                "acknowledged_by TEXT NOT NULL DEFAULT '',"
                "acknowledged_institution TEXT NOT NULL DEFAULT '',"
                "mitigated_at INTEGER,"
                "resolved_at INTEGER,"
                "resolved_by TEXT NOT NULL DEFAULT '',"
                "source TEXT NOT NULL DEFAULT 'sentinela')"_s)
        && exec(u"CREATE INDEX incidents_status ON incidents(status)"_s)
        && exec(u"CREATE INDEX incidents_detected ON incidents(detected_at)"_s)
        && exec(u"CREATE TABLE timeline ("
                "id INTEGER PRIMARY KEY,"
                "incident_uid TEXT NOT NULL REFERENCES incidents(uid) ON DELETE CASCADE,"
                "seq INTEGER NOT NULL,"
                "kind TEXT NOT NULL,"
                "at INTEGER NOT NULL,"
                "author TEXT NOT NULL DEFAULT '',"
                "institution TEXT NOT NULL DEFAULT '',"
                "text TEXT NOT NULL DEFAULT '',"
                "data TEXT NOT NULL DEFAULT '',"
                "UNIQUE(incident_uid, seq))"_s)
        && exec(u"CREATE TABLE checklist_runs ("
                "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                "uid TEXT NOT NULL UNIQUE,"
                "incident_uid TEXT NOT NULL DEFAULT '',"
                "document_id TEXT NOT NULL DEFAULT '',"
                "document_title TEXT NOT NULL DEFAULT '',"
                "document_path TEXT NOT NULL DEFAULT '',"
                "started_at INTEGER NOT NULL,"
                "started_by TEXT NOT NULL DEFAULT '',"
                "institution TEXT NOT NULL DEFAULT '',"
                "finished_at INTEGER)"_s)
        && exec(u"CREATE INDEX checklist_runs_incident ON checklist_runs(incident_uid)"_s)
        && exec(u"CREATE TABLE run_steps ("
                "id INTEGER PRIMARY KEY,"
                "run_uid TEXT NOT NULL REFERENCES checklist_runs(uid) ON DELETE CASCADE,"
                "seq INTEGER NOT NULL,"
                "key TEXT NOT NULL,"
                "text TEXT NOT NULL DEFAULT '',"
                "done INTEGER NOT NULL DEFAULT 0,"
                "done_at INTEGER,"
                "author TEXT NOT NULL DEFAULT '',"
                "note TEXT NOT NULL DEFAULT '',"
                "UNIQUE(run_uid, key))"_s);
}

// v2: what the verdict rests on (`path`) and an ingested Alertmanager alert's fingerprint, so that the same alert
// is matched to its incident after a restart; and an index to find the open incident of a key.
bool IncidentStore::migrateV1toV2()
{
    return exec(u"ALTER TABLE incidents ADD COLUMN path TEXT NOT NULL DEFAULT ''"_s)
        && exec(u"ALTER TABLE incidents ADD COLUMN alert_fingerprint TEXT NOT NULL DEFAULT ''"_s)
        && exec(u"UPDATE incidents SET path = 'alertmanager' WHERE source = 'alertmanager'"_s)
        && exec(u"CREATE INDEX incidents_key ON incidents(key, status)"_s)
        && exec(u"CREATE INDEX incidents_fingerprint ON incidents(alert_fingerprint) WHERE alert_fingerprint != ''"_s);
}

qint64 IncidentStore::saveIncident(const Incident &inc)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        m_error = tr("%1: the incident database is not open").arg(m_path);
        return 0;
    }
    if (!db.transaction()) {
        m_error = tr("%1: %2").arg(m_path, db.lastError().text());
        return 0;
    }
    auto fail = [&](const QSqlQuery &q) {
        m_error = tr("%1: cannot save incident %2: %3").arg(m_path, inc.uid, q.lastError().text());
        db.rollback();
        return qint64(0);
    };
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO incidents (uid, key, rule, subject, severity, status, title, evidence, path, nodes, "
              "institutions, detected_at, last_seen_at, acknowledged_at, acknowledged_by, acknowledged_institution, "
              "mitigated_at, resolved_at, resolved_by, source, alert_fingerprint) "
              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT(uid) DO UPDATE SET key=excluded.key, rule=excluded.rule, subject=excluded.subject, "
              "severity=excluded.severity, status=excluded.status, title=excluded.title, evidence=excluded.evidence, "
              "path=excluded.path, nodes=excluded.nodes, institutions=excluded.institutions, "
              "detected_at=excluded.detected_at, last_seen_at=excluded.last_seen_at, "
              "acknowledged_at=excluded.acknowledged_at, acknowledged_by=excluded.acknowledged_by, "
              "acknowledged_institution=excluded.acknowledged_institution, mitigated_at=excluded.mitigated_at, "
              "resolved_at=excluded.resolved_at, resolved_by=excluded.resolved_by, source=excluded.source, "
              "alert_fingerprint=excluded.alert_fingerprint"_s);
    q.addBindValue(text(inc.uid));
    q.addBindValue(text(inc.key));
    q.addBindValue(text(inc.rule));
    q.addBindValue(text(inc.subject));
    q.addBindValue(severityKey(inc.severity));
    q.addBindValue(statusKey(inc.status));
    q.addBindValue(text(inc.title));
    q.addBindValue(text(inc.evidence));
    q.addBindValue(text(inc.path));
    q.addBindValue(listText(inc.nodes));
    q.addBindValue(listText(inc.institutions));
    q.addBindValue(inc.detectedAt.isValid() ? inc.detectedAt.toMSecsSinceEpoch() : 0);
    q.addBindValue(timeValue(inc.lastSeenAt));
    q.addBindValue(timeValue(inc.acknowledgedAt));
    q.addBindValue(text(inc.acknowledgedBy));
    q.addBindValue(text(inc.acknowledgedInstitution));
    q.addBindValue(timeValue(inc.mitigatedAt));
    q.addBindValue(timeValue(inc.resolvedAt));
    q.addBindValue(text(inc.resolvedBy));
    q.addBindValue(text(inc.source));
    q.addBindValue(text(inc.alertFingerprint));
    if (!q.exec())
        return fail(q);

    QSqlQuery idq(db);
    idq.prepare(u"SELECT id FROM incidents WHERE uid = ?"_s);
    idq.addBindValue(text(inc.uid));
    if (!idq.exec() || !idq.next())
        return fail(idq);
    const qint64 id = idq.value(0).toLongLong();
    idq.finish();

    // The timeline only grows: entries already stored are left alone, so an update costs the new entries only.
    QSqlQuery countq(db);
    countq.prepare(u"SELECT count(*) FROM timeline WHERE incident_uid = ?"_s);
    countq.addBindValue(text(inc.uid));
    if (!countq.exec() || !countq.next())
        return fail(countq);
    qsizetype stored = countq.value(0).toLongLong();
    countq.finish();
    if (stored > inc.timeline.size()) {
        QSqlQuery del(db);
        del.prepare(u"DELETE FROM timeline WHERE incident_uid = ?"_s);
        del.addBindValue(text(inc.uid));
        if (!del.exec())
            return fail(del);
        stored = 0;
    }
    QSqlQuery tq(db);
    tq.prepare(u"INSERT OR REPLACE INTO timeline (incident_uid, seq, kind, at, author, institution, text, data) "
               "VALUES (?,?,?,?,?,?,?,?)"_s);
    for (qsizetype i = stored; i < inc.timeline.size(); ++i) {
        const TimelineEntry &e = inc.timeline.at(i);
        tq.addBindValue(text(inc.uid));
        tq.addBindValue(i);
        tq.addBindValue(timelineKindKey(e.kind));
        tq.addBindValue(e.at.isValid() ? e.at.toMSecsSinceEpoch() : 0);
        tq.addBindValue(text(e.author));
        tq.addBindValue(text(e.institution));
        tq.addBindValue(text(e.text));
        tq.addBindValue(text(objectText(e.data)));
        if (!tq.exec())
            return fail(tq);
    }
    if (!db.commit()) {
        m_error = tr("%1: cannot commit incident %2: %3").arg(m_path, inc.uid, db.lastError().text());
        db.rollback();
        return 0;
    }
    return id;
}

qint64 IncidentStore::saveRun(const ChecklistRun &run)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction()) {
        m_error = tr("%1: the incident database is not open").arg(m_path);
        return 0;
    }
    auto fail = [&](const QSqlQuery &q) {
        m_error = tr("%1: cannot save checklist run %2: %3").arg(m_path, run.uid, q.lastError().text());
        db.rollback();
        return qint64(0);
    };
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO checklist_runs (uid, incident_uid, document_id, document_title, document_path, "
              "started_at, started_by, institution, finished_at) VALUES (?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT(uid) DO UPDATE SET incident_uid=excluded.incident_uid, document_id=excluded.document_id, "
              "document_title=excluded.document_title, document_path=excluded.document_path, "
              "started_at=excluded.started_at, started_by=excluded.started_by, institution=excluded.institution, "
              "finished_at=excluded.finished_at"_s);
    q.addBindValue(text(run.uid));
    q.addBindValue(text(run.incidentUid));
    q.addBindValue(text(run.documentId));
    q.addBindValue(text(run.documentTitle));
    q.addBindValue(text(run.documentPath));
    q.addBindValue(run.startedAt.isValid() ? run.startedAt.toMSecsSinceEpoch() : 0);
    q.addBindValue(text(run.startedBy));
    q.addBindValue(text(run.institution));
    q.addBindValue(timeValue(run.finishedAt));
    if (!q.exec())
        return fail(q);
    QSqlQuery idq(db);
    idq.prepare(u"SELECT id FROM checklist_runs WHERE uid = ?"_s);
    idq.addBindValue(text(run.uid));
    if (!idq.exec() || !idq.next())
        return fail(idq);
    const qint64 id = idq.value(0).toLongLong();
    idq.finish();
    QSqlQuery sq(db);
    sq.prepare(u"INSERT INTO run_steps (run_uid, seq, key, text, done, done_at, author, note) VALUES (?,?,?,?,?,?,?,?) "
               "ON CONFLICT(run_uid, key) DO UPDATE SET seq=excluded.seq, text=excluded.text, done=excluded.done, "
               "done_at=excluded.done_at, author=excluded.author, note=excluded.note"_s);
    for (qsizetype i = 0; i < run.steps.size(); ++i) {
        const RunStep &s = run.steps.at(i);
        sq.addBindValue(text(run.uid));
        sq.addBindValue(i);
        sq.addBindValue(text(s.key));
        sq.addBindValue(text(s.text));
        sq.addBindValue(s.done ? 1 : 0);
        sq.addBindValue(timeValue(s.doneAt));
        sq.addBindValue(text(s.author));
        sq.addBindValue(text(s.note));
        if (!sq.exec())
            return fail(sq);
    }
    if (!db.commit()) {
        m_error = tr("%1: cannot commit checklist run %2: %3").arg(m_path, run.uid, db.lastError().text());
        db.rollback();
        return 0;
    }
    return id;
}

QList<Incident> IncidentStore::loadWhere(
    const QString &where, const QVariantList &binds, const QString &order, int limit)
{
    QList<Incident> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // A v1 file (read-only) has no path nor fingerprint.
    const QString v2Columns = m_fileVersion >= 2 ? u"path"_s : u"''"_s;
    const QString v2Fingerprint = m_fileVersion >= 2 ? u"alert_fingerprint"_s : u"''"_s;
    QString sql = u"SELECT id, uid, key, rule, subject, severity, status, title, evidence, %1, nodes, institutions, "
                  "detected_at, last_seen_at, acknowledged_at, acknowledged_by, acknowledged_institution, "
                  "mitigated_at, resolved_at, resolved_by, source, %2 FROM incidents"_s.arg(v2Columns, v2Fingerprint);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    if (!order.isEmpty())
        sql += u" ORDER BY "_s + order;
    if (limit > 0)
        sql += u" LIMIT "_s + QString::number(limit);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_error = tr("%1: cannot read incidents: %2").arg(m_path, q.lastError().text());
        return out;
    }
    while (q.next()) {
        Incident inc;
        inc.id = q.value(0).toLongLong();
        inc.uid = q.value(1).toString();
        inc.key = q.value(2).toString();
        inc.rule = q.value(3).toString();
        inc.subject = q.value(4).toString();
        inc.severity = severityFromKey(q.value(5).toString()).value_or(IncidentSeverity::Incident);
        inc.status = statusFromKey(q.value(6).toString()).value_or(IncidentStatus::Detected);
        inc.title = q.value(7).toString();
        inc.evidence = q.value(8).toString();
        inc.path = q.value(9).toString();
        inc.nodes = listFrom(q.value(10));
        inc.institutions = listFrom(q.value(11));
        inc.detectedAt = timeFrom(q.value(12));
        inc.lastSeenAt = timeFrom(q.value(13));
        inc.acknowledgedAt = timeFrom(q.value(14));
        inc.acknowledgedBy = q.value(15).toString();
        inc.acknowledgedInstitution = q.value(16).toString();
        inc.mitigatedAt = timeFrom(q.value(17));
        inc.resolvedAt = timeFrom(q.value(18));
        inc.resolvedBy = q.value(19).toString();
        inc.source = q.value(20).toString();
        inc.alertFingerprint = q.value(21).toString();
        out.append(inc);
    }
    loadTimelines(out);
    return out;
}

void IncidentStore::loadTimelines(QList<Incident> &incidents)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT kind, at, author, institution, text, data FROM timeline WHERE incident_uid = ? ORDER BY seq"_s);
    for (Incident &inc : incidents) {
        q.addBindValue(text(inc.uid));
        if (!q.exec())
            continue;
        while (q.next()) {
            TimelineEntry e;
            e.kind = timelineKindFromKey(q.value(0).toString()).value_or(TimelineEntry::Kind::Note);
            e.at = timeFrom(q.value(1));
            e.author = q.value(2).toString();
            e.institution = q.value(3).toString();
            e.text = q.value(4).toString();
            e.data = objectFrom(q.value(5));
            inc.timeline.append(e);
        }
    }
}

QList<Incident> IncidentStore::loadCurrent(int recentResolved)
{
    QList<Incident> out = loadWhere(u"status != 'resolved'"_s, {}, u"detected_at"_s, 0);
    out += loadWhere(u"status = 'resolved'"_s, {}, u"detected_at DESC"_s, recentResolved);
    return out;
}

QList<Incident> IncidentStore::loadRange(const QDateTime &from, const QDateTime &to)
{
    return loadWhere(u"detected_at >= ? AND detected_at < ?"_s, {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()},
        u"detected_at DESC"_s, 0);
}

QList<Incident> IncidentStore::loadAll(bool openOnly)
{
    return loadWhere(openOnly ? u"status != 'resolved'"_s : QString(), {}, u"detected_at DESC, id DESC"_s, 0);
}

QList<ChecklistRun> IncidentStore::loadRuns(const QStringList &incidentUids, bool includeManual)
{
    QList<ChecklistRun> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, uid, incident_uid, document_id, document_title, document_path, started_at, started_by, "
                "institution, finished_at FROM checklist_runs ORDER BY started_at"_s)) {
        m_error = tr("%1: cannot read checklist runs: %2").arg(m_path, q.lastError().text());
        return out;
    }
    QSqlQuery sq(db);
    sq.prepare(u"SELECT key, text, done, done_at, author, note FROM run_steps WHERE run_uid = ? ORDER BY seq"_s);
    while (q.next()) {
        ChecklistRun run;
        run.id = q.value(0).toLongLong();
        run.uid = q.value(1).toString();
        run.incidentUid = q.value(2).toString();
        if (run.incidentUid.isEmpty() ? !includeManual : !incidentUids.contains(run.incidentUid))
            continue;
        run.documentId = q.value(3).toString();
        run.documentTitle = q.value(4).toString();
        run.documentPath = q.value(5).toString();
        run.startedAt = timeFrom(q.value(6));
        run.startedBy = q.value(7).toString();
        run.institution = q.value(8).toString();
        run.finishedAt = timeFrom(q.value(9));
        sq.addBindValue(text(run.uid));
        if (sq.exec()) {
            while (sq.next()) {
                RunStep s;
                s.key = sq.value(0).toString();
                s.text = sq.value(1).toString();
                s.done = sq.value(2).toInt() != 0;
                s.doneAt = timeFrom(sq.value(3));
                s.author = sq.value(4).toString();
                s.note = sq.value(5).toString();
                run.steps.append(s);
            }
        }
        out.append(run);
    }
    return out;
}

#pragma once

#include "incident.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Synchronous SQLite access to an incident book (Qt Sql, one connection per instance, used from one thread): the
// IncidentBook's worker thread, `sentinela-cli incidents` and the tests. Opening creates the file or migrates it to
// the current schema (PRAGMA user_version).
//
// Journal: WAL with synchronous=FULL. NORMAL would be crash-safe for the file but may lose the last transactions on
// a power cut; incidents are written a few times a minute at most, so the extra fsync per commit costs nothing
// noticeable and "committed" then means durable, which is what the committees' record needs.
class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)
public:
    static constexpr int SchemaVersion = 2;

    IncidentStore();
    ~IncidentStore();
    IncidentStore(const IncidentStore &) = delete;
    IncidentStore &operator=(const IncidentStore &) = delete;

    // readOnly: never creates nor migrates (an older schema is read as it is); a missing file is an error.
    bool open(const QString &path, bool readOnly = false);
    void close();
    bool isOpen() const;
    QString lastError() const { return m_error; }
    QString path() const { return m_path; }
    int schemaVersion(); // PRAGMA user_version of the open file
    // PRAGMA data_version: changes when another connection commits.
    qint64 dataVersion();
    // PRAGMA integrity_check == "ok".
    bool integrityOk();

    // Upserts by uid (the incident with its whole timeline), in one transaction. Returns the row id (0 on failure).
    qint64 saveIncident(const Incident &incident);
    qint64 saveRun(const ChecklistRun &run);

    // Open incidents and the latest `recentResolved` resolved ones.
    QList<Incident> loadCurrent(int recentResolved = 200);
    // Incidents detected in [from, to) (any status), newest first.
    QList<Incident> loadRange(const QDateTime &from, const QDateTime &to);
    QList<Incident> loadAll(bool openOnly = false);
    QList<ChecklistRun> loadRuns(const QStringList &incidentUids, bool includeManual = true);

private:
    bool openConnection();
    bool exec(const QString &sql);
    bool migrate();
    bool createV1();
    bool migrateV1toV2();
    QList<Incident> loadWhere(const QString &where, const QVariantList &binds, const QString &order, int limit);
    void loadTimelines(QList<Incident> &incidents);

    QString m_connection;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    int m_fileVersion = SchemaVersion;
};

#pragma once

#include "incident.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class Clock;
class IncidentStore;

// The incidents of one network: every open incident and the recent history in memory, persisted to SQLite (WAL) by
// a worker thread so that no write blocks the GUI. Lifecycle calls apply at once in memory and are written in order;
// what the worker has committed survives a crash (`kill -9`). Another process sharing the file (the kiosk and a
// desktop) sees the changes: the book notices the database changed and reloads (incidentsReset).
//
// The GUI, the kiosk, `sentinela-cli` and the snapshot reader hold one each; an empty path keeps it in memory only.
class IncidentBook : public QObject
{
    Q_OBJECT
public:
    explicit IncidentBook(Clock *clock = nullptr, QObject *parent = nullptr);
    ~IncidentBook() override;

    // Opens (creating or migrating) the database in the worker; opened() follows. Returns at once.
    void open(const QString &path);
    // Blocks until the worker has opened the file and written every queued change (CLI, tests, shutdown).
    bool waitForIdle(int timeoutMs = 10000);
    bool isOpen() const;
    QString path() const;
    QString lastError() const;
    // A change whose write failed (a full disk, a read-only file) is held and written again every few seconds until
    // it succeeds; meanwhile this is true and writeError() says why (the status bar shows it).
    bool hasUnsavedChanges() const;
    QString writeError() const;
    // Read-only (kiosk, snapshots): lifecycle calls are refused with a message.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    // Open incidents first (most severe, then oldest), then the held history (newest first).
    const QList<Incident> &incidents() const;
    QList<Incident> openIncidents() const;
    const Incident *find(const QString &uid) const;
    const Incident *openByKey(const QString &key) const;

    // Lifecycle. `at` from the caller's clock. Each adds its timeline entry. Unknown uids are ignored with a log line.
    QString raise(const Detection &detection, const QDateTime &at); // returns the new incident's uid
    void observe(const QString &uid, const Detection &detection, const QDateTime &at); // still holds: evidence
    void acknowledge(const QString &uid, const QString &who, const QString &institution, const QDateTime &at,
        const QString &note = {});
    void mitigate(const QString &uid, const QString &who, const QString &institution, const QDateTime &at,
        const QString &note = {});
    void resolve(const QString &uid, const QString &who, const QDateTime &at, const QString &note = {});
    void reopen(const QString &uid, const QDateTime &at, const QString &text);
    void addNote(const QString &uid, const QString &who, const QString &institution, const QDateTime &at,
        const QString &text);
    void addTimelineEntry(const QString &uid, const TimelineEntry &entry);

    // Checklist runs (stored with the incidents; the template is never touched).
    QString startRun(const ChecklistRun &run); // returns the run's uid
    void setRunStep(const QString &runUid, const RunStep &step);
    void finishRun(const QString &runUid, const QDateTime &at);
    QList<ChecklistRun> runs(const QString &incidentUid = {}) const; // empty uid: every run held
    const ChecklistRun *run(const QString &runUid) const;

    // Replaces what the book holds with incidents and runs read from a snapshot (an in-memory book; nothing is
    // written, even to an opened file), then makes the book read-only. incidentsReset follows.
    void restore(const QList<Incident> &incidents, const QList<ChecklistRun> &runs);

    // Incidents detected in [from, to) read from the database into the held history (historyLoaded follows).
    void loadHistory(const QDateTime &from, const QDateTime &to);

signals:
    void opened(bool ok, const QString &error);
    void incidentAdded(const QString &uid);
    void incidentChanged(const QString &uid);
    void incidentsReset();
    void runChanged(const QString &runUid);
    void historyLoaded();
    void writeFailed(const QString &error);
    // Every change held after failed writes is saved now.
    void writesRecovered();
    // A lifecycle call was refused (read-only book, unknown uid): the message says why.
    void refused(const QString &message);

private:
    struct Private;
    void openStore(const QString &path, bool readOnly, bool first);
    void queueSave(const Incident &incident);
    void queueSaveRun(const ChecklistRun &run);
    void queueWrite(const QString &uid, const QString &what, std::function<qint64(IncidentStore &)> save,
        QSet<QString> *unsaved, std::function<void(qint64)> assignId);
    void noteWriteFailed(const QString &error);
    void noteWriteSucceeded();
    void retryUnsaved();
    void applyLoaded(QList<Incident> incidents, QList<ChecklistRun> runs, quint64 seq, bool reset);
    Incident *findMutable(const QString &uid);
    bool refuseIfReadOnly(const char *what);
    void sortIncidents();
    QDateTime nowOr(const QDateTime &at) const;

    std::unique_ptr<Private> d;
};

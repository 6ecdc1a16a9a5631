#include "incidentbook.h"

#include "core/clock.h"
#include "incidentstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcBook, "sentinela.incidents.book")

// Another process's commits are noticed within this (PRAGMA data_version is cheap: no I/O when nothing changed).
constexpr int PollMs = 2000;
// An incident that still holds is written at least this often (lastSeenAt), not at every evaluation.
constexpr qint64 SeenWriteMs = 60 * 1000;
constexpr int RecentResolved = 200;

int severityRank(IncidentSeverity s)
{
    switch (s) {
    case IncidentSeverity::CriticalVulnerability:
        return 0;
    case IncidentSeverity::CriticalIncident:
        return 1;
    case IncidentSeverity::Vulnerability:
        return 2;
    case IncidentSeverity::Incident:
        return 3;
    }
    return 4;
}

bool incidentOrder(const Incident &a, const Incident &b)
{
    if (a.isOpen() != b.isOpen())
        return a.isOpen();
    if (a.isOpen()) {
        if (severityRank(a.severity) != severityRank(b.severity))
            return severityRank(a.severity) < severityRank(b.severity);
        return a.detectedAt < b.detectedAt;
    }
    return a.detectedAt > b.detectedAt;
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

struct IncidentBook::Private
{
    Clock *clock = nullptr;
    QString path;
    bool readOnly = false;
    bool open = false;
    bool memoryOnly = true;
    QString error;
    QList<Incident> incidents;
    QList<ChecklistRun> runs;
    QHash<QString, QDateTime> lastSeenWritten;
    qint64 nextMemoryId = 1;

    // The worker: the store and the poll timer live in `thread` and are touched only there.
    QThread *thread = nullptr;
    QObject *worker = nullptr;
    IncidentStore *store = nullptr;
    QTimer *poll = nullptr;
    qint64 dataVersion = -1;
    std::atomic<quint64> processedSeq {0};

    // GUI side: writes queued so far and, per uid, the last write queued, so that a reload that does not yet hold
    // a local change does not undo it.
    quint64 seq = 0;
    QHash<QString, quint64> dirty;
    QHash<QString, quint64> dirtyRuns;
    // Incidents and runs whose last write failed (a full disk, a locked or read-only file): written again every
    // PollMs until a write succeeds, and kept over reloads meanwhile, so that nothing the operator saw is dropped.
    QSet<QString> unsaved;
    QSet<QString> unsavedRuns;
    QString writeError;
    QTimer *retry = nullptr;

    QMutex mutex;
    QWaitCondition idle;
    int pending = 0;

    void post(IncidentBook *book, std::function<void()> job)
    {
        {
            QMutexLocker lock(&mutex);
            ++pending;
        }
        const quint64 s = ++seq;
        QMetaObject::invokeMethod(worker, [this, book, job = std::move(job), s] {
            job();
            processedSeq = s;
            Q_UNUSED(book);
            QMutexLocker lock(&mutex);
            --pending;
            idle.wakeAll();
        });
    }
};

IncidentBook::IncidentBook(Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->clock = clock;
}

IncidentBook::~IncidentBook()
{
    if (!d->thread)
        return;
    waitForIdle(30000);
    QMetaObject::invokeMethod(
        d->worker,
        [this] {
            delete d->poll;
            d->poll = nullptr;
            delete d->store;
            d->store = nullptr;
        },
        Qt::BlockingQueuedConnection);
    d->thread->quit();
    d->thread->wait();
    delete d->worker;
    delete d->thread;
}

QDateTime IncidentBook::nowOr(const QDateTime &at) const
{
    if (at.isValid())
        return at.toUTC();
    return (d->clock ? d->clock : Clock::system())->now().toUTC();
}

void IncidentBook::open(const QString &path)
{
    if (d->thread) {
        qCWarning(lcBook) << "the incident book is already open on" << d->path;
        return;
    }
    d->path = path;
    if (path.isEmpty()) {
        d->memoryOnly = true;
        d->open = true;
        QMetaObject::invokeMethod(this, [this] { emit opened(true, {}); }, Qt::QueuedConnection);
        return;
    }
    d->memoryOnly = false;
    d->thread = new QThread;
    d->thread->setObjectName(u"incident-book"_s);
    d->worker = new QObject;
    d->worker->moveToThread(d->thread);
    d->thread->start();
    const bool readOnly = d->readOnly;
    d->post(this, [this, path, readOnly] {
        // One timer for both waits: a read-only book whose file does not exist yet (a kiosk started before any desktop
        // wrote an incident) tries again at each tick; once open, each tick checks for another process's commits.
        d->poll = new QTimer;
        d->poll->setInterval(PollMs);
        QObject::connect(d->poll, &QTimer::timeout, d->poll, [this, path, readOnly] {
            if (!d->store) {
                openStore(path, readOnly, false);
                return;
            }
            if (!d->store->isOpen())
                return;
            const qint64 version = d->store->dataVersion();
            if (version == d->dataVersion)
                return;
            d->dataVersion = version;
            QList<Incident> current = d->store->loadCurrent(RecentResolved);
            QStringList ids;
            for (const auto &i : std::as_const(current))
                ids << i.uid;
            QList<ChecklistRun> currentRuns = d->store->loadRuns(ids);
            const quint64 s = d->processedSeq;
            QMetaObject::invokeMethod(
                this, [this, current, currentRuns, s] { applyLoaded(current, currentRuns, s, true); },
                Qt::QueuedConnection);
        });
        openStore(path, readOnly, true);
        if (d->store || readOnly) {
            d->poll->start();
        } else {
            delete d->poll;
            d->poll = nullptr;
        }
    });
}

// In the worker. `first`: the call from open(), which always answers with opened(); a later attempt (read-only,
// waiting for the file) answers only when it succeeds.
void IncidentBook::openStore(const QString &path, bool readOnly, bool first)
{
    auto *store = new IncidentStore;
    const bool ok = store->open(path, readOnly);
    const QString error = store->lastError();
    if (!ok) {
        delete store;
        if (first) {
            QMetaObject::invokeMethod(
                this,
                [this, error, readOnly] {
                    d->open = false;
                    d->error = error;
                    qCWarning(lcBook).noquote() << error;
                    if (readOnly)
                        qCInfo(lcBook).noquote() << "waiting for the incident database to appear:" << d->path;
                    emit opened(false, error);
                },
                Qt::QueuedConnection);
        }
        return;
    }
    d->store = store;
    d->dataVersion = store->dataVersion();
    QList<Incident> loaded = store->loadCurrent(RecentResolved);
    QStringList uids;
    for (const auto &i : std::as_const(loaded))
        uids << i.uid;
    QList<ChecklistRun> runs = store->loadRuns(uids);
    // The first open is the first job; a later one is ordered after whatever the worker has processed.
    const quint64 s = first ? 1 : quint64(d->processedSeq);
    QMetaObject::invokeMethod(
        this,
        [this, loaded, runs, s, first] {
            d->open = true;
            d->error.clear();
            if (!first)
                qCInfo(lcBook).noquote() << "the incident database appeared and is open:" << d->path;
            applyLoaded(loaded, runs, s, true);
            emit opened(true, {});
        },
        Qt::QueuedConnection);
}

bool IncidentBook::waitForIdle(int timeoutMs)
{
    if (!d->thread) {
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        return true;
    }
    QDeadlineTimer deadline(timeoutMs);
    bool idle = false;
    {
        QMutexLocker lock(&d->mutex);
        while (d->pending > 0 && !deadline.hasExpired())
            d->idle.wait(&d->mutex, deadline);
        idle = d->pending == 0;
    }
    // The worker's answers (ids, the opened state, reloads) are queued to this thread: take them now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    return idle;
}

bool IncidentBook::isOpen() const
{
    return d->open;
}

QString IncidentBook::path() const
{
    return d->path;
}

QString IncidentBook::lastError() const
{
    return d->error;
}

void IncidentBook::setReadOnly(bool readOnly)
{
    d->readOnly = readOnly;
}

bool IncidentBook::isReadOnly() const
{
    return d->readOnly;
}

const QList<Incident> &IncidentBook::incidents() const
{
    return d->incidents;
}

QList<Incident> IncidentBook::openIncidents() const
{
    QList<Incident> out;
    for (const auto &i : d->incidents) {
        if (i.isOpen())
            out.append(i);
    }
    return out;
}

const Incident *IncidentBook::find(const QString &uid) const
{
    for (const auto &i : d->incidents) {
        if (i.uid == uid)
            return &i;
    }
    return nullptr;
}

Incident *IncidentBook::findMutable(const QString &uid)
{
    for (auto &i : d->incidents) {
        if (i.uid == uid)
            return &i;
    }
    return nullptr;
}

const Incident *IncidentBook::openByKey(const QString &key) const
{
    for (const auto &i : d->incidents) {
        if (i.isOpen() && i.key == key)
            return &i;
    }
    return nullptr;
}

bool IncidentBook::refuseIfReadOnly(const char *what)
{
    if (!d->readOnly)
        return false;
    const QString message = tr("The incident book %1 is read-only: %2 refused")
                                .arg(d->path.isEmpty() ? tr("(in memory)") : d->path, QString::fromLatin1(what));
    qCWarning(lcBook).noquote() << message;
    emit refused(message);
    return true;
}

void IncidentBook::sortIncidents()
{
    std::stable_sort(d->incidents.begin(), d->incidents.end(), incidentOrder);
}

void IncidentBook::queueSave(const Incident &incident)
{
    if (d->memoryOnly || !d->thread) {
        if (Incident *inc = findMutable(incident.uid); inc && inc->id == 0)
            inc->id = d->nextMemoryId++;
        return;
    }
    queueWrite(incident.uid, tr("incident %1").arg(incident.uid),
        [incident](IncidentStore &store) { return store.saveIncident(incident); }, &d->unsaved,
        [this, uid = incident.uid](qint64 id) {
            if (Incident *inc = findMutable(uid); inc && inc->id != id) {
                inc->id = id;
                emit incidentChanged(uid);
            }
        });
    d->dirty.insert(incident.uid, d->seq);
}

void IncidentBook::queueSaveRun(const ChecklistRun &run)
{
    if (d->memoryOnly || !d->thread) {
        for (auto &r : d->runs) {
            if (r.uid == run.uid && r.id == 0)
                r.id = d->nextMemoryId++;
        }
        return;
    }
    queueWrite(run.uid, tr("checklist run %1").arg(run.uid), [run](IncidentStore &store) { return store.saveRun(run); },
        &d->unsavedRuns, [this, uid = run.uid](qint64 id) {
            for (auto &r : d->runs) {
                if (r.uid == uid)
                    r.id = id;
            }
        });
    d->dirtyRuns.insert(run.uid, d->seq);
}

// One record written on the worker; back on this thread, the id it got or the failure: a record whose write failed
// stays in `unsaved` (retried, and kept over what the database says) and the operator is told.
void IncidentBook::queueWrite(const QString &uid, const QString &what, std::function<qint64(IncidentStore &)> save,
    QSet<QString> *unsaved, std::function<void(qint64)> assignId)
{
    d->post(this, [this, uid, what, save = std::move(save), unsaved, assignId = std::move(assignId)] {
        if (!d->store) {
            const QString error = tr("%1: %2 not saved: the database is not open").arg(d->path, what);
            QMetaObject::invokeMethod(
                this,
                [this, uid, error, unsaved] {
                    unsaved->insert(uid);
                    noteWriteFailed(error);
                },
                Qt::QueuedConnection);
            return;
        }
        const qint64 id = save(*d->store);
        const QString error = d->store->lastError();
        // Our own commit must not look like another process's change.
        d->dataVersion = d->store->dataVersion();
        QMetaObject::invokeMethod(
            this,
            [this, id, uid, error, unsaved, assignId] {
                if (id == 0) {
                    unsaved->insert(uid);
                    noteWriteFailed(error);
                    return;
                }
                if (unsaved->remove(uid))
                    noteWriteSucceeded();
                assignId(id);
            },
            Qt::QueuedConnection);
    });
}

namespace {

// Records changed here after the database was read at `seq` (or whose write failed) win over what it had then.
template<typename T>
void keepLocalChanges(QList<T> &loaded, const QList<T> &mine, const QHash<QString, quint64> &dirty,
    const QSet<QString> &unsaved, quint64 seq)
{
    for (const T &m : mine) {
        if (dirty.value(m.uid) <= seq && !unsaved.contains(m.uid))
            continue;
        auto it = std::find_if(loaded.begin(), loaded.end(), [&](const T &l) { return l.uid == m.uid; });
        if (it != loaded.end())
            *it = m;
        else
            loaded.append(m);
    }
}

} // namespace

void IncidentBook::applyLoaded(QList<Incident> loaded, QList<ChecklistRun> runs, quint64 seq, bool reset)
{
    keepLocalChanges(loaded, d->incidents, d->dirty, d->unsaved, seq);
    keepLocalChanges(runs, d->runs, d->dirtyRuns, d->unsavedRuns, seq);
    d->dirty.removeIf([seq](const auto &it) { return it.value() <= seq; });
    d->dirtyRuns.removeIf([seq](const auto &it) { return it.value() <= seq; });
    d->incidents = std::move(loaded);
    d->runs = std::move(runs);
    sortIncidents();
    if (reset)
        emit incidentsReset();
}

void IncidentBook::restore(const QList<Incident> &incidents, const QList<ChecklistRun> &runs)
{
    d->dirty.clear();
    d->dirtyRuns.clear();
    d->readOnly = true;
    // A book open on a file stops following it: another process writing it must not replace the snapshot's view.
    if (d->thread && d->worker) {
        d->post(this, [this] {
            delete d->poll;
            d->poll = nullptr;
        });
    }
    applyLoaded(incidents, runs, 0, true);
}

QString IncidentBook::raise(const Detection &detection, const QDateTime &at)
{
    if (refuseIfReadOnly("raise"))
        return {};
    const QString key = detection.key();
    if (const Incident *existing = openByKey(key)) {
        const QString uid = existing->uid;
        observe(uid, detection, at);
        return uid;
    }
    const QDateTime when = nowOr(at);
    Incident inc;
    inc.uid = newUid();
    inc.key = key;
    inc.rule = detection.rule;
    inc.subject = detection.subject;
    inc.severity = detection.severity;
    inc.status = IncidentStatus::Detected;
    inc.title = detection.title.isEmpty() ? Rules::title(detection.rule) : detection.title;
    inc.evidence = detection.evidence;
    inc.path = detection.path;
    inc.nodes = detection.nodes;
    inc.institutions = detection.institutions;
    inc.detectedAt = when;
    inc.lastSeenAt = when;
    if (detection.rule == QLatin1String(Rules::Alertmanager)) {
        inc.source = u"alertmanager"_s;
        inc.alertFingerprint = detection.figures.value(u"fingerprint"_s).toString();
    }
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Detected;
    e.at = when;
    e.text = detection.evidence.isEmpty() ? inc.title : inc.title + u"\n"_s + detection.evidence;
    e.data = detection.figures;
    if (!detection.path.isEmpty())
        e.data.insert(u"path"_s, detection.path);
    inc.timeline.append(e);
    d->incidents.append(inc);
    d->lastSeenWritten.insert(inc.uid, when);
    sortIncidents();
    queueSave(inc);
    emit incidentAdded(inc.uid);
    return inc.uid;
}

void IncidentBook::observe(const QString &uid, const Detection &detection, const QDateTime &at)
{
    if (refuseIfReadOnly("observe"))
        return;
    Incident *inc = findMutable(uid);
    if (!inc) {
        qCWarning(lcBook) << "observe: no incident" << uid;
        return;
    }
    const QDateTime when = nowOr(at);
    if (when > inc->lastSeenAt)
        inc->lastSeenAt = when;
    bool changed = false;
    const QString title = detection.title.isEmpty() ? inc->title : detection.title;
    if (title != inc->title || detection.evidence != inc->evidence || detection.severity != inc->severity
        || detection.path != inc->path) {
        // A worse severity is kept; the evidence is the latest.
        if (severityRank(detection.severity) < severityRank(inc->severity))
            inc->severity = detection.severity;
        inc->title = title;
        inc->evidence = detection.evidence;
        inc->path = detection.path;
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Evidence;
        e.at = when;
        e.text = detection.evidence.isEmpty() ? title : detection.evidence;
        e.data = detection.figures;
        if (!detection.path.isEmpty())
            e.data.insert(u"path"_s, detection.path);
        inc->timeline.append(e);
        changed = true;
    }
    for (const QString &n : detection.nodes) {
        if (!inc->nodes.contains(n)) {
            inc->nodes.append(n);
            changed = true;
        }
    }
    for (const QString &i : detection.institutions) {
        if (!inc->institutions.contains(i)) {
            inc->institutions.append(i);
            changed = true;
        }
    }
    const QDateTime written = d->lastSeenWritten.value(uid);
    if (changed || !written.isValid() || written.msecsTo(inc->lastSeenAt) >= SeenWriteMs) {
        d->lastSeenWritten.insert(uid, inc->lastSeenAt);
        const Incident copy = *inc;
        sortIncidents();
        queueSave(copy);
    }
    emit incidentChanged(uid);
}

void IncidentBook::acknowledge(const QString &uid, const QString &who, const QString &institution,
    const QDateTime &at, const QString &note)
{
    if (refuseIfReadOnly("acknowledge"))
        return;
    Incident *inc = findMutable(uid);
    if (!inc) {
        qCWarning(lcBook) << "acknowledge: no incident" << uid;
        return;
    }
    const QDateTime when = nowOr(at);
    if (!inc->acknowledgedAt.isValid()) {
        inc->acknowledgedAt = when;
        inc->acknowledgedBy = who;
        inc->acknowledgedInstitution = institution;
    }
    if (inc->status == IncidentStatus::Detected)
        inc->status = IncidentStatus::Acknowledged;
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Acknowledged;
    e.at = when;
    e.author = who;
    e.institution = institution;
    e.text = note;
    inc->timeline.append(e);
    const Incident copy = *inc;
    queueSave(copy);
    emit incidentChanged(uid);
}

void IncidentBook::mitigate(const QString &uid, const QString &who, const QString &institution, const QDateTime &at,
    const QString &note)
{
    if (refuseIfReadOnly("mitigate"))
        return;
    Incident *inc = findMutable(uid);
    if (!inc) {
        qCWarning(lcBook) << "mitigate: no incident" << uid;
        return;
    }
    const QDateTime when = nowOr(at);
    if (!inc->mitigatedAt.isValid())
        inc->mitigatedAt = when;
    if (inc->status != IncidentStatus::Resolved)
        inc->status = IncidentStatus::Mitigated;
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Mitigated;
    e.at = when;
    e.author = who;
    e.institution = institution;
    e.text = note;
    inc->timeline.append(e);
    const Incident copy = *inc;
    queueSave(copy);
    emit incidentChanged(uid);
}

void IncidentBook::resolve(const QString &uid, const QString &who, const QDateTime &at, const QString &note)
{
    if (refuseIfReadOnly("resolve"))
        return;
    Incident *inc = findMutable(uid);
    if (!inc) {
        qCWarning(lcBook) << "resolve: no incident" << uid;
        return;
    }
    if (!inc->isOpen())
        return;
    const QDateTime when = nowOr(at);
    inc->status = IncidentStatus::Resolved;
    inc->resolvedAt = when;
    inc->resolvedBy = who;
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Resolved;
    e.at = when;
    e.author = who;
    e.text = note;
    inc->timeline.append(e);
    const Incident copy = *inc;
    sortIncidents();
    queueSave(copy);
    emit incidentChanged(uid);
}

void IncidentBook::reopen(const QString &uid, const QDateTime &at, const QString &text)
{
    if (refuseIfReadOnly("reopen"))
        return;
    Incident *inc = findMutable(uid);
    if (!inc) {
        qCWarning(lcBook) << "reopen: no incident" << uid;
        return;
    }
    if (inc->isOpen())
        return;
    if (const Incident *other = openByKey(inc->key)) {
        // One open incident per key: the condition came back as another incident already.
        qCWarning(lcBook) << "reopen:" << uid << "not reopened, incident" << other->uid << "is open for"
                          << inc->key;
        return;
    }
    const QDateTime when = nowOr(at);
    inc->status = inc->mitigatedAt.isValid() ? IncidentStatus::Mitigated
        : inc->acknowledgedAt.isValid()       ? IncidentStatus::Acknowledged
                                              : IncidentStatus::Detected;
    inc->resolvedAt = {};
    inc->resolvedBy.clear();
    inc->lastSeenAt = when;
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Reopened;
    e.at = when;
    e.text = text;
    inc->timeline.append(e);
    const Incident copy = *inc;
    sortIncidents();
    queueSave(copy);
    emit incidentChanged(uid);
}

void IncidentBook::addNote(
    const QString &uid, const QString &who, const QString &institution, const QDateTime &at, const QString &text)
{
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Note;
    e.at = at;
    e.author = who;
    e.institution = institution;
    e.text = text;
    addTimelineEntry(uid, e);
}

void IncidentBook::addTimelineEntry(const QString &uid, const TimelineEntry &entry)
{
    if (refuseIfReadOnly("timeline entry"))
        return;
    Incident *inc = findMutable(uid);
    if (!inc) {
        qCWarning(lcBook) << "timeline entry: no incident" << uid;
        return;
    }
    TimelineEntry e = entry;
    e.at = nowOr(entry.at);
    inc->timeline.append(e);
    const Incident copy = *inc;
    queueSave(copy);
    emit incidentChanged(uid);
}

QString IncidentBook::startRun(const ChecklistRun &run)
{
    if (refuseIfReadOnly("checklist run"))
        return {};
    ChecklistRun r = run;
    if (r.uid.isEmpty())
        r.uid = newUid();
    r.startedAt = nowOr(run.startedAt);
    r.id = 0;
    d->runs.append(r);
    queueSaveRun(r);
    emit runChanged(r.uid);
    return r.uid;
}

void IncidentBook::setRunStep(const QString &runUid, const RunStep &step)
{
    if (refuseIfReadOnly("checklist step"))
        return;
    auto it = std::find_if(d->runs.begin(), d->runs.end(), [&](const ChecklistRun &r) { return r.uid == runUid; });
    if (it == d->runs.end()) {
        qCWarning(lcBook) << "checklist step: no run" << runUid;
        return;
    }
    RunStep s = step;
    if (s.done && !s.doneAt.isValid())
        s.doneAt = nowOr({});
    auto st = std::find_if(it->steps.begin(), it->steps.end(), [&](const RunStep &x) { return x.key == s.key; });
    const bool wasDone = st != it->steps.end() && st->done;
    if (st != it->steps.end())
        *st = s;
    else
        it->steps.append(s);
    const ChecklistRun copy = *it;
    queueSaveRun(copy);
    emit runChanged(runUid);
    if (s.done && !wasDone && !copy.incidentUid.isEmpty() && find(copy.incidentUid)) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::ChecklistStep;
        e.at = s.doneAt;
        e.author = s.author;
        e.institution = copy.institution;
        e.text = s.note.isEmpty() ? s.text : s.text + u"\n"_s + s.note;
        e.data.insert(u"run"_s, copy.uid);
        e.data.insert(u"document"_s, copy.documentId);
        e.data.insert(u"step"_s, s.key);
        addTimelineEntry(copy.incidentUid, e);
    }
}

void IncidentBook::finishRun(const QString &runUid, const QDateTime &at)
{
    if (refuseIfReadOnly("finish checklist run"))
        return;
    auto it = std::find_if(d->runs.begin(), d->runs.end(), [&](const ChecklistRun &r) { return r.uid == runUid; });
    if (it == d->runs.end()) {
        qCWarning(lcBook) << "finish checklist run: no run" << runUid;
        return;
    }
    it->finishedAt = nowOr(at);
    const ChecklistRun copy = *it;
    queueSaveRun(copy);
    emit runChanged(runUid);
}

QList<ChecklistRun> IncidentBook::runs(const QString &incidentUid) const
{
    if (incidentUid.isEmpty())
        return d->runs;
    QList<ChecklistRun> out;
    for (const auto &r : d->runs) {
        if (r.incidentUid == incidentUid)
            out.append(r);
    }
    return out;
}

const ChecklistRun *IncidentBook::run(const QString &runUid) const
{
    for (const auto &r : d->runs) {
        if (r.uid == runUid)
            return &r;
    }
    return nullptr;
}

void IncidentBook::loadHistory(const QDateTime &from, const QDateTime &to)
{
    if (d->memoryOnly || !d->thread) {
        QMetaObject::invokeMethod(this, [this] { emit historyLoaded(); }, Qt::QueuedConnection);
        return;
    }
    d->post(this, [this, from, to] {
        QList<Incident> loaded;
        QList<ChecklistRun> runs;
        if (d->store) {
            loaded = d->store->loadRange(from, to);
            QStringList uids;
            for (const auto &i : std::as_const(loaded))
                uids << i.uid;
            runs = d->store->loadRuns(uids, false);
        }
        QMetaObject::invokeMethod(
            this,
            [this, loaded, runs] {
                for (const auto &inc : loaded) {
                    if (!find(inc.uid))
                        d->incidents.append(inc);
                }
                for (const auto &r : runs) {
                    if (!run(r.uid))
                        d->runs.append(r);
                }
                sortIncidents();
                emit historyLoaded();
            },
            Qt::QueuedConnection);
    });
}

bool IncidentBook::hasUnsavedChanges() const
{
    return !d->unsaved.isEmpty() || !d->unsavedRuns.isEmpty();
}

QString IncidentBook::writeError() const
{
    return hasUnsavedChanges() ? d->writeError : QString();
}

void IncidentBook::noteWriteFailed(const QString &error)
{
    // Logged when the writes start failing, not at every retry.
    if (d->writeError.isEmpty())
        qCWarning(lcBook).noquote() << error << tr("(kept in memory; written again every %1 s)").arg(PollMs / 1000);
    d->writeError = error;
    if (!d->retry) {
        d->retry = new QTimer(this);
        d->retry->setSingleShot(true);
        d->retry->setInterval(PollMs);
        connect(d->retry, &QTimer::timeout, this, &IncidentBook::retryUnsaved);
    }
    if (!d->retry->isActive())
        d->retry->start();
    emit writeFailed(error);
}

void IncidentBook::noteWriteSucceeded()
{
    if (hasUnsavedChanges())
        return;
    d->writeError.clear();
    qCInfo(lcBook).noquote() << tr("%1: every change is saved again").arg(d->path);
    emit writesRecovered();
}

void IncidentBook::retryUnsaved()
{
    // The failed writes are re-queued as they are now in memory; their answers re-arm the timer if they fail again.
    for (const QString &uid : QSet<QString>(d->unsaved)) {
        if (const Incident *inc = find(uid))
            queueSave(*inc);
        else
            d->unsaved.remove(uid);
    }
    for (const QString &uid : QSet<QString>(d->unsavedRuns)) {
        if (const ChecklistRun *r = run(uid))
            queueSaveRun(*r);
        else
            d->unsavedRuns.remove(uid);
    }
    if (!hasUnsavedChanges())
        noteWriteSucceeded();
}

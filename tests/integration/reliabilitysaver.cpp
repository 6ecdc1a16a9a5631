// reliability_saver: the saving side of Sentinela in a process of its own, for tst_reliability to kill in the middle
// of a save and to starve of disk. It writes through the application's own code: the IncidentBook (SQLite on its
// worker thread, incidents and checklist runs), ChecklistDocument::save and SnapshotWriter. Driven by one command per
// line on stdin; every answer is one line on stdout, printed only once the thing it reports is true:
//
//   open DIR            open DIR/incidents.sqlite        -> "opened 1 incidents=N runs=M" | "opened 0 ERROR"
//   raise K TAG         raise K incidents, each with a checklist run, and wait for the writes
//                                                        -> "committed UID" per saved one, then "raised K unsaved=U"
//   checklist V         save checklist version V         -> "checklist ok V" | "checklist failed V ERROR"
//   snapshot V          write snapshot version V         -> "snapshot ok V" | "snapshot failed V ERROR"
//   fsize BYTES         RLIMIT_FSIZE for this process (0: lift it); the file-size stand-in for a full disk
//   flush MS            wait until no change is held unsaved -> "flushed MS" | "unflushed ERROR"
//   loop BASE           save without pause (an incident, a run step, the checklist and the snapshot per round),
//                       reporting as above, until killed; versions and incident names count from BASE + 1
//   quit

#include "reliabilitysaver.h"

#include "../common/syntheticsnapshot.h"
#include "checklists/checklistdocument.h"
#include "incidents/incidentbook.h"
#include "snapshots/snapshotwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

class Saver : public QObject
{
public:
    void command(const QString &line);

private:
    void open(const QString &dir);
    void raise(int count, const QString &tag);
    void saveChecklist(int version);
    void saveSnapshot(int version);
    void flush(int ms);
    void round();
    void reportCommitted(const QString &uid);

    QString m_dir;
    std::unique_ptr<IncidentBook> m_book;
    QSet<QString> m_reported;
    std::optional<SnapshotData> m_snapshot;
    QTimer *m_loop = nullptr;
    int m_round = 0;
};

void Saver::command(const QString &line)
{
    const QStringList args = line.split(u' ', Qt::SkipEmptyParts);
    const QString cmd = args.value(0);
    if (cmd == u"open")
        open(args.value(1));
    else if (cmd == u"raise")
        raise(args.value(1).toInt(), args.value(2));
    else if (cmd == u"checklist")
        saveChecklist(args.value(1).toInt());
    else if (cmd == u"snapshot")
        saveSnapshot(args.value(1).toInt());
    else if (cmd == u"fsize") {
        const qint64 bytes = args.value(1).toLongLong();
        rlimit limit {};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes > 0 ? rlim_t(bytes) : limit.rlim_max;
        say(setrlimit(RLIMIT_FSIZE, &limit) == 0 ? u"fsize ok"_s : u"fsize failed"_s);
    } else if (cmd == u"flush")
        flush(args.value(1).toInt());
    else if (cmd == u"loop") {
        m_round = args.value(1).toInt();
        m_loop = new QTimer(this);
        m_loop->setInterval(0);
        connect(m_loop, &QTimer::timeout, this, &Saver::round);
        m_loop->start();
    } else if (cmd == u"quit") {
        if (m_book)
            m_book->waitForIdle();
        QCoreApplication::quit();
    } else
        say(u"error unknown command "_s + cmd);
}

void Saver::open(const QString &dir)
{
    m_dir = dir;
    QDir().mkpath(dir);
    m_book = std::make_unique<IncidentBook>();
    connect(m_book.get(), &IncidentBook::incidentChanged, this, &Saver::reportCommitted);
    m_book->open(QDir(dir).filePath(QString::fromLatin1(reliabilitysaver::DatabaseFile)));
    m_book->waitForIdle();
    if (!m_book->isOpen()) {
        say(u"opened 0 "_s + m_book->lastError());
        return;
    }
    for (const Incident &i : m_book->incidents())
        m_reported.insert(i.uid);
    say(u"opened 1 incidents=%1 runs=%2"_s.arg(m_book->incidents().size()).arg(m_book->runs().size()));
}

void Saver::reportCommitted(const QString &uid)
{
    const Incident *inc = m_book ? m_book->find(uid) : nullptr;
    if (!inc || inc->id <= 0 || m_reported.contains(uid))
        return;
    m_reported.insert(uid);
    say(u"committed "_s + uid);
}

void Saver::raise(int count, const QString &tag)
{
    if (!m_book)
        return say(u"error not open"_s);
    QStringList uids;
    for (int i = 0; i < count; ++i) {
        Detection d;
        d.rule = u"reliability-drill"_s;
        d.subject = u"%1-%2"_s.arg(tag).arg(i);
        d.title = u"Reliability drill %1"_s.arg(d.subject);
        d.evidence = u"written by reliability_saver"_s;
        d.nodes = {d.subject};
        const QString uid = m_book->raise(d, {});
        ChecklistRun run;
        run.incidentUid = uid;
        run.documentId = u"reliability"_s;
        run.documentTitle = u"Reliability drill"_s;
        run.documentPath = QString::fromLatin1(reliabilitysaver::ChecklistFile);
        const QString runUid = m_book->startRun(run);
        m_book->setRunStep(runUid, {u"drill/1.1"_s, u"step 1"_s, true, QDateTime::currentDateTimeUtc(), {}, {}});
        uids << uid;
    }
    m_book->waitForIdle();
    for (const QString &uid : std::as_const(uids))
        reportCommitted(uid);
    say(u"raised %1 unsaved=%2 %3"_s.arg(count).arg(m_book->hasUnsavedChanges() ? 1 : 0).arg(m_book->writeError()));
}

void Saver::saveChecklist(int version)
{
    QString error;
    ChecklistDocument doc(reliabilitysaver::checklistContent(version),
        QDir(m_dir).filePath(QString::fromLatin1(reliabilitysaver::ChecklistFile)));
    if (doc.save(&error))
        say(u"checklist ok %1"_s.arg(version));
    else
        say(u"checklist failed %1 %2"_s.arg(version).arg(error));
}

void Saver::saveSnapshot(int version)
{
    if (!m_snapshot)
        m_snapshot = synthetic::snapshot(2, 0.5, QDateTime::currentDateTimeUtc());
    SnapshotData data = *m_snapshot;
    data.header.producer = reliabilitysaver::snapshotProducer(version);
    QString error;
    const QByteArray bytes = SnapshotWriter::encode(data, {}, &error, 1);
    if (!bytes.isEmpty()
        && SnapshotWriter::writeFile(
            QDir(m_dir).filePath(QString::fromLatin1(reliabilitysaver::SnapshotFile)), bytes, &error))
        say(u"snapshot ok %1"_s.arg(version));
    else
        say(u"snapshot failed %1 %2"_s.arg(version).arg(error));
}

void Saver::flush(int ms)
{
    QElapsedTimer t;
    t.start();
    while (m_book && m_book->hasUnsavedChanges() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    if (m_book && !m_book->hasUnsavedChanges()) {
        m_book->waitForIdle();
        say(u"flushed %1"_s.arg(t.elapsed()));
    } else
        say(u"unflushed "_s + (m_book ? m_book->writeError() : u"not open"_s));
}

void Saver::round()
{
    ++m_round;
    Detection d;
    d.rule = u"reliability-drill"_s;
    d.subject = u"loop-%1"_s.arg(m_round);
    d.title = u"Reliability drill %1"_s.arg(d.subject);
    const QString uid = m_book->raise(d, {});
    ChecklistRun run;
    run.incidentUid = uid;
    run.documentId = u"reliability"_s;
    const QString runUid = m_book->startRun(run);
    m_book->setRunStep(runUid, {u"drill/1.1"_s, u"step 1"_s, true, QDateTime::currentDateTimeUtc(), {}, {}});
    saveChecklist(m_round);
    saveSnapshot(m_round);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // A write past RLIMIT_FSIZE fails with EFBIG instead of killing the process, as on a full disk (ENOSPC).
    std::signal(SIGXFSZ, SIG_IGN);
    Saver saver;
    QByteArray buffer;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &saver, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        buffer.append(chunk, n);
        qsizetype eol;
        while ((eol = buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(eol)).trimmed();
            buffer.remove(0, eol + 1);
            if (!line.isEmpty())
                saver.command(line);
        }
    });
    return app.exec();
}

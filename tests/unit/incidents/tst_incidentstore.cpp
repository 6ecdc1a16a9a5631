#include "incidents/incidentbook.h"
#include "incidents/incidentstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString Fixture = QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/incidents/schema-v1.sqlite");
const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

// The child of crashSafety(): writes incidents until it is killed, printing each uid once the worker committed it.
int crashWriter(const QString &path)
{
    IncidentBook book;
    book.open(path);
    if (!book.waitForIdle() || !book.isOpen()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    for (int i = 0;; ++i) {
        Detection d;
        d.rule = QLatin1String(Rules::ValidatorDown);
        d.subject = u"validator%1"_s.arg(i);
        d.title = u"Validator down"_s;
        d.evidence = QString(200, u'x'); // some bulk, so that the kill lands inside writes
        const QString uid = book.raise(d, T0.addSecs(i));
        book.acknowledge(uid, u"ana"_s, u"bndes"_s, T0.addSecs(i + 1), u"on it"_s);
        book.addNote(uid, u"ana"_s, u"bndes"_s, T0.addSecs(i + 2), u"note %1"_s.arg(i));
        book.waitForIdle();
        std::printf("committed %s\n", qPrintable(uid));
        std::fflush(stdout);
    }
}

} // namespace

class TestIncidentStore : public QObject
{
    Q_OBJECT

private slots:
    void migratesV1Fixture();
    void migratedBookOpens();
    void refusesNewerAndForeign();
    void readOnlyDoesNotMigrate();
    void crashSafety();
};

void TestIncidentStore::migratesV1Fixture()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    QVERIFY(QFile::copy(Fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"check"_s);

    IncidentStore store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QCOMPARE(store.schemaVersion(), 2);
    QVERIFY(store.integrityOk());
    const auto all = store.loadAll();
    QCOMPARE(all.size(), 3);
    const auto open = store.loadAll(true);
    QCOMPARE(open.size(), 2);
    Incident halt;
    for (const auto &i : all) {
        if (i.uid == u"11111111-1111-4111-8111-111111111111"_s)
            halt = i;
        if (i.source == u"alertmanager"_s)
            QCOMPARE(i.path, u"alertmanager"_s); // filled by the v2 migration
    }
    QCOMPARE(halt.id, 1);
    QCOMPARE(halt.severity, IncidentSeverity::CriticalIncident);
    QCOMPARE(halt.status, IncidentStatus::Acknowledged);
    QCOMPARE(halt.detectedAt, T0);
    QCOMPARE(halt.acknowledgedBy, u"ana"_s);
    QCOMPARE(halt.nodes, (QStringList {u"validator01"_s, u"validator02"_s}));
    QCOMPARE(halt.timeline.size(), 3);
    QCOMPARE(halt.timeline.at(2).text, u"validator02 restarted"_s);
    QCOMPARE(halt.timeline.at(0).data.value(u"headAgeSeconds"_s).toInt(), 41);
    QVERIFY(halt.path.isEmpty());
    const auto runs = store.loadRuns({halt.uid});
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().steps.size(), 2);
    QVERIFY(runs.first().steps.at(0).done);
    QVERIFY(!runs.first().steps.at(1).done);

    // The v2 columns are written and read back.
    halt.path = u"prometheus"_s;
    halt.alertFingerprint = u"f00d"_s;
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Note;
    e.at = T0.addSecs(900);
    e.text = u"after the migration"_s;
    halt.timeline.append(e);
    QCOMPARE(store.saveIncident(halt), 1);
    store.close();
    QVERIFY(store.open(path));
    const auto again = store.loadAll(true);
    const auto it = std::find_if(again.begin(), again.end(), [](const Incident &i) { return i.id == 1; });
    QVERIFY(it != again.end());
    QCOMPARE(it->path, u"prometheus"_s);
    QCOMPARE(it->alertFingerprint, u"f00d"_s);
    QCOMPARE(it->timeline.size(), 4);
}

void TestIncidentStore::migratedBookOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    QVERIFY(QFile::copy(Fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    IncidentBook book;
    book.open(path);
    QVERIFY(book.waitForIdle());
    QVERIFY2(book.isOpen(), qPrintable(book.lastError()));
    QCOMPARE(book.openIncidents().size(), 2);
    QCOMPARE(book.incidents().size(), 3);
    QCOMPARE(book.incidents().first().severity, IncidentSeverity::CriticalIncident); // the most severe first
    QCOMPARE(book.runs(u"11111111-1111-4111-8111-111111111111"_s).size(), 1);
}

void TestIncidentStore::refusesNewerAndForeign()
{
    QTemporaryDir dir;
    const QString newer = dir.filePath(u"newer.sqlite"_s);
    const QString foreign = dir.filePath(u"foreign.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make"_s);
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version=99"_s));
        db.close();
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE other(x)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"make"_s);
    IncidentStore store;
    QVERIFY(!store.open(newer));
    QVERIFY2(store.lastError().contains(u"99"_s) && store.lastError().contains(newer), qPrintable(store.lastError()));
    QVERIFY(!store.open(foreign));
    QVERIFY2(store.lastError().contains(u"not an incident database"_s), qPrintable(store.lastError()));
    QVERIFY(!store.open(dir.filePath(u"missing.sqlite"_s), true));
    QVERIFY2(store.lastError().contains(u"missing.sqlite"_s), qPrintable(store.lastError()));
}

void TestIncidentStore::readOnlyDoesNotMigrate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    QVERIFY(QFile::copy(Fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    IncidentStore store;
    QVERIFY2(store.open(path, true), qPrintable(store.lastError()));
    QCOMPARE(store.schemaVersion(), 1); // read as it is
    QCOMPARE(store.loadAll().size(), 3);
    QVERIFY(store.open(path));
    QCOMPARE(store.schemaVersion(), 2);
    store.close();
    // An empty file is no book when only reading.
    const QString empty = dir.filePath(u"empty.sqlite"_s);
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(!store.open(empty, true));
    QVERIFY2(store.lastError().contains(empty), qPrintable(store.lastError()));
}

void TestIncidentStore::crashSafety()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.sqlite"_s);
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({u"--crash-writer"_s, path});
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start();
    QVERIFY(child.waitForStarted());
    QStringList committed;
    QByteArray buffer;
    QDeadlineTimer deadline(20000);
    // Kill it at a moment that is not a line boundary: after some commits, at whatever it is doing then.
    while (committed.size() < 40 && !deadline.hasExpired()) {
        if (!child.waitForReadyRead(1000) && child.state() != QProcess::Running)
            break;
        buffer += child.readAllStandardOutput();
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            if (line.startsWith("committed "))
                committed << QString::fromLatin1(line.mid(10));
        }
    }
    QVERIFY2(committed.size() >= 40, child.readAllStandardError().constData());
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // Lines the child printed before it died count too.
    buffer += child.readAllStandardOutput();
    for (const QByteArray &line : buffer.split('\n')) {
        if (line.startsWith("committed "))
            committed << QString::fromLatin1(line.mid(10));
    }

    IncidentStore store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QVERIFY(store.integrityOk());
    const auto all = store.loadAll();
    QSet<QString> stored;
    for (const auto &i : all) {
        stored.insert(i.uid);
        if (committed.contains(i.uid)) {
            QCOMPARE(i.status, IncidentStatus::Acknowledged);
            QCOMPARE(i.timeline.size(), 3);
        }
    }
    for (const QString &uid : std::as_const(committed))
        QVERIFY2(stored.contains(uid), qPrintable(u"committed incident %1 lost"_s.arg(uid)));
    qInfo("%lld incidents committed before the kill, %lld in the file", qint64(committed.size()), qint64(all.size()));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--crash-writer") == 0) {
        QCoreApplication app(argc, argv);
        return crashWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestIncidentStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_incidentstore.moc"

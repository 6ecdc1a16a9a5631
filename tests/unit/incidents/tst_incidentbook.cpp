#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

Detection chainHalt(const QString &evidence = u"no block for 41 s"_s)
{
    Detection d;
    d.rule = QLatin1String(Rules::ChainHalted);
    d.severity = IncidentSeverity::CriticalIncident;
    d.level = HealthLevel::Critical;
    d.title = u"Chain halted"_s;
    d.evidence = evidence;
    d.path = u"rpc"_s;
    d.nodes = {u"validator01"_s};
    d.institutions = {u"bndes"_s};
    d.figures = QJsonObject {{u"headAgeSeconds"_s, 41}};
    return d;
}

Detection validatorDown(const QString &node)
{
    Detection d;
    d.rule = QLatin1String(Rules::ValidatorDown);
    d.subject = node;
    d.severity = IncidentSeverity::Incident;
    d.title = u"Validator down: "_s + node;
    d.nodes = {node};
    d.institutions = {u"rnp"_s};
    return d;
}

} // namespace

class TestIncidentBook : public QObject
{
    Q_OBJECT

private slots:
    void lifecycleInMemory();
    void uniquenessPerKey();
    void orderOpenFirst();
    void persistsAcrossRestart();
    void readOnlyRefuses();
    void externalChangeSeen();
    void badFileIsAnError();
};

void TestIncidentBook::lifecycleInMemory()
{
    IncidentBook book;
    QSignalSpy added(&book, &IncidentBook::incidentAdded);
    QSignalSpy changed(&book, &IncidentBook::incidentChanged);
    const QString uid = book.raise(chainHalt(), T0);
    QVERIFY(!uid.isEmpty());
    QCOMPARE(added.size(), 1);
    const Incident *inc = book.find(uid);
    QVERIFY(inc);
    QCOMPARE(inc->status, IncidentStatus::Detected);
    QCOMPARE(inc->key, u"chain-halted"_s);
    QCOMPARE(inc->detectedAt, T0);
    QCOMPARE(inc->timeline.size(), 1);
    QCOMPARE(inc->timeline.first().kind, TimelineEntry::Kind::Detected);
    QCOMPARE(inc->timeline.first().data.value(u"headAgeSeconds"_s).toInt(), 41);

    book.observe(uid, chainHalt(u"no block for 60 s"_s), T0.addSecs(20));
    inc = book.find(uid);
    QCOMPARE(inc->lastSeenAt, T0.addSecs(20));
    QCOMPARE(inc->evidence, u"no block for 60 s"_s);
    QCOMPARE(inc->timeline.last().kind, TimelineEntry::Kind::Evidence);
    // The same evidence again is no new timeline entry.
    book.observe(uid, chainHalt(u"no block for 60 s"_s), T0.addSecs(25));
    QCOMPARE(book.find(uid)->timeline.size(), 2);

    book.acknowledge(uid, u"ana"_s, u"bndes"_s, T0.addSecs(300), u"looking"_s);
    inc = book.find(uid);
    QCOMPARE(inc->status, IncidentStatus::Acknowledged);
    QCOMPARE(inc->acknowledgedBy, u"ana"_s);
    QCOMPARE(inc->acknowledgedInstitution, u"bndes"_s);
    QCOMPARE(inc->acknowledgedAt, T0.addSecs(300));
    book.addNote(uid, u"ana"_s, u"bndes"_s, T0.addSecs(400), u"validator02 restarted"_s);
    QCOMPARE(book.find(uid)->timeline.last().kind, TimelineEntry::Kind::Note);
    book.mitigate(uid, u"ana"_s, u"bndes"_s, T0.addSecs(500));
    QCOMPARE(book.find(uid)->status, IncidentStatus::Mitigated);
    book.resolve(uid, {}, T0.addSecs(600));
    inc = book.find(uid);
    QCOMPARE(inc->status, IncidentStatus::Resolved);
    QCOMPARE(inc->resolvedAt, T0.addSecs(600));
    QVERIFY(!inc->isOpen());
    QVERIFY(!book.openByKey(u"chain-halted"_s));
    book.reopen(uid, T0.addSecs(700), u"halted again"_s);
    inc = book.find(uid);
    QCOMPARE(inc->status, IncidentStatus::Mitigated);
    QVERIFY(!inc->resolvedAt.isValid());
    QCOMPARE(inc->timeline.last().kind, TimelineEntry::Kind::Reopened);
    QVERIFY(changed.size() >= 6);

    ChecklistRun run;
    run.incidentUid = uid;
    run.documentId = u"chain-halt"_s;
    run.documentTitle = u"Chain halt"_s;
    const QString runUid = book.startRun(run);
    QVERIFY(!runUid.isEmpty());
    RunStep step;
    step.key = u"1.1"_s;
    step.text = u"Check the validators' logs"_s;
    step.done = true;
    step.author = u"ana"_s;
    book.setRunStep(runUid, step);
    QCOMPARE(book.run(runUid)->steps.size(), 1);
    QCOMPARE(book.find(uid)->timeline.last().kind, TimelineEntry::Kind::ChecklistStep);
    book.finishRun(runUid, T0.addSecs(800));
    QCOMPARE(book.run(runUid)->finishedAt, T0.addSecs(800));
    QCOMPARE(book.runs(uid).size(), 1);

    // Unknown uids are ignored.
    book.acknowledge(u"nope"_s, u"x"_s, u"y"_s, T0);
    QCOMPARE(book.incidents().size(), 1);
}

void TestIncidentBook::uniquenessPerKey()
{
    IncidentBook book;
    const QString a = book.raise(validatorDown(u"validator01"_s), T0);
    const QString b = book.raise(validatorDown(u"validator01"_s), T0.addSecs(5));
    QCOMPARE(a, b);
    QCOMPARE(book.incidents().size(), 1);
    QCOMPARE(book.find(a)->lastSeenAt, T0.addSecs(5));
    const QString c = book.raise(validatorDown(u"validator02"_s), T0.addSecs(5));
    QVERIFY(c != a);
    QCOMPARE(book.openIncidents().size(), 2);
    // Once resolved, the key may have a new incident, and the old one cannot reopen beside it.
    book.resolve(a, {}, T0.addSecs(60));
    const QString d = book.raise(validatorDown(u"validator01"_s), T0.addSecs(120));
    QVERIFY(d != a);
    book.reopen(a, T0.addSecs(130), u"again"_s);
    QVERIFY(!book.find(a)->isOpen());
    QCOMPARE(book.openIncidents().size(), 2);
}

void TestIncidentBook::orderOpenFirst()
{
    IncidentBook book;
    const QString minor = book.raise(validatorDown(u"validator01"_s), T0);
    const QString closed = book.raise(validatorDown(u"validator03"_s), T0.addSecs(1));
    book.resolve(closed, {}, T0.addSecs(2));
    const QString critical = book.raise(chainHalt(), T0.addSecs(10));
    const auto &all = book.incidents();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).uid, critical);
    QCOMPARE(all.at(1).uid, minor);
    QCOMPARE(all.at(2).uid, closed);
}

void TestIncidentBook::persistsAcrossRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.sqlite"_s);
    QString uid;
    QString runUid;
    {
        IncidentBook book;
        QSignalSpy opened(&book, &IncidentBook::opened);
        book.open(path);
        uid = book.raise(chainHalt(), T0);
        book.acknowledge(uid, u"ana"_s, u"bndes"_s, T0.addSecs(60), u"on it"_s);
        book.addNote(uid, u"bruno"_s, u"rnp"_s, T0.addSecs(90), u"seen from RNP too"_s);
        const QString other = book.raise(validatorDown(u"validator04"_s), T0.addSecs(5));
        book.resolve(other, {}, T0.addSecs(100));
        ChecklistRun run;
        run.incidentUid = uid;
        run.documentId = u"chain-halt"_s;
        runUid = book.startRun(run);
        RunStep step;
        step.key = u"a"_s;
        step.text = u"Step A"_s;
        step.done = true;
        book.setRunStep(runUid, step);
        QVERIFY(book.waitForIdle());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toBool(), true);
        QVERIFY(book.isOpen());
        QVERIFY(book.find(uid)->id > 0);
    }
    IncidentBook again;
    again.open(path);
    QVERIFY(again.waitForIdle());
    QVERIFY(again.isOpen());
    QCOMPARE(again.incidents().size(), 2);
    const Incident *inc = again.find(uid);
    QVERIFY(inc);
    QCOMPARE(inc->status, IncidentStatus::Acknowledged);
    QCOMPARE(inc->severity, IncidentSeverity::CriticalIncident);
    QCOMPARE(inc->acknowledgedBy, u"ana"_s);
    QCOMPARE(inc->acknowledgedAt, T0.addSecs(60));
    QCOMPARE(inc->nodes, QStringList {u"validator01"_s});
    QCOMPARE(inc->path, u"rpc"_s);
    QCOMPARE(inc->timeline.size(), 4); // detected, acknowledged, note, checklist step
    QCOMPARE(inc->timeline.at(2).text, u"seen from RNP too"_s);
    QCOMPARE(inc->timeline.at(2).institution, u"rnp"_s);
    QCOMPARE(inc->timeline.at(0).data.value(u"headAgeSeconds"_s).toInt(), 41);
    QCOMPARE(again.runs(uid).size(), 1);
    QCOMPARE(again.run(runUid)->steps.size(), 1);
    QVERIFY(again.run(runUid)->steps.first().done);
    // The key is still taken by the open incident after the restart.
    QCOMPARE(again.raise(chainHalt(), T0.addSecs(200)), uid);
    again.resolve(uid, u"ana"_s, T0.addSecs(300));
    again.reopen(uid, T0.addSecs(400), u"back"_s);
    QVERIFY(again.waitForIdle());
    IncidentStore store;
    QVERIFY2(store.open(path, true), qPrintable(store.lastError()));
    const auto stored = store.loadAll(true);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().uid, uid);
    QCOMPARE(stored.first().timeline.last().kind, TimelineEntry::Kind::Reopened);
    QCOMPARE(store.schemaVersion(), IncidentStore::SchemaVersion);
}

void TestIncidentBook::readOnlyRefuses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.sqlite"_s);
    QString uid;
    {
        IncidentBook book;
        book.open(path);
        uid = book.raise(chainHalt(), T0);
        QVERIFY(book.waitForIdle());
    }
    IncidentBook ro;
    ro.setReadOnly(true);
    ro.open(path);
    QVERIFY(ro.waitForIdle());
    QVERIFY2(ro.isOpen(), qPrintable(ro.lastError()));
    QCOMPARE(ro.incidents().size(), 1);
    QSignalSpy refused(&ro, &IncidentBook::refused);
    QVERIFY(ro.raise(validatorDown(u"validator01"_s), T0).isEmpty());
    ro.acknowledge(uid, u"ana"_s, u"bndes"_s, T0);
    ro.resolve(uid, {}, T0);
    QCOMPARE(refused.size(), 3);
    QVERIFY(refused.first().at(0).toString().contains(u"read-only"_s));
    QCOMPARE(ro.find(uid)->status, IncidentStatus::Detected);
    QCOMPARE(ro.incidents().size(), 1);
}

void TestIncidentBook::externalChangeSeen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.sqlite"_s);
    IncidentBook writer;
    writer.open(path);
    QVERIFY(writer.waitForIdle());
    IncidentBook reader;
    reader.setReadOnly(true);
    reader.open(path);
    QVERIFY(reader.waitForIdle());
    QCOMPARE(reader.incidents().size(), 0);
    QSignalSpy reset(&reader, &IncidentBook::incidentsReset);
    const QString uid = writer.raise(chainHalt(), T0);
    QVERIFY(writer.waitForIdle());
    QTRY_VERIFY_WITH_TIMEOUT(reader.find(uid) != nullptr, 6000);
    QVERIFY(reset.size() >= 1);
    writer.acknowledge(uid, u"ana"_s, u"bndes"_s, T0.addSecs(30));
    QVERIFY(writer.waitForIdle());
    QTRY_COMPARE_WITH_TIMEOUT(reader.find(uid)->status, IncidentStatus::Acknowledged, 6000);
}

void TestIncidentBook::badFileIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"garbage.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    IncidentBook book;
    QSignalSpy opened(&book, &IncidentBook::opened);
    book.open(path);
    QVERIFY(book.waitForIdle());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toBool(), false);
    QVERIFY(!book.isOpen());
    QVERIFY2(book.lastError().contains(path), qPrintable(book.lastError()));
    // Still usable in memory; the failed writes are reported, never a crash.
    QSignalSpy failed(&book, &IncidentBook::writeFailed);
    const QString uid = book.raise(chainHalt(), T0);
    QVERIFY(book.waitForIdle());
    QVERIFY(book.find(uid));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(uid), qPrintable(failed.first().at(0).toString()));
    // A checklist run is no different: reported, and held as unsaved (it was silently dropped before).
    ChecklistRun run;
    run.incidentUid = uid;
    run.documentId = u"chain-halt"_s;
    const QString runUid = book.startRun(run);
    QVERIFY(book.waitForIdle());
    QCOMPARE(failed.size(), 2);
    QVERIFY2(failed.last().at(0).toString().contains(runUid), qPrintable(failed.last().at(0).toString()));
    QVERIFY(book.hasUnsavedChanges());
}

QTEST_GUILESS_MAIN(TestIncidentBook)
#include "tst_incidentbook.moc"

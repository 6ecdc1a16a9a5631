// Incidents as they stood at a moment of a snapshot's window (the time cursor): visible once detected, with the
// timeline up to the moment and the status that timeline gives; checklist runs with the steps done by then.
#include "incidents/incidentreplay.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime T0(QDate(2026, 12, 6), QTime(14, 0), Qt::UTC);

TimelineEntry entry(TimelineEntry::Kind kind, int minutes, const QString &author = {}, const QString &text = {})
{
    TimelineEntry e;
    e.kind = kind;
    e.at = T0.addSecs(minutes * 60);
    e.author = author;
    e.institution = author.isEmpty() ? QString() : u"inst1"_s;
    e.text = text;
    return e;
}

// Detected at +0, evidence at +2, acknowledged by ana at +5, mitigated at +10, resolved at +20, reopened at +30,
// resolved again by bia at +40 (as the book writes them).
Incident sample()
{
    using K = TimelineEntry::Kind;
    Incident i;
    i.uid = u"u-1"_s;
    i.rule = u"validator-down"_s;
    i.status = IncidentStatus::Resolved;
    i.evidence = u"answered again"_s;
    i.detectedAt = T0;
    i.lastSeenAt = T0.addSecs(35 * 60);
    i.acknowledgedAt = T0.addSecs(5 * 60);
    i.acknowledgedBy = u"ana"_s;
    i.acknowledgedInstitution = u"inst1"_s;
    i.mitigatedAt = T0.addSecs(10 * 60);
    i.resolvedAt = T0.addSecs(40 * 60);
    i.resolvedBy = u"bia"_s;
    i.timeline = {entry(K::Detected, 0, {}, u"Validator down\nno answer for 40 s"_s), entry(K::Evidence, 2, {}, u"no answer for 60 s"_s), entry(K::Acknowledged, 5, u"ana"_s),
        entry(K::Mitigated, 10, u"ana"_s), entry(K::Resolved, 20), entry(K::Reopened, 30),
        entry(K::Evidence, 35, {}, u"answered again"_s), entry(K::Resolved, 40, u"bia"_s)};
    return i;
}

} // namespace

class TestIncidentReplay : public QObject
{
    Q_OBJECT

private slots:
    void lifecycle_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("visible");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QString>("acknowledgedBy");
        QTest::addColumn<bool>("resolved");
        QTest::addColumn<QString>("evidence");

        QTest::newRow("before detection") << -1 << false << int(IncidentStatus::Detected) << 0 << QString() << false << QString();
        QTest::newRow("detected") << 1 << true << int(IncidentStatus::Detected) << 1 << QString() << false
                                  << u"no answer for 40 s"_s;
        QTest::newRow("evidence") << 3 << true << int(IncidentStatus::Detected) << 2 << QString() << false
                                  << u"no answer for 60 s"_s;
        QTest::newRow("acknowledged") << 5 << true << int(IncidentStatus::Acknowledged) << 3 << u"ana"_s << false
                                      << u"no answer for 60 s"_s;
        QTest::newRow("mitigated") << 15 << true << int(IncidentStatus::Mitigated) << 4 << u"ana"_s << false
                                   << u"no answer for 60 s"_s;
        QTest::newRow("resolved") << 25 << true << int(IncidentStatus::Resolved) << 5 << u"ana"_s << true
                                  << u"no answer for 60 s"_s;
        QTest::newRow("reopened") << 31 << true << int(IncidentStatus::Mitigated) << 6 << u"ana"_s << false
                                  << u"no answer for 60 s"_s;
        QTest::newRow("resolved again") << 45 << true << int(IncidentStatus::Resolved) << 8 << u"ana"_s << true
                                        << u"answered again"_s;
    }
    void lifecycle()
    {
        QFETCH(int, minutes);
        QFETCH(bool, visible);
        QFETCH(int, status);
        QFETCH(int, entries);
        QFETCH(QString, acknowledgedBy);
        QFETCH(bool, resolved);
        QFETCH(QString, evidence);
        const QDateTime at = T0.addSecs(minutes * 60);
        const auto i = replay::incidentAt(sample(), at);
        QCOMPARE(i.has_value(), visible);
        if (!visible)
            return;
        QCOMPARE(int(i->status), status);
        QCOMPARE(i->isOpen(), !resolved);
        QCOMPARE(i->timeline.size(), entries);
        QCOMPARE(i->acknowledgedBy, acknowledgedBy);
        QCOMPARE(i->acknowledgedAt.isValid(), !acknowledgedBy.isEmpty());
        QCOMPARE(i->resolvedAt.isValid(), resolved);
        QCOMPARE(i->evidence, evidence);
        QVERIFY(i->lastSeenAt <= at);
        for (const TimelineEntry &e : i->timeline)
            QVERIFY(e.at <= at);
        if (minutes == 25)
            QCOMPARE(i->resolvedAt, T0.addSecs(20 * 60));
        if (minutes == 45)
            QCOMPARE(i->resolvedBy, u"bia"_s);
    }

    void resolvedWithoutEntry()
    {
        // Older books: the resolution only in its field.
        Incident i = sample();
        i.timeline = {entry(TimelineEntry::Kind::Detected, 0), entry(TimelineEntry::Kind::Acknowledged, 5, u"ana"_s)};
        i.mitigatedAt = {};
        QCOMPARE(replay::incidentAt(i, T0.addSecs(39 * 60))->status, IncidentStatus::Acknowledged);
        QCOMPARE(replay::incidentAt(i, T0.addSecs(41 * 60))->status, IncidentStatus::Resolved);
    }

    void incidentsAndRuns()
    {
        Incident later = sample();
        later.uid = u"u-2"_s;
        later.detectedAt = T0.addSecs(50 * 60);
        const QList<Incident> all {sample(), later};
        QCOMPARE(replay::incidentsAt(all, T0.addSecs(10 * 60)).size(), 1);
        QCOMPARE(replay::incidentsAt(all, T0.addSecs(60 * 60)).size(), 2);

        ChecklistRun run;
        run.uid = u"r"_s;
        run.startedAt = T0.addSecs(6 * 60);
        run.finishedAt = T0.addSecs(30 * 60);
        run.steps = {{u"1"_s, u"Check the logs"_s, true, T0.addSecs(7 * 60), u"ana"_s, {}},
            {u"2"_s, u"Call the institution"_s, true, T0.addSecs(12 * 60), u"ana"_s, u"called"_s}};
        QVERIFY(replay::runsAt({run}, T0.addSecs(5 * 60)).isEmpty());
        const QList<ChecklistRun> mid = replay::runsAt({run}, T0.addSecs(10 * 60));
        QCOMPARE(mid.size(), 1);
        QVERIFY(mid.at(0).steps.at(0).done);
        QVERIFY(!mid.at(0).steps.at(1).done);
        QVERIFY(mid.at(0).steps.at(1).note.isEmpty());
        QVERIFY(!mid.at(0).finishedAt.isValid());
        QVERIFY(replay::runsAt({run}, T0.addSecs(31 * 60)).at(0).finishedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestIncidentReplay)
#include "tst_incidentreplay.moc"

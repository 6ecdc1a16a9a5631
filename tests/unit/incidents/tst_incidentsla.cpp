#include "analysis/sla.h"
#include "incidents/incidentsla.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QDateTime local(const char *zone, int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArray(zone)));
}

QDateTime sp(int y, int mo, int d, int h, int mi = 0)
{
    return local("America/Sao_Paulo", y, mo, d, h, mi);
}

ServiceHours business(const QString &zone = u"America/Sao_Paulo"_s)
{
    ServiceHours h;
    h.timeZone = zone;
    // 2026: Good Friday (3 April) and Tiradentes (21 April) among Brazil's national holidays.
    h.holidays = {QDate(2026, 1, 1), QDate(2026, 4, 3), QDate(2026, 4, 21), QDate(2026, 12, 25)};
    return h;
}

NetworkConfig network(const ServiceHours &hours = business())
{
    NetworkConfig n;
    n.serviceHours = hours;
    return n;
}

Incident critical(const QDateTime &detected)
{
    Incident i;
    i.severity = IncidentSeverity::CriticalIncident;
    i.detectedAt = detected.toUTC();
    return i;
}

constexpr qint64 H = 3600;

} // namespace

class TestIncidentSla : public QObject
{
    Q_OBJECT

private slots:
    void addServiceTime_data();
    void addServiceTime();
    void dstDays_data();
    void dstDays();
    void deadlinesAcrossWeekend();
    void deadlinesAcrossHoliday();
    void answerBreaches();
    void actionBreachesAndResolution();
    void nonCriticalHasNoDeadlines();
    void customDeadlineHours();
    void holidaysCoverYear();
};

void TestIncidentSla::addServiceTime_data()
{
    QTest::addColumn<ServiceHours>("hours");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QDateTime>("expected");

    const ServiceHours b = business();
    QTest::newRow("inside, zero") << b << sp(2026, 3, 4, 10) << qint64(0) << sp(2026, 3, 4, 10);
    QTest::newRow("before opening, zero") << b << sp(2026, 3, 4, 7) << qint64(0) << sp(2026, 3, 4, 9);
    QTest::newRow("saturday, zero: monday") << b << sp(2026, 3, 7, 12) << qint64(0) << sp(2026, 3, 9, 9);
    QTest::newRow("same day") << b << sp(2026, 3, 4, 10) << 2 * H << sp(2026, 3, 4, 12);
    QTest::newRow("ends at closing") << b << sp(2026, 3, 4, 16) << 2 * H << sp(2026, 3, 4, 18);
    QTest::newRow("next day") << b << sp(2026, 3, 4, 17) << 2 * H << sp(2026, 3, 5, 10);
    QTest::newRow("friday to monday") << b << sp(2026, 3, 6, 17) << 2 * H << sp(2026, 3, 9, 10);
    QTest::newRow("from the weekend") << b << sp(2026, 3, 8, 23) << 2 * H << sp(2026, 3, 9, 11);
    QTest::newRow("over good friday") << b << sp(2026, 4, 2, 17, 30) << H << sp(2026, 4, 6, 9, 30);

    ServiceHours night;
    night.timeZone = u"America/Sao_Paulo"_s;
    night.start = QTime(22, 0);
    night.end = QTime(6, 0);
    // Monday 23:00: one hour left that night... then Tuesday 22:00.
    QTest::newRow("overnight, same night") << night << sp(2026, 3, 2, 23) << 2 * H << sp(2026, 3, 3, 1);
    QTest::newRow("overnight, next night") << night << sp(2026, 3, 2, 23) << 16 * H << sp(2026, 3, 4, 23);
    QTest::newRow("overnight, from the morning") << night << sp(2026, 3, 3, 5) << 2 * H << sp(2026, 3, 3, 23);
    // Friday's night runs into Saturday; Saturday's does not exist.
    QTest::newRow("overnight, friday night") << night << sp(2026, 3, 6, 22) << 9 * H << sp(2026, 3, 9, 23);

    ServiceHours ny;
    ny.timeZone = u"America/New_York"_s;
    ny.weekdays = {1, 2, 3, 4, 5, 6, 7};
    ny.start = QTime(0, 0);
    ny.end = QTime(6, 0);
    // 8 March 2026 02:00 EST -> 03:00 EDT: the night has 5 hours, so 6 service hours end at 01:00 on the 9th.
    QTest::newRow("spring forward") << ny << local("America/New_York", 2026, 3, 8, 0) << 6 * H
                                    << local("America/New_York", 2026, 3, 9, 1);
    // 1 November 2026 02:00 EDT -> 01:00 EST: 7 hours; 6 service hours end at 05:00 local the same night.
    QTest::newRow("fall back") << ny << local("America/New_York", 2026, 11, 1, 0) << 6 * H
                               << local("America/New_York", 2026, 11, 1, 5);
}

void TestIncidentSla::addServiceTime()
{
    QFETCH(ServiceHours, hours);
    QFETCH(QDateTime, from);
    QFETCH(qint64, seconds);
    QFETCH(QDateTime, expected);
    const QDateTime got = ::addServiceTime(hours, from, seconds);
    QCOMPARE(got.toUTC(), expected.toUTC());
    // And back: the service time between them is what was added.
    QCOMPARE(analysis::serviceSeconds(hours, from, got), seconds);
}

void TestIncidentSla::dstDays_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("new york spring") << u"America/New_York"_s << QDate(2026, 3, 8) << QTime(0, 0) << QTime(6, 0)
                                     << 5 * H;
    QTest::newRow("new york fall") << u"America/New_York"_s << QDate(2026, 11, 1) << QTime(0, 0) << QTime(6, 0)
                                   << 7 * H;
    // Lisbon: 29 March 2026 01:00 WET -> 02:00 WEST; 25 October 2026 02:00 WEST -> 01:00 WET.
    QTest::newRow("lisbon spring") << u"Europe/Lisbon"_s << QDate(2026, 3, 29) << QTime(0, 0) << QTime(9, 0) << 8 * H;
    QTest::newRow("lisbon fall") << u"Europe/Lisbon"_s << QDate(2026, 10, 25) << QTime(0, 0) << QTime(9, 0)
                                 << 10 * H;
    // Overnight across the change: Saturday 22:00 to Sunday 06:00.
    QTest::newRow("lisbon overnight spring") << u"Europe/Lisbon"_s << QDate(2026, 3, 28) << QTime(22, 0)
                                             << QTime(6, 0) << 7 * H;
    QTest::newRow("lisbon overnight fall") << u"Europe/Lisbon"_s << QDate(2026, 10, 24) << QTime(22, 0)
                                           << QTime(6, 0) << 9 * H;
    QTest::newRow("sao paulo, no dst since 2019") << u"America/Sao_Paulo"_s << QDate(2026, 11, 1) << QTime(0, 0)
                                                  << QTime(6, 0) << 6 * H;
}

void TestIncidentSla::dstDays()
{
    QFETCH(QString, zone);
    QFETCH(QDate, day);
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(qint64, seconds);
    ServiceHours h;
    h.timeZone = zone;
    h.weekdays = {1, 2, 3, 4, 5, 6, 7};
    h.start = start;
    h.end = end;
    const QTimeZone tz(zone.toUtf8());
    const QDateTime from(day, QTime(12, 0), tz);
    // Only the period starting on `day`: from its start to two days later, minus the next day's period.
    const QDateTime periodStart(day, start, tz);
    const QDateTime nextStart(day.addDays(1), start, tz);
    QCOMPARE(analysis::serviceSeconds(h, periodStart, nextStart), seconds);
    QCOMPARE(::addServiceTime(h, periodStart, seconds).toUTC(),
        (end > start ? QDateTime(day, end, tz) : QDateTime(day.addDays(1), end, tz)).toUTC());
}

void TestIncidentSla::deadlinesAcrossWeekend()
{
    // Friday 6 March 2026, 17:00 in São Paulo: one service hour that day.
    const Incident inc = critical(sp(2026, 3, 6, 17));
    const IncidentSla sla = incidentSla(inc, network(), sp(2026, 3, 7, 12));
    QVERIFY(sla.hasDeadlines);
    QCOMPARE(sla.answerDeadline, sp(2026, 3, 9, 10).toUTC());
    // 16 h: Friday 1 h, Monday 9 h, Tuesday 6 h.
    QCOMPARE(sla.actionDeadline, sp(2026, 3, 10, 15).toUTC());
    QCOMPARE(sla.openServiceSeconds, 1 * H);
    QCOMPARE(sla.answerRemainingSeconds, 1 * H);
    QCOMPARE(sla.actionRemainingSeconds, 15 * H);
    QVERIFY(!sla.answerBreached);
    QVERIFY(!sla.actionBreached);
    QCOMPARE(sla.toAcknowledgeSeconds, -1);
    QCOMPARE(sla.toResolveSeconds, -1);
}

void TestIncidentSla::deadlinesAcrossHoliday()
{
    // Thursday 2 April 2026, 17:00; Friday is Good Friday.
    const Incident inc = critical(sp(2026, 4, 2, 17));
    const IncidentSla sla = incidentSla(inc, network(), sp(2026, 4, 3, 12));
    QCOMPARE(sla.answerDeadline, sp(2026, 4, 6, 10).toUTC());
    QCOMPARE(sla.actionDeadline, sp(2026, 4, 7, 15).toUTC());
    QCOMPARE(sla.openServiceSeconds, 1 * H);
    // Without the holiday in the profile, Friday counts.
    ServiceHours noHolidays = business();
    noHolidays.holidays.clear();
    QCOMPARE(incidentSla(inc, network(noHolidays), sp(2026, 4, 3, 12)).answerDeadline, sp(2026, 4, 3, 10).toUTC());
}

void TestIncidentSla::answerBreaches()
{
    Incident inc = critical(sp(2026, 3, 6, 17));
    // Unanswered on Monday at 11:00: 3 service hours passed, breached by one.
    IncidentSla sla = incidentSla(inc, network(), sp(2026, 3, 9, 11));
    QVERIFY(sla.answerBreached);
    QCOMPARE(sla.answerRemainingSeconds, -1 * H);
    // Answered on Monday at 09:30: 1.5 service hours, met; the remainder is frozen whatever now is.
    inc.acknowledgedAt = sp(2026, 3, 9, 9, 30).toUTC();
    inc.status = IncidentStatus::Acknowledged;
    sla = incidentSla(inc, network(), sp(2026, 3, 20, 12));
    QVERIFY(!sla.answerBreached);
    QCOMPARE(sla.toAcknowledgeSeconds, 90 * 60);
    QCOMPARE(sla.answerRemainingSeconds, 30 * 60);
    // Answered at 10:30: 2.5 service hours, breached by 30 min.
    inc.acknowledgedAt = sp(2026, 3, 9, 10, 30).toUTC();
    sla = incidentSla(inc, network(), sp(2026, 3, 9, 12));
    QVERIFY(sla.answerBreached);
    QCOMPARE(sla.answerRemainingSeconds, -30 * 60);
    // Exactly at the deadline is in time.
    inc.acknowledgedAt = sp(2026, 3, 9, 10).toUTC();
    QVERIFY(!incidentSla(inc, network(), sp(2026, 3, 9, 12)).answerBreached);
}

void TestIncidentSla::actionBreachesAndResolution()
{
    Incident inc = critical(sp(2026, 3, 6, 17));
    inc.acknowledgedAt = sp(2026, 3, 9, 9, 30).toUTC();
    // Still open on Wednesday 09:00: Friday 1 + Monday 9 + Tuesday 9 = 19 service hours.
    IncidentSla sla = incidentSla(inc, network(), sp(2026, 3, 11, 9));
    QVERIFY(sla.actionBreached);
    QCOMPARE(sla.actionRemainingSeconds, -3 * H);
    QCOMPARE(sla.openServiceSeconds, 19 * H);
    // Mitigated Tuesday 14:00 (15 service hours) counts as the action, even if resolved later.
    inc.mitigatedAt = sp(2026, 3, 10, 14).toUTC();
    inc.resolvedAt = sp(2026, 3, 12, 10).toUTC();
    inc.status = IncidentStatus::Resolved;
    sla = incidentSla(inc, network(), sp(2026, 3, 30, 9));
    QVERIFY(!sla.actionBreached);
    QCOMPARE(sla.actionRemainingSeconds, 1 * H);
    // Resolution: Fri 1 + Mon 9 + Tue 9 + Wed 9 + Thu 1 = 29 service hours, frozen at resolution.
    QCOMPARE(sla.toResolveSeconds, 29 * H);
    QCOMPARE(sla.openServiceSeconds, 29 * H);
    QCOMPARE(sla.toAcknowledgeSeconds, 90 * 60);
}

void TestIncidentSla::nonCriticalHasNoDeadlines()
{
    Incident inc = critical(sp(2026, 3, 6, 17));
    inc.severity = IncidentSeverity::Vulnerability;
    const IncidentSla sla = incidentSla(inc, network(), sp(2026, 3, 20, 12));
    QVERIFY(!sla.hasDeadlines);
    QVERIFY(!sla.answerBreached);
    QVERIFY(!sla.actionBreached);
    QVERIFY(!sla.answerDeadline.isValid());
    QVERIFY(sla.openServiceSeconds > 0);
    inc.severity = IncidentSeverity::CriticalVulnerability;
    QVERIFY(incidentSla(inc, network(), sp(2026, 3, 20, 12)).hasDeadlines);
}

void TestIncidentSla::customDeadlineHours()
{
    NetworkConfig n = network();
    n.incidents.answerServiceHours = 0.5;
    n.incidents.actionServiceHours = 4;
    const IncidentSla sla = incidentSla(critical(sp(2026, 3, 4, 10)), n, sp(2026, 3, 4, 10, 10));
    QCOMPARE(sla.answerDeadline, sp(2026, 3, 4, 10, 30).toUTC());
    QCOMPARE(sla.actionDeadline, sp(2026, 3, 4, 14).toUTC());
    QCOMPARE(sla.answerRemainingSeconds, 20 * 60);
}

void TestIncidentSla::holidaysCoverYear()
{
    const ServiceHours h = business();
    QVERIFY(::holidaysCoverYear(h, 2026));
    QVERIFY(!::holidaysCoverYear(h, 2027));
    QVERIFY(!::holidaysCoverYear(ServiceHours {}, 2026));
}

QTEST_GUILESS_MAIN(TestIncidentSla)
#include "tst_incidentsla.moc"

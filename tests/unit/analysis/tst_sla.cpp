#include "analysis/sla.h"

#include "core/clock.h"
#include "state/networkstate.h"

#include <QTest>

using namespace analysis;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone saoPaulo("America/Sao_Paulo");

// A local time in São Paulo (UTC-3 all year since 2019).
QDateTime sp(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), saoPaulo);
}

ServiceHours rbbHours(const QList<QDate> &holidays = {})
{
    ServiceHours h; // Monday-Friday 09:00-18:00 America/Sao_Paulo
    h.holidays = holidays;
    return h;
}

// Blocks every `period` seconds over [from, to), skipping timestamps in [haltFrom, haltTo) (the chain halts: numbers
// stay contiguous) and dropping numbers in [holeFrom, holeTo] from the history (a hole in what Sentinela holds).
struct Chain
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 period = 4;
    qint64 haltFrom = 0;
    qint64 haltTo = 0;
    quint64 holeFrom = 1;
    quint64 holeTo = 0;
};

QList<BlockPoint> makeChain(const Chain &c)
{
    QList<BlockPoint> points;
    quint64 number = 1000;
    qint64 previous = -1;
    for (qint64 t = c.from; t < c.to; t += c.period) {
        if (t >= c.haltFrom && t < c.haltTo)
            continue;
        ++number;
        if (number >= c.holeFrom && number <= c.holeTo) {
            previous = -1;
            continue;
        }
        BlockPoint p;
        p.number = number;
        p.timestamp = t;
        p.interval = previous < 0 ? -1 : double(t - previous);
        p.round = 0;
        points.append(p);
        previous = t;
    }
    return points;
}

NetworkConfig network(const ServiceHours &hours)
{
    NetworkConfig n;
    n.name = u"test"_s;
    n.blockPeriodSeconds = 4;
    n.serviceHours = hours;
    return n;
}

} // namespace

class TestSla : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(saoPaulo.isValid(), "tzdata for America/Sao_Paulo is needed"); }

    void serviceSeconds_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QList<QDate>>("holidays");
        QTest::addColumn<qint64>("seconds");
        // 2024-03-01 is a Friday.
        QTest::newRow("weekday") << sp(2024, 3, 1) << sp(2024, 3, 2) << QList<QDate> {} << qint64(9 * 3600);
        QTest::newRow("weekend") << sp(2024, 3, 2) << sp(2024, 3, 4) << QList<QDate> {} << qint64(0);
        QTest::newRow("friday to tuesday") << sp(2024, 3, 1) << sp(2024, 3, 5) << QList<QDate> {} << qint64(18 * 3600);
        QTest::newRow("holiday monday") << sp(2024, 3, 1) << sp(2024, 3, 5) << QList<QDate> {QDate(2024, 3, 4)}
                                        << qint64(9 * 3600);
        QTest::newRow("carnival week") << sp(2024, 2, 12) << sp(2024, 2, 17)
                                       << QList<QDate> {QDate(2024, 2, 12), QDate(2024, 2, 13)} << qint64(3 * 9 * 3600);
        QTest::newRow("inside one day") << sp(2024, 3, 1, 10, 30) << sp(2024, 3, 1, 12) << QList<QDate> {}
                                        << qint64(5400);
        QTest::newRow("across the close")
            << sp(2024, 3, 1, 17) << sp(2024, 3, 1, 20) << QList<QDate> {} << qint64(3600);
        QTest::newRow("before opening") << sp(2024, 3, 1, 6) << sp(2024, 3, 1, 9) << QList<QDate> {} << qint64(0);
        // 09:00-18:00 in São Paulo is 12:00-21:00 UTC: from 20:00 UTC only one hour is left.
        QTest::newRow("utc input") << QDateTime(QDate(2024, 3, 1), QTime(20, 0), Qt::UTC) << sp(2024, 3, 2)
                                   << QList<QDate> {} << qint64(3600);
        QTest::newRow("empty range") << sp(2024, 3, 1, 12) << sp(2024, 3, 1, 12) << QList<QDate> {} << qint64(0);
        QTest::newRow("whole month") << sp(2024, 3, 1) << sp(2024, 4, 1) << QList<QDate> {QDate(2024, 3, 29)}
                                     << qint64(20 * 9 * 3600); // 21 weekdays, Good Friday off
    }
    void serviceSeconds()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QList<QDate>, holidays);
        QTEST(analysis::serviceSeconds(rbbHours(holidays), from, to), "seconds");
    }

    void inServiceHours_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("inside");
        QTest::newRow("friday noon") << sp(2024, 3, 1, 12) << u"America/Sao_Paulo"_s << true;
        QTest::newRow("opening is inside") << sp(2024, 3, 1, 9) << u"America/Sao_Paulo"_s << true;
        QTest::newRow("closing is outside") << sp(2024, 3, 1, 18) << u"America/Sao_Paulo"_s << false;
        QTest::newRow("saturday") << sp(2024, 3, 2, 12) << u"America/Sao_Paulo"_s << false;
        // 10:00 UTC is 07:00 in São Paulo but inside hours for a network on UTC.
        QTest::newRow("zone matters, SP")
            << QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC) << u"America/Sao_Paulo"_s << false;
        QTest::newRow("zone matters, UTC") << QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC) << u"UTC"_s << true;
        QTest::newRow("unknown zone is UTC")
            << QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC) << u"Mars/Olympus"_s << true;
    }
    void inServiceHours()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, zone);
        ServiceHours h = rbbHours();
        h.timeZone = zone;
        QTEST(analysis::inServiceHours(h, at), "inside");
    }

    void monthStartInZone()
    {
        // 01:00 UTC on 1 April is still 31 March in São Paulo.
        const QDateTime at(QDate(2024, 4, 1), QTime(1, 0), Qt::UTC);
        QCOMPARE(monthStart(at, saoPaulo), QDateTime(QDate(2024, 3, 1), QTime(3, 0), Qt::UTC));
        QCOMPARE(monthStart(at, QTimeZone::utc()), QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC));
    }

    // The month so far, from 1 March (a Friday) to Monday 4 March 15:00 in São Paulo: 313,200 s (78,300 blocks at
    // 4 s) overall, of which 9 h on Friday and 6 h on Monday are service hours (13,500 blocks).
    void production_data()
    {
        QTest::addColumn<QList<QDate>>("holidays");
        QTest::addColumn<QDateTime>("haltFrom");
        QTest::addColumn<QDateTime>("haltTo");
        QTest::addColumn<quint64>("holeFrom");
        QTest::addColumn<quint64>("holeTo");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("produced");
        QTest::addColumn<double>("serviceExpected");
        QTest::addColumn<double>("serviceProduced");
        QTest::addColumn<bool>("serviceMet");

        const QDateTime none;
        QTest::newRow("steady") << QList<QDate> {} << none << none << quint64(1) << quint64(0) << 78300.0 << 78300.0
                                << 13500.0 << 13500.0 << true;
        QTest::newRow("halt on saturday") << QList<QDate> {} << sp(2024, 3, 2, 10) << sp(2024, 3, 2, 11) << quint64(1)
                                          << quint64(0) << 78300.0 << 77400.0 << 13500.0 << 13500.0 << true;
        QTest::newRow("halt on monday") << QList<QDate> {} << sp(2024, 3, 4, 10) << sp(2024, 3, 4, 11) << quint64(1)
                                        << quint64(0) << 78300.0 << 77400.0 << 13500.0 << 12600.0 << false;
        QTest::newRow("halt on a holiday")
            << QList<QDate> {QDate(2024, 3, 4)} << sp(2024, 3, 4, 10) << sp(2024, 3, 4, 11) << quint64(1) << quint64(0)
            << 78300.0 << 77400.0 << 8100.0 << 8100.0 << true;
        QTest::newRow("halt after closing") << QList<QDate> {} << sp(2024, 3, 1, 18) << sp(2024, 3, 1, 19) << quint64(1)
                                            << quint64(0) << 78300.0 << 77400.0 << 13500.0 << 13500.0 << true;
        // Blocks 75701..76200 (Monday 10:00-10:33, inside service hours) are missing from the history, not from the
        // chain.
        QTest::newRow("hole in the history") << QList<QDate> {} << none << none << quint64(75701) << quint64(76200)
                                             << 78300.0 << 78300.0 << 13500.0 << 13500.0 << true;
    }
    void production()
    {
        QFETCH(QList<QDate>, holidays);
        QFETCH(QDateTime, haltFrom);
        QFETCH(QDateTime, haltTo);
        QFETCH(quint64, holeFrom);
        QFETCH(quint64, holeTo);

        ManualClock clock(sp(2024, 3, 4, 15));
        Chain c;
        c.from = sp(2024, 2, 29, 23).toSecsSinceEpoch(); // history reaches back before the month
        c.to = clock.now().toSecsSinceEpoch();
        c.haltFrom = haltFrom.isValid() ? haltFrom.toSecsSinceEpoch() : 0;
        c.haltTo = haltTo.isValid() ? haltTo.toSecsSinceEpoch() : 0;
        c.holeFrom = holeFrom;
        c.holeTo = holeTo;
        const SlaReport r = monthlySla(makeChain(c), network(rbbHours(holidays)), clock.now());
        QCOMPARE(r.month.from, sp(2024, 3, 1).toUTC());
        QVERIFY(!r.month.partial);
        QCOMPARE(r.month.missingBlocks, holeTo >= holeFrom ? qint64(holeTo - holeFrom + 1) : qint64(0));
        QTEST(r.month.overall.expected, "expected");
        QTEST(r.month.overall.produced, "produced");
        QTEST(r.month.serviceHours.expected, "serviceExpected");
        QTEST(r.month.serviceHours.produced, "serviceProduced");
        QTEST(r.month.serviceHours.met, "serviceMet");
        QCOMPARE(r.month.overall.met, r.month.overall.produced / r.month.overall.expected >= 0.995);
        // A whole month to date is held: the verdict is a plain yes or no.
        using Verdict = ProductionFigures::Verdict;
        QCOMPARE(r.month.serviceHours.verdict, r.month.serviceHours.met ? Verdict::Met : Verdict::NotMet);
        QCOMPARE(r.month.overall.verdict, r.month.overall.met ? Verdict::Met : Verdict::NotMet);
    }

    // A network (or a history) that began two minutes ago, on a Monday at 12:00: 28 of the 30 blocks expected since
    // its first block were produced (93 %), but the month began days earlier. The history cannot say whether the
    // month's level is met: "partial", never "not met".
    void youngHistoryIsPartial()
    {
        const QDateTime now = sp(2024, 3, 4, 12, 2);
        Chain c;
        c.from = sp(2024, 3, 4, 12).toSecsSinceEpoch();
        c.to = now.toSecsSinceEpoch();
        c.haltFrom = c.from + 60; // one slot without a block
        c.haltTo = c.from + 64;
        const SlaReport r = monthlySla(makeChain(c), network(rbbHours()), now);
        QVERIFY(r.month.partial);
        QVERIFY(!r.month.noData);
        QCOMPARE(r.month.coveredFrom, sp(2024, 3, 4, 12).toUTC());
        QCOMPARE(r.month.overall.seconds, qint64(120));
        QCOMPARE(r.month.overall.expected, 30.0);
        QCOMPARE(r.month.overall.produced, 28.0);
        QVERIFY(r.month.overall.share < 0.995);
        QCOMPARE(r.month.overall.verdict, ProductionFigures::Verdict::Partial);
        QVERIFY(!r.month.overall.met);
        QCOMPARE(r.month.serviceHours.verdict, ProductionFigures::Verdict::Partial);

        // The same two minutes on the first day of the month, at its very start (00:00): the history covers all of
        // it, and the same shortfall is a failure.
        const QDateTime start = sp(2024, 3, 1);
        Chain whole;
        whole.from = start.toSecsSinceEpoch() - 4; // one block before the month anchors the count
        whole.to = start.addSecs(120).toSecsSinceEpoch();
        whole.haltFrom = start.toSecsSinceEpoch() + 60;
        whole.haltTo = start.toSecsSinceEpoch() + 64;
        const SlaReport full = monthlySla(makeChain(whole), network(rbbHours()), start.addSecs(120));
        QVERIFY(!full.month.partial);
        QCOMPARE(full.month.overall.expected, 30.0);
        QCOMPARE(full.month.overall.produced, 29.0);
        QCOMPARE(full.month.overall.verdict, ProductionFigures::Verdict::NotMet);
    }

    void haltShowsInIntervals()
    {
        Chain c;
        c.from = sp(2024, 3, 4, 9).toSecsSinceEpoch();
        c.to = sp(2024, 3, 4, 12).toSecsSinceEpoch();
        c.haltFrom = sp(2024, 3, 4, 10).toSecsSinceEpoch();
        c.haltTo = sp(2024, 3, 4, 10, 1).toSecsSinceEpoch(); // one minute
        const SlaReport r = monthlySla(makeChain(c), network(rbbHours()), sp(2024, 3, 4, 12));
        QCOMPARE(r.monthIntervals.max, 64.0);
        QCOMPARE(r.monthIntervals.count, r.monthIntervals.fastCount + 1);
        QCOMPARE(r.serviceIntervals.count, r.monthIntervals.count);
        QVERIFY(r.month.partial); // the history starts on Monday
    }

    // Through NetworkState with a ManualClock: the history starts at 08:50 on Monday, after the month began.
    void fromStatePartial()
    {
        ManualClock clock(sp(2024, 3, 4, 9, 10));
        NetworkState state(&clock);
        state.configure(network(rbbHours()));
        QList<chain::BlockHeader> headers;
        const qint64 first = sp(2024, 3, 4, 8, 50).toSecsSinceEpoch();
        for (int k = 0; k < 300; ++k) {
            chain::BlockHeader h;
            h.number = 5000 + quint64(k);
            h.timestamp = quint64(first + 4 * k);
            h.hash = QByteArray::number(k);
            headers.append(h);
        }
        state.addBlocks(headers);
        const SlaReport r = monthlySla(state, &clock);
        QVERIFY(r.month.partial);
        QCOMPARE(r.month.coveredFrom, sp(2024, 3, 4, 8, 50).toUTC());
        QCOMPARE(r.month.overall.seconds, qint64(1200));
        QCOMPARE(r.month.overall.produced, 299.0);
        QCOMPARE(r.month.serviceHours.seconds, qint64(600));
        QCOMPARE(r.month.serviceHours.expected, 150.0);
        QCOMPARE(r.month.serviceHours.produced, 150.0);
        QCOMPARE(r.serviceIntervals.count, 150);
        QCOMPARE(r.monthIntervals.count, 299);

        // An hour later with no new block: the expected count grows, the produced does not.
        clock.advance(3600 * 1000);
        const SlaReport later = monthlySla(state, &clock);
        QCOMPARE(later.month.serviceHours.expected, 1050.0);
        QCOMPARE(later.month.serviceHours.produced, 150.0);
        QVERIFY(!later.month.serviceHours.met);
        // Partial, yet decided: 900 blocks missing in the held hour exceed the 0.5 % the month so far allows
        // (9,150 service-hour blocks expected since 1 March: 45.75), however the uncovered part went.
        QVERIFY(later.month.partial);
        QCOMPARE(later.month.serviceHours.verdict, ProductionFigures::Verdict::NotMet);
        QCOMPARE(later.month.overall.verdict, ProductionFigures::Verdict::NotMet);
        // Before the halt, the same partial history had nothing to decide.
        QCOMPARE(r.month.serviceHours.verdict, ProductionFigures::Verdict::Partial);
        QCOMPARE(r.month.overall.verdict, ProductionFigures::Verdict::Partial);
    }

    void noData()
    {
        const SlaReport r = monthlySla(QList<BlockPoint> {}, network(rbbHours()), sp(2024, 3, 4, 12));
        QVERIFY(r.month.noData);
        QCOMPARE(r.month.overall.expected, 0.0);
        QCOMPARE(r.month.overall.verdict, ProductionFigures::Verdict::NoData);
        QVERIFY(!r.month.overall.met);
        QCOMPARE(r.monthIntervals.count, 0);
    }
};

QTEST_GUILESS_MAIN(TestSla)
#include "tst_sla.moc"

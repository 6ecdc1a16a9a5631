#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "itemmodels/kioskplaylist.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);

Detection detection(const QString &rule, IncidentSeverity severity, const QString &subject = {})
{
    Detection d;
    d.rule = rule;
    d.subject = subject;
    d.severity = severity;
    d.level = isCritical(severity) ? HealthLevel::Critical : HealthLevel::Warning;
    d.title = rule;
    d.evidence = u"evidence"_s;
    return d;
}

const QList<KioskPage> Pages {{u"overview"_s, 30}, {u"validators"_s, 10}, {u"blocks"_s, 10}};

} // namespace

class TestKioskPlaylist : public QObject
{
    Q_OBJECT

private slots:
    void rotatesOnTheClock()
    {
        ManualClock clock(T0);
        KioskPlaylist playlist(&clock);
        QSignalSpy changed(&playlist, &KioskPlaylist::currentChanged);
        playlist.setPages(Pages);
        QCOMPARE(playlist.currentPage(), u"overview"_s);
        QCOMPARE(playlist.remainingMs(), 30000);

        clock.advance(29999);
        QCOMPARE(playlist.currentPage(), u"overview"_s);
        QCOMPARE(playlist.remainingMs(), 1);
        clock.advance(1);
        QCOMPARE(playlist.currentPage(), u"validators"_s);
        QCOMPARE(playlist.remainingMs(), 10000);
        clock.advance(10000);
        QCOMPARE(playlist.currentPage(), u"blocks"_s);
        clock.advance(10000);
        QCOMPARE(playlist.currentIndex(), 0); // wraps around
        QCOMPARE(changed.count(), 4); // setPages + three steps

        // A long pause (suspend) moves one page, never skips one's dwell.
        clock.advance(3600 * 1000);
        QCOMPARE(playlist.currentPage(), u"validators"_s);
        // A clock set back restarts the dwell instead of freezing.
        clock.advance(-60000);
        QCOMPARE(playlist.currentPage(), u"validators"_s);
        clock.advance(10000);
        QCOMPARE(playlist.currentPage(), u"blocks"_s);
    }

    void emptyPlaylist()
    {
        ManualClock clock(T0);
        KioskPlaylist playlist(&clock);
        playlist.setPages({});
        clock.advance(100000);
        QCOMPARE(playlist.currentIndex(), -1);
        QVERIFY(playlist.currentPage().isEmpty());
        QCOMPARE(playlist.remainingMs(), 0);
    }

    void criticalIncidentInterruptsUntilAcknowledged()
    {
        ManualClock clock(T0);
        IncidentBook book(&clock);
        KioskPlaylist playlist(&clock);
        playlist.setPages(Pages);
        playlist.setIncidentBook(&book);
        QSignalSpy interrupted(&playlist, &KioskPlaylist::interruptionChanged);

        // A non-critical incident does not interrupt.
        book.raise(detection(QString::fromLatin1(Rules::ValidatorDown), IncidentSeverity::Incident, u"v1"_s), T0);
        QVERIFY(!playlist.isInterrupted());

        clock.advance(5000);
        const QString uid
            = book.raise(detection(QString::fromLatin1(Rules::ChainHalted), IncidentSeverity::CriticalIncident), clock.now());
        QVERIFY(playlist.isInterrupted());
        QCOMPARE(playlist.interruptingIncident(), uid);
        QCOMPARE(interrupted.count(), 1);
        QCOMPARE(playlist.remainingMs(), 0);

        // The rotation is held for as long as nobody acknowledges, however long.
        clock.advance(600 * 1000);
        QCOMPARE(playlist.currentPage(), u"overview"_s);
        QVERIFY(playlist.isInterrupted());

        book.acknowledge(uid, u"ana"_s, u"bndes"_s, clock.now());
        QVERIFY(!playlist.isInterrupted());
        QCOMPARE(interrupted.count(), 2);
        QVERIFY(interrupted.last().first().toString().isEmpty());
        // It resumes where it was, with a fresh dwell.
        QCOMPARE(playlist.currentPage(), u"overview"_s);
        QCOMPARE(playlist.remainingMs(), 30000);
        clock.advance(30000);
        QCOMPARE(playlist.currentPage(), u"validators"_s);
    }

    void keepsTheSameIncidentThenTakesTheNext()
    {
        ManualClock clock(T0);
        IncidentBook book(&clock);
        KioskPlaylist playlist(&clock);
        playlist.setPages(Pages);
        playlist.setIncidentBook(&book);
        const QString first
            = book.raise(detection(QString::fromLatin1(Rules::QuorumLost), IncidentSeverity::CriticalIncident), T0);
        clock.advance(1000);
        const QString second
            = book.raise(detection(QString::fromLatin1(Rules::ChainHalted), IncidentSeverity::CriticalIncident), clock.now());
        QCOMPARE(playlist.interruptingIncident(), first);
        book.resolve(first, {}, clock.now());
        QCOMPARE(playlist.interruptingIncident(), second);
        book.mitigate(second, u"ana"_s, u"bndes"_s, clock.now());
        QVERIFY(!playlist.isInterrupted());
    }

    void alertmanagerSilenceReleases()
    {
        Incident ingested;
        ingested.uid = u"u1"_s;
        ingested.severity = IncidentSeverity::CriticalIncident;
        ingested.source = u"alertmanager"_s;
        ingested.alertFingerprint = u"abc"_s;
        ingested.detectedAt = T0;
        // Alertmanager not polled: the book decides.
        QCOMPARE(KioskPlaylist::interruptionFor({ingested}, std::nullopt), u"u1"_s);
        QCOMPARE(KioskPlaylist::interruptionFor({ingested}, QSet<QString> {u"abc"_s}), u"u1"_s);
        // Silenced (no longer among the active, unsilenced alerts): released.
        QVERIFY(KioskPlaylist::interruptionFor({ingested}, QSet<QString> {}).isEmpty());

        ManualClock clock(T0);
        KioskPlaylist playlist(&clock);
        playlist.setActiveAlerts(QSet<QString> {});
        QVERIFY(!playlist.isInterrupted()); // no book: nothing to show
    }
};

QTEST_GUILESS_MAIN(TestKioskPlaylist)
#include "tst_kioskplaylist.moc"

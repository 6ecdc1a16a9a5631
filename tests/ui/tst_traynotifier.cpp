#include "common/traynotifier.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentnotifier.h"
#include "sources/httpfetcher.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

// The GUI's end of the notifier: an incident raised in the book reaches the tray notifier's message (offscreen there
// is no tray, so it is kept and logged rather than shown).
class TestTrayNotifier : public QObject
{
    Q_OBJECT
private slots:
    void incidentReachesTheTray()
    {
        QWidget window;
        TrayNotifier tray(&window);
        QVERIFY(!tray.isAvailable()); // offscreen
        NetworkConfig net;
        net.name = u"rbb"_s;
        net.incidents.notifications.tray = true;
        IncidentBook book;
        book.open({});
        HttpFetcher fetcher;
        IncidentNotifier notifier(net, &book, &fetcher);
        connect(&notifier, &IncidentNotifier::trayNotification, &tray, &TrayNotifier::showNotification);

        Detection d;
        d.rule = QLatin1String(Rules::ChainHalted);
        d.severity = IncidentSeverity::CriticalIncident;
        d.level = HealthLevel::Critical;
        d.title = u"Chain halted: no block for 41 s"_s;
        const QString uid = book.raise(d, QDateTime::currentDateTimeUtc());
        QVERIFY2(
            tray.lastTitle().contains(Rules::title(QLatin1String(Rules::ChainHalted))), qPrintable(tray.lastTitle()));
        QVERIFY2(tray.lastText().contains(u"no block for 41 s"_s), qPrintable(tray.lastText()));

        // Within minIntervalSeconds (30 s by default) of the first message: held, to be merged, not shown at once.
        book.resolve(uid, u"maria"_s, QDateTime::currentDateTimeUtc());
        QVERIFY2(!tray.lastText().contains(u"maria"_s), qPrintable(tray.lastText()));
        QCOMPARE(notifier.pendingDeliveries(), 1);
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"

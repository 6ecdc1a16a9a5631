// The Incidents page over a memory-only incident book and a manual clock: open incidents first (critical before
// the others), the SLA countdown of a critical incident in service hours, acknowledging from the book moves the
// answer deadline to "met", resolving moves the row to the history, the review counts recurring incidents; the
// table, timeline and review models under QAbstractItemModelTester; a grab for a person to look at.

#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentdetail.h"
#include "incidents/incidentspage.h"
#include "itemmodels/incidentreviewmodel.h"
#include "itemmodels/incidenttablemodel.h"
#include "itemmodels/incidenttimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include "../common/imagecheck.h"

using namespace Qt::StringLiterals;

namespace {

NetworkConfig network()
{
    NetworkConfig net;
    net.name = u"rbb"_s;
    net.displayName = u"RBB"_s;
    net.institutions = {{u"bndes"_s, u"BNDES"_s, {}}, {u"tcu"_s, u"TCU"_s, {}}};
    net.incidents.institution = u"bndes"_s;
    return net;
}

Detection detection(const char *rule, const QString &subject, IncidentSeverity severity, const QString &title)
{
    Detection d;
    d.rule = QLatin1String(rule);
    d.subject = subject;
    d.severity = severity;
    d.level = healthLevelOf(severity);
    d.title = title;
    d.evidence = u"evidence of "_s + title;
    d.path = u"rpc"_s;
    if (!subject.isEmpty())
        d.nodes = {subject};
    d.institutions = {u"bndes"_s};
    return d;
}

} // namespace

class TestIncidentsPage : public QObject
{
    Q_OBJECT
private slots:
    void openFirstCountdownsAndLifecycle()
    {
        // Tuesday 10:00 in São Paulo: inside service hours.
        const QDateTime start(QDate(2026, 11, 3), QTime(10, 0), QTimeZone("America/Sao_Paulo"));
        ManualClock clock(start.toUTC());
        IncidentBook book(&clock);
        book.open(QString());
        QVERIFY(book.waitForIdle());

        IncidentsPage page(&book, &clock);
        page.setNetwork(network());
        QAbstractItemModelTester tableTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        const QString lag = book.raise(detection(Rules::NodeLagging, u"boot01"_s, IncidentSeverity::Incident,
                                           u"boot01 is 14 blocks behind"_s),
            clock.now());
        clock.advance(60 * 1000);
        const QString halt = book.raise(
            detection(Rules::ChainHalted, {}, IncidentSeverity::CriticalIncident, u"Chain halted: no block for 41 s"_s),
            clock.now());
        clock.advance(30 * 60 * 1000);
        page.model()->refresh();
        QApplication::processEvents();

        QTableView *open = page.openView();
        QCOMPARE(open->model()->rowCount(), 2);
        // The critical one first, whatever came first.
        QCOMPARE(open->model()->index(0, 0).data(ItemRoles::Key).toString(), halt);
        QCOMPARE(open->model()->index(1, 0).data(ItemRoles::Key).toString(), lag);
        // 2 service hours to answer, 30 min gone.
        const QString answer = open->model()->index(0, IncidentTableModel::Answer).data().toString();
        QVERIFY2(answer.contains(u"1 h 30 min"_s), qPrintable(answer));
        QCOMPARE(open->model()->index(1, IncidentTableModel::Answer).data().toString(), u"—"_s);

        page.showIncident(halt);
        QVERIFY2(page.detail()->text().contains(u"Chain halted: no block for 41 s"_s), qPrintable(page.detail()->text()));
        QVERIFY2(page.detail()->text().contains(u"1 h 30 min left"_s), qPrintable(page.detail()->text()));

        book.acknowledge(halt, u"Ana"_s, u"bndes"_s, clock.now(), u"examining our validators"_s);
        QApplication::processEvents();
        QCOMPARE(open->model()->index(0, IncidentTableModel::Answer).data().toString(), u"met"_s);
        QVERIFY2(page.detail()->text().contains(u"acknowledged by Ana (bndes)"_s), qPrintable(page.detail()->text()));
        {
            IncidentTimelineModel timeline(&book);
            QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
            timeline.setIncident(halt);
            QCOMPARE(timeline.rowCount(), 2); // detected, acknowledged
            QCOMPARE(timeline.index(1, IncidentTimelineModel::Who).data().toString(), u"Ana (bndes)"_s);
            book.addNote(halt, u"Ana"_s, u"bndes"_s, clock.now(), u"validator03 restarted"_s);
            QCOMPARE(timeline.rowCount(), 3);
        }

        if (const QString dir = qEnvironmentVariable("SENTINELA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(page.grab().save(QDir(dir).filePath(u"incidents-page-1400x800.png"_s)));
        }
        QVERIFY(testsupport::distinctColours(page.grab().toImage()) > 8);

        // Resolving moves it out of the open list; the history keeps it.
        book.resolve(lag, QString(), clock.now(), u"condition cleared"_s);
        QApplication::processEvents();
        QCOMPARE(open->model()->rowCount(), 1);
        bool inHistory = false;
        for (int r = 0; r < page.historyView()->model()->rowCount(); ++r)
            inHistory = inHistory || page.historyView()->model()->index(r, 0).data(ItemRoles::Key).toString() == lag;
        QVERIFY(inHistory);

        // A second lag of the same node recurs in the review.
        clock.advance(60 * 1000);
        const QString lagAgain = book.raise(detection(Rules::NodeLagging, u"boot01"_s, IncidentSeverity::Incident,
                                                u"boot01 is 12 blocks behind"_s),
            clock.now());
        QVERIFY(lagAgain != lag);
        page.showTab(IncidentsPage::Tab::Review);
        page.updateReview();
        QAbstractItemModelTester reviewTester(page.reviewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.reviewModel()->review().total, 3);
        QVERIFY2(page.reviewMarkdown().contains(u"Node lagging: 2 incident"_s), qPrintable(page.reviewMarkdown()));
        QVERIFY(page.reviewCsv().startsWith("group,name,label"));
    }

    void readOnlyRefusesActions()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 3), QTime(13, 0), QTimeZone::utc()));
        IncidentBook book(&clock);
        book.open(QString());
        QVERIFY(book.waitForIdle());
        const QString uid = book.raise(
            detection(Rules::ValidatorDown, u"validator02"_s, IncidentSeverity::Incident, u"validator02 down"_s),
            clock.now());
        IncidentsPage page(&book, &clock);
        page.setNetwork(network());
        page.setReadOnly(true);
        page.showIncident(uid);
        const auto buttons = page.detail()->findChildren<QPushButton *>();
        QVERIFY(!buttons.isEmpty());
        for (QPushButton *b : buttons) {
            if (b->text() != u"Open runbook"_s)
                QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        }
    }
};

QTEST_MAIN(TestIncidentsPage)
#include "tst_incidentspage.moc"

// The main window on a snapshot: File > Open snapshot fills the monitor and the book (off the GUI thread), shows the
// banner, makes the incidents read-only; a bad file is refused with its reason; export writes a file that opens.
#include "../common/syntheticsnapshot.h"

#include "analysis/sla.h"
#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "mainwindow.h"
#include "manual/manualpage.h"
#include "monitor/monitor.h"
#include "snapshots/snapshotcrypto.h"
#include "snapshots/snapshotreader.h"
#include "snapshots/snapshotreplay.h"
#include "snapshots/snapshotwriter.h"
#include "state/networkstate.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);

// Closes the next modal message box (the refusal of a bad file) so that the test goes on.
void closeNextMessageBox(QString *text)
{
    QTimer::singleShot(50, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        } else {
            closeNextMessageBox(text);
        }
    });
}

} // namespace

class TestSnapshotWindow : public QObject
{
    Q_OBJECT

private slots:
    void openAndExport()
    {
        QTemporaryDir dir;
        ManualClock clock(Now);
        Monitor monitor(&clock);
        IncidentBook book(&clock);
        MainWindow window(&monitor, &book);
        window.resize(1400, 900);
        window.show();

        const QByteArray key = snapshotcrypto::generatePrivateKey();
        QString error;
        const QString path = dir.filePath(u"s.sentinela-snapshot"_s);
        QVERIFY(SnapshotWriter::writeFile(path, SnapshotWriter::encode(synthetic::snapshot(5, 1.0, Now), key, &error), &error));

        QSignalSpy opened(&window, &MainWindow::snapshotOpened);
        window.openSnapshot(path);
        QVERIFY(opened.wait(20000));
        QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(opened.at(0).at(1).toString()));
        QVERIFY(window.isSnapshotOpen());
        QVERIFY(monitor.isSnapshot());
        QCOMPARE(monitor.state()->blockCount(), 900);
        QCOMPARE(monitor.state()->nodeNames().size(), 20);
        QVERIFY(book.isReadOnly());
        QCOMPARE(book.incidents().size(), 2);
        // Nothing is edited on a snapshot: the Operations Manual is read-only too.
        auto *manual = window.findChild<ManualPage *>();
        QVERIFY(manual);
        QVERIFY(manual->isReadOnly());
        QLabel *banner = window.snapshotBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Synthetic consortium"_s) && banner->text().contains(u"inst0"_s)
                && banner->text().contains(u"untrusted"_s),
            qPrintable(banner->text()));
        QApplication::processEvents();
        const QString grab = qEnvironmentVariable("SENTINELA_GRAB_DIR");
        if (!grab.isEmpty())
            window.grab().save(grab + u"/snapshot-window.png"_s);

        // Export what is shown: a file that reads back to the same blocks.
        QSignalSpy exported(&window, &MainWindow::snapshotExported);
        const QString out = dir.filePath(u"again.sentinela-snapshot"_s);
        window.exportSnapshot(out);
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
        const SnapshotReadResult again = SnapshotReader::readFile(out, {});
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.data.incidents.size(), 2);

        // A committee report of the open snapshot, the cursor 20 minutes back: the data is inst0's as captured.
        window.snapshotReplay()->setTime(Now.addSecs(-20 * 60));
        QSignalSpy written(&window, &MainWindow::reportWritten);
        const QString md = dir.filePath(u"r.md"_s);
        window.writeReport(md, Now.addSecs(-3600), Now.addSecs(-20 * 60));
        QVERIFY(written.wait(30000));
        QVERIFY2(written.at(0).at(0).toBool(), qPrintable(written.at(0).at(1).toString()));
        QFile report(md);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(report.readAll());
        const QTimeZone zone = analysis::serviceTimeZone(monitor.state()->network().serviceHours);
        const QString captured = u"captured by inst0 on "_s + QLocale().toString(Now.toTimeZone(zone), QLocale::ShortFormat);
        QVERIFY2(text.contains(captured), qPrintable(captured + u"\n"_s + text.left(600)));

        // A damaged file: refused with its reason, the snapshot on screen stays.
        QByteArray bad;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bad = f.readAll();
        }
        bad[bad.size() - 2] = static_cast<char>(bad[bad.size() - 2] ^ 1);
        const QString badPath = dir.filePath(u"bad.sentinela-snapshot"_s);
        {
            QFile f(badPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bad);
        }
        QString shown;
        closeNextMessageBox(&shown);
        window.openSnapshot(badPath);
        QVERIFY(opened.wait(20000));
        QVERIFY(!opened.at(1).at(0).toBool());
        QVERIFY2(opened.at(1).at(1).toString().contains(u"digest mismatch"_s), qPrintable(opened.at(1).at(1).toString()));
        QTRY_VERIFY(shown.contains(u"digest mismatch"_s));
        QVERIFY(window.isSnapshotOpen());
    }
};

QTEST_MAIN(TestSnapshotWindow)
#include "tst_snapshotwindow.moc"

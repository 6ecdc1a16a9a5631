// The main window's snapshot export dialog (current state or an incident, window, signing key), a signed incident
// export read back as trusted, a snapshot dropped on the window, and the committee report written from the window.
#include "../common/requireorskip.h"
#include "../common/syntheticsnapshot.h"

#include "core/clock.h"
#include "exportsnapshotdialog.h"
#include "incidents/incidentbook.h"
#include "mainwindow.h"
#include "monitor/monitor.h"
#include "reportdialog.h"
#include "snapshots/snapshotcrypto.h"
#include "snapshots/snapshotreader.h"
#include "state/networkstate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 7), QTime(15, 0), Qt::UTC);

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Closes the next modal message box (a refusal) so that the test goes on.
void closeNextMessageBox()
{
    QTimer::singleShot(50, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
        else
            closeNextMessageBox();
    });
}

void grab(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SENTINELA_GRAB_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name);
}

} // namespace

class TestSnapshotExport : public QObject
{
    Q_OBJECT

private slots:
    void exportDialogChoices()
    {
        const SnapshotData d = synthetic::snapshot(2, 0.1, Now);
        ExportSnapshotDialog dialog(d.incidents, u"net.sentinela"_s);
        dialog.show();
        // Current state by default, the window of an hour, unsigned.
        SnapshotOptions o = dialog.options();
        QVERIFY(o.incident.isEmpty());
        QCOMPARE(o.windowSeconds, 3600);
        QVERIFY(dialog.keyFile().isEmpty());
        auto *combo = dialog.findChild<QComboBox *>(u"incidentCombo"_s);
        QVERIFY(combo && !combo->isEnabled());
        QCOMPARE(combo->count(), 2);
        // Newest first: the validator-down incident (detected 30 min ago) before the chain halt (50 min ago).
        QVERIFY2(combo->itemText(0).contains(u"Validator down"_s), qPrintable(combo->itemText(0)));

        dialog.selectIncident(d.incidents[1].uid);
        dialog.setWindowMinutes(30);
        dialog.setKeyFile(u"/keys/inst0.pem"_s);
        o = dialog.options();
        QCOMPARE(o.incident, d.incidents[1].uid);
        QCOMPARE(o.windowSeconds, 1800);
        QCOMPARE(dialog.keyFile(), u"/keys/inst0.pem"_s);
        QVERIFY(combo->isEnabled());
        QApplication::processEvents();
        grab(&dialog, u"export-snapshot-dialog.png"_s);

        // No file: OK is off.
        dialog.setFilePath(QString());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void signedIncidentExportAndDrop()
    {
        QTemporaryDir dir;
        ManualClock clock(Now);
        Monitor monitor(&clock);
        IncidentBook book(&clock);
        const SnapshotData d = synthetic::snapshot(2, 2.0, Now);
        SnapshotReader::apply(d, &monitor, &book);
        MainWindow window(&monitor, &book);
        window.resize(1200, 800);
        window.show();

        const QByteArray key = snapshotcrypto::generatePrivateKey();
        const QString keyFile = dir.filePath(u"inst0.pem"_s);
        QVERIFY(writeBytes(keyFile, key));
        QSignalSpy exported(&window, &MainWindow::snapshotExported);
        SnapshotOptions options;
        options.incident = d.incidents[0].uid;
        options.windowSeconds = 600;
        const QString out = dir.filePath(u"incident.sentinela"_s);
        window.exportSnapshot(out, options, keyFile);
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
        QVERIFY(exported.at(0).at(1).toString().contains(u"Signed"_s));
        QString error;
        const QList<TrustedSnapshotKey> trusted {{u"inst0"_s, u"inst0.pem"_s, snapshotcrypto::publicKeyOf(key, &error)}};
        const SnapshotReadResult read = SnapshotReader::readFile(out, trusted);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.trust, SnapshotTrust::Trusted);
        QCOMPARE(read.data.header.incidentUid, d.incidents[0].uid);
        QCOMPARE(read.data.header.windowFrom, d.incidents[0].detectedAt.addSecs(-600));
        QCOMPARE(read.data.incidents.size(), 1);
        QCOMPARE(read.data.runs.size(), 1); // the incident's checklist run travels with it

        // A key that does not read: refused with the reason, nothing written.
        QVERIFY(writeBytes(keyFile, "not a key"));
        exported.clear();
        closeNextMessageBox();
        window.exportSnapshot(dir.filePath(u"bad.sentinela"_s), options, keyFile);
        QVERIFY(exported.wait(20000));
        QVERIFY(!exported.at(0).at(0).toBool());
        QVERIFY(!QFile::exists(dir.filePath(u"bad.sentinela"_s)));

        // Dropping the exported file on the window opens it.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(out)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy opened(&window, &MainWindow::snapshotOpened);
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(opened.wait(20000));
        QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(opened.at(0).at(1).toString()));
        QVERIFY(window.isSnapshotOpen());
        QCOMPARE(book.incidents().size(), 1);
        // Two files at once are not a snapshot: the drop is not taken.
        mime.setUrls({QUrl::fromLocalFile(out), QUrl::fromLocalFile(keyFile)});
        QDragEnterEvent two(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        two.setAccepted(false);
        QApplication::sendEvent(&window, &two);
        QVERIFY(!two.isAccepted());
    }

    void reportFromTheWindow()
    {
        QTemporaryDir dir;
        ManualClock clock(Now);
        Monitor monitor(&clock);
        IncidentBook book(&clock);
        const SnapshotData d = synthetic::snapshot(2, 2.0, Now);
        SnapshotReader::apply(d, &monitor, &book);
        MainWindow window(&monitor, &book);

        ReportDialog dialog(Now.addSecs(-7200), Now, u"r.pdf"_s, &window);
        QCOMPARE(dialog.from(), Now.addSecs(-7200));
        QCOMPARE(dialog.to(), Now.addSecs(-0));
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.setFilePath(u"r.txt"_s);
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.setFilePath(u"r.md"_s);
        dialog.show();
        QApplication::processEvents();
        grab(&dialog, u"report-dialog.png"_s);

        QSignalSpy written(&window, &MainWindow::reportWritten);
        const QString pdf = dir.filePath(u"committee.pdf"_s);
        window.writeReport(pdf, Now.addSecs(-7200), Now);
        QVERIFY(written.wait(30000));
        QVERIFY2(written.at(0).at(0).toBool(), qPrintable(written.at(0).at(1).toString()));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        SENTINELA_REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed");
        QProcess p;
        p.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(p.waitForFinished(20000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(u"Synthetic consortium"_s) && text.contains(u"inst1-node1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"live state held by this Sentinela"_s), qPrintable(text));
    }

    // Both dialogs in pt_BR (grabbed to SENTINELA_GRAB_DIR for a look): translated and nothing clipped.
    void dialogsInPortuguese()
    {
        const QLocale ptBr(QLocale::Portuguese, QLocale::Brazil);
        QLocale::setDefault(ptBr);
        QTranslator sentinela;
        QVERIFY(sentinela.load(ptBr, u"sentinela"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&sentinela);
        QTranslator qt;
        if (qt.load(ptBr, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);

        auto unclipped = [](QWidget *dialog) {
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->isVisible() && !label->wordWrap())
                    QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            }
            for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            }
        };
        const SnapshotData d = synthetic::snapshot(2, 0.1, Now);
        {
            ExportSnapshotDialog dialog(d.incidents, u"net.sentinela"_s);
            dialog.selectIncident(d.incidents[0].uid);
            dialog.setKeyFile(u"/chaves/inst0.pem"_s);
            dialog.show();
            QApplication::processEvents();
            grab(&dialog, u"export-snapshot-dialog-pt_BR.png"_s);
            QCOMPARE(dialog.windowTitle(), u"Exportar snapshot"_s);
            unclipped(&dialog);
        }
        {
            ReportDialog dialog(Now.addSecs(-7200), Now, u"relatorio.pdf"_s);
            dialog.show();
            QApplication::processEvents();
            grab(&dialog, u"report-dialog-pt_BR.png"_s);
            QCOMPARE(dialog.windowTitle(), u"Relatório para os comitês"_s);
            unclipped(&dialog);
        }
        QCoreApplication::removeTranslator(&sentinela);
        QCoreApplication::removeTranslator(&qt);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestSnapshotExport)
#include "tst_snapshotexport.moc"

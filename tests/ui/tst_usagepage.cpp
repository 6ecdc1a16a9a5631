// The Usage page (issue 15) over a state filled by hand: its model under QAbstractItemModelTester in both modes,
// unknown senders first and flagged, the CSV export, and an offscreen grab in Brazilian Portuguese (saved under
// SENTINELA_SCREENSHOT_DIR, else a temporary folder that is printed and kept) checked for blankness and clipping.

#include "analysis/health.h"
#include "common/timeaxis.h"
#include "itemmodels/usagetablemodel.h"
#include "monitor/monitor.h"
#include "state/networkstate.h"
#include "usage/usagepage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "../common/imagecheck.h"
#include "../common/usagefixtures.h"

using namespace Qt::StringLiterals;

namespace {

using usagefixtures::addr;

} // namespace

class TestUsagePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QLocale ptBr(QLocale::Portuguese, QLocale::Brazil);
        QLocale::setDefault(ptBr);
        QVERIFY(m_sentinela.load(ptBr, u"sentinela"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&m_sentinela);
        if (m_qt.load(ptBr, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }

    // The charts' time axes label round times (ui/common/timeaxis): an hour ending at 03:47:20 reads 02:40 ... 03:50.
    void timeAxisFallsOnRoundTimes()
    {
        QDateTimeAxis axis;
        const QDateTime end(QDate(2026, 12, 7), QTime(3, 47, 20));
        TimeAxis::fit(&axis, end.toSecsSinceEpoch() - 3600, end.toSecsSinceEpoch());
        QCOMPARE(axis.min(), QDateTime(QDate(2026, 12, 7), QTime(2, 40)));
        QCOMPARE(axis.max(), QDateTime(QDate(2026, 12, 7), QTime(3, 50)));
        QCOMPARE(axis.tickCount(), 8);
        QCOMPARE(axis.format(), u"HH:mm"_s);
        // A week: a label a day at midnight.
        TimeAxis::fit(&axis, end.toSecsSinceEpoch() - 7 * 86400, end.toSecsSinceEpoch());
        QCOMPARE(axis.min(), QDateTime(QDate(2026, 11, 30), QTime(0, 0)));
        QCOMPARE(axis.max(), QDateTime(QDate(2026, 12, 8), QTime(0, 0)));
        QCOMPARE(axis.tickCount(), 9);
        QCOMPARE(axis.format(), u"dd/MM"_s);
        // Ten minutes: every two; a minute: seconds shown.
        TimeAxis::fit(&axis, end.toSecsSinceEpoch() - 600, end.toSecsSinceEpoch());
        QCOMPARE(axis.min(), QDateTime(QDate(2026, 12, 7), QTime(3, 36)));
        QCOMPARE(axis.max(), QDateTime(QDate(2026, 12, 7), QTime(3, 48)));
        QCOMPARE(axis.tickCount(), 7);
        TimeAxis::fit(&axis, end.toSecsSinceEpoch() - 60, end.toSecsSinceEpoch());
        QCOMPARE(axis.format(), u"HH:mm:ss"_s);
        QCOMPARE(axis.min(), QDateTime(QDate(2026, 12, 7), QTime(3, 46, 20)));
    }

    void pageInPortuguese()
    {
        NetworkConfig network;
        network.name = u"lab"_s;
        network.displayName = u"RBB Lab"_s;
        Institution bndes {u"bndes"_s, u"BNDES"_s, u"bndes"_s};
        bndes.accounts = {{addr(1), u"pagamentos"_s}};
        Institution rnp {u"rnp"_s, u"RNP"_s, u"rnp"_s};
        rnp.permissioningId = u"2"_s;
        Institution tcu {u"tcu"_s, u"TCU"_s, u"tcu"_s};
        tcu.accounts = {{addr(3), QString()}};
        network.institutions = {bndes, rnp, tcu};
        AccountInstitutionCall call;
        call.contract = u"rules"_s;
        call.signature = u"getAccount(address)"_s;
        call.selector = QByteArray::fromHex("fbd1b6f4");
        call.outputs = {u"uint256"_s, u"bool"_s};
        call.activeOutput = 1;
        network.usage.accountInstitution = call;

        Monitor monitor;
        monitor.setNetwork(network, false);
        NetworkState *state = monitor.state();
        UsagePage page(&monitor);
        QVERIFY(page.showsEmptyState());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // An hour of 4 s blocks: three institutions' accounts, one the contract names, one nobody answers for.
        const quint64 start = 1767225600;
        QList<usage::BlockTransactions> blocks;
        for (int b = 0; b < 900; ++b) {
            usage::BlockTransactions block;
            block.number = quint64(b + 1);
            block.timestamp = start + quint64(b) * 4;
            for (int t = 0; t < 5; ++t) {
                usage::Transaction tx;
                const int who = (b + t) % 10;
                tx.from = addr(who < 5 ? 1 : who < 8 ? 2 : who < 9 ? 3 : 9);
                tx.to = addr(0xc0 + (b * 3 + t) % 4);
                tx.gasUsed = 21000 + quint64((b + t) % 5) * 15000;
                tx.hasReceipt = true;
                tx.failed = (b + t) % 23 == 0;
                block.transactions.append(tx);
            }
            blocks.append(block);
        }
        state->addTransactions(blocks);
        const QDateTime at = QDateTime::fromSecsSinceEpoch(qint64(start) + 3600, Qt::UTC);
        state->setAccountAnswer(addr(2), state->accounts().answerFromOutputs({u"2"_s, u"true"_s}, at));
        AccountDirectory::ContractAnswer reverted;
        reverted.at = at;
        reverted.reverted = true;
        reverted.error = u"Execution reverted"_s;
        state->setAccountAnswer(addr(9), reverted);
        page.refresh();
        QVERIFY(!page.showsEmptyState());

        const UsageTableModel *model = page.model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->data(model->index(0, UsageTableModel::Name), ItemRoles::Key).toString(), QString()); // unknown first
        QCOMPARE(model->data(model->index(0, UsageTableModel::Name), ItemRoles::Health).toInt(), int(HealthLevel::Warning));
        QCOMPARE(model->report().unknownSenders, 1);
        QVERIFY(!page.unknownText().isEmpty());
        page.setByAccount(true);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->data(model->index(0, UsageTableModel::Name)).toString(), addr(9));
        int rnpRow = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->data(model->index(r, UsageTableModel::Name)).toString() == addr(2))
                rnpRow = r;
        }
        QVERIFY(rnpRow > 0);
        QCOMPARE(model->report().accounts[rnpRow].attribution.source, AccountDirectory::Source::Contract);
        QCOMPARE(model->report().accounts[rnpRow].attribution.institution, u"rnp"_s);
        page.setWindow(TimeWindowBox::Last100Blocks);
        QVERIFY(model->report().total.transactions <= 100 * 5 + 5 * 5); // whole buckets at the edge
        page.setWindow(TimeWindowBox::LastHour);
        QCOMPARE(model->report().total.transactions, quint64(900 * 5));
        // The same figures from the background refresh (a copy of the window's buckets on a worker thread); a second
        // call while it runs is folded into one more run.
        QSignalSpy refreshed(page.model(), &UsageTableModel::refreshed);
        const usage::UsageReport shown = model->report();
        page.model()->refreshInBackground();
        page.model()->refreshInBackground();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 10000);
        QVERIFY(!page.model()->isRefreshing());
        QCOMPARE(model->report().total, shown.total);
        QCOMPARE(model->report().institutions.size(), shown.institutions.size());
        QCOMPARE(model->report().unknownSenders, 1);
        QCOMPARE(model->report().series, shown.series);

        QTemporaryDir dir;
        const QString csv = dir.filePath(u"usage.csv"_s);
        QString error;
        QVERIFY2(page.exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("kind,id,institution"));
        QVERIFY(content.contains("institution,unknown,"));
        QVERIFY(content.contains("account," + addr(9).toLatin1() + ",,unknown,"));

        // The grab, by institution, as an operator sees it.
        page.setByAccount(false);
        page.resize(1400, 850);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::processEvents();
        QString folder = qEnvironmentVariable("SENTINELA_SCREENSHOT_DIR");
        QTemporaryDir keep;
        if (folder.isEmpty()) {
            keep.setAutoRemove(false);
            folder = keep.path();
            qInfo("screenshots in %s", qPrintable(folder));
        }
        QDir().mkpath(folder);
        for (const bool byAccount : {false, true}) {
            page.setByAccount(byAccount);
            QApplication::processEvents();
            const QImage grab = page.grab().toImage();
            QVERIFY(grab.save(QDir(folder).filePath(byAccount ? u"usage-accounts.png"_s : u"usage-institutions.png"_s)));
            QVERIFY2(testsupport::distinctColours(grab) > 8, "the page looks blank");
        }
        // No label is clipped: each one's text fits its width (word-wrapped ones excepted).
        for (QLabel *label : page.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
                continue;
            QVERIFY2(label->sizeHint().width() <= label->width() + 1, qPrintable(label->text()));
        }
    }

private:
    QTranslator m_qt;
    QTranslator m_sentinela;
};

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"

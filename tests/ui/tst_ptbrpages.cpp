// The main window in Brazilian Portuguese at 1600x900 on the devnet (five institutions, ten minutes of history): each
// page is grabbed for a person to look at (saved under SENTINELA_SCREENSHOT_DIR, else a temporary folder that is
// printed and kept), and checked for what a grab can tell: the page is not blank, the validator table's main
// columns are in view, the pages not built yet are not clipped.

#include "analysis/federationhealth.h"
#include "analysis/health.h"
#include "core/clock.h"
#include "emptystate.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentengine.h"
#include "incidents/incidentspage.h"
#include "itemmodels/validatortablemodel.h"
#include "mainwindow.h"
#include "monitor/monitor.h"
#include "state/collector.h"
#include "state/networkstate.h"
#include "validatordetail.h"
#include "validatorspage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include "../common/devnetprofile.h"
#include "../common/imagecheck.h"
#include "../common/requireorskip.h"
#include "../common/rpccall.h"

using namespace Qt::StringLiterals;

class TestPtBrPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pages();
    void glyphsDrawInTheDefaultFont();
    void cleanupTestCase();

private:
    QProcess m_devnet;
    QTranslator m_qt;
    QTranslator m_sentinela;
};

// The glyphs that say a state without colour must exist in the font the pages draw with (DejaVu Sans on Debian): the
// stale federation cell once used U+23F1, which DejaVu lacks, and drew a box.
void TestPtBrPages::glyphsDrawInTheDefaultFont()
{
    const QFontMetrics metrics(QApplication::font());
    QStringList glyphs;
    for (HealthLevel level : {HealthLevel::Ok, HealthLevel::Warning, HealthLevel::Critical, HealthLevel::Unknown})
        glyphs << healthGlyph(level);
    using analysis::FederationCellState;
    for (FederationCellState state : {FederationCellState::Unknown, FederationCellState::Ok, FederationCellState::Partial,
             FederationCellState::Stale, FederationCellState::Missing, FederationCellState::FederationDown,
             FederationCellState::EndpointDown})
        glyphs << analysis::federationCellGlyph(state);
    for (const QString &glyph : std::as_const(glyphs)) {
        for (char32_t c : glyph.toUcs4())
            QVERIFY2(metrics.inFontUcs4(c), qPrintable(u"U+%1 is not in %2"_s.arg(qulonglong(c), 4, 16, QChar(u'0'))
                                                           .arg(QApplication::font().family())));
    }
}

void TestPtBrPages::initTestCase()
{
    QCoreApplication::setOrganizationName(u"SentinelaTest"_s);
    QCoreApplication::setApplicationName(u"tst_ptbrpages"_s);
    const QLocale ptBr(QLocale::Portuguese, QLocale::Brazil);
    QLocale::setDefault(ptBr);
    QVERIFY(m_sentinela.load(ptBr, u"sentinela"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&m_sentinela);
    if (m_qt.load(ptBr, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}

void TestPtBrPages::pages()
{
    const QString binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    SENTINELA_REQUIRE_OR_SKIP(QFile::exists(binary), "sentinela-devnet is not built (build the target sentinela-devnet)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(u"sentinela.yaml"_s);
    QByteArray out;
    const auto started = testsupport::startDevnetWithProfile(
        m_devnet, binary, {u"--institutions"_s, u"5"_s, u"--block-period"_s, u"1"_s, u"--history-blocks"_s, u"600"_s},
        config, &out);
    QVERIFY2(started, out.constData());
    const QString control = testsupport::devnetControlUrl(out);
    QVERIFY2(!control.isEmpty(), out.constData());
    Inventory inventory = *started;
    for (NetworkConfig &network : inventory.networks)
        network.incidents.database = dir.filePath(u"incidents.sqlite"_s); // never the user's own book

    Monitor monitor;
    NetworkState &state = *monitor.state();
    IncidentBook book(monitor.clock());
    IncidentEngine engine(&monitor, &book);
    MainWindow window(&monitor, &book);
    window.setIncidentEngine(&engine);
    window.setInventory(inventory);
    window.resize(1600, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The history, its analysis and a few live blocks.
    QVERIFY2(QTest::qWaitFor([&] { return state.blockCount() >= 600; }, 60000),
        qPrintable(QString::number(state.blockCount())));
    QTest::qWait(5000);

    auto *validators = qobject_cast<ValidatorsPage *>(window.page(MainWindow::Page::Validators));
    QVERIFY(validators);
    QVERIFY(QTest::qWaitFor([&] { return !validators->isShowingEmptyState(); }, 30000));
    validators->selectValidator(0);

    // A pending vote, cast through the node's own RPC: the Validators page names it in Portuguese.
    const NetworkConfig &network = *inventory.active();
    const QByteArray voted = testsupport::jsonRpcCall(testsupport::nodeNamed(network, u"validator01"_s).rpcHttp,
        "qbft_proposeValidatorVote",
        R"([")" + testsupport::nodeNamed(network, u"validator05"_s).address.toLatin1() + R"(", false])");
    QVERIFY2(voted.contains(R"("result":true)"), voted.constData());
    QVERIFY(QTest::qWaitFor([&] { return !validators->votesText().isEmpty(); }, 20000));
    QVERIFY2(validators->votesText().contains(
                 u"Remover validator05: entra no próximo bloco proposto por validator01; aprovado quando 3 dos 5 "
                 "validadores o tiverem votado em bloco"_s),
        qPrintable(validators->votesText()));

    // A real incident for the Incidents page, the Overview card and the status bar: one validator stopped.
    QVERIFY(testsupport::devnetControl(binary, control, u"stop validator02"_s));
    const QString downKey = u"validator-down/validator02"_s;
    QVERIFY2(QTest::qWaitFor([&] { return book.openByKey(downKey) != nullptr; }, 45000),
        qPrintable(QString::number(book.openIncidents().size())));
    const QString downUid = book.openByKey(downKey)->uid;
    book.acknowledge(downUid, u"Ana Souza"_s, u"bndes"_s, monitor.clock()->now(), u"Verificando o servidor."_s);
    auto *incidents = qobject_cast<IncidentsPage *>(window.page(MainWindow::Page::Incidents));
    QVERIFY(incidents);
    incidents->showIncident(downUid);

    QString shots = qEnvironmentVariable("SENTINELA_SCREENSHOT_DIR");
    if (shots.isEmpty()) {
        dir.setAutoRemove(false);
        shots = dir.path();
    }
    QDir().mkpath(shots);
    const std::pair<MainWindow::Page, QString> pages[] = {{MainWindow::Page::Overview, u"overview"_s},
        {MainWindow::Page::Validators, u"validators"_s}, {MainWindow::Page::Blocks, u"blocks"_s},
        {MainWindow::Page::Incidents, u"incidents"_s}, {MainWindow::Page::Manual, u"manual"_s},
        {MainWindow::Page::Usage, u"usage"_s}};
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        QTest::qWait(300);
        const QImage image = window.grab().toImage();
        QVERIFY2(testsupport::distinctColours(image) > 8, qPrintable(name));
        QVERIFY(image.save(QDir(shots).filePath(u"ptbr-%1-1600x900.png"_s.arg(name))));

        if (auto *empty = qobject_cast<EmptyState *>(window.page(page))) {
            for (QLabel *label : empty->labels()) {
                QLabel probe(label->text()); // a label's own heightForWidth never goes below its minimum height
                probe.setFont(label->font());
                probe.setWordWrap(true);
                QVERIFY2(label->height() >= probe.heightForWidth(label->width()), qPrintable(label->text()));
                QVERIFY2(empty->rect().contains(QRect(label->mapTo(empty, QPoint(0, 0)), label->size())),
                    qPrintable(label->text()));
            }
        }
        if (page == MainWindow::Page::Blocks) {
            // The nodes' table, the Blocks page's second tab.
            QTabWidget *tables = nullptr;
            for (QTabWidget *t : window.page(page)->findChildren<QTabWidget *>()) {
                if (t->count() == 2 && t->tabText(1) == u"Nós"_s)
                    tables = t;
            }
            QVERIFY(tables);
            tables->setCurrentIndex(1);
            QTest::qWait(300);
            QVERIFY(window.grab().toImage().save(QDir(shots).filePath(u"ptbr-blocks-nodes-1600x900.png"_s)));
            tables->setCurrentIndex(0);
        }
        if (page == MainWindow::Page::Validators) {
            // The table's main columns are in view without scrolling sideways.
            QTableView *table = validators->table();
            for (int column : {ValidatorTableModel::ValidatorColumn, ValidatorTableModel::StatusColumn,
                     ValidatorTableModel::ProposedColumn, ValidatorTableModel::SignedColumn}) {
                const QRect cell = table->visualRect(table->model()->index(0, column));
                QVERIFY2(table->viewport()->rect().contains(cell),
                    qPrintable(u"column %1 at %2..%3, viewport %4 wide"_s.arg(column)
                                   .arg(cell.left())
                                   .arg(cell.right())
                                   .arg(table->viewport()->width())));
            }
            QVERIFY(validators->detail()->chartShown());
        }
    }
    engine.stop();
    monitor.stop();
    book.waitForIdle();
    qInfo("pt_BR screenshots in %s", qPrintable(shots));
}

void TestPtBrPages::cleanupTestCase()
{
    if (m_devnet.state() != QProcess::NotRunning) {
        m_devnet.terminate();
        if (!m_devnet.waitForFinished(5000))
            m_devnet.kill();
    }
}

QTEST_MAIN(TestPtBrPages)
#include "tst_ptbrpages.moc"

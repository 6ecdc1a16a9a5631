// The AppStream screenshots, made by the application itself: the main window on the devnet (five institutions,
// five minutes of history, live blocks), in English at 1280x800, offscreen. Writes overview.png and validators.png
// into the folder given as argv[1]. Exits non-zero when the devnet does not start or a grab looks blank.
#include "../tests/common/devnetprocess.h"
#include "../tests/common/imagecheck.h"

#include "config/inventoryloader.h"
#include "mainwindow.h"
#include "monitor/monitor.h"
#include "state/networkstate.h"
#include "validatorspage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Runs the event loop until `done` holds or `timeoutMs` passes.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    return done();
}

void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SentinelaScreenshots"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTextStream err(stderr);
    if (argc < 2) {
        err << "usage: sentinela-screenshots OUTPUT_DIR\n";
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(outDir);

    QTemporaryDir dir;
    const QString config = dir.filePath(u"sentinela.yaml"_s);
    QProcess devnet;
    QByteArray log;
    const QString binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    if (!testsupport::startDevnet(devnet, binary,
            {u"--institutions"_s, u"5"_s, u"--block-period"_s, u"1"_s, u"--history-blocks"_s, u"300"_s,
                u"--port-base"_s, u"0"_s, u"--config-out"_s, config},
            &log, 60000)) {
        err << "sentinela-screenshots: the devnet did not start:\n" << log << '\n';
        return 1;
    }
    const auto stopDevnet = qScopeGuard([&devnet] {
        devnet.terminate();
        if (!devnet.waitForFinished(5000))
            devnet.kill();
    });
    const InventoryLoadResult loaded = InventoryLoader::loadFile(config);
    if (!loaded.inventory) {
        err << "sentinela-screenshots: the devnet's profile does not load\n";
        return 1;
    }

    Monitor monitor;
    MainWindow window(&monitor);
    window.setInventory(*loaded.inventory);
    window.resize(1280, 800);
    window.show();
    if (!waitFor([&] { return monitor.state()->blockCount() >= 300; }, 60000)) {
        err << "sentinela-screenshots: only " << monitor.state()->blockCount() << " blocks after 60 s\n";
        return 1;
    }
    auto *validators = qobject_cast<ValidatorsPage *>(window.page(MainWindow::Page::Validators));
    settle(4000); // a few live blocks, polls and the analysis of the history
    waitFor([&] { return validators && !validators->isShowingEmptyState(); }, 20000);
    if (validators)
        validators->selectValidator(0);

    int failures = 0;
    const std::pair<MainWindow::Page, QString> pages[]
        = {{MainWindow::Page::Overview, u"overview"_s}, {MainWindow::Page::Validators, u"validators"_s}};
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        settle(500);
        const QImage image = window.grab().toImage();
        const QString path = QDir(outDir).filePath(name + u".png"_s);
        if (testsupport::distinctColours(image) <= 8 || !image.save(path)) {
            err << "sentinela-screenshots: " << path << " is blank or cannot be written\n";
            ++failures;
            continue;
        }
        QTextStream(stdout) << path << ' ' << image.width() << 'x' << image.height() << '\n';
    }
    monitor.stop();
    return failures ? 1 : 0;
}

#include "commandline.h"

#include "common/traynotifier.h"
#include "config/inventoryloader.h"
#include "core/datapaths.h"
#include "core/signalwatcher.h"
#include "core/translations.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentengine.h"
#include "incidents/incidentnotifier.h"
#include "kiosk/kioskwindow.h"
#include "mainwindow.h"
#include "monitor/monitor.h"
#include "sources/httpfetcher.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Sentinela"_s);
    QCoreApplication::setApplicationName(u"sentinela"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SENTINELA_VERSION));
}

// --help and --version need no display (a package's smoke test, a server without X): they are answered before a
// QApplication, which would abort without a windowing system.
bool answersWithoutGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

// Loads the profile, or tells the operator exactly what is wrong with it; the window opens either way.
void loadProfile(MainWindow &window, IncidentNotifier &notifier, const QString &path, const QString &network)
{
    const InventoryLoadResult result = InventoryLoader::loadFile(path);
    QStringList lines;
    for (const ConfigMessage &m : result.messages) {
        lines << m.toString();
        Logging::logger().log(m.severity == ConfigMessage::Severity::Error ? spdlog::level::err : spdlog::level::warn,
            "{}", m.toString().toStdString());
    }
    if (!result.inventory) {
        QMessageBox::critical(&window, QApplication::translate("main", "Profile not loaded"),
            QApplication::translate("main", "The profile %1 has errors:\n\n%2").arg(path, lines.join(u'\n')));
        return;
    }
    if (!network.isEmpty() && !result.inventory->network(network)) {
        QMessageBox::critical(&window, QApplication::translate("main", "Unknown network"),
            QApplication::translate("main", "The profile %1 has no network named \"%2\".").arg(path, network));
        return;
    }
    window.setInventory(*result.inventory, network);
    if (const NetworkConfig *net
        = result.inventory->network(network.isEmpty() ? result.inventory->activeNetwork : network))
        notifier.setNetwork(*net);
    if (!path.startsWith(u':') && path != DataPaths::shippedProfile())
        QSettings().setValue(u"lastConfig"_s, path);
}

// The wall: the same Monitor and models as the desktop, the shared incident book read-only, no dialog ever. A profile
// that does not load is a log line and exit code 2, since nobody is at the wall to read a message box.
int runKiosk(const GuiOptions &options)
{
    QString config = options.configFile;
    if (config.isEmpty())
        config = QSettings().value(u"lastConfig"_s).toString();
    if (config.isEmpty() || (!QFile::exists(config) && options.configFile.isEmpty()))
        config = u":/profiles/rbb.yaml"_s;
    const InventoryLoadResult result = InventoryLoader::loadFile(config);
    for (const ConfigMessage &m : result.messages)
        Logging::logger().log(m.severity == ConfigMessage::Severity::Error ? spdlog::level::err : spdlog::level::warn,
            "{}", m.toString().toStdString());
    const NetworkConfig *network = result.inventory
        ? result.inventory->network(options.network.isEmpty() ? result.inventory->activeNetwork : options.network)
        : nullptr;
    if (!network) {
        QTextStream(stderr) << QApplication::translate("main", "The kiosk cannot start: the profile %1 has errors or "
                                                               "no such network; see the log.\n")
                                   .arg(config);
        return 2;
    }

    Monitor monitor;
    IncidentBook book(monitor.clock());
    book.setReadOnly(true); // desktops acknowledge; the wall only shows
    book.open(IncidentEngine::databasePath(*network, result.inventory->path));
    monitor.setNetwork(*network);
    monitor.start();

    KioskWindow kiosk(&monitor, &book, result.inventory->kiosk);
    SignalWatcher signalWatcher({SIGTERM, SIGINT});
    const auto leave = [&kiosk](const char *why) {
        Logging::logger().info("kiosk: leaving ({})", why);
        kiosk.allowClose();
        QApplication::quit();
    };
    QObject::connect(&signalWatcher, &SignalWatcher::received, &kiosk,
        [leave](int signal) { leave(signal == SIGTERM ? "SIGTERM" : "SIGINT"); });
    QObject::connect(&kiosk, &KioskWindow::exitRequested, &kiosk, [leave] { leave("exit chord"); });
    kiosk.showOnWall();
    Logging::logger().info("kiosk: showing {} from {}; leave with {} or SIGTERM", network->name.toStdString(),
        config.toStdString(), result.inventory->kiosk.exitChord.toStdString());
    const int rc = QApplication::exec();
    monitor.stop();
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersWithoutGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        const auto parsed = parseGuiCommandLine(QCoreApplication::arguments());
        if (const auto *failure = std::get_if<ParseFailure>(&parsed)) {
            QTextStream(failure->exitCode == 0 ? stdout : stderr) << failure->text;
            return failure->exitCode;
        }
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(u"Sentinela"_s);
    QGuiApplication::setDesktopFileName(u"br.rbb.Sentinela"_s); // the installed desktop file: icon and name on Wayland
    QApplication::setWindowIcon(QIcon(u":/icons/sentinela.svg"_s));
    installTranslators(app);

    const auto parsed = parseGuiCommandLine(QApplication::arguments());
    if (const auto *failure = std::get_if<ParseFailure>(&parsed)) {
        QTextStream(failure->exitCode == 0 ? stdout : stderr) << failure->text;
        return failure->exitCode;
    }
    const GuiOptions &options = std::get<GuiOptions>(parsed);
    const QString logFile = Logging::setup(u"sentinela"_s, options.logLevel);
    Logging::logger().info("Sentinela {} starting; log file: {}", SENTINELA_VERSION, logFile.toStdString());

    if (options.kiosk)
        return runKiosk(options);

    Monitor monitor; // the one owner of live data
    IncidentBook book(monitor.clock()); // the incidents, in SQLite beside the profile's network
    IncidentEngine engine(&monitor, &book); // the rules on the monitor's state, written to the book
    MainWindow window(&monitor, &book);
    window.setIncidentEngine(&engine);
    // Announces the book's incidents (tray, Alertmanager, Discord, webhook) through a fetcher of its own: the
    // notifier resolves its own secrets and never waits on the collector's queue.
    HttpFetcher notifyFetcher;
    IncidentNotifier notifier({}, &book, &notifyFetcher, monitor.clock());
    TrayNotifier tray(&window);
    QObject::connect(&notifier, &IncidentNotifier::trayNotification, &tray, &TrayNotifier::showNotification);
    QObject::connect(&notifier, &IncidentNotifier::deliveryFailed, &window,
        [&window](const QString &channel, const QString &, const QString &error) {
            window.statusBar()->showMessage(
                QApplication::translate("main", "Incident notification (%1) failed: %2").arg(channel, error), 30000);
        });
    QString config = options.configFile;
    if (config.isEmpty())
        config = QSettings().value(u"lastConfig"_s).toString();
    if (config.isEmpty() || (!QFile::exists(config) && options.configFile.isEmpty()))
        config = DataPaths::shippedProfile();
    if (config.isEmpty())
        config = u":/profiles/rbb.yaml"_s; // a build run without its data: the copy built into the executable
    loadProfile(window, notifier, config, options.network);
    QObject::connect(&window, &MainWindow::configOpenRequested, &window,
        [&window, &notifier](const QString &path) { loadProfile(window, notifier, path, {}); });
    window.show();
    if (!options.snapshotFile.isEmpty())
        window.openSnapshot(options.snapshotFile);
    const int rc = QApplication::exec();
    engine.stop();
    book.waitForIdle(); // what was decided before quitting reaches the database
    return rc;
}

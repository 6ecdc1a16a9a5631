#include "commandline.h"

#include "common/traynotifier.h"
#include "config/inventoryloader.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentengine.h"
#include "incidents/incidentnotifier.h"
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

using namespace Qt::StringLiterals;

namespace {

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
    if (!path.startsWith(u':'))
        QSettings().setValue(u"lastConfig"_s, path);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Sentinela"_s);
    QApplication::setApplicationName(u"sentinela"_s);
    QApplication::setApplicationDisplayName(u"Sentinela"_s);
    QApplication::setApplicationVersion(QStringLiteral(SENTINELA_VERSION));
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
        config = u":/profiles/rbb.yaml"_s;
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

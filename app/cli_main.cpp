#include "commandline.h"

#include "chain/decodeblockcommand.h"
#include "checklists/checklistscommand.h"
#include "config/inventoryloader.h"
#include "config/validateconfigcommand.h"
#include "core/translations.h"
#include "incidents/incidentscommand.h"
#include "incidents/promrules.h"
#include "incidents/statusdetections.h"
#include "monitor/statuscommand.h"
#include "reports/reportcommand.h"
#include "snapshots/snapshotcommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // A report lays out text and paints charts, which needs fonts: a QGuiApplication, headless (cron, SSH) unless a
    // platform is chosen. Every other command stays a plain QCoreApplication.
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "report") == 0;
    if (report && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application
        = report ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"Sentinela"_s);
    QCoreApplication::setApplicationName(u"sentinela-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SENTINELA_VERSION));
    // Messages for people follow the locale (help and errors included); JSON output never does.
    QList<QTranslator *> translators = installTranslators(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = parseCliCommandLine(QCoreApplication::arguments());
    if (const auto *failure = std::get_if<ParseFailure>(&parsed)) {
        (failure->exitCode == 0 ? out : err) << failure->text;
        return failure->exitCode;
    }
    const CliOptions &options = std::get<CliOptions>(parsed);
    if (options.json) {
        for (QTranslator *translator : translators)
            QCoreApplication::removeTranslator(translator);
    }
    Logging::setup(u"sentinela-cli"_s, options.logLevel);
    if (options.command == u"report"_s) {
        // The committees read Portuguese: the report's language is pt_BR unless --language says otherwise.
        for (QTranslator *translator : std::as_const(translators))
            QCoreApplication::removeTranslator(translator);
        const QLocale locale(options.language);
        QLocale::setDefault(locale);
        translators = installTranslators(app, locale);
    }

    if (options.command == u"validate-config"_s)
        return validateConfigCommand(options.arguments.constFirst(), out, err);

    if (options.command == u"decode-block"_s) {
        const QString path = options.arguments.value(0, u"-"_s);
        QFile file;
        const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                           : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            err << QCoreApplication::translate("sentinela-cli", "cannot read %1: %2").arg(path, file.errorString())
                << '\n';
            return 2;
        }
        // A block reply is a few kilobytes; more than 16 MiB is not a block.
        return chain::decodeBlockCommand(file.read(16 * 1024 * 1024), options.json, out, err);
    }

    if (options.command == u"incidents"_s)
        return runIncidentsCommand(options.databaseFile, options.json, options.openOnly, out, err);

    if (options.command == u"checklists"_s)
        return runChecklistsCommand(options.checklistsDir, out, err);

    if (options.command == u"verify-snapshot"_s)
        return runVerifySnapshotCommand(options.arguments.constFirst(), options.trustFiles, out, err);

    ReportCommandOptions reportOptions;
    reportOptions.from = options.from;
    reportOptions.to = options.to;
    reportOptions.out = options.outFile;
    reportOptions.timeoutMs = options.timeoutMs;
    if (options.command == u"report"_s && !options.snapshotFile.isEmpty()) {
        reportOptions.snapshotFile = options.snapshotFile;
        reportOptions.trustFiles = options.trustFiles;
        return runReportCommand(reportOptions, out, err);
    }

    // status: a profile that cannot be used is UNKNOWN for Nagios (3), not a verdict on the network; rules and
    // snapshot: 2.
    const bool rules = options.command == u"rules"_s;
    const int unusable = rules || options.command == u"snapshot"_s || options.command == u"report"_s ? 2 : int(StatusUnknown);
    const InventoryLoadResult loaded = InventoryLoader::loadFile(options.configFile);
    for (const ConfigMessage &m : loaded.messages)
        err << m.toString() << '\n';
    if (!loaded.inventory)
        return unusable;
    const QString networkName = options.network.isEmpty() ? loaded.inventory->activeNetwork : options.network;
    const NetworkConfig *network = loaded.inventory->network(networkName);
    if (!network) {
        err << QCoreApplication::translate("sentinela-cli", "%1: no network named \"%2\"")
                   .arg(options.configFile, networkName)
            << '\n';
        return unusable;
    }
    if (options.command == u"snapshot"_s) {
        SnapshotCommandOptions snapshot;
        snapshot.out = options.outFile;
        snapshot.windowSeconds = options.windowSeconds;
        snapshot.incident = options.incident;
        snapshot.signKeyFile = options.signKeyFile;
        snapshot.timeoutMs = options.timeoutMs;
        return runSnapshotCommand(*loaded.inventory, *network, snapshot, out, err);
    }
    if (options.command == u"report"_s) {
        reportOptions.inventory = &*loaded.inventory;
        reportOptions.network = network;
        return runReportCommand(reportOptions, out, err);
    }
    if (rules)
        return promrules::runRulesCommand(*network, options.configFile, options.outFile, out, err);
    return runStatusCommand(*network, options.json, out, err, options.timeoutMs,
        [](NetworkState &state, const QDateTime &now) { return statusDetections(state, now); });
}

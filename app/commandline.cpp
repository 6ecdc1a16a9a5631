#include "commandline.h"

#include "core/datapaths.h"
#include "core/format.h"
#include "snapshots/snapshotdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QCommandLineOption logLevelOption(const char *defaultLevel)
{
    return QCommandLineOption(u"log-level"_s,
        CommandLineText::tr("Log level: %1 (default %2).").arg(Logging::levelNames(), QLatin1StringView(defaultLevel)),
        CommandLineText::tr("LEVEL"), QLatin1StringView(defaultLevel));
}

std::optional<ParseFailure> commonChecks(QCommandLineParser &parser, const QStringList &arguments,
    const QCommandLineOption &help, const QCommandLineOption &version)
{
    if (!parser.parse(arguments))
        return ParseFailure {2, parser.errorText() + u"\n\n"_s + parser.helpText()};
    if (parser.isSet(help))
        return ParseFailure {0, parser.helpText()};
    if (parser.isSet(version)) {
        // Where the shipped data was found: tells an operator (and the packaging test) that an installation is whole.
        const auto found = [](const QString &dir) { return dir.isEmpty() ? CommandLineText::tr("not found") : dir; };
        return ParseFailure {0,
            QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n'
                + CommandLineText::tr("Shipped profiles: %1").arg(found(DataPaths::profilesDirectory())) + u'\n'
                + CommandLineText::tr("Checklist templates: %1").arg(found(DataPaths::checklistsDirectory())) + u'\n'};
    }
    return std::nullopt;
}

} // namespace

std::variant<GuiOptions, ParseFailure> parseGuiCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("Sentinela: network-operations dashboard for permissioned Besu QBFT/IBFT 2.0 networks."));
    const auto help = parser.addHelpOption();
    const auto version = parser.addVersionOption();
    const QCommandLineOption config(u"config"_s,
        CommandLineText::tr("Profile (YAML) with the networks to watch. Default: the last one used, "
                            "or the shipped RBB profile."),
        CommandLineText::tr("FILE"));
    const QCommandLineOption network(u"network"_s,
        CommandLineText::tr("Network of the profile to open (default: its \"active\" one)."),
        CommandLineText::tr("NAME"));
    const QCommandLineOption kiosk(
        u"kiosk"_s, CommandLineText::tr("Start as a read-only wall display with rotating views."));
    const QCommandLineOption open(u"open"_s,
        CommandLineText::tr("Open an exported incident snapshot for offline review."), CommandLineText::tr("SNAPSHOT"));
    const QCommandLineOption logLevel = logLevelOption("info");
    parser.addOptions({config, network, kiosk, open, logLevel});
    parser.addPositionalArgument(u"snapshot"_s, CommandLineText::tr("A snapshot (.sentinela) to open, as --open does."),
        CommandLineText::tr("[FILE.sentinela]"));
    if (auto failure = commonChecks(parser, arguments, help, version))
        return *failure;
    QStringList positional = parser.positionalArguments();
    // The desktop file opens a snapshot as `sentinela FILE.sentinela` (its MIME type's glob); nothing else is
    // positional.
    QString snapshot = parser.value(open);
    if (snapshot.isEmpty() && positional.size() == 1
        && positional.first().endsWith(u'.' + QLatin1StringView(snapshot::FileSuffix), Qt::CaseInsensitive))
        snapshot = positional.takeFirst();
    if (!positional.isEmpty())
        return ParseFailure {2,
            CommandLineText::tr("Unexpected argument: %1").arg(positional.constFirst()) + u"\n\n"_s
                + parser.helpText()};
    GuiOptions options;
    options.configFile = parser.value(config);
    options.network = parser.value(network);
    options.kiosk = parser.isSet(kiosk);
    options.snapshotFile = snapshot;
    const auto level = Logging::levelFromString(parser.value(logLevel));
    if (!level)
        return ParseFailure {2,
            CommandLineText::tr("Unknown log level \"%1\"; expected one of: %2")
                    .arg(parser.value(logLevel), Logging::levelNames())
                + u'\n'};
    options.logLevel = *level;
    return options;
}

std::variant<CliOptions, ParseFailure> parseCliCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::tr(
        "Sentinela's headless collector for scripts and cron.\n\n"
        "Commands:\n"
        "  validate-config FILE      Check a profile; exit 0 when valid, 2 with the messages when not.\n"
        "  status --config FILE      One collection pass over every source: nodes and sources' health.\n"
        "                            Exit 0 ok, 1 warning, 2 critical, 3 unknown: an unusable profile or\n"
        "                            command line (the Nagios convention).\n"
        "  decode-block [FILE|-]     Decode an eth_getBlockByNumber reply: proposer, round, vote, validators,\n"
        "                            seals, recovered signers, missing validators, quorum.\n"
        "  incidents --db FILE       List the incidents of an incident book (--open: only the open ones).\n"
        "  checklists --dir DIR      Check an Operations Manual folder (front matter, duplicate ids, unknown\n"
        "                            incident rules); exit 0 when valid, 2 with the messages when not.\n"
        "  rules --config FILE       Print the incident rules as Prometheus alerting rules for a level-2\n"
        "                            Prometheus (--out FILE writes them to a file).\n"

        "  snapshot --config FILE --out FILE [--window DURATION] [--incident ID] [--sign KEY]\n"
        "                            One collection pass and the incident book, written as a snapshot for\n"
        "                            offline review (window default 1h before the incident or now).\n"
        "  verify-snapshot FILE [--trust KEYS]\n"
        "                            Check a snapshot's digest, signature and schema; exit 0 valid, 2 not."));
    const auto help = parser.addHelpOption();
    const auto version = parser.addVersionOption();
    const QCommandLineOption config(
        u"config"_s, CommandLineText::tr("Profile (YAML) with the networks to watch."), CommandLineText::tr("FILE"));
    const QCommandLineOption network(u"network"_s,
        CommandLineText::tr("Network of the profile (default: its \"active\" one)."), CommandLineText::tr("NAME"));
    const QCommandLineOption json(u"json"_s, CommandLineText::tr("Print JSON instead of text."));
    const QCommandLineOption timeout(u"timeout"_s,
        CommandLineText::tr("Give up on sources that have not answered after MS milliseconds (default 15000)."),
        CommandLineText::tr("MS"), u"15000"_s);
    const QCommandLineOption db(
        u"db"_s, CommandLineText::tr("Incident book (SQLite) to read."), CommandLineText::tr("FILE"));
    const QCommandLineOption openOnly(u"open"_s, CommandLineText::tr("Only the open incidents."));
    const QCommandLineOption window(u"window"_s,
        CommandLineText::tr("History kept before the incident or now, e.g. 30m, 1h, 2h30m (default 1h)."),
        CommandLineText::tr("DURATION"), u"1h"_s);
    const QCommandLineOption incident(u"incident"_s,
        CommandLineText::tr("Make the snapshot for this incident (its number or uid)."), CommandLineText::tr("ID"));
    const QCommandLineOption sign(u"sign"_s,
        CommandLineText::tr("Sign the snapshot with this Ed25519 private key (PEM)."), CommandLineText::tr("KEY"));
    const QCommandLineOption trust(u"trust"_s,
        CommandLineText::tr("Trusted public keys: a PEM public key or a profile with snapshots.trustedKeys "
                            "(repeatable)."),
        CommandLineText::tr("KEYS"));
    const QCommandLineOption dir(
        u"dir"_s, CommandLineText::tr("Operations Manual folder to check."), CommandLineText::tr("DIR"));
    const QCommandLineOption outFile(
        u"out"_s, CommandLineText::tr("File to write (snapshot; for rules the default is standard output)."), CommandLineText::tr("FILE"));
    const QCommandLineOption logLevel = logLevelOption("warning");
    parser.addOptions(
        {config, network, json, timeout, db, openOnly, dir, outFile, window, incident, sign, trust, logLevel});
    parser.addPositionalArgument(u"command"_s,
        CommandLineText::tr(
            "validate-config, status, decode-block, incidents, checklists, rules, snapshot or verify-snapshot."),
        CommandLineText::tr("<command> [arguments]"));
    // Nagios reads any other exit code of a check as a verdict, so a broken `status` command line is UNKNOWN (3).
    const bool statusCommand = arguments.size() > 1 && arguments.mid(1).contains(u"status"_s);
    const auto usageError = [statusCommand](const QString &text) { return ParseFailure {statusCommand ? 3 : 2, text}; };
    if (auto failure = commonChecks(parser, arguments, help, version)) {
        if (failure->exitCode != 0)
            failure->exitCode = usageError(QString()).exitCode;
        return *failure;
    }

    CliOptions options;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(CommandLineText::tr("No command given.") + u"\n\n"_s + parser.helpText());
    options.command = positional.takeFirst();
    options.arguments = positional;
    options.configFile = parser.value(config);
    options.network = parser.value(network);
    options.json = parser.isSet(json);
    options.databaseFile = parser.value(db);
    options.openOnly = parser.isSet(openOnly);
    options.incident = parser.value(incident);
    options.signKeyFile = parser.value(sign);
    options.trustFiles = parser.values(trust);
    options.checklistsDir = parser.value(dir);
    options.outFile = parser.value(outFile);
    bool ok = false;
    options.timeoutMs = parser.value(timeout).toInt(&ok);
    if (!ok || options.timeoutMs <= 0)
        return usageError(CommandLineText::tr("--timeout expects a positive number of milliseconds, found \"%1\"")
                              .arg(parser.value(timeout))
            + u'\n');
    const auto level = Logging::levelFromString(parser.value(logLevel));
    if (!level)
        return usageError(CommandLineText::tr("Unknown log level \"%1\"; expected one of: %2")
                              .arg(parser.value(logLevel), Logging::levelNames())
            + u'\n');
    options.logLevel = *level;

    if (options.command == u"validate-config"_s) {
        if (options.arguments.size() != 1)
            return usageError(CommandLineText::tr("validate-config expects exactly one FILE") + u'\n');
    } else if (options.command == u"status"_s) {
        if (options.configFile.isEmpty() && options.arguments.size() == 1)
            options.configFile = options.arguments.takeFirst();
        if (options.configFile.isEmpty() || !options.arguments.isEmpty())
            return usageError(CommandLineText::tr("status expects --config FILE") + u'\n');
    } else if (options.command == u"decode-block"_s) {
        if (options.arguments.size() > 1)
            return ParseFailure {
                2, CommandLineText::tr("decode-block expects at most one FILE (or - for standard input)") + u'\n'};
    } else if (options.command == u"incidents"_s) {
        if (options.databaseFile.isEmpty() && options.arguments.size() == 1)
            options.databaseFile = options.arguments.takeFirst();
        if (options.databaseFile.isEmpty() || !options.arguments.isEmpty())
            return usageError(CommandLineText::tr("incidents expects --db FILE") + u'\n');
    } else if (options.command == u"snapshot"_s) {
        if (options.configFile.isEmpty() || options.outFile.isEmpty() || !options.arguments.isEmpty())
            return usageError(CommandLineText::tr("snapshot expects --config FILE --out FILE") + u'\n');
        const auto seconds = parseDurationSeconds(parser.value(window));
        if (!seconds || *seconds <= 0)
            return usageError(
                CommandLineText::tr("--window expects a duration such as 30m, 1h or 2h30m, found \"%1\"")
                    .arg(parser.value(window))
                + u'\n');
        options.windowSeconds = *seconds;
    } else if (options.command == u"verify-snapshot"_s) {
        if (options.arguments.size() != 1)
            return usageError(CommandLineText::tr("verify-snapshot expects exactly one FILE") + u'\n');
    } else if (options.command == u"checklists"_s) {
        if (options.checklistsDir.isEmpty() && options.arguments.size() == 1)
            options.checklistsDir = options.arguments.takeFirst();
        if (options.checklistsDir.isEmpty() || !options.arguments.isEmpty())
            return usageError(CommandLineText::tr("checklists expects --dir DIR") + u'\n');
    } else if (options.command == u"rules"_s) {
        if (options.configFile.isEmpty() && options.arguments.size() == 1)
            options.configFile = options.arguments.takeFirst();
        if (options.configFile.isEmpty() || !options.arguments.isEmpty())
            return usageError(CommandLineText::tr("rules expects --config FILE") + u'\n');
    } else {
        return usageError(
            CommandLineText::tr("Unknown command \"%1\".").arg(options.command) + u"\n\n"_s + parser.helpText());
    }
    return options;
}

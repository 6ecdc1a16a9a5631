#pragma once

#include "core/logging.h"

#include <QString>
#include <QStringList>

#include <variant>

// Parsing only: what to run is decided in main(), how to run it lives in the models library.

struct ParseFailure
{
    int exitCode = 0; // 0 for --help/--version, 2 for a usage error (3 for `sentinela-cli status`: Nagios UNKNOWN)
    QString text; // what to print (stdout for exit code 0, stderr otherwise)
};

struct GuiOptions
{
    QString configFile;
    QString network;
    bool kiosk = false;
    QString snapshotFile;
    Logging::Level logLevel = Logging::Level::Info;
};

struct CliOptions
{
    QString command; // validate-config, status, ..., snapshot, verify-snapshot, report
    QStringList arguments;
    QString configFile;
    QString network;
    bool json = false;
    int timeoutMs = 15000;
    QString databaseFile; // incidents --db
    bool openOnly = false; // incidents --open
    qint64 windowSeconds = 3600; // snapshot --window
    QString incident; // snapshot --incident
    QString signKeyFile; // snapshot --sign
    QStringList trustFiles; // verify-snapshot --trust (repeatable)
    QString checklistsDir; // checklists --dir
    QString outFile; // rules --out (empty: standard output), snapshot --out, report --out
    QString snapshotFile; // report --open SNAPSHOT
    QString from; // report --from DATE (empty: the data's window or the last 24 h)
    QString to; // report --to DATE
    QString language = QStringLiteral("pt_BR"); // report --language
    Logging::Level logLevel = Logging::Level::Warning;
};

// Both return either the options or what to print and the exit code.
std::variant<GuiOptions, ParseFailure> parseGuiCommandLine(const QStringList &arguments);
std::variant<CliOptions, ParseFailure> parseCliCommandLine(const QStringList &arguments);

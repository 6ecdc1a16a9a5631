#include "commandline.h"

#include "config/validateconfigcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Sentinela"_s);
    QCoreApplication::setApplicationName(u"sentinela-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SENTINELA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = parseCliCommandLine(QCoreApplication::arguments());
    if (const auto *failure = std::get_if<ParseFailure>(&parsed)) {
        (failure->exitCode == 0 ? out : err) << failure->text;
        return failure->exitCode;
    }
    const CliOptions &options = std::get<CliOptions>(parsed);
    Logging::setup(u"sentinela-cli"_s, options.logLevel);

    if (options.command == u"validate-config"_s)
        return validateConfigCommand(options.arguments.constFirst(), out, err);
    err << "sentinela-cli: " << options.command << ": not available in this build\n";
    return 2;
}

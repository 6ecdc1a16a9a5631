#include "logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace Logging {
namespace {

constexpr const char *kNames[] = {"trace", "debug", "info", "warning", "error", "critical", "off"};

std::shared_ptr<spdlog::logger> &instance()
{
    static std::shared_ptr<spdlog::logger> logger = std::make_shared<spdlog::logger>("sentinela");
    return logger;
}

spdlog::level::level_enum toSpd(Level level)
{
    return static_cast<spdlog::level::level_enum>(static_cast<int>(level));
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    spdlog::level::level_enum level = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        level = spdlog::level::debug;
        break;
    case QtInfoMsg:
        level = spdlog::level::info;
        break;
    case QtWarningMsg:
        level = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        level = spdlog::level::err;
        break;
    case QtFatalMsg:
        level = spdlog::level::critical;
        break;
    }
    const char *category = context.category ? context.category : "default";
    instance()->log(level, "[{}] {}", category, message.toStdString());
    if (type == QtFatalMsg) {
        instance()->flush();
        std::abort();
    }
}

} // namespace

std::optional<Level> levelFromString(const QString &name)
{
    const QString lower = name.toLower();
    for (int i = 0; i < 7; ++i) {
        if (lower == QLatin1StringView(kNames[i]))
            return static_cast<Level>(i);
    }
    if (lower == u"warn"_s)
        return Level::Warning;
    return std::nullopt;
}

QString levelNames()
{
    QStringList names;
    for (const char *n : kNames)
        names << QString::fromLatin1(n);
    return names.join(u", "_s);
}

QString logDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
}

QString setup(const QString &appName, Level level, bool console)
{
    auto &logger = instance();
    logger->sinks().clear();
    if (console) {
        auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        logger->sinks().push_back(sink);
    }
    QString path;
    const QString dir = logDirectory();
    if (QDir().mkpath(dir)) {
        path = dir + u'/' + appName + u".log"_s;
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 5 * 1024 * 1024, 3);
            logger->sinks().push_back(file);
        } catch (const spdlog::spdlog_ex &e) {
            logger->warn("cannot write the log file {}: {}", path.toStdString(), e.what());
            path.clear();
        }
    }
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    logger->set_level(toSpd(level));
    logger->flush_on(spdlog::level::warn);
    qInstallMessageHandler(qtMessageHandler);
    return path;
}

spdlog::logger &logger()
{
    return *instance();
}

} // namespace Logging

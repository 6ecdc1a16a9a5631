#pragma once

#include <QString>

#include <optional>

namespace spdlog {
class logger;
}

// Console plus a rotating file under the user's data directory; Qt's own messages go to the same place.
namespace Logging {

enum class Level { Trace, Debug, Info, Warning, Error, Critical, Off };

std::optional<Level> levelFromString(const QString &name); // trace, debug, info, warning, error, critical, off
QString levelNames();

// Returns the log file's path, or an empty string when only the console could be set up.
QString setup(const QString &appName, Level level, bool console = true);
QString logDirectory();

spdlog::logger &logger();

} // namespace Logging

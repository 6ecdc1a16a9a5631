#pragma once

#include <QString>

#include <optional>

// The one home of the texts Sentinela writes for durations, ages and shares, so that every page, the kiosk and the
// CLI say "12 s" the same way (translated, locale-aware decimals).

// Precise: "4.2 s" (under 10 s), "12 s", "4 min 10 s", "3 h 2 min", "2 d 4 h"; "unknown" for a negative value.
QString formatDuration(qint64 ms);
// The inverse for command lines: "90s", "30m", "1h", "2d", "1h30m" or plain seconds ("3600"); nullopt otherwise.
std::optional<qint64> parseDurationSeconds(const QString &text);
// Coarse, for ages in narrow cells: "12 s", "3 min", "2 h", "2 d"; "never" for a negative value.
QString formatAge(qint64 ms);
// "99.5%" with the locale's decimal separator; `decimals` digits after it.
QString formatPercent(double percent, int decimals = 1);

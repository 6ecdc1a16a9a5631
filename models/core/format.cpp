#include "core/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

} // namespace

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return FormatText::tr("unknown");
    const qint64 s = ms / 1000;
    if (s < 60)
        return ms < 10000 && ms % 1000 != 0 ? FormatText::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1))
                                            : FormatText::tr("%1 s").arg(s);
    // A round value reads without its zero part: "1 min", "2 h".
    if (s < 3600)
        return s % 60 == 0 ? FormatText::tr("%1 min").arg(s / 60) : FormatText::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return (s % 3600) / 60 == 0 ? FormatText::tr("%1 h").arg(s / 3600)
                                    : FormatText::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return FormatText::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString formatAge(qint64 ms)
{
    if (ms < 0)
        return FormatText::tr("never");
    const qint64 s = ms / 1000;
    if (s < 120)
        return FormatText::tr("%1 s").arg(s);
    if (s < 7200)
        return FormatText::tr("%1 min").arg(s / 60);
    if (s < 2 * 86400)
        return FormatText::tr("%1 h").arg(s / 3600);
    return FormatText::tr("%1 d").arg(s / 86400);
}

QString formatPercent(double percent, int decimals)
{
    return FormatText::tr("%1%").arg(QLocale().toString(percent, 'f', decimals));
}

std::optional<qint64> parseDurationSeconds(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    bool plain = false;
    const qint64 seconds = t.toLongLong(&plain);
    if (plain)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    qint64 total = 0;
    qint64 value = -1;
    for (const QChar c : t) {
        if (c.isDigit()) {
            value = (value < 0 ? 0 : value) * 10 + c.digitValue();
            if (value > 100LL * 365 * 86400)
                return std::nullopt;
            continue;
        }
        qint64 unit = 0;
        switch (c.unicode()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        default:
            return std::nullopt;
        }
        if (value < 0)
            return std::nullopt;
        total += value * unit;
        value = -1;
    }
    if (value >= 0) // a trailing number without a unit
        return std::nullopt;
    return total;
}

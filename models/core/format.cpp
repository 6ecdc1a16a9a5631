#include "core/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Format", text);
}

} // namespace

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return tr("unknown");
    const qint64 s = ms / 1000;
    if (s < 60)
        return ms < 10000 && ms % 1000 != 0 ? tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1))
                                            : tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString formatAge(qint64 ms)
{
    if (ms < 0)
        return tr("never");
    const qint64 s = ms / 1000;
    if (s < 120)
        return tr("%1 s").arg(s);
    if (s < 7200)
        return tr("%1 min").arg(s / 60);
    if (s < 2 * 86400)
        return tr("%1 h").arg(s / 3600);
    return tr("%1 d").arg(s / 86400);
}

QString formatPercent(double percent, int decimals)
{
    return tr("%1%").arg(QLocale().toString(percent, 'f', decimals));
}

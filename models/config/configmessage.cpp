#include "configmessage.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

QString ConfigMessage::toString() const
{
    QString where = file.isEmpty() ? u"<input>"_s : file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    const QString kind = severity == Severity::Error ? QCoreApplication::translate("ConfigMessage", "error")
                                                     : QCoreApplication::translate("ConfigMessage", "warning");
    QString result = where + u": "_s + kind + u": "_s;
    if (!field.isEmpty())
        result += field + u": "_s;
    return result + text;
}

bool hasErrors(const ConfigMessages &messages)
{
    return std::any_of(messages.cbegin(), messages.cend(),
        [](const ConfigMessage &m) { return m.severity == ConfigMessage::Severity::Error; });
}

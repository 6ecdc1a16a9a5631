#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace DataPaths {

QStringList dataDirectories(const QString &executableDir)
{
    QString exeDir = executableDir;
    if (exeDir.isEmpty() && QCoreApplication::instance())
        exeDir = QCoreApplication::applicationDirPath();
    QStringList candidates;
    // An installed (or extracted) tree first, so that a package never reads another copy's data.
    if (!exeDir.isEmpty())
        candidates << QDir::cleanPath(exeDir + u'/' + QStringLiteral(SENTINELA_DATA_FROM_BINDIR));
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        candidates << QDir::cleanPath(dir + u"/sentinela"_s);
    // A build tree: the data lives in the sources (resources/ has the installed share/sentinela layout).
    candidates << QStringLiteral(SENTINELA_SOURCE_DATA_DIR);
    QStringList existing;
    for (const QString &c : std::as_const(candidates))
        if (QFileInfo(c).isDir() && !existing.contains(c))
            existing << c;
    return existing;
}

QString findDataDirectory(const QString &subdirectory, const QString &executableDir)
{
    for (const QString &dir : dataDirectories(executableDir)) {
        const QString candidate = dir + u'/' + subdirectory;
        if (QFileInfo(candidate).isDir())
            return candidate;
    }
    return {};
}

QString profilesDirectory(const QString &executableDir)
{
    return findDataDirectory(u"profiles"_s, executableDir);
}

QString checklistsDirectory(const QString &executableDir)
{
    return findDataDirectory(u"checklists"_s, executableDir);
}

QString shippedProfile(const QString &fileName, const QString &executableDir)
{
    for (const QString &dir : dataDirectories(executableDir)) {
        const QString candidate = dir + u"/profiles/"_s + fileName;
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

} // namespace DataPaths

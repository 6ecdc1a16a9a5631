#pragma once

#include <QString>
#include <QStringList>

// Where the data shipped with Sentinela (profiles, checklist templates) is found: next to the installed executable
// (<prefix>/share/sentinela for <prefix>/bin, the same on Windows), then in the system data directories, then, in a
// build tree, in the source tree's resources/ folder. Nothing here is cached: callers ask when they need it.
namespace DataPaths {

// Candidate data directories in the order they are tried, for the executable in `executableDir` (default: the
// running application's directory). Only existing directories are returned.
QStringList dataDirectories(const QString &executableDir = {});

// The first candidate holding `subdirectory` (e.g. "profiles"); empty when none does.
QString findDataDirectory(const QString &subdirectory, const QString &executableDir = {});

// Shipped profiles (rbb.yaml and others); empty when not found.
QString profilesDirectory(const QString &executableDir = {});
// Shipped checklist templates (Markdown); empty when not found.
QString checklistsDirectory(const QString &executableDir = {});
// The shipped profile `fileName` (default: the RBB profile); empty when not found.
QString shippedProfile(const QString &fileName = QStringLiteral("rbb.yaml"), const QString &executableDir = {});

} // namespace DataPaths

#pragma once

#include <QString>

class QTextStream;

// `sentinela-cli incidents --db FILE [--json] [--open]`: the incidents of a book, most recent first (open ones only
// with `openOnly`), as a table for people or JSON for scripts (incidentjson, the same form as the webhook and
// snapshots). Opens the file read-only: it never migrates nor writes the NOC's database. Exit 0, or 2 with a message
// naming the file when it is missing, not an incident database or of another schema version.
int runIncidentsCommand(const QString &databasePath, bool json, bool openOnly, QTextStream &out, QTextStream &err);

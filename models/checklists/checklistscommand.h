#pragma once

#include <QString>

class QTextStream;

// `sentinela-cli checklists --dir DIR`: validates an Operations Manual folder for an institution's CI (front matter,
// duplicate ids, unknown incident rules). Every finding goes to `err` as file:line: error|warning: field: text; a
// summary goes to `out`. Exit 0 when valid (warnings allowed), 2 otherwise.
int runChecklistsCommand(const QString &folder, QTextStream &out, QTextStream &err);

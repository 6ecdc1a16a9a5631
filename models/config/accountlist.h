#pragma once

#include "configmessage.h"
#include "inventory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Reads an institution's account list (Institution::accountsFile), as exported from a permissioning tool or a
// spreadsheet:
// - CSV: one account per line, "address[,label]"; a first line naming an "address" column is a header (then the
//   "label" / "name" / "description" column, when present, is the label); '#' starts a comment line.
// - JSON: ["0x…", …], [{"address": "0x…", "label": "…"}, …] or {"accounts": [ …either… ]}.
// Chosen by the extension (.json, anything else CSV) or, for standard input-like names, by the first character.
// Every problem is a message naming the file, the line (CSV) or the entry (JSON) and what was expected.
class AccountList
{
    Q_DECLARE_TR_FUNCTIONS(AccountList)

public:
    struct Result
    {
        QList<InstitutionAccount> accounts;
        ConfigMessages messages; // errors make the list unusable
    };
    static Result parse(const QByteArray &content, const QString &fileName);
    static Result readFile(const QString &path);

    // "0x" + 40 lowercase hex digits, or nullopt (also accepts the digits without "0x" and mixed case).
    static std::optional<QString> normalizeAddress(const QString &text);
};

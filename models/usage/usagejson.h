#pragma once

#include "accountdirectory.h"
#include "usageledger.h"

#include <QHash>

#include <nlohmann/json_fwd.hpp>

// The usage ledger and the permissioning contract's answers as one JSON object (the optional "usage" member of a
// snapshot's content): addresses once, buckets as [sender, target, transactions, gas, failed, withoutReceipt] rows by
// address index, blocks as [number, time] pairs. Reading names the field of the first problem.
namespace usagejson {

nlohmann::json toJson(const UsageLedger &ledger, const QHash<QString, AccountDirectory::ContractAnswer> &answers);
bool fromJson(const nlohmann::json &o, const QString &path, UsageLedger &ledger,
    QHash<QString, AccountDirectory::ContractAnswer> &answers, QString *error);

} // namespace usagejson

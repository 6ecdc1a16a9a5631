#pragma once

#include "snapshotdata.h"

#include <nlohmann/json.hpp>

// The header of a snapshot file as JSON, shared by the writer and the reader: the signature covers exactly
// `toJson(header, false).dump()` (nlohmann keeps keys sorted, so the bytes are canonical).
namespace snapshotheader {

nlohmann::json toJson(const SnapshotHeader &header, bool withSignature);
// Reads the fields; *error names the first missing or malformed one.
bool fromJson(const nlohmann::json &o, SnapshotHeader &out, QString *error);

} // namespace snapshotheader

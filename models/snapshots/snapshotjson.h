#pragma once

#include "snapshotdata.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

// The content of a snapshot as JSON (schema snapshot::SchemaVersion). Times are milliseconds since the epoch (UTC),
// binary values 0x-prefixed hex as in JSON-RPC, incidents in their one JSON form (incidentjson). Reading checks
// types and names the field of the first problem; unknown keys are ignored so that later additions stay readable.
namespace snapshotjson {

// With `withBlocks` false the blocks are left out (file format 2 stores them in the block table, blocktable.h).
QByteArray encode(const SnapshotData &data, bool withBlocks = true);
// Without a copy into a QByteArray; `reserveExtra` more bytes are reserved for what the caller appends.
std::string encodeText(const SnapshotData &data, bool withBlocks = true, std::size_t reserveExtra = 0);
// Fills `out` (everything but the header) from a parsed content document of `schemaVersion`; the "blocks" member is
// required unless `blocksInTable` (format 2).
bool decode(const nlohmann::json &doc, int schemaVersion, bool blocksInTable, SnapshotData &out, QString *error);

} // namespace snapshotjson

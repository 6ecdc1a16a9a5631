#pragma once

#include "snapshotdata.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

// The content of a snapshot as JSON (schema snapshot::SchemaVersion). Times are milliseconds since the epoch (UTC),
// binary values 0x-prefixed hex as in JSON-RPC, incidents in their one JSON form (incidentjson). Reading checks
// types and names the field of the first problem; unknown keys are ignored so that later additions stay readable.
namespace snapshotjson {

QByteArray encode(const SnapshotData &data);
std::string encodeText(const SnapshotData &data); // the same without a copy into a QByteArray (the writer's path)
// Fills `out` (everything but the header) from a parsed content document of `schemaVersion`.
bool decode(const nlohmann::json &doc, int schemaVersion, SnapshotData &out, QString *error);

} // namespace snapshotjson

#pragma once

#include "snapshotdata.h"

#include <QByteArray>
#include <QByteArrayView>

// The blocks of a snapshot (headers, receipt time, source node, the decoded seals) as a binary table after the
// content JSON (file format 2). A day of blocks is most of a snapshot; as JSON objects with hex strings it took most
// of the time to write and to read, as fixed-order binary fields it is read in one pass without a parse tree.
//
// Layout (integers little-endian): "SBLK", u32 version, u32 string count, the strings (u32 length + UTF-8; node
// names, so that each block carries an index), u32 block count, then each block: u64 number, timestamp, gasLimit,
// gasUsed; i32 transactionCount; i64 receivedAt in ms (INT64_MIN: unknown); u32 source index; the byte fields
// (u32 length + bytes) hash, parentHash, sha3Uncles, miner, stateRoot, transactionsRoot, receiptsRoot, logsBloom
// (empty: 256 zero bytes), difficulty, extraData, mixHash, nonce; u32 presence bits for the optional fields, each
// present one in bit order; a seal when bit 8 is set.
namespace blocktable {

inline constexpr quint32 Version = 1;

QByteArray encode(const QList<BlockRecord> &blocks, const std::map<quint64, SnapshotSeal> &seals);
// The same appended to `out` (the writer's path: the table follows the JSON in one buffer).
void append(std::string &out, const QList<BlockRecord> &blocks, const std::map<quint64, SnapshotSeal> &seals);
// About how many bytes append() adds: enough to reserve the buffer once.
std::size_t estimate(const QList<BlockRecord> &blocks, const std::map<quint64, SnapshotSeal> &seals);
// Appends the blocks (ascending, as written) and their seals to `out`. On damage returns false with *error naming
// the block and the field; `out` is then left partly filled and must be discarded.
bool decode(QByteArrayView table, QList<BlockRecord> &blocks, std::map<quint64, SnapshotSeal> &seals, QString *error);

} // namespace blocktable

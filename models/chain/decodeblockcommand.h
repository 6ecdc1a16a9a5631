#pragma once

#include <QByteArray>
#include <QTextStream>

namespace chain {

// Backs `sentinela-cli decode-block [FILE|-] [--json]`: `input` is either a whole JSON-RPC reply
// {"jsonrpc":..,"result":{...}} or the block object itself. Writes the report (text or JSON) to `out` and
// problems to `err`. Returns 0 when the block is consistent, 1 when the recomputed hash differs or the commit
// quorum is not met, 2 for input that is not a block (with a message saying what is wrong).
int decodeBlockCommand(const QByteArray &input, bool json, QTextStream &out, QTextStream &err);

} // namespace chain

// Fuzz target for the RLP codec alone (models/chain/rlp): every depth limit, canonical round trips and scalars.
// Seeds: tests/fixtures/fuzz/extradata/seeds (real extraData is RLP).
#include "fuzzsupport.h"

#include "chain/rlp.h"

#include <cstdint>

using fuzzsupport::violated;

namespace {

void walk(const chain::rlp::RlpItem &item, int depth)
{
    if (depth > chain::rlp::DefaultMaxDepth)
        violated("decoded deeper than the depth limit");
    if (!item.isList) {
        QString error;
        const auto scalar = chain::rlp::decodeScalar(item, &error);
        if (!scalar && error.isEmpty())
            violated("scalar failure without a message");
        if (scalar && chain::rlp::encodeScalar(*scalar) != chain::rlp::encodeBytes(item.bytes))
            violated("scalar round trip");
        return;
    }
    for (const auto &child : item.items)
        walk(child, depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzsupport::view(data, size);
    for (const int maxDepth : {1, 2, chain::rlp::DefaultMaxDepth}) {
        QString error;
        const auto item = chain::rlp::decode(input, &error, maxDepth);
        if (!item) {
            if (error.isEmpty())
                violated("RLP failure without a message");
            continue;
        }
        if (chain::rlp::encode(*item) != input)
            violated("RLP decode/encode round trip");
        if (maxDepth == chain::rlp::DefaultMaxDepth)
            walk(*item, item->isList ? 1 : 0);
    }
    // The input as one byte string inside a list: encoding then decoding gives it back.
    const QByteArray wrapped = chain::rlp::encodeList({chain::rlp::encodeBytes(input)});
    const auto back = chain::rlp::decode(wrapped);
    if (!back || back->items.size() != 1 || back->items.first().bytes != input)
        violated("encodeBytes inside a list does not decode back");
    return 0;
}

// Fuzz target for WebSocket messages from a node: `eth_subscription` newHeads notifications and replies to the
// subscriber's own requests, through JsonRpcSubscriber::parseMessage (what its worker thread runs).
// Seeds: the newHeads fixtures of tests/fixtures/rpc and tests/fixtures/besu-rpc, and the block fixtures.
#include "fuzzsupport.h"

#include "chain/blockanalysis.h"
#include "sources/jsonrpcsubscriber.h"

#include <cstdint>

using namespace Qt::StringLiterals;
using fuzzsupport::violated;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzsupport::view(data, size).toByteArray();
    const JsonRpcSubscriber::Parsed p = JsonRpcSubscriber::parseMessage(body, u"ws://fuzz.invalid:8546"_s, 64);
    if (p.notification && p.id)
        violated("a message is a notification or a reply, not both");
    if (!p.notification && !p.id && p.error.isEmpty())
        violated("an unusable message without a message saying why");
    if (p.id && !p.outcome.ok() && p.outcome.error.message.isEmpty())
        violated("reply error without a message");
    if (p.header) {
        if (!p.error.isEmpty())
            violated("a block and an error");
        (void)chain::toText(chain::analyzeBlock(*p.header));
    }
    return 0;
}

// Fuzz target for JSON-RPC replies from a node (HTTP): the depth-limited JSON parser, the envelope (single and
// batched replies matched to their ids) and every typed Besu result parser, as models/sources runs them.
// Seeds: tests/fixtures/besu-rpc and tests/fixtures/rpc.
#include "fuzzsupport.h"

#include "chain/blockanalysis.h"
#include "sources/besuparsers.h"
#include "sources/jsonlimits.h"
#include "sources/jsonrpc.h"

#include <cstdint>

using namespace Qt::StringLiterals;
using fuzzsupport::violated;

namespace {

template<typename T> void expect(const std::optional<T> &value, const QString &error, const char *what)
{
    if (!value && error.isEmpty())
        violated(what);
}

// Every parser of models/sources/besuparsers on one `result`: each either gives a value or says why not.
void parseResult(const nlohmann::json &result)
{
    QString e;
    expect(besu::parseQuantity(result, &e), e, "parseQuantity");
    e.clear();
    expect(besu::parseString(result, &e), e, "parseString");
    e.clear();
    expect(besu::parseData(result, &e), e, "parseData");
    e.clear();
    expect(besu::parseBool(result, &e), e, "parseBool");
    e.clear();
    expect(besu::parseEnode(result, &e), e, "parseEnode");
    e.clear();
    expect(besu::parseSyncing(result, &e), e, "parseSyncing");
    e.clear();
    if (const auto peers = besu::parsePeers(result, &e)) {
        for (const besu::PeerInfo &p : *peers)
            (void)besu::enodePublicKey(p.enode);
    } else if (e.isEmpty()) {
        violated("parsePeers");
    }
    e.clear();
    expect(besu::parseNodeInfo(result, &e), e, "parseNodeInfo");
    e.clear();
    expect(besu::parseAddressList(result, &e), e, "parseAddressList");
    e.clear();
    expect(besu::parseEnodeList(result, &e), e, "parseEnodeList");
    e.clear();
    expect(besu::parseSignerMetrics(result, &e), e, "parseSignerMetrics");
    e.clear();
    expect(besu::parsePendingVotes(result, &e), e, "parsePendingVotes");
    e.clear();
    expect(besu::parseTxPoolStatistics(result, &e), e, "parseTxPoolStatistics");
    e.clear();
    const auto block = besu::parseBlock(result, &e);
    expect(block, e, "parseBlock");
    if (block)
        (void)chain::toText(chain::analyzeBlock(*block));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzsupport::view(data, size).toByteArray();
    (void)besu::enodePublicKey(QString::fromUtf8(body));
    const JsonParseResult json = parseJsonLimited(body, u"http://fuzz.invalid:8545"_s);
    if (!json.ok) {
        if (json.error.isEmpty())
            violated("JSON failure without a message");
        return 0;
    }
    const jsonrpc::Outcome single = jsonrpc::decodeReplyObject(json.value, 1);
    if (!single.ok() && single.error.message.isEmpty())
        violated("reply error without a message");
    parseResult(single.ok() ? single.result : json.value);

    jsonrpc::Error whole;
    const QList<jsonrpc::Outcome> batch = jsonrpc::decodeBatchReply(json.value, 1, 3, &whole);
    if (batch.size() != 3)
        violated("a batch of 3 calls must give 3 outcomes");
    for (const jsonrpc::Outcome &o : batch) {
        if (!o.ok() && o.error.message.isEmpty())
            violated("batch error without a message");
        if (o.ok())
            parseResult(o.result);
    }
    return 0;
}

// Fuzz target for the untrusted-input decoders of models/chain: RLP, BFT extraData and eth_getBlockByNumber JSON.
// Seeds: tests/fixtures/chain and tests/fixtures/fuzz/extradata/seeds (the extraData vectors of qbft-extradata.md).
#include "../unit/chain/chainvectors.h"
#include "fuzzsupport.h"

#include "chain/blockanalysis.h"
#include "chain/blockheader.h"
#include "chain/extradata.h"
#include "chain/hex.h"
#include "chain/rlp.h"

#include <QByteArray>
#include <QList>

#include <nlohmann/json.hpp>

#include <cstdint>

namespace {

using fuzzsupport::violated;

void checkRlp(QByteArrayView input)
{
    QString error;
    const auto item = chain::rlp::decode(input, &error);
    if (!item) {
        if (error.isEmpty())
            violated("RLP failure without a message");
        return;
    }
    // The decoder accepts only canonical encodings, so re-encoding reproduces the input exactly.
    if (chain::rlp::encode(*item) != input)
        violated("RLP decode/encode round trip");
}

void checkExtraData(QByteArrayView input)
{
    for (const std::optional<chain::BftType> type :
        {std::optional<chain::BftType>(), std::optional(chain::BftType::Qbft), std::optional(chain::BftType::Ibft2)}) {
        QString error;
        const auto extra = chain::decodeExtraData(input, type, &error);
        if (!extra) {
            if (error.isEmpty())
                violated("extraData failure without a message");
            continue;
        }
        if (type && extra->type != *type)
            violated("forced type not honoured");
        // Encoding is canonical up to the two spellings of a drop vote, so a second round trip is exact.
        const QByteArray encoded = chain::encodeExtraData(*extra);
        const auto again = chain::decodeExtraData(encoded, extra->type);
        if (!again || !(*again == *extra))
            violated("extraData decode/encode round trip");
        for (const auto mode : {chain::ExtraDataEncoding::WithoutSeals, chain::ExtraDataEncoding::WithoutSealsAndRound})
            if (!chain::rlp::decode(chain::encodeExtraData(*extra, mode)))
                violated("hash-form extraData is not valid RLP");
    }
}

void checkBlockJson(QByteArrayView input)
{
    const auto json = nlohmann::json::parse(input.begin(), input.end(), nullptr, false);
    if (json.is_discarded())
        return;
    QString error;
    const auto header = chain::BlockHeader::fromJson(json, &error);
    if (!header) {
        if (error.isEmpty())
            violated("block JSON failure without a message");
        return;
    }
    const chain::BlockAnalysis a = chain::analyzeBlock(*header);
    if (a.ok() && a.signers.size() > a.validators.size())
        violated("more member signers than validators");
    (void)chain::toText(a);
    (void)chain::toJson(a).dump();
}

// The real QBFT block with its extraData replaced by the input: exercises seal recovery on arbitrary seals.
void checkBlockWithExtra(QByteArrayView input)
{
    static const auto base = chain::BlockHeader::fromJson(nlohmann::json::parse(chainvectors::QbftBlockE5f2));
    chain::BlockHeader header = *base;
    header.extraData = input.toByteArray();
    const chain::BlockAnalysis a = chain::analyzeBlock(header);
    if (a.ok()) {
        if (a.signers.size() + a.nonMemberSigners.size() + a.invalidSeals + a.duplicateSeals != a.seals.size())
            violated("every seal is counted exactly once");
        if (a.quorumMet != (!a.validators.isEmpty() && a.signers.size() >= a.quorum))
            violated("quorum arithmetic");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzsupport::view(data, size);
    checkRlp(input);
    checkExtraData(input);
    checkBlockWithExtra(input);
    checkBlockJson(input);
    return 0;
}

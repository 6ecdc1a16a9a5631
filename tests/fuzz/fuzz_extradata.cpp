// Fuzz target for the untrusted-input decoders of models/chain: RLP, BFT extraData and eth_getBlockByNumber JSON.
// With clang and -DSENTINELA_LIBFUZZER=ON it is a libFuzzer target; otherwise a small built-in driver runs N
// mutated inputs seeded from the known vectors, so the same checks run as a ctest smoke test with g++.
#include "../unit/chain/chainvectors.h"

#include "chain/blockanalysis.h"
#include "chain/blockheader.h"
#include "chain/extradata.h"
#include "chain/hex.h"
#include "chain/rlp.h"

#include <QByteArray>
#include <QList>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>

namespace {

[[noreturn]] void violated(const char *property)
{
    std::fprintf(stderr, "fuzz property violated: %s\n", property);
    std::abort();
}

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
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkRlp(input);
    checkExtraData(input);
    checkBlockWithExtra(input);
    checkBlockJson(input);
    return 0;
}

#ifndef SENTINELA_LIBFUZZER

namespace {

QList<QByteArray> seeds()
{
    QList<QByteArray> corpus;
    const char *const extras[] = {
        // qbft-extradata.md 5.3, 5.4 and the extraData of the two real blocks.
        "f87aa00000000000000000000000000000000000000000000000000000000000000000f8549464a702e6263b7297a96638cac6ae65e654"
        "1f4169943923390ad55e90c237593b3b0e401f3b08a0318594aefdb9a738c9f433e5b6b212a6d62f6370c2f69294c7eeb9a4e00ce683"
        "cf93039b212648e01c6c6b78c080c0",
        "e5a00000000000000000000000000000000000000000000000000000000000000000c0c080c0",
        "f83ea00000000000000000000000000000000000000000000000000000000000000000d594c2ab482b506de561668e07f04547232a7289"
        "7daf808400000000c0",
    };
    for (const char *hex : extras)
        corpus.append(QByteArray::fromHex(hex));
    for (const char *block : {chainvectors::Ibft2Block100, chainvectors::QbftBlockE5f2}) {
        corpus.append(QByteArray(block));
        const auto header = chain::BlockHeader::fromJson(nlohmann::json::parse(block));
        corpus.append(header->extraData);
        corpus.append(header->rlp());
    }
    // 5.1 content with a drop vote and a larger round, both encodings.
    chain::BftExtraData d;
    d.vanity = QByteArray(32, '\x01');
    d.validators = {QByteArray(20, '\x02'), QByteArray(20, '\x03')};
    d.vote = chain::BftVote {QByteArray(20, '\x04'), false};
    d.round = 0xfedcba;
    d.seals = {QByteArray(65, '\x05')};
    corpus.append(chain::encodeExtraData(d));
    d.type = chain::BftType::Ibft2;
    corpus.append(chain::encodeExtraData(d));
    return corpus;
}

QByteArray mutate(const QByteArray &seed, const QList<QByteArray> &corpus, std::mt19937 &rng)
{
    QByteArray out = seed;
    const auto pick = [&rng](qsizetype n) { return n <= 0 ? 0 : qsizetype(rng() % quint64(n)); };
    const int steps = 1 + int(rng() % 4);
    for (int s = 0; s < steps; ++s) {
        switch (rng() % 8) {
        case 0: // flip a bit
            if (!out.isEmpty())
                out[pick(out.size())] ^= char(1 << (rng() % 8));
            break;
        case 1: // set a byte to an interesting value
            if (!out.isEmpty()) {
                static const char interesting[] = {'\x00', '\x7f', '\x80', '\x81', '\xb7', '\xb8', '\xbf', '\xc0',
                    '\xf7', '\xf8', '\xff', '\x37', '\x38'};
                out[pick(out.size())] = interesting[rng() % sizeof(interesting)];
            }
            break;
        case 2: // truncate
            out.truncate(pick(out.size() + 1));
            break;
        case 3: // insert random bytes
            out.insert(pick(out.size() + 1), QByteArray(1 + pick(8), char(rng())));
            break;
        case 4: // delete a range
            if (!out.isEmpty()) {
                const qsizetype at = pick(out.size());
                out.remove(at, 1 + pick(out.size() - at));
            }
            break;
        case 5: // splice with another seed
        {
            const QByteArray &other = corpus[pick(corpus.size())];
            out = out.left(pick(out.size() + 1)) + other.mid(pick(other.size() + 1));
            break;
        }
        case 6: // duplicate a range (nesting, repeated items)
            if (!out.isEmpty()) {
                const qsizetype at = pick(out.size());
                out.insert(at, out.mid(at, 1 + pick(32)));
            }
            break;
        default: // random byte string
            out = QByteArray(pick(96), '\0');
            for (char &c : out)
                c = char(rng());
            break;
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    const long iterations = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 20000;
    const unsigned seed = argc > 2 ? unsigned(std::strtoul(argv[2], nullptr, 10)) : 20240601u;
    std::mt19937 rng(seed);
    const QList<QByteArray> corpus = seeds();
    for (const QByteArray &input : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    for (long i = 0; i < iterations; ++i) {
        const QByteArray input = mutate(corpus[qsizetype(rng() % quint64(corpus.size()))], corpus, rng);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
    std::printf("fuzz_extradata: %zu seeds and %ld mutated inputs (seed %u), no property violated\n",
        size_t(corpus.size()), iterations, seed);
    return 0;
}

#endif

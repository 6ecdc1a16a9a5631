// Seal recovery, Keccak and RLP throughput of models/chain on one core. Prints its figures; with --check it exits
// non-zero when seal recovery is below the 15,000 seals/s target.
#include "../unit/chain/chainvectors.h"

#include "chain/blockanalysis.h"
#include "chain/blockheader.h"
#include "chain/extradata.h"
#include "chain/keccak.h"
#include "chain/rlp.h"
#include "chain/secp256k1.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

#include <nlohmann/json.hpp>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <cstdio>
#include <cstring>

namespace {

constexpr double TargetSealsPerSecond = 15000.0;
constexpr qint64 MinimumRunMs = 1500;

// Runs `body` (which processes `perCall` units) until MinimumRunMs have passed; returns units per second.
template<typename Body> double measure(qint64 perCall, Body body)
{
    QElapsedTimer timer;
    timer.start();
    qint64 units = 0;
    do {
        body();
        units += perCall;
    } while (timer.elapsed() < MinimumRunMs);
    return double(units) * 1e9 / double(timer.nsecsElapsed());
}

QByteArray key(int i)
{
    return chain::keccak256(QByteArray("bench validator ") + QByteArray::number(i));
}

} // namespace

int main(int argc, char **argv)
{
    const bool check = argc > 1 && std::strcmp(argv[1], "--check") == 0;

    // 1000 distinct (hash, seal) pairs from 16 validators.
    QList<QByteArray> hashes;
    QList<QByteArray> seals;
    for (int i = 0; i < 1000; ++i) {
        hashes.append(chain::keccak256(QByteArray::number(i)));
        seals.append(chain::sign(hashes.last(), key(i % 16)));
    }
    volatile int sink = 0;
    const double sealsPerSecond = measure(seals.size(), [&] {
        for (qsizetype i = 0; i < seals.size(); ++i) {
            const auto signer = chain::recoverAddress(hashes[i], seals[i]);
            sink = sink + (signer ? signer->at(0) : 0);
        }
    });
    std::printf("seal recovery: %.0f seals/s (target %.0f: %s)\n", sealsPerSecond, TargetSealsPerSecond,
        sealsPerSecond >= TargetSealsPerSecond ? "ok" : "BELOW");

    // The library's bare recovery on the same machine, to tell our overhead from a slow or busy CPU.
    secp256k1_context *ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    QList<secp256k1_ecdsa_recoverable_signature> parsed(seals.size());
    for (qsizetype i = 0; i < seals.size(); ++i) {
        const auto *s = reinterpret_cast<const unsigned char *>(seals[i].constData());
        sink = sink + secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &parsed[i], s, s[64]);
    }
    const double rawPerSecond = measure(seals.size(), [&] {
        for (qsizetype i = 0; i < seals.size(); ++i) {
            secp256k1_pubkey pub;
            sink = sink
                + secp256k1_ecdsa_recover(
                    ctx, &pub, &parsed[i], reinterpret_cast<const unsigned char *>(hashes[i].constData()));
        }
    });
    secp256k1_context_destroy(ctx);
    std::printf("libsecp256k1 bare recover: %.0f/s (our overhead %.1f%%)\n", rawPerSecond,
        100.0 * (rawPerSecond / sealsPerSecond - 1.0));

    // Whole-block analysis of a synthetic 10-validator QBFT block with 7 seals.
    chain::BlockHeader header = *chain::BlockHeader::fromJson(nlohmann::json::parse(chainvectors::QbftBlockE5f2));
    chain::BftExtraData extra;
    extra.vanity = QByteArray(32, '\0');
    for (int i = 0; i < 10; ++i)
        extra.validators.append(chain::addressFromPrivateKey(key(i)));
    std::sort(extra.validators.begin(), extra.validators.end());
    header.extraData = chain::encodeExtraData(extra);
    const QByteArray sealHash = header.sealHash(extra);
    for (int i = 0; i < 7; ++i)
        extra.seals.append(chain::sign(sealHash, key(i)));
    header.extraData = chain::encodeExtraData(extra);
    header.hash = header.computeHash(extra);
    const double blocksPerSecond = measure(1, [&] {
        const chain::BlockAnalysis a = chain::analyzeBlock(header);
        sink = sink + a.quorumMargin;
    });
    std::printf("block analysis (10 validators, 7 seals): %.0f blocks/s\n", blocksPerSecond);

    const QByteArray headerRlp = header.rlp();
    const double keccakPerSecond = measure(1000, [&] {
        unsigned char digest[32];
        for (int i = 0; i < 1000; ++i)
            chain::keccak256(headerRlp, digest);
        sink = sink + digest[0];
    });
    std::printf("keccak256 of a %lld-byte header: %.0f hashes/s (%.1f MB/s)\n",
        static_cast<long long>(headerRlp.size()), keccakPerSecond, keccakPerSecond * double(headerRlp.size()) / 1e6);

    const double rlpPerSecond = measure(1000, [&] {
        for (int i = 0; i < 1000; ++i) {
            const auto item = chain::rlp::decode(header.extraData);
            sink = sink + int(item->items.size());
        }
    });
    std::printf("RLP decode of a %lld-byte extraData: %.0f decodes/s\n",
        static_cast<long long>(header.extraData.size()), rlpPerSecond);

    const double headerRlpPerSecond = measure(1000, [&] {
        for (int i = 0; i < 1000; ++i)
            sink = sink + int(header.rlp().size());
    });
    std::printf("header RLP encode: %.0f headers/s\n", headerRlpPerSecond);

    return check && sealsPerSecond < TargetSealsPerSecond ? 1 : 0;
}

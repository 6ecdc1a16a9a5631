// Seal recovery, Keccak and RLP throughput of models/chain on one core. Target: seal recovery >= 15,000 seals/s
// (judged in optimised builds, see benchreport.h).
#include "../unit/chain/chainvectors.h"
#include "benchreport.h"

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

namespace {

constexpr double TargetSealsPerSecond = 15000.0;

// Runs `body` (which processes `perCall` units) for at least 1.5 s (0.2 s in quick mode); returns units per second.
template<typename Body> double measure(qint64 perCall, Body body)
{
    const qint64 minimumRunMs = bench::quick() ? 200 : 1500;
    QElapsedTimer timer;
    timer.start();
    qint64 units = 0;
    do {
        body();
        units += perCall;
    } while (timer.elapsed() < minimumRunMs);
    return double(units) * 1e9 / double(timer.nsecsElapsed());
}

QByteArray key(int i)
{
    return chain::keccak256(QByteArray("bench validator ") + QByteArray::number(i));
}

} // namespace

int main()
{
    bench::Report report("chain_seals");

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
    report.figure("seal_recovery",
        QStringLiteral("recover the signer address of a QBFT commit seal (secp256k1 recover + Keccak), one core, "
                       "1,000 distinct seals"),
        sealsPerSecond, "seals/s", bench::Goal::AtLeast, TargetSealsPerSecond);

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
    report.info("bare_recover",
        QStringLiteral("libsecp256k1's bare public-key recovery of the same seals, to tell our overhead from the CPU"),
        rawPerSecond, "recoveries/s");

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
    report.info("block_analysis",
        QStringLiteral("analyzeBlock of a QBFT block with 10 validators and 7 seals (decode, hash, recover, quorum)"),
        blocksPerSecond, "blocks/s");

    const QByteArray headerRlp = header.rlp();
    const double keccakPerSecond = measure(1000, [&] {
        unsigned char digest[32];
        for (int i = 0; i < 1000; ++i)
            chain::keccak256(headerRlp, digest);
        sink = sink + digest[0];
    });
    report.info("keccak", QStringLiteral("Keccak-256 of a %1-byte RLP block header").arg(headerRlp.size()),
        keccakPerSecond, "hashes/s");

    const double rlpPerSecond = measure(1000, [&] {
        for (int i = 0; i < 1000; ++i) {
            const auto item = chain::rlp::decode(header.extraData);
            sink = sink + int(item->items.size());
        }
    });
    report.info("rlp_decode", QStringLiteral("RLP decode of a %1-byte QBFT extraData").arg(header.extraData.size()),
        rlpPerSecond, "decodes/s");

    const double headerRlpPerSecond = measure(1000, [&] {
        for (int i = 0; i < 1000; ++i)
            sink = sink + int(header.rlp().size());
    });
    report.info("header_rlp", QStringLiteral("RLP encode of a block header"), headerRlpPerSecond, "headers/s");
    return report.exitCode();
}

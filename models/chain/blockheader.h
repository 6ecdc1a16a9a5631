#pragma once

#include "chain/extradata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace chain {

// An Ethereum block header as returned by eth_getBlockByNumber / eth_getBlockByHash / newHeads, with every field
// that enters the header RLP, plus the node-reported hash, transaction count and size.
struct BlockHeader
{
    QByteArray parentHash; // 32 bytes
    QByteArray sha3Uncles; // 32
    QByteArray miner; // 20 (coinbase; the proposer in BFT)
    QByteArray stateRoot; // 32
    QByteArray transactionsRoot; // 32
    QByteArray receiptsRoot; // 32
    QByteArray logsBloom; // 256
    QByteArray difficulty; // minimal big-endian (may exceed 64 bits on PoW chains)
    quint64 number = 0;
    quint64 gasLimit = 0;
    quint64 gasUsed = 0;
    quint64 timestamp = 0; // seconds since the epoch
    QByteArray extraData;
    QByteArray mixHash; // 32
    QByteArray nonce; // 8
    // Post-London / later forks, present only when the block has them (appended to the RLP in this order).
    std::optional<QByteArray> baseFeePerGas; // minimal big-endian
    std::optional<QByteArray> withdrawalsRoot; // 32
    std::optional<quint64> blobGasUsed;
    std::optional<quint64> excessBlobGas;
    std::optional<QByteArray> parentBeaconBlockRoot; // 32
    std::optional<QByteArray> requestsHash; // 32

    // As reported by the node (not part of the RLP).
    QByteArray hash; // 32, or empty when the reply had none (pending block)
    int transactionCount = 0; // length of "transactions" (hashes or objects); 0 when absent
    std::optional<quint64> size;
    // Keys of the JSON object that are neither header fields this codec hashes nor known reply-only members
    // (hash, size, totalDifficulty, transactions, uncles, withdrawals, author), sorted. A later fork's header field
    // lands here: with any of them the header RLP, and so the hash and the seal hash, cannot be rebuilt.
    QStringList unknownFields;

    // Parses an eth_getBlockByNumber `result` object (transactions as hashes or full objects, or absent as in
    // newHeads). On failure returns nullopt and *error names the field and the problem.
    static std::optional<BlockHeader> fromJson(const nlohmann::json &blockObject, QString *error = nullptr);

    // RLP of the header list; extraOverride replaces extraData (pass the seal/hash form of the BFT extra).
    // Fields in unknownFields are not part of it.
    QByteArray rlp(const QByteArray &extraOverride) const;
    QByteArray rlp() const { return rlp(extraData); }

    // keccak256 of the header with the committed-seal form of the extra (QBFT: seals c0; IBFT 2.0: 4 elements).
    // Block 0 keeps its raw extraData, as Besu's BftBlockHashing.serializeHeader does for the genesis.
    QByteArray sealHash(const BftExtraData &extra) const;
    // keccak256 of the header with the on-chain hash form of the extra (QBFT: round 80, seals c0; IBFT 2.0:
    // 3 elements); block 0 with its raw extraData. For a BFT block this must equal `hash`.
    QByteArray computeHash(const BftExtraData &extra) const;

    // Convenience forms that decode extraData as `type` first; nullopt + *error when it does not decode.
    std::optional<QByteArray> sealHash(BftType type, QString *error = nullptr) const;
    std::optional<QByteArray> computeHash(BftType type, QString *error = nullptr) const;
};

} // namespace chain

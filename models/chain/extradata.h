#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// The BFT extraData field of Besu QBFT and IBFT 2.0 block headers:
// RLP([vanity, validators, vote, round, seals]); see docs on the two encodings of vote and round.
namespace chain {

enum class BftType { Qbft, Ibft2 };

// "QBFT" / "IBFT 2.0".
QString bftTypeName(BftType type);

struct BftVote
{
    QByteArray address; // 20 bytes
    bool add = false; // true: vote to add `address`; false: vote to drop it

    friend bool operator==(const BftVote &, const BftVote &) = default;
};

struct BftExtraData
{
    BftType type = BftType::Qbft;
    QByteArray vanity; // 32 bytes in every Besu block; other lengths are accepted when decoding
    QList<QByteArray> validators; // 20-byte addresses; empty when validators come from a contract
    std::optional<BftVote> vote;
    quint32 round = 0;
    QList<QByteArray> seals; // 65-byte committed seals r || s || recId

    friend bool operator==(const BftExtraData &, const BftExtraData &) = default;
};

enum class ExtraDataEncoding {
    Full, // what the block carries
    WithoutSeals, // committed-seal hash input.  QBFT: seals -> c0.  IBFT 2.0: 4-element list without seals
    WithoutSealsAndRound, // block hash input.   QBFT: round -> 80, seals -> c0.  IBFT 2.0: 3-element list
};

// Decodes extraData. With `forced` set, decodes strictly as that type (e.g. blocks at or after a configured
// QBFT startBlock are QBFT). Without it, detects the type: a 4-byte round item or an empty-string vote (80)
// means IBFT 2.0 (a drop vote 00 then also fits), anything else QBFT; if the detected type does not decode,
// the other is tried before failing with the first error.
// Errors (nullopt + *error): empty input, malformed RLP, not a 5-item list, validator or vote address not
// 20 bytes, vote type other than ff/80/00, QBFT round with a leading zero or over 4 bytes, IBFT 2.0 round not
// exactly 4 bytes, a seal not 65 bytes.
std::optional<BftExtraData> decodeExtraData(
    QByteArrayView extraData, std::optional<BftType> forced = {}, QString *error = nullptr);

QByteArray encodeExtraData(const BftExtraData &data, ExtraDataEncoding mode = ExtraDataEncoding::Full);

// The vote item alone as encoded for the type (QBFT none = c0, drop = [addr, 80]; IBFT 2.0 none = 80,
// drop = [addr, 00]; add = [addr, ff] for both). Exposed for tests and tools.
QByteArray encodeVote(const std::optional<BftVote> &vote, BftType type);
// The round item alone (QBFT minimal scalar; IBFT 2.0 fixed 4 bytes).
QByteArray encodeRound(quint32 round, BftType type);

} // namespace chain

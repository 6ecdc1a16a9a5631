#include "chain/blockheader.h"

#include "chain/hex.h"
#include "chain/keccak.h"
#include "chain/rlp.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace chain {

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct BlockHeaderText
{
    Q_DECLARE_TR_FUNCTIONS(BlockHeaderText)
};

// Reads the fields of one block object, stopping at the first problem and remembering which field it was.
class FieldReader
{
public:
    explicit FieldReader(const nlohmann::json &object)
        : m_object(object)
    {
    }

    const nlohmann::json *find(const char *name, bool required)
    {
        const auto it = m_object.find(name);
        if (it == m_object.end() || it->is_null()) {
            if (required)
                fail(name, BlockHeaderText::tr("missing"));
            return nullptr;
        }
        if (!it->is_string()) {
            fail(name, BlockHeaderText::tr("expected a hex string"));
            return nullptr;
        }
        return &*it;
    }

    // Fixed-size data (expectedSize > 0) or any size (expectedSize < 0).
    std::optional<QByteArray> data(const char *name, qsizetype expectedSize, bool required = true)
    {
        const nlohmann::json *value = find(name, required);
        if (!value)
            return std::nullopt;
        QString why;
        auto bytes = fromHex(value->get_ref<const std::string &>(), &why);
        if (!bytes) {
            fail(name, why);
            return std::nullopt;
        }
        if (expectedSize >= 0 && bytes->size() != expectedSize) {
            fail(name, BlockHeaderText::tr("expected %1 bytes, got %2").arg(expectedSize).arg(bytes->size()));
            return std::nullopt;
        }
        return bytes;
    }

    std::optional<QByteArray> bigQuantity(const char *name, bool required = true)
    {
        const nlohmann::json *value = find(name, required);
        if (!value)
            return std::nullopt;
        QString why;
        auto bytes = quantityBytesFromHex(value->get_ref<const std::string &>(), &why);
        if (!bytes) {
            fail(name, why);
            return std::nullopt;
        }
        if (bytes->size() > 32) {
            fail(name, BlockHeaderText::tr("quantity exceeds 256 bits"));
            return std::nullopt;
        }
        return bytes;
    }

    std::optional<quint64> quantity(const char *name, bool required = true)
    {
        const nlohmann::json *value = find(name, required);
        if (!value)
            return std::nullopt;
        QString why;
        auto number = quantityFromHex(value->get_ref<const std::string &>(), &why);
        if (!number)
            fail(name, why);
        return number;
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const char *name, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = BlockHeaderText::tr("block field \"%1\": %2").arg(QLatin1StringView(name), why);
    }

private:
    const nlohmann::json &m_object;
    QString m_error;
};

// The members of Besu's BlockResult (and newHeads) that are not header fields, so not part of the hash.
constexpr const char *ReplyOnlyMembers[]
    = {"hash", "size", "totalDifficulty", "transactions", "uncles", "withdrawals", "author"};
// The header fields fromJson reads, in RLP order.
constexpr const char *HeaderFields[] = {"parentHash", "sha3Uncles", "miner", "stateRoot", "transactionsRoot",
    "receiptsRoot", "logsBloom", "difficulty", "number", "gasLimit", "gasUsed", "timestamp", "extraData", "mixHash",
    "nonce", "baseFeePerGas", "withdrawalsRoot", "blobGasUsed", "excessBlobGas", "parentBeaconBlockRoot",
    "requestsHash"};

bool isKnownMember(const std::string &key)
{
    for (const char *name : ReplyOnlyMembers) {
        if (key == name)
            return true;
    }
    for (const char *name : HeaderFields) {
        if (key == name)
            return true;
    }
    return false;
}

// Besu's BftBlockHashing.serializeHeader: the genesis is hashed with the extraData it carries, later blocks with
// the seal or hash form of their BFT extra.
QByteArray extraFor(const BlockHeader &header, const BftExtraData &extra, ExtraDataEncoding mode)
{
    if (header.number == 0)
        return header.extraData;
    return encodeExtraData(extra, mode);
}

} // namespace

std::optional<BlockHeader> BlockHeader::fromJson(const nlohmann::json &blockObject, QString *error)
{
    if (!blockObject.is_object()) {
        if (error)
            *error = blockObject.is_null() ? BlockHeaderText::tr("the block is null (unknown block number or hash?)")
                                           : BlockHeaderText::tr("the block is not a JSON object");
        return std::nullopt;
    }
    FieldReader r(blockObject);
    BlockHeader h;
    // Each assignment is guarded: after the first failure the reader returns nullopt for the remaining fields.
    auto take = [](std::optional<QByteArray> v, QByteArray &out) {
        if (v)
            out = std::move(*v);
    };
    auto takeNumber = [](std::optional<quint64> v, quint64 &out) {
        if (v)
            out = *v;
    };
    take(r.data("parentHash", 32), h.parentHash);
    take(r.data("sha3Uncles", 32), h.sha3Uncles);
    take(r.data("miner", 20), h.miner);
    take(r.data("stateRoot", 32), h.stateRoot);
    take(r.data("transactionsRoot", 32), h.transactionsRoot);
    take(r.data("receiptsRoot", 32), h.receiptsRoot);
    take(r.data("logsBloom", 256), h.logsBloom);
    take(r.bigQuantity("difficulty"), h.difficulty);
    takeNumber(r.quantity("number"), h.number);
    takeNumber(r.quantity("gasLimit"), h.gasLimit);
    takeNumber(r.quantity("gasUsed"), h.gasUsed);
    takeNumber(r.quantity("timestamp"), h.timestamp);
    take(r.data("extraData", -1), h.extraData);
    take(r.data("mixHash", 32), h.mixHash);
    take(r.data("nonce", 8), h.nonce);
    h.baseFeePerGas = r.bigQuantity("baseFeePerGas", false);
    h.withdrawalsRoot = r.data("withdrawalsRoot", 32, false);
    h.blobGasUsed = r.quantity("blobGasUsed", false);
    h.excessBlobGas = r.quantity("excessBlobGas", false);
    h.parentBeaconBlockRoot = r.data("parentBeaconBlockRoot", 32, false);
    h.requestsHash = r.data("requestsHash", 32, false);
    take(r.data("hash", 32, false), h.hash);
    h.size = r.quantity("size", false);
    if (!r.failed()) {
        const auto tx = blockObject.find("transactions");
        if (tx != blockObject.end() && !tx->is_null()) {
            if (!tx->is_array())
                r.fail("transactions", BlockHeaderText::tr("expected an array"));
            else
                h.transactionCount = static_cast<int>(tx->size());
        }
    }
    // The header RLP needs each later-fork field only when all earlier ones are present; a gap is malformed.
    if (!r.failed()) {
        const bool present[] = {h.baseFeePerGas.has_value(), h.withdrawalsRoot.has_value(), h.blobGasUsed.has_value(),
            h.excessBlobGas.has_value(), h.parentBeaconBlockRoot.has_value(), h.requestsHash.has_value()};
        static const char *const names[] = {"baseFeePerGas", "withdrawalsRoot", "blobGasUsed", "excessBlobGas",
            "parentBeaconBlockRoot", "requestsHash"};
        for (size_t i = 1; i < std::size(present); ++i) {
            if (present[i] && !present[i - 1]) {
                r.fail(names[i], BlockHeaderText::tr("present without \"%1\"").arg(QLatin1StringView(names[i - 1])));
                break;
            }
        }
    }
    if (r.failed()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    for (auto it = blockObject.begin(); it != blockObject.end(); ++it) {
        if (!isKnownMember(it.key()))
            h.unknownFields.append(QString::fromStdString(it.key()));
    }
    h.unknownFields.sort();
    return h;
}

QByteArray BlockHeader::rlp(const QByteArray &extraOverride) const
{
    QList<QByteArray> items;
    items.reserve(21);
    items.append(rlp::encodeBytes(parentHash));
    items.append(rlp::encodeBytes(sha3Uncles));
    items.append(rlp::encodeBytes(miner));
    items.append(rlp::encodeBytes(stateRoot));
    items.append(rlp::encodeBytes(transactionsRoot));
    items.append(rlp::encodeBytes(receiptsRoot));
    items.append(rlp::encodeBytes(logsBloom));
    items.append(rlp::encodeScalarBytes(difficulty));
    items.append(rlp::encodeScalar(number));
    items.append(rlp::encodeScalar(gasLimit));
    items.append(rlp::encodeScalar(gasUsed));
    items.append(rlp::encodeScalar(timestamp));
    items.append(rlp::encodeBytes(extraOverride));
    items.append(rlp::encodeBytes(mixHash));
    items.append(rlp::encodeBytes(nonce));
    if (baseFeePerGas)
        items.append(rlp::encodeScalarBytes(*baseFeePerGas));
    if (withdrawalsRoot)
        items.append(rlp::encodeBytes(*withdrawalsRoot));
    if (blobGasUsed)
        items.append(rlp::encodeScalar(*blobGasUsed));
    if (excessBlobGas)
        items.append(rlp::encodeScalar(*excessBlobGas));
    if (parentBeaconBlockRoot)
        items.append(rlp::encodeBytes(*parentBeaconBlockRoot));
    if (requestsHash)
        items.append(rlp::encodeBytes(*requestsHash));
    return rlp::encodeList(items);
}

QByteArray BlockHeader::sealHash(const BftExtraData &extra) const
{
    return keccak256(rlp(extraFor(*this, extra, ExtraDataEncoding::WithoutSeals)));
}

QByteArray BlockHeader::computeHash(const BftExtraData &extra) const
{
    return keccak256(rlp(extraFor(*this, extra, ExtraDataEncoding::WithoutSealsAndRound)));
}

std::optional<QByteArray> BlockHeader::sealHash(BftType type, QString *error) const
{
    const auto extra = decodeExtraData(extraData, type, error);
    if (!extra)
        return std::nullopt;
    return sealHash(*extra);
}

std::optional<QByteArray> BlockHeader::computeHash(BftType type, QString *error) const
{
    const auto extra = decodeExtraData(extraData, type, error);
    if (!extra)
        return std::nullopt;
    return computeHash(*extra);
}

} // namespace chain

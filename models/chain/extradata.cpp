#include "chain/extradata.h"

#include "chain/rlp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chain {

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct ExtraDataText
{
    Q_DECLARE_TR_FUNCTIONS(ExtraData)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool decodeVote(const rlp::RlpItem &item, BftType type, std::optional<BftVote> &vote, QString *error)
{
    if (type == BftType::Qbft) {
        if (item.isList && item.items.isEmpty()) {
            vote.reset();
            return true;
        }
        if (!item.isList)
            return fail(error, ExtraDataText::tr("extraData vote: QBFT expects a list, found a byte string"));
    } else {
        if (!item.isList && item.bytes.isEmpty()) {
            vote.reset();
            return true;
        }
        if (!item.isList)
            return fail(error, ExtraDataText::tr("extraData vote: IBFT 2.0 expects an empty string or a list"));
    }
    if (item.items.size() != 2)
        return fail(error,
            ExtraDataText::tr("extraData vote: expected [address, type], found %1 items").arg(item.items.size()));
    const rlp::RlpItem &address = item.items[0];
    const rlp::RlpItem &kind = item.items[1];
    if (address.isList || address.bytes.size() != 20)
        return fail(error, ExtraDataText::tr("extraData vote: the address must be 20 bytes"));
    if (kind.isList || kind.bytes.size() > 1)
        return fail(error, ExtraDataText::tr("extraData vote: the vote type must be a single byte"));
    // An empty string reads as the byte 0x00, which is how QBFT writes a drop vote (80).
    const quint8 value = kind.bytes.isEmpty() ? 0 : static_cast<quint8>(kind.bytes[0]);
    if (value != 0xff && value != 0x00)
        return fail(error,
            ExtraDataText::tr("extraData vote: invalid vote type 0x%1 (expected 0xff add or 0x00 drop)")
                .arg(value, 2, 16, QLatin1Char('0')));
    vote = BftVote {address.bytes, value == 0xff};
    return true;
}

bool decodeRound(const rlp::RlpItem &item, BftType type, quint32 &round, QString *error)
{
    if (item.isList)
        return fail(error, ExtraDataText::tr("extraData round: expected a byte string, found a list"));
    if (type == BftType::Ibft2) {
        if (item.bytes.size() != 4)
            return fail(error,
                ExtraDataText::tr("extraData round: IBFT 2.0 expects exactly 4 bytes, found %1")
                    .arg(item.bytes.size()));
    } else {
        if (!item.bytes.isEmpty() && item.bytes[0] == 0)
            return fail(error, ExtraDataText::tr("extraData round: QBFT round has a leading zero byte"));
        if (item.bytes.size() > 4)
            return fail(
                error, ExtraDataText::tr("extraData round: QBFT round of %1 bytes exceeds 4").arg(item.bytes.size()));
    }
    quint32 value = 0;
    for (const char b : item.bytes)
        value = (value << 8) | static_cast<quint8>(b);
    round = value;
    return true;
}

std::optional<BftExtraData> decodeAs(const rlp::RlpItem &root, BftType type, QString *error)
{
    if (!root.isList) {
        fail(error, ExtraDataText::tr("extraData is not an RLP list"));
        return std::nullopt;
    }
    if (root.items.size() != 5) {
        fail(error,
            ExtraDataText::tr("extraData: expected 5 items [vanity, validators, vote, round, seals], found %1")
                .arg(root.items.size()));
        return std::nullopt;
    }
    BftExtraData data;
    data.type = type;
    const rlp::RlpItem &vanity = root.items[0];
    if (vanity.isList) {
        fail(error, ExtraDataText::tr("extraData vanity: expected a byte string, found a list"));
        return std::nullopt;
    }
    data.vanity = vanity.bytes;

    const rlp::RlpItem &validators = root.items[1];
    if (!validators.isList) {
        fail(error, ExtraDataText::tr("extraData validators: expected a list"));
        return std::nullopt;
    }
    data.validators.reserve(validators.items.size());
    for (qsizetype i = 0; i < validators.items.size(); ++i) {
        const rlp::RlpItem &v = validators.items[i];
        if (v.isList || v.bytes.size() != 20) {
            fail(error, ExtraDataText::tr("extraData validators: item %1 is not a 20-byte address").arg(i));
            return std::nullopt;
        }
        data.validators.append(v.bytes);
    }
    if (!decodeVote(root.items[2], type, data.vote, error))
        return std::nullopt;
    if (!decodeRound(root.items[3], type, data.round, error))
        return std::nullopt;

    const rlp::RlpItem &seals = root.items[4];
    if (!seals.isList) {
        fail(error, ExtraDataText::tr("extraData seals: expected a list"));
        return std::nullopt;
    }
    data.seals.reserve(seals.items.size());
    for (qsizetype i = 0; i < seals.items.size(); ++i) {
        const rlp::RlpItem &s = seals.items[i];
        if (s.isList || s.bytes.size() != 65) {
            fail(error, ExtraDataText::tr("extraData seals: item %1 is not a 65-byte signature").arg(i));
            return std::nullopt;
        }
        data.seals.append(s.bytes);
    }
    return data;
}

BftType detectType(const rlp::RlpItem &root)
{
    if (!root.isList || root.items.size() != 5)
        return BftType::Qbft;
    const rlp::RlpItem &vote = root.items[2];
    const rlp::RlpItem &round = root.items[3];
    if (!round.isList && round.bytes.size() == 4)
        return BftType::Ibft2;
    if (!vote.isList && vote.bytes.isEmpty())
        return BftType::Ibft2;
    return BftType::Qbft;
}

} // namespace

QString bftTypeName(BftType type)
{
    return type == BftType::Qbft ? u"QBFT"_s : u"IBFT 2.0"_s;
}

std::optional<BftExtraData> decodeExtraData(QByteArrayView extraData, std::optional<BftType> forced, QString *error)
{
    if (extraData.isEmpty()) {
        fail(error, ExtraDataText::tr("invalid extraData: empty, BFT extra data required"));
        return std::nullopt;
    }
    QString rlpError;
    const auto root = rlp::decode(extraData, &rlpError);
    if (!root) {
        fail(error, ExtraDataText::tr("invalid extraData: %1").arg(rlpError));
        return std::nullopt;
    }
    if (forced)
        return decodeAs(*root, *forced, error);
    const BftType detected = detectType(*root);
    QString firstError;
    if (auto data = decodeAs(*root, detected, &firstError))
        return data;
    const BftType other = detected == BftType::Qbft ? BftType::Ibft2 : BftType::Qbft;
    if (auto data = decodeAs(*root, other, nullptr))
        return data;
    fail(error, firstError);
    return std::nullopt;
}

QByteArray encodeVote(const std::optional<BftVote> &vote, BftType type)
{
    if (!vote)
        return type == BftType::Qbft ? rlp::encodeList({}) : rlp::encodeBytes({});
    const char kind = vote->add ? static_cast<char>(0xff) : char(0);
    QByteArray kindItem;
    if (vote->add)
        kindItem = rlp::encodeBytes(QByteArrayView(&kind, 1));
    else
        kindItem = type == BftType::Qbft ? rlp::encodeScalar(0) : rlp::encodeBytes(QByteArrayView(&kind, 1));
    return rlp::encodeList({rlp::encodeBytes(vote->address), kindItem});
}

QByteArray encodeRound(quint32 round, BftType type)
{
    if (type == BftType::Qbft)
        return rlp::encodeScalar(round);
    const char be[4] = {static_cast<char>(round >> 24), static_cast<char>(round >> 16), static_cast<char>(round >> 8),
        static_cast<char>(round)};
    return rlp::encodeBytes(QByteArrayView(be, 4));
}

QByteArray encodeExtraData(const BftExtraData &data, ExtraDataEncoding mode)
{
    QList<QByteArray> items;
    items.reserve(5);
    items.append(rlp::encodeBytes(data.vanity));
    QList<QByteArray> validators;
    validators.reserve(data.validators.size());
    for (const QByteArray &v : data.validators)
        validators.append(rlp::encodeBytes(v));
    items.append(rlp::encodeList(validators));
    items.append(encodeVote(data.vote, data.type));

    if (data.type == BftType::Ibft2) {
        if (mode != ExtraDataEncoding::WithoutSealsAndRound)
            items.append(encodeRound(data.round, data.type));
        if (mode == ExtraDataEncoding::Full) {
            QList<QByteArray> seals;
            seals.reserve(data.seals.size());
            for (const QByteArray &s : data.seals)
                seals.append(rlp::encodeBytes(s));
            items.append(rlp::encodeList(seals));
        }
        return rlp::encodeList(items);
    }

    items.append(encodeRound(mode == ExtraDataEncoding::WithoutSealsAndRound ? 0 : data.round, data.type));
    QList<QByteArray> seals;
    if (mode == ExtraDataEncoding::Full) {
        seals.reserve(data.seals.size());
        for (const QByteArray &s : data.seals)
            seals.append(rlp::encodeBytes(s));
    }
    items.append(rlp::encodeList(seals));
    return rlp::encodeList(items);
}

} // namespace chain

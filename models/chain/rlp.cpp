#include "chain/rlp.h"

#include <QCoreApplication>

namespace chain::rlp {

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct RlpText
{
    Q_DECLARE_TR_FUNCTIONS(Rlp)
};

// Number of bytes needed for value in big-endian without leading zeros (0 for zero).
int byteLength(quint64 value)
{
    int n = 0;
    while (value != 0) {
        ++n;
        value >>= 8;
    }
    return n;
}

void appendBigEndian(QByteArray &out, quint64 value, int length)
{
    for (int i = length - 1; i >= 0; --i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

QByteArray prefixed(quint8 shortBase, qsizetype payloadSize, qsizetype reserveExtra)
{
    QByteArray out;
    const auto size = static_cast<quint64>(payloadSize);
    if (size < 56) {
        out.reserve(1 + reserveExtra);
        out.append(static_cast<char>(shortBase + size));
    } else {
        const int lengthBytes = byteLength(size);
        out.reserve(1 + lengthBytes + reserveExtra);
        out.append(static_cast<char>(shortBase + 55 + lengthBytes));
        appendBigEndian(out, size, lengthBytes);
    }
    return out;
}

class Decoder
{
public:
    Decoder(QByteArrayView input, int maxDepth)
        : m_data(reinterpret_cast<const quint8 *>(input.data()))
        , m_maxDepth(maxDepth)
    {
    }

    // Decodes the item starting at pos, which must end at or before `end`; returns the position after it.
    bool item(qsizetype pos, qsizetype end, int depth, RlpItem &out, qsizetype &next)
    {
        if (pos >= end)
            return fail(pos, RlpText::tr("truncated input: an item was expected"));
        const quint8 prefix = m_data[pos];
        if (prefix < 0x80) {
            out.isList = false;
            out.bytes = QByteArray(reinterpret_cast<const char *>(m_data + pos), 1);
            next = pos + 1;
            return true;
        }
        const bool isList = prefix >= 0xc0;
        const quint8 base = isList ? 0xc0 : 0x80;
        qsizetype headerSize = 1;
        quint64 length = 0;
        if (prefix - base < 56) {
            length = prefix - base;
        } else {
            const int lengthBytes = prefix - base - 55;
            if (pos + 1 + lengthBytes > end)
                return fail(pos, RlpText::tr("truncated input: the length of the item does not fit"));
            if (m_data[pos + 1] == 0)
                return fail(pos, RlpText::tr("non-canonical length: leading zero byte"));
            for (int i = 0; i < lengthBytes; ++i)
                length = (length << 8) | m_data[pos + 1 + i];
            if (length < 56)
                return fail(pos, RlpText::tr("non-canonical length: long form used for %1 bytes").arg(length));
            headerSize += lengthBytes;
        }
        const qsizetype payload = pos + headerSize;
        if (length > static_cast<quint64>(end - payload))
            return fail(pos,
                RlpText::tr("truncated input: the item claims %1 bytes but only %2 remain")
                    .arg(length)
                    .arg(end - payload));
        const qsizetype payloadEnd = payload + static_cast<qsizetype>(length);
        next = payloadEnd;
        out.isList = isList;
        if (!isList) {
            if (length == 1 && m_data[payload] < 0x80)
                return fail(pos, RlpText::tr("non-canonical encoding: single byte below 0x80 written with a prefix"));
            out.bytes = QByteArray(reinterpret_cast<const char *>(m_data + payload), static_cast<qsizetype>(length));
            return true;
        }
        if (depth + 1 > m_maxDepth)
            return fail(pos, RlpText::tr("nesting deeper than %1 levels").arg(m_maxDepth));
        qsizetype p = payload;
        while (p < payloadEnd) {
            RlpItem child;
            qsizetype after = 0;
            if (!item(p, payloadEnd, depth + 1, child, after))
                return false;
            out.items.append(std::move(child));
            p = after;
        }
        return true;
    }

    QString error;

private:
    bool fail(qsizetype pos, const QString &message)
    {
        if (error.isEmpty())
            error = RlpText::tr("RLP at offset %1: %2").arg(pos).arg(message);
        return false;
    }

    const quint8 *m_data;
    int m_maxDepth;
};

} // namespace

QByteArray encodeBytes(QByteArrayView bytes)
{
    if (bytes.size() == 1 && static_cast<quint8>(bytes[0]) < 0x80)
        return bytes.toByteArray();
    QByteArray out = prefixed(0x80, bytes.size(), bytes.size());
    out.append(bytes);
    return out;
}

QByteArray encodeScalar(quint64 value)
{
    if (value == 0)
        return QByteArray(1, static_cast<char>(0x80));
    if (value < 0x80)
        return QByteArray(1, static_cast<char>(value));
    const int n = byteLength(value);
    QByteArray out;
    out.reserve(1 + n);
    out.append(static_cast<char>(0x80 + n));
    appendBigEndian(out, value, n);
    return out;
}

QByteArray encodeScalarBytes(QByteArrayView bigEndian)
{
    qsizetype first = 0;
    while (first < bigEndian.size() && bigEndian[first] == 0)
        ++first;
    return encodeBytes(bigEndian.sliced(first));
}

QByteArray encodeList(const QList<QByteArray> &encodedItems)
{
    qsizetype payload = 0;
    for (const QByteArray &item : encodedItems)
        payload += item.size();
    QByteArray out = prefixed(0xc0, payload, payload);
    for (const QByteArray &item : encodedItems)
        out.append(item);
    return out;
}

QByteArray encode(const RlpItem &item)
{
    if (!item.isList)
        return encodeBytes(item.bytes);
    QList<QByteArray> encoded;
    encoded.reserve(item.items.size());
    for (const RlpItem &child : item.items)
        encoded.append(encode(child));
    return encodeList(encoded);
}

std::optional<RlpItem> decode(QByteArrayView input, QString *error, int maxDepth)
{
    Decoder decoder(input, maxDepth);
    if (input.isEmpty()) {
        if (error)
            *error = RlpText::tr("RLP: empty input");
        return std::nullopt;
    }
    RlpItem result;
    qsizetype next = 0;
    if (!decoder.item(0, input.size(), 0, result, next)) {
        if (error)
            *error = decoder.error;
        return std::nullopt;
    }
    if (next != input.size()) {
        if (error)
            *error
                = RlpText::tr("RLP at offset %1: %2 trailing bytes after the item").arg(next).arg(input.size() - next);
        return std::nullopt;
    }
    return result;
}

std::optional<quint64> decodeScalar(const RlpItem &item, QString *error, int maxBytes)
{
    if (item.isList) {
        if (error)
            *error = RlpText::tr("RLP: a scalar was expected but found a list");
        return std::nullopt;
    }
    if (!item.bytes.isEmpty() && item.bytes[0] == 0) {
        if (error)
            *error = RlpText::tr("RLP: scalar has a leading zero byte");
        return std::nullopt;
    }
    if (item.bytes.size() > maxBytes || item.bytes.size() > 8) {
        if (error)
            *error
                = RlpText::tr("RLP: scalar of %1 bytes exceeds the maximum of %2").arg(item.bytes.size()).arg(maxBytes);
        return std::nullopt;
    }
    quint64 value = 0;
    for (const char b : item.bytes)
        value = (value << 8) | static_cast<quint8>(b);
    return value;
}

} // namespace chain::rlp

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// Strict Recursive Length Prefix codec (Ethereum Yellow Paper, appendix B).
namespace chain::rlp {

// A decoded item: either a byte string (isList == false, payload in `bytes`) or a list of items.
struct RlpItem
{
    bool isList = false;
    QByteArray bytes;
    QList<RlpItem> items;

    // Spelled out: a defaulted operator== would compare QList<RlpItem> while RlpItem is still incomplete, which
    // some Qt Test instantiations (release builds) reject.
    friend bool operator==(const RlpItem &a, const RlpItem &b)
    {
        if (a.isList != b.isList || a.bytes != b.bytes || a.items.size() != b.items.size())
            return false;
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            if (!(a.items[i] == b.items[i]))
                return false;
        }
        return true;
    }
};

inline constexpr int DefaultMaxDepth = 16;

// ---- Encoding ---------------------------------------------------------------------------------------------------
// A byte string: a single byte < 0x80 is itself, otherwise a length prefix then the bytes.
QByteArray encodeBytes(QByteArrayView bytes);
// An unsigned integer as a minimal big-endian byte string; zero is the empty string 0x80.
QByteArray encodeScalar(quint64 value);
// A big-endian unsigned integer of any size: leading zero bytes are stripped first (so zero -> 0x80).
QByteArray encodeScalarBytes(QByteArrayView bigEndian);
// A list whose items are already RLP-encoded; they are concatenated under a list prefix.
QByteArray encodeList(const QList<QByteArray> &encodedItems);
// Encodes a decoded item tree back (canonical form, so decode(encode(x)) == x for every valid x).
QByteArray encode(const RlpItem &item);

// ---- Decoding ---------------------------------------------------------------------------------------------------
// Decodes exactly one item that spans the whole input. Rejects: empty or truncated input, trailing bytes, a single
// byte < 0x80 written with a prefix, long-form lengths below 56, lengths with leading zeros, lengths that overflow,
// and nesting deeper than maxDepth (the outermost list is depth 1).
// On failure returns nullopt and, if error is set, a message naming the offset and the problem.
std::optional<RlpItem> decode(QByteArrayView input, QString *error = nullptr, int maxDepth = DefaultMaxDepth);

// Reads a byte-string item as a canonical unsigned scalar of at most maxBytes bytes (no leading zero byte;
// the empty string is zero). Used for quantities and the QBFT round.
std::optional<quint64> decodeScalar(const RlpItem &item, QString *error = nullptr, int maxBytes = 8);

} // namespace chain::rlp

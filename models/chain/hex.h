#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

// The project's one hex codec (models/core has none). Ethereum JSON-RPC style: "0x" prefix, lowercase output.
namespace chain {

// "0x" followed by two lowercase digits per byte; "0x" for empty input.
QString toHex(QByteArrayView bytes);
// Same as toHex, as Latin-1 bytes / std::string (for JSON output without a QString round trip).
QByteArray toHexLatin1(QByteArrayView bytes);
std::string toHexStd(QByteArrayView bytes);

// Strict data decoding: requires the "0x" (or "0X") prefix, an even number of hex digits, nothing else.
// "0x" decodes to an empty array. On failure returns nullopt and, if error is set, a message saying why.
std::optional<QByteArray> fromHex(std::string_view text, QString *error = nullptr);
std::optional<QByteArray> fromHex(QStringView text, QString *error = nullptr);

// JSON-RPC quantity ("0x0", "0x1a"): requires "0x" and at least one digit; an odd number of digits is allowed and
// leading zeros are tolerated. Returns the minimal big-endian bytes (zero -> empty array).
std::optional<QByteArray> quantityBytesFromHex(std::string_view text, QString *error = nullptr);
// Same, but the value must fit in 64 bits.
std::optional<quint64> quantityFromHex(std::string_view text, QString *error = nullptr);
// "0x" + minimal lowercase hex digits of value ("0x0" for zero).
QString quantityToHex(quint64 value);

} // namespace chain

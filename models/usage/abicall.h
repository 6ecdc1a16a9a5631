#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// The little of the Solidity ABI that account attribution needs: call data for a view method taking one address, and
// the decoding of static outputs (uint<N>, int<N>, address, bool, bytes<N>) to comparable texts.
namespace usage {

// selector (4 bytes) + the address left-padded to 32 bytes.
QByteArray encodeAddressCall(const QByteArray &selector, const QString &address);

// One text per output: uint/int in decimal, address as 0x + 40 lowercase hex, bool "true"/"false", bytes<N> as its
// text when it is printable ASCII padded with zeros (RBB's bytes32 ids), else 0x + hex. nullopt + *error when the data
// is shorter than the outputs or a word is not a valid value of its type.
std::optional<QStringList> decodeStaticOutputs(const QByteArray &data, const QStringList &types, QString *error = nullptr);

// Decimal text of a big-endian unsigned number of any length.
QString unsignedDecimal(QByteArray bigEndian);

} // namespace usage

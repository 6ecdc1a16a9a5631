#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace chain {

// Ethereum's Keccak-256 (the original Keccak padding, not FIPS-202 SHA3-256). Returns 32 bytes.
QByteArray keccak256(QByteArrayView data);
// Allocation-free variant for hot paths; out must hold 32 bytes.
void keccak256(QByteArrayView data, unsigned char *out);

} // namespace chain

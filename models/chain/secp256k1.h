#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// secp256k1 ECDSA with public-key recovery, as used by Ethereum and by BFT committed seals.
// All functions are thread-safe: they share one library context created on first use and never mutated afterwards.
namespace chain {

inline constexpr int SignatureSize = 65; // r(32) || s(32) || recId(1)
inline constexpr int AddressSize = 20;

// Recovers the 64-byte public key (x || y, no 0x04 prefix) that produced sig65 = r || s || recId (recId 0..3;
// Besu seals use 0 or 1) over the 32-byte hash. nullopt with a reason in *error when the signature is malformed
// (r or s zero or >= n, bad recId, wrong sizes) or recovery fails.
std::optional<QByteArray> recoverPublicKey(QByteArrayView hash32, QByteArrayView sig65, QString *error = nullptr);
// recoverPublicKey followed by addressFromPublicKey: the 20-byte signer address.
std::optional<QByteArray> recoverAddress(QByteArrayView hash32, QByteArrayView sig65, QString *error = nullptr);

// Deterministic (RFC 6979) recoverable signature: 65 bytes r || s || recId, low-s. Empty array when the key or
// hash is invalid (wrong size, key zero or >= n).
QByteArray sign(QByteArrayView hash32, QByteArrayView privateKey32);

// True for a 32-byte scalar in [1, n-1].
bool isValidPrivateKey(QByteArrayView privateKey32);
// 64-byte uncompressed public key without the 0x04 prefix (the enode id); empty for an invalid key.
QByteArray publicKey(QByteArrayView privateKey32);
// Last 20 bytes of keccak256(pub64); empty when pub64 is not 64 bytes.
QByteArray addressFromPublicKey(QByteArrayView pub64);
// addressFromPublicKey(publicKey(privateKey32)); empty for an invalid key.
QByteArray addressFromPrivateKey(QByteArrayView privateKey32);

} // namespace chain

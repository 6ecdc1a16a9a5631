#pragma once

#include <QByteArray>
#include <QString>

// SHA-256 and Ed25519 (OpenSSL EVP) for snapshot files. Keys are PEM: PKCS#8 private keys and SubjectPublicKeyInfo
// public keys, as `openssl genpkey -algorithm ed25519` and `openssl pkey -pubout` write them. Thread-safe.
namespace snapshotcrypto {

QByteArray sha256(const QByteArray &data);

// A new Ed25519 private key as PKCS#8 PEM (empty on failure).
QByteArray generatePrivateKey();

// The signature (64 bytes), or empty with *error saying why (not a PEM key, not Ed25519...).
QByteArray sign(const QByteArray &privateKeyPem, const QByteArray &message, QString *error);
// The public key of a private key, as PEM; empty with *error when the key does not read.
QByteArray publicKeyOf(const QByteArray &privateKeyPem, QString *error);
// True when `signature` is a valid Ed25519 signature of `message` by `publicKeyPem`. *error names the problem.
bool verify(const QByteArray &publicKeyPem, const QByteArray &message, const QByteArray &signature, QString *error);
// The raw 32-byte Ed25519 key of a PEM public key (empty when it is not one): compares keys whatever their PEM layout.
QByteArray rawPublicKey(const QByteArray &publicKeyPem);

} // namespace snapshotcrypto

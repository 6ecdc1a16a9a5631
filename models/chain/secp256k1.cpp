#include "chain/secp256k1.h"

#include "chain/keccak.h"

#include <QCoreApplication>

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <algorithm>
#include <array>
#include <random>

namespace chain {

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct Secp256k1Text
{
    Q_DECLARE_TR_FUNCTIONS(Secp256k1)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

// One context for the whole process, created on first use (thread-safe static initialisation) and never modified
// afterwards, so concurrent recover/sign calls need no lock. It is randomised once for side-channel blinding.
const secp256k1_context *context()
{
    static const secp256k1_context *const ctx = [] {
        secp256k1_context *c = secp256k1_context_create(SECP256K1_CONTEXT_SIGN | SECP256K1_CONTEXT_VERIFY);
        std::array<unsigned char, 32> seed {};
        std::random_device device;
        for (auto &b : seed)
            b = static_cast<unsigned char>(device());
        [[maybe_unused]] const int randomised = secp256k1_context_randomize(c, seed.data());
        return c;
    }();
    return ctx;
}

QByteArray serializeUncompressed(const secp256k1_pubkey &pubkey)
{
    std::array<unsigned char, 65> out {};
    size_t length = out.size();
    secp256k1_ec_pubkey_serialize(context(), out.data(), &length, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    // Drop the 0x04 prefix.
    return QByteArray(reinterpret_cast<const char *>(out.data() + 1), 64);
}

} // namespace

namespace {

// Recovers into out65 (0x04 || x || y) without heap allocation; recovery is the hot path of seal analysis.
bool recoverUncompressed(QByteArrayView hash32, QByteArrayView sig65, unsigned char *out65, QString *error)
{
    if (hash32.size() != 32) {
        setError(error, Secp256k1Text::tr("the hash must be 32 bytes, got %1").arg(hash32.size()));
        return false;
    }
    if (sig65.size() != SignatureSize) {
        setError(error, Secp256k1Text::tr("the signature must be 65 bytes, got %1").arg(sig65.size()));
        return false;
    }
    const int recId = static_cast<unsigned char>(sig65[64]);
    if (recId > 3) {
        setError(error, Secp256k1Text::tr("invalid recovery id %1 (expected 0 to 3)").arg(recId));
        return false;
    }
    const auto isZero = [](QByteArrayView v) { return std::all_of(v.begin(), v.end(), [](char c) { return c == 0; }); };
    secp256k1_ecdsa_recoverable_signature signature;
    // parse_compact rejects r or s not below the group order; zero is rejected here for a clear message.
    if (isZero(sig65.first(32)) || isZero(sig65.sliced(32, 32))
        || !secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &signature, bytes(sig65), recId)) {
        setError(error, Secp256k1Text::tr("invalid signature: r or s out of range"));
        return false;
    }
    secp256k1_pubkey pubkey;
    if (!secp256k1_ecdsa_recover(context(), &pubkey, &signature, bytes(hash32))) {
        setError(error, Secp256k1Text::tr("public key recovery failed"));
        return false;
    }
    size_t length = 65;
    secp256k1_ec_pubkey_serialize(context(), out65, &length, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    return true;
}

} // namespace

std::optional<QByteArray> recoverPublicKey(QByteArrayView hash32, QByteArrayView sig65, QString *error)
{
    std::array<unsigned char, 65> pub {};
    if (!recoverUncompressed(hash32, sig65, pub.data(), error))
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(pub.data() + 1), 64);
}

std::optional<QByteArray> recoverAddress(QByteArrayView hash32, QByteArrayView sig65, QString *error)
{
    std::array<unsigned char, 65> pub {};
    if (!recoverUncompressed(hash32, sig65, pub.data(), error))
        return std::nullopt;
    std::array<unsigned char, 32> digest {};
    keccak256(QByteArrayView(pub.data() + 1, 64), digest.data());
    return QByteArray(reinterpret_cast<const char *>(digest.data() + 12), AddressSize);
}

QByteArray sign(QByteArrayView hash32, QByteArrayView privateKey32)
{
    if (hash32.size() != 32 || !isValidPrivateKey(privateKey32))
        return {};
    secp256k1_ecdsa_recoverable_signature signature;
    if (!secp256k1_ecdsa_sign_recoverable(context(), &signature, bytes(hash32), bytes(privateKey32), nullptr, nullptr))
        return {};
    QByteArray out(SignatureSize, Qt::Uninitialized);
    int recId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(
        context(), reinterpret_cast<unsigned char *>(out.data()), &recId, &signature);
    out[64] = static_cast<char>(recId);
    return out;
}

bool isValidPrivateKey(QByteArrayView privateKey32)
{
    return privateKey32.size() == 32 && secp256k1_ec_seckey_verify(context(), bytes(privateKey32)) == 1;
}

QByteArray publicKey(QByteArrayView privateKey32)
{
    if (!isValidPrivateKey(privateKey32))
        return {};
    secp256k1_pubkey pubkey;
    if (!secp256k1_ec_pubkey_create(context(), &pubkey, bytes(privateKey32)))
        return {};
    return serializeUncompressed(pubkey);
}

QByteArray addressFromPublicKey(QByteArrayView pub64)
{
    if (pub64.size() != 64)
        return {};
    std::array<unsigned char, 32> digest {};
    keccak256(pub64, digest.data());
    return QByteArray(reinterpret_cast<const char *>(digest.data() + 12), AddressSize);
}

QByteArray addressFromPrivateKey(QByteArrayView privateKey32)
{
    return addressFromPublicKey(publicKey(privateKey32));
}

} // namespace chain

#include "snapshotcrypto.h"

#include <QCoreApplication>
#include <QThread>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>

#include <memory>

namespace snapshotcrypto {

namespace {

struct CryptoText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCrypto)
};

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

// OpenSSL keeps an error queue per thread, allocated at the thread's first error and freed only when the thread
// ends. Signing runs on a pool thread that may outlive everything else (LeakSanitizer then reports the queue of an
// idle worker at exit): a call off the main thread releases the thread's OpenSSL state when it returns; OpenSSL
// creates it again on the next use.
struct ThreadStateRelease
{
    ~ThreadStateRelease()
    {
        const QCoreApplication *app = QCoreApplication::instance();
        if (!app || QThread::currentThread() != app->thread())
            OPENSSL_thread_stop();
    }
};

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

KeyPtr readKey(const QByteArray &pem, bool isPrivate, QString *error)
{
    ERR_clear_error();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio) {
        setError(error, CryptoText::tr("out of memory"));
        return {};
    }
    KeyPtr key(isPrivate ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                         : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        const QString why = opensslError();
        setError(error,
            (isPrivate ? CryptoText::tr("not a PEM private key") : CryptoText::tr("not a PEM public key"))
                + (why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
        return {};
    }
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519) {
        setError(error, CryptoText::tr("the key is not an Ed25519 key"));
        return {};
    }
    return key;
}

} // namespace

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, '\0');
    SHA256(reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()),
        reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray generatePrivateKey()
{
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray sign(const QByteArray &privateKeyPem, const QByteArray &message, QString *error)
{
    const ThreadStateRelease release;
    KeyPtr key = readKey(privateKeyPem, true, error);
    if (!key)
        return {};
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, data, static_cast<size_t>(message.size())) != 1) {
        setError(error, CryptoText::tr("signing failed: %1").arg(opensslError()));
        return {};
    }
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data,
            static_cast<size_t>(message.size()))
        != 1) {
        setError(error, CryptoText::tr("signing failed: %1").arg(opensslError()));
        return {};
    }
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

QByteArray publicKeyOf(const QByteArray &privateKeyPem, QString *error)
{
    const ThreadStateRelease release;
    KeyPtr key = readKey(privateKeyPem, true, error);
    if (!key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1) {
        setError(error, CryptoText::tr("cannot write the public key: %1").arg(opensslError()));
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool verify(const QByteArray &publicKeyPem, const QByteArray &message, const QByteArray &signature, QString *error)
{
    const ThreadStateRelease release;
    KeyPtr key = readKey(publicKeyPem, false, error);
    if (!key)
        return false;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        setError(error, CryptoText::tr("cannot verify: %1").arg(opensslError()));
        return false;
    }
    const int ok = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
        static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<size_t>(message.size()));
    ERR_clear_error();
    if (ok != 1) {
        setError(error, CryptoText::tr("the signature does not match the key and the header"));
        return false;
    }
    return true;
}

QByteArray rawPublicKey(const QByteArray &publicKeyPem)
{
    const ThreadStateRelease release;
    KeyPtr key = readKey(publicKeyPem, false, nullptr);
    if (!key)
        return {};
    size_t length = 0;
    if (EVP_PKEY_get_raw_public_key(key.get(), nullptr, &length) != 1)
        return {};
    QByteArray raw(static_cast<qsizetype>(length), '\0');
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(raw.data()), &length) != 1)
        return {};
    return raw;
}

} // namespace snapshotcrypto

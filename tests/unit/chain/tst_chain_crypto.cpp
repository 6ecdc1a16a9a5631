#include "chain/hex.h"
#include "chain/keccak.h"
#include "chain/secp256k1.h"

#include <QTest>
#include <QtConcurrent>

using namespace chain;
using namespace Qt::StringLiterals;

namespace {

QByteArray h(const char *hex)
{
    return QByteArray::fromHex(hex);
}

QByteArray key(int last)
{
    QByteArray k(32, '\0');
    k[31] = static_cast<char>(last);
    return k;
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT
private slots:
    void hexRoundTrip_data();
    void hexRoundTrip();
    void hexInvalid_data();
    void hexInvalid();
    void quantities_data();
    void quantities();
    void keccak_data();
    void keccak();
    void knownKeys_data();
    void knownKeys();
    void invalidKeys();
    void signRecoverRoundTrip_data();
    void signRecoverRoundTrip();
    void recoverRejects_data();
    void recoverRejects();
    void concurrentRecovery();
};

void TestCrypto::hexRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << u"0x"_s;
    QTest::newRow("zero") << h("00") << u"0x00"_s;
    QTest::newRow("mixed") << h("0123456789abcdef") << u"0x0123456789abcdef"_s;
}

void TestCrypto::hexRoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(toHex(bytes), text);
    QCOMPARE(toHexLatin1(bytes), text.toLatin1());
    QCOMPARE(QString::fromStdString(toHexStd(bytes)), text);
    QCOMPARE(fromHex(QStringView(text)), std::optional<QByteArray>(bytes));
    QCOMPARE(fromHex(QStringView(text.toUpper().replace(u"0X"_s, u"0x"_s))), std::optional<QByteArray>(bytes));
}

void TestCrypto::hexInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no prefix") << u"abcd"_s << u"0x"_s;
    QTest::newRow("empty") << QString() << u"0x"_s;
    QTest::newRow("odd") << u"0xabc"_s << u"odd"_s;
    QTest::newRow("bad digit") << u"0xzz"_s << u"invalid hex digit"_s;
    QTest::newRow("space") << u"0xab cd"_s << u"odd"_s;
    QTest::newRow("non-ascii") << u"0xéé"_s << u"non-ASCII"_s;
}

void TestCrypto::hexInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!fromHex(QStringView(text), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestCrypto::quantities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("0x0") << u"0x0"_s << true << QByteArray();
    QTest::newRow("0x1") << u"0x1"_s << true << h("01");
    QTest::newRow("0x100") << u"0x100"_s << true << h("0100");
    QTest::newRow("leading zeros tolerated") << u"0x00ff"_s << true << h("ff");
    QTest::newRow("big") << u"0x1e875d746ae"_s << true << h("01e875d746ae");
    QTest::newRow("no digits") << u"0x"_s << false << QByteArray();
    QTest::newRow("no prefix") << u"10"_s << false << QByteArray();
    QTest::newRow("bad digit") << u"0x1g"_s << false << QByteArray();
}

void TestCrypto::quantities()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, bytes);
    const std::string s = text.toStdString();
    QString error;
    const auto result = quantityBytesFromHex(s, &error);
    QCOMPARE(result.has_value(), valid);
    if (valid) {
        QCOMPARE(result->toHex(), bytes.toHex());
        quint64 expected = 0;
        for (const char b : bytes)
            expected = (expected << 8) | static_cast<quint8>(b);
        QCOMPARE(quantityFromHex(s), std::optional<quint64>(expected));
        QCOMPARE(quantityToHex(expected), u"0x"_s + QString::number(expected, 16));
    } else {
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(!quantityFromHex("0x10000000000000000"));
    QCOMPARE(quantityFromHex("0xffffffffffffffff"), std::optional<quint64>(std::numeric_limits<quint64>::max()));
}

void TestCrypto::keccak_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty") << QByteArray() << h("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    QTest::newRow("abc") << QByteArray("abc") << h("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    // keccak256 of the empty RLP list: Ethereum's sha3Uncles of a block without ommers.
    QTest::newRow("rlp empty list") << h("c0") << h("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");
    // keccak256 of the empty RLP string: the empty trie root.
    QTest::newRow("rlp empty string") << h("80")
                                      << h("56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
}

void TestCrypto::keccak()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(keccak256(input).toHex(), digest.toHex());
}

void TestCrypto::knownKeys_data()
{
    QTest::addColumn<QByteArray>("privateKey");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("address");
    // Private key 1: the public key is the generator G.
    QTest::newRow("key 1") << key(1)
                           << h("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                                "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")
                           << h("7e5f4552091a69125d5dfcb7b8c2659029395bdf");
    QTest::newRow("key 2") << key(2)
                           << h("c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"
                                "1ae168fea63dc339a3c58419466ceaeef7f632653266d0e1236431a950cfe52a")
                           << h("2b5ad5c4795c026514f8317c7a215e218dccd6cf");
}

void TestCrypto::knownKeys()
{
    QFETCH(QByteArray, privateKey);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, address);
    QVERIFY(isValidPrivateKey(privateKey));
    QCOMPARE(chain::publicKey(privateKey).toHex(), publicKey.toHex());
    QCOMPARE(addressFromPublicKey(publicKey).toHex(), address.toHex());
    QCOMPARE(addressFromPrivateKey(privateKey).toHex(), address.toHex());
}

void TestCrypto::invalidKeys()
{
    QVERIFY(!isValidPrivateKey(QByteArray(32, '\0')));
    QVERIFY(!isValidPrivateKey(QByteArray(32, '\xff'))); // above the group order
    QVERIFY(!isValidPrivateKey(key(1).left(31)));
    QVERIFY(chain::publicKey(QByteArray(32, '\0')).isEmpty());
    QVERIFY(addressFromPrivateKey(QByteArray(32, '\0')).isEmpty());
    QVERIFY(addressFromPublicKey(QByteArray(63, '\x01')).isEmpty());
    QVERIFY(sign(QByteArray(32, '\x01'), QByteArray(32, '\0')).isEmpty());
    QVERIFY(sign(QByteArray(31, '\x01'), key(1)).isEmpty());
}

void TestCrypto::signRecoverRoundTrip_data()
{
    QTest::addColumn<QByteArray>("privateKey");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("key 1") << key(1) << QByteArray("hello");
    QTest::newRow("key 7") << key(7) << QByteArray("block 100");
    QTest::newRow("random-looking key") << keccak256("sentinela devnet validator 1") << QByteArray("seal");
    QTest::newRow("another key") << keccak256("sentinela devnet validator 2") << QByteArray();
}

void TestCrypto::signRecoverRoundTrip()
{
    QFETCH(QByteArray, privateKey);
    QFETCH(QByteArray, message);
    const QByteArray hash = keccak256(message);
    const QByteArray signature = sign(hash, privateKey);
    QCOMPARE(signature.size(), SignatureSize);
    QVERIFY(quint8(signature[64]) <= 1);
    QCOMPARE(sign(hash, privateKey), signature); // RFC 6979: deterministic
    QString error;
    const auto recovered = recoverAddress(hash, signature, &error);
    QVERIFY2(recovered, qPrintable(error));
    QCOMPARE(recovered->toHex(), addressFromPrivateKey(privateKey).toHex());
    QCOMPARE(recoverPublicKey(hash, signature)->toHex(), chain::publicKey(privateKey).toHex());
    // A different hash recovers some other key.
    const auto other = recoverAddress(keccak256(message + "x"), signature);
    QVERIFY(!other || *other != *recovered);
    // The other recovery id gives a different key.
    QByteArray flipped = signature;
    flipped[64] = static_cast<char>(signature[64] ^ 1);
    const auto wrong = recoverAddress(hash, flipped);
    QVERIFY(!wrong || *wrong != *recovered);
}

void TestCrypto::recoverRejects_data()
{
    QTest::addColumn<QByteArray>("hash");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("reason");
    const QByteArray hash = keccak256("x");
    const QByteArray good = sign(hash, key(5));
    QByteArray badRecId = good;
    badRecId[64] = 27;
    QByteArray zeroR = good;
    zeroR.replace(0, 32, QByteArray(32, '\0'));
    QByteArray bigS = good;
    bigS.replace(32, 32, QByteArray(32, '\xff'));
    QTest::newRow("short hash") << hash.left(31) << good << u"32 bytes"_s;
    QTest::newRow("short signature") << hash << good.left(64) << u"65 bytes"_s;
    QTest::newRow("recId 27") << hash << badRecId << u"recovery id"_s;
    QTest::newRow("r zero") << hash << zeroR << u"out of range"_s;
    QTest::newRow("s above n") << hash << bigS << u"out of range"_s;
}

void TestCrypto::recoverRejects()
{
    QFETCH(QByteArray, hash);
    QFETCH(QByteArray, signature);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!recoverAddress(hash, signature, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestCrypto::concurrentRecovery()
{
    // The shared context is used from several threads at once.
    QList<int> indexes;
    for (int i = 1; i <= 64; ++i)
        indexes.append(i);
    const QList<bool> results = QtConcurrent::blockingMapped(indexes, [](int i) {
        const QByteArray hash = keccak256(QByteArray::number(i));
        const QByteArray signature = sign(hash, key(i));
        return recoverAddress(hash, signature) == std::optional<QByteArray>(addressFromPrivateKey(key(i)));
    });
    QCOMPARE(results.count(true), 64);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_chain_crypto.moc"

#include "chain/rlp.h"

#include <QTest>

using namespace chain::rlp;
using namespace Qt::StringLiterals;

namespace {

QByteArray h(const char *hex)
{
    return QByteArray::fromHex(hex);
}

RlpItem str(const QByteArray &bytes)
{
    return RlpItem {false, bytes, {}};
}

RlpItem list(const QList<RlpItem> &items)
{
    return RlpItem {true, {}, items};
}

} // namespace

class TestRlp : public QObject
{
    Q_OBJECT
private slots:
    void encodeBytes_data();
    void encodeBytes();
    void encodeScalar_data();
    void encodeScalar();
    void encodeScalarBytes();
    void encodeList();
    void decodeValid_data();
    void decodeValid();
    void decodeInvalid_data();
    void decodeInvalid();
    void depthLimit();
    void decodeScalar_data();
    void decodeScalar();
};

void TestRlp::encodeBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << h("80");
    QTest::newRow("byte 00") << h("00") << h("00");
    QTest::newRow("byte 7f") << h("7f") << h("7f");
    QTest::newRow("byte 80") << h("80") << h("8180");
    QTest::newRow("dog") << QByteArray("dog") << h("83646f67");
    QTest::newRow("55 bytes") << QByteArray(55, 'a') << (h("b7") + QByteArray(55, 'a'));
    QTest::newRow("56 bytes") << QByteArray(56, 'a') << (h("b838") + QByteArray(56, 'a'));
    QTest::newRow("1024 bytes") << QByteArray(1024, 'x') << (h("b90400") + QByteArray(1024, 'x'));
}

void TestRlp::encodeBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(chain::rlp::encodeBytes(input).toHex(), expected.toHex());
    // Every encoding decodes back to the same bytes.
    const auto decoded = decode(expected);
    QVERIFY(decoded);
    QCOMPARE(*decoded, str(input));
}

void TestRlp::encodeScalar_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0") << quint64(0) << h("80");
    QTest::newRow("1") << quint64(1) << h("01");
    QTest::newRow("15") << quint64(15) << h("0f");
    QTest::newRow("127") << quint64(127) << h("7f");
    QTest::newRow("128") << quint64(128) << h("8180");
    QTest::newRow("255") << quint64(255) << h("81ff");
    QTest::newRow("256") << quint64(256) << h("820100");
    QTest::newRow("1024") << quint64(1024) << h("820400");
    QTest::newRow("0xfedcba") << quint64(0xfedcba) << h("83fedcba");
    QTest::newRow("max") << std::numeric_limits<quint64>::max() << h("88ffffffffffffffff");
}

void TestRlp::encodeScalar()
{
    QFETCH(quint64, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(chain::rlp::encodeScalar(value).toHex(), expected.toHex());
    const auto decoded = decode(expected);
    QVERIFY(decoded);
    QString error;
    QCOMPARE(chain::rlp::decodeScalar(*decoded, &error), std::optional<quint64>(value));
}

void TestRlp::encodeScalarBytes()
{
    QCOMPARE(chain::rlp::encodeScalarBytes(QByteArray()).toHex(), QByteArray("80"));
    QCOMPARE(chain::rlp::encodeScalarBytes(h("0000")).toHex(), QByteArray("80"));
    QCOMPARE(chain::rlp::encodeScalarBytes(h("0001")).toHex(), QByteArray("01"));
    QCOMPARE(chain::rlp::encodeScalarBytes(h("000100")).toHex(), QByteArray("820100"));
    QCOMPARE(chain::rlp::encodeScalarBytes(h("01000000000000000000")).toHex(), QByteArray("8a01000000000000000000"));
}

void TestRlp::encodeList()
{
    QCOMPARE(chain::rlp::encodeList({}).toHex(), QByteArray("c0"));
    QCOMPARE(chain::rlp::encodeList({chain::rlp::encodeBytes("cat"), chain::rlp::encodeBytes("dog")}).toHex(),
        QByteArray("c88363617483646f67"));
    // The set-theoretic representation of three: [ [], [[]], [ [], [[]] ] ].
    const RlpItem three = list({list({}), list({list({})}), list({list({}), list({list({})})})});
    QCOMPARE(encode(three).toHex(), QByteArray("c7c0c1c0c3c0c1c0"));
    // A list whose payload is 56 bytes takes the long form.
    const QByteArray item = chain::rlp::encodeBytes(QByteArray(54, 'z')); // 55 bytes encoded
    const QByteArray encoded = chain::rlp::encodeList({item, h("01")});
    QCOMPARE(encoded.left(2).toHex(), QByteArray("f838"));
    QCOMPARE(encoded.size(), 58);
}

void TestRlp::decodeValid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<RlpItem>("expected");
    QTest::newRow("empty string") << h("80") << str({});
    QTest::newRow("single byte") << h("00") << str(h("00"));
    QTest::newRow("byte 80") << h("8180") << str(h("80"));
    QTest::newRow("dog") << h("83646f67") << str("dog");
    QTest::newRow("empty list") << h("c0") << list({});
    QTest::newRow("cat dog") << h("c88363617483646f67") << list({str("cat"), str("dog")});
    QTest::newRow("three") << h("c7c0c1c0c3c0c1c0")
                           << list({list({}), list({list({})}), list({list({}), list({list({})})})});
    QTest::newRow("long string") << (h("b838") + QByteArray(56, 'L')) << str(QByteArray(56, 'L'));
    QTest::newRow("long list") << (h("f838b7") + QByteArray(55, 'q')) << list({str(QByteArray(55, 'q'))});
}

void TestRlp::decodeValid()
{
    QFETCH(QByteArray, input);
    QFETCH(RlpItem, expected);
    QString error;
    const auto decoded = decode(input, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, expected);
    QCOMPARE(encode(*decoded).toHex(), input.toHex());
}

void TestRlp::decodeInvalid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason"); // a fragment the message must contain
    QTest::newRow("empty input") << QByteArray() << u"empty"_s;
    QTest::newRow("single byte 00 with prefix") << h("8100") << u"single byte"_s;
    QTest::newRow("single byte 7f with prefix") << h("817f") << u"single byte"_s;
    QTest::newRow("long form string below 56") << (h("b837") + QByteArray(55, 'a')) << u"long form"_s;
    QTest::newRow("long form string of 1") << h("b80161") << u"long form"_s;
    QTest::newRow("long form list below 56") << h("f801c0") << u"long form"_s;
    QTest::newRow("length with leading zero") << (h("b90038") + QByteArray(56, 'a')) << u"leading zero"_s;
    QTest::newRow("list length with leading zero") << h("f90000") << u"leading zero"_s;
    QTest::newRow("truncated string") << h("83646f") << u"truncated"_s;
    QTest::newRow("truncated list") << h("c883636174") << u"truncated"_s;
    QTest::newRow("truncated list prefix") << h("c1") << u"truncated"_s;
    QTest::newRow("truncated length") << h("b8") << u"truncated"_s;
    QTest::newRow("truncated length bytes") << h("ba0100") << u"truncated"_s;
    QTest::newRow("huge length") << h("bfffffffffffffffff") << u"truncated"_s;
    QTest::newRow("item overruns its list") << h("c283616263") << u"truncated"_s;
    QTest::newRow("trailing bytes") << h("8080") << u"trailing"_s;
    QTest::newRow("trailing after list") << h("c000") << u"trailing"_s;
}

void TestRlp::decodeInvalid()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    QString error;
    const auto decoded = decode(input, &error);
    QVERIFY(!decoded);
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestRlp::depthLimit()
{
    // 16 nested lists decode with the default limit, 17 do not.
    QByteArray sixteen = h("c0");
    for (int i = 1; i < 16; ++i)
        sixteen = chain::rlp::encodeList({sixteen});
    QVERIFY(decode(sixteen));
    const QByteArray seventeen = chain::rlp::encodeList({sixteen});
    QString error;
    QVERIFY(!decode(seventeen, &error));
    QVERIFY2(error.contains(u"nesting"_s), qPrintable(error));
    QVERIFY(decode(seventeen, nullptr, 17));
    QVERIFY(!decode(h("c0"), nullptr, 0));
}

void TestRlp::decodeScalar_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("value");
    QTest::newRow("zero") << h("80") << 8 << true << quint64(0);
    QTest::newRow("dcba") << h("82dcba") << 4 << true << quint64(0xdcba);
    QTest::newRow("leading zero") << h("8300dcba") << 4 << false << quint64(0);
    QTest::newRow("byte 00") << h("00") << 8 << false << quint64(0);
    QTest::newRow("too long") << h("850100000000") << 4 << false << quint64(0);
    QTest::newRow("list") << h("c0") << 8 << false << quint64(0);
}

void TestRlp::decodeScalar()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxBytes);
    QFETCH(bool, valid);
    QFETCH(quint64, value);
    const auto item = decode(input);
    QVERIFY(item);
    QString error;
    const auto scalar = chain::rlp::decodeScalar(*item, &error, maxBytes);
    QCOMPARE(scalar.has_value(), valid);
    if (valid)
        QCOMPARE(*scalar, value);
    else
        QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRlp)
#include "tst_chain_rlp.moc"

#include "chain/extradata.h"
#include "chain/rlp.h"

#include <QTest>

using namespace chain;
using namespace Qt::StringLiterals;

namespace {

QByteArray h(const char *hex)
{
    return QByteArray::fromHex(hex);
}

QByteArray address(int last)
{
    QByteArray a(20, '\0');
    a[19] = static_cast<char>(last);
    return a;
}

QByteArray vanity1to32()
{
    QByteArray v(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i)
        v[i] = static_cast<char>(i + 1);
    return v;
}

// r and s as 32-byte big-endian integers, then recId.
QByteArray seal(int r, int s, int recId)
{
    QByteArray out(65, '\0');
    out[31] = static_cast<char>(r);
    out[63] = static_cast<char>(s);
    out[64] = static_cast<char>(recId);
    return out;
}

// Besu's QbftExtraDataCodecTest / IbftExtraDataRLPEncoderTest content (qbft-extradata.md 5.1 and 5.2).
BftExtraData besuTestContent(BftType type)
{
    BftExtraData d;
    d.type = type;
    d.vanity = vanity1to32();
    d.validators = {address(1), address(2)};
    d.vote = BftVote {address(1), true};
    d.round = 0x00fedcba;
    d.seals = {seal(1, 10, 0), seal(10, 1, 0)};
    return d;
}

const char Qbft51Full[] = "f8f0a00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20ea940000000000000000"
                          "000000000000000000000001940000000000000000000000000000000000000002d7940000000000000000"
                          "00000000000000000000000181ff83fedcbaf886b841000000000000000000000000000000000000000000"
                          "0000000000000000000001000000000000000000000000000000000000000000000000000000000000000a"
                          "00b841000000000000000000000000000000000000000000000000000000000000000a0000000000000000"
                          "00000000000000000000000000000000000000000000000100";
const char Qbft51WithoutSeals[]
    = "f869a00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20ea9400000000000000000000000000000000000000"
      "01940000000000000000000000000000000000000002d794000000000000000000000000000000000000000181ff83fedcbac0";
const char Qbft51WithoutSealsAndRound[]
    = "f866a00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20ea9400000000000000000000000000000000000000"
      "01940000000000000000000000000000000000000002d794000000000000000000000000000000000000000181ff80c0";
// The reference's copy of this vector (qbft-extradata.md 5.2) has one '0' too many in the second validator (487 hex
// digits, an odd count); this is the corrected form, identical to 5.1 except for the 4-byte round 8400fedcba.
const char Ibft52Full[]
    = "f8f1a00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20ea9400000000000000000000000000000000000000"
      "01940000000000000000000000000000000000000002d794000000000000000000000000000000000000000181ff8400fedcbaf886b84100"
      "0000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000000"
      "0000000000000a00b841000000000000000000000000000000000000000000000000000000000000000a0000000000000000000000000000"
      "00000000000000000000000000000000000100";
const char Ibft52WithoutSeals[]
    = "f869a00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20ea9400000000000000000000000000000000000000"
      "01940000000000000000000000000000000000000002d794000000000000000000000000000000000000000181ff8400fedcba";
const char Ibft52WithoutSealsAndRound[]
    = "f864a00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20ea9400000000000000000000000000000000000000"
      "01940000000000000000000000000000000000000002d794000000000000000000000000000000000000000181ff";

} // namespace

class TestExtraData : public QObject
{
    Q_OBJECT
private slots:
    void besuCodecVectors_data();
    void besuCodecVectors();
    void genesisVectors_data();
    void genesisVectors();
    void realBlockExtra_data();
    void realBlockExtra();
    void smallEncodings_data();
    void smallEncodings();
    void roundTrip_data();
    void roundTrip();
    void invalid_data();
    void invalid();
    void forcedType();
};

void TestExtraData::besuCodecVectors_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("full");
    QTest::addColumn<QByteArray>("withoutSeals");
    QTest::addColumn<QByteArray>("withoutSealsAndRound");
    QTest::newRow("5.1 QBFT") << int(BftType::Qbft) << h(Qbft51Full) << h(Qbft51WithoutSeals)
                              << h(Qbft51WithoutSealsAndRound);
    QTest::newRow("5.2 IBFT 2.0") << int(BftType::Ibft2) << h(Ibft52Full) << h(Ibft52WithoutSeals)
                                  << h(Ibft52WithoutSealsAndRound);
}

void TestExtraData::besuCodecVectors()
{
    QFETCH(int, type);
    QFETCH(QByteArray, full);
    QFETCH(QByteArray, withoutSeals);
    QFETCH(QByteArray, withoutSealsAndRound);
    const BftExtraData expected = besuTestContent(BftType(type));

    // Decoding the known raw hex gives the test's object, with the type detected.
    QString error;
    const auto decoded = decodeExtraData(full, std::nullopt, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(int(decoded->type), type);
    QCOMPARE(decoded->vanity, expected.vanity);
    QCOMPARE(decoded->validators, expected.validators);
    QVERIFY(decoded->vote);
    QCOMPARE(decoded->vote->address, address(1));
    QVERIFY(decoded->vote->add);
    QCOMPARE(decoded->round, quint32(0xfedcba));
    QCOMPARE(decoded->seals, expected.seals);
    QVERIFY(*decoded == expected);

    // Encoding the object gives the known hex in each mode.
    QCOMPARE(encodeExtraData(expected).toHex(), full.toHex());
    QCOMPARE(encodeExtraData(expected, ExtraDataEncoding::WithoutSeals).toHex(), withoutSeals.toHex());
    QCOMPARE(encodeExtraData(expected, ExtraDataEncoding::WithoutSealsAndRound).toHex(), withoutSealsAndRound.toHex());
}

void TestExtraData::genesisVectors_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("type");
    QTest::addColumn<QList<QByteArray>>("validators");
    QTest::addColumn<bool>("hasVote");

    QTest::newRow("5.3 QBFT genesis, header validators")
        << h("f87aa00000000000000000000000000000000000000000000000000000000000000000f8549464a702e6263b7297a96638cac6ae6"
             "5e"
             "6541f4169943923390ad55e90c237593b3b0e401f3b08a0318594aefdb9a738c9f433e5b6b212a6d62f6370c2f69294c7eeb9a4e0"
             "0ce683cf93039b212648e01c6c6b78c080c0")
        << int(BftType::Qbft)
        << QList<QByteArray> {h("64a702e6263b7297a96638cac6ae65e6541f4169"),
               h("3923390ad55e90c237593b3b0e401f3b08a03185"), h("aefdb9a738c9f433e5b6b212a6d62f6370c2f692"),
               h("c7eeb9a4e00ce683cf93039b212648e01c6c6b78")}
        << false;
    QTest::newRow("5.3 QBFT genesis, contract validators")
        << h("e5a00000000000000000000000000000000000000000000000000000000000000000c0c080c0") << int(BftType::Qbft)
        << QList<QByteArray> {} << false;
    QTest::newRow("5.3 besu rlp encode output") << h(
        "f87aa00000000000000000000000000000000000000000000000000000000000000000f854944592c8e45706cc08b8f44b11e43cba0c"
        "fc5892cb9406e23768a0f59cf365e18c2e0c89e151bcdedc7094c5327f96ee02d7bcbc1bf1236b8c15148971e1de94ab5e7f4061c6"
        "05820d3744227eed91ff8e2c8908c080c0") << int(BftType::Qbft)
                                                << QList<QByteArray> {h("4592c8e45706cc08b8f44b11e43cba0cfc5892cb"),
                                                       h("06e23768a0f59cf365e18c2e0c89e151bcdedc70"),
                                                       h("c5327f96ee02d7bcbc1bf1236b8c15148971e1de"),
                                                       h("ab5e7f4061c605820d3744227eed91ff8e2c8908")}
                                                << false;
    QTest::newRow("5.4 IBFT 2.0 genesis") << h(
        "f83ea00000000000000000000000000000000000000000000000000000000000000000d594c2ab482b506de561668e07f04547232a72"
        "897daf808400000000c0") << int(BftType::Ibft2)
                                          << QList<QByteArray> {h("c2ab482b506de561668e07f04547232a72897daf")} << false;
}

void TestExtraData::genesisVectors()
{
    QFETCH(QByteArray, extra);
    QFETCH(int, type);
    QFETCH(QList<QByteArray>, validators);
    QFETCH(bool, hasVote);
    QString error;
    const auto decoded = decodeExtraData(extra, std::nullopt, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(int(decoded->type), type);
    QCOMPARE(decoded->vanity, QByteArray(32, '\0'));
    QCOMPARE(decoded->validators, validators); // order preserved, even when unsorted
    QCOMPARE(decoded->vote.has_value(), hasVote);
    QCOMPARE(decoded->round, quint32(0));
    QVERIFY(decoded->seals.isEmpty());
    QCOMPARE(encodeExtraData(*decoded).toHex(), extra.toHex());
}

void TestExtraData::realBlockExtra_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("validator");
    QTest::addColumn<QByteArray>("seal");
    QTest::newRow("5.5 IBFT 2.0 block 100") << h(
        "f882a00000000000000000000000000000000000000000000000000000000000000000d5949811ebc35d7b06b3fa8dc5809a1f9c5275"
        "1e1deb808400000000f843b8414d877d8d0ced37ea138fab55a978f3740367a24a31731322ecdc3368f11e0d4966c9ce17ae59a76f"
        "b94eb436e8a386868f6bd6b0a5678e58daf49f5dd940558b00")
                                            << int(BftType::Ibft2) << h("9811ebc35d7b06b3fa8dc5809a1f9c52751e1deb")
                                            << h("4d877d8d0ced37ea138fab55a978f3740367a24a31731322ecdc3368f11e0d4966c9c"
                                                 "e17ae59a76fb94eb436e8a386868f6bd6b0a567"
                                                 "8e58daf49f5dd940558b00");
    QTest::newRow("5.6 QBFT block 0xe5f2") << h(
        "f87ea00000000000000000000000000000000000000000000000000000000000000000d594ef5880ec6b859b6949d88ddbd6ec18e96d"
        "0f14aac080f843b8410469b43f8d873e7b3c54c0d2a606a37af533994653f077b234a563f00723641a7ad56e6ba07d56fb38ec68bc"
        "9b6234d54fe62730f41118658a12c886fb783c3100")
                                           << int(BftType::Qbft) << h("ef5880ec6b859b6949d88ddbd6ec18e96d0f14aa")
                                           << h("0469b43f8d873e7b3c54c0d2a606a37af533994653f077b234a563f00723641a7ad56e"
                                                "6ba07d56fb38ec68bc9b6234d54fe62730f411"
                                                "18658a12c886fb783c3100");
}

void TestExtraData::realBlockExtra()
{
    QFETCH(QByteArray, extra);
    QFETCH(int, type);
    QFETCH(QByteArray, validator);
    QFETCH(QByteArray, seal);
    QString error;
    const auto decoded = decodeExtraData(extra, std::nullopt, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(int(decoded->type), type);
    QCOMPARE(decoded->validators, QList<QByteArray> {validator});
    QVERIFY(!decoded->vote);
    QCOMPARE(decoded->round, quint32(0));
    QCOMPARE(decoded->seals, QList<QByteArray> {seal});
    QCOMPARE(encodeExtraData(*decoded).toHex(), extra.toHex());
}

void TestExtraData::smallEncodings_data()
{
    QTest::addColumn<int>("round");
    QTest::addColumn<QByteArray>("qbft");
    QTest::addColumn<QByteArray>("ibft2");
    QTest::newRow("0") << 0 << h("80") << h("8400000000");
    QTest::newRow("1") << 1 << h("01") << h("8400000001");
    QTest::newRow("2") << 2 << h("02") << h("8400000002");
    QTest::newRow("255") << 255 << h("81ff") << h("84000000ff");
    QTest::newRow("256") << 256 << h("820100") << h("8400000100");
}

void TestExtraData::smallEncodings()
{
    QFETCH(int, round);
    QFETCH(QByteArray, qbft);
    QFETCH(QByteArray, ibft2);
    QCOMPARE(encodeRound(quint32(round), BftType::Qbft).toHex(), qbft.toHex());
    QCOMPARE(encodeRound(quint32(round), BftType::Ibft2).toHex(), ibft2.toHex());

    // Votes (5.8), checked once per row: cheap and keeps the table in one place.
    QCOMPARE(encodeVote(std::nullopt, BftType::Qbft).toHex(), QByteArray("c0"));
    QCOMPARE(encodeVote(std::nullopt, BftType::Ibft2).toHex(), QByteArray("80"));
    const BftVote add {address(1), true};
    const BftVote drop {address(1), false};
    QCOMPARE(encodeVote(add, BftType::Qbft).toHex(), QByteArray("d794000000000000000000000000000000000000000181ff"));
    QCOMPARE(encodeVote(add, BftType::Ibft2).toHex(), QByteArray("d794000000000000000000000000000000000000000181ff"));
    QCOMPARE(encodeVote(drop, BftType::Qbft).toHex(), QByteArray("d694000000000000000000000000000000000000000180"));
    QCOMPARE(encodeVote(drop, BftType::Ibft2).toHex(), QByteArray("d694000000000000000000000000000000000000000100"));
}

void TestExtraData::roundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("voteKind"); // 0 none, 1 add, 2 drop
    QTest::addColumn<int>("round");
    for (const int type : {int(BftType::Qbft), int(BftType::Ibft2)}) {
        for (const int vote : {0, 1, 2}) {
            for (const int round : {0, 1, 127, 128, 255, 256, 65535, 0xffffff}) {
                QTest::addRow("%s vote%d round%d", type == int(BftType::Qbft) ? "qbft" : "ibft2", vote, round)
                    << type << vote << round;
            }
        }
    }
}

void TestExtraData::roundTrip()
{
    QFETCH(int, type);
    QFETCH(int, voteKind);
    QFETCH(int, round);
    BftExtraData d;
    d.type = BftType(type);
    d.vanity = QByteArray(32, '\x11');
    d.validators = {address(3), address(7), address(9)};
    if (voteKind != 0)
        d.vote = BftVote {address(42), voteKind == 1};
    d.round = quint32(round);
    d.seals = {seal(5, 6, 1), seal(7, 8, 0)};
    const QByteArray encoded = encodeExtraData(d);
    QString error;
    const auto auto_ = decodeExtraData(encoded, std::nullopt, &error);
    QVERIFY2(auto_, qPrintable(error));
    QVERIFY(*auto_ == d); // detection finds the type on its own
    const auto forced = decodeExtraData(encoded, d.type, &error);
    QVERIFY2(forced, qPrintable(error));
    QVERIFY(*forced == d);
}

void TestExtraData::invalid_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("forced"); // -1 auto
    QTest::addColumn<QString>("reason");
    const QByteArray head = h("a0") + QByteArray(32, '\0') + h("c0"); // vanity, no validators
    // encodeList concatenates already-encoded items, so raw item bytes can be wrapped directly.
    const auto wrap = [&head](const QByteArray &rest) { return chain::rlp::encodeList({head + rest}); };
    QTest::newRow("empty input") << QByteArray() << -1 << u"BFT extra data required"_s;
    QTest::newRow("not rlp") << h("f9") << -1 << u"RLP"_s;
    QTest::newRow("not a list") << h("80") << -1 << u"not an RLP list"_s;
    QTest::newRow("4 items") << h("c4") + h("80c0c080") << -1 << u"5 items"_s;
    QTest::newRow("qbft round with leading zero") << wrap(h("c0"
                                                            "8300dcba"
                                                            "c0"))
                                                  << -1 << u"leading zero"_s;
    QTest::newRow("qbft round forced, leading zero") << wrap(h("c0"
                                                               "8300dcba"
                                                               "c0"))
                                                     << int(BftType::Qbft) << u"leading zero"_s;
    QTest::newRow("qbft round over 4 bytes") << wrap(h("c0"
                                                       "850100000000"
                                                       "c0"))
                                             << -1 << u"exceeds 4"_s;
    QTest::newRow("ibft2 round of 3 bytes") << wrap(h("80"
                                                      "83fedcba"
                                                      "c0"))
                                            << -1 << u"exactly 4 bytes"_s;
    QTest::newRow("vote type 0xAA") << wrap(h("d794000000000000000000000000000000000000000181aa"
                                              "80"
                                              "c0"))
                                    << -1 << u"invalid vote type"_s;
    QTest::newRow("vote address 19 bytes") << wrap(h("d6930000000000000000000000000000000000000181ff"
                                                     "80"
                                                     "c0"))
                                           << -1 << u"20 bytes"_s;
    QTest::newRow("vote with 3 items") << wrap(h("d8940000000000000000000000000000000000000001"
                                                 "81ff"
                                                 "01"
                                                 "80"
                                                 "c0"))
                                       << -1 << u"items"_s;
    QTest::newRow("seal of 64 bytes") << wrap(h("c0"
                                                "80"
                                                "f842b840")
        + QByteArray(64, '\x01')) << -1
                                      << u"65-byte"_s;
    QTest::newRow("seals not a list") << wrap(h("c0"
                                                "80"
                                                "80"))
                                      << -1 << u"seals"_s;
    QTest::newRow("validator of 19 bytes")
        << chain::rlp::encodeList({h("a0") + QByteArray(32, '\0') + h("d493") + QByteArray(19, '\x01') + h("c080c0")})
        << -1 << u"20-byte address"_s;
    QTest::newRow("qbft forced on ibft2 vote") << wrap(h("80"
                                                         "8400000000"
                                                         "c0"))
                                               << int(BftType::Qbft) << u"QBFT expects a list"_s;
    QTest::newRow("ibft2 forced on qbft round") << wrap(h("c0"
                                                          "80"
                                                          "c0"))
                                                << int(BftType::Ibft2) << u"vote"_s;
}

void TestExtraData::invalid()
{
    QFETCH(QByteArray, extra);
    QFETCH(int, forced);
    QFETCH(QString, reason);
    QString error;
    const auto decoded
        = decodeExtraData(extra, forced < 0 ? std::nullopt : std::optional<BftType>(BftType(forced)), &error);
    QVERIFY(!decoded);
    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
}

void TestExtraData::forcedType()
{
    // Round dcba decodes to 0xDCBA as QBFT.
    const QByteArray head = h("a0") + QByteArray(32, '\0') + h("c0");
    const QByteArray body = head
        + h("c0"
            "82dcba"
            "c0");
    const QByteArray extra = chain::rlp::encodeList({body});
    const auto decoded = decodeExtraData(extra, BftType::Qbft);
    QVERIFY(decoded);
    QCOMPARE(decoded->round, quint32(0xdcba));
    QCOMPARE(bftTypeName(BftType::Qbft), u"QBFT"_s);
    QCOMPARE(bftTypeName(BftType::Ibft2), u"IBFT 2.0"_s);
    // The IBFT 2.0 vector read strictly as QBFT fails (its round has a leading zero).
    QVERIFY(!decodeExtraData(h(Ibft52Full), BftType::Qbft));
    QVERIFY(decodeExtraData(h(Ibft52Full), BftType::Ibft2));
}

QTEST_GUILESS_MAIN(TestExtraData)
#include "tst_chain_extradata.moc"

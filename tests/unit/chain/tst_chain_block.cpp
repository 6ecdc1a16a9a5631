#include "chainvectors.h"

#include "chain/blockanalysis.h"
#include "chain/blockheader.h"
#include "chain/decodeblockcommand.h"
#include "chain/hex.h"
#include "chain/keccak.h"
#include "chain/secp256k1.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace chain;
using namespace Qt::StringLiterals;

namespace {

QByteArray h(const char *hex)
{
    return QByteArray::fromHex(hex);
}

nlohmann::json parse(const char *text)
{
    return nlohmann::json::parse(text);
}

BlockHeader header(const char *text)
{
    QString error;
    auto parsed = BlockHeader::fromJson(parse(text), &error);
    if (!parsed)
        qFatal("fixture does not parse: %s", qPrintable(error));
    return *parsed;
}

QByteArray validatorKey(int i)
{
    return keccak256(QByteArray("sentinela test validator ") + QByteArray::number(i));
}

// A BFT block signed by the given validator keys (indexes into `keys`), built from the real QBFT header so that the
// other fields are realistic.
struct SyntheticBlock
{
    BlockHeader header;
    QList<QByteArray> validators; // sorted
};

SyntheticBlock makeBlock(BftType type, int validatorCount, const QList<int> &signerKeys, quint32 round,
    const QList<QByteArray> &extraSeals = {})
{
    SyntheticBlock block;
    block.header = header(chainvectors::QbftBlockE5f2);
    for (int i = 0; i < validatorCount; ++i)
        block.validators.append(addressFromPrivateKey(validatorKey(i)));
    std::sort(block.validators.begin(), block.validators.end());
    BftExtraData extra;
    extra.type = type;
    extra.vanity = QByteArray(32, '\0');
    extra.validators = block.validators;
    extra.round = round;
    block.header.miner = block.validators.first();
    block.header.extraData = encodeExtraData(extra);
    const QByteArray sealHash = block.header.sealHash(extra);
    for (const int k : signerKeys)
        extra.seals.append(sign(sealHash, validatorKey(k)));
    extra.seals.append(extraSeals);
    block.header.extraData = encodeExtraData(extra);
    block.header.hash = block.header.computeHash(extra);
    return block;
}

QString run(const QByteArray &input, bool json, int *code, QString *errors = nullptr)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    *code = decodeBlockCommand(input, json, outStream, errStream);
    outStream.flush();
    errStream.flush();
    if (errors)
        *errors = err;
    return out;
}

QByteArray readReference(const QString &name)
{
    QFile file(QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/besu-rpc/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestBlock : public QObject
{
    Q_OBJECT
private slots:
    void parseQbftBlock();
    void realBlocks_data();
    void realBlocks();
    void baseFeeChangesHash();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void laterForkFields();
    void unknownHeaderFields_data();
    void unknownHeaderFields();
    void genesisHashUsesRawExtraData();
    void quorum_data();
    void quorum();
    void syntheticBlocks_data();
    void syntheticBlocks();
    void contractValidators();
    void badExtraData();
    void expectedProposer_data();
    void expectedProposer();
    void reportFormats();
    void decodeBlockCommand_data();
    void decodeBlockCommand();
    void fixtureFiles_data();
    void fixtureFiles();
    void besuRpcFixtures();
};

void TestBlock::parseQbftBlock()
{
    const BlockHeader b = header(chainvectors::QbftBlockE5f2);
    QCOMPARE(b.number, quint64(0xe5f2));
    QCOMPARE(b.miner.toHex(), QByteArray(chainvectors::QbftBlockE5f2Miner));
    QCOMPARE(b.difficulty.toHex(), QByteArray("01"));
    QCOMPARE(b.gasLimit, quint64(0x2fefd800));
    QCOMPARE(b.gasUsed, quint64(0x197b8));
    QCOMPARE(b.timestamp, quint64(0x6849f937));
    QCOMPARE(b.nonce, QByteArray(8, '\0'));
    QCOMPARE(b.logsBloom.size(), 256);
    QVERIFY(b.baseFeePerGas);
    QVERIFY(b.baseFeePerGas->isEmpty()); // 0x0
    QVERIFY(!b.withdrawalsRoot);
    QCOMPARE(b.transactionCount, 2);
    QCOMPARE(b.size, std::optional<quint64>(0x3dc));
    QCOMPARE(b.hash.toHex(), QByteArray(chainvectors::QbftBlockE5f2Hash));
}

void TestBlock::realBlocks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("hash");
    QTest::addColumn<QByteArray>("sealHash");
    QTest::addColumn<QByteArray>("miner");
    QTest::newRow("5.5 IBFT 2.0 block 100")
        << QByteArray(chainvectors::Ibft2Block100) << int(BftType::Ibft2) << h(chainvectors::Ibft2Block100Hash)
        << h(chainvectors::Ibft2Block100SealHash) << h(chainvectors::Ibft2Block100Miner);
    // Round 0: the committed-seal hash equals the block hash.
    QTest::newRow("5.6 QBFT block 0xe5f2")
        << QByteArray(chainvectors::QbftBlockE5f2) << int(BftType::Qbft) << h(chainvectors::QbftBlockE5f2Hash)
        << h(chainvectors::QbftBlockE5f2Hash) << h(chainvectors::QbftBlockE5f2Miner);
}

void TestBlock::realBlocks()
{
    QFETCH(QByteArray, json);
    QFETCH(int, type);
    QFETCH(QByteArray, hash);
    QFETCH(QByteArray, sealHash);
    QFETCH(QByteArray, miner);
    const BlockHeader b = header(json.constData());
    QString error;
    QCOMPARE(b.computeHash(BftType(type), &error)->toHex(), hash.toHex());
    QCOMPARE(b.sealHash(BftType(type), &error)->toHex(), sealHash.toHex());

    const auto extra = decodeExtraData(b.extraData);
    QVERIFY(extra);
    QCOMPARE(extra->seals.size(), 1);
    QCOMPARE(recoverAddress(sealHash, extra->seals.first(), &error)->toHex(), miner.toHex());

    const BlockAnalysis a = analyzeBlock(b);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(int(a.type), type);
    QVERIFY(a.hashMatches);
    QCOMPARE(a.computedHash.toHex(), hash.toHex());
    QCOMPARE(a.sealHash.toHex(), sealHash.toHex());
    QCOMPARE(a.proposer.toHex(), miner.toHex());
    QCOMPARE(a.round, quint32(0));
    QVERIFY(!a.vote);
    QCOMPARE(a.validators, QList<QByteArray> {miner});
    QCOMPARE(a.signers, QList<QByteArray> {miner});
    QVERIFY(a.missing.isEmpty());
    QCOMPARE(a.invalidSeals, 0);
    QCOMPARE(a.quorum, 1);
    QCOMPARE(a.quorumMargin, 0);
    QVERIFY(a.quorumMet);

    // The other type's hash rules do not reproduce the hash.
    const BftType other = BftType(type) == BftType::Qbft ? BftType::Ibft2 : BftType::Qbft;
    const BlockAnalysis wrong = analyzeBlock(b, other);
    QVERIFY(!wrong.ok() || !wrong.hashMatches);
}

void TestBlock::baseFeeChangesHash()
{
    // The docs example of block 100 shows "baseFeePerGas": "0x7", which a 2019 block cannot have: with it the
    // recomputed hash no longer matches, and the analysis says so.
    nlohmann::json j = parse(chainvectors::Ibft2Block100);
    j["baseFeePerGas"] = "0x7";
    const auto b = BlockHeader::fromJson(j);
    QVERIFY(b);
    const BlockAnalysis a = analyzeBlock(*b);
    QVERIFY(a.ok());
    QVERIFY(!a.hashMatches);
    QVERIFY(!a.quorumMet); // the seal no longer recovers to the validator
    QCOMPARE(a.signers.size(), 0);
    QCOMPARE(a.nonMemberSigners.size(), 1);
}

void TestBlock::fromJsonErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value"); // JSON text; empty = remove the field
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing parentHash") << u"parentHash"_s << QByteArray() << u"\"parentHash\": missing"_s;
    QTest::newRow("null miner") << u"miner"_s << QByteArray("null") << u"\"miner\": missing"_s;
    QTest::newRow("short miner") << u"miner"_s << QByteArray("\"0x1234\"") << u"expected 20 bytes, got 2"_s;
    QTest::newRow("number not a string") << u"number"_s << QByteArray("100") << u"\"number\": expected a hex string"_s;
    QTest::newRow("number too big") << u"number"_s << QByteArray("\"0x10000000000000000\"") << u"64 bits"_s;
    QTest::newRow("odd extraData") << u"extraData"_s << QByteArray("\"0xabc\"") << u"odd"_s;
    QTest::newRow("bad hash digit") << u"hash"_s << QByteArray("\"0xzz\"") << u"\"hash\""_s;
    QTest::newRow("nonce 7 bytes") << u"nonce"_s << QByteArray("\"0x00000000000000\"") << u"expected 8 bytes"_s;
    QTest::newRow("transactions object") << u"transactions"_s << QByteArray("{}") << u"expected an array"_s;
    QTest::newRow("withdrawalsRoot without baseFee")
        << u"baseFeePerGas"_s << QByteArray() << u"\"withdrawalsRoot\": present without"_s;
}

void TestBlock::fromJsonErrors()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, reason);
    nlohmann::json j = parse(chainvectors::QbftBlockE5f2);
    j["withdrawalsRoot"] = "0x" + std::string(64, '0');
    if (value.isEmpty())
        j.erase(field.toStdString());
    else
        j[field.toStdString()] = nlohmann::json::parse(value.constData());
    QString error;
    QVERIFY(!BlockHeader::fromJson(j, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));

    QVERIFY(!BlockHeader::fromJson(nlohmann::json(), &error));
    QVERIFY(error.contains(u"null"_s));
    QVERIFY(!BlockHeader::fromJson(nlohmann::json::array(), &error));
    QVERIFY(error.contains(u"not a JSON object"_s));
}

void TestBlock::laterForkFields()
{
    // Each later-fork field is appended to the header RLP only when present, in fork order.
    nlohmann::json j = parse(chainvectors::QbftBlockE5f2);
    const auto base = BlockHeader::fromJson(j);
    QVERIFY(base);
    j["withdrawalsRoot"] = "0x" + std::string(64, '1');
    j["blobGasUsed"] = "0x20000";
    j["excessBlobGas"] = "0x0";
    j["parentBeaconBlockRoot"] = "0x" + std::string(64, '2');
    j["requestsHash"] = "0x" + std::string(64, '3');
    const auto full = BlockHeader::fromJson(j);
    QVERIFY(full);
    QCOMPARE(full->blobGasUsed, std::optional<quint64>(0x20000));
    const QByteArray extra = base->extraData;
    const QByteArray baseRlp = base->rlp(extra);
    const QByteArray fullRlp = full->rlp(extra);
    // The same first 16 items; then a0<32>, 83020000, 80, a0<32>, a0<32>.
    const QByteArray appended = h("a0") + QByteArray(32, '\x11') + h("83020000") + h("80") + h("a0")
        + QByteArray(32, '\x22') + h("a0") + QByteArray(32, '\x33');
    QCOMPARE(fullRlp.size(), baseRlp.size() + appended.size());
    QVERIFY(fullRlp.endsWith(appended));
    QVERIFY(full->rlp() == fullRlp);
}

void TestBlock::unknownHeaderFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    // EIP-7742's header field, which Besu carried for a while (GenesisState.buildHeader's targetBlobCount), and a
    // field of a fork not yet written.
    QTest::newRow("targetBlobsPerBlock") << u"targetBlobsPerBlock"_s << QByteArray("\"0x3\"");
    QTest::newRow("future field") << u"blockAccessListHash"_s << QByteArray("\"0x") + QByteArray(64, '7') + "\"";
}

void TestBlock::unknownHeaderFields()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    nlohmann::json j = parse(chainvectors::QbftBlockE5f2);
    // Members of Besu's BlockResult that are not header fields are known and change nothing.
    j["author"] = j["miner"];
    j["withdrawals"] = nlohmann::json::array();
    const auto known = BlockHeader::fromJson(j);
    QVERIFY(known);
    QVERIFY2(known->unknownFields.isEmpty(), qPrintable(known->unknownFields.join(u',')));
    QVERIFY(analyzeBlock(*known).hashMatches);

    j[field.toStdString()] = nlohmann::json::parse(value.constData());
    QString error;
    const auto b = BlockHeader::fromJson(j, &error);
    QVERIFY2(b, qPrintable(error)); // it parses; the analysis refuses to guess
    QCOMPARE(b->unknownFields, QStringList {field});
    const BlockAnalysis a = analyzeBlock(*b);
    QVERIFY(!a.ok());
    QVERIFY(!a.hashVerifiable);
    QVERIFY(!a.hashMatches);
    QVERIFY(a.computedHash.isEmpty());
    QVERIFY(a.signers.isEmpty()); // no signer recovered from a seal hash that cannot be right
    QVERIFY(!a.quorumMet);
    QVERIFY2(a.error.contains(field), qPrintable(a.error));
    QCOMPARE(a.proposer.toHex(), QByteArray(chainvectors::QbftBlockE5f2Miner));
    QCOMPARE(a.validators.size(), 1);
    QCOMPARE(toJson(a)["unknownHeaderFields"][0].get<std::string>(), field.toStdString());
    QCOMPARE(toJson(a)["hashVerifiable"].get<bool>(), false);
    QVERIFY(toText(a).contains(field));

    int code = -1;
    QString errors;
    run(QByteArray::fromStdString(j.dump()), false, &code, &errors);
    QCOMPARE(code, 2);
    QVERIFY2(errors.contains(field), qPrintable(errors));
}

void TestBlock::genesisHashUsesRawExtraData()
{
    // Besu's BftBlockHashing.serializeHeader keeps block 0's extraData as it is. An IBFT 2.0 genesis (vector 5.4)
    // carries the 5-item form, whose hash differs from the 3-item on-chain form used for later blocks.
    const QByteArray extra = h("f83ea00000000000000000000000000000000000000000000000000000000000000000d594c2ab482b506de56"
                               "1668e07f04547232a72897daf808400000000c0");
    nlohmann::json j = parse(chainvectors::QbftBlockE5f2);
    j["number"] = "0x0";
    j["parentHash"] = "0x" + std::string(64, '0');
    j["miner"] = "0x" + std::string(40, '0');
    j["extraData"] = toHexStd(extra);
    j["transactions"] = nlohmann::json::array();
    j.erase("baseFeePerGas");
    auto g = BlockHeader::fromJson(j);
    QVERIFY(g);
    const QByteArray rawHash = keccak256(g->rlp());
    const auto decoded = decodeExtraData(extra, BftType::Ibft2);
    QVERIFY(decoded);
    BlockHeader asBlockOne = *g;
    asBlockOne.number = 1;
    QVERIFY(keccak256(asBlockOne.rlp(encodeExtraData(*decoded, ExtraDataEncoding::WithoutSealsAndRound))) != rawHash);
    QCOMPARE(g->computeHash(*decoded).toHex(), rawHash.toHex());
    j["hash"] = toHexStd(rawHash);

    const auto genesis = BlockHeader::fromJson(j);
    QVERIFY(genesis);
    const BlockAnalysis a = analyzeBlock(*genesis);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(int(a.type), int(BftType::Ibft2));
    QVERIFY(a.hashMatches);
    QVERIFY(a.seals.isEmpty());
    int code = -1;
    QString errors;
    const QString out = run(QByteArray::fromStdString(j.dump()), false, &code, &errors);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(u"matches"_s), qPrintable(out));
    QVERIFY(!out.contains(u"MISMATCH"_s));
    QVERIFY(out.contains(u"genesis block carries no seals"_s));
    QVERIFY(!out.contains(u"NOT MET"_s));

    // The QBFT genesis of the docs (vector 5.3): its raw form is also the hash form, and it matches too.
    j["extraData"] = "0xf87aa00000000000000000000000000000000000000000000000000000000000000000f8549464a702e6263b7297a96638c"
                     "ac6ae65e6541f4169943923390ad55e90c237593b3b0e401f3b08a0318594aefdb9a738c9f433e5b6b212a6d62f6370c2f69"
                     "294c7eeb9a4e00ce683cf93039b212648e01c6c6b78c080c0";
    auto q = BlockHeader::fromJson(j);
    QVERIFY(q);
    j["hash"] = toHexStd(keccak256(q->rlp()));
    run(QByteArray::fromStdString(j.dump()), true, &code, &errors);
    QCOMPARE(code, 0);
}

void TestBlock::quorum_data()
{
    QTest::addColumn<int>("validators");
    QTest::addColumn<int>("quorum");
    QTest::newRow("0") << 0 << 0;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("2") << 2 << 2;
    QTest::newRow("3") << 3 << 2;
    QTest::newRow("4") << 4 << 3;
    QTest::newRow("5") << 5 << 4;
    QTest::newRow("6") << 6 << 4;
    QTest::newRow("7") << 7 << 5;
    QTest::newRow("8") << 8 << 6;
    QTest::newRow("9") << 9 << 6;
    QTest::newRow("10") << 10 << 7;
    QTest::newRow("21") << 21 << 14;
}

void TestBlock::quorum()
{
    QFETCH(int, validators);
    QFETCH(int, quorum);
    QCOMPARE(bftQuorum(validators), quorum);
}

void TestBlock::syntheticBlocks_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("validatorCount");
    QTest::addColumn<QList<int>>("signerKeys");
    QTest::addColumn<int>("round");
    QTest::addColumn<int>("extraInvalid"); // seals with r = 0 appended
    QTest::addColumn<int>("expectedSigners");
    QTest::addColumn<int>("expectedNonMembers");
    QTest::addColumn<int>("expectedDuplicates");
    QTest::addColumn<int>("expectedMargin");
    QTest::addColumn<bool>("quorumMet");
    for (const int type : {int(BftType::Qbft), int(BftType::Ibft2)}) {
        const char *t = type == int(BftType::Qbft) ? "qbft" : "ibft2";
        QTest::addRow("%s all 4 sign", t) << type << 4 << QList<int> {0, 1, 2, 3} << 0 << 0 << 4 << 0 << 0 << 1 << true;
        QTest::addRow("%s 3 of 4, round 2", t)
            << type << 4 << QList<int> {0, 2, 3} << 2 << 0 << 3 << 0 << 0 << 0 << true;
        QTest::addRow("%s 2 of 4", t) << type << 4 << QList<int> {1, 3} << 1 << 0 << 2 << 0 << 0 << -1 << false;
        QTest::addRow("%s duplicate seal", t)
            << type << 4 << QList<int> {1, 1, 2} << 0 << 0 << 2 << 0 << 1 << -1 << false;
        QTest::addRow("%s outsider seal", t)
            << type << 4 << QList<int> {0, 1, 9} << 5 << 0 << 2 << 1 << 0 << -1 << false;
        QTest::addRow("%s invalid seal", t) << type << 4 << QList<int> {0, 1, 2} << 0 << 1 << 3 << 0 << 0 << 0 << true;
        QTest::addRow("%s 7 of 10", t) << type << 10 << QList<int> {0, 1, 2, 3, 4, 5, 6} << 300 << 0 << 7 << 0 << 0 << 0
                                       << true;
    }
}

void TestBlock::syntheticBlocks()
{
    QFETCH(int, type);
    QFETCH(int, validatorCount);
    QFETCH(QList<int>, signerKeys);
    QFETCH(int, round);
    QFETCH(int, extraInvalid);
    QFETCH(int, expectedSigners);
    QFETCH(int, expectedNonMembers);
    QFETCH(int, expectedDuplicates);
    QFETCH(int, expectedMargin);
    QFETCH(bool, quorumMet);
    QList<QByteArray> invalid;
    for (int i = 0; i < extraInvalid; ++i)
        invalid.append(QByteArray(65, '\0'));
    const SyntheticBlock block = makeBlock(BftType(type), validatorCount, signerKeys, quint32(round), invalid);
    const BlockAnalysis a = analyzeBlock(block.header);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(int(a.type), type);
    QVERIFY(a.hashMatches);
    QCOMPARE(a.round, quint32(round));
    QCOMPARE(a.sealHash == a.computedHash, round == 0 && type == int(BftType::Qbft));
    QCOMPARE(a.signers.size(), expectedSigners);
    QCOMPARE(a.nonMemberSigners.size(), expectedNonMembers);
    QCOMPARE(a.duplicateSeals, expectedDuplicates);
    QCOMPARE(a.invalidSeals, extraInvalid);
    QCOMPARE(a.quorum, bftQuorum(validatorCount));
    QCOMPARE(a.quorumMargin, expectedMargin);
    QCOMPARE(a.quorumMet, quorumMet);
    QCOMPARE(a.missing.size() + a.signers.size(), validatorCount);
    for (const QByteArray &m : a.missing)
        QVERIFY(!a.signers.contains(m));
    // The same block read with the type forced gives the same answer.
    const BlockAnalysis forced = analyzeBlock(block.header, BftType(type));
    QCOMPARE(forced.signers, a.signers);
}

void TestBlock::contractValidators()
{
    // Contract mode: extraData lists no validators; the caller supplies them.
    const BlockHeader b = header(chainvectors::QbftBlockE5f2);
    const QByteArray miner = h(chainvectors::QbftBlockE5f2Miner);
    const QByteArray other = h("00000000000000000000000000000000000000aa");
    const BlockAnalysis a = analyzeBlock(b, BftType::Qbft, {miner, other});
    QVERIFY(a.validatorsFromOverride);
    QCOMPARE(a.quorum, 2);
    QCOMPARE(a.signers, QList<QByteArray> {miner});
    QCOMPARE(a.missing, QList<QByteArray> {other});
    QCOMPARE(a.quorumMargin, -1);
    QVERIFY(!a.quorumMet);
    QVERIFY(a.hashMatches);
}

void TestBlock::badExtraData()
{
    BlockHeader b = header(chainvectors::QbftBlockE5f2);
    b.extraData = h("d583010502846765746885676f312e37856c696e7578"); // a geth vanity string, not BFT
    const BlockAnalysis a = analyzeBlock(b);
    QVERIFY(!a.ok());
    QVERIFY(a.error.contains(u"extraData"_s));
    QVERIFY(!a.quorumMet);
    QVERIFY(toText(a).contains(a.error));
    QCOMPARE(toJson(a)["error"].get<std::string>(), a.error.toStdString());
}

void TestBlock::expectedProposer_data()
{
    QTest::addColumn<QByteArray>("parent");
    QTest::addColumn<int>("round");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray a = h("1000000000000000000000000000000000000000");
    const QByteArray b = h("2000000000000000000000000000000000000000");
    const QByteArray c = h("3000000000000000000000000000000000000000");
    const QByteArray d = h("4000000000000000000000000000000000000000");
    QTest::newRow("next after parent") << b << 0 << c;
    QTest::newRow("round 1 skips one") << b << 1 << d;
    QTest::newRow("round 2 wraps") << b << 2 << a;
    QTest::newRow("last wraps to first") << d << 0 << a;
    QTest::newRow("round equal to set size") << a << 4 << b;
    QTest::newRow("removed parent: next above") << h("2500000000000000000000000000000000000000") << 0 << c;
    QTest::newRow("removed parent, round 1") << h("2500000000000000000000000000000000000000") << 1 << d;
    QTest::newRow("removed parent above all") << h("5000000000000000000000000000000000000000") << 0 << a;
    QTest::newRow("removed parent below all") << h("0500000000000000000000000000000000000000") << 0 << a;
}

void TestBlock::expectedProposer()
{
    QFETCH(QByteArray, parent);
    QFETCH(int, round);
    QFETCH(QByteArray, expected);
    // Given unsorted: the rotation is over the sorted set.
    const QList<QByteArray> validators {h("3000000000000000000000000000000000000000"),
        h("1000000000000000000000000000000000000000"), h("4000000000000000000000000000000000000000"),
        h("2000000000000000000000000000000000000000")};
    QCOMPARE(chain::expectedProposer(validators, parent, quint32(round)).toHex(), expected.toHex());
    QVERIFY(chain::expectedProposer({}, parent, 0).isEmpty());
}

void TestBlock::reportFormats()
{
    const BlockAnalysis a = analyzeBlock(header(chainvectors::Ibft2Block100));
    const QString text = toText(a);
    QVERIFY(text.contains(u"IBFT 2.0"_s));
    QVERIFY(text.contains(u"0x"_s + QString::fromLatin1(chainvectors::Ibft2Block100Hash)));
    QVERIFY(text.contains(u"matches"_s));
    QVERIFY(text.contains(u"2019-05-07T04:27:31Z"_s));
    QVERIFY(text.contains(u"1 of 1 needed, margin +0, met"_s));
    const nlohmann::json j = toJson(a);
    QCOMPARE(j["number"].get<int>(), 100);
    QCOMPARE(j["type"].get<std::string>(), std::string("ibft2"));
    QCOMPARE(j["hashMatches"].get<bool>(), true);
    QCOMPARE(j["signers"][0].get<std::string>(), "0x" + std::string(chainvectors::Ibft2Block100Miner));
    QCOMPARE(j["quorum"].get<int>(), 1);
    QVERIFY(j["vote"].is_null());
    QVERIFY(j["error"].is_null());
}

void TestBlock::decodeBlockCommand_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedText"); // in stdout for 0/1, in stderr for 2
    const QByteArray qbft(chainvectors::QbftBlockE5f2);
    const QByteArray reply = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + qbft + "}";
    QByteArray tampered = qbft;
    tampered.replace("d33367228e", "d33367228f");
    QByteArray signerless = QByteArray(chainvectors::Ibft2Block100);
    signerless.replace("f843b8414d877d8d0ced37ea138fab55a978f3740367a24a31731322ecdc3368f11e0d4966c9ce17ae59a76fb94e"
                       "b436e8a386868f6bd6b0a5678e58daf49f5dd940558b00",
        "c0");
    signerless.replace("0xf882a0", "0xf83ea0");
    QTest::newRow("json-rpc reply, text") << reply << false << 0 << u"matches"_s;
    QTest::newRow("result object, text") << qbft << false << 0 << u"QBFT"_s;
    QTest::newRow("saved fixture with a result member")
        << "{\"method\":\"eth_getBlockByNumber\",\"source\":{},\"result\":" + qbft + "}" << false << 0 << u"matches"_s;
    QTest::newRow("json output") << reply << true << 0 << u"\"hashMatches\": true"_s;
    QTest::newRow("ibft2 block") << QByteArray(chainvectors::Ibft2Block100) << false << 0 << u"IBFT 2.0"_s;
    QTest::newRow("hash mismatch") << tampered << false << 1 << u"MISMATCH"_s;
    QTest::newRow("no seals") << signerless << false << 1 << u"NOT MET"_s;
    QTest::newRow("not json") << QByteArray("{\"jsonrpc\": ") << false << 2 << u"not valid JSON"_s;
    QTest::newRow("empty input") << QByteArray() << false << 2 << u"not valid JSON"_s;
    QTest::newRow("rpc error") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"boom"}})")
                               << false << 2 << u"boom"_s;
    QTest::newRow("null result") << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":null})") << false << 2 << u"null"_s;
    QTest::newRow("no result") << QByteArray(R"({"jsonrpc":"2.0","id":1})") << false << 2 << u"\"result\""_s;
    QTest::newRow("array") << QByteArray("[1,2]") << false << 2 << u"not a JSON object"_s;
    QTest::newRow("missing field") << QByteArray(R"({"number":"0x1"})") << false << 2 << u"parentHash"_s;
    QByteArray pow = qbft;
    pow.replace(QByteArray(R"("extraData": "0xf87e)"), QByteArray(R"("extraData": "0xd5f87e)"));
    QTest::newRow("non-BFT extraData") << pow << false << 2 << u"extraData"_s;
}

void TestBlock::decodeBlockCommand()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, json);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedText);
    int code = -1;
    QString errors;
    const QString out = run(input, json, &code, &errors);
    QCOMPARE(code, exitCode);
    if (exitCode == 2) {
        QVERIFY2(errors.contains(expectedText), qPrintable(errors));
        QVERIFY(errors.startsWith(u"decode-block: "_s));
    } else {
        QVERIFY2(out.contains(expectedText), qPrintable(out));
        QVERIFY(errors.isEmpty());
    }
    if (json && exitCode != 2)
        QVERIFY(!nlohmann::json::parse(out.toStdString(), nullptr, false).is_discarded());
}

void TestBlock::fixtureFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ibft2 block 100") << u"ibft2_block100.json"_s;
    QTest::newRow("qbft block e5f2") << u"qbft_block_e5f2.json"_s;
}

void TestBlock::fixtureFiles()
{
    QFETCH(QString, file);
    QFile f(QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/chain/") + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    int code = -1;
    const QString out = run(f.readAll(), false, &code);
    QCOMPARE(code, 0);
    QVERIFY(out.contains(u"met"_s));
}

void TestBlock::besuRpcFixtures()
{
    const QByteArray qbftFile = readReference(u"eth_getBlockByNumber_qbft_example.json"_s);
    const QByteArray docsFile = readReference(u"eth_getBlockByNumber.json"_s);
    QVERIFY2(!qbftFile.isEmpty() && !docsFile.isEmpty(), "tests/fixtures/besu-rpc is incomplete");

    // The QBFT block straight from the reference file.
    const nlohmann::json qbft = nlohmann::json::parse(qbftFile.constData());
    const auto qb = BlockHeader::fromJson(qbft.at("result"));
    QVERIFY(qb);
    const BlockAnalysis qa = analyzeBlock(*qb);
    QVERIFY(qa.hashMatches);
    QVERIFY(qa.quorumMet);
    QCOMPARE(toHex(qa.signers.value(0)),
        QString::fromStdString(qbft.at("decoded_extraData").at("sealSignersRecovered").at(0).get<std::string>()));

    // Block 100 from the docs' GraphQL result, mapped to eth_getBlockByNumber field names.
    const nlohmann::json docs = nlohmann::json::parse(docsFile.constData());
    const nlohmann::json g = docs.at("graphql_examples").at(2).at("json").at("data").at("block");
    nlohmann::json rpc;
    for (const char *same : {"hash", "nonce", "logsBloom", "mixHash", "extraData", "stateRoot", "receiptsRoot",
             "transactionsRoot", "difficulty", "timestamp"})
        rpc[same] = g.at(same);
    rpc["sha3Uncles"] = g.at("ommerHash");
    rpc["parentHash"] = g.at("parent").at("hash");
    rpc["miner"] = g.at("miner").at("address");
    rpc["number"] = "0x64";
    rpc["gasLimit"] = quantityToHex(g.at("gasLimit").get<quint64>()).toStdString();
    rpc["gasUsed"] = quantityToHex(g.at("gasUsed").get<quint64>()).toStdString();
    const auto ib = BlockHeader::fromJson(rpc);
    QVERIFY(ib);
    const BlockAnalysis ia = analyzeBlock(*ib);
    QVERIFY(ia.hashMatches);
    QCOMPARE(ia.sealHash.toHex(), QByteArray(chainvectors::Ibft2Block100SealHash));
    QCOMPARE(ia.signers, QList<QByteArray> {h(chainvectors::Ibft2Block100Miner)});

    // The PoW example of the JSON-RPC docs is not a BFT block: clear error, exit code 2.
    int code = -1;
    QString errors;
    run(QByteArray::fromStdString(docs.at("response").dump()), false, &code, &errors);
    QCOMPARE(code, 2);
    QVERIFY(errors.contains(u"extraData"_s));
}

QTEST_GUILESS_MAIN(TestBlock)
#include "tst_chain_block.moc"

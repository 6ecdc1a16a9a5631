#include "sources/besuparsers.h"
#include "sources/jsonrpc.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return json();
    return json::parse(f.readAll().toStdString(), nullptr, false);
}

QString fixture(const QString &name)
{
    return QStringLiteral(SENTINELA_SOURCE_DIR) + u"/tests/fixtures/rpc/"_s + name;
}

QString reference(const QString &name)
{
    return QStringLiteral(SENTINELA_SOURCE_DIR) + u"/tests/fixtures/besu-rpc/"_s + name;
}

} // namespace

class TestJsonRpcParsers : public QObject
{
    Q_OBJECT
private slots:
    void envelope_data();
    void envelope();
    void batchMatching();
    void batchRefusedAsWhole();
    void notEnabled();
    void projectFixtures();
    void quantities_data();
    void quantities();
    void badShapes_data();
    void badShapes();
    void besuRpcFixtures_data();
    void besuRpcFixtures();
};

void TestJsonRpcParsers::envelope_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<int>("kind");
    QTest::newRow("ok") << u"{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":\"0x1\"}"_s << qint64(3)
                        << int(jsonrpc::Error::Kind::None);
    QTest::newRow("null result is ok") << u"{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":null}"_s << qint64(3)
                                       << int(jsonrpc::Error::Kind::None);
    QTest::newRow("wrong id") << u"{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":\"0x1\"}"_s << qint64(3)
                              << int(jsonrpc::Error::Kind::Protocol);
    QTest::newRow("missing result") << u"{\"jsonrpc\":\"2.0\",\"id\":3}"_s << qint64(3)
                                    << int(jsonrpc::Error::Kind::Protocol);
    QTest::newRow("error object") << u"{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32000,\"message\":\"x\"}}"_s
                                  << qint64(3) << int(jsonrpc::Error::Kind::Rpc);
    QTest::newRow("method not found") << u"{\"id\":3,\"error\":{\"code\":-32601,\"message\":\"Method not found\"}}"_s
                                      << qint64(3) << int(jsonrpc::Error::Kind::NotEnabled);
    QTest::newRow("method not enabled")
        << u"{\"id\":3,\"error\":{\"code\":-32604,\"message\":\"Method not enabled\"}}"_s << qint64(3)
        << int(jsonrpc::Error::Kind::NotEnabled);
    QTest::newRow("not an object") << u"[1,2]"_s << qint64(3) << int(jsonrpc::Error::Kind::Protocol);
    QTest::newRow("string id") << u"{\"id\":\"3\",\"result\":true}"_s << qint64(3) << int(jsonrpc::Error::Kind::None);
}

void TestJsonRpcParsers::envelope()
{
    QFETCH(QString, reply);
    QFETCH(qint64, id);
    QFETCH(int, kind);
    const auto outcome = jsonrpc::decodeReplyObject(json::parse(reply.toStdString()), id);
    QCOMPARE(int(outcome.error.kind), kind);
    if (kind != int(jsonrpc::Error::Kind::None))
        QVERIFY(!outcome.error.message.isEmpty());
}

void TestJsonRpcParsers::batchMatching()
{
    // Out of order, one missing (id 12), one unknown (99), one duplicate (11).
    const json reply = json::parse(R"([{"id":11,"result":"0x2"},{"id":10,"result":"0x1"},{"id":99,"result":1},
                                       {"id":11,"result":"0x3"}])");
    const auto outcomes = jsonrpc::decodeBatchReply(reply, 10, 3);
    QCOMPARE(outcomes.size(), 3);
    QVERIFY(outcomes[0].ok());
    QCOMPARE(outcomes[0].result.get<std::string>(), std::string("0x1"));
    QCOMPARE(int(outcomes[1].error.kind), int(jsonrpc::Error::Kind::Protocol)); // duplicate
    QCOMPARE(int(outcomes[2].error.kind), int(jsonrpc::Error::Kind::Protocol)); // missing
    QVERIFY(outcomes[2].error.message.contains(u"12"_s));

    const QByteArray encoded
        = jsonrpc::encodeBatch(10, {{u"eth_blockNumber"_s, json::array()}, {u"net_peerCount"_s, json::array()}});
    const json parsed = json::parse(encoded.toStdString());
    QCOMPARE(parsed.size(), size_t(2));
    QCOMPARE(parsed[1]["id"].get<int>(), 11);
    QCOMPARE(parsed[1]["method"].get<std::string>(), std::string("net_peerCount"));
    QCOMPARE(parsed[0]["jsonrpc"].get<std::string>(), std::string("2.0"));
}

void TestJsonRpcParsers::batchRefusedAsWhole()
{
    const json reply
        = json::parse(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid Request"}})");
    jsonrpc::Error whole;
    const auto outcomes = jsonrpc::decodeBatchReply(reply, 1, 2, &whole);
    QCOMPARE(whole.code, -32600);
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(!outcomes[0].ok());
    QVERIFY(!outcomes[1].ok());
    jsonrpc::Error notArray;
    jsonrpc::decodeBatchReply(json(42), 1, 1, &notArray);
    QCOMPARE(int(notArray.kind), int(jsonrpc::Error::Kind::Protocol));
}

void TestJsonRpcParsers::notEnabled()
{
    QVERIFY(jsonrpc::isNotEnabledError(-32601, u"Method not found"_s));
    QVERIFY(jsonrpc::isNotEnabledError(-32604, u"Method not enabled"_s));
    QVERIFY(jsonrpc::isNotEnabledError(-32000, u"the method qbft_getPendingVotes is not enabled"_s));
    QVERIFY(!jsonrpc::isNotEnabledError(-32000, u"execution reverted"_s));
    QCOMPARE(jsonrpc::methodNamespace(u"qbft_getSignerMetrics"_s), u"qbft"_s);
    QCOMPARE(jsonrpc::methodNamespace(u"nonamespace"_s), QString());
}

void TestJsonRpcParsers::projectFixtures()
{
    const json block = readJson(fixture(u"eth_getBlockByNumber_qbft.json"_s));
    QVERIFY2(block.is_object(), "fixture eth_getBlockByNumber_qbft.json missing");
    QString error;
    const auto header = besu::parseBlock(block["result"], &error);
    QVERIFY2(header, qPrintable(error));
    QCOMPARE(header->number, quint64(0x1b4f3a));
    QCOMPARE(header->transactionCount, 2);
    QCOMPARE(header->gasUsed, quint64(0x5208));
    QCOMPARE(header->timestamp, quint64(0x66a0c3f4));
    QCOMPARE(header->extraData.size(), 60);

    const json notification = readJson(fixture(u"newheads_notification.json"_s));
    const auto head = besu::parseBlock(notification["params"]["result"], &error);
    QVERIFY2(head, qPrintable(error));
    QCOMPARE(head->number, header->number);
    QCOMPARE(head->transactionCount, 0);

    const json batch = readJson(fixture(u"batch_status_admin_qbft_disabled.json"_s));
    const auto outcomes = jsonrpc::decodeBatchReply(batch, 1, 9);
    QVERIFY(outcomes[0].ok());
    QCOMPARE(*besu::parseQuantity(outcomes[0].result), quint64(0x1b4f3a));
    const auto sync = besu::parseSyncing(outcomes[1].result);
    QVERIFY(sync && !sync->syncing);
    QCOMPARE(*besu::parseQuantity(outcomes[3].result), quint64(12120014));
    QCOMPARE(int(outcomes[5].error.kind), int(jsonrpc::Error::Kind::NotEnabled));
    QCOMPARE(int(outcomes[7].error.kind), int(jsonrpc::Error::Kind::NotEnabled));
    const auto pool = besu::parseTxPoolStatistics(outcomes[6].result);
    QVERIFY(pool);
    QCOMPARE(pool->remoteCount, 3);

    const auto peers = besu::parsePeers(readJson(fixture(u"admin_peers_inbound.json"_s))["result"], &error);
    QVERIFY2(peers, qPrintable(error));
    QCOMPARE(peers->size(), 2);
    QCOMPARE(peers->at(0).inbound, std::optional<bool>(true));
    QCOMPARE(peers->at(1).inbound, std::optional<bool>(false));
    QCOMPARE(peers->at(1).remoteAddress, u"10.30.4.2:30303"_s);
    QVERIFY(peers->at(0).caps.contains(u"istanbul/100"_s));
    QCOMPARE(besu::enodePublicKey(peers->at(0).enode), QString(u"ab"_s.repeated(64)));

    const auto metrics = besu::parseSignerMetrics(readJson(fixture(u"qbft_getSignerMetrics_window.json"_s))["result"]);
    QVERIFY(metrics);
    QCOMPARE(metrics->size(), 2);
    QCOMPARE(metrics->at(0).proposedBlockCount, quint64(500));
    QCOMPARE(metrics->at(1).lastProposedBlockNumber, quint64(0));

    const auto syncing = besu::parseSyncing(readJson(fixture(u"eth_syncing_fullsync.json"_s))["result"]);
    QVERIFY(syncing && syncing->syncing);
    QCOMPARE(syncing->highestBlock, quint64(0x1b4f3a));
    QVERIFY(!syncing->pulledStates);
}

void TestJsonRpcParsers::quantities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("value");
    QTest::newRow("zero") << u"\"0x0\""_s << true << quint64(0);
    QTest::newRow("odd digits") << u"\"0x1a2\""_s << true << quint64(0x1a2);
    QTest::newRow("no prefix") << u"\"12\""_s << false << quint64(0);
    QTest::newRow("number") << u"12"_s << false << quint64(0);
    QTest::newRow("too big") << u"\"0x1ffffffffffffffff\""_s << false << quint64(0);
    QTest::newRow("empty") << u"\"0x\""_s << false << quint64(0);
}

void TestJsonRpcParsers::quantities()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(quint64, value);
    QString error;
    const auto parsed = besu::parseQuantity(json::parse(text.toStdString()), &error);
    QCOMPARE(bool(parsed), ok);
    if (ok)
        QCOMPARE(*parsed, value);
    else
        QVERIFY(!error.isEmpty());
}

void TestJsonRpcParsers::badShapes_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("result");
    QTest::newRow("syncing true") << u"syncing"_s << u"true"_s;
    QTest::newRow("syncing missing field") << u"syncing"_s << u"{\"startingBlock\":\"0x0\"}"_s;
    QTest::newRow("peers not list") << u"peers"_s << u"{}"_s;
    QTest::newRow("peer without id") << u"peers"_s << u"[{\"name\":\"x\"}]"_s;
    QTest::newRow("validators bad address") << u"addresses"_s << u"[\"0x1234\"]"_s;
    QTest::newRow("votes non-bool") << u"votes"_s << u"{\"0x42d4287eac8078828cf5f3486cfe601a275a49a5\":1}"_s;
    QTest::newRow("metrics missing count")
        << u"metrics"_s << u"[{\"address\":\"0x42d4287eac8078828cf5f3486cfe601a275a49a5\"}]"_s;
    QTest::newRow("txpool string") << u"txpool"_s << u"{\"maxSize\":\"a\",\"localCount\":0,\"remoteCount\":0}"_s;
    QTest::newRow("block null") << u"block"_s << u"null"_s;
    QTest::newRow("block bad hash") << u"block"_s << u"{\"number\":\"0x1\",\"hash\":\"zz\"}"_s;
    QTest::newRow("enode garbage") << u"enodes"_s << u"[\"enode://abc@1.2.3.4:1\"]"_s;
    QTest::newRow("nodeinfo no enode") << u"nodeinfo"_s << u"{\"id\":\"x\"}"_s;
}

void TestJsonRpcParsers::badShapes()
{
    QFETCH(QString, parser);
    QFETCH(QString, result);
    const json value = json::parse(result.toStdString());
    QString error;
    bool ok = true;
    if (parser == u"syncing")
        ok = bool(besu::parseSyncing(value, &error));
    else if (parser == u"peers")
        ok = bool(besu::parsePeers(value, &error));
    else if (parser == u"addresses")
        ok = bool(besu::parseAddressList(value, &error));
    else if (parser == u"votes")
        ok = bool(besu::parsePendingVotes(value, &error));
    else if (parser == u"metrics")
        ok = bool(besu::parseSignerMetrics(value, &error));
    else if (parser == u"txpool")
        ok = bool(besu::parseTxPoolStatistics(value, &error));
    else if (parser == u"block")
        ok = bool(besu::parseBlock(value, &error));
    else if (parser == u"enodes")
        ok = bool(besu::parseEnodeList(value, &error));
    else if (parser == u"nodeinfo")
        ok = bool(besu::parseNodeInfo(value, &error));
    QVERIFY(!ok);
    QVERIFY2(!error.isEmpty(), "a failed parse must say why");
}

void TestJsonRpcParsers::besuRpcFixtures_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"eth_blockNumber", "eth_chainId", "net_peerCount", "eth_syncing", "admin_peers",
             "admin_nodeInfo", "net_enode", "qbft_getValidatorsByBlockNumber", "ibft_getValidatorsByBlockNumber",
             "qbft_getSignerMetrics", "ibft_getSignerMetrics", "qbft_getPendingVotes", "ibft_getPendingVotes",
             "perm_getAccountsAllowlist", "perm_getNodesAllowlist", "txpool_besuStatistics", "eth_getBlockByNumber",
             "eth_getBlockByNumber_qbft_example", "eth_subscribe_newHeads"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestJsonRpcParsers::besuRpcFixtures()
{
    QFETCH(QString, file);
    const QString path = reference(file + u".json"_s);
    QVERIFY2(QFile::exists(path), qPrintable(u"fixture missing: "_s + path));
    const json doc = readJson(path);
    QVERIFY2(doc.is_object(), qPrintable(path));
    json result;
    if (file == u"eth_getBlockByNumber_qbft_example")
        result = doc["result"];
    else if (file == u"eth_subscribe_newHeads")
        result = doc["notification"]["params"]["result"];
    else {
        const json &response = doc["response"];
        const auto outcome = jsonrpc::decodeReplyObject(response, response["id"].get<qint64>());
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.message));
        result = outcome.result;
    }
    QString error;
    bool ok = false;
    if (file == u"eth_blockNumber" || file == u"eth_chainId" || file == u"net_peerCount") {
        const auto q = besu::parseQuantity(result, &error);
        ok = q.has_value() && *q > 0;
    } else if (file == u"eth_syncing") {
        const auto s = besu::parseSyncing(result, &error);
        ok = s && s->syncing && s->highestBlock == 0x9567a3 && s->pulledStates == quint64(0x203ca);
    } else if (file == u"admin_peers") {
        const auto p = besu::parsePeers(result, &error);
        ok = p && p->size() == 1 && p->at(0).remoteAddress == u"168.61.153.255:40303" && !p->at(0).inbound;
    } else if (file == u"admin_nodeInfo") {
        const auto n = besu::parseNodeInfo(result, &error);
        ok = n && n->chainId == quint64(2018) && n->listenerPort == 30303 && !besu::enodePublicKey(n->enode).isEmpty();
    } else if (file == u"net_enode") {
        ok = bool(besu::parseEnode(result, &error));
    } else if (file.endsWith(u"getValidatorsByBlockNumber") || file == u"perm_getAccountsAllowlist") {
        const auto a = besu::parseAddressList(result, &error);
        ok = a && !a->isEmpty();
    } else if (file.endsWith(u"getSignerMetrics")) {
        const auto m = besu::parseSignerMetrics(result, &error);
        ok = m && m->size() == 3 && m->at(0).proposedBlockCount == 0x21;
    } else if (file.endsWith(u"getPendingVotes")) {
        const auto v = besu::parsePendingVotes(result, &error);
        ok = v && v->size() == 2 && v->value(u"0xef1bfb6a12794615c9b0b5a21e6741f01e570185"_s);
    } else if (file == u"perm_getNodesAllowlist") {
        const auto e = besu::parseEnodeList(result, &error);
        ok = e && e->size() == 2;
    } else if (file == u"txpool_besuStatistics") {
        const auto t = besu::parseTxPoolStatistics(result, &error);
        ok = t && t->maxSize == 4096 && t->localCount == 1;
    } else {
        const auto b = besu::parseBlock(result, &error);
        ok = b && b->number > 0 && b->hash.size() == 32;
    }
    if (file == u"eth_subscribe_newHeads")
        QEXPECT_FAIL("eth_subscribe_newHeads",
            "the docs example omits mixHash, which chain::BlockHeader::fromJson requires (Besu sends it)", Continue);
    QVERIFY2(ok, qPrintable(file + u": "_s + error));
}

QTEST_GUILESS_MAIN(TestJsonRpcParsers)
#include "tst_jsonrpcparsers.moc"

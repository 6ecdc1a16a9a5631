// The devnet against the project's own chain decoder: real servers on 127.0.0.1, started and stopped here.

#include "chain/blockanalysis.h"
#include "chain/blockheader.h"
#include "chain/extradata.h"
#include "chain/hex.h"
#include "config/inventoryloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "../common/devnetprocess.h"
#include "../common/requireorskip.h"
#include <QTimer>
#include <QWebSocket>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::json;

// nlohmann::json converts to too many types for QCOMPARE's overloads; compare and print the dumps instead.
#define JSON_COMPARE(actual, expected)                                                                                 \
    QVERIFY2((actual) == (expected),                                                                                   \
        qPrintable(QString::fromStdString(json(actual).dump() + " != " + json(expected).dump())))

namespace {

struct Reply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    qint64 elapsedMs = 0;
    json doc; // discarded when the body is not JSON
};

QByteArray hexBytes(const std::string &text)
{
    return chain::fromHex(std::string_view(text)).value_or(QByteArray());
}

} // namespace

class TestDevnet : public QObject
{
    Q_OBJECT

private:
    Reply post(const QString &url, const QByteArray &body, int timeoutMs = 10000)
    {
        QNetworkRequest request {QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.post(request, body);
        return finish(reply, timer, timeoutMs);
    }
    Reply get(const QString &url, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        return finish(m_nam.get(QNetworkRequest(QUrl(url))), timer, timeoutMs);
    }
    Reply finish(QNetworkReply *reply, const QElapsedTimer &timer, int timeoutMs)
    {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, [reply] { reply->abort(); });
        if (!reply->isFinished())
            loop.exec();
        Reply r;
        r.error = reply->error();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.elapsedMs = timer.elapsed();
        r.doc = json::parse(r.body.constBegin(), r.body.constEnd(), nullptr, false);
        reply->deleteLater();
        return r;
    }
    json rpc(const QString &node, const char *method, const json &params = json::array())
    {
        const json request = {{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", params}};
        const Reply r = post(url(node, "rpcHttp"), QByteArray::fromStdString(request.dump()));
        if (r.doc.is_discarded() || !r.doc.is_object())
            return json();
        return r.doc;
    }
    json result(const QString &node, const char *method, const json &params = json::array())
    {
        const json reply = rpc(node, method, params);
        return reply.is_object() && reply.contains("result") ? reply["result"] : json();
    }
    QString url(const QString &node, const char *kind) const
    {
        for (const json &n : m_endpoints["nodes"]) {
            if (n["name"].get<std::string>() == node.toStdString())
                return QString::fromStdString(n[kind].get<std::string>());
        }
        return {};
    }
    QByteArray address(const QString &node) const { return hexBytes(m_endpoints["nodes"][nodeIdx(node)]["address"]); }
    size_t nodeIdx(const QString &node) const
    {
        for (size_t i = 0; i < m_endpoints["nodes"].size(); ++i) {
            if (m_endpoints["nodes"][i]["name"].get<std::string>() == node.toStdString())
                return i;
        }
        return 0;
    }
    bool control(const QString &command)
    {
        const Reply r
            = post(QString::fromStdString(m_endpoints["control"].get<std::string>()) + u"/command"_s, command.toUtf8());
        return r.status == 200;
    }
    quint64 height(const QString &node)
    {
        const json r = result(node, "eth_blockNumber");
        return r.is_string() ? chain::quantityFromHex(r.get<std::string>()).value_or(0) : 0;
    }
    // Waits until `node` has seen `blocks` more blocks; false on timeout.
    bool waitBlocks(const QString &node, quint64 blocks, int timeoutMs = 15000)
    {
        const quint64 target = height(node) + blocks;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (height(node) >= target)
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    chain::BlockAnalysis analyze(const QString &node, quint64 number)
    {
        const json block = result(node, "eth_getBlockByNumber", {chain::quantityToHex(number).toStdString(), false});
        QString error;
        const auto header = chain::BlockHeader::fromJson(block, &error);
        if (!header) {
            chain::BlockAnalysis a;
            a.error = error.isEmpty() ? u"no block"_s : error;
            return a;
        }
        return chain::analyzeBlock(*header, chain::BftType::Qbft);
    }
    QSet<QByteArray> validatorAddresses() const
    {
        QSet<QByteArray> out;
        for (const json &n : m_endpoints["nodes"]) {
            if (n["type"] == "validator")
                out.insert(hexBytes(n["address"]));
        }
        return out;
    }

    QTemporaryDir m_dir;
    QProcess m_devnet;
    json m_endpoints;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        const QString binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
        SENTINELA_REQUIRE_OR_SKIP(QFile::exists(binary), "sentinela-devnet is not built (target sentinela-devnet)");
        QVERIFY(m_dir.isValid());
        const QString endpoints = m_dir.filePath(u"endpoints.json"_s);
        QByteArray out;
        QVERIFY2(
            testsupport::startDevnet(m_devnet, binary,
                {u"--port-base"_s, u"0"_s, u"--block-period"_s, u"0.25"_s, u"--endpoints"_s, endpoints, u"--seed"_s,
                    u"7"_s, u"--tx-rate"_s, u"20"_s, u"--config-out"_s, m_dir.filePath(u"sentinela.yaml"_s)},
                &out),
            out.constData());
        QFile file(endpoints);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        m_endpoints = json::parse(data.constBegin(), data.constEnd(), nullptr, false);
        QVERIFY(!m_endpoints.is_discarded());
        QCOMPARE(m_endpoints["nodes"].size(), size_t(20));
        QVERIFY(QFile::exists(m_dir.filePath(u"sentinela.yaml"_s)));
        QVERIFY(waitBlocks(u"validator01"_s, 3));
    }

    void cleanupTestCase()
    {
        if (m_devnet.state() != QProcess::NotRunning) {
            m_devnet.terminate();
            if (!m_devnet.waitForFinished(5000))
                m_devnet.kill();
            // SIGTERM is a clean shutdown: no crash while the servers close.
            QCOMPARE(m_devnet.exitStatus(), QProcess::NormalExit);
            QCOMPARE(m_devnet.exitCode(), 0);
        }
    }

    void configOutLoadsBack()
    {
        const InventoryLoadResult loaded = InventoryLoader::loadFile(m_dir.filePath(u"sentinela.yaml"_s));
        QStringList messages;
        for (const ConfigMessage &m : loaded.messages)
            messages.append(m.toString());
        QVERIFY2(loaded.inventory, qPrintable(messages.join(u'\n')));
        const NetworkConfig *net = loaded.inventory->active();
        QVERIFY(net);
        QCOMPARE(net->chainId, quint64(1337));
        QCOMPARE(net->blockPeriodSeconds, 0.25);
        QCOMPARE(net->institutions.size(), 5);
        QCOMPARE(net->nodes.size(), 20);
        const NodeConfig *v = net->node(u"validator02"_s);
        QVERIFY(v);
        QCOMPARE(v->type, NodeType::Validator);
        QCOMPARE(v->rpcHttp, QUrl(url(u"validator02"_s, "rpcHttp")));
        QCOMPARE(v->rpcWs, QUrl(url(u"validator02"_s, "rpcWs")));
        QCOMPARE(v->prometheusNode.isEmpty() ? v->name : v->prometheusNode, u"validator02"_s);
        QCOMPARE(v->address, chain::toHex(address(u"validator02"_s)));
    }

    void blocksDecodeAndEveryLiveValidatorSigns()
    {
        const quint64 head = height(u"boot01"_s);
        QVERIFY(head >= 3);
        const QSet<QByteArray> validators = validatorAddresses();
        QCOMPARE(validators.size(), 5);
        for (quint64 n = head - 2; n <= head; ++n) {
            const chain::BlockAnalysis a = analyze(u"boot01"_s, n);
            QVERIFY2(a.ok(), qPrintable(a.error));
            QVERIFY2(a.hashMatches, qPrintable(u"block %1: recomputed hash differs"_s.arg(n)));
            QCOMPARE(a.computedHash, a.hash);
            QVERIFY(a.quorumMet);
            QCOMPARE(QSet<QByteArray>(a.validators.cbegin(), a.validators.cend()), validators);
            QCOMPARE(QSet<QByteArray>(a.signers.cbegin(), a.signers.cend()), validators);
            QVERIFY(a.nonMemberSigners.isEmpty());
            QCOMPARE(a.invalidSeals, 0);
            QVERIFY(validators.contains(a.proposer));
        }
    }

    void extraDataRoundTripsThroughTheProjectCodec()
    {
        const json block = result(u"validator03"_s, "eth_getBlockByNumber", {"latest", false});
        const QByteArray extra = hexBytes(block["extraData"]);
        const auto decoded = chain::decodeExtraData(extra, chain::BftType::Qbft);
        QVERIFY(decoded);
        QCOMPARE(chain::encodeExtraData(*decoded), extra);
        QCOMPARE(decoded->vanity.size(), 32);
        QVERIFY(std::is_sorted(decoded->validators.cbegin(), decoded->validators.cend()));
        // The codec the devnet builds its blocks with reproduces Besu's vectors (qbft-extradata.md 5.1 and 5.3).
        const QByteArray v51 = hexBytes(
            "0xf8f0a00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20ea940000000000000000000000000000"
            "000000000001940000000000000000000000000000000000000002d794000000000000000000000000000000000000000181ff83"
            "fedcbaf886b8410000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000"
            "000000000000000000000000000000000000a00b841000000000000000000000000000000000000000000000000000000000000"
            "000a000000000000000000000000000000000000000000000000000000000000000100");
        chain::BftExtraData e;
        for (int i = 1; i <= 32; ++i)
            e.vanity.append(char(i));
        e.validators = {QByteArray(19, '\0') + '\x01', QByteArray(19, '\0') + '\x02'};
        e.vote = chain::BftVote {QByteArray(19, '\0') + '\x01', true};
        e.round = 0xFEDCBA;
        auto seal = [](char r, char s) { return QByteArray(31, '\0') + r + QByteArray(31, '\0') + s + '\0'; };
        e.seals = {seal(1, 10), seal(10, 1)};
        QCOMPARE(chain::encodeExtraData(e), v51);
        chain::BftExtraData g;
        g.vanity = QByteArray(32, '\0');
        for (const char *a :
            {"0x64a702e6263b7297a96638cac6ae65e6541f4169", "0x3923390ad55e90c237593b3b0e401f3b08a03185",
                "0xaefdb9a738c9f433e5b6b212a6d62f6370c2f692", "0xc7eeb9a4e00ce683cf93039b212648e01c6c6b78"})
            g.validators.append(hexBytes(a));
        QCOMPARE(chain::toHex(chain::encodeExtraData(g)),
            u"0xf87aa00000000000000000000000000000000000000000000000000000000000000000f8549464a702e6263b7297a96638"
            "cac6ae65e6541f4169943923390ad55e90c237593b3b0e401f3b08a0318594aefdb9a738c9f433e5b6b212a6d62f6370c2f69"
            "294c7eeb9a4e00ce683cf93039b212648e01c6c6b78c080c0"_s);
    }

    void replyShapesMatchTheReference_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("node");
        const char *files[] = {"eth_blockNumber", "eth_chainId", "net_version", "net_listening", "net_peerCount",
            "net_enode", "admin_nodeInfo", "admin_peers", "qbft_getSignerMetrics", "qbft_getValidatorsByBlockNumber",
            "qbft_getPendingVotes", "perm_getAccountsAllowlist", "perm_getNodesAllowlist", "txpool_besuStatistics",
            "txpool_besuTransactions", "qbft_proposeValidatorVote", "qbft_discardValidatorVote",
            "eth_getBlockByNumber"};
        for (const char *f : files)
            QTest::newRow(f) << QString::fromLatin1(f) << u"writer02"_s;
    }

    void replyShapesMatchTheReference()
    {
        QFETCH(QString, file);
        QFETCH(QString, node);
        const QString path = QStringLiteral(SENTINELA_SOURCE_DIR) + u"/tests/fixtures/besu-rpc/"_s + file + u".json"_s;
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(u"fixture missing: "_s + path));
        const QByteArray data = f.readAll();
        const json ref = json::parse(data.constBegin(), data.constEnd(), nullptr, false);
        QVERIFY(!ref.is_discarded());
        json params = ref["request"].value("params", json::array());
        json expected = ref["response"]["result"];
        if (file == u"eth_getBlockByNumber"_s) {
            // The docs example is a PoW block: take the real QBFT block's shape, and ask for our latest.
            QFile q(QStringLiteral(SENTINELA_SOURCE_DIR) + u"/tests/fixtures/besu-rpc/eth_getBlockByNumber_qbft_example.json"_s);
            QVERIFY(q.open(QIODevice::ReadOnly));
            const QByteArray qd = q.readAll();
            expected = json::parse(qd.constBegin(), qd.constEnd())["result"];
            params = {"latest", false};
        } else if (file == u"qbft_getValidatorsByBlockNumber"_s) {
            params = {"latest"};
        } else if (file == u"txpool_besuTransactions"_s) {
            // Blocks drain the pool every 250 ms; a partitioned writer keeps its own transactions pending.
            QVERIFY(control(u"partition "_s + node));
            QElapsedTimer t;
            t.start();
            while (result(node, "txpool_besuTransactions").empty() && t.elapsed() < 5000)
                QTest::qWait(100);
        }
        const auto heal = qScopeGuard([&] {
            if (file == u"txpool_besuTransactions"_s)
                control(u"heal "_s + node);
        });
        const json reply = rpc(node, ref["request"]["method"].get<std::string>().c_str(), params);
        QVERIFY2(reply.is_object(), "no JSON-RPC reply");
        JSON_COMPARE(reply["jsonrpc"], json("2.0"));
        JSON_COMPARE(reply["id"], json(1));
        QVERIFY2(reply.contains("result"), reply.dump().c_str());
        const json &got = reply["result"];
        QCOMPARE(int(got.type()), int(expected.type()));
        auto keysOf = [](const json &o) {
            QStringList keys;
            for (auto it = o.begin(); it != o.end(); ++it)
                keys.append(QString::fromStdString(it.key()));
            return keys;
        };
        auto compareObjects = [&](const json &g, const json &e) {
            if (file == u"qbft_getPendingVotes"_s)
                return; // keys are addresses
            const QStringList gotKeys = keysOf(g);
            for (const QString &k : keysOf(e))
                QVERIFY2(gotKeys.contains(k), qPrintable(file + u": missing key "_s + k));
            for (auto it = e.begin(); it != e.end(); ++it)
                QVERIFY2(g[it.key()].is_null() || e[it.key()].is_null() || g[it.key()].type() == it.value().type()
                        || (g[it.key()].is_number() && it.value().is_number()),
                    qPrintable(file + u": type of "_s + QString::fromStdString(it.key())));
        };
        if (expected.is_object())
            compareObjects(got, expected);
        if (expected.is_array() && !expected.empty() && expected[0].is_object()) {
            if (got.empty())
                QSKIP("empty list: no element to compare");
            compareObjects(got[0], expected[0]);
        }
        if (file == u"eth_getBlockByNumber"_s) {
            // Besu's BlockResult field order.
            QStringList expectedOrder = keysOf(expected);
            QStringList gotOrder = keysOf(got);
            gotOrder.removeIf([&](const QString &k) { return !expectedOrder.contains(k); });
            QCOMPARE(gotOrder, expectedOrder);
        }
    }

    void errorsAndBatches()
    {
        const json unknown = rpc(u"boot02"_s, "eth_doesNotExist");
        JSON_COMPARE(unknown["error"]["code"], json(-32601));
        JSON_COMPARE(unknown["error"]["message"], json("Method not found"));
        const Reply batch = post(url(u"boot02"_s, "rpcHttp"),
            R"([{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]},
                                     {"jsonrpc":"2.0","id":2,"method":"web3_clientVersion","params":[]}])");
        QVERIFY(batch.doc.is_array());
        QCOMPARE(batch.doc.size(), size_t(2));
        JSON_COMPARE(batch.doc[1]["result"], json("besu/v25.5.0/linux-x86_64/openjdk-java-21"));
        const Reply parse = post(url(u"boot02"_s, "rpcHttp"), "{not json");
        JSON_COMPARE(parse.doc["error"]["code"], json(-32700));
        const json callParams = {{{"to", "0x0000000000000000000000000000000000008888"}}, "latest"};
        JSON_COMPARE(result(u"boot02"_s, "eth_call", callParams), json("0x"));
        JSON_COMPARE(result(u"boot02"_s, "eth_syncing"), json(false));
    }

    void webSocketNewHeads()
    {
        QWebSocket ws;
        QEventLoop loop;
        QList<json> messages;
        connect(&ws, &QWebSocket::connected, &loop, &QEventLoop::quit);
        connect(&ws, &QWebSocket::textMessageReceived, &loop, [&](const QString &m) {
            messages.append(json::parse(m.toStdString(), nullptr, false));
            loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        ws.open(QUrl(url(u"validator04"_s, "rpcWs")));
        loop.exec();
        QCOMPARE(ws.state(), QAbstractSocket::ConnectedState);
        ws.sendTextMessage(uR"({"jsonrpc":"2.0","id":5,"method":"eth_subscribe","params":["newHeads"]})"_s);
        QElapsedTimer t;
        t.start();
        while (messages.size() < 3 && t.elapsed() < 10000) {
            QTimer::singleShot(2000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QVERIFY(messages.size() >= 3);
        JSON_COMPARE(messages[0]["id"], json(5));
        const json sub = messages[0]["result"];
        QVERIFY(sub.is_string());
        JSON_COMPARE(messages[1]["method"], json("eth_subscription"));
        JSON_COMPARE(messages[1]["params"]["subscription"], sub);
        QString error;
        const auto header = chain::BlockHeader::fromJson(messages[1]["params"]["result"], &error);
        QVERIFY2(header, qPrintable(error));
        QVERIFY(chain::analyzeBlock(*header, chain::BftType::Qbft).hashMatches);
        messages.clear();
        ws.sendTextMessage(QString::fromStdString(
            json({{"jsonrpc", "2.0"}, {"id", 6}, {"method", "eth_unsubscribe"}, {"params", {sub}}}).dump()));
        t.restart();
        while (t.elapsed() < 3000) {
            QTimer::singleShot(500, &loop, &QEventLoop::quit);
            loop.exec();
            bool found = false;
            for (const json &m : messages)
                found = found || (m.contains("id") && m["id"] == json(6));
            if (found)
                break;
        }
        bool acknowledged = false;
        for (const json &m : messages)
            acknowledged = acknowledged || (m.contains("id") && m["id"] == json(6) && m["result"] == json(true));
        QVERIFY(acknowledged);
        ws.close();
    }

    void stoppedValidatorStopsSigning()
    {
        const QByteArray v02 = address(u"validator02"_s);
        QVERIFY(control(u"stop validator02"_s));
        const Reply refused
            = post(url(u"validator02"_s, "rpcHttp"), R"({"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"})");
        QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
        const quint64 from = height(u"boot01"_s) + 1;
        // Enough blocks that validator02's turn as proposer comes (and passes by a round change).
        QVERIFY(waitBlocks(u"boot01"_s, 8, 30000));
        const quint64 to = height(u"boot01"_s);
        bool sawRoundChange = false;
        QSet<QByteArray> expected = validatorAddresses();
        expected.remove(v02);
        for (quint64 n = from; n <= to; ++n) {
            const chain::BlockAnalysis a = analyze(u"boot01"_s, n);
            QVERIFY2(a.ok() && a.hashMatches, qPrintable(u"block %1"_s.arg(n)));
            QCOMPARE(QSet<QByteArray>(a.signers.cbegin(), a.signers.cend()), expected);
            QCOMPARE(a.missing, QList<QByteArray> {v02});
            QVERIFY(a.proposer != v02);
            sawRoundChange = sawRoundChange || a.round > 0;
        }
        QVERIFY2(sawRoundChange, "no block after a round change although the stopped validator's turn came");
        const QByteArray metrics = get(url(u"boot01"_s, "metrics")).body;
        QVERIFY(
            metrics.contains("besu_network_p2p_messages_inbound_total{protocol=\"istanbul/100\",name=\"RoundChange\""));
        QVERIFY(control(u"start validator02"_s));
        QVERIFY(waitBlocks(u"validator02"_s, 3));
        QVERIFY(waitBlocks(u"boot01"_s, 2));
        const chain::BlockAnalysis back = analyze(u"boot01"_s, height(u"boot01"_s));
        QVERIFY(back.signers.contains(v02));
    }

    void partitionLosesPeersAndBlocks()
    {
        QVERIFY(result(u"writer03"_s, "net_peerCount") != json("0x0"));
        QVERIFY(control(u"partition writer03"_s));
        JSON_COMPARE(result(u"writer03"_s, "net_peerCount"), json("0x0"));
        JSON_COMPARE(result(u"writer03"_s, "admin_peers"), json::array());
        const quint64 frozen = height(u"writer03"_s);
        QVERIFY(waitBlocks(u"boot01"_s, 4));
        QCOMPARE(height(u"writer03"_s), frozen);
        QVERIFY(control(u"heal"_s));
        QVERIFY(result(u"writer03"_s, "net_peerCount") != json("0x0"));
        QVERIFY(waitBlocks(u"writer03"_s, 2));
        // An institution cut off keeps its internal links only.
        QVERIFY(control(u"partition --institution tcu"_s));
        const json peers = result(u"boot03"_s, "admin_peers");
        QVERIFY2(peers.is_array() && peers.size() == 3, peers.dump().c_str()); // validator03, writer03, observer-boot03
        QVERIFY(control(u"heal --institution tcu"_s));
    }

    void haltStopsHeightAndResumeContinues()
    {
        QVERIFY(control(u"halt"_s));
        QTest::qWait(300);
        const quint64 h = height(u"validator01"_s);
        QTest::qWait(1500);
        QCOMPARE(height(u"validator01"_s), h);
        QVERIFY(control(u"resume"_s));
        QVERIFY(waitBlocks(u"validator01"_s, 2));
    }

    void quorumLossStopsProduction()
    {
        QVERIFY(control(u"stop validator04"_s));
        QVERIFY(control(u"stop validator05"_s)); // 3 of 5 up: quorum is 4
        QTest::qWait(300);
        const quint64 h = height(u"validator01"_s);
        QTest::qWait(1500);
        QCOMPARE(height(u"validator01"_s), h);
        QVERIFY(control(u"start validator04"_s));
        QVERIFY(control(u"start validator05"_s));
        QVERIFY(waitBlocks(u"validator01"_s, 2, 30000));
    }

    void permissioningOffRemovesItsCounters()
    {
        QVERIFY(get(url(u"validator01"_s, "metrics")).body.contains("besu_permissioning_node_local_check_count_total"));
        QVERIFY(control(u"permissioning validator01 off"_s));
        const QByteArray off = get(url(u"validator01"_s, "metrics")).body;
        QVERIFY(off.contains("ethereum_blockchain_height"));
        QVERIFY(!off.contains("besu_permissioning_"));
        JSON_COMPARE(rpc(u"validator01"_s, "perm_getNodesAllowlist")["error"]["code"], json(-32000));
        QVERIFY(control(u"permissioning validator01 on"_s));
        QVERIFY(get(url(u"validator01"_s, "metrics")).body.contains("besu_permissioning_node_local_check_count_total"));
    }

    void rpcGarbageAndErrorsAndSlowness()
    {
        QVERIFY(control(u"rpc-garbage boot04 on"_s));
        const Reply garbage
            = post(url(u"boot04"_s, "rpcHttp"), R"({"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"})");
        QCOMPARE(garbage.status, 200);
        QVERIFY(garbage.doc.is_discarded());
        QVERIFY(control(u"rpc-garbage boot04 off"_s));
        QVERIFY(control(u"rpc-errors boot04 on"_s));
        JSON_COMPARE(rpc(u"boot04"_s, "eth_blockNumber")["error"]["code"], json(-32603));
        QVERIFY(control(u"rpc-errors boot04 off"_s));
        QVERIFY(rpc(u"boot04"_s, "eth_blockNumber").contains("result"));

        const Reply fast = post(url(u"boot05"_s, "rpcHttp"), R"({"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"})");
        QVERIFY(control(u"slow boot05 800"_s));
        const Reply slow = post(url(u"boot05"_s, "rpcHttp"), R"({"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"})");
        QVERIFY(slow.doc.contains("result"));
        QVERIFY2(slow.elapsedMs >= 700, qPrintable(u"slow reply took %1 ms"_s.arg(slow.elapsedMs)));
        QVERIFY(fast.elapsedMs < 700);
        // Its view lags too: it reports a head older than an up-to-date node's.
        const quint64 lagging = chain::quantityFromHex(slow.doc["result"].get<std::string>()).value_or(0);
        QVERIFY(lagging + 1 < height(u"boot01"_s));
        QVERIFY(control(u"slow boot05 0"_s));
    }

    void votesChangeTheValidatorSet()
    {
        const QByteArray candidate = address(u"boot01"_s);
        const std::string hex = chain::toHexStd(candidate);
        for (const QString &v :
            {u"validator01"_s, u"validator02"_s, u"validator03"_s, u"validator04"_s, u"validator05"_s})
            JSON_COMPARE(result(v, "qbft_proposeValidatorVote", {hex, true}), json(true));
        QVERIFY(result(u"validator01"_s, "qbft_getPendingVotes").contains(hex));
        QElapsedTimer t;
        t.start();
        bool added = false;
        while (!added && t.elapsed() < 20000) {
            const json vals = result(u"boot02"_s, "qbft_getValidatorsByBlockNumber", {"latest"});
            for (const json &v : vals)
                added = added || v == json(hex);
            QTest::qWait(200);
        }
        QVERIFY2(added, "boot01 was not voted in");
        QVERIFY(waitBlocks(u"boot02"_s, 2));
        const chain::BlockAnalysis a = analyze(u"boot02"_s, height(u"boot02"_s));
        QCOMPARE(a.validators.size(), 6);
        QVERIFY(a.signers.contains(candidate)); // the new validator's node has a key and seals
        for (const QString &v :
            {u"validator01"_s, u"validator02"_s, u"validator03"_s, u"validator04"_s, u"validator05"_s})
            JSON_COMPARE(result(v, "qbft_discardValidatorVote", {hex}), json(true));
    }
};

QTEST_GUILESS_MAIN(TestDevnet)
#include "tst_devnet.moc"

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
    json blockAt(const QString &node, quint64 number)
    {
        return result(node, "eth_getBlockByNumber", {chain::quantityToHex(number).toStdString(), false});
    }
    // Starts a second devnet with its own options (timing cases); stopped by the returned guard's owner.
    bool startOther(QProcess &process, const QStringList &args, json *endpoints)
    {
        const QString binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
        const QString file = m_dir.filePath(u"other-%1.json"_s).arg(++m_others);
        QByteArray out;
        if (!testsupport::startDevnet(process, binary, args + QStringList {u"--endpoints"_s, file}, &out)) {
            qWarning("%s", out.constData());
            return false;
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray data = f.readAll();
        *endpoints = json::parse(data.constBegin(), data.constEnd(), nullptr, false);
        return endpoints->is_object();
    }
    static void stopOther(QProcess &process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }
    json resultAt(const json &endpoints, const std::string &node, const char *method, const json &params)
    {
        for (const json &n : endpoints["nodes"]) {
            if (n["name"] != node)
                continue;
            const json request = {{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", params}};
            const Reply r = post(QString::fromStdString(n["rpcHttp"].get<std::string>()),
                QByteArray::fromStdString(request.dump()));
            if (r.doc.is_object() && r.doc.contains("result"))
                return r.doc["result"];
        }
        return json();
    }
    chain::BlockAnalysis analyzeAt(const json &endpoints, const std::string &node, quint64 number)
    {
        const json block
            = resultAt(endpoints, node, "eth_getBlockByNumber", {chain::quantityToHex(number).toStdString(), false});
        QString error;
        const auto header = chain::BlockHeader::fromJson(block, &error);
        if (!header) {
            chain::BlockAnalysis a;
            a.error = error.isEmpty() ? u"no block"_s : error;
            return a;
        }
        return chain::analyzeBlock(*header, chain::BftType::Qbft);
    }
    quint64 heightAt(const json &endpoints, const std::string &node)
    {
        const json r = resultAt(endpoints, node, "eth_blockNumber", json::array());
        return r.is_string() ? chain::quantityFromHex(r.get<std::string>()).value_or(0) : 0;
    }
    bool controlAt(const json &endpoints, const QString &command)
    {
        return post(QString::fromStdString(endpoints["control"].get<std::string>()) + u"/command"_s, command.toUtf8())
                   .status
            == 200;
    }
    bool waitHeightAt(const json &endpoints, const std::string &node, quint64 target, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (heightAt(endpoints, node) >= target)
                return true;
            QTest::qWait(100);
        }
        return false;
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
    int m_others = 0;
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

    void blocksDecodeAndCarryAQuorumOfSeals()
    {
        // Besu seals a block with the commits its importer had at quorum (QbftRound.importBlockToChain): 4 of 5.
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
            QCOMPARE(a.quorum, 4);
            QCOMPARE(a.seals.size(), 4);
            QCOMPARE(a.signers.size(), 4);
            QCOMPARE(a.quorumMargin, 0);
            QCOMPARE(a.missing.size(), 1);
            QVERIFY(a.nonMemberSigners.isEmpty());
            QCOMPARE(a.invalidSeals, 0);
            QCOMPARE(a.duplicateSeals, 0);
            QVERIFY(validators.contains(a.proposer));
        }
    }

    void nodesHoldTheirOwnSealSets()
    {
        // The hash excludes the seals: every node serves the same block, each with the seal set it committed with
        // (a validator's own seal first) or, for the others, the set of the peer it imported from.
        const QStringList validators
            = {u"validator01"_s, u"validator02"_s, u"validator03"_s, u"validator04"_s, u"validator05"_s};
        quint64 n = height(u"boot01"_s);
        for (const QString &v : validators)
            n = std::min(n, height(v));
        QVERIFY(n >= 2);
        --n;
        QSet<QList<QByteArray>> sets;
        QByteArray hash;
        for (const QString &v : validators) {
            const chain::BlockAnalysis a = analyze(v, n);
            QVERIFY2(a.ok() && a.hashMatches, qPrintable(v + u": "_s + a.error));
            if (hash.isEmpty())
                hash = a.hash;
            QCOMPARE(a.hash, hash);
            QCOMPARE(a.signers.size(), 4);
            QCOMPARE(a.signers.first(), address(v));
            QList<QByteArray> sorted = a.signers;
            std::sort(sorted.begin(), sorted.end());
            sets.insert(sorted);
        }
        QVERIFY2(sets.size() >= 2, "every validator served the same seal set");
        for (const QString &other : {u"boot02"_s, u"writer01"_s, u"observer-boot04"_s}) {
            const chain::BlockAnalysis a = analyze(other, n);
            QVERIFY2(a.ok() && a.hashMatches, qPrintable(other));
            QCOMPARE(a.hash, hash);
            QCOMPARE(a.signers.size(), 4);
            QList<QByteArray> sorted = a.signers;
            std::sort(sorted.begin(), sorted.end());
            QVERIFY2(sets.contains(sorted), qPrintable(other + u" carries a set no validator had"_s));
        }
    }

    void genesisHashMatches()
    {
        // Block 0 is hashed with its raw extraData (BftBlockHashing.serializeHeader); no seals, no proposer.
        const chain::BlockAnalysis g = analyze(u"boot01"_s, 0);
        QVERIFY2(g.ok(), qPrintable(g.error));
        QVERIFY(g.hashMatches);
        QVERIFY(g.seals.isEmpty());
        QCOMPARE(g.validators.size(), 5);
        JSON_COMPARE(blockAt(u"boot01"_s, 0)["miner"], json("0x0000000000000000000000000000000000000000"));
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
        const chain::BlockAnalysis head = chain::analyzeBlock(*header, chain::BftType::Qbft);
        QVERIFY(head.hashMatches);
        QCOMPARE(head.signers.value(0), address(u"validator04"_s)); // the node's own copy, its seal first
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
        // Back in consensus: its own copy of the next blocks carries its seal first.
        const chain::BlockAnalysis back = analyze(u"validator02"_s, height(u"validator02"_s));
        QVERIFY(back.signers.contains(v02));
        QCOMPARE(back.signers.first(), v02);
    }

    void noSealValidatorIsUpButOutOfConsensus()
    {
        const QByteArray v03 = address(u"validator03"_s);
        QVERIFY(control(u"no-seal validator03 on"_s));
        const quint64 from = height(u"boot01"_s) + 1;
        QVERIFY(waitBlocks(u"boot01"_s, 8, 30000));
        const quint64 to = height(u"boot01"_s);
        bool sawRoundChange = false;
        for (quint64 n = from; n <= to; ++n) {
            for (const QString &node : {u"boot01"_s, u"validator03"_s}) {
                const chain::BlockAnalysis a = analyze(node, n);
                QVERIFY2(a.ok() && a.hashMatches, qPrintable(u"%1 block %2"_s.arg(node).arg(n)));
                QVERIFY2(!a.signers.contains(v03), qPrintable(u"%1 block %2 sealed by validator03"_s.arg(node).arg(n)));
                QCOMPARE(a.signers.size(), 4); // the other four are exactly the quorum
                QVERIFY(a.proposer != v03);
                sawRoundChange = sawRoundChange || a.round > 0;
            }
        }
        QVERIFY2(sawRoundChange, "validator03's turns did not end in a round change");
        // Up, in sync, with peers.
        QVERIFY(height(u"validator03"_s) + 1 >= height(u"boot01"_s));
        QVERIFY(result(u"validator03"_s, "net_peerCount") != json("0x0"));
        const json status = get(QString::fromStdString(m_endpoints["control"].get<std::string>()) + u"/status"_s).doc;
        bool reported = false;
        for (const json &n : status["nodes"])
            reported = reported || (n["name"] == "validator03" && n["noSeal"] == true && n["up"] == true);
        QVERIFY(reported);
        QVERIFY(control(u"no-seal validator03 off"_s));
        QVERIFY(!control(u"no-seal validator03 maybe"_s));
        QVERIFY(waitBlocks(u"validator03"_s, 2));
        const chain::BlockAnalysis back = analyze(u"validator03"_s, height(u"validator03"_s));
        QCOMPARE(back.signers.value(0), v03);
    }

    void slowValidatorSealsLessOften()
    {
        // Its commits arrive last: no other node's copy has its seal, only its own.
        const QByteArray v05 = address(u"validator05"_s);
        QVERIFY(control(u"slow validator05 300"_s));
        const auto restore = qScopeGuard([&] { control(u"slow validator05 0"_s); });
        QTest::qWait(400);
        const quint64 from = height(u"boot02"_s) + 1;
        QVERIFY(waitBlocks(u"boot02"_s, 6, 30000));
        const quint64 to = height(u"boot02"_s);
        int withSlow = 0;
        for (quint64 n = from; n <= to; ++n) {
            for (const QString &node : {u"boot02"_s, u"validator01"_s}) {
                const chain::BlockAnalysis a = analyze(node, n);
                QVERIFY2(a.ok() && a.hashMatches, qPrintable(u"%1 block %2"_s.arg(node).arg(n)));
                withSlow += a.signers.contains(v05) ? 1 : 0;
            }
        }
        QCOMPARE(withSlow, 0);
        QTest::qWait(400); // its slowed view catches up
        const chain::BlockAnalysis own = analyze(u"validator05"_s, to);
        QVERIFY2(own.ok(), qPrintable(own.error));
        QCOMPARE(own.signers.value(0), v05);
    }

    void signerMetricsFollowBesu()
    {
        // AbstractGetSignerMetricsMethod: [from, to) with the genesis coinbase counted when the range starts at 0.
        const json first = result(u"validator01"_s, "qbft_getSignerMetrics", {"0x0", "0x2"});
        QVERIFY2(first.is_array(), first.dump().c_str());
        const json genesisMiner = blockAt(u"validator01"_s, 0)["miner"];
        const json oneMiner = blockAt(u"validator01"_s, 1)["miner"];
        bool genesis = false;
        for (const json &e : first) {
            QVERIFY(e.contains("address") && e.contains("proposedBlockCount") && e.contains("lastProposedBlockNumber"));
            if (e["address"] == genesisMiner) {
                genesis = true;
                JSON_COMPARE(e["proposedBlockCount"], json("0x1"));
                JSON_COMPARE(e["lastProposedBlockNumber"], json("0x0"));
            } else if (e["address"] == oneMiner) {
                JSON_COMPARE(e["proposedBlockCount"], json("0x1"));
                JSON_COMPARE(e["lastProposedBlockNumber"], json("0x1"));
            } else {
                JSON_COMPARE(e["proposedBlockCount"], json("0x0"));
            }
        }
        QVERIFY2(genesis, "the genesis coinbase is missing");
        QCOMPARE(first.size(), size_t(6)); // the genesis coinbase and the 5 validators after block 1

        // The default range is the last 100 blocks up to the head (exclusive); counts add up.
        const quint64 before = height(u"validator01"_s);
        const json recent = result(u"validator01"_s, "qbft_getSignerMetrics");
        const quint64 head = height(u"validator01"_s);
        QVERIFY(recent.is_array() && recent.size() >= 5);
        quint64 total = 0;
        for (const json &e : recent)
            total += chain::quantityFromHex(e["proposedBlockCount"].get<std::string>()).value_or(0);
        QVERIFY2(total >= std::min<quint64>(100, before) && total <= std::min<quint64>(100, head),
            qPrintable(u"%1 blocks counted at head %2"_s.arg(total).arg(head)));
        // A `to` beyond the head is the head.
        QVERIFY(result(u"validator01"_s, "qbft_getSignerMetrics", {"0x1", "0xffffffff"}).is_array());

        const std::string beyond = chain::quantityToHex(head + 1000).toStdString();
        for (const json &params : {json {"0x5", "0x5"}, json {"0x5", "0x3"}, json {beyond, "latest"}, json {beyond},
                 json {"latest", "latest"}}) {
            const json reply = rpc(u"validator01"_s, "qbft_getSignerMetrics", params);
            JSON_COMPARE(reply["error"]["code"], json(-32602));
            JSON_COMPARE(reply["error"]["message"], json("Invalid params"));
        }
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

    void missingProposerCostsPeriodPlusTimeout()
    {
        // Round 0 starts when the block timer fires (QbftBlockHeightManager.handleBlockTimerExpiry), and round r
        // lasts requestTimeout * 2^r (BftRoundExpiryTimeCalculator): a stopped proposer's turn takes 1 + 2 s.
        QProcess other;
        const auto stop = qScopeGuard([&] { stopOther(other); });
        json ep;
        QVERIFY(startOther(other,
            {u"--institutions"_s, u"4"_s, u"--block-period"_s, u"1"_s, u"--request-timeout"_s, u"2"_s, u"--tx-rate"_s,
                u"0"_s, u"--seed"_s, u"11"_s},
            &ep));
        QVERIFY(waitHeightAt(ep, "boot01", 2, 10000));
        // A real 4-validator chain: 3 seals per block.
        const chain::BlockAnalysis normal = analyzeAt(ep, "boot01", heightAt(ep, "boot01"));
        QVERIFY2(normal.ok() && normal.hashMatches, qPrintable(normal.error));
        QCOMPARE(normal.quorum, 3);
        QCOMPARE(normal.seals.size(), 3);
        QVERIFY(controlAt(ep, u"stop validator02"_s));
        const quint64 from = heightAt(ep, "boot01") + 1;
        // validator02's turn comes within 4 blocks; 6 blocks leave room for the round change.
        QVERIFY(waitHeightAt(ep, "boot01", from + 5, 20000));
        const quint64 to = heightAt(ep, "boot01");
        int roundChanges = 0;
        for (quint64 n = from + 1; n <= to; ++n) {
            const chain::BlockAnalysis a = analyzeAt(ep, "boot01", n);
            const chain::BlockAnalysis parent = analyzeAt(ep, "boot01", n - 1);
            QVERIFY2(a.ok() && parent.ok(), qPrintable(a.error + parent.error));
            const quint64 interval = a.timestamp - parent.timestamp;
            if (a.round == 1) {
                ++roundChanges;
                QCOMPARE(interval, quint64(3));
            } else {
                QCOMPARE(a.round, quint32(0));
                QCOMPARE(interval, quint64(1));
            }
        }
        QVERIFY2(roundChanges >= 1, "no round change although validator02's turn came");
    }

    void sealAllLiveOption()
    {
        // The old behaviour on request: one copy with every live validator's seal, on every node.
        QProcess other;
        const auto stop = qScopeGuard([&] { stopOther(other); });
        json ep;
        QVERIFY(startOther(other,
            {u"--institutions"_s, u"4"_s, u"--block-period"_s, u"0.25"_s, u"--seal-all-live"_s, u"--seed"_s, u"13"_s},
            &ep));
        QVERIFY(waitHeightAt(ep, "boot01", 3, 10000));
        const quint64 n = heightAt(ep, "boot01") - 1;
        QList<QByteArray> first;
        for (const std::string node : {"boot01", "validator01", "validator02", "writer03"}) {
            const chain::BlockAnalysis a = analyzeAt(ep, node, n);
            QVERIFY2(a.ok() && a.hashMatches, qPrintable(a.error));
            QCOMPARE(a.signers.size(), 4);
            QCOMPARE(a.quorumMargin, 1);
            if (first.isEmpty())
                first = a.signers;
            QCOMPARE(a.signers, first);
        }
    }

    void emptyBlockPeriod()
    {
        // QBFT emptyblockperiodseconds: with an empty pool the block timer is re-armed until parent + 3 s
        // (BlockTimer.checkEmptyBlockExpired / resetTimerForEmptyBlock).
        QProcess other;
        const auto stop = qScopeGuard([&] { stopOther(other); });
        json ep;
        const QString profile = m_dir.filePath(u"empty.yaml"_s);
        QVERIFY(startOther(other,
            {u"--institutions"_s, u"4"_s, u"--block-period"_s, u"1"_s, u"--request-timeout"_s, u"2"_s, u"--tx-rate"_s,
                u"0"_s, u"--empty-block-period"_s, u"3"_s, u"--seed"_s, u"12"_s, u"--config-out"_s, profile},
            &ep));
        const InventoryLoadResult loaded = InventoryLoader::loadFile(profile);
        QVERIFY(loaded.inventory && loaded.inventory->active());
        QCOMPARE(loaded.inventory->active()->emptyBlockPeriodSeconds, 3.0);
        const json info = resultAt(ep, "validator01", "admin_nodeInfo", json::array());
        JSON_COMPARE(info["protocols"]["eth"]["config"]["qbft"]["emptyblockperiodseconds"], json(3.0));
        QVERIFY(waitHeightAt(ep, "boot01", 3, 15000));
        const quint64 head = heightAt(ep, "boot01");
        for (quint64 n = 2; n <= head; ++n) {
            const chain::BlockAnalysis a = analyzeAt(ep, "boot01", n);
            const chain::BlockAnalysis parent = analyzeAt(ep, "boot01", n - 1);
            QVERIFY2(a.ok() && parent.ok(), qPrintable(a.error + parent.error));
            QCOMPARE(a.timestamp - parent.timestamp, quint64(3));
            QCOMPARE(a.round, quint32(0));
        }
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
        QCOMPARE(a.signers.size(), 4); // quorum of 6
        // The new validator's node has a key and seals: its own copy carries its seal.
        QVERIFY(waitBlocks(u"boot01"_s, 1));
        const chain::BlockAnalysis own = analyze(u"boot01"_s, height(u"boot01"_s));
        QCOMPARE(own.signers.value(0), candidate);

        // qbft_getSignerMetrics lists the validators after the range's last block: the block whose vote added
        // boot01 (the last one whose own set lacks it) already counts it, the one before does not.
        quint64 firstWith = height(u"boot02"_s);
        while (firstWith > 1) {
            bool listed = false;
            for (const json &v : result(u"boot02"_s, "qbft_getValidatorsByBlockNumber",
                     {chain::quantityToHex(firstWith - 1).toStdString()}))
                listed = listed || v == json(hex);
            if (!listed)
                break;
            --firstWith;
        }
        const quint64 decided = firstWith - 1; // its vote completed the tally
        auto metricsList = [&](quint64 from, quint64 to) {
            bool found = false;
            for (const json &e : result(u"boot02"_s, "qbft_getSignerMetrics",
                     {chain::quantityToHex(from).toStdString(), chain::quantityToHex(to).toStdString()}))
                found = found || e["address"] == json(hex);
            return found;
        };
        QVERIFY(decided >= 1);
        QVERIFY(metricsList(decided, decided + 1));
        QVERIFY(!metricsList(decided - 1, decided));
        for (const QString &v :
            {u"validator01"_s, u"validator02"_s, u"validator03"_s, u"validator04"_s, u"validator05"_s})
            JSON_COMPARE(result(v, "qbft_discardValidatorVote", {hex}), json(true));
    }
};

QTEST_GUILESS_MAIN(TestDevnet)
#include "tst_devnet.moc"

#include "chain/hex.h"
#include "sources/httpfetcher.h"
#include "sources/jsonrpcclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

// A minimal HTTP/1.1 server for one test: hands each request body to `handler` and writes back what it returns.
// An empty reply with delayMs > 0 simulates a slow node.
class FakeRpcServer : public QObject
{
public:
    std::function<QByteArray(const json &request)> handler;
    int delayMs = 0;
    int requests = 0;
    QList<json> received;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }

    FakeRpcServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
                    delete buffer;
                    s->deleteLater();
                });
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    buffer->append(s->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QByteArray body = buffer->mid(end + 4, length);
                    buffer->remove(0, end + 4 + length);
                    ++requests;
                    const json request = json::parse(body.toStdString(), nullptr, false);
                    received.append(request);
                    const QByteArray reply = handler(request);
                    QPointer<QTcpSocket> guard(s);
                    auto respond = [guard, reply] {
                        if (!guard)
                            return;
                        guard->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(reply.size()) + "\r\n\r\n" + reply);
                    };
                    if (delayMs > 0)
                        QTimer::singleShot(delayMs, s, respond);
                    else
                        respond();
                });
            }
        });
    }

private:
    QTcpServer m_server;
};

json answer(const json &call)
{
    const std::string method = call["method"].get<std::string>();
    json reply {{"jsonrpc", "2.0"}, {"id", call["id"]}};
    if (method == "eth_blockNumber")
        reply["result"] = "0x64";
    else if (method == "eth_syncing")
        reply["result"] = false;
    else if (method == "net_peerCount")
        reply["result"] = "0x4";
    else if (method == "eth_chainId")
        reply["result"] = "0xb8efce";
    else if (method == "web3_clientVersion")
        reply["result"] = "besu/v25.5.0";
    else if (method == "txpool_besuStatistics")
        reply["result"] = {{"maxSize", 4096}, {"localCount", 0}, {"remoteCount", 2}};
    else if (method.rfind("admin_", 0) == 0)
        reply["error"] = {{"code", -32604}, {"message", "Method not enabled"}};
    else if (method.rfind("qbft_", 0) == 0 || method.rfind("perm_", 0) == 0)
        reply["error"] = {{"code", -32601}, {"message", "Method not found"}};
    else if (method == "eth_getBlockByNumber") {
        QFile f(QStringLiteral(SENTINELA_SOURCE_DIR) + u"/tests/fixtures/rpc/eth_getBlockByNumber_qbft.json"_s);
        f.open(QIODevice::ReadOnly);
        json block = json::parse(f.readAll().toStdString())["result"];
        block["number"] = call["params"][0];
        reply["result"] = block;
    } else
        reply["error"] = {{"code", -32601}, {"message", "Method not found"}};
    return reply;
}

QByteArray answerAll(const json &request)
{
    if (request.is_array()) {
        json out = json::array();
        for (const auto &call : request)
            out.push_back(answer(call));
        return QByteArray::fromStdString(out.dump());
    }
    return QByteArray::fromStdString(answer(request).dump());
}

NetworkConfig network(int timeoutMs = 3000)
{
    NetworkConfig n;
    n.name = u"test"_s;
    n.polling.totalTimeoutMs = timeoutMs;
    n.polling.nodeStatusMs = 60000; // polls are driven by the test
    return n;
}

NodeConfig nodeAt(const QUrl &url)
{
    NodeConfig node;
    node.name = u"validator01"_s;
    node.type = NodeType::Validator;
    node.rpcHttp = url;
    return node;
}

} // namespace

class TestJsonRpcClient : public QObject
{
    Q_OBJECT
private slots:
    void batchedStatusAndDisabledNamespaces();
    void unbatchedFallback();
    void wrongIdsAndGarbage_data();
    void wrongIdsAndGarbage();
    void slowReplyTimesOut();
    void blocksByNumber();
};

void TestJsonRpcClient::batchedStatusAndDisabledNamespaces()
{
    FakeRpcServer server;
    server.handler = answerAll;
    QVERIFY(server.listen());
    HttpFetcher fetcher;
    JsonRpcClient client(nodeAt(server.url()), network(), &fetcher);
    QSignalSpy status(&client, &JsonRpcClient::statusReceived);

    client.pollStatus();
    QVERIFY(status.wait(5000));
    QCOMPARE(server.requests, 1); // one HTTP request for the whole batch
    QVERIFY(server.received.first().is_array());
    QCOMPARE(server.received.first().size(), size_t(9));
    auto s = status.takeFirst().at(0).value<NodeRpcStatus>();
    QVERIFY(s.reachable);
    QCOMPARE(s.blockNumber, std::optional<quint64>(100));
    QCOMPARE(s.peerCount, std::optional<int>(4));
    QCOMPARE(s.chainId, std::optional<quint64>(12120014));
    QVERIFY(s.syncing && !s.syncing->syncing);
    QCOMPARE(s.txPool->remoteCount, 2);
    QVERIFY(!s.validators);
    QVERIFY(s.errors.isEmpty()); // not-enabled namespaces are a state, not errors
    QCOMPARE(s.disabledNamespaces, (QStringList {u"admin"_s, u"qbft"_s}));
    QCOMPARE(client.health().state, SourceHealth::State::Ok);
    QVERIFY(client.health().detail.contains(u"QBFT"_s));

    // The next poll does not ask the disabled namespaces again.
    client.pollStatus();
    QVERIFY(status.wait(5000));
    QCOMPARE(server.requests, 2);
    const json second = server.received.last();
    QCOMPARE(second.size(), size_t(6));
    for (const auto &call : second) {
        const std::string m = call["method"].get<std::string>();
        QVERIFY2(m.rfind("qbft_", 0) != 0 && m.rfind("admin_", 0) != 0, m.c_str());
    }
    // ...until the re-check time has passed.
    client.setNamespaceRecheckMs(0);
    client.pollStatus();
    QVERIFY(status.wait(5000));
    client.pollStatus();
    QVERIFY(status.wait(5000));
    QCOMPARE(server.received.last().size(), size_t(9));
}

void TestJsonRpcClient::unbatchedFallback()
{
    FakeRpcServer server;
    server.handler = [](const json &request) -> QByteArray {
        if (request.is_array())
            return R"({"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid Request"}})";
        return answerAll(request);
    };
    QVERIFY(server.listen());
    HttpFetcher fetcher;
    JsonRpcClient client(nodeAt(server.url()), network(), &fetcher);
    QSignalSpy status(&client, &JsonRpcClient::statusReceived);
    client.pollStatus();
    QVERIFY(status.wait(5000));
    QCOMPARE(client.health().state, SourceHealth::State::Degraded);
    client.pollStatus();
    QVERIFY(status.wait(5000));
    const auto s = status.last().at(0).value<NodeRpcStatus>();
    QCOMPARE(s.blockNumber, std::optional<quint64>(100));
    QVERIFY(!server.received.last().is_array());
    QCOMPARE(client.health().state, SourceHealth::State::Ok);
}

void TestJsonRpcClient::wrongIdsAndGarbage_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("wrong ids") << u"wrong-ids"_s;
    QTest::newRow("missing result") << u"missing-result"_s;
    QTest::newRow("html") << u"html"_s;
    QTest::newRow("truncated") << u"truncated"_s;
    QTest::newRow("deep") << u"deep"_s;
}

void TestJsonRpcClient::wrongIdsAndGarbage()
{
    QFETCH(QString, mode);
    FakeRpcServer server;
    server.handler = [mode](const json &request) -> QByteArray {
        if (mode == u"html")
            return "<html><body>502 Bad Gateway</body></html>";
        if (mode == u"truncated")
            return "[{\"jsonrpc\":\"2.0\",\"id\":1,\"res";
        if (mode == u"deep")
            return QByteArray(5000, '[') + QByteArray(5000, ']');
        json out = json::array();
        for (const auto &call : request) {
            json r = answer(call);
            if (mode == u"wrong-ids")
                r["id"] = call["id"].get<int>() + 1000;
            else
                r.erase("result");
            out.push_back(r);
        }
        return QByteArray::fromStdString(out.dump());
    };
    QVERIFY(server.listen());
    HttpFetcher fetcher;
    JsonRpcClient client(nodeAt(server.url()), network(), &fetcher);
    QSignalSpy status(&client, &JsonRpcClient::statusReceived);
    client.pollStatus();
    QVERIFY(status.wait(5000));
    auto s = status.takeFirst().at(0).value<NodeRpcStatus>();
    QVERIFY(!s.blockNumber);
    QVERIFY(client.health().state != SourceHealth::State::Ok);
    QVERIFY(!client.health().lastError.isEmpty());
    if (mode == u"html" || mode == u"truncated" || mode == u"deep") {
        QVERIFY(!s.reachable);
        client.pollStatus();
        QVERIFY(status.wait(5000));
        QCOMPARE(client.health().state, SourceHealth::State::Down); // second failure in a row
    } else {
        QVERIFY(!s.errors.isEmpty());
    }
}

void TestJsonRpcClient::slowReplyTimesOut()
{
    FakeRpcServer server;
    server.handler = answerAll;
    server.delayMs = 10000;
    QVERIFY(server.listen());
    HttpFetcher fetcher;
    JsonRpcClient client(nodeAt(server.url()), network(800), &fetcher);
    QSignalSpy status(&client, &JsonRpcClient::statusReceived);
    QElapsedTimer timer;
    timer.start();
    client.pollStatus();
    QVERIFY(status.wait(5000));
    QVERIFY2(timer.elapsed() < 4000, "the timeout must not wait for the 10 s reply");
    const auto s = status.takeFirst().at(0).value<NodeRpcStatus>();
    QVERIFY(!s.reachable);
    QCOMPARE(int(s.transportError.kind), int(jsonrpc::Error::Kind::Timeout));
    QCOMPARE(client.health().state, SourceHealth::State::Degraded);
}

void TestJsonRpcClient::blocksByNumber()
{
    FakeRpcServer server;
    server.handler = answerAll;
    QVERIFY(server.listen());
    HttpFetcher fetcher;
    JsonRpcClient client(nodeAt(server.url()), network(), &fetcher);
    client.setBlockBatchSize(4);
    QSignalSpy blocks(&client, &JsonRpcClient::blocksReceived);
    client.requestBlocks(10, 19);
    QTRY_COMPARE_WITH_TIMEOUT(blocks.size(), 3, 5000);
    QList<quint64> numbers;
    for (const auto &args : blocks)
        for (const auto &b : args.at(1).value<QList<chain::BlockHeader>>())
            numbers.append(b.number);
    std::sort(numbers.begin(), numbers.end());
    QCOMPARE(numbers.size(), 10);
    QCOMPARE(numbers.first(), quint64(10));
    QCOMPARE(numbers.last(), quint64(19));
    QCOMPARE(server.requests, 3); // batches of 4, 4, 2
}

QTEST_GUILESS_MAIN(TestJsonRpcClient)
#include "tst_jsonrpcclient.moc"

#include "serverharness.h"
#include "../common/requireorskip.h"
#include "sources/jsonrpcsubscriber.h"
#include "state/collector.h"
#include "state/networkstate.h"
#include "monitor/statuscommand.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *AnvilMissing
    = "anvil not found: set SENTINELA_ANVIL, put it on PATH or `npm install -g @foundry-rs/anvil-linux-amd64`";

// SENTINELA_ANVIL, then PATH, then the npm global package @foundry-rs/anvil-linux-amd64 (where the install script
// puts it): $(npm root -g)/@foundry-rs/anvil-linux-amd64/bin/anvil.
QString findAnvil()
{
    const QString env = qEnvironmentVariable("SENTINELA_ANVIL");
    if (!env.isEmpty() && QFileInfo(env).isExecutable())
        return env;
    const QString onPath = findProgram({u"anvil"_s});
    if (!onPath.isEmpty())
        return onPath;
    const QString npm = findProgram({u"npm"_s});
    if (npm.isEmpty())
        return {};
    QProcess p;
    p.start(npm, {u"root"_s, u"-g"_s});
    if (!p.waitForFinished(15000))
        return {};
    const QString root = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    const QString candidate = root + u"/@foundry-rs/anvil-linux-amd64/bin/anvil"_s;
    return QFileInfo(candidate).isExecutable() ? candidate : QString();
}

QByteArray postJson(const QUrl &url, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray out = reply->readAll();
    reply->deleteLater();
    return out;
}

} // namespace

class TestAnvil : public QObject
{
    Q_OBJECT
private slots:
    void reconnectsAndBackfills();
    void statusCommand();
};

void TestAnvil::reconnectsAndBackfills()
{
    const QString anvil = findAnvil();
    SENTINELA_REQUIRE_OR_SKIP(!anvil.isEmpty(), AnvilMissing);

    ServerHarness harness;
    QVERIFY(harness.isValid());
    const quint16 port = freeTcpPort();
    const QString stateFile = harness.filePath(u"anvil-state.json"_s);
    // The state is dumped every second, so a killed anvil comes back with (almost) the same chain.
    const QStringList args {u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port), u"--block-time"_s, u"1"_s,
        u"--state"_s, stateFile, u"--state-interval"_s, u"1"_s, u"--silent"_s};
    ServerProcess *first = harness.start(u"anvil"_s, anvil, args);
    QVERIFY2(first && first->waitPort(port, 20000), first ? qPrintable(first->output()) : "not started");

    NetworkConfig network;
    network.name = u"anvil"_s;
    network.blockPeriodSeconds = 1;
    network.polling.historyHours = 1;
    NodeConfig node;
    node.name = u"anvil01"_s;
    node.type = NodeType::Validator;
    // WebSocket only: every block in the history must come through the subscription and its backfill.
    node.rpcWs = QUrl(u"ws://127.0.0.1:%1"_s.arg(port));
    network.nodes.append(node);

    NetworkState state;
    Collector collector(&state);
    collector.setInitialHistoryBlocks(0);
    collector.setNetwork(network);
    QCOMPARE(collector.subscribers().size(), 1);
    JsonRpcSubscriber *sub = collector.subscribers().first();
    // Reconnect no sooner than 1.5 s, so that the test can mine blocks the subscription misses.
    sub->setBackoff(3000, 3000);
    QSignalSpy delivered(sub, &JsonRpcSubscriber::blocksReceived);
    collector.start();

    QTRY_VERIFY_WITH_TIMEOUT(sub->isSubscribed(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(state.blockCount() >= 3, 15000);
    const quint64 firstHeld = *state.lowestBlock();

    // Kill anvil, bring it back on the same port from its state file, and mine a burst of blocks at once.
    harness.stopAll();
    QTRY_VERIFY_WITH_TIMEOUT(!sub->isSubscribed(), 10000);
    const quint64 heldAtKill = *state.highestBlock();
    ServerProcess *second = harness.start(u"anvil-restarted"_s, anvil, args);
    QVERIFY2(second && second->waitPort(port, 20000), second ? qPrintable(second->output()) : "not restarted");
    const QUrl http(u"http://127.0.0.1:%1"_s.arg(port));
    const QByteArray mined = postJson(http, R"({"jsonrpc":"2.0","id":1,"method":"anvil_mine","params":["0x6"]})");
    QVERIFY2(mined.contains("\"result\""), mined.constData());
    delivered.clear();

    QTRY_VERIFY_WITH_TIMEOUT(sub->isSubscribed(), 20000);
    QCOMPARE_GE(sub->reconnects(), 1);
    // The node's head now, and the history must reach it with no holes.
    const QByteArray headReply = postJson(http, R"({"jsonrpc":"2.0","id":2,"method":"eth_blockNumber","params":[]})");
    const auto head = QString::fromUtf8(headReply).section(u"\"result\":\""_s, 1).section(u'"', 0, 0);
    bool ok = false;
    const quint64 headNumber = head.mid(2).toULongLong(&ok, 16);
    QVERIFY2(ok, headReply.constData());
    QVERIFY(headNumber >= heldAtKill + 5);
    QTRY_VERIFY_WITH_TIMEOUT(state.highestBlock() && *state.highestBlock() >= headNumber, 20000);

    // The burst arrived as a backfill (several blocks in one delivery), not as notifications.
    int largest = 0;
    for (const auto &emission : std::as_const(delivered))
        largest = qMax(largest, int(emission.at(1).value<QList<chain::BlockHeader>>().size()));
    QVERIFY2(largest >= 2, "expected the blocks mined while disconnected to be backfilled");

    QVERIFY2(state.gaps().isEmpty(), "the block history has a hole");
    QCOMPARE(*state.lowestBlock(), qMin(firstHeld, *state.lowestBlock()));
    const quint64 lo = *state.lowestBlock();
    const quint64 hi = *state.highestBlock();
    QCOMPARE(quint64(state.blockCount()), hi - lo + 1);
    for (quint64 n = lo + 1; n <= hi; ++n) {
        QVERIFY2(state.block(n)->header.parentHash == state.block(n - 1)->header.hash,
            qPrintable(u"block %1 does not link to block %2"_s.arg(n).arg(n - 1)));
    }
    QCOMPARE(state.node(u"anvil01"_s)->height.value(), hi);
    collector.stop();
}

void TestAnvil::statusCommand()
{
    const QString anvil = findAnvil();
    SENTINELA_REQUIRE_OR_SKIP(!anvil.isEmpty(), AnvilMissing);
    ServerHarness harness;
    const quint16 port = freeTcpPort();
    ServerProcess *p = harness.start(u"anvil"_s, anvil,
        {u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port), u"--block-time"_s, u"1"_s, u"--silent"_s});
    QVERIFY(p && p->waitPort(port, 20000));
    QTest::qWait(1500);
    NetworkConfig network;
    network.name = u"anvil"_s;
    network.blockPeriodSeconds = 1;
    NodeConfig node;
    node.name = u"anvil01"_s;
    node.type = NodeType::Validator;
    node.rpcHttp = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    network.nodes.append(node);
    NodeConfig dead = node;
    dead.name = u"gone01"_s;
    dead.type = NodeType::Boot;
    dead.rpcHttp = QUrl(u"http://127.0.0.1:%1"_s.arg(freeTcpPort()));
    network.nodes.append(dead);

    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const int code = runStatusCommand(network, true, out, err, 10000);
    const auto doc = nlohmann::json::parse(outText.toStdString(), nullptr, false);
    QVERIFY2(doc.is_object(), qPrintable(outText + errText));
    QCOMPARE(code, int(StatusWarning)); // gone01 is down; anvil01 (the only validator) is fine
    QCOMPARE(doc["nodes"].size(), size_t(2));
    QVERIFY(doc["nodes"][0]["height"].is_number());
    QCOMPARE(doc["nodes"][0]["up"].get<bool>(), true);
    QCOMPARE(doc["nodes"][1]["up"].get<bool>(), false);
    QVERIFY(doc["tipBlockAgeSeconds"].is_number());

    QString table;
    QTextStream tableOut(&table);
    runStatusCommand(network, false, tableOut, err, 10000);
    QVERIFY2(table.contains(u"anvil01"_s) && table.contains(u"WARNING"_s), qPrintable(table));
}

QTEST_GUILESS_MAIN(TestAnvil)
#include "tst_anvil.moc"

// Issue 15 §4: ingest 24 h of blocks at 10 transactions per second (43,200 blocks of 20 transactions: 864,000
// transactions, with their receipts) from a local node in at most 60 s, the GUI thread staying responsive.
// The node is a fast local fake serving Besu's JSON shapes (eth_getBlockByNumber with full transactions, batched
// eth_getTransactionReceipt) from a worker thread; the ingest is JsonRpcClient::requestTransactions into
// NetworkState's usage ledger with the Collector's pipelining (4 requests of 20 blocks in flight).
// Quick mode (SENTINELA_BENCH_QUICK=1): 600 blocks. argv[1] overrides the block count.

#include "benchreport.h"

#include "config/inventory.h"
#include "sources/httpfetcher.h"
#include "sources/jsonrpcclient.h"
#include "state/networkstate.h"
#include "usage/usagereport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

constexpr int kTxPerBlock = 20; // 10 tx/s at 2 s blocks
constexpr quint64 kBaseTime = 1767225600; // 2026-01-01
constexpr int kSenders = 12;
constexpr int kContracts = 6;

std::string hex64(quint64 block, quint64 index)
{
    char buf[80];
    std::snprintf(buf, sizeof buf, "0x%016llx%08llx%040llx", static_cast<unsigned long long>(block),
        static_cast<unsigned long long>(index), 0ULL);
    return buf;
}

std::string address(const char *prefix, int n)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "0x%s%038d", prefix, n);
    return buf;
}

std::string quantity(quint64 v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

quint64 gasOf(quint64 block, quint64 index)
{
    return 21000 + ((block * 31 + index * 7) % 9) * 10000;
}

bool failedOf(quint64 block, quint64 index)
{
    return (block + index) % 37 == 0;
}

void appendBlock(std::string &out, quint64 n)
{
    out += R"({"number":")" + quantity(n) + R"(","hash":")" + hex64(n, 0xffffffff) + R"(","timestamp":")"
        + quantity(kBaseTime + 2 * n) + R"(","gasUsed":"0x1","transactions":[)";
    for (quint64 i = 0; i < kTxPerBlock; ++i) {
        if (i)
            out += ',';
        out += R"({"blockHash":")" + hex64(n, 0xffffffff) + R"(","blockNumber":")" + quantity(n) + R"(","from":")"
            + address("aa", int((n + i) % kSenders)) + R"(","gas":")" + quantity(gasOf(n, i) + 50000)
            + R"(","gasPrice":"0x0","hash":")" + hex64(n, i) + R"(","input":"0x12345678","nonce":")" + quantity(n)
            + R"(","to":")" + address("cc", int((n * 3 + i) % kContracts)) + R"(","transactionIndex":")" + quantity(i)
            + R"(","type":"0x0","value":"0x0","v":"0xa95","r":")" + hex64(n, i) + R"(","s":")" + hex64(i, n) + R"("})";
    }
    out += "]}";
}

void appendReceipt(std::string &out, const std::string &hash)
{
    const quint64 block = std::stoull(hash.substr(2, 16), nullptr, 16);
    const quint64 index = std::stoull(hash.substr(18, 8), nullptr, 16);
    out += R"({"blockHash":")" + hex64(block, 0xffffffff) + R"(","blockNumber":")" + quantity(block)
        + R"(","contractAddress":null,"cumulativeGasUsed":")" + quantity(gasOf(block, index) * (index + 1))
        + R"(","from":")" + address("aa", int((block + index) % kSenders)) + R"(","gasUsed":")"
        + quantity(gasOf(block, index)) + R"(","effectiveGasPrice":"0x0","logs":[],"status":")"
        + (failedOf(block, index) ? "0x0" : "0x1") + R"(","to":")" + address("cc", int((block * 3 + index) % kContracts))
        + R"(","transactionHash":")" + hash + R"(","transactionIndex":")" + quantity(index) + R"(","type":"0x0"})";
}

// A JSON-RPC node over HTTP/1.1 with keep-alive, on its own thread.
class FakeNode : public QTcpServer
{
public:
    explicit FakeNode(quint64 head)
        : m_head(head)
    {
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end).toLower();
                const qsizetype cl = head.indexOf("content-length:");
                const qsizetype length = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                const QByteArray body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                const std::string reply = answer(body);
                QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(qsizetype(reply.size())) + "\r\n\r\n";
                response.append(reply.data(), qsizetype(reply.size()));
                socket->write(response);
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    std::string answer(const QByteArray &body) const
    {
        const json request = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        std::string out;
        auto one = [&](const json &call) {
            out += R"({"jsonrpc":"2.0","id":)" + call.value("id", json()).dump() + R"(,"result":)";
            const std::string method = call.value("method", std::string());
            const json &params = call.value("params", json::array());
            if (method == "eth_getBlockByNumber" && !params.empty()) {
                const quint64 n = std::stoull(params[0].get<std::string>().substr(2), nullptr, 16);
                if (n <= m_head)
                    appendBlock(out, n);
                else
                    out += "null";
            } else if (method == "eth_getTransactionReceipt" && !params.empty()) {
                appendReceipt(out, params[0].get<std::string>());
            } else if (method == "eth_blockNumber") {
                out += '"' + quantity(m_head) + '"';
            } else {
                out += "null";
            }
            out += '}';
        };
        if (request.is_array()) {
            out.reserve(request.size() * 700);
            out += '[';
            for (std::size_t i = 0; i < request.size(); ++i) {
                if (i)
                    out += ',';
                one(request[i]);
            }
            out += ']';
        } else if (request.is_object()) {
            one(request);
        } else {
            out = R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}})";
        }
        return out;
    }

    quint64 m_head;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::Report report("usage_ingest");
    QTextStream out(stdout);
    const int blocks = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : bench::quick() ? 600 : 43200;

    QThread serverThread;
    auto *node = new FakeNode(quint64(blocks));
    node->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(node, [node, &port] {
        node->listen(QHostAddress::LocalHost, 0);
        port = node->serverPort();
    }, Qt::BlockingQueuedConnection);
    if (port == 0) {
        report.runFailed("total", u"the local node did not listen"_s);
        return 1;
    }

    NetworkConfig network;
    network.name = u"bench"_s;
    network.blockPeriodSeconds = 2;
    network.polling.totalTimeoutMs = 60000;
    network.polling.maxReplyBytes = 256 * 1024 * 1024;
    network.polling.historyHours = 24;
    NodeConfig nodeConfig;
    nodeConfig.name = u"writer01"_s;
    nodeConfig.rpcHttp = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    network.nodes = {nodeConfig};
    NetworkState state;
    state.configure(network);
    HttpFetcher fetcher;
    fetcher.setLimits(HttpLimits::fromPolling(network.polling));
    JsonRpcClient client(nodeConfig, network, &fetcher);

    // The Collector's pipelining: newest first, 4 requests of 20 blocks in flight.
    constexpr int kInFlight = 4;
    constexpr int kPerRequest = 20;
    quint64 next = quint64(blocks); // highest not yet asked
    int inFlight = 0;
    bool failed = false;
    QString failure;
    QElapsedTimer clock;
    qint64 doneAt = -1;
    auto pump = [&] {
        while (inFlight < kInFlight && next >= 1) {
            const quint64 last = next;
            const quint64 first = last >= kPerRequest ? last - kPerRequest + 1 : 1;
            next = first - 1;
            ++inFlight;
            client.requestTransactions(first, last);
        }
        if (inFlight == 0 && doneAt < 0) {
            doneAt = clock.elapsed();
            app.quit();
        }
    };
    QObject::connect(&client, &JsonRpcClient::transactionsReceived, &app,
        [&](const QString &, const QList<usage::BlockTransactions> &received) {
            --inFlight;
            state.addTransactions(received);
            pump();
        });
    QObject::connect(&client, &JsonRpcClient::transactionsFailed, &app,
        [&](const QString &, quint64 from, quint64 to, const QString &error) {
            failed = true;
            failure = u"blocks %1-%2: %3"_s.arg(from).arg(to).arg(error);
            app.quit();
        });

    // GUI-thread responsiveness: the longest gap between ticks of a 10 ms timer.
    std::vector<qint64> gaps;
    QElapsedTimer tickClock;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        gaps.push_back(tickClock.restart());
    });
    QTimer::singleShot(bench::quick() ? 60000 : 180000, &app, &QCoreApplication::quit); // give up: a failure

    clock.start();
    tickClock.start();
    ticker.start();
    QTimer::singleShot(0, &app, pump);
    app.exec();
    ticker.stop();
    serverThread.quit();
    serverThread.wait();
    delete node;

    const quint64 expected = quint64(blocks) * kTxPerBlock;
    const UsageLedger &ledger = state.usage();
    if (failed || doneAt < 0 || ledger.transactionCount() != expected || ledger.blockCount() != blocks) {
        report.runFailed("total",
            u"stopped after %1 ms: %2 of %3 transactions in %4 of %5 blocks %6"_s.arg(clock.elapsed())
                .arg(ledger.transactionCount())
                .arg(expected)
                .arg(ledger.blockCount())
                .arg(blocks)
                .arg(failure));
        return 1;
    }
    // Every receipt arrived: the ledger's failures are the fake node's.
    quint64 failures = 0;
    for (const auto &[start, bucket] : ledger.buckets())
        for (const usage::Counts &c : bucket.pairs)
            failures += c.failed + c.withoutReceipt;
    std::sort(gaps.begin(), gaps.end());
    const qint64 maxGap = gaps.empty() ? 0 : gaps.back();
    const qint64 p99 = gaps.empty() ? 0 : gaps[std::min(gaps.size() - 1, gaps.size() * 99 / 100)];
    const QString what = u"ingest of %1 blocks x %2 transactions (%3 tx, receipts batched) from a local JSON-RPC node "
                         u"into the usage ledger"_s.arg(blocks).arg(kTxPerBlock).arg(expected);
    const double seconds = double(doneAt) / 1000.0;
    if (blocks == 43200)
        report.figure("total", what, seconds, "s", bench::Goal::AtMost, 60);
    else
        report.info("total", what, seconds, "s");
    report.info("rate", u"transactions ingested per second"_s, double(expected) / std::max(0.001, seconds), "tx/s");
    report.info("gui_stall",
        u"longest gap between ticks of a 10 ms timer on the GUI thread during the ingest (p99 %1 ms, %2 ticks)"_s
            .arg(p99)
            .arg(gaps.size()),
        double(maxGap), "ms");
    // A refresh of the Usage page over the whole day: the report built on a worker, and the GUI thread's part of it
    // (copying the window's buckets for the worker).
    {
        const qint64 toSec = ledger.newestSec() + 1;
        const qint64 fromSec = toSec - 24 * 3600;
        QElapsedTimer t;
        t.start();
        const UsageLedger excerpt = ledger.excerpt(fromSec, toSec);
        const double copyMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const usage::UsageReport day = usage::buildReport(excerpt, state.accounts(), fromSec, toSec);
        const double buildMs = double(t.nsecsElapsed()) / 1e6;
        report.info("report_day", u"the Usage page's report over 24 h of buckets (%1 tx), built on a worker thread"_s
            .arg(day.total.transactions), buildMs, "ms");
        report.info("report_day_gui", u"the GUI thread's part of that refresh: copying the window's buckets"_s, copyMs, "ms");
    }
    report.info("failed_or_missing", u"failed transactions counted (1 in 37 by construction)"_s, double(failures), "tx");
    return report.exitCode();
}

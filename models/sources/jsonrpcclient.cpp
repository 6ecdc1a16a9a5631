#include "jsonrpcclient.h"

#include "chain/hex.h"
#include "core/clock.h"
#include "httpfetcher.h"
#include "jsonlimits.h"
#include "usage/transactionparse.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

jsonrpc::Error transportErrorFrom(const HttpResult &http)
{
    jsonrpc::Error e;
    e.kind = http.errorKind == HttpResult::Error::Timeout ? jsonrpc::Error::Kind::Timeout
        : http.errorKind == HttpResult::Error::Parse      ? jsonrpc::Error::Kind::Parse
                                                          : jsonrpc::Error::Kind::Transport;
    e.message = http.error;
    return e;
}

// Parses one method's result with `parse`, storing the value or a Result error.
template<typename T, typename Parser>
std::optional<T> take(
    const QString &method, const jsonrpc::Outcome &outcome, Parser parse, QMap<QString, jsonrpc::Error> &errors)
{
    if (!outcome.ok()) {
        if (outcome.error.kind != jsonrpc::Error::Kind::NotEnabled)
            errors.insert(method, outcome.error);
        return std::nullopt;
    }
    QString why;
    std::optional<T> value = parse(outcome.result, &why);
    if (!value)
        errors.insert(method, jsonrpc::Error {jsonrpc::Error::Kind::Result, 0, why});
    return value;
}

bool batchRefused(const jsonrpc::Error &e)
{
    // -32600 invalid request (no batch support), -32005 / "batch" size limits of Besu and proxies.
    return e.kind == jsonrpc::Error::Kind::Rpc
        && (e.code == -32600 || e.message.contains(u"batch"_s, Qt::CaseInsensitive));
}

} // namespace

JsonRpcClient::JsonRpcClient(
    const NodeConfig &node, const NetworkConfig &network, HttpFetcher *fetcher, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_node(node)
    , m_consensus(network.consensus)
    , m_polling(network.polling)
    , m_fetcher(fetcher)
    , m_clock(clock ? clock : Clock::system())
    , m_statusTimer(new QTimer(this))
    , m_slowTimer(new QTimer(this))
{
    // A network migrated from IBFT 2.0 to QBFT serves the qbft_ methods.
    if (network.qbftStartBlock)
        m_consensus = Consensus::Qbft;
    m_health.source = tr("RPC %1").arg(node.name);
    m_health.endpoint = node.rpcHttp.toDisplayString();
    m_statusTimer->setInterval(qMax(200, m_polling.nodeStatusMs));
    m_slowTimer->setInterval(slowPollMs(m_polling));
    connect(m_statusTimer, &QTimer::timeout, this, &JsonRpcClient::pollStatus);
    connect(m_slowTimer, &QTimer::timeout, this, &JsonRpcClient::pollSlow);
}

JsonRpcClient::~JsonRpcClient() = default;

QString JsonRpcClient::sourceId() const
{
    return u"rpc:"_s + m_node.name;
}

QString JsonRpcClient::consensusNamespace() const
{
    return m_consensus == Consensus::Ibft2 ? u"ibft"_s : u"qbft"_s;
}

QDateTime JsonRpcClient::now() const
{
    return m_clock->now();
}

void JsonRpcClient::start()
{
    if (m_running)
        return;
    if (!m_node.rpcHttp.isValid() || m_node.rpcHttp.isEmpty()) {
        m_health.detail = tr("no JSON-RPC HTTP URL configured");
        setHealth(SourceHealth::State::Disabled, {}, false);
        return;
    }
    m_running = true;
    setHealth(SourceHealth::State::Degraded, {}, false);
    m_health.detail = tr("waiting for the first reply");
    pollStatus();
    pollSlow();
    m_statusTimer->start();
    m_slowTimer->start();
}

void JsonRpcClient::stop()
{
    m_running = false;
    m_statusTimer->stop();
    m_slowTimer->stop();
}

void JsonRpcClient::setNamespaceRecheckMs(qint64 ms)
{
    m_namespaceRecheckMs = ms;
    const qint64 latest = m_clock->nowMs() + ms;
    for (auto it = m_disabledUntil.begin(); it != m_disabledUntil.end(); ++it)
        it.value() = qMin(it.value(), latest);
}

bool JsonRpcClient::namespaceDisabled(const QString &ns) const
{
    const auto it = m_disabledUntil.constFind(ns);
    return it != m_disabledUntil.constEnd() && m_clock->nowMs() < it.value();
}

QStringList JsonRpcClient::disabledNamespaces() const
{
    QStringList out;
    for (auto it = m_disabledUntil.constBegin(); it != m_disabledUntil.constEnd(); ++it)
        out.append(it.key());
    out.sort();
    return out;
}

QList<jsonrpc::Call> JsonRpcClient::filterEnabled(const QList<jsonrpc::Call> &calls, QList<int> *kept) const
{
    QList<jsonrpc::Call> out;
    for (int i = 0; i < calls.size(); ++i) {
        if (namespaceDisabled(jsonrpc::methodNamespace(calls[i].method)))
            continue;
        out.append(calls[i]);
        kept->append(i);
    }
    return out;
}

void JsonRpcClient::noteOutcomes(const QList<jsonrpc::Call> &calls, const QList<jsonrpc::Outcome> &outcomes)
{
    const qint64 nowMs = m_clock->nowMs();
    for (int i = 0; i < calls.size() && i < outcomes.size(); ++i) {
        const QString ns = jsonrpc::methodNamespace(calls[i].method);
        if (outcomes[i].error.kind == jsonrpc::Error::Kind::NotEnabled)
            m_disabledUntil.insert(ns, nowMs + m_namespaceRecheckMs);
        else if (outcomes[i].ok())
            m_disabledUntil.remove(ns);
    }
}

void JsonRpcClient::setHealth(SourceHealth::State state, const QString &error, bool good)
{
    SourceHealth before = m_health;
    m_health.state = state;
    m_health.lastError = error;
    if (good)
        m_health.lastGood = now().toUTC();
    const QStringList disabled = disabledNamespaces();
    if (good) {
        m_health.detail
            = disabled.isEmpty() ? QString() : tr("not enabled on this node: %1").arg(disabled.join(u", "_s).toUpper());
    }
    if (before.state != m_health.state || before.lastError != m_health.lastError || before.detail != m_health.detail
        || good)
        emit healthChanged(m_health);
}

void JsonRpcClient::sendCalls(
    const QList<jsonrpc::Call> &calls, Converter convert, std::function<void(const BatchReply &)> deliver)
{
    const int count = static_cast<int>(calls.size());
    if (!m_fetcher || count == 0) {
        BatchReply reply;
        reply.outcomes.resize(count);
        reply.transport = {jsonrpc::Error::Kind::Transport, 0, tr("no HTTP fetcher")};
        convert(reply);
        deliver(reply);
        return;
    }
    HttpEndpoint endpoint;
    endpoint.name = m_node.name;
    const QUrl url = m_node.rpcHttp;
    QPointer<JsonRpcClient> self(this);

    auto finish = [self, convert, deliver, count](QList<HttpResult> results, QList<qint64> firstIds, bool batched) {
        if (!self)
            return;
        const int maxDepthLocal = self->m_polling.maxJsonDepth;
        std::function<BatchReply()> work = [results, firstIds, batched, count, convert, maxDepthLocal] {
            BatchReply reply;
            reply.outcomes.resize(count);
            int failures = 0;
            for (int r = 0; r < results.size(); ++r) {
                const HttpResult &http = results[r];
                const int firstIndex = batched ? 0 : r;
                const int n = batched ? count : 1;
                reply.elapsedMs = qMax(reply.elapsedMs, http.elapsedMs);
                jsonrpc::Error callError;
                std::optional<json> body;
                if (!http.body.isEmpty()) {
                    JsonParseResult parsed
                        = parseJsonLimited(http.body, http.url.toDisplayString(), maxDepthLocal, http.contentType);
                    if (parsed.ok)
                        body = std::move(parsed.value);
                    else if (http.ok)
                        callError = {jsonrpc::Error::Kind::Parse, 0, parsed.error};
                }
                if (!body && !callError.isError())
                    callError = transportErrorFrom(http);
                if (callError.isError()) {
                    ++failures;
                    reply.transport = callError;
                    for (int i = 0; i < n; ++i)
                        reply.outcomes[firstIndex + i].error = callError;
                    continue;
                }
                jsonrpc::Error whole;
                QList<jsonrpc::Outcome> decoded;
                if (batched) {
                    decoded = jsonrpc::decodeBatchReply(*body, firstIds[r], n, &whole);
                } else {
                    decoded = {jsonrpc::decodeReplyObject(*body, firstIds[r])};
                    if (!http.ok && decoded[0].ok())
                        decoded[0].error = transportErrorFrom(http);
                }
                if (batched && whole.isError()) {
                    reply.batchRefused = batchRefused(whole);
                    if (!reply.batchRefused)
                        reply.transport = whole;
                    ++failures;
                }
                for (int i = 0; i < n; ++i)
                    reply.outcomes[firstIndex + i] = decoded[i];
            }
            if (failures < results.size())
                reply.transport = {}; // some calls got through: the node is reachable
            convert(reply);
            return reply;
        };
        runInWorker<BatchReply>(self.data(), std::move(work), [self, deliver](BatchReply reply) {
            if (self)
                deliver(reply);
        });
    };

    if (!m_batchUnsupported) {
        const qint64 firstId = m_nextId;
        m_nextId += count;
        HttpRequest request;
        request.method = "POST";
        request.url = url;
        request.body = jsonrpc::encodeBatch(firstId, calls);
        request.endpoint = endpoint;
        request.totalTimeoutMs = m_polling.totalTimeoutMs;
        m_fetcher->send(request, this, [finish, firstId](const HttpResult &http) { finish({http}, {firstId}, true); });
        return;
    }

    // One request per call, gathered before decoding.
    struct Gather
    {
        QList<HttpResult> results;
        QList<qint64> ids;
        int remaining = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->results.resize(count);
    gather->remaining = count;
    for (int i = 0; i < count; ++i) {
        const qint64 id = m_nextId++;
        gather->ids.append(id);
        HttpRequest request;
        request.method = "POST";
        request.url = url;
        request.body = jsonrpc::encodeRequest(id, calls[i]);
        request.endpoint = endpoint;
        request.totalTimeoutMs = m_polling.totalTimeoutMs;
        m_fetcher->send(request, this, [gather, i, finish](const HttpResult &http) {
            gather->results[i] = http;
            if (--gather->remaining == 0)
                finish(gather->results, gather->ids, false);
        });
    }
}

void JsonRpcClient::pollStatus()
{
    if (m_statusInFlight)
        return;
    const QString cns = consensusNamespace();
    const json validatorsAt = m_lastHeight ? json(chain::quantityToHex(*m_lastHeight).toStdString()) : json("latest");
    const QList<jsonrpc::Call> all {
        {u"eth_blockNumber"_s, json::array()},
        {u"eth_syncing"_s, json::array()},
        {u"net_peerCount"_s, json::array()},
        {u"eth_chainId"_s, json::array()},
        {u"web3_clientVersion"_s, json::array()},
        {u"admin_peers"_s, json::array()},
        {u"txpool_besuStatistics"_s, json::array()},
        {cns + u"_getPendingVotes"_s, json::array()},
        {cns + u"_getValidatorsByBlockNumber"_s, json::array({validatorsAt})},
    };
    QList<int> kept;
    const QList<jsonrpc::Call> calls = filterEnabled(all, &kept);
    const std::optional<quint64> validatorsBlock = m_lastHeight;
    const QString nodeName = m_node.name;
    m_statusInFlight = true;

    auto status = std::make_shared<NodeRpcStatus>();
    Converter convert = [status, calls, nodeName, validatorsBlock](BatchReply &reply) {
        NodeRpcStatus &s = *status;
        s.node = nodeName;
        s.transportError = reply.transport;
        s.reachable = !reply.transport.isError();
        s.elapsedMs = reply.elapsedMs;
        for (int i = 0; i < calls.size(); ++i) {
            const QString &m = calls[i].method;
            const jsonrpc::Outcome &o = reply.outcomes[i];
            if (m == u"eth_blockNumber")
                s.blockNumber = take<quint64>(m, o, besu::parseQuantity, s.errors);
            else if (m == u"eth_syncing")
                s.syncing = take<besu::SyncStatus>(m, o, besu::parseSyncing, s.errors);
            else if (m == u"net_peerCount") {
                if (auto n = take<quint64>(m, o, besu::parseQuantity, s.errors))
                    s.peerCount = static_cast<int>(qMin<quint64>(*n, 1000000));
            } else if (m == u"eth_chainId")
                s.chainId = take<quint64>(m, o, besu::parseQuantity, s.errors);
            else if (m == u"web3_clientVersion")
                s.clientVersion = take<QString>(m, o, besu::parseString, s.errors);
            else if (m == u"admin_peers")
                s.peers = take<QList<besu::PeerInfo>>(m, o, besu::parsePeers, s.errors);
            else if (m == u"txpool_besuStatistics")
                s.txPool = take<besu::TxPoolStatistics>(m, o, besu::parseTxPoolStatistics, s.errors);
            else if (m.endsWith(u"_getPendingVotes"))
                s.pendingVotes = take<besu::PendingVotes>(m, o, besu::parsePendingVotes, s.errors);
            else if (m.endsWith(u"_getValidatorsByBlockNumber")) {
                s.validators = take<QStringList>(m, o, besu::parseAddressList, s.errors);
                if (s.validators)
                    s.validatorsBlock = validatorsBlock ? validatorsBlock : s.blockNumber;
            }
        }
    };
    sendCalls(calls, convert, [this, status, calls](const BatchReply &reply) {
        m_statusInFlight = false;
        if (reply.batchRefused) {
            m_batchUnsupported = true; // next poll goes one call per request
        }
        noteOutcomes(calls, reply.outcomes);
        NodeRpcStatus s = *status;
        s.at = now().toUTC();
        s.disabledNamespaces = disabledNamespaces();
        if (s.blockNumber)
            m_lastHeight = s.blockNumber;
        if (!s.reachable || reply.batchRefused) {
            ++m_consecutiveFailures;
            const QString error = reply.batchRefused ? tr("the node refused a batched request; retrying unbatched")
                                                     : s.transportError.message;
            setHealth(
                m_consecutiveFailures >= 2 ? SourceHealth::State::Down : SourceHealth::State::Degraded, error, false);
        } else {
            m_consecutiveFailures = 0;
            QStringList problems;
            for (auto it = s.errors.constBegin(); it != s.errors.constEnd(); ++it)
                problems.append(it.key() + u": "_s + it.value().message);
            setHealth(problems.isEmpty() && s.blockNumber ? SourceHealth::State::Ok : SourceHealth::State::Degraded,
                problems.join(u"; "_s), true);
        }
        emit statusReceived(s);
    });
}

void JsonRpcClient::pollSlow()
{
    if (m_slowInFlight)
        return;
    const QString cns = consensusNamespace();
    json metricsParams = json::array();
    std::optional<quint64> from;
    if (m_signerWindow > 0 && m_lastHeight) {
        from = *m_lastHeight > m_signerWindow ? *m_lastHeight - m_signerWindow : 0;
        // The end block is exclusive in Besu; "latest" covers up to the head.
        metricsParams = json::array({chain::quantityToHex(*from).toStdString(), "latest"});
    }
    const QList<jsonrpc::Call> all {
        {u"admin_nodeInfo"_s, json::array()},
        {u"net_enode"_s, json::array()},
        {cns + u"_getSignerMetrics"_s, metricsParams},
        {u"perm_getAccountsAllowlist"_s, json::array()},
        {u"perm_getNodesAllowlist"_s, json::array()},
        // The account Ingress contract's rules address: getContractAddress(bytes32 "rules") at 0x...8888 (RBB's
        // on-chain permissioning); the zero address means every transaction is allowed.
        {u"eth_call"_s,
            json::array({json {{"to", "0x0000000000000000000000000000000000008888"},
                             {"data",
                                 "0x0d2020dd72756c6573000000000000000000000000000000000000000000000000000000"}},
                "latest"})},
    };
    QList<int> kept;
    const QList<jsonrpc::Call> calls = filterEnabled(all, &kept);
    if (calls.isEmpty())
        return;
    const QString nodeName = m_node.name;
    m_slowInFlight = true;
    auto status = std::make_shared<NodeRpcSlowStatus>();
    Converter convert = [status, calls, nodeName, from](BatchReply &reply) {
        NodeRpcSlowStatus &s = *status;
        s.node = nodeName;
        s.transportError = reply.transport;
        s.reachable = !reply.transport.isError();
        for (int i = 0; i < calls.size(); ++i) {
            const QString &m = calls[i].method;
            const jsonrpc::Outcome &o = reply.outcomes[i];
            if (m == u"admin_nodeInfo")
                s.nodeInfo = take<besu::NodeInfo>(m, o, besu::parseNodeInfo, s.errors);
            else if (m == u"net_enode")
                s.enode = take<QString>(m, o, besu::parseEnode, s.errors);
            else if (m.endsWith(u"_getSignerMetrics")) {
                s.signerMetrics = take<QList<besu::SignerMetric>>(m, o, besu::parseSignerMetrics, s.errors);
                s.signerMetricsFrom = from;
            } else if (m == u"perm_getAccountsAllowlist") {
                s.accountsAllowlist = take<QStringList>(m, o, besu::parseAddressList, s.errors);
                // Besu's "Account allowlist has not been enabled" (-32000) is a fact for the permissioning rule,
                // even when its wording reads as a namespace the node does not serve.
                if (!o.ok() && o.error.code == -32000)
                    s.errors.insert(m, o.error);
            } else if (m == u"eth_call") {
                // A 32-byte word whose last 20 bytes are the address; "0x" (no contract) says nothing.
                const QString word = o.ok() && o.result.is_string() ? QString::fromStdString(o.result.get<std::string>()) : QString();
                if (word.size() == 66 && word.startsWith(u"0x"_s))
                    s.accountRulesAddress = u"0x"_s + word.right(40).toLower();
            }
            else if (m == u"perm_getNodesAllowlist")
                s.nodesAllowlist = take<QStringList>(m, o, besu::parseEnodeList, s.errors);
        }
    };
    sendCalls(calls, convert, [this, status, calls](const BatchReply &reply) {
        m_slowInFlight = false;
        if (reply.batchRefused)
            m_batchUnsupported = true;
        noteOutcomes(calls, reply.outcomes);
        NodeRpcSlowStatus s = *status;
        s.at = now().toUTC();
        emit slowStatusReceived(s);
    });
}

void JsonRpcClient::requestBlocks(quint64 from, quint64 to)
{
    if (to < from)
        return;
    for (quint64 start = from; start <= to;) {
        const quint64 end = qMin(to, start + static_cast<quint64>(m_blockBatchSize) - 1);
        QList<jsonrpc::Call> calls;
        for (quint64 n = start; n <= end; ++n)
            calls.append({u"eth_getBlockByNumber"_s, json::array({chain::quantityToHex(n).toStdString(), false})});
        auto blocks = std::make_shared<QList<chain::BlockHeader>>();
        auto failed = std::make_shared<QList<std::pair<quint64, QString>>>();
        Converter convert = [blocks, failed, start](BatchReply &reply) {
            for (int i = 0; i < reply.outcomes.size(); ++i) {
                const quint64 number = start + static_cast<quint64>(i);
                const jsonrpc::Outcome &o = reply.outcomes[i];
                QString why = o.error.message;
                std::optional<chain::BlockHeader> header;
                if (o.ok())
                    header = besu::parseBlock(o.result, &why);
                if (header && header->number != number) {
                    why = tr("asked for block %1, got %2").arg(number).arg(header->number);
                    header.reset();
                }
                if (header)
                    blocks->append(*header);
                else
                    failed->append({number, why});
            }
        };
        sendCalls(calls, convert, [this, blocks, failed](const BatchReply &reply) {
            if (reply.batchRefused)
                m_batchUnsupported = true;
            if (!blocks->isEmpty())
                emit blocksReceived(m_node.name, *blocks);
            for (const auto &[number, why] : *failed)
                emit blockFailed(m_node.name, number, why);
        });
        if (end == to)
            break;
        start = end + 1;
    }
}

void JsonRpcClient::requestTransactions(quint64 from, quint64 to)
{
    if (to < from)
        return;
    QList<jsonrpc::Call> calls;
    for (quint64 n = from; n <= to; ++n)
        calls.append({u"eth_getBlockByNumber"_s, json::array({chain::quantityToHex(n).toStdString(), true})});
    auto blocks = std::make_shared<QList<usage::BlockTransactions>>();
    auto error = std::make_shared<QString>();
    Converter convert = [blocks, error, from](BatchReply &reply) {
        for (int i = 0; i < reply.outcomes.size(); ++i) {
            jsonrpc::Outcome &o = reply.outcomes[i];
            const quint64 number = from + quint64(i);
            QString why = o.error.message;
            std::optional<usage::BlockTransactions> block;
            if (o.ok() && o.result.is_null())
                why = tr("block %1 is not on the node").arg(number);
            else if (o.ok())
                block = usage::parseFullBlock(o.result, &why);
            if (block && block->number != number) {
                why = tr("asked for block %1, got %2").arg(number).arg(block->number);
                block.reset();
            }
            o.result = nullptr; // freed here, not on the GUI thread
            if (!block) {
                if (error->isEmpty())
                    *error = tr("block %1: %2").arg(number).arg(why);
                continue;
            }
            blocks->append(std::move(*block));
        }
    };
    QPointer<JsonRpcClient> self(this);
    sendCalls(calls, convert, [self, blocks, error, from, to](const BatchReply &reply) {
        if (!self)
            return;
        if (reply.batchRefused)
            self->m_batchUnsupported = true;
        if (blocks->isEmpty() || !error->isEmpty()) {
            emit self->transactionsFailed(self->m_node.name, from, to, error->isEmpty() ? tr("no block") : *error);
            if (blocks->isEmpty())
                return;
        }
        // Receipts of every transaction, in block order, in batches.
        QList<std::pair<int, int>> where; // (block, transaction)
        for (int b = 0; b < blocks->size(); ++b) {
            for (int t = 0; t < blocks->at(b).transactions.size(); ++t)
                where.append({b, t});
        }
        if (where.isEmpty()) {
            emit self->transactionsReceived(self->m_node.name, *blocks);
            return;
        }
        auto remaining = std::make_shared<int>(0);
        const int batch = self->m_receiptBatchSize;
        *remaining = int((where.size() + batch - 1) / batch);
        for (qsizetype start = 0; start < where.size(); start += batch) {
            const QList<std::pair<int, int>> part = where.mid(start, batch);
            QList<jsonrpc::Call> receiptCalls;
            for (const auto &[b, t] : part)
                receiptCalls.append({u"eth_getTransactionReceipt"_s,
                    json::array({blocks->at(b).transactions.at(t).hash.toStdString()})});
            auto receipts = std::make_shared<QList<std::optional<usage::Receipt>>>();
            Converter parseReceipts = [receipts](BatchReply &r) {
                receipts->reserve(r.outcomes.size());
                for (jsonrpc::Outcome &o : r.outcomes) {
                    receipts->append(o.ok() && !o.result.is_null() ? usage::parseReceipt(o.result) : std::nullopt);
                    o.result = nullptr;
                }
            };
            self->sendCalls(receiptCalls, parseReceipts, [self, blocks, receipts, part, remaining](const BatchReply &) {
                for (int i = 0; i < part.size(); ++i) {
                    const auto &[b, t] = part[i];
                    const std::optional<usage::Receipt> &r = receipts->value(i);
                    if (!r || !usage::applyReceipt((*blocks)[b], t, *r))
                        ++(*blocks)[b].missingReceipts;
                }
                if (--*remaining == 0 && self)
                    emit self->transactionsReceived(self->m_node.name, *blocks);
            });
        }
    });
}

void JsonRpcClient::call(const QString &method, const json &params, std::function<void(const jsonrpc::Outcome &)> done)
{
    const QList<jsonrpc::Call> calls {{method, params}};
    sendCalls(
        calls, [](BatchReply &) {},
        [this, calls, done](const BatchReply &reply) {
            noteOutcomes(calls, reply.outcomes);
            done(reply.outcomes.value(0));
        });
}

void JsonRpcClient::ethCall(const QString &to, const QByteArray &data, const QString &block,
    std::function<void(std::optional<QByteArray>, const jsonrpc::Error &)> done)
{
    const json params
        = json::array({json {{"to", to.toStdString()}, {"data", chain::toHexStd(data)}}, block.toStdString()});
    call(u"eth_call"_s, params, [done](const jsonrpc::Outcome &o) {
        if (!o.ok()) {
            done(std::nullopt, o.error);
            return;
        }
        QString why;
        auto bytes = besu::parseData(o.result, &why);
        done(bytes, bytes ? jsonrpc::Error {} : jsonrpc::Error {jsonrpc::Error::Kind::Result, 0, why});
    });
}

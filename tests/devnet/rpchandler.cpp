#include "rpchandler.h"

#include "devnet.h"

#include "chain/hex.h"
#include "chain/keccak.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

struct RpcError
{
    int code;
    const char *message;
};

const RpcError InvalidParams {-32602, "Invalid params"};

std::string hex(QByteArrayView bytes)
{
    return chain::toHexStd(bytes);
}

std::string qty(quint64 value)
{
    return chain::quantityToHex(value).toStdString();
}

std::string isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
}

QByteArray addressParam(const json &params, size_t i)
{
    if (!params.is_array() || params.size() <= i || !params[i].is_string())
        throw InvalidParams;
    std::string text = params[i].get<std::string>();
    if (text.rfind("0x", 0) != 0 && text.rfind("0X", 0) != 0)
        text = "0x" + text; // Besu accepts the docs' unprefixed form too
    const auto bytes = chain::fromHex(std::string_view(text));
    if (!bytes || bytes->size() != 20)
        throw InvalidParams;
    return *bytes;
}

} // namespace

RpcHandler::RpcHandler(Devnet *devnet, int node)
    : m_devnet(devnet)
    , m_node(node)
{
}

const char *RpcHandler::clientVersion()
{
    return "besu/v25.5.0/linux-x86_64/openjdk-java-21";
}

QByteArray RpcHandler::handle(const QByteArray &body, const WsHooks *ws)
{
    const NodeRuntime &rt = m_devnet->runtime(m_node);
    if (rt.rpcGarbage)
        return QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1\x01\xff <html>502 Bad Gateway");
    const json request = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (request.is_discarded()) {
        const ordered_json err
            = {{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", {{"code", -32700}, {"message", "Parse error"}}}};
        return QByteArray::fromStdString(err.dump());
    }
    if (request.is_array()) {
        if (request.empty()) {
            const ordered_json err
                = {{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", {{"code", -32600}, {"message", "Invalid Request"}}}};
            return QByteArray::fromStdString(err.dump());
        }
        ordered_json out = ordered_json::array();
        for (const json &one : request) {
            ordered_json reply = handleOne(one, ws);
            if (!reply.is_null())
                out.push_back(std::move(reply));
        }
        return QByteArray::fromStdString(out.dump());
    }
    const ordered_json reply = handleOne(request, ws);
    return reply.is_null() ? QByteArray() : QByteArray::fromStdString(reply.dump());
}

ordered_json RpcHandler::handleOne(const json &request, const WsHooks *ws)
{
    ordered_json id = nullptr;
    if (request.is_object() && request.contains("id"))
        id = ordered_json::parse(request["id"].dump());
    auto error = [&](int code, const char *message) {
        return ordered_json {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
    };
    if (!request.is_object() || !request.contains("method") || !request["method"].is_string())
        return error(-32600, "Invalid Request");
    if (m_devnet->runtime(m_node).rpcErrors)
        return error(-32603, "Internal error");
    const json params = request.value("params", json::array());
    try {
        bool found = true;
        ordered_json result = call(request["method"].get<std::string>(), params, ws, &found);
        if (!found)
            return error(-32601, "Method not found");
        return ordered_json {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
    } catch (const RpcError &e) {
        return error(e.code, e.message);
    } catch (const json::exception &) {
        return error(InvalidParams.code, InvalidParams.message);
    }
}

// With full transactions, each is Besu's TransactionCompleteResult (blockHash, blockNumber, chainId, from, gas,
// gasPrice, hash, input, nonce, to, transactionIndex, type, value, v, r, s).
ordered_json RpcHandler::blockJson(const Devnet &devnet, const DevBlock &block, bool fullTransactions, int node)
{
    const chain::BlockHeader &h = block.header;
    ordered_json txs = ordered_json::array();
    for (int i = 0; i < block.txs.size(); ++i) {
        const DevTx &tx = block.txs[i];
        if (!fullTransactions) {
            txs.push_back(hex(tx.hash));
            continue;
        }
        txs.push_back({{"blockHash", hex(h.hash)}, {"blockNumber", qty(h.number)},
            {"chainId", qty(devnet.options().chainId)}, {"from", hex(tx.from)}, {"gas", qty(tx.gas)},
            {"gasPrice", "0x0"}, {"hash", hex(tx.hash)}, {"input", hex(tx.input)}, {"nonce", qty(tx.nonce)},
            {"to", hex(tx.to)}, {"transactionIndex", qty(quint64(i))}, {"type", "0x0"}, {"value", "0x0"},
            {"v", qty(tx.v)}, {"r", hex(tx.r)}, {"s", hex(tx.s)}});
    }
    return {{"number", qty(h.number)}, {"hash", hex(h.hash)}, {"mixHash", hex(h.mixHash)},
        {"parentHash", hex(h.parentHash)}, {"nonce", hex(h.nonce)}, {"sha3Uncles", hex(h.sha3Uncles)},
        {"logsBloom", hex(h.logsBloom)}, {"transactionsRoot", hex(h.transactionsRoot)}, {"stateRoot", hex(h.stateRoot)},
        {"receiptsRoot", hex(h.receiptsRoot)}, {"miner", hex(h.miner)}, {"difficulty", "0x1"},
        {"totalDifficulty", qty(h.number + 1)}, {"extraData", hex(devnet.extraDataFor(node, block))},
        {"baseFeePerGas", "0x0"}, {"size", qty(devnet.sizeFor(node, block))}, {"gasLimit", qty(h.gasLimit)}, {"gasUsed", qty(h.gasUsed)},
        {"timestamp", qty(h.timestamp)}, {"uncles", ordered_json::array()}, {"transactions", std::move(txs)}};
}

// Besu's TransactionReceiptResult (TransactionReceiptStatusResult after Byzantium): the members and their order.
ordered_json RpcHandler::receiptJson(const DevBlock &block, int index)
{
    const chain::BlockHeader &h = block.header;
    const DevTx &tx = block.txs[index];
    quint64 cumulative = 0;
    for (int i = 0; i <= index; ++i)
        cumulative += block.txs[i].gasUsed;
    ordered_json logs = ordered_json::array();
    if (!tx.failed && tx.input.size() > 4) {
        logs.push_back({{"address", hex(tx.to)}, {"topics", ordered_json::array({hex(chain::keccak256(tx.input.left(4)))})},
            {"data", "0x"}, {"blockNumber", qty(h.number)}, {"transactionHash", hex(tx.hash)},
            {"transactionIndex", qty(quint64(index))}, {"blockHash", hex(h.hash)}, {"logIndex", qty(quint64(index))},
            {"removed", false}});
    }
    return {{"blockHash", hex(h.hash)}, {"blockNumber", qty(h.number)}, {"contractAddress", nullptr},
        {"cumulativeGasUsed", qty(cumulative)}, {"from", hex(tx.from)}, {"gasUsed", qty(tx.gasUsed)},
        {"effectiveGasPrice", "0x0"}, {"logs", std::move(logs)}, {"logsBloom", hex(QByteArray(256, '\0'))},
        {"status", tx.failed ? "0x0" : "0x1"}, {"to", hex(tx.to)}, {"transactionHash", hex(tx.hash)},
        {"transactionIndex", qty(quint64(index))}, {"type", "0x0"}};
}

ordered_json RpcHandler::call(const std::string &method, const json &params, const WsHooks *ws, bool *found)
{
    const Devnet &d = *m_devnet;
    const DevNode &self = d.topology().nodes[m_node];
    const NodeRuntime &rt = d.runtime(m_node);
    const quint64 head = d.viewHeight(m_node);

    // A block tag or number as this node sees the chain; nullopt when beyond its head.
    auto blockNumber = [&](const json &p, bool allowDecimal) -> std::optional<quint64> {
        if (!p.is_string())
            throw InvalidParams;
        const std::string s = p.get<std::string>();
        if (s == "latest" || s == "pending" || s == "safe" || s == "finalized")
            return head;
        if (s == "earliest")
            return 0;
        std::optional<quint64> n;
        if (s.rfind("0x", 0) == 0 || s.rfind("0X", 0) == 0) {
            n = chain::quantityFromHex(s);
        } else if (allowDecimal) {
            bool ok = false;
            const quint64 v = QString::fromStdString(s).toULongLong(&ok);
            if (ok)
                n = v;
        }
        if (!n)
            throw InvalidParams;
        if (*n > head)
            return std::nullopt;
        return n;
    };
    auto param = [&](size_t i) -> const json & {
        if (!params.is_array() || params.size() <= i)
            throw InvalidParams;
        return params[i];
    };
    auto validatorList = [&](const QList<QByteArray> &validators) {
        ordered_json out = ordered_json::array();
        for (const QByteArray &v : validators)
            out.push_back(hex(v));
        return out;
    };

    if (method == "web3_clientVersion")
        return clientVersion();
    if (method == "eth_blockNumber")
        return qty(head);
    if (method == "eth_chainId")
        return qty(d.options().chainId);
    if (method == "net_version")
        return std::to_string(d.options().chainId);
    if (method == "net_listening")
        return true;
    if (method == "net_peerCount")
        return qty(quint64(d.peerCount(m_node)));
    if (method == "net_enode")
        return self.enode().toStdString();
    if (method == "eth_syncing") {
        if (!rt.syncing)
            return false;
        return {{"startingBlock", qty(rt.syncStartingBlock)}, {"currentBlock", qty(head)},
            {"highestBlock", qty(d.bestKnownBlock(m_node))}};
    }
    if (method == "eth_getBlockByNumber" || method == "eth_getBlockByHash") {
        const bool full = params.is_array() && params.size() > 1 && params[1].is_boolean() && params[1].get<bool>();
        const DevBlock *block = nullptr;
        if (method == "eth_getBlockByNumber") {
            if (const auto n = blockNumber(param(0), false))
                block = &d.blocks()[qsizetype(*n)];
        } else {
            const json &p = param(0);
            const auto hash
                = p.is_string() ? chain::fromHex(std::string_view(p.get_ref<const std::string &>())) : std::nullopt;
            if (!hash || hash->size() != 32)
                throw InvalidParams;
            block = d.blockByHash(*hash);
            if (block && block->header.number > head)
                block = nullptr;
        }
        return block ? blockJson(d, *block, full, m_node) : ordered_json(nullptr);
    }
    if (method == "eth_call") {
        // The account Ingress contract (0x...8888): getContractAddress(bytes32 "rules"), selector 0x0d2020dd, answers
        // the rules contract's address, or the zero address once `permissioning NODE off` (no rules: all allowed).
        const json call = params.is_array() && !params.empty() ? params[0] : json::object();
        const std::string to = call.is_object() ? call.value("to", std::string()) : std::string();
        std::string data = call.is_object() ? call.value("data", call.value("input", std::string())) : std::string();
        std::transform(data.begin(), data.end(), data.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        std::string lowerTo = to;
        std::transform(lowerTo.begin(), lowerTo.end(), lowerTo.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        if (lowerTo == "0x0000000000000000000000000000000000008888" && data.rfind("0x0d2020dd", 0) == 0) {
            const std::string rules = rt.permissioning ? "0000000000000000000000000000000000007777" : std::string(40, '0');
            return "0x" + std::string(24, '0') + rules;
        }
        // The rules contract (0x...7777) answers RBB gen02's AccountRulesV2.getAccount(address): the AccountData tuple
        // (uint orgId, address account, bytes32 roleId, bytes32 dataHash, bool active), orgId = institution index + 1;
        // an account it does not list reverts (AccountNotFound), which Besu reports as -32000 "Execution reverted".
        static const std::string getAccount = chain::toHexStd(chain::keccak256("getAccount(address)").left(4));
        if (rt.permissioning && lowerTo == "0x0000000000000000000000000000000000007777" && data.rfind(getAccount, 0) == 0
            && data.size() == getAccount.size() + 64) {
            const auto account = chain::fromHex(std::string_view("0x" + data.substr(data.size() - 40)));
            const int institution = account ? d.institutionOfAccount(*account) : -1;
            if (institution < 0)
                throw RpcError {-32000, "Execution reverted"};
            QByteArray word(32 * 5, '\0');
            word[31] = char(institution + 1);
            std::copy(account->cbegin(), account->cend(), word.begin() + 32 + 12);
            const QByteArray role = chain::keccak256("USER_ROLE");
            std::copy(role.cbegin(), role.cend(), word.begin() + 64);
            word[32 * 5 - 1] = 1;
            return chain::toHexStd(word);
        }
        return "0x";
    }
    if (method == "eth_getTransactionReceipt" || method == "eth_getTransactionByHash") {
        const json &p = param(0);
        const auto hash = p.is_string() ? chain::fromHex(std::string_view(p.get_ref<const std::string &>())) : std::nullopt;
        if (!hash || hash->size() != 32)
            throw InvalidParams;
        quint64 number = 0;
        int index = 0;
        const DevTx *tx = d.minedTransaction(*hash, &number, &index);
        if (!tx || number > head)
            return nullptr;
        const DevBlock &block = d.blocks()[qsizetype(number)];
        if (method == "eth_getTransactionByHash")
            return blockJson(d, block, true, m_node)["transactions"][size_t(index)];
        return receiptJson(block, index);
    }
    if (method == "admin_nodeInfo") {
        const DevBlock &h = d.blocks()[qsizetype(head)];
        ordered_json qbftConfig = {{"blockperiodseconds", d.options().blockPeriodSeconds},
            {"epochlength", d.options().epochLength}, {"requesttimeoutseconds", d.options().requestTimeout()}};
        if (d.options().emptyBlockPeriodSeconds > 0)
            qbftConfig["emptyblockperiodseconds"] = d.options().emptyBlockPeriodSeconds;
        const std::string id = chain::toHexStd(self.publicKey).substr(2);
        const std::string listen = "127.0.0.1:" + std::to_string(self.p2pPort);
        return {{"enode", self.enode().toStdString()}, {"listenAddr", listen}, {"ip", "127.0.0.1"},
            {"name", clientVersion()}, {"id", id}, {"ports", {{"discovery", self.p2pPort}, {"listener", self.p2pPort}}},
            {"protocols",
                {{"eth",
                    {{"config",
                         {{"chainId", d.options().chainId}, {"berlinBlock", 0}, {"londonBlock", 0},
                             {"zeroBaseFee", true},
                             {"qbft", qbftConfig}}},
                        {"difficulty", head + 1}, {"genesis", hex(d.blocks().first().header.hash)},
                        {"head", hex(h.header.hash)}, {"network", d.options().chainId}}}}},
            {"activeFork", "LONDON"}};
    }
    if (method == "admin_peers") {
        ordered_json out = ordered_json::array();
        auto peerEntry = [&](const QByteArray &pub, const std::string &name, int port, quint64 peerHead,
                             const QByteArray &peerHash, bool inbound, int localPort) {
            const std::string id = chain::toHexStd(pub);
            return ordered_json {{"version", "0x5"}, {"name", name}, {"caps", {"eth/68", "istanbul/100"}},
                {"network",
                    {{"localAddress", "127.0.0.1:" + std::to_string(localPort)},
                        {"remoteAddress", "127.0.0.1:" + std::to_string(port)}, {"inbound", inbound}}},
                {"port", qty(quint64(port))}, {"id", id},
                {"protocols", {{"eth", {{"difficulty", qty(peerHead + 1)}, {"head", hex(peerHash)}, {"version", 68}}}}},
                {"enode", "enode://" + id.substr(2) + "@127.0.0.1:" + std::to_string(port)}};
        };
        for (int peer : d.livePeers(m_node)) {
            const DevNode &p = d.topology().nodes[peer];
            const quint64 ph = d.viewHeight(peer);
            out.push_back(peerEntry(p.publicKey, clientVersion(), p.p2pPort, ph, d.blocks()[qsizetype(ph)].header.hash,
                peer < m_node, 40000 + 97 * m_node + peer));
        }
        if (d.peerCount(m_node) > 0) {
            for (int a = 0; a < rt.anonymousPeers; ++a) {
                const QByteArray pub = chain::keccak256(self.name.toUtf8() + "/anon" + QByteArray::number(a))
                    + chain::keccak256(QByteArray::number(a));
                out.push_back(peerEntry(pub, "besu/v25.4.1/linux-x86_64/openjdk-java-21", 50000 + a, head,
                    d.blocks()[qsizetype(head)].header.hash, true, self.p2pPort));
            }
        }
        return out;
    }
    if (method == "qbft_getValidatorsByBlockNumber") {
        const json &p = param(0);
        if (p.is_string() && p.get<std::string>() == "pending")
            return validatorList(d.blocks()[qsizetype(head)].validatorsAfter);
        const auto n = blockNumber(p, false);
        return n ? validatorList(d.validatorsOfBlock(*n)) : ordered_json(nullptr);
    }
    if (method == "qbft_getValidatorsByBlockHash") {
        const json &p = param(0);
        const auto hash
            = p.is_string() ? chain::fromHex(std::string_view(p.get_ref<const std::string &>())) : std::nullopt;
        if (!hash || hash->size() != 32)
            throw InvalidParams;
        const DevBlock *b = d.blockByHash(*hash);
        return b && b->header.number <= head ? validatorList(b->extra.validators) : ordered_json(nullptr);
    }
    if (method == "qbft_getSignerMetrics") {
        // Besu's AbstractGetSignerMetricsMethod: [from, to) with `to` exclusive; defaults max(0, head - 100) and
        // head; a `to` beyond the head is the head; from >= to is -32602 Invalid params (so is from > head). Every
        // block's coinbase counts, the genesis' too, and the validators after the range's last block are listed.
        auto resolve = [&](size_t i, quint64 fallback) -> quint64 {
            if (!params.is_array() || params.size() <= i || params[i].is_null())
                return fallback;
            const json &p = params[i];
            if (!p.is_string())
                throw InvalidParams;
            const std::string s = p.get<std::string>();
            if (s == "latest" || s == "pending")
                return head;
            if (s == "earliest")
                return 0;
            std::optional<quint64> n;
            if (s.rfind("0x", 0) == 0 || s.rfind("0X", 0) == 0) {
                n = chain::quantityFromHex(s);
            } else {
                bool ok = false;
                const quint64 v = QString::fromStdString(s).toULongLong(&ok);
                if (ok)
                    n = v;
            }
            if (!n)
                throw InvalidParams;
            return *n;
        };
        const quint64 from = resolve(0, head > 100 ? head - 100 : 0);
        const quint64 to = std::min(resolve(1, head), head);
        if (from >= to)
            throw InvalidParams;
        QMap<QByteArray, std::pair<quint64, quint64>> perSigner; // proposed count, last proposed
        for (quint64 n = from; n < to; ++n) {
            const DevBlock &b = d.blocks()[qsizetype(n)];
            auto &entry = perSigner[b.header.miner];
            ++entry.first;
            entry.second = n;
        }
        for (const QByteArray &v : d.blocks()[qsizetype(to - 1)].validatorsAfter) {
            if (!perSigner.contains(v))
                perSigner.insert(v, {0, 0});
        }
        ordered_json out = ordered_json::array();
        for (auto it = perSigner.cbegin(); it != perSigner.cend(); ++it) {
            out.push_back({{"address", hex(it.key())}, {"proposedBlockCount", qty(it.value().first)},
                {"lastProposedBlockNumber", qty(it.value().second)}});
        }
        return out;
    }
    if (method == "qbft_getPendingVotes") {
        ordered_json out = ordered_json::object();
        for (auto it = rt.pendingVotes.cbegin(); it != rt.pendingVotes.cend(); ++it)
            out[hex(it.key())] = it.value();
        return out;
    }
    if (method == "qbft_proposeValidatorVote") {
        const QByteArray address = addressParam(params, 0);
        const json &add = param(1);
        if (!add.is_boolean())
            throw InvalidParams;
        m_devnet->proposeVote(m_node, address, add.get<bool>());
        return true;
    }
    if (method == "qbft_discardValidatorVote")
        return m_devnet->discardVote(m_node, addressParam(params, 0));
    if (method == "perm_getAccountsAllowlist") {
        if (!rt.permissioning)
            throw RpcError {-32000, "Account allowlist has not been enabled"};
        ordered_json out = ordered_json::array();
        for (const QByteArray &a : d.allowedAccounts(m_node))
            out.push_back(hex(a));
        return out;
    }
    if (method == "perm_getNodesAllowlist") {
        if (!rt.permissioning)
            throw RpcError {-32000, "Node allowlist has not been enabled"};
        ordered_json out = ordered_json::array();
        for (const DevNode &n : d.topology().nodes)
            out.push_back(n.enode().toStdString());
        return out;
    }
    if (method == "txpool_besuStatistics") {
        int local = 0, remote = 0;
        for (const DevTx *tx : d.txPool(m_node))
            (d.isLocalTx(m_node, *tx) ? local : remote)++;
        return {{"maxSize", 4096}, {"localCount", local}, {"remoteCount", remote}};
    }
    if (method == "txpool_besuTransactions") {
        ordered_json out = ordered_json::array();
        for (const DevTx *tx : d.txPool(m_node)) {
            out.push_back({{"hash", hex(tx->hash)}, {"isReceivedFromLocalSource", d.isLocalTx(m_node, *tx)},
                {"addedToPoolAt", isoTime(tx->addedAtMs + rt.clockSkewSeconds * 1000)}});
        }
        return out;
    }
    if (ws && method == "eth_subscribe") {
        const json &kind = param(0);
        if (!kind.is_string() || kind.get<std::string>() != "newHeads")
            throw InvalidParams;
        bool includeTx = false;
        if (params.size() > 1 && params[1].is_object())
            includeTx = params[1].value("includeTransactions", false);
        return ws->subscribe(includeTx).toStdString();
    }
    if (ws && method == "eth_unsubscribe") {
        const json &sub = param(0);
        if (!sub.is_string())
            throw InvalidParams;
        return ws->unsubscribe(QByteArray::fromStdString(sub.get<std::string>()));
    }
    *found = false;
    return nullptr;
}

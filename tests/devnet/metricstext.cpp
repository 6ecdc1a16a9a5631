#include "metricstext.h"

#include "devnet.h"
#include "rpchandler.h"

#include <cmath>

namespace {

class Writer
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_out += "# HELP ";
        m_out += name;
        m_out += ' ';
        m_out += help;
        m_out += "\n# TYPE ";
        m_out += name;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }
    void sample(const char *name, double value, const QByteArray &labels = {})
    {
        m_out += name;
        if (!labels.isEmpty()) {
            m_out += '{';
            m_out += labels;
            m_out += '}';
        }
        m_out += ' ';
        if (value == std::floor(value) && std::abs(value) < 1e15)
            m_out += QByteArray::number(qint64(value)) + ".0";
        else
            m_out += QByteArray::number(value, 'g', 17);
        m_out += '\n';
    }
    void gauge(const char *name, const char *help, double value)
    {
        family(name, "gauge", help);
        sample(name, value);
    }
    void counter(const char *name, const char *help, double value)
    {
        family(name, "counter", help);
        sample(name, value);
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

QByteArray metricsText(const Devnet &devnet, int node)
{
    const NodeRuntime &rt = devnet.runtime(node);
    const DevNode &self = devnet.topology().nodes[node];
    const quint64 height = devnet.viewHeight(node);
    const DevBlock &head = devnet.blocks()[qsizetype(height)];
    const DevBlock &atStart = devnet.blocks()[qsizetype(std::min(rt.heightAtStart, height))];
    const qint64 now = Devnet::nowMs() + rt.clockSkewSeconds * 1000;
    const double uptime = double(now - rt.startedAtMs) / 1000.0;
    Writer w;

    w.gauge("ethereum_blockchain_height", "The current height of the canonical chain", double(height));
    w.gauge("ethereum_best_known_block_number", "The estimated highest block available",
        double(devnet.bestKnownBlock(node)));
    w.gauge(
        "besu_blockchain_chain_head_timestamp", "Timestamp from the current chain head", double(head.header.timestamp));
    w.gauge("besu_blockchain_chain_head_transaction_count", "Number of transactions in the current chain head block",
        double(head.txs.size()));
    w.gauge(
        "besu_blockchain_chain_head_gas_used", "Gas used by the current chain head block", double(head.header.gasUsed));
    w.gauge("besu_blockchain_chain_head_gas_limit", "Block gas limit of the current chain head block",
        double(head.header.gasLimit));
    w.counter("besu_blockchain_chain_head_gas_used_counter_total", "Counter for Gas used",
        double(head.cumulativeGas - atStart.cumulativeGas));
    w.counter("besu_blockchain_chain_head_transaction_count_counter_total", "Counter for the number of transactions",
        double(head.cumulativeTx - atStart.cumulativeTx));
    w.gauge("besu_blockchain_difficulty", "Total difficulty of the chainhead", double(height + 1));
    w.gauge("ethereum_peer_count", "The current number of peers connected", double(devnet.peerCount(node)));
    w.gauge("ethereum_peer_limit", "The maximum number of peers this node allows to connect", 25);
    w.counter("besu_peers_connected_total", "Total number of peers connected", double(rt.peersConnectedTotal));
    w.gauge("besu_synchronizer_in_sync", "Whether or not the local node has caught up to the best known peer",
        rt.syncing ? 0 : 1);
    w.gauge("ethereum_min_gas_price", "Gauge to measure the runtime value of min-gas-price", 0);

    const QList<const DevTx *> pool = devnet.txPool(node);
    if (devnet.options().sequencedTxPool) {
        w.gauge("besu_transaction_pool_transactions", "Current size of the transaction pool", double(pool.size()));
    } else {
        // Layered pool: the next-block candidates are "prioritized", the rest "ready"; no gaps, so "sparse" is 0.
        const qsizetype prioritized = std::min<qsizetype>(pool.size(), 2000);
        w.family("besu_transaction_pool_number_of_transactions", "gauge",
            "The number of transactions currently present in the layer");
        w.sample("besu_transaction_pool_number_of_transactions", double(prioritized), "layer=\"prioritized\"");
        w.sample("besu_transaction_pool_number_of_transactions", double(pool.size() - prioritized), "layer=\"ready\"");
        w.sample("besu_transaction_pool_number_of_transactions", 0, "layer=\"sparse\"");
    }

    if (rt.permissioning) {
        w.counter("besu_permissioning_node_local_check_count_total",
            "Number of times the node local permissioning provider has been checked", double(rt.permNodeChecks));
        w.counter("besu_permissioning_node_local_check_count_permitted_total",
            "Number of times the node local permissioning provider has been checked and returned permitted",
            double(rt.permNodeChecks - rt.permNodeUnpermitted));
        w.counter("besu_permissioning_node_local_check_count_unpermitted_total",
            "Number of times the node local permissioning provider has been checked and returned unpermitted",
            double(rt.permNodeUnpermitted));
        if (self.type == DevNodeType::ObserverBoot) {
            w.counter("besu_permissioning_account_local_check_count_total",
                "Number of times the account local permissioning provider has been checked",
                double(rt.permAccountChecks));
            w.counter("besu_permissioning_account_local_check_count_permitted_total",
                "Number of times the account local permissioning provider has been checked and returned "
                "permitted",
                double(rt.permAccountChecks - rt.permAccountUnpermitted));
            w.counter("besu_permissioning_account_local_check_count_unpermitted_total",
                "Number of times the account local permissioning provider has been checked and returned "
                "unpermitted",
                double(rt.permAccountUnpermitted));
        }
    }

    static const char *const names[P2pMessageCount] = {"Proposal", "Prepare", "Commit", "RoundChange"};
    static const char *const codes[P2pMessageCount] = {"18", "19", "20", "21"};
    w.family("besu_network_p2p_messages_inbound_total", "counter", "Count of each P2P message received inbound.");
    for (int i = 0; i < P2pMessageCount; ++i) {
        w.sample("besu_network_p2p_messages_inbound_total", double(rt.inbound[size_t(i)]),
            QByteArray("protocol=\"istanbul/100\",name=\"") + names[i] + "\",code=\"" + codes[i] + '"');
    }
    w.family("besu_network_p2p_messages_outbound_total", "counter", "Count of each P2P message sent outbound.");
    for (int i = 0; i < P2pMessageCount; ++i) {
        w.sample("besu_network_p2p_messages_outbound_total", double(rt.outbound[size_t(i)]),
            QByteArray("protocol=\"istanbul/100\",name=\"") + names[i] + "\",code=\"" + codes[i] + '"');
    }

    // Process and JVM: plausible, smoothly varying figures (a validator works harder than an observer).
    const double load = self.type == DevNodeType::Validator ? 0.06 : 0.03;
    w.counter("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", uptime * load);
    w.gauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.",
        double(rt.startedAtMs) / 1000.0);
    w.gauge("process_resident_memory_bytes", "Resident memory size in bytes.", 1.6e9 + 1e6 * double(node));
    w.gauge("process_open_fds", "Number of open file descriptors.", 400 + devnet.peerCount(node) * 3);
    w.gauge("process_max_fds", "Maximum number of open file descriptors.", 1048576);
    w.family("process_release", "gauge", "Release information");
    w.sample("process_release", 1, QByteArray("version=\"") + RpcHandler::clientVersion() + '"');
    const double phase = std::fmod(uptime + node * 7.0, 60.0) / 60.0; // GC sawtooth, one minute
    w.family("jvm_memory_used_bytes", "gauge", "Used bytes of a given JVM memory area.");
    w.sample("jvm_memory_used_bytes", 3.0e8 + 5.0e8 * phase, "area=\"heap\"");
    w.sample("jvm_memory_used_bytes", 1.4e8, "area=\"nonheap\"");
    w.family("jvm_memory_max_bytes", "gauge", "Max (bytes) of a given JVM memory area.");
    w.sample("jvm_memory_max_bytes", 2147483648.0, "area=\"heap\"");
    w.sample("jvm_memory_max_bytes", -1, "area=\"nonheap\"");
    w.gauge("jvm_threads_current", "Current thread count of a JVM", 90 + devnet.peerCount(node));
    return w.take();
}

#include "devnet.h"

#include "chain/blockanalysis.h"
#include "chain/hex.h"
#include "chain/keccak.h"
#include "chain/secp256k1.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QByteArray BftMixHash = QByteArray::fromHex("63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365");
const QByteArray EmptyUnclesHash
    = QByteArray::fromHex("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");
const QByteArray EmptyTrieRoot
    = QByteArray::fromHex("56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
constexpr quint64 GasLimit = 50'000'000; // RBB-like: far above what the synthetic load needs
constexpr int TxPoolMaxSize = 4096;
constexpr int SyncBlocksPerSecond = 40;
constexpr int SyncStepMs = 250;

QByteArray keccakOf(std::initializer_list<QByteArray> parts)
{
    QByteArray all;
    for (const QByteArray &p : parts)
        all += p;
    return chain::keccak256(all);
}

// Sets the three bloom bits Ethereum derives from one log topic.
void addToBloom(QByteArray &bloom, const QByteArray &item)
{
    const QByteArray h = chain::keccak256(item);
    for (int i = 0; i < 6; i += 2) {
        const int bit = ((quint8(h[i]) << 8) | quint8(h[i + 1])) & 2047;
        const int byteIndex = 255 - bit / 8;
        bloom[byteIndex] = char(quint8(bloom[byteIndex]) | (1 << (bit % 8)));
    }
}

} // namespace

Devnet::Devnet(const DevnetOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_topology(Topology::build(options))
    , m_rng(options.seed)
{
    m_unknownAccount = chain::addressFromPrivateKey(deterministicKey(options.seed, u"unknown-sender/account"_s));
    m_runtime.resize(m_topology.nodes.size());
    // A few nodes sit far away: their commits arrive late, so their seals are in fewer copies.
    std::mt19937_64 latencyRng(options.seed * 7919 + 17);
    std::uniform_real_distribution<double> unit(0, 1);
    for (qsizetype i = 0; i < m_runtime.size(); ++i) {
        const double u = unit(latencyRng);
        m_latencyMs.append(2 + 38 * u * u);
    }
    const qint64 now = nowMs();
    for (int i = 0; i < m_runtime.size(); ++i) {
        m_runtime[i].startedAtMs = now;
        if (m_topology.nodes[i].type == DevNodeType::ObserverBoot)
            m_runtime[i].anonymousPeers = options.anonymousObservers;
    }
    m_consensusTimer.setSingleShot(true);
    m_consensusTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_consensusTimer, &QTimer::timeout, this, &Devnet::evaluate);
    m_txTimer.setInterval(1000);
    connect(&m_txTimer, &QTimer::timeout, this, &Devnet::generateTransactions);
    m_syncTimer.setInterval(SyncStepMs);
    connect(&m_syncTimer, &QTimer::timeout, this, &Devnet::syncStep);
    m_churnTimer.setInterval(15000);
    connect(&m_churnTimer, &QTimer::timeout, this, &Devnet::churnObservers);
    recomputeComponents();
    const qint64 periodMs = qint64(m_options.blockPeriodSeconds * 1000);
    produceGenesis(now - qint64(std::max(0, m_options.historyBlocks)) * periodMs);
    generateHistory();
}

qint64 Devnet::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void Devnet::start()
{
    m_round = 0;
    m_roundStarted = false;
    m_blockTimerMs = parentTimeMs(m_blocks.last()) + qint64(m_options.blockPeriodSeconds * 1000);
    if (m_options.txRate > 0)
        m_txTimer.start();
    m_churnTimer.start();
    evaluate();
}

// ---- Chain ----------------------------------------------------------------------------------------------------------

void Devnet::produceGenesis(qint64 timestampMs)
{
    QList<QByteArray> validators;
    for (const DevNode &n : std::as_const(m_topology.nodes)) {
        if (n.type == DevNodeType::Validator)
            validators.append(n.address);
    }
    std::sort(validators.begin(), validators.end());
    DevBlock g;
    g.extra.type = chain::BftType::Qbft;
    g.extra.vanity = QByteArray(32, '\0');
    g.extra.validators = validators;
    chain::BlockHeader &h = g.header;
    h.parentHash = QByteArray(32, '\0');
    h.sha3Uncles = EmptyUnclesHash;
    h.miner = QByteArray(20, '\0');
    h.stateRoot = keccakOf({"sentinela-devnet genesis state", QByteArray::number(m_options.seed)});
    h.transactionsRoot = EmptyTrieRoot;
    h.receiptsRoot = EmptyTrieRoot;
    h.logsBloom = QByteArray(256, '\0');
    h.difficulty = QByteArray(1, '\x01');
    h.number = 0;
    h.gasLimit = GasLimit;
    h.timestamp = quint64(timestampMs / 1000);
    h.mixHash = BftMixHash;
    h.nonce = QByteArray(8, '\0');
    h.baseFeePerGas = QByteArray();
    h.extraData = chain::encodeExtraData(g.extra);
    h.hash = h.computeHash(g.extra);
    g.producedAtMs = timestampMs;
    g.validatorsAfter = validators;
    g.copies = {QByteArray()};
    g.copyOfNode = QByteArray(m_topology.nodes.size(), '\0');
    g.size = quint64(h.rlp().size() + 3);
    m_blockIndex.insert(h.hash, 0);
    m_blocks.append(g);
}

// The chain the nodes already hold when the devnet starts (--history-blocks): the same builder as live blocks, at
// back-dated times one block period apart, the last one now. The nodes did not exchange these messages since they
// started, so the p2p counters stay at zero, and the nodes' uptime starts now. 21,600 blocks of 10 validators take
// some 30 s to sign.
void Devnet::generateHistory()
{
    const int count = m_options.historyBlocks;
    if (count <= 0)
        return;
    m_blocks.reserve(count + 1);
    m_blockIndex.reserve(count + 1);
    const qint64 now = nowMs();
    const qint64 periodMs = qint64(m_options.blockPeriodSeconds * 1000);
    const int txTicksPerBlock = std::max(1, int(std::lround(m_options.blockPeriodSeconds)));
    m_generatingHistory = true;
    for (int i = 1; i <= count; ++i) {
        const qint64 at = now - qint64(count - i) * periodMs;
        if (m_options.txRate > 0) {
            for (int k = 0; k < txTicksPerBlock; ++k)
                generateTransactions();
        }
        m_round = 0;
        const int proposer = m_topology.nodeByAddress(proposerFor(0));
        produceBlock(proposer, at, at);
    }
    m_generatingHistory = false;
    for (NodeRuntime &rt : m_runtime)
        rt.heightAtStart = rt.height;
}

const DevBlock *Devnet::blockByHash(const QByteArray &hash) const
{
    const auto it = m_blockIndex.constFind(hash);
    return it == m_blockIndex.cend() ? nullptr : &m_blocks[*it];
}

QList<QByteArray> Devnet::validatorsOfBlock(quint64 number) const
{
    if (number >= quint64(m_blocks.size()))
        return {};
    return m_blocks[qsizetype(number)].extra.validators;
}

// Besu's BftRoundExpiryTimeCalculator: requestTimeout * 2^round, no cap (--max-round-timeout adds one).
qint64 Devnet::roundTimeoutMs(quint32 round) const
{
    const double base = m_options.requestTimeout() * 1000;
    double timeout = base * std::pow(2.0, double(std::min<quint32>(round, 40)));
    if (m_options.maxRoundTimeoutSeconds > 0)
        timeout = std::min(timeout, std::max(base, m_options.maxRoundTimeoutSeconds * 1000));
    return qint64(std::min(timeout, 1e15));
}

// The parent time Besu's BlockTimer counts from: the header timestamp (whole seconds). Fractional test periods
// count from the moment the parent was produced, like Besu's experimental xblockperiodmilliseconds.
qint64 Devnet::parentTimeMs(const DevBlock &block) const
{
    const double period = m_options.blockPeriodSeconds;
    if (period == std::floor(period))
        return qint64(block.header.timestamp) * 1000;
    return block.producedAtMs;
}

// QbftBlockHeightManager.buildBlockAndMaybePropose: when the block timer fires with nothing to include and the
// empty-block period (BlockTimer.checkEmptyBlockExpired) has not passed, the timer is re-armed for
// min(parent + empty period, now + block period) (BlockTimer.resetTimerForEmptyBlock) and no round starts.
bool Devnet::waitForEmptyBlockPeriod(int component, qint64 now)
{
    if (m_options.emptyBlockPeriodSeconds <= 0 || m_halted || component < 0)
        return false;
    const qint64 emptyExpiry = parentTimeMs(m_blocks.last()) + qint64(m_options.emptyBlockPeriodSeconds * 1000);
    if (now >= emptyExpiry)
        return false;
    for (const DevTx &tx : std::as_const(m_pool)) {
        if (m_component[tx.origin] == component || !m_runtime[tx.origin].up)
            return false;
    }
    m_blockTimerMs = std::min(emptyExpiry, now + qint64(m_options.blockPeriodSeconds * 1000));
    return true;
}

// A proposer that is cut off, out of consensus, ahead in time (its block is rejected as from the future) or so slow
// that its proposal arrives after the round expired costs a round change.
bool Devnet::canPropose(int node, int component) const
{
    if (node < 0 || component < 0 || m_component[node] != component)
        return false;
    const NodeRuntime &rt = m_runtime[node];
    return !rt.noSeal && rt.clockSkewSeconds <= 1 && rt.slowMs < roundTimeoutMs(m_round);
}

QByteArray Devnet::proposerFor(quint32 round) const
{
    const DevBlock &parent = m_blocks.last();
    return chain::expectedProposer(parent.validatorsAfter, parent.header.miner, round);
}

bool Devnet::linkAlive(int a, int b) const
{
    if (!m_runtime[a].up || !m_runtime[b].up)
        return false;
    if (m_isolatedNodes.contains(a) || m_isolatedNodes.contains(b))
        return false;
    const int ia = m_topology.nodes[a].institution;
    const int ib = m_topology.nodes[b].institution;
    if (ia == ib)
        return true;
    return !m_isolatedInstitutions.contains(ia) && !m_isolatedInstitutions.contains(ib);
}

void Devnet::recomputeComponents()
{
    const int n = int(m_topology.nodes.size());
    m_component = QList<int>(n, -1);
    int next = 0;
    for (int start = 0; start < n; ++start) {
        if (!m_runtime[start].up || m_component[start] >= 0)
            continue;
        QList<int> stack {start};
        m_component[start] = next;
        while (!stack.isEmpty()) {
            const int cur = stack.takeLast();
            for (int peer : m_topology.links[cur]) {
                if (m_component[peer] < 0 && linkAlive(cur, peer)) {
                    m_component[peer] = next;
                    stack.append(peer);
                }
            }
        }
        ++next;
    }
}

// The validators that take part in consensus in `component`: up, connected, not out of consensus (no-seal).
QList<int> Devnet::sealingValidatorNodes(const QList<QByteArray> &validators, int component) const
{
    QList<int> live;
    for (const QByteArray &v : validators) {
        const int node = m_topology.nodeByAddress(v);
        if (node >= 0 && m_runtime[node].up && !m_runtime[node].noSeal && m_component[node] == component
            && component >= 0)
            live.append(node);
    }
    return live;
}

// The connected component that holds a commit quorum of the next block's sealing validators, or -1.
int Devnet::mainComponent() const
{
    const QList<QByteArray> &validators = m_blocks.last().validatorsAfter;
    const int quorum = chain::bftQuorum(int(validators.size()));
    QHash<int, int> perComponent;
    for (const QByteArray &v : validators) {
        const int node = m_topology.nodeByAddress(v);
        if (node >= 0 && m_runtime[node].up && !m_runtime[node].noSeal && m_component[node] >= 0)
            ++perComponent[m_component[node]];
    }
    for (auto it = perComponent.cbegin(); it != perComponent.cend(); ++it) {
        if (it.value() >= quorum && quorum > 0)
            return it.key();
    }
    return -1;
}

void Devnet::startRound(quint32 round, qint64 startMs)
{
    m_round = round;
    m_roundStartMs = startMs;
    // Every validator that is up broadcasts a RoundChange to its component.
    QList<int> senders;
    for (const QByteArray &v : std::as_const(m_blocks.last().validatorsAfter)) {
        const int node = m_topology.nodeByAddress(v);
        if (node >= 0 && m_runtime[node].up)
            senders.append(node);
    }
    countMessages(P2pMessage::RoundChange, senders);
}

void Devnet::schedule(qint64 delayMs)
{
    // Long round timeouts are re-evaluated hourly rather than overflowing the timer's int.
    m_consensusTimer.start(int(std::clamp<qint64>(delayMs, 1, 3'600'000)));
}

void Devnet::evaluate()
{
    const qint64 now = nowMs();
    const int main = mainComponent();
    // QbftBlockHeightManager.handleBlockTimerExpiry: round 0 starts when the block timer fires (parent timestamp +
    // block period), so a missing proposer costs the period plus the round timeout.
    if (!m_roundStarted) {
        if (now < m_blockTimerMs || waitForEmptyBlockPeriod(main, now)) {
            schedule(m_blockTimerMs - now);
            return;
        }
        m_roundStarted = true;
        m_round = 0;
        m_roundStartMs = m_blockTimerMs;
    }
    while (now >= m_roundStartMs + roundTimeoutMs(m_round))
        startRound(m_round + 1, m_roundStartMs + roundTimeoutMs(m_round));
    const qint64 roundEnd = m_roundStartMs + roundTimeoutMs(m_round);
    qint64 next = roundEnd;
    if (!m_halted && main >= 0) {
        const int proposer = m_topology.nodeByAddress(proposerFor(m_round));
        // A proposer whose clock runs behind waits for its own clock to reach the block time; a slow one's
        // proposal arrives late.
        if (canPropose(proposer, main)) {
            const NodeRuntime &rt = m_runtime[proposer];
            const qint64 proposeAt
                = m_roundStartMs + std::max<qint64>(0, -rt.clockSkewSeconds * 1000) + std::max<qint64>(0, rt.slowMs);
            if (proposeAt < roundEnd) {
                if (now >= proposeAt) {
                    produceBlock(proposer, now, proposeAt);
                    return;
                }
                next = proposeAt;
            }
        }
    }
    schedule(next - now);
}

std::optional<chain::BftVote> Devnet::pickVote(int proposerNode, const QList<QByteArray> &validators)
{
    if (m_blocks.size() % qsizetype(m_options.epochLength) == 0)
        return std::nullopt; // epoch blocks carry no vote
    QList<chain::BftVote> valid;
    const QMap<QByteArray, bool> &pending = m_runtime[proposerNode].pendingVotes;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it.value() != validators.contains(it.key()))
            valid.append({it.key(), it.value()});
    }
    if (valid.isEmpty())
        return std::nullopt;
    return valid[m_voteCursor++ % valid.size()];
}

QList<QByteArray> Devnet::applyVote(
    quint64 number, const QByteArray &proposer, const std::optional<chain::BftVote> &vote, QList<QByteArray> validators)
{
    if (number % m_options.epochLength == 0)
        m_tally.clear();
    if (!vote || !validators.contains(proposer))
        return validators;
    QMap<QByteArray, bool> &votes = m_tally[vote->address];
    votes[proposer] = vote->add;
    const int needed = int(validators.size()) / 2 + 1; // more than half (Besu's VoteTally)
    int agreeing = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() == vote->add && validators.contains(it.key()))
            ++agreeing;
    }
    if (agreeing >= needed) {
        if (vote->add && !validators.contains(vote->address))
            validators.append(vote->address);
        else if (!vote->add)
            validators.removeAll(vote->address);
        std::sort(validators.begin(), validators.end());
        m_tally.remove(vote->address);
    }
    return validators;
}

// `proposedAtMs` is when the simulated proposer built the block (its clock gives the timestamp); `now` is when the
// host got round to it, later when the machine is busy. Timestamps follow the simulation, not the host's hiccups.
void Devnet::produceBlock(int proposerNode, qint64 now, qint64 proposedAtMs)
{
    const DevBlock &parent = m_blocks.last();
    const QList<QByteArray> validators = parent.validatorsAfter;
    const int main = m_component[proposerNode];
    QList<int> live = sealingValidatorNodes(validators, main);
    live.removeAll(proposerNode);
    live.prepend(proposerNode); // copies[0] is the proposer's

    DevBlock b;
    b.producedAtMs = now;
    chain::BlockHeader &h = b.header;
    h.number = parent.header.number + 1;
    h.parentHash = parent.header.hash;
    h.sha3Uncles = EmptyUnclesHash;
    h.miner = m_topology.nodes[proposerNode].address;
    h.difficulty = QByteArray(1, '\x01');
    h.gasLimit = GasLimit;
    h.mixHash = BftMixHash;
    h.nonce = QByteArray(8, '\0');
    h.baseFeePerGas = QByteArray();
    const quint64 minTimestamp = parent.header.timestamp + quint64(std::floor(m_options.blockPeriodSeconds));
    const qint64 proposerClock = proposedAtMs / 1000 + m_runtime[proposerNode].clockSkewSeconds;
    h.timestamp = std::max<quint64>(quint64(std::max<qint64>(0, proposerClock)), minTimestamp);

    // Transactions from writers the proposer can hear, oldest first, up to the gas limit.
    quint64 gas = 0;
    h.logsBloom = QByteArray(256, '\0');
    QByteArray txHashes, receipts;
    for (auto it = m_pool.begin(); it != m_pool.end();) {
        // A writer that has stopped had already gossiped its transactions; a cut-off one keeps them to itself.
        const bool reachable = m_component[it->origin] == main || !m_runtime[it->origin].up;
        if (!reachable || gas + it->gas > GasLimit) {
            ++it;
            continue;
        }
        gas += it->gasUsed;
        txHashes += it->hash;
        receipts += keccakOf({"receipt", it->hash, QByteArray::number(gas)});
        if (it->input.size() > 4)
            addToBloom(h.logsBloom, it->to);
        b.txs.append(*it);
        it = m_pool.erase(it);
    }
    h.gasUsed = gas;
    h.transactionsRoot = b.txs.isEmpty() ? EmptyTrieRoot : chain::keccak256(txHashes);
    h.receiptsRoot = b.txs.isEmpty() ? EmptyTrieRoot : chain::keccak256(receipts);
    h.stateRoot = b.txs.isEmpty() ? parent.header.stateRoot : keccakOf({parent.header.stateRoot, txHashes});

    b.extra.type = chain::BftType::Qbft;
    b.extra.vanity = QByteArray(32, '\0');
    b.extra.validators = validators;
    b.extra.vote = pickVote(proposerNode, validators);
    b.extra.round = m_round;
    const QByteArray sealHash = h.sealHash(b.extra);
    for (int s : std::as_const(live)) {
        b.sealers.append(m_topology.nodes[s].address);
        b.seals.append(chain::sign(sealHash, m_topology.nodes[s].privateKey));
    }
    assignCopies(b, proposerNode, live, main);
    for (char i : std::as_const(b.copies[0]))
        b.extra.seals.append(b.seals[int(i)]);
    h.extraData = chain::encodeExtraData(b.extra);
    h.hash = h.computeHash(b.extra);
    b.validatorsAfter = applyVote(h.number, h.miner, b.extra.vote, validators);
    quint64 txBytes = 0;
    for (const DevTx &tx : std::as_const(b.txs))
        txBytes += quint64(110 + tx.input.size());
    b.size = quint64(h.rlp().size()) + txBytes + 4;
    b.cumulativeGas = parent.cumulativeGas + gas;
    b.cumulativeTx = parent.cumulativeTx + quint64(b.txs.size());
    m_blockIndex.insert(h.hash, int(h.number));
    for (int i = 0; i < b.txs.size(); ++i)
        m_txIndex.insert(b.txs[i].hash, {int(h.number), i});
    m_blocks.append(b);

    if (m_generatingHistory) {
        for (NodeRuntime &rt : m_runtime)
            rt.height = h.number;
        return;
    }
    countMessages(P2pMessage::Proposal, {proposerNode});
    countMessages(P2pMessage::Prepare, live);
    countMessages(P2pMessage::Commit, live);
    for (int i = 0; i < m_runtime.size(); ++i) {
        if (m_component[i] == main && m_runtime[i].height + 1 == h.number)
            importTo(i, h.number);
        if (m_component[i] == main && m_runtime[i].permissioning)
            m_runtime[i].permNodeChecks += quint64(peerCount(i) > 0 ? 1 : 0);
    }

    m_round = 0;
    m_roundStarted = false;
    m_blockTimerMs = parentTimeMs(m_blocks.last()) + qint64(m_options.blockPeriodSeconds * 1000);
    startSyncIfNeeded();
    evaluate();
}

// Which commit seals each node's copy carries. A committer adds its own commit when it accepts the proposal, then
// counts the others' as they arrive and seals the block the moment it has a quorum (RoundState.getCommitSeals() in
// QbftRound.importBlockToChain): its own seal and the first quorum-1 others, in arrival order. Arrival times come
// from each node's latency and `slow` delay, so remote and slow validators are in fewer copies. Every other node in
// the component takes the copy of the peer it hears the block from first.
void Devnet::assignCopies(DevBlock &b, int proposerNode, const QList<int> &sealers, int component)
{
    const int nodeCount = int(m_topology.nodes.size());
    const int n = int(sealers.size());
    b.copyOfNode = QByteArray(nodeCount, DevBlock::NoCopy);
    if (m_options.sealAllLive && !m_generatingHistory) {
        QByteArray all;
        for (int i = 0; i < n; ++i)
            all.append(char(i));
        std::shuffle(all.begin() + 1, all.end(), m_rng); // the proposer's own commit first, the rest in any order
        b.copies = {all};
        for (int i = 0; i < nodeCount; ++i) {
            if (m_component[i] == component && component >= 0)
                b.copyOfNode[i] = 0;
        }
        return;
    }
    const int quorum = std::min(n, chain::bftQuorum(int(b.extra.validators.size())));
    // Queueing and processing add a delay of the order of the link itself, so a remote validator's commit is late
    // more often than not, but not always: it is in fewer copies, never in none (a fixed order would leave the
    // slowest validator out of every copy but its own, which no real network does).
    std::uniform_real_distribution<double> jitter(0, 1);
    auto link = [&](int from, int to) {
        const double base = (m_latencyMs[from] + m_latencyMs[to]) / 2;
        return base * (0.5 + jitter(m_rng)) + 10 * jitter(m_rng) + double(m_runtime[from].slowMs);
    };
    QList<double> proposalAt(n), preparedAt(n);
    for (int i = 0; i < n; ++i)
        proposalAt[i] = sealers[i] == proposerNode ? 0 : link(proposerNode, sealers[i]);
    for (int i = 0; i < n; ++i) {
        QList<double> prepares;
        for (int k = 0; k < n; ++k)
            prepares.append(k == i ? proposalAt[i] : proposalAt[k] + link(sealers[k], sealers[i]));
        std::sort(prepares.begin(), prepares.end());
        preparedAt[i] = std::max(proposalAt[i], prepares[std::max(0, quorum - 1)]);
    }
    QList<double> available(nodeCount, std::numeric_limits<double>::infinity());
    b.copies.clear();
    for (int i = 0; i < n; ++i) {
        QList<std::pair<double, int>> commits;
        for (int j = 0; j < n; ++j) {
            if (j != i)
                commits.append({preparedAt[j] + link(sealers[j], sealers[i]), j});
        }
        std::sort(commits.begin(), commits.end());
        QByteArray copy(1, char(i));
        for (int k = 0; k < quorum - 1; ++k)
            copy.append(char(commits[k].second));
        b.copies.append(copy);
        b.copyOfNode[sealers[i]] = char(i);
        available[sealers[i]] = quorum > 1 ? std::max(proposalAt[i], commits[quorum - 2].first) : proposalAt[i];
    }
    // Dijkstra over the live links: a node imports from the peer whose copy reaches it first.
    QList<bool> done(nodeCount, false);
    for (;;) {
        int best = -1;
        for (int i = 0; i < nodeCount; ++i) {
            if (!done[i] && available[i] < std::numeric_limits<double>::infinity()
                && (best < 0 || available[i] < available[best]))
                best = i;
        }
        if (best < 0)
            break;
        done[best] = true;
        for (int peer : m_topology.links[best]) {
            if (done[peer] || m_component[peer] != component || !linkAlive(best, peer)
                || sealers.contains(peer))
                continue;
            const double at = available[best] + link(best, peer);
            if (at < available[peer]) {
                available[peer] = at;
                b.copyOfNode[peer] = b.copyOfNode[best];
            }
        }
    }
}

int Devnet::copyIndex(int node, const DevBlock &block) const
{
    const char c = node >= 0 && node < block.copyOfNode.size() ? block.copyOfNode[node] : DevBlock::NoCopy;
    return c == DevBlock::NoCopy ? 0 : int(quint8(c));
}

QByteArray Devnet::extraDataFor(int node, const DevBlock &block) const
{
    const int c = copyIndex(node, block);
    if (c == 0)
        return block.header.extraData;
    chain::BftExtraData extra = block.extra;
    extra.seals.clear();
    for (char i : block.copies[c])
        extra.seals.append(block.seals[int(i)]);
    return chain::encodeExtraData(extra);
}

quint64 Devnet::sizeFor(int node, const DevBlock &block) const
{
    const qint64 delta = qint64(block.copies[copyIndex(node, block)].size()) - block.copies[0].size();
    return quint64(qint64(block.size) + delta * 67); // 67 bytes of RLP per seal
}

void Devnet::importTo(int node, quint64 number)
{
    NodeRuntime &rt = m_runtime[node];
    if (number <= rt.height)
        return;
    // A node that was away takes the copy of a peer it syncs from.
    DevBlock &b = m_blocks[qsizetype(number)];
    if (b.copyOfNode[node] == DevBlock::NoCopy) {
        for (int peer : livePeers(node)) {
            if (m_runtime[peer].height >= number && b.copyOfNode[peer] != DevBlock::NoCopy) {
                b.copyOfNode[node] = b.copyOfNode[peer];
                break;
            }
        }
        if (b.copyOfNode[node] == DevBlock::NoCopy)
            b.copyOfNode[node] = 0;
    }
    rt.height = number;
    Q_EMIT headImported(node, number);
}

void Devnet::countMessages(P2pMessage type, const QList<int> &senders)
{
    const int t = int(type);
    for (int sender : senders) {
        if (!m_runtime[sender].up)
            continue;
        const int comp = m_component[sender];
        int receivers = 0;
        for (int i = 0; i < m_runtime.size(); ++i) {
            if (i != sender && m_component[i] == comp && comp >= 0) {
                ++m_runtime[i].inbound[t];
                ++receivers;
            }
        }
        m_runtime[sender].outbound[t] += quint64(std::min(receivers, peerCount(sender)));
    }
}

// ---- Transactions ---------------------------------------------------------------------------------------------------

void Devnet::generateTransactions()
{
    QList<int> writers;
    for (const DevNode &n : std::as_const(m_topology.nodes)) {
        if (n.type == DevNodeType::Writer && m_runtime[n.index].up)
            writers.append(n.index);
    }
    if (writers.isEmpty())
        return;
    std::poisson_distribution<int> count(m_options.txRate);
    std::uniform_int_distribution<int> pickWriter(0, int(writers.size()) - 1);
    std::uniform_int_distribution<int> kind(0, 9);
    std::uniform_real_distribution<double> share(0.0, 1.0);
    const qint64 now = nowMs();
    for (int k = count(m_rng); k > 0; --k) {
        DevTx tx;
        tx.origin = writers[pickWriter(m_rng)];
        const DevNode &w = m_topology.nodes[tx.origin];
        ++m_txCounter;
        // Most transactions come from the writer's institution account; a share from one account nobody lists.
        if (share(m_rng) < m_options.unknownSenderShare) {
            tx.from = m_unknownAccount;
            tx.nonce = m_unknownNonce++;
        } else {
            tx.from = w.account;
            tx.nonce = m_writerNonce[tx.origin]++;
        }
        const int what = kind(m_rng);
        if (what < 3) { // plain transfer
            tx.to = chain::keccak256("devnet-recipient" + QByteArray::number(what)).right(20);
            tx.gas = 21000;
            tx.gasUsed = 21000;
        } else { // a contract call with one log
            tx.to = chain::keccak256("devnet-contract" + QByteArray::number(what % 3)).right(20);
            tx.input = chain::keccak256("method" + QByteArray::number(what)).left(4)
                + chain::keccak256(QByteArray::number(m_txCounter)).repeated(1 + what % 3);
            tx.gas = 60000 + quint64(what) * 30000;
            tx.gasUsed = tx.gas - quint64(what) * 7000;
            // A reverted call spends part of its gas and leaves status 0x0.
            if (share(m_rng) < m_options.failedShare) {
                tx.failed = true;
                tx.gasUsed = 21000 + (tx.gasUsed - 21000) / 3;
            }
        }
        const QByteArray seed = QByteArray::number(m_options.seed) + ':' + QByteArray::number(m_txCounter);
        tx.hash = chain::keccak256("tx:" + seed);
        tx.r = chain::keccak256("r:" + seed);
        tx.s = chain::keccak256("s:" + seed);
        tx.v = m_options.chainId * 2 + 35 + (m_txCounter % 2);
        tx.addedAtMs = now;
        m_pool.append(tx);
    }
    while (m_pool.size() > TxPoolMaxSize)
        m_pool.removeFirst();
}

QList<const DevTx *> Devnet::txPool(int node) const
{
    QList<const DevTx *> out;
    if (m_topology.nodes[node].type == DevNodeType::ObserverBoot || !m_runtime[node].up)
        return out; // empty account allow-list: observer-boots accept no transactions
    for (const DevTx &tx : m_pool) {
        const bool gossiped = m_component[tx.origin] == m_component[node] || !m_runtime[tx.origin].up;
        if (tx.origin == node || (gossiped && m_component[node] >= 0))
            out.append(&tx);
    }
    return out;
}

const DevTx *Devnet::minedTransaction(const QByteArray &hash, quint64 *block, int *index) const
{
    const auto it = m_txIndex.constFind(hash);
    if (it == m_txIndex.constEnd())
        return nullptr;
    *block = quint64(it->first);
    *index = it->second;
    return &m_blocks[it->first].txs[it->second];
}

int Devnet::institutionOfAccount(const QByteArray &account) const
{
    for (const DevNode &n : m_topology.nodes) {
        if (n.type == DevNodeType::Writer && n.account == account)
            return n.institution;
    }
    return -1;
}

QList<QByteArray> Devnet::allowedAccounts(int node) const
{
    QList<QByteArray> out;
    if (m_topology.nodes[node].type == DevNodeType::ObserverBoot)
        return out;
    for (const DevNode &n : m_topology.nodes) {
        if (n.type == DevNodeType::Writer)
            out.append(n.account);
    }
    return out;
}

// ---- Views ----------------------------------------------------------------------------------------------------------

quint64 Devnet::viewHeight(int node) const
{
    const NodeRuntime &rt = m_runtime[node];
    quint64 h = std::min<quint64>(rt.height, quint64(m_blocks.size() - 1));
    if (rt.slowMs <= 0)
        return h;
    const qint64 cutoff = nowMs() - rt.slowMs;
    while (h > 0 && m_blocks[qsizetype(h)].producedAtMs > cutoff)
        --h;
    return h;
}

quint64 Devnet::bestKnownBlock(int node) const
{
    quint64 best = viewHeight(node);
    for (int peer : livePeers(node))
        best = std::max(best, m_runtime[peer].height);
    return best;
}

QList<int> Devnet::livePeers(int node) const
{
    QList<int> out;
    for (int peer : m_topology.links[node]) {
        if (linkAlive(node, peer))
            out.append(peer);
    }
    return out;
}

int Devnet::peerCount(int node) const
{
    if (!m_runtime[node].up || m_isolatedNodes.contains(node))
        return 0;
    int anon = 0;
    if (!m_isolatedInstitutions.contains(m_topology.nodes[node].institution))
        anon = m_runtime[node].anonymousPeers;
    return int(livePeers(node).size()) + anon;
}

void Devnet::churnObservers()
{
    // Anonymous observers come and go through discovery; some fail the node permissioning check.
    std::uniform_int_distribution<int> delta(-1, 1);
    for (const DevNode &n : std::as_const(m_topology.nodes)) {
        NodeRuntime &rt = m_runtime[n.index];
        if (n.type != DevNodeType::ObserverBoot || !rt.up)
            continue;
        const int before = rt.anonymousPeers;
        rt.anonymousPeers = std::clamp(rt.anonymousPeers + delta(m_rng), 0, 2 * m_options.anonymousObservers);
        if (rt.anonymousPeers > before)
            rt.peersConnectedTotal += quint64(rt.anonymousPeers - before);
        if (rt.permissioning) {
            rt.permNodeChecks += 2;
            rt.permNodeUnpermitted += 1;
            rt.permAccountChecks += 1;
            rt.permAccountUnpermitted += 1;
        }
    }
}

// ---- Sync -----------------------------------------------------------------------------------------------------------

void Devnet::startSyncIfNeeded()
{
    bool any = false;
    for (int i = 0; i < m_runtime.size(); ++i) {
        NodeRuntime &rt = m_runtime[i];
        if (!rt.up) {
            rt.syncing = false;
            continue;
        }
        quint64 target = rt.height;
        for (int j = 0; j < m_runtime.size(); ++j) {
            if (m_component[j] == m_component[i])
                target = std::max(target, m_runtime[j].height);
        }
        if (target > rt.height + 1 || (target > rt.height && rt.syncing)) {
            if (!rt.syncing)
                rt.syncStartingBlock = rt.height;
            rt.syncing = true;
            any = true;
        } else if (target == rt.height + 1) {
            importTo(i, target); // one block behind: normal block propagation
            rt.syncing = false;
        } else {
            rt.syncing = false;
        }
    }
    if (any && !m_syncTimer.isActive())
        m_syncTimer.start();
}

void Devnet::syncStep()
{
    const quint64 step = std::max<quint64>(1, quint64(SyncBlocksPerSecond * SyncStepMs / 1000));
    bool still = false;
    for (int i = 0; i < m_runtime.size(); ++i) {
        NodeRuntime &rt = m_runtime[i];
        if (!rt.syncing || !rt.up)
            continue;
        quint64 target = rt.height;
        for (int j = 0; j < m_runtime.size(); ++j) {
            if (m_component[j] == m_component[i] && !m_runtime[j].syncing)
                target = std::max(target, m_runtime[j].height);
        }
        const quint64 to = std::min(target, rt.height + step);
        for (quint64 n = rt.height + 1; n <= to; ++n)
            importTo(i, n);
        if (rt.height >= target)
            rt.syncing = false;
        else
            still = true;
    }
    if (!still)
        m_syncTimer.stop();
}

// ---- Votes ----------------------------------------------------------------------------------------------------------

void Devnet::proposeVote(int node, const QByteArray &address, bool add)
{
    m_runtime[node].pendingVotes.insert(address, add);
}

bool Devnet::discardVote(int node, const QByteArray &address)
{
    m_runtime[node].pendingVotes.remove(address);
    return true;
}

// ---- Faults ---------------------------------------------------------------------------------------------------------

void Devnet::resetCounters(int node)
{
    NodeRuntime &rt = m_runtime[node];
    rt.inbound = {};
    rt.outbound = {};
    rt.permNodeChecks = rt.permNodeUnpermitted = rt.permAccountChecks = rt.permAccountUnpermitted = 0;
    rt.peersConnectedTotal = 0;
    rt.startedAtMs = nowMs();
    rt.heightAtStart = rt.height;
    rt.pendingVotes.clear(); // pending votes live in memory only
}

void Devnet::faultsChanged()
{
    recomputeComponents();
    for (int i = 0; i < m_runtime.size(); ++i)
        m_runtime[i].peersConnectedTotal = std::max<quint64>(m_runtime[i].peersConnectedTotal, quint64(peerCount(i)));
    startSyncIfNeeded();
    evaluate();
}

QString Devnet::commandHelp()
{
    return u"Commands:\n"
           "  stop NODE | start NODE           stop (connections refused) or restart a node\n"
           "  partition NODE                   cut a node off from every peer\n"
           "  partition --institution ID       cut an institution off from the others\n"
           "  heal [NODE | --institution ID]   undo partitions (all when no argument)\n"
           "  slow NODE MS                     delay the node's replies and view by MS (0 = normal)\n"
           "  rpc-errors NODE on|off           answer every JSON-RPC call with an internal error\n"
           "  rpc-garbage NODE on|off          answer JSON-RPC with invalid JSON\n"
           "  permissioning NODE on|off        switch the node's permissioning (and its metrics) off or on\n"
           "  halt | resume                    stall consensus for the whole network, or let it continue\n"
           "  clock-skew NODE SECONDS          shift the node's clock (proposals > +1 s are rejected)\n"
           "  no-seal NODE on|off              keep a validator up and in sync but out of consensus: it never\n"
           "                                   seals, and its turns as proposer end in a round change\n"
           "  status                           the network as the devnet sees it (JSON)\n"_s;
}

Devnet::CommandResult Devnet::execute(const QStringList &args)
{
    if (args.isEmpty())
        return {false, u"empty command\n"_s + commandHelp()};
    const QString cmd = args[0];
    auto nodeArg = [&](int i, int *node) -> QString {
        if (args.size() <= i)
            return u"'%1' needs a node name"_s.arg(cmd);
        *node = m_topology.nodeIndex(args[i]);
        if (*node < 0)
            return u"unknown node '%1'"_s.arg(args[i]);
        return {};
    };
    auto onOff = [&](int i, bool *value) -> QString {
        if (args.size() <= i || (args[i] != u"on"_s && args[i] != u"off"_s))
            return u"'%1' needs on or off"_s.arg(cmd);
        *value = args[i] == u"on"_s;
        return {};
    };
    int node = -1;
    QString err;
    if (cmd == u"status"_s)
        return {true, QString::fromStdString(status().dump(2))};
    if (cmd == u"halt"_s || cmd == u"resume"_s) {
        m_halted = cmd == u"halt"_s;
        evaluate();
        return {true, m_halted ? u"consensus halted"_s : u"consensus resumed"_s};
    }
    if (cmd == u"stop"_s || cmd == u"start"_s) {
        if (!(err = nodeArg(1, &node)).isEmpty())
            return {false, err};
        const bool up = cmd == u"start"_s;
        if (m_runtime[node].up == up)
            return {true, u"%1 already %2"_s.arg(args[1], up ? u"running"_s : u"stopped"_s)};
        m_runtime[node].up = up;
        if (up)
            resetCounters(node);
        else
            m_runtime[node].syncing = false;
        Q_EMIT nodeUpChanged(node, up);
        faultsChanged();
        return {true, u"%1 %2"_s.arg(args[1], up ? u"started"_s : u"stopped"_s)};
    }
    if (cmd == u"partition"_s || cmd == u"heal"_s) {
        const bool partition = cmd == u"partition"_s;
        if (args.size() >= 2 && args[1] == u"--institution"_s) {
            const int inst = args.size() >= 3 ? m_topology.institutionIndex(args[2]) : -1;
            if (inst < 0)
                return {false, u"unknown institution '%1'"_s.arg(args.value(2))};
            if (partition)
                m_isolatedInstitutions.insert(inst);
            else
                m_isolatedInstitutions.remove(inst);
        } else if (args.size() >= 2) {
            if (!(err = nodeArg(1, &node)).isEmpty())
                return {false, err};
            if (partition)
                m_isolatedNodes.insert(node);
            else
                m_isolatedNodes.remove(node);
        } else if (partition) {
            return {false, u"partition needs a node or --institution ID"_s};
        } else {
            m_isolatedNodes.clear();
            m_isolatedInstitutions.clear();
        }
        faultsChanged();
        return {true, partition ? u"partitioned"_s : u"healed"_s};
    }
    if (cmd == u"slow"_s || cmd == u"clock-skew"_s) {
        if (!(err = nodeArg(1, &node)).isEmpty())
            return {false, err};
        bool ok = false;
        const qint64 value = args.value(2).toLongLong(&ok);
        if (!ok || (cmd == u"slow"_s && value < 0))
            return {false, u"'%1' needs a number after the node"_s.arg(cmd)};
        if (cmd == u"slow"_s) {
            m_runtime[node].slowMs = value;
            Q_EMIT nodeSlownessChanged(node, value);
        } else {
            m_runtime[node].clockSkewSeconds = value;
        }
        evaluate();
        return {true, u"%1 %2 set to %3"_s.arg(args[1], cmd).arg(value)};
    }
    if (cmd == u"no-seal"_s) {
        if (!(err = nodeArg(1, &node)).isEmpty())
            return {false, err};
        bool value = false;
        if (!(err = onOff(2, &value)).isEmpty())
            return {false, err};
        m_runtime[node].noSeal = value;
        evaluate();
        const bool validator = m_blocks.last().validatorsAfter.contains(m_topology.nodes[node].address);
        return {true,
            u"%1 no-seal %2%3"_s.arg(args[1], args[2], validator ? QString() : u" (not a validator: no effect)"_s)};
    }
    if (cmd == u"rpc-errors"_s || cmd == u"rpc-garbage"_s || cmd == u"permissioning"_s) {
        if (!(err = nodeArg(1, &node)).isEmpty())
            return {false, err};
        bool value = false;
        if (!(err = onOff(2, &value)).isEmpty())
            return {false, err};
        NodeRuntime &rt = m_runtime[node];
        (cmd == u"rpc-errors"_s ? rt.rpcErrors : cmd == u"rpc-garbage"_s ? rt.rpcGarbage : rt.permissioning) = value;
        if (cmd == u"permissioning"_s && value) {
            rt.permNodeChecks = rt.permNodeUnpermitted = rt.permAccountChecks = rt.permAccountUnpermitted = 0;
        }
        return {true, u"%1 %2 %3"_s.arg(args[1], cmd, args[2])};
    }
    return {false, u"unknown command '%1'\n"_s.arg(cmd) + commandHelp()};
}

nlohmann::ordered_json Devnet::status() const
{
    using nlohmann::ordered_json;
    const QList<QByteArray> &validators = m_blocks.last().validatorsAfter;
    const int main = mainComponent();
    ordered_json vals = ordered_json::array();
    for (const QByteArray &v : validators) {
        const int node = m_topology.nodeByAddress(v);
        vals.push_back({{"address", chain::toHexStd(v)},
            {"node", node >= 0 ? m_topology.nodes[node].name.toStdString() : std::string()},
            {"live", node >= 0 && main >= 0 && m_component[node] == main},
            {"sealing", node >= 0 && main >= 0 && m_component[node] == main && !m_runtime[node].noSeal}});
    }
    ordered_json nodes = ordered_json::array();
    for (const DevNode &n : m_topology.nodes) {
        const NodeRuntime &rt = m_runtime[n.index];
        nodes.push_back({{"name", n.name.toStdString()}, {"type", devNodeTypeKey(n.type).toStdString()},
            {"institution", m_topology.institutions[n.institution].id.toStdString()}, {"up", rt.up},
            {"partitioned", m_isolatedNodes.contains(n.index) || m_isolatedInstitutions.contains(n.institution)},
            {"height", viewHeight(n.index)}, {"peers", peerCount(n.index)}, {"syncing", rt.syncing},
            {"slowMs", rt.slowMs}, {"rpcErrors", rt.rpcErrors}, {"rpcGarbage", rt.rpcGarbage},
            {"permissioning", rt.permissioning}, {"noSeal", rt.noSeal}, {"clockSkewSeconds", rt.clockSkewSeconds}});
    }
    const DevBlock &head = m_blocks.last();
    return {{"chainId", m_options.chainId}, {"blockPeriodSeconds", m_options.blockPeriodSeconds},
        {"height", head.header.number}, {"headHash", chain::toHexStd(head.header.hash)}, {"round", m_round},
        {"roundStarted", m_roundStarted}, {"halted", m_halted}, {"producing", !m_halted && main >= 0},
        {"quorum", chain::bftQuorum(int(validators.size()))}, {"nextProposer", chain::toHexStd(proposerFor(m_round))},
        {"validators", vals}, {"txPool", m_pool.size()}, {"nodes", nodes}};
}

#include "collector.h"
#include "sources/promql.h"

#include "config/secretstore.h"

#include "core/clock.h"
#include "networkstate.h"
#include "sources/httpfetcher.h"
#include "sources/jsonrpcclient.h"
#include "sources/jsonrpcsubscriber.h"
#include "sources/prometheusfederation.h"
#include "chain/hex.h"
#include "usage/abicall.h"

#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxBlocksPerFill = 500; // per round; the next round continues
constexpr int kMaxAccountCalls = 4; // eth_calls to the permissioning contract in flight

bool isRevert(const jsonrpc::Error &e)
{
    // Besu answers a reverted eth_call with -32000 "Execution reverted" (and the revert data); geth-style nodes use 3.
    return e.kind == jsonrpc::Error::Kind::Rpc
        && (e.code == 3 || e.message.contains(u"revert"_s, Qt::CaseInsensitive));
}
} // namespace

Collector::Collector(NetworkState *state, HttpFetcher *fetcher, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_fetcher(fetcher)
    , m_clock(clock ? clock : Clock::system())
    , m_promTimer(new QTimer(this))
    , m_stallTimer(new QTimer(this))
    , m_secrets(new SecretStore(true, this))
    , m_secretTimer(new QTimer(this))
{
    m_secretTimer->setSingleShot(true);
    connect(m_secretTimer, &QTimer::timeout, this, [this] {
        qWarning("Collector: secrets still not read after %d ms; polling without them", m_secretWaitMs);
        secretsArrived();
    });
    if (!m_fetcher) {
        m_fetcher = new HttpFetcher(this);
        m_ownFetcher = true;
    }
    connect(m_promTimer, &QTimer::timeout, this, &Collector::pollPrometheus);
    connect(m_state, &NetworkState::blocksAdded, this, [this] {
        if (m_running) {
            fillHistory();
            fillUsage();
            armStallCheck();
        }
    });
    m_stallTimer->setSingleShot(true);
    connect(m_stallTimer, &QTimer::timeout, this, [this] {
        for (JsonRpcClient *c : std::as_const(m_clients))
            c->pollStatus();
    });
}

void Collector::armStallCheck()
{
    // A halt is known only when a node is seen still on the same head past the limit. Regular polls would see it up
    // to one node-status interval late (4 s at RBB), so one extra poll lands just past the limit: the chain-halt
    // incident then comes within the limit of the fault, not the limit plus a poll.
    if (m_clients.isEmpty())
        return;
    const auto highest = m_state->highestBlock();
    const BlockRecord *tip = highest ? m_state->block(*highest) : nullptr;
    if (!tip)
        return;
    // Besu stamps a block with its block timer's due time in whole seconds and produces it then (QbftBlockTimer), so
    // the header time is when it was made; 250 ms covers the poll's own round trip.
    const qint64 deadline = qint64(tip->header.timestamp) * 1000 + qint64(chainHaltLimitSeconds(m_network) * 1000) + 250;
    if (deadline == m_stallDeadlineMs && m_stallTimer->isActive())
        return;
    const qint64 wait = deadline - m_clock->nowMs();
    if (wait <= 0)
        return;
    m_stallDeadlineMs = deadline;
    m_stallTimer->start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

Collector::~Collector()
{
    clearSources();
}

QStringList Collector::promQueries(const QString &job)
{
    const QString sel = promql::jobSelector(job);
    const QStringList metrics {u"ethereum_blockchain_height"_s, u"ethereum_peer_count"_s, u"ethereum_peer_limit"_s,
        u"besu_synchronizer_in_sync"_s, u"up"_s, u"besu_blockchain_chain_head_timestamp"_s};
    QStringList queries;
    for (const QString &metric : metrics)
        queries << metric + sel << u"timestamp("_s + metric + sel + u')';
    // Every permissioning check counter of a node, summed: rising while permissioning works, absent when it is off.
    QString perm = u"__name__=~\"besu_permissioning_.*_check_count.*\""_s;
    if (const QString matcher = promql::jobMatcher(job); !matcher.isEmpty())
        perm += u", "_s + matcher;
    // Their age: one name at a time (promql::permissioningNewestSample), since timestamp() of anything but a plain
    // selector is the evaluation time and would make a vanished counter, lingering at a level 2, look fresh.
    queries << u"sum by (node, instance) ({"_s + perm + u"})"_s << promql::permissioningNewestSample(job);
    return queries;
}

void Collector::clearSources()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    qDeleteAll(m_subscribers);
    m_subscribers.clear();
    delete m_prometheus;
    m_prometheus = nullptr;
    m_blocksRequested.clear();
    m_usageRequested.clear();
    m_usageRequests = 0;
    m_accountQueue.clear();
    m_accountsAsking.clear();
    m_accountCalls = 0;
    m_initialHistoryRequested = false;
    m_passRemaining = 0;
    m_promInFlight = false;
}

void Collector::setNetwork(const NetworkConfig &network)
{
    stop();
    clearSources();
    m_network = network;
    m_state->configure(network);
    if (m_ownFetcher)
        m_fetcher->setLimits(HttpLimits::fromPolling(network.polling));
    // The loader already refused plain-text secrets without the profile's opt-in, so any reference left is allowed.
    // Polling waits for them (bounded): a first request without its credentials would fail for nothing.
    const quint64 generation = ++m_secretGeneration;
    m_secretsReady = false;
    m_secretTimer->start(qMax(0, m_secretWaitMs));
    m_secrets->prefetch(network, [self = QPointer<Collector>(this), generation] {
        if (self && self->m_secretGeneration == generation)
            self->secretsArrived();
    });
    m_fetcher->setSecretResolver([secrets = QPointer<SecretStore>(m_secrets)](
                                     const SecretRef &ref) { return secrets ? secrets->cached(ref) : QString(); });

    for (const NodeConfig &node : network.nodes) {
        if (node.rpcHttp.isValid() && !node.rpcHttp.isEmpty()) {
            auto *client = new JsonRpcClient(node, network, m_fetcher, m_clock, this);
            client->setSignerMetricsWindow(static_cast<quint64>(network.serviceLevels.inactivityWindowBlocks));
            connect(client, &JsonRpcClient::statusReceived, this, [this](const NodeRpcStatus &s) {
                m_state->applyRpcStatus(s);
                if (m_running)
                    fillHistory();
            });
            connect(client, &JsonRpcClient::slowStatusReceived, m_state, &NetworkState::applyRpcSlowStatus);
            connect(client, &JsonRpcClient::blocksReceived, this,
                [this](const QString &from, const QList<chain::BlockHeader> &blocks) {
                    for (const auto &b : blocks)
                        m_blocksRequested.remove(b.number);
                    m_state->addBlocks(blocks, from);
                });
            connect(client, &JsonRpcClient::blockFailed, this,
                [this](const QString &, quint64 number, const QString &) { m_blocksRequested.remove(number); });
            connect(client, &JsonRpcClient::healthChanged, this,
                [this, id = client->sourceId()](const SourceHealth &h) { m_state->setHealth(id, h); });
            connect(client, &JsonRpcClient::transactionsReceived, this,
                [this](const QString &, const QList<usage::BlockTransactions> &blocks) { onTransactions(blocks); });
            connect(client, &JsonRpcClient::transactionsFailed, this,
                [this](const QString &fromNode, quint64 from, quint64 to, const QString &error) {
                    qWarning("Collector: transactions of blocks %llu-%llu from %s: %s", from, to, qPrintable(fromNode),
                        qPrintable(error));
                    for (quint64 n = from; n <= to; ++n)
                        m_usageRequested.remove(n);
                    m_usageRequests = qMax(0, m_usageRequests - 1);
                });
            m_state->setHealth(client->sourceId(), client->health());
            m_clients.append(client);
        }
        if (node.rpcWs.isValid() && !node.rpcWs.isEmpty()) {
            auto *sub = new JsonRpcSubscriber(node, network, m_clock, this);
            sub->setMaxBackfill(static_cast<quint64>(network.historyBlocks()));
            connect(sub, &JsonRpcSubscriber::blocksReceived, this,
                [this](const QString &from, const QList<chain::BlockHeader> &blocks) {
                    m_state->addBlocks(blocks, from);
                    m_state->applyHead(from, blocks.last(), m_clock->now().toUTC());
                });
            connect(sub, &JsonRpcSubscriber::reorgDetected, m_state,
                [this](const QString &, quint64 from) { m_state->dropBlocksFrom(from); });
            connect(sub, &JsonRpcSubscriber::healthChanged, this,
                [this, id = sub->sourceId()](const SourceHealth &h) { m_state->setHealth(id, h); });
            m_subscribers.append(sub);
        }
    }

    // Seam with the Prometheus side (PrometheusFederation by the sources-prom engineer).
    if (!network.prometheus.isEmpty()) {
        m_prometheus = new PrometheusFederation(network.prometheus, m_fetcher, this);
        m_prometheus->setPollIntervalMs(network.polling.prometheusMs);
        m_prometheus->setJob(network.prometheusJob);
        m_prometheus->setClock(m_clock);
        m_prometheus->setStaleAfterMs(qint64(staleAfterSeconds(network) * 1000.0));
        QStringList organizations;
        for (const Institution &inst : network.institutions)
            organizations.append(inst.prometheusOrganization.isEmpty() ? inst.id : inst.prometheusOrganization);
        m_prometheus->setInstitutions(organizations);
        connect(m_prometheus, &PrometheusFederation::healthChanged, this,
            [this](const SourceHealth &h) { m_state->setHealth(u"prometheus"_s, h); });
        m_state->setHealth(u"prometheus"_s, m_prometheus->health());
        m_promTimer->setInterval(qMax(1000, network.polling.prometheusMs));
    }
}

void Collector::whenSecretsReady(std::function<void()> action)
{
    if (m_secretsReady)
        action();
    else
        m_afterSecrets.append(std::move(action));
}

void Collector::secretsArrived()
{
    if (m_secretsReady)
        return;
    m_secretsReady = true;
    m_secretTimer->stop();
    const auto actions = std::exchange(m_afterSecrets, {});
    for (const auto &action : actions)
        action();
}

void Collector::start()
{
    if (m_running)
        return;
    m_running = true;
    whenSecretsReady([this] {
        if (m_running)
            runStart();
    });
}

void Collector::runStart()
{
    for (JsonRpcClient *c : std::as_const(m_clients))
        c->start();
    for (JsonRpcSubscriber *s : std::as_const(m_subscribers)) {
        if (const auto hi = m_state->highestBlock()) {
            if (const BlockRecord *b = m_state->block(*hi))
                s->setLastKnown(*hi, b->header.hash);
        }
        s->start();
    }
    if (m_prometheus) {
        pollPrometheus();
        m_promTimer->start();
    }
}

void Collector::stop()
{
    m_running = false;
    m_promTimer->stop();
    m_stallTimer->stop();
    for (JsonRpcClient *c : std::as_const(m_clients))
        c->stop();
    for (JsonRpcSubscriber *s : std::as_const(m_subscribers))
        s->stop();
}

void Collector::collectOnce()
{
    if (!m_secretsReady) {
        m_passRemaining = 1; // pending until the secrets are in and the real pass starts
        whenSecretsReady([this] {
            m_passRemaining = 0;
            runCollectOnce();
        });
        return;
    }
    runCollectOnce();
}

void Collector::runCollectOnce()
{
    m_passRemaining = static_cast<int>(m_clients.size()) * 2 + (m_prometheus ? 1 : 0);
    if (m_passRemaining == 0) {
        QTimer::singleShot(0, this, &Collector::passFinished);
        return;
    }
    for (JsonRpcClient *c : std::as_const(m_clients)) {
        auto *guard = new QObject(this);
        int *left = new int(2);
        auto done = [this, guard, left] {
            if (--*left == 0) {
                delete left;
                guard->deleteLater();
            }
            passStepDone();
        };
        connect(c, &JsonRpcClient::statusReceived, guard, done);
        connect(c, &JsonRpcClient::slowStatusReceived, guard, done);
        c->pollStatus();
        c->pollSlow();
    }
    if (m_prometheus)
        pollPrometheus();
}

void Collector::passStepDone()
{
    if (m_passRemaining <= 0)
        return;
    if (--m_passRemaining == 0)
        emit passFinished();
}

void Collector::pollPrometheus()
{
    if (!m_prometheus || m_promInFlight)
        return;
    m_promInFlight = true;
    QList<PromQuery> queries;
    for (const QString &q : promQueries(m_network.prometheusJob))
        queries.append(PromQuery::instant(q));
    QPointer<Collector> self(this);
    m_prometheus->poll(queries, [self](const PromPollResult &result) {
        if (self)
            self->onPrometheus(result);
    });
}

QHash<QString, PrometheusNodeFigures> Collector::mapPrometheus(
    const NetworkConfig &network, const PromPollResult &result, qint64 localNowMs)
{
    // Series are matched to nodes by the `node` label (RBB) or, for nodes configured with one, by `instance`.
    QHash<QString, QString> byNodeLabel;
    QHash<QString, QString> byInstance;
    for (const NodeConfig &n : network.nodes) {
        if (!n.prometheusInstance.isEmpty())
            byInstance.insert(n.prometheusInstance, n.name);
        byNodeLabel.insert(n.prometheusNode.isEmpty() ? n.name : n.prometheusNode, n.name);
    }
    QHash<QString, PrometheusNodeFigures> out;
    if (!result.ok)
        return out;
    // Several series may name the same node (several jobs): the freshest sample wins.
    auto take = [](auto &figure, QDateTime &figureAt, auto value, const QDateTime &at) {
        if (!figureAt.isValid() || at > figureAt) {
            figure = value;
            figureAt = at;
        }
    };
    for (int f = 0; f < PromFigureCount && 2 * f < result.results.size(); ++f) {
        const PromQueryResult &values = result.results.at(2 * f);
        if (!values.ok)
            continue;
        // Ages by the server's clock, keyed by the series' labels (timestamp() drops only the metric name).
        QHash<QString, qint64> ages;
        if (2 * f + 1 < result.results.size() && result.results.at(2 * f + 1).ok) {
            for (const PromSeries &series : result.results.at(2 * f + 1).series) {
                if (series.samples.isEmpty())
                    continue;
                if (const auto age = prom::sampleAgeMs(series.samples.constLast()))
                    ages.insert(prom::seriesKey(series.labels), *age);
            }
        }
        for (const PromSeries &series : values.series) {
            if (series.samples.isEmpty())
                continue;
            QString node = byInstance.value(series.labels.value(u"instance"_s));
            if (node.isEmpty())
                node = byNodeLabel.value(series.labels.value(u"node"_s));
            if (node.isEmpty())
                continue;
            const PromSample &sample = series.samples.constLast();
            if (!std::isfinite(sample.value))
                continue;
            const qint64 age = ages.value(prom::seriesKey(series.labels), 0);
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(localNowMs - age, Qt::UTC);
            PrometheusNodeFigures &fig = out[node];
            if (!fig.at.isValid() || at > fig.at)
                fig.at = at;
            const double v = sample.value;
            switch (f) {
            case PromHeight:
                take(fig.height, fig.heightAt, std::optional<quint64>(static_cast<quint64>(qMax(0.0, v))), at);
                break;
            case PromPeers:
                take(fig.peers, fig.peersAt, std::optional<int>(static_cast<int>(v)), at);
                break;
            case PromPeerLimit:
                take(fig.peerLimit, fig.peerLimitAt, std::optional<int>(static_cast<int>(v)), at);
                break;
            case PromInSync:
                take(fig.inSync, fig.inSyncAt, std::optional<bool>(v >= 1.0), at);
                break;
            case PromUp:
                // Several jobs may scrape the same node; it is up when any of them reaches it.
                fig.up = fig.up.value_or(false) || v >= 1.0;
                if (!fig.upAt.isValid() || at > fig.upAt)
                    fig.upAt = at;
                break;
            case PromHeadTime: {
                // Unix seconds on the chain's clock; shifted by (local now - evaluation time) onto the local clock,
                // so that "now - head time" is the head's age as the serving Prometheus sees it.
                const qint64 offset = sample.timestampMs > 0 ? localNowMs - sample.timestampMs : 0;
                const qint64 headMs = qint64(std::llround(v * 1000.0)) + offset;
                take(fig.headTime, fig.headTimeAt,
                    std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(headMs, Qt::UTC)), at);
                break;
            }
            case PromPermissioningChecks:
                take(fig.permissioningChecks, fig.permissioningChecksAt, std::optional<double>(v), at);
                break;
            default:
                break;
            }
        }
    }
    // A node that level 1 scrapes (its `up` is there) without any permissioning counter has permissioning off; only
    // said when the query itself succeeded.
    if (2 * PromPermissioningChecks < result.results.size() && result.results.at(2 * PromPermissioningChecks).ok) {
        for (PrometheusNodeFigures &fig : out) {
            if (fig.up && *fig.up)
                fig.permissioningQueried = true;
        }
    }
    return out;
}

void Collector::onPrometheus(const PromPollResult &result)
{
    m_promInFlight = false;
    const auto figures = mapPrometheus(m_network, result, m_clock->nowMs());
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it)
        m_state->applyPrometheus(it.key(), it.value());
    if (m_prometheus)
        m_state->setHealth(u"prometheus"_s, m_prometheus->health());
    passStepDone();
}

JsonRpcClient *Collector::bestBlockSource() const
{
    JsonRpcClient *best = nullptr;
    quint64 bestHeight = 0;
    for (JsonRpcClient *c : m_clients) {
        const NodeState *n = m_state->node(c->node().name);
        if (!n || c->health().state == SourceHealth::State::Down || !n->height.rpc.isSet() || !n->up.rpc.value)
            continue;
        if (!best || n->height.rpc.value > bestHeight) {
            best = c;
            bestHeight = n->height.rpc.value;
        }
    }
    return best;
}

void Collector::fillHistory()
{
    JsonRpcClient *source = bestBlockSource();
    if (!source)
        return;
    const NodeState *n = m_state->node(source->node().name);
    const quint64 head = n->height.rpc.value;
    int budget = kMaxBlocksPerFill - static_cast<int>(m_blocksRequested.size());
    auto request = [&](quint64 from, quint64 to) {
        quint64 runStart = 0;
        bool inRun = false;
        for (quint64 b = from; b <= to && budget > 0; ++b) {
            const bool want = !m_blocksRequested.contains(b) && !m_state->block(b);
            if (want) {
                m_blocksRequested.insert(b);
                --budget;
                if (!inRun) {
                    runStart = b;
                    inRun = true;
                }
            }
            if (inRun && (!want || b == to || budget == 0)) {
                source->requestBlocks(runStart, want ? b : b - 1);
                inRun = false;
            }
        }
    };
    // 1. Holes inside the held window.
    for (const auto &[from, to] : m_state->gaps())
        request(from, to);
    // 2. Ahead of the newest held block, when no subscription delivers heads.
    bool subscribed = false;
    for (JsonRpcSubscriber *s : std::as_const(m_subscribers))
        subscribed = subscribed || s->isSubscribed();
    const auto hi = m_state->highestBlock();
    if (!subscribed && hi && head > *hi)
        request(*hi + 1, qMin(head, *hi + kMaxBlocksPerFill));
    // 3. The initial window below the lowest held block (or below the head when nothing is held yet).
    if (!m_initialHistoryRequested) {
        const int want = m_initialHistory < 0 ? m_state->blockCapacity() : m_initialHistory;
        if (want <= 0 || m_state->blockCount() >= want) {
            m_initialHistoryRequested = true;
        } else {
            const quint64 top = m_state->lowestBlock() ? *m_state->lowestBlock() : head + 1;
            const quint64 span = static_cast<quint64>(want - m_state->blockCount());
            const quint64 bottom = top > span ? top - span : 0;
            if (top <= bottom) {
                m_initialHistoryRequested = true;
            } else if (budget > 0) {
                // Newest first, so the recent past is available soonest.
                const quint64 from
                    = top - bottom > static_cast<quint64>(budget) ? top - static_cast<quint64>(budget) : bottom;
                request(from, top - 1);
                if (from == bottom)
                    m_initialHistoryRequested = true;
            }
        }
    }
}

void Collector::collectUsageOnce()
{
    m_usagePass = true;
    fillUsage();
}

void Collector::fillUsage()
{
    if (!m_usageEnabled || m_usageRequests >= m_usageInFlight)
        return;
    JsonRpcClient *source = bestBlockSource();
    const auto lo = m_state->lowestBlock();
    const auto hi = m_state->highestBlock();
    if (!source || !lo || !hi)
        return;
    const UsageLedger &ledger = m_state->usage();
    // Blocks without gas used carry no transaction (every one costs at least 21,000): counted from the header alone,
    // since newHeads headers do not list transactions.
    QList<usage::BlockTransactions> empty;
    QList<quint64> wanted;
    const int budget = (m_usageInFlight - m_usageRequests) * m_usageBlocksPerRequest;
    for (quint64 n = *hi + 1; n-- > *lo && wanted.size() < budget;) {
        if (ledger.hasBlock(n) || m_usageRequested.contains(n))
            continue;
        const BlockRecord *b = m_state->block(n);
        if (!b)
            continue;
        if (b->header.gasUsed == 0) {
            usage::BlockTransactions e;
            e.number = n;
            e.hash = chain::toHex(b->header.hash);
            e.timestamp = b->header.timestamp;
            empty.append(e);
        } else {
            wanted.append(n);
        }
    }
    if (!empty.isEmpty())
        m_state->addTransactions(empty);
    // Newest first, in contiguous runs.
    std::sort(wanted.begin(), wanted.end());
    for (qsizetype i = wanted.size(); i > 0 && m_usageRequests < m_usageInFlight;) {
        const quint64 last = wanted[i - 1];
        quint64 first = last;
        --i;
        while (i > 0 && wanted[i - 1] == first - 1 && last - (wanted[i - 1]) < quint64(m_usageBlocksPerRequest)) {
            first = wanted[--i];
        }
        for (quint64 n = first; n <= last; ++n)
            m_usageRequested.insert(n);
        ++m_usageRequests;
        source->requestTransactions(first, last);
    }
}

void Collector::onTransactions(const QList<usage::BlockTransactions> &blocks)
{
    m_usageRequests = qMax(0, m_usageRequests - 1);
    QSet<QString> senders;
    for (const usage::BlockTransactions &b : blocks) {
        m_usageRequested.remove(b.number);
        for (const usage::Transaction &tx : b.transactions)
            senders.insert(tx.from);
    }
    m_state->addTransactions(blocks);
    resolveAccounts(QStringList(senders.cbegin(), senders.cend()));
    if (m_running || m_usagePass)
        fillUsage();
}

void Collector::resolveAccounts(const QStringList &senders)
{
    const AccountDirectory &dir = m_state->accounts();
    if (!dir.contractConfigured())
        return;
    const qint64 recheckMs = qint64(m_network.usage.recheckMinutes) * 60000;
    for (const QString &s : dir.toCheck(senders, m_clock->now().toUTC(), recheckMs)) {
        if (!m_accountsAsking.contains(s)) {
            m_accountsAsking.insert(s);
            m_accountQueue.append(s);
        }
    }
    askNextAccount();
}

void Collector::askNextAccount()
{
    const AccountDirectory &dir = m_state->accounts();
    while (m_accountCalls < kMaxAccountCalls && !m_accountQueue.isEmpty() && dir.call()) {
        JsonRpcClient *source = bestBlockSource();
        if (!source)
            return; // asked again with the next transactions
        const AccountInstitutionCall &call = *dir.call();
        QString contract = call.contract;
        if (contract == u"rules"_s) {
            // The account Ingress names the rules contract (slow poll); until a node has said, wait.
            contract.clear();
            for (const QString &name : m_state->nodeNames()) {
                const NodeState *n = m_state->node(name);
                if (n && n->accountRulesAddress.isSet() && !n->accountRulesAddress.value.isEmpty())
                    contract = n->accountRulesAddress.value;
            }
            if (contract.isEmpty())
                return;
        }
        const QString account = m_accountQueue.takeFirst();
        if (contract.count(u'0') == 41) { // 0x and forty zeros: no rules contract registered
            AccountDirectory::ContractAnswer answer;
            answer.at = m_clock->now().toUTC();
            answer.error = tr("the account Ingress names no rules contract");
            m_accountsAsking.remove(account);
            m_state->setAccountAnswer(account, answer);
            continue;
        }
        ++m_accountCalls;
        QPointer<Collector> self(this);
        const quint64 generation = m_secretGeneration;
        source->ethCall(contract, usage::encodeAddressCall(call.selector, account), u"latest"_s,
            [self, account, generation](std::optional<QByteArray> data, const jsonrpc::Error &error) {
                if (!self || self->m_secretGeneration != generation)
                    return;
                --self->m_accountCalls;
                self->m_accountsAsking.remove(account);
                const AccountDirectory &directory = self->m_state->accounts();
                const QDateTime now = self->m_clock->now().toUTC();
                AccountDirectory::ContractAnswer answer;
                answer.at = now;
                QString why;
                const auto outputs = data && directory.call()
                    ? usage::decodeStaticOutputs(*data, directory.call()->outputs, &why)
                    : std::nullopt;
                if (outputs) {
                    answer = directory.answerFromOutputs(*outputs, now);
                } else if (isRevert(error)) {
                    answer.reverted = true;
                    answer.error = error.message;
                } else {
                    answer.error = error.isError() ? error.message : why;
                }
                self->m_state->setAccountAnswer(account, answer);
                self->askNextAccount();
            });
    }
}

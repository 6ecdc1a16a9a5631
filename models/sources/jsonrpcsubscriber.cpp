#include "jsonrpcsubscriber.h"

#include "besuparsers.h"
#include "chain/hex.h"
#include "core/clock.h"
#include "jsonlimits.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {
constexpr int kBackfillInFlight = 16;
constexpr int kProbeTimeoutMs = 10000;
} // namespace

JsonRpcSubscriber::JsonRpcSubscriber(
    const NodeConfig &node, const NetworkConfig &network, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_node(node)
    , m_polling(network.polling)
    , m_blockPeriodSeconds(network.blockPeriodSeconds > 0 ? network.blockPeriodSeconds : 4)
    , m_clock(clock ? clock : Clock::system())
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    , m_reconnectTimer(new QTimer(this))
    , m_watchdog(new QTimer(this))
{
    m_health.source = tr("WebSocket %1").arg(node.name);
    m_health.endpoint = node.rpcWs.toDisplayString();
    m_socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(qMax<qint64>(1024, m_polling.maxReplyBytes)));
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &JsonRpcSubscriber::openSocket);
    m_watchdog->setInterval(1000);
    connect(m_watchdog, &QTimer::timeout, this, &JsonRpcSubscriber::onWatchdog);
    connect(m_socket, &QWebSocket::connected, this, &JsonRpcSubscriber::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &JsonRpcSubscriber::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &JsonRpcSubscriber::onMessage);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError) {
            m_health.lastError = m_socket->errorString();
            // Qt emits disconnected after a failed connect only when the socket had started connecting.
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                scheduleReconnect(m_socket->errorString());
        });
}

JsonRpcSubscriber::~JsonRpcSubscriber()
{
    m_running = false;
    m_socket->disconnect(this);
    m_socket->abort();
}

QString JsonRpcSubscriber::sourceId() const
{
    return u"ws:"_s + m_node.name;
}

void JsonRpcSubscriber::setLastKnown(quint64 number, const QByteArray &hash)
{
    m_lastNumber = number;
    m_lastHash = hash;
    m_recentHashes.insert(number, hash);
}

void JsonRpcSubscriber::setBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = qMax(1, initialMs);
    m_backoffMaxMs = qMax(m_backoffInitialMs, maxMs);
}

int JsonRpcSubscriber::backoffDelayMs(int attempt, int initialMs, int maxMs, double random01)
{
    const double exp = std::ldexp(static_cast<double>(initialMs), qBound(0, attempt, 30));
    const double capped = std::min(exp, static_cast<double>(maxMs));
    const double factor = 0.5 + 0.5 * qBound(0.0, random01, 1.0);
    return qMax(1, static_cast<int>(capped * factor));
}

void JsonRpcSubscriber::start()
{
    if (m_running)
        return;
    if (!m_node.rpcWs.isValid() || m_node.rpcWs.isEmpty()) {
        setHealth(SourceHealth::State::Disabled, {}, tr("no JSON-RPC WebSocket URL configured"));
        return;
    }
    m_running = true;
    m_attempt = 0;
    m_lastTickWall = m_clock->now();
    m_lastTickMono.start();
    m_watchdog->start();
    openSocket();
}

void JsonRpcSubscriber::stop()
{
    m_running = false;
    m_reconnectTimer->stop();
    m_watchdog->stop();
    m_socket->abort();
    m_subscriptionId.clear();
    m_backfilling = false;
    m_backfillRequests.clear();
    m_heldHeads.clear();
}

void JsonRpcSubscriber::openSocket()
{
    if (!m_running)
        return;
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    m_socket->open(m_node.rpcWs);
}

void JsonRpcSubscriber::onConnected()
{
    if (m_everConnected)
        ++m_reconnects;
    m_everConnected = true;
    m_lastMessageAt = m_clock->now();
    m_subscribeId = send(u"eth_subscribe"_s, json::array({"newHeads"}));
    // Learn the head now: a gap since the last delivered block is filled without waiting for the next block.
    m_headProbeId = send(u"eth_blockNumber"_s, json::array());
    m_probeSentAt = m_clock->now();
}

void JsonRpcSubscriber::onDisconnected()
{
    scheduleReconnect(m_socket->errorString());
}

void JsonRpcSubscriber::scheduleReconnect(const QString &reason)
{
    const bool wasSubscribed = isSubscribed();
    m_subscriptionId.clear();
    m_headProbeId = 0;
    // Requests of the old connection will never be answered; a new backfill starts after reconnecting.
    if (m_backfilling) {
        m_backfillRequests.clear();
        finishBackfill();
    }
    if (wasSubscribed)
        emit subscribedChanged(false);
    if (!m_running || m_reconnectTimer->isActive())
        return;
    const int delay
        = backoffDelayMs(m_attempt, m_backoffInitialMs, m_backoffMaxMs, QRandomGenerator::global()->generateDouble());
    ++m_attempt;
    const QString error = reason.isEmpty() ? tr("connection closed") : reason;
    setHealth(m_attempt > 3 ? SourceHealth::State::Down : SourceHealth::State::Degraded, error,
        tr("reconnecting in %1 s").arg(delay / 1000.0, 0, 'f', 1));
    m_reconnectTimer->start(delay);
}

qint64 JsonRpcSubscriber::send(const QString &method, const json &params)
{
    const qint64 id = m_nextId++;
    m_socket->sendTextMessage(QString::fromUtf8(jsonrpc::encodeRequest(id, {method, params})));
    return id;
}

void JsonRpcSubscriber::onMessage(const QString &message)
{
    m_lastMessageAt = m_clock->now();
    m_inbox.enqueue(message);
    if (!m_parsing)
        parseNext();
}

JsonRpcSubscriber::Parsed JsonRpcSubscriber::parseMessage(const QByteArray &body, const QString &origin, int maxDepth)
{
    Parsed p;
    JsonParseResult parsed = parseJsonLimited(body, origin, maxDepth);
    if (!parsed.ok) {
        p.error = parsed.error;
        return p;
    }
    const json &v = parsed.value;
    if (!v.is_object()) {
        p.error = QCoreApplication::translate("JsonRpcSubscriber", "message is not a JSON object");
        return p;
    }
    if (v.value("method", json()) == "eth_subscription") {
        p.notification = true;
        const json params = v.value("params", json::object());
        if (params.is_object()) {
            if (params.contains("subscription") && params["subscription"].is_string())
                p.subscription = QString::fromStdString(params["subscription"].get<std::string>());
            QString why;
            p.header = besu::parseBlock(params.value("result", json()), &why);
            p.error = why;
        }
        return p;
    }
    const auto id = v.find("id");
    if (id == v.end() || !id->is_number_integer()) {
        p.error = QCoreApplication::translate("JsonRpcSubscriber", "message without a numeric id");
        return p;
    }
    p.id = id->get<qint64>();
    p.outcome = jsonrpc::decodeReplyObject(v, *p.id);
    if (p.outcome.ok() && p.outcome.result.is_object()) {
        QString why;
        p.header = besu::parseBlock(p.outcome.result, &why);
        p.error = why;
    }
    return p;
}

void JsonRpcSubscriber::parseNext()
{
    if (m_inbox.isEmpty()) {
        m_parsing = false;
        return;
    }
    m_parsing = true;
    const QByteArray body = m_inbox.dequeue().toUtf8();
    const QString origin = m_node.rpcWs.toDisplayString();
    const int maxDepth = m_polling.maxJsonDepth;
    runInWorker<Parsed>(
        this, [body, origin, maxDepth]() -> Parsed { return parseMessage(body, origin, maxDepth); },
        [this](Parsed parsed) {
            handle(parsed);
            parseNext();
        });
}

void JsonRpcSubscriber::handle(const Parsed &p)
{
    if (!m_running)
        return;
    if (p.notification) {
        if (!p.header) {
            setHealth(SourceHealth::State::Degraded, tr("bad newHeads notification: %1").arg(p.error), {});
            return;
        }
        noteGood();
        onHead(*p.header);
        return;
    }
    if (!p.id) {
        setHealth(SourceHealth::State::Degraded, p.error, {});
        return;
    }
    const qint64 id = *p.id;
    if (id == m_subscribeId) {
        if (!p.outcome.ok() || !p.outcome.result.is_string()) {
            const QString why
                = p.outcome.ok() ? tr("eth_subscribe returned no subscription id") : p.outcome.error.message;
            setHealth(SourceHealth::State::Down, tr("newHeads subscription refused: %1").arg(why), {});
            m_socket->close(); // reconnect with backoff
            return;
        }
        m_subscriptionId = QString::fromStdString(p.outcome.result.get<std::string>());
        m_attempt = 0;
        noteGood();
        emit subscribedChanged(true);
        return;
    }
    if (id == m_headProbeId) {
        m_headProbeId = 0;
        QString why;
        const auto head = p.outcome.ok() ? besu::parseQuantity(p.outcome.result, &why) : std::nullopt;
        if (!head)
            return;
        noteGood();
        if (m_lastNumber && *head > *m_lastNumber && !m_backfilling) {
            startBackfill(*m_lastNumber + 1, *head);
        } else if (m_lastNumber && *head < *m_lastNumber) {
            // The node is behind what we delivered: a reset chain; its next head re-bases the sequence.
            emit reorgDetected(m_node.name, *head + 1);
            m_lastNumber.reset();
            m_recentHashes.clear();
            startBackfill(*head, *head);
        } else if (!m_lastNumber && !m_backfilling) {
            const quint64 from = m_initialBackfill > 0 && *head + 1 > m_initialBackfill ? *head + 1 - m_initialBackfill
                : m_initialBackfill > 0                                                 ? 0
                                                                                        : *head;
            startBackfill(from, *head);
        }
        return;
    }
    const auto backfill = m_backfillRequests.constFind(id);
    if (backfill != m_backfillRequests.constEnd()) {
        const quint64 number = backfill.value();
        m_backfillRequests.erase(backfill);
        QString error = p.outcome.ok() ? p.error : p.outcome.error.message;
        if (p.outcome.ok() && p.outcome.result.is_null())
            error = tr("the node does not have block %1").arg(number);
        onBackfillBlock(number, p.outcome.ok() ? p.header : std::nullopt, error);
    }
}

void JsonRpcSubscriber::onHead(const chain::BlockHeader &header)
{
    if (m_backfilling) {
        m_heldHeads.append(header);
        return;
    }
    accept(header);
}

void JsonRpcSubscriber::accept(const chain::BlockHeader &header)
{
    if (!m_lastNumber) {
        deliver({header});
        return;
    }
    const quint64 last = *m_lastNumber;
    if (header.number == last + 1) {
        if (m_lastHash.isEmpty() || header.parentHash == m_lastHash) {
            deliver({header});
            return;
        }
        // Same height, different parent: the chain under us changed. Re-fetch a few blocks below.
        const quint64 from = header.number > 16 ? header.number - 16 : 0;
        emit reorgDetected(m_node.name, from);
        m_lastNumber.reset();
        m_heldHeads.prepend(header);
        startBackfill(from, header.number - 1);
        return;
    }
    if (header.number > last + 1) {
        m_heldHeads.prepend(header);
        startBackfill(last + 1, header.number - 1);
        return;
    }
    // At or below what was delivered: a duplicate, or the chain went back.
    const auto known = m_recentHashes.constFind(header.number);
    if (known != m_recentHashes.constEnd() && known.value() == header.hash)
        return;
    emit reorgDetected(m_node.name, header.number);
    for (auto it = m_recentHashes.lowerBound(header.number); it != m_recentHashes.end();)
        it = m_recentHashes.erase(it);
    m_lastNumber.reset();
    deliver({header});
}

void JsonRpcSubscriber::deliver(const QList<chain::BlockHeader> &blocks)
{
    if (blocks.isEmpty())
        return;
    for (const auto &b : blocks)
        m_recentHashes.insert(b.number, b.hash);
    while (m_recentHashes.size() > 64)
        m_recentHashes.erase(m_recentHashes.begin());
    m_lastNumber = blocks.last().number;
    m_lastHash = blocks.last().hash;
    if (m_lastFailedNumber && *m_lastFailedNumber <= *m_lastNumber)
        m_lastFailedNumber.reset();
    emit blocksReceived(m_node.name, blocks);
}

void JsonRpcSubscriber::startBackfill(quint64 from, quint64 to)
{
    if (to < from) {
        finishBackfill();
        return;
    }
    if (to - from + 1 > m_maxBackfill)
        from = to + 1 - m_maxBackfill;
    m_backfilling = true;
    m_backfillNext = from;
    m_backfillTo = to;
    m_emitNext = from;
    m_backfilled.clear();
    m_health.detail = tr("backfilling blocks %1 to %2").arg(from).arg(to);
    requestMoreBackfill();
}

void JsonRpcSubscriber::requestMoreBackfill()
{
    while (m_backfillRequests.size() < kBackfillInFlight && m_backfillNext <= m_backfillTo) {
        const quint64 n = m_backfillNext++;
        const qint64 id = send(u"eth_getBlockByNumber"_s, json::array({chain::quantityToHex(n).toStdString(), false}));
        m_backfillRequests.insert(id, n);
    }
}

void JsonRpcSubscriber::onBackfillBlock(
    quint64 number, const std::optional<chain::BlockHeader> &header, const QString &error)
{
    if (!m_backfilling)
        return;
    if (!header || header->number != number) {
        setHealth(SourceHealth::State::Degraded, tr("backfill of block %1 failed: %2").arg(number).arg(error), {});
        // Deliver what is contiguous; the next head retries the rest. A block that fails twice is skipped so that
        // one unservable block cannot stall the subscription (the state reports the hole).
        if (m_lastFailedNumber == number && m_lastNumber < number) {
            m_lastNumber = number;
            m_lastHash.clear();
        }
        m_lastFailedNumber = number;
        m_backfillRequests.clear();
        finishBackfill();
        return;
    }
    m_backfilled.insert(number, *header);
    QList<chain::BlockHeader> ready;
    while (!m_backfilled.isEmpty() && m_backfilled.firstKey() == m_emitNext) {
        ready.append(m_backfilled.take(m_emitNext));
        ++m_emitNext;
    }
    if (!ready.isEmpty()) {
        if (m_lastNumber && ready.first().number != *m_lastNumber + 1) {
            // Re-basing after a reorg / reset: the receiver must drop what it had from here on.
            emit reorgDetected(m_node.name, ready.first().number);
        }
        deliver(ready);
    }
    if (m_emitNext > m_backfillTo) {
        finishBackfill();
        return;
    }
    requestMoreBackfill();
}

void JsonRpcSubscriber::finishBackfill()
{
    m_backfilling = false;
    m_backfilled.clear();
    m_health.detail.clear();
    if (m_health.state == SourceHealth::State::Degraded && isSubscribed() && m_health.lastError.contains(u"backfill"_s)
        && !m_lastFailedNumber)
        setHealth(SourceHealth::State::Ok, {}, {});
    const QList<chain::BlockHeader> held = std::exchange(m_heldHeads, {});
    for (const auto &h : held) {
        if (m_backfilling) {
            m_heldHeads.append(h);
            continue;
        }
        accept(h);
    }
}

void JsonRpcSubscriber::onWatchdog()
{
    if (!m_running)
        return;
    const QDateTime now = m_clock->now();
    const qint64 wallMs = m_lastTickWall.msecsTo(now);
    const qint64 monoMs = m_lastTickMono.restart();
    m_lastTickWall = now;
    // The wall clock moved much more than the monotonic one: the machine slept. The socket is likely dead even if
    // it looks open; reconnecting also backfills what was produced meanwhile.
    if (wallMs - monoMs > 30000 && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->abort();
        return;
    }
    if (!isSubscribed())
        return;
    const int stallMs = m_stallTimeoutMs > 0 ? m_stallTimeoutMs
                                             : qMax(15000, static_cast<int>(std::ceil(m_blockPeriodSeconds * 3000)));
    if (m_headProbeId != 0) {
        if (m_probeSentAt.msecsTo(now) > qMax(kProbeTimeoutMs, stallMs)) {
            m_headProbeId = 0;
            m_socket->abort(); // no answer at all: reconnect
        }
        return;
    }
    if (m_lastMessageAt.msecsTo(now) > stallMs) {
        m_headProbeId = send(u"eth_blockNumber"_s, json::array());
        m_probeSentAt = now;
    }
}

void JsonRpcSubscriber::noteGood()
{
    m_health.lastGood = m_clock->now().toUTC();
    if (m_health.state != SourceHealth::State::Ok && isSubscribed() && !m_backfilling)
        setHealth(SourceHealth::State::Ok, {}, {});
}

void JsonRpcSubscriber::setHealth(SourceHealth::State state, const QString &error, const QString &detail)
{
    m_health.state = state;
    m_health.lastError = error;
    m_health.detail = detail;
    emit healthChanged(m_health);
}

#include "statuscommand.h"

#include "chain/blockanalysis.h"
#include "collector.h"
#include "core/clock.h"
#include "networkstate.h"
#include "sources/jsonrpcclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct StatusCommandText
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
};

int lagThreshold(const NetworkConfig &network)
{
    const double period = network.blockPeriodSeconds > 0 ? network.blockPeriodSeconds : 4;
    return qMax(5, static_cast<int>(std::ceil(30.0 / period)));
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}

} // namespace

StatusVerdict judgeStatus(const NetworkState &state, qint64 tipBlockAgeMs)
{
    StatusVerdict v;
    QStringList critical;
    QStringList warning;
    const NetworkConfig &network = state.network();
    const QDateTime now = state.clock()->now();
    const qint64 staleMs = static_cast<qint64>(staleAfterSeconds(network) * 1000.0);
    const int threshold = lagThreshold(network);
    auto fresh = [&](const auto &figure) { return figure.isSet() && figure.ageMs(now) <= staleMs; };

    // The tip from fresh figures only: a dead node's last height must not set it either.
    std::optional<quint64> tip;
    if (const auto hi = state.highestBlock()) {
        const BlockRecord *b = state.block(*hi);
        if (b && b->receivedAt.msecsTo(now) <= staleMs)
            tip = *hi;
    }
    for (const NodeState &n : state.nodes())
        if (fresh(n.height) && (!tip || n.height.value() > *tip))
            tip = n.height.value();

    int validators = 0;
    int validatorsUp = 0;
    int validatorsUnknown = 0;
    int answered = 0;
    for (const NodeState &n : state.nodes()) {
        const bool known = fresh(n.up);
        const bool up = known && n.up.value();
        if (known)
            ++answered;
        if (n.type == NodeType::Validator) {
            ++validators;
            validatorsUp += up ? 1 : 0;
            validatorsUnknown += known ? 0 : 1;
        }
        if (!known) {
            warning.append(n.up.isSet() ? StatusCommandText::tr("node %1: state unknown, newest data %2 s old "
                                                                "(monitoring blind)")
                                              .arg(n.name)
                                              .arg(n.up.ageMs(now) / 1000)
                                        : StatusCommandText::tr("node %1: state unknown, no data").arg(n.name));
        } else if (!up) {
            warning.append(StatusCommandText::tr("node %1 is down").arg(n.name));
        } else if (tip && fresh(n.height) && *tip > n.height.value()
            && *tip - n.height.value() > static_cast<quint64>(threshold)) {
            warning.append(
                StatusCommandText::tr("node %1 is %2 blocks behind the tip").arg(n.name).arg(*tip - n.height.value()));
        }
    }
    if (!state.nodes().isEmpty() && answered == 0)
        critical.append(StatusCommandText::tr("no node answered with fresh data"));
    const int quorum = validators > 0 ? chain::bftQuorum(validators) : 0;
    if (validators > 0 && validatorsUp + validatorsUnknown < quorum)
        critical.append(StatusCommandText::tr("only %1 of %2 validators up; quorum is %3")
                            .arg(validatorsUp)
                            .arg(validators)
                            .arg(quorum));
    else if (validators > 0 && validatorsUp < quorum)
        warning.append(StatusCommandText::tr("%1 of %2 validators known up, %3 unknown; quorum is %4")
                           .arg(validatorsUp)
                           .arg(validators)
                           .arg(validatorsUnknown)
                           .arg(quorum));
    const double period = network.blockPeriodSeconds > 0 ? network.blockPeriodSeconds : 4;
    const qint64 haltMs = network.health.blockAgeCriticalSeconds
        ? static_cast<qint64>(*network.health.blockAgeCriticalSeconds * 1000.0)
        : qMax<qint64>(60000, static_cast<qint64>(period * 10000));
    if (tipBlockAgeMs > haltMs)
        critical.append(
            StatusCommandText::tr("no new block for %1 s (block period %2 s)").arg(tipBlockAgeMs / 1000).arg(period));
    else if (tipBlockAgeMs < 0 && !state.nodes().isEmpty())
        warning.append(StatusCommandText::tr("the age of the newest block is unknown"));

    const auto health = state.health();
    for (auto it = health.constBegin(); it != health.constEnd(); ++it) {
        const SourceHealth &h = it.value();
        if (it.key() == u"prometheus" && h.state == SourceHealth::State::Down)
            critical.append(StatusCommandText::tr("every Prometheus endpoint is down: %1").arg(h.lastError));
        else if (h.state == SourceHealth::State::Down || h.state == SourceHealth::State::Degraded)
            warning.append(
                StatusCommandText::tr("%1 is %2%3")
                    .arg(h.source, h.stateText(), h.lastError.isEmpty() ? QString() : u": "_s + h.lastError));
    }
    v.problems = critical + warning;
    v.code = !critical.isEmpty() ? StatusCritical : !warning.isEmpty() ? StatusWarning : StatusOk;
    return v;
}

int runStatusCommand(const NetworkConfig &network, bool json, QTextStream &out, QTextStream &err, int timeoutMs)
{
    NetworkState state;
    Collector collector(&state);
    collector.setInitialHistoryBlocks(0);
    collector.setNetwork(network);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(&collector, &Collector::passFinished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    collector.collectOnce();
    if (collector.passPending())
        loop.exec();

    // The newest block's timestamp over RPC, when some node answers it; without RPC the federated head timestamps
    // already in the state give the tip's age.
    if (!timedOut) {
        JsonRpcClient *best = nullptr;
        quint64 bestHeight = 0;
        for (JsonRpcClient *c : collector.rpcClients()) {
            const NodeState *n = state.node(c->node().name);
            if (n && n->height.rpc.isSet() && (!best || n->height.rpc.value > bestHeight)) {
                best = c;
                bestHeight = n->height.rpc.value;
            }
        }
        if (best) {
            QObject::connect(&state, &NetworkState::blocksAdded, &loop, &QEventLoop::quit);
            QObject::connect(best, &JsonRpcClient::blockFailed, &loop, &QEventLoop::quit);
            best->requestBlocks(bestHeight, bestHeight);
            loop.exec(); // still bounded by the deadline
        }
    }
    if (timedOut)
        err << StatusCommandText::tr("status: not every source answered within %1 ms; judging what arrived")
                   .arg(timeoutMs)
            << Qt::endl;

    const QDateTime now = state.clock()->now();
    const qint64 tipAgeMs = tipBlockAgeMs(state, now);
    const StatusVerdict verdict = judgeStatus(state, tipAgeMs);
    const auto tip = state.tip();
    const qint64 staleMs = static_cast<qint64>(staleAfterSeconds(network) * 1000.0);
    // A node's data age: its freshest figure among up, height and head time; -1 when it has none.
    auto dataAgeMs = [&now](const NodeState &n) {
        qint64 age = -1;
        for (const qint64 a : {n.up.ageMs(now), n.height.ageMs(now), n.headTime.ageMs(now)})
            if (a >= 0 && (age < 0 || a < age))
                age = a;
        return age;
    };
    auto isFresh = [&](const auto &figure) { return figure.isSet() && figure.ageMs(now) <= staleMs; };

    if (json) {
        nlohmann::json doc;
        doc["network"] = network.name.toStdString();
        doc["tip"] = tip ? nlohmann::json(*tip) : nlohmann::json();
        doc["tipBlockAgeSeconds"] = tipAgeMs >= 0 ? nlohmann::json(tipAgeMs / 1000.0) : nlohmann::json();
        doc["staleAfterSeconds"] = staleMs / 1000.0;
        doc["timedOut"] = timedOut;
        doc["exitCode"] = static_cast<int>(verdict.code);
        doc["status"] = verdict.code == StatusOk ? "ok" : verdict.code == StatusWarning ? "warning" : "critical";
        doc["problems"] = nlohmann::json::array();
        for (const QString &p : verdict.problems)
            doc["problems"].push_back(p.toStdString());
        doc["nodes"] = nlohmann::json::array();
        for (const NodeState &n : state.nodes()) {
            nlohmann::json j;
            j["name"] = n.name.toStdString();
            j["type"] = nodeTypeKey(n.type).toStdString();
            j["institution"] = n.institution.toStdString();
            j["height"] = n.height.isSet() ? nlohmann::json(n.height.value()) : nlohmann::json();
            // Too old a figure is unknown (null); the last height stays visible with its age.
            j["lag"]
                = tip && isFresh(n.height) ? nlohmann::json(*tip - qMin(*tip, n.height.value())) : nlohmann::json();
            j["peers"] = isFresh(n.peers) ? nlohmann::json(n.peers.value()) : nlohmann::json();
            j["peerLimit"] = n.peerLimit.isSet() ? nlohmann::json(n.peerLimit.value()) : nlohmann::json();
            j["up"] = isFresh(n.up) ? nlohmann::json(n.up.value()) : nlohmann::json();
            j["syncing"] = isFresh(n.syncing) ? nlohmann::json(n.syncing.value()) : nlohmann::json();
            j["source"] = figureSourceKey(n.height.source()).toStdString();
            j["heightAgeSeconds"] = n.height.isSet() ? nlohmann::json(n.height.ageMs(now) / 1000.0) : nlohmann::json();
            const qint64 age = dataAgeMs(n);
            j["dataAgeSeconds"] = age >= 0 ? nlohmann::json(age / 1000.0) : nlohmann::json();
            j["stale"] = age < 0 || age > staleMs;
            j["headTime"] = n.headTime.isSet()
                ? nlohmann::json(n.headTime.value().toString(Qt::ISODateWithMs).toStdString())
                : nlohmann::json();
            j["clientVersion"] = n.clientVersion.value.toStdString();
            j["disabledNamespaces"] = nlohmann::json::array();
            for (const QString &ns : n.disabledNamespaces)
                j["disabledNamespaces"].push_back(ns.toStdString());
            if (!n.lastRpcError.isEmpty())
                j["error"] = n.lastRpcError.toStdString();
            doc["nodes"].push_back(j);
        }
        doc["sources"] = nlohmann::json::array();
        const auto health = state.health();
        for (auto it = health.constBegin(); it != health.constEnd(); ++it) {
            const SourceHealth &h = it.value();
            doc["sources"].push_back({{"id", it.key().toStdString()}, {"source", h.source.toStdString()},
                {"state", SourceHealth::stateKey(h.state).toStdString()}, {"endpoint", h.endpoint.toStdString()},
                {"lastError", h.lastError.toStdString()},
                {"lastGood",
                    h.lastGood.isValid() ? h.lastGood.toString(Qt::ISODateWithMs).toStdString() : std::string()},
                {"detail", h.detail.toStdString()}});
        }
        out << QString::fromStdString(doc.dump(2)) << Qt::endl;
        return verdict.code;
    }

    out << StatusCommandText::tr("Network %1 — tip %2, newest block %3")
               .arg(network.displayName.isEmpty() ? network.name : network.displayName,
                   tip ? QString::number(*tip) : u"?"_s,
                   tipAgeMs >= 0 ? StatusCommandText::tr("%1 s old").arg(tipAgeMs / 1000.0, 0, 'f', 1)
                                 : StatusCommandText::tr("of unknown age"))
        << Qt::endl
        << Qt::endl;
    const QList<int> widths {18, 14, 12, 11, 6, 7, 5, 10, 12};
    const QStringList header {StatusCommandText::tr("node"), StatusCommandText::tr("type"),
        StatusCommandText::tr("institution"), StatusCommandText::tr("height"), StatusCommandText::tr("lag"),
        StatusCommandText::tr("peers"), StatusCommandText::tr("up"), StatusCommandText::tr("source"),
        StatusCommandText::tr("data age")};
    QString line;
    for (int i = 0; i < header.size(); ++i)
        line += pad(header[i], widths[i]) + u' ';
    out << line.trimmed() << Qt::endl;
    for (const NodeState &n : state.nodes()) {
        const QStringList cells {
            n.name,
            nodeTypeKey(n.type),
            n.institution,
            n.height.isSet() ? QString::number(n.height.value()) : u"-"_s,
            tip && isFresh(n.height) ? QString::number(*tip - qMin(*tip, n.height.value())) : u"?"_s,
            isFresh(n.peers) ? (n.peerLimit.isSet() ? u"%1/%2"_s.arg(n.peers.value()).arg(n.peerLimit.value())
                                                    : QString::number(n.peers.value()))
                             : u"?"_s,
            isFresh(n.up) ? (n.up.value() ? StatusCommandText::tr("yes") : StatusCommandText::tr("no")) : u"?"_s,
            figureSourceKey(n.height.source()),
            dataAgeMs(n) < 0             ? u"-"_s
                : dataAgeMs(n) > staleMs ? StatusCommandText::tr("%1 s, stale").arg(dataAgeMs(n) / 1000)
                                         : StatusCommandText::tr("%1 s").arg(dataAgeMs(n) / 1000.0, 0, 'f', 1),
        };
        line.clear();
        for (int i = 0; i < cells.size(); ++i)
            line += pad(cells[i], widths[i]) + u' ';
        out << line.trimmed() << Qt::endl;
    }
    out << Qt::endl << StatusCommandText::tr("Sources") << Qt::endl;
    const auto health = state.health();
    for (auto it = health.constBegin(); it != health.constEnd(); ++it) {
        const SourceHealth &h = it.value();
        QString text = u"  "_s + pad(h.source, 28) + u' ' + pad(h.stateText(), 9);
        if (!h.lastError.isEmpty())
            text += u' ' + h.lastError;
        if (!h.detail.isEmpty())
            text += u" ("_s + h.detail + u')';
        out << text << Qt::endl;
    }
    if (!verdict.problems.isEmpty()) {
        out << Qt::endl;
        for (const QString &p : verdict.problems)
            out << u"! "_s << p << Qt::endl;
    }
    const QString word = verdict.code == StatusOk ? StatusCommandText::tr("OK")
        : verdict.code == StatusWarning           ? StatusCommandText::tr("WARNING")
                                                  : StatusCommandText::tr("CRITICAL");
    out << Qt::endl << StatusCommandText::tr("Status: %1").arg(word) << Qt::endl;
    return verdict.code;
}

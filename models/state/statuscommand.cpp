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

bool nodeUp(const NodeState &n)
{
    return n.up.isSet() && n.up.value();
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
    const auto tip = state.tip();
    const int threshold = lagThreshold(network);

    int validators = 0;
    int validatorsUp = 0;
    int answered = 0;
    for (const NodeState &n : state.nodes()) {
        if (n.up.isSet())
            ++answered;
        if (n.type == NodeType::Validator) {
            ++validators;
            if (nodeUp(n))
                ++validatorsUp;
        }
        if (!nodeUp(n)) {
            warning.append(StatusCommandText::tr("node %1 is down").arg(n.name));
        } else if (tip && n.height.isSet() && *tip > n.height.value()
            && *tip - n.height.value() > static_cast<quint64>(threshold)) {
            warning.append(
                StatusCommandText::tr("node %1 is %2 blocks behind the tip").arg(n.name).arg(*tip - n.height.value()));
        }
    }
    if (!state.nodes().isEmpty() && answered == 0)
        critical.append(StatusCommandText::tr("no node answered"));
    if (validators > 0 && validatorsUp < chain::bftQuorum(validators))
        critical.append(StatusCommandText::tr("only %1 of %2 validators up; quorum is %3")
                            .arg(validatorsUp)
                            .arg(validators)
                            .arg(chain::bftQuorum(validators)));
    const double period = network.blockPeriodSeconds > 0 ? network.blockPeriodSeconds : 4;
    const qint64 staleMs = qMax<qint64>(60000, static_cast<qint64>(period * 10000));
    if (tipBlockAgeMs > staleMs)
        critical.append(
            StatusCommandText::tr("no new block for %1 s (block period %2 s)").arg(tipBlockAgeMs / 1000).arg(period));

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

    // The age of the newest block tells whether the chain still advances.
    qint64 tipAgeMs = -1;
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
            loop.exec();
            if (const BlockRecord *b = state.block(bestHeight)) {
                tipAgeMs = Clock::system()->nowMs() - static_cast<qint64>(b->header.timestamp) * 1000;
            }
        }
    }
    if (timedOut)
        err << StatusCommandText::tr("status: not every source answered within %1 ms").arg(timeoutMs) << Qt::endl;

    const StatusVerdict verdict = judgeStatus(state, tipAgeMs);
    const auto tip = state.tip();
    const QDateTime now = Clock::system()->now();

    if (json) {
        nlohmann::json doc;
        doc["network"] = network.name.toStdString();
        doc["tip"] = tip ? nlohmann::json(*tip) : nlohmann::json();
        doc["tipBlockAgeSeconds"] = tipAgeMs >= 0 ? nlohmann::json(tipAgeMs / 1000.0) : nlohmann::json();
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
            j["lag"] = tip && n.height.isSet() ? nlohmann::json(*tip - qMin(*tip, n.height.value())) : nlohmann::json();
            j["peers"] = n.peers.isSet() ? nlohmann::json(n.peers.value()) : nlohmann::json();
            j["peerLimit"] = n.peerLimit.isSet() ? nlohmann::json(n.peerLimit.value()) : nlohmann::json();
            j["up"] = n.up.isSet() ? nlohmann::json(n.up.value()) : nlohmann::json();
            j["syncing"] = n.syncing.isSet() ? nlohmann::json(n.syncing.value()) : nlohmann::json();
            j["source"] = figureSourceKey(n.height.source()).toStdString();
            j["heightAgeSeconds"] = n.height.isSet() ? nlohmann::json(n.height.ageMs(now) / 1000.0) : nlohmann::json();
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

    out << StatusCommandText::tr("Network %1 — tip %2")
               .arg(network.displayName.isEmpty() ? network.name : network.displayName,
                   tip ? QString::number(*tip) : u"?"_s)
        << Qt::endl
        << Qt::endl;
    const QList<int> widths {18, 14, 12, 11, 6, 7, 5, 10};
    const QStringList header {StatusCommandText::tr("node"), StatusCommandText::tr("type"),
        StatusCommandText::tr("institution"), StatusCommandText::tr("height"), StatusCommandText::tr("lag"),
        StatusCommandText::tr("peers"), StatusCommandText::tr("up"), StatusCommandText::tr("source")};
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
            tip && n.height.isSet() ? QString::number(*tip - qMin(*tip, n.height.value())) : u"-"_s,
            n.peers.isSet() ? (n.peerLimit.isSet() ? u"%1/%2"_s.arg(n.peers.value()).arg(n.peerLimit.value())
                                                   : QString::number(n.peers.value()))
                            : u"-"_s,
            n.up.isSet() ? (n.up.value() ? StatusCommandText::tr("yes") : StatusCommandText::tr("no")) : u"?"_s,
            figureSourceKey(n.height.source()),
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

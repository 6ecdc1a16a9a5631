#include "statuscommand.h"

#include "analysis/validatoranalysis.h"
#include "analysis/validatorvotes.h"
#include "chain/hex.h"
#include "core/clock.h"
#include "core/format.h"
#include "monitor/monitor.h"
#include "sources/federationprobe.h"
#include "sources/jsonrpcclient.h"
#include "state/collector.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
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

nlohmann::json jsonStrings(const QStringList &list)
{
    nlohmann::json a = nlohmann::json::array();
    for (const QString &s : list)
        a.push_back(s.toStdString());
    return a;
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}

} // namespace

StatusExitCode exitCodeOf(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return StatusOk;
    case HealthLevel::Warning:
        return StatusWarning;
    case HealthLevel::Critical:
        return StatusCritical;
    case HealthLevel::Unknown:
        break;
    }
    return StatusUnknown;
}

StatusVerdict judgeStatus(const NetworkVerdict &verdict)
{
    StatusVerdict v;
    v.code = exitCodeOf(verdict.level);
    for (const Finding &f : verdict.findings)
        v.problems.append(f.text);
    return v;
}

StatusVerdict judgeStatus(NetworkState &state, const QDateTime &now)
{
    return judgeStatus(judgeNetwork(state, now));
}

bool collectOnce(Monitor &monitor, const NetworkConfig &network, int timeoutMs, int historyBlocks, bool withUsage)
{
    Collector &collector = *monitor.collector();
    NetworkState &state = *monitor.state();
    collector.setInitialHistoryBlocks(0);
    monitor.setNetwork(network);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    // The pass also asks each level 2 for the federation's health and the Alertmanager for its alerts, as the
    // running Monitor does on its own timers: without them the incident rules could not tell whether any
    // institution's monitoring is blind.
    int federationLeft = monitor.federationProbe() ? monitor.federationProbe()->endpointCount() : 0;
    bool alertsPending = monitor.alertmanager() != nullptr;
    bool passDone = false;
    auto quitWhenAllIn = [&] {
        if (passDone && federationLeft <= 0 && !alertsPending)
            loop.quit();
    };
    QObject::connect(&collector, &Collector::passFinished, &loop, [&] {
        passDone = true;
        quitWhenAllIn();
    });
    if (FederationProbe *probe = monitor.federationProbe()) {
        QObject::connect(probe, &FederationProbe::endpointProbed, &loop, [&] {
            --federationLeft;
            quitWhenAllIn();
        });
    }
    QObject::connect(&state, &NetworkState::alertmanagerAlertsChanged, &loop, [&] {
        alertsPending = false;
        quitWhenAllIn();
    });
    deadline.start(timeoutMs);
    collector.collectOnce();
    if (FederationProbe *probe = monitor.federationProbe())
        probe->probeNow();
    if (alertsPending)
        monitor.pollAlertmanager();
    passDone = !collector.passPending();
    if (!passDone || federationLeft > 0 || alertsPending)
        loop.exec();

    // The newest block (or the `historyBlocks` newest) over RPC, when some node answers it; without RPC the federated
    // head timestamps already in the state give the tip's age.
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
            const quint64 span = static_cast<quint64>(qMax(1, historyBlocks));
            const quint64 from = bestHeight + 1 > span ? bestHeight + 1 - span : 0;
            const int want = static_cast<int>(bestHeight - from + 1);
            QObject::connect(&state, &NetworkState::blocksAdded, &loop, [&] {
                if (state.blockCount() >= want)
                    loop.quit();
            });
            QObject::connect(best, &JsonRpcClient::blockFailed, &loop, &QEventLoop::quit);
            best->requestBlocks(from, bestHeight);
            loop.exec(); // still bounded by the deadline
        }
    }

    // The held blocks' transactions (snapshots and reports carry the usage), still bounded by the deadline.
    if (withUsage && !timedOut) {
        collector.collectUsageOnce();
        QTimer done;
        done.setInterval(50);
        QObject::connect(&done, &QTimer::timeout, &loop, [&] {
            if (collector.usageRequestsInFlight() == 0)
                loop.quit();
        });
        done.start();
        if (collector.usageRequestsInFlight() > 0)
            loop.exec();
    }

    // Analyse the held blocks (seals) before judging: the signing window rests on them.
    QTimer::singleShot(0, &loop, [&] {
        if (!monitor.analysis()->isBusy())
            loop.quit();
    });
    QObject::connect(monitor.analysis(), &BlockAnalysisCache::busyChanged, &loop, [&](bool busy) {
        if (!busy)
            loop.quit();
    });
    if (!timedOut)
        loop.exec();
    return !timedOut;
}

int runStatusCommand(const NetworkConfig &network, bool json, QTextStream &out, QTextStream &err, int timeoutMs,
    const StatusExtension &extension)
{
    // The same owner of live data as the GUI: one pass of its collector, then the same verdict.
    Monitor monitor;
    NetworkState &state = *monitor.state();
    const bool timedOut = !collectOnce(monitor, network, timeoutMs, 0);
    if (timedOut)
        err << StatusCommandText::tr("status: not every source answered within %1 ms; judging what arrived")
                   .arg(timeoutMs)
            << Qt::endl;

    const QDateTime now = state.clock()->now();
    const NetworkVerdict judged = judgeNetwork(state, now);
    const StatusVerdict verdict = judgeStatus(judged);
    const qint64 tipAgeMs = judged.tipBlock.level == HealthLevel::Unknown ? -1 : judged.tipBlock.blockAgeMs;
    const auto tip = judged.tip;
    // Freshness and data age as the verdict judged them (judgeNode), never a second rule of the CLI's own.
    const HealthThresholds thresholds = HealthThresholds::forNetwork(network);
    auto dataAgeMs = [&judged](const NodeState &n) {
        const NodeVerdict *nv = judged.node(n.name);
        return nv ? nv->dataAgeMs : qint64(-1);
    };
    auto isFresh = [&](const auto &figure) { return freshValue(figure, thresholds, now).has_value(); };
    // Judged on the same state at the same instant as the verdict.
    const StatusSection extra = extension ? extension(state, now) : StatusSection();
    const analysis::PendingVotesSummary votes
        = analysis::summarisePendingVotes(state.pendingVotes(), network, state.currentValidators());
    const QStringList voteLines = analysis::pendingVoteLines(votes, validatorDirectory(network));

    if (json) {
        nlohmann::json doc;
        doc["network"] = network.name.toStdString();
        doc["tip"] = tip ? nlohmann::json(*tip) : nlohmann::json();
        doc["tipBlockAgeSeconds"] = tipAgeMs >= 0 ? nlohmann::json(tipAgeMs / 1000.0) : nlohmann::json();
        doc["staleAfterSeconds"] = thresholds.staleAfterSeconds;
        doc["timedOut"] = timedOut;
        doc["exitCode"] = static_cast<int>(verdict.code);
        doc["status"] = healthKey(judged.level).toStdString();
        doc["tipBlock"] = {{"level", healthKey(judged.tipBlock.level).toStdString()},
            {"text", judged.tipBlock.text.toStdString()},
            {"path", figureSourceKey(judged.tipBlock.path).toStdString()},
            {"knownStallSeconds",
                judged.tipBlock.knownStallMs >= 0 ? nlohmann::json(judged.tipBlock.knownStallMs / 1000.0)
                                                  : nlohmann::json()},
            {"observationAgeSeconds",
                judged.tipBlock.observationAgeMs >= 0 ? nlohmann::json(judged.tipBlock.observationAgeMs / 1000.0)
                                                      : nlohmann::json()}};
        doc["signing"] = {{"level", healthKey(judged.signing.level).toStdString()},
            {"text", judged.signing.text.toStdString()}, {"validators", judged.signing.validators},
            {"active", judged.signing.active}, {"quorum", judged.signing.quorum}, {"margin", judged.signing.margin},
            {"windowBlocks", judged.signing.blocks}};
        doc["pendingVotes"] = nlohmann::json::array();
        for (qsizetype i = 0; i < votes.votes.size(); ++i) {
            const analysis::PendingValidatorVote &v = votes.votes[i];
            doc["pendingVotes"].push_back({{"candidate", chain::toHexStd(v.candidate)}, {"add", v.add},
                {"casting", jsonStrings(v.casting)}, {"idle", jsonStrings(v.idle)}, {"moot", v.moot}, {"contested", v.contested},
                {"needed", votes.needed}, {"validators", votes.validators}, {"text", voteLines[i].toStdString()}});
        }
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
            const NodeVerdict *nv = judged.node(n.name);
            j["health"] = nv ? healthKey(nv->level).toStdString() : std::string("unknown");
            j["lag"] = nv && nv->blocksBehind ? nlohmann::json(*nv->blocksBehind) : nlohmann::json();
            j["peers"] = isFresh(n.peers) ? nlohmann::json(n.peers.value()) : nlohmann::json();
            j["peerLimit"] = n.peerLimit.isSet() ? nlohmann::json(n.peerLimit.value()) : nlohmann::json();
            j["up"] = isFresh(n.up) ? nlohmann::json(n.up.value()) : nlohmann::json();
            j["syncing"] = isFresh(n.syncing) ? nlohmann::json(n.syncing.value()) : nlohmann::json();
            j["source"] = figureSourceKey(n.height.source()).toStdString();
            j["heightAgeSeconds"] = n.height.isSet() ? nlohmann::json(n.height.ageMs(now) / 1000.0) : nlohmann::json();
            const qint64 age = dataAgeMs(n);
            j["dataAgeSeconds"] = age >= 0 ? nlohmann::json(age / 1000.0) : nlohmann::json();
            j["stale"] = !judged.node(n.name) || judged.node(n.name)->stale;
            j["headTime"] = n.headTime.isSet()
                ? nlohmann::json(n.headTime.value().toString(Qt::ISODateWithMs).toStdString())
                : nlohmann::json();
            j["clientVersion"] = n.clientVersion.value.toStdString();
            // txpool_besuStatistics as last read, null when never or too long ago.
            const auto pool = freshValue(n.txPool, thresholds, now);
            j["txPool"] = pool ? nlohmann::json {{"local", pool->localCount}, {"remote", pool->remoteCount},
                                     {"maxSize", pool->maxSize}}
                               : nlohmann::json();
            j["disabledNamespaces"] = jsonStrings(n.disabledNamespaces);
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
        if (!extra.jsonKey.isEmpty())
            doc[extra.jsonKey.toStdString()]
                = nlohmann::json::parse(QJsonDocument(extra.json).toJson(QJsonDocument::Compact).toStdString());
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
            judged.node(n.name) && judged.node(n.name)->blocksBehind ? QString::number(*judged.node(n.name)->blocksBehind)
                                                                      : u"?"_s,
            isFresh(n.peers) ? (n.peerLimit.isSet() ? u"%1/%2"_s.arg(n.peers.value()).arg(n.peerLimit.value())
                                                    : QString::number(n.peers.value()))
                             : u"?"_s,
            isFresh(n.up) ? (n.up.value() ? StatusCommandText::tr("yes") : StatusCommandText::tr("no")) : u"?"_s,
            figureSourceKey(n.height.source()),
            dataAgeMs(n) < 0                ? u"-"_s
                : judged.node(n.name)->stale ? StatusCommandText::tr("%1 s, stale").arg(dataAgeMs(n) / 1000)
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
        if (!h.lastError.isEmpty() && !h.detail.contains(h.lastError)) // the detail often quotes the error whole
            text += u' ' + h.lastError;
        if (!h.detail.isEmpty())
            text += u" ("_s + h.detail + u')';
        out << text << Qt::endl;
    }
    if (!voteLines.isEmpty()) {
        out << Qt::endl << StatusCommandText::tr("Pending validator votes") << Qt::endl;
        for (const QString &l : voteLines)
            out << u"  "_s << l << Qt::endl;
    }
    if (!verdict.problems.isEmpty()) {
        out << Qt::endl;
        for (const QString &p : verdict.problems)
            out << u"! "_s << p << Qt::endl;
    }
    if (!extra.heading.isEmpty()) {
        out << Qt::endl << extra.heading << Qt::endl;
        for (const QString &l : extra.lines)
            out << u"  "_s << l << Qt::endl;
    }
    const QString word = verdict.code == StatusUnknown ? StatusCommandText::tr("UNKNOWN")
        : verdict.code == StatusOk                     ? StatusCommandText::tr("OK")
        : verdict.code == StatusWarning           ? StatusCommandText::tr("WARNING")
                                                  : StatusCommandText::tr("CRITICAL");
    out << Qt::endl << StatusCommandText::tr("Status: %1").arg(word) << Qt::endl;
    return verdict.code;
}

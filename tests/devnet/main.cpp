// sentinela-devnet: a Besu QBFT consortium simulated on one machine, for the demo and the integration tests.

#include "controlserver.h"
#include "devnet.h"
#include "nodeservers.h"

#include "config/inventory.h"
#include "config/inventoryloader.h"
#include "chain/hex.h"
#include "chain/keccak.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM end the event loop so the servers close cleanly.
void installSignalHandlers(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = u"%1: cannot write: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

NodeType inventoryType(DevNodeType type)
{
    switch (type) {
    case DevNodeType::Validator:
        return NodeType::Validator;
    case DevNodeType::Boot:
        return NodeType::Boot;
    case DevNodeType::Writer:
        return NodeType::Writer;
    case DevNodeType::ObserverBoot:
        return NodeType::ObserverBoot;
    }
    return NodeType::Other;
}

int runCtl(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sends one fault command to a running sentinela-devnet.\n\n"_s + Devnet::commandHelp());
    parser.addHelpOption();
    parser.addOption({u"control"_s, u"The devnet's control URL (printed at start and in --endpoints)."_s, u"URL"_s,
        u"http://127.0.0.1:8600"_s});
    parser.addPositionalArgument(u"command"_s, u"The command and its arguments."_s, u"<command> [args...]"_s);
    // "partition --institution ID": the command's own options are not ctl's.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(args);
    const QStringList command = parser.positionalArguments();
    if (command.isEmpty()) {
        QTextStream(stderr) << "sentinela-devnet ctl: missing command\n" << Devnet::commandHelp();
        return 2;
    }
    const QUrl base(parser.value(u"control"_s));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nullptr;
    if (command.first() == u"status"_s) {
        reply = nam.get(QNetworkRequest(base.resolved(QUrl(u"/status"_s))));
    } else {
        QNetworkRequest request(base.resolved(QUrl(u"/command"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain"_s);
        reply = nam.post(request, command.join(u' ').toUtf8());
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, [reply] { reply->abort(); });
    loop.exec();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        QTextStream(stderr) << "sentinela-devnet ctl: " << base.toString() << ": " << reply->errorString() << '\n';
        return 1;
    }
    const nlohmann::json doc = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!doc.is_discarded() && doc.is_object() && doc.contains("message") && doc.size() == 2)
        QTextStream(status == 200 ? stdout : stderr)
            << QString::fromStdString(doc["message"].get<std::string>()) << '\n';
    else
        QTextStream(stdout) << body << '\n';
    return status == 200 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sentinela-devnet"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SENTINELA_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 2 && arguments[1] == u"ctl"_s) {
        QStringList ctlArgs = arguments;
        ctlArgs.removeAt(1);
        return runCtl(ctlArgs);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A Hyperledger Besu QBFT consortium simulated on one machine: real QBFT headers and committed seals, "
        "per-node JSON-RPC (HTTP and WebSocket) and Prometheus /metrics with Besu's names, and faults injected "
        "through a control API.\n\n"
        "Client mode: sentinela-devnet ctl --control URL <command> [args]   (see 'sentinela-devnet ctl --help')\n\n"_s
        + Devnet::commandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption institutionsOpt(
        u"institutions"_s, u"Number of institutions (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption validatorsOpt(
        u"validators-per-institution"_s, u"Validators per institution (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption periodOpt(
        u"block-period"_s, u"Block period in seconds, fractions allowed (default 4)."_s, u"SECONDS"_s, u"4"_s);
    const QCommandLineOption timeoutOpt(u"request-timeout"_s,
        u"QBFT round-0 timeout in seconds; round r waits base*2^r (default twice the "
        "block period)."_s,
        u"SECONDS"_s, u"0"_s);
    const QCommandLineOption maxTimeoutOpt(u"max-round-timeout"_s,
        u"Cap on one round's timeout; 0 (default) leaves base*2^round uncapped, as Besu does."_s, u"SECONDS"_s,
        u"0"_s);
    const QCommandLineOption emptyPeriodOpt(u"empty-block-period"_s,
        u"QBFT emptyblockperiodseconds: with nothing to include, a block comes only this long after its parent "
        "(default 0 = off)."_s,
        u"SECONDS"_s, u"0"_s);
    const QCommandLineOption portBaseOpt(u"port-base"_s,
        u"First port: node i listens on BASE+3i (HTTP), +1 (WebSocket), +2 "
        "(metrics). 0 picks free ports (default)."_s,
        u"PORT"_s, u"0"_s);
    const QCommandLineOption endpointsOpt(
        u"endpoints"_s, u"Write the nodes' endpoints as JSON to FILE once listening."_s, u"FILE"_s);
    const QCommandLineOption configOutOpt(
        u"config-out"_s, u"Write a Sentinela YAML profile for this devnet to FILE."_s, u"FILE"_s);
    const QCommandLineOption controlPortOpt(
        u"control-port"_s, u"Port of the control API (0 = free port, default)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption scenarioOpt(u"scenario"_s,
        u"Play the faults of a scenario file (lines '+60 stop "
        "validator02' or JSON)."_s,
        u"FILE"_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"Seed of keys and randomness (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption txRateOpt(
        u"tx-rate"_s, u"Synthetic transactions per second, network-wide (default 2)."_s, u"R"_s, u"2"_s);
    const QCommandLineOption chainIdOpt(u"chain-id"_s, u"Chain id (default 1337)."_s, u"ID"_s, u"1337"_s);
    const QCommandLineOption sealAllLiveOpt(u"seal-all-live"_s,
        u"Every node's copy of a block carries the seals of every live validator, instead of the quorum each "
        "node had when it committed (Besu's behaviour, the default)."_s);
    const QCommandLineOption sealQuorumOpt(
        u"seal-quorum-only"_s, u"Accepted for compatibility: quorum seals are the default."_s);
    const QCommandLineOption historyOpt(u"history-blocks"_s,
        u"Blocks the chain already holds at start-up, back-dated one block period apart up to now (default 0)."_s,
        u"N"_s, u"0"_s);
    const QCommandLineOption sequencedOpt(u"sequenced-txpool"_s,
        u"Export the legacy pool's besu_transaction_pool_transactions instead of the "
        "layered pool's metrics."_s);
    const QCommandLineOption l2Opt(u"prometheus-l2"_s,
        u"A level-2 Prometheus for --config-out, as NAME=URL or URL (repeatable)."_s, u"NAME=URL"_s);
    const QCommandLineOption amOpt(u"alertmanager"_s, u"Alertmanager URL for --config-out."_s, u"URL"_s);
    parser.addOptions(
        {institutionsOpt, validatorsOpt, periodOpt, timeoutOpt, maxTimeoutOpt, emptyPeriodOpt, portBaseOpt,
            endpointsOpt, configOutOpt, controlPortOpt, scenarioOpt, seedOpt, txRateOpt, chainIdOpt, sealAllLiveOpt,
            sealQuorumOpt, historyOpt, sequencedOpt, l2Opt, amOpt});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    auto fail = [&](const QString &message) {
        err << "sentinela-devnet: " << message << Qt::endl;
        return 2;
    };
    DevnetOptions o;
    bool ok = true;
    auto number = [&](const QCommandLineOption &opt, double min, double max, double *value) {
        bool good = false;
        const double v = parser.value(opt).toDouble(&good);
        if (!good || v < min || v > max) {
            err << "sentinela-devnet: --" << opt.names().first() << ": expected a number in [" << min << ", " << max
                << "], got '" << parser.value(opt) << "'" << Qt::endl;
            ok = false;
            return;
        }
        *value = v;
    };
    double institutions = 5, validators = 1, portBase = 0, controlPort = 0, seed = 1, chainId = 1337, history = 0;
    number(institutionsOpt, 1, 99, &institutions);
    number(validatorsOpt, 1, 20, &validators);
    number(periodOpt, 0.05, 3600, &o.blockPeriodSeconds);
    number(timeoutOpt, 0, 3600, &o.requestTimeoutSeconds);
    number(maxTimeoutOpt, 0, 86400, &o.maxRoundTimeoutSeconds);
    number(emptyPeriodOpt, 0, 86400, &o.emptyBlockPeriodSeconds);
    number(portBaseOpt, 0, 65000, &portBase);
    number(controlPortOpt, 0, 65535, &controlPort);
    number(seedOpt, 0, 1e15, &seed);
    number(txRateOpt, 0, 10000, &o.txRate);
    number(chainIdOpt, 1, 1e15, &chainId);
    number(historyOpt, 0, 1e6, &history);
    if (!ok)
        return 2;
    o.institutions = int(institutions);
    o.validatorsPerInstitution = int(validators);
    o.portBase = int(portBase);
    o.controlPort = int(controlPort);
    o.seed = quint64(seed);
    o.chainId = quint64(chainId);
    o.sealAllLive = parser.isSet(sealAllLiveOpt);
    o.historyBlocks = int(history);
    o.sequencedTxPool = parser.isSet(sequencedOpt);
    const int nodeCount = o.institutions * (o.validatorsPerInstitution + 3);
    if (o.portBase > 0 && o.portBase + 3 * nodeCount > 65535)
        return fail(u"--port-base %1 leaves no room for %2 nodes x 3 ports"_s.arg(o.portBase).arg(nodeCount));

    QList<ScenarioStep> scenario;
    if (parser.isSet(scenarioOpt)) {
        QString error;
        if (!loadScenario(parser.value(scenarioOpt), &scenario, &error))
            return fail(error);
    }

    installSignalHandlers(&app);
    Devnet devnet(o);
    QList<NodeServers *> servers;
    // Deleted while the application object still exists, so their sockets close cleanly.
    const auto deleteServers = qScopeGuard([&servers] { qDeleteAll(servers); });
    for (const DevNode &n : devnet.topology().nodes) {
        auto *s = new NodeServers(&devnet, n.index);
        servers.append(s);
        QString error;
        if (!s->listen(o.portBase, &error))
            return fail(error);
    }
    ControlServer control(&devnet);
    if (!control.listen(quint16(o.controlPort)))
        return fail(u"cannot listen on 127.0.0.1:%1 for the control API"_s.arg(o.controlPort));
    const QString controlUrl = u"http://127.0.0.1:%1"_s.arg(control.port());

    const Topology &t = devnet.topology();
    auto url = [](const char *scheme, quint16 port, const QString &path = {}) {
        return QString::fromLatin1(scheme) + u"://127.0.0.1:"_s + QString::number(port) + path;
    };
    if (parser.isSet(endpointsOpt)) {
        nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
        for (const DevNode &n : t.nodes) {
            const NodeServers *s = servers[n.index];
            nodes.push_back({{"name", n.name.toStdString()}, {"type", devNodeTypeKey(n.type).toStdString()},
                {"institution", t.institutions[n.institution].id.toStdString()},
                {"address", n.addressHex().toStdString()}, {"enode", n.enode().toStdString()},
                {"rpcHttp", url("http", s->rpcHttpPort()).toStdString()},
                {"rpcWs", url("ws", s->rpcWsPort()).toStdString()},
                {"metrics", url("http", s->metricsPort(), u"/metrics"_s).toStdString()}});
        }
        const nlohmann::ordered_json doc = {{"chainId", o.chainId}, {"blockPeriodSeconds", o.blockPeriodSeconds},
            {"control", controlUrl.toStdString()}, {"unknownAccount", chain::toHexStd(devnet.unknownAccount())},
            {"nodes", nodes}};
        QString error;
        if (!writeFile(parser.value(endpointsOpt), QByteArray::fromStdString(doc.dump(2)) + '\n', &error))
            return fail(error);
    }
    if (parser.isSet(configOutOpt)) {
        Inventory inv;
        inv.path = parser.value(configOutOpt);
        inv.activeNetwork = u"devnet"_s;
        NetworkConfig net;
        net.name = u"devnet"_s;
        net.displayName = u"Sentinela devnet (%1 institutions)"_s.arg(o.institutions);
        net.chainId = o.chainId;
        net.consensus = Consensus::Qbft;
        net.blockPeriodSeconds = o.blockPeriodSeconds;
        net.requestTimeoutSeconds = std::max(1, int(std::ceil(o.requestTimeout())));
        net.emptyBlockPeriodSeconds = o.emptyBlockPeriodSeconds;
        net.epochLength = o.epochLength;
        // Every institution but the last lists its writer's account; the last one's is known only to the rules
        // contract (getAccount), and the unknown sender to neither.
        for (qsizetype k = 0; k < t.institutions.size(); ++k) {
            const DevInstitution &i = t.institutions[k];
            Institution inst {i.id, i.name, i.id};
            inst.permissioningId = QString::number(k + 1);
            for (const DevNode &n : t.nodes) {
                if (n.type == DevNodeType::Writer && n.institution == int(k) && k + 1 < t.institutions.size())
                    inst.accounts.append({chain::toHex(n.account), u"writer"_s});
            }
            net.institutions.append(inst);
        }
        AccountInstitutionCall call;
        call.contract = u"rules"_s;
        call.signature = u"getAccount(address)"_s;
        call.selector = chain::keccak256("getAccount(address)").left(4);
        call.outputs = {u"uint256"_s, u"address"_s, u"bytes32"_s, u"bytes32"_s, u"bool"_s};
        call.activeOutput = 4;
        net.usage.accountInstitution = call;
        for (const DevNode &n : t.nodes) {
            NodeConfig c;
            c.name = n.name;
            c.type = inventoryType(n.type);
            c.institution = t.institutions[n.institution].id;
            c.rpcHttp = QUrl(url("http", servers[n.index]->rpcHttpPort()));
            c.rpcWs = QUrl(url("ws", servers[n.index]->rpcWsPort()));
            c.prometheusNode = n.name;
            c.address = n.addressHex();
            c.enode = n.enode().mid(8, 128);
            net.nodes.append(c);
        }
        int l2 = 0;
        for (const QString &value : parser.values(l2Opt)) {
            PrometheusEndpoint p;
            const qsizetype eq = value.indexOf(u'=');
            const bool named = eq > 0 && !value.left(eq).contains(u':');
            p.name = named ? value.left(eq) : u"prometheus-l2-%1"_s.arg(++l2);
            p.url = QUrl(named ? value.mid(eq + 1) : value);
            net.prometheus.append(p);
        }
        if (parser.isSet(amOpt))
            net.alertmanager = AlertmanagerEndpoint {QUrl(parser.value(amOpt)), {}, {}};
        net.polling.nodeStatusMs = std::clamp(int(o.blockPeriodSeconds * 1000), 1000, 5000);
        net.polling.prometheusMs = 5000;
        inv.networks.append(net);
        QString error;
        if (!writeFile(parser.value(configOutOpt), InventoryLoader::toYaml(inv), &error))
            return fail(error);
    }

    devnet.start();
    playScenario(&devnet, scenario);
    out << "control " << controlUrl << Qt::endl;
    for (const DevNode &n : t.nodes) {
        out << "node " << n.name << ' ' << url("http", servers[n.index]->rpcHttpPort()) << ' '
            << url("ws", servers[n.index]->rpcWsPort()) << ' '
            << url("http", servers[n.index]->metricsPort(), u"/metrics"_s) << Qt::endl;
    }
    out << "devnet ready" << Qt::endl;
    const int rc = app.exec();
    out << "devnet stopped" << Qt::endl;
    return rc;
}

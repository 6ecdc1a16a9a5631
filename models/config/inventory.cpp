#include "inventory.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
struct NodeTypeName
{
    NodeType type;
    QLatin1StringView key;
};

constexpr NodeTypeName kNodeTypes[] = {
    {NodeType::Validator, "validator"_L1},
    {NodeType::Boot, "boot"_L1},
    {NodeType::Writer, "writer"_L1},
    {NodeType::ObserverBoot, "observer-boot"_L1},
    {NodeType::Observer, "observer"_L1},
    {NodeType::Prometheus, "prometheus"_L1},
    {NodeType::Other, "other"_L1},
};
} // namespace

QString nodeTypeKey(NodeType type)
{
    for (const auto &entry : kNodeTypes) {
        if (entry.type == type)
            return entry.key;
    }
    return u"other"_s;
}

std::optional<NodeType> nodeTypeFromKey(const QString &key)
{
    for (const auto &entry : kNodeTypes) {
        if (key.compare(entry.key, Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return std::nullopt;
}

QString nodeTypeDisplayName(NodeType type)
{
    switch (type) {
    case NodeType::Validator:
        return QCoreApplication::translate("NodeType", "Validator");
    case NodeType::Boot:
        return QCoreApplication::translate("NodeType", "Boot");
    case NodeType::Writer:
        return QCoreApplication::translate("NodeType", "Writer");
    case NodeType::ObserverBoot:
        return QCoreApplication::translate("NodeType", "Observer-boot");
    case NodeType::Observer:
        return QCoreApplication::translate("NodeType", "Observer");
    case NodeType::Prometheus:
        return QCoreApplication::translate("NodeType", "Prometheus");
    case NodeType::Other:
        break;
    }
    return QCoreApplication::translate("NodeType", "Other");
}

QString consensusKey(Consensus consensus)
{
    return consensus == Consensus::Qbft ? u"qbft"_s : u"ibft2"_s;
}

ServiceLevels ServiceLevels::rbbDefaults()
{
    ServiceLevels levels;
    levels.ola = {{8, 11.8, 11.0}, {9, 10.4, 9.8}, {10, 9.5, 8.9}};
    return levels;
}

const Institution *NetworkConfig::institution(const QString &id) const
{
    for (const auto &inst : institutions) {
        if (inst.id == id)
            return &inst;
    }
    return nullptr;
}

const NodeConfig *NetworkConfig::node(const QString &nodeName) const
{
    for (const auto &n : nodes) {
        if (n.name == nodeName)
            return &n;
    }
    return nullptr;
}

QList<NodeConfig> NetworkConfig::nodesOfType(NodeType type) const
{
    QList<NodeConfig> result;
    for (const auto &n : nodes) {
        if (n.type == type)
            result.append(n);
    }
    return result;
}

int NetworkConfig::historyBlocks() const
{
    const double period = blockPeriodSeconds > 0 ? blockPeriodSeconds : 4.0;
    return std::max(100, static_cast<int>(std::ceil(polling.historyHours * 3600.0 / period)));
}

double staleAfterSeconds(const NetworkConfig &network)
{
    if (network.health.staleAfterSeconds)
        return *network.health.staleAfterSeconds;
    const double polls = 3.0 * std::max(100, network.polling.nodeStatusMs) / 1000.0;
    if (network.prometheus.isEmpty())
        return polls;
    return std::max(polls, double(federatedSampleFreshMs(network)) / 1000.0);
}

double chainHaltLimitSeconds(const NetworkConfig &network)
{
    if (network.health.blockAgeCriticalSeconds)
        return *network.health.blockAgeCriticalSeconds;
    const double period = network.blockPeriodSeconds > 0 ? network.blockPeriodSeconds : 1;
    return std::max(period, network.emptyBlockPeriodSeconds) + std::max(1, network.requestTimeoutSeconds) + 1;
}

int federationProbeIntervalMs(const NetworkConfig &network)
{
    // Each level 2 changes only once per federation interval: probing more often learns nothing new.
    return std::max(5000, int(network.federation.federationIntervalSeconds * 1000));
}

qint64 federatedSampleFreshMs(const NetworkConfig &network)
{
    const FederationTiming &t = network.federation;
    return qint64((t.scrapeIntervalSeconds + t.federationIntervalSeconds + 5) * 1000);
}

int alertmanagerPollMs(const PollingConfig &polling)
{
    return std::max(1000, polling.prometheusMs);
}

int slowPollMs(const PollingConfig &polling)
{
    return std::max(1000, polling.signerMetricsMs);
}

KioskConfig KioskConfig::rbbDefaults()
{
    KioskConfig k;
    k.playlist = {{u"overview"_s, 40}, {u"validators"_s, 20}, {u"blocks"_s, 20}, {u"incidents"_s, 20}};
    return k;
}

QStringList KioskConfig::pageKeys()
{
    return {u"overview"_s, u"validators"_s, u"blocks"_s, u"topology"_s, u"incidents"_s, u"usage"_s};
}

bool KioskConfig::isValidChord(const QString &chord)
{
    const QStringList parts = chord.split(u'+');
    if (parts.size() < 2)
        return false;
    static const QStringList modifiers {u"ctrl"_s, u"alt"_s, u"shift"_s, u"meta"_s};
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (!modifiers.contains(parts[i].trimmed().toLower()))
            return false;
    }
    const QString key = parts.constLast().trimmed();
    return !key.isEmpty() && !modifiers.contains(key.toLower());
}

double kioskStaleAfterSeconds(const KioskConfig &kiosk, const NetworkConfig &network)
{
    return kiosk.staleAfterSeconds ? *kiosk.staleAfterSeconds : staleAfterSeconds(network);
}

const NetworkConfig *Inventory::network(const QString &networkName) const
{
    for (const auto &n : networks) {
        if (n.name == networkName)
            return &n;
    }
    return nullptr;
}

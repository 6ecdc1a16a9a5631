#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <QUrl>

#include <optional>

// The inventory: what Sentinela knows about the networks it watches, as written by the operator in the
// YAML profile (see resources/profiles/rbb.yaml for a commented example).

enum class NodeType { Validator, Boot, Writer, ObserverBoot, Observer, Prometheus, Other };
enum class Consensus { Qbft, Ibft2 };

QString nodeTypeKey(NodeType type); // "validator", "observer-boot", ...
std::optional<NodeType> nodeTypeFromKey(const QString &key);
QString nodeTypeDisplayName(NodeType type); // translated
QString consensusKey(Consensus consensus);

struct ServiceHours
{
    QList<int> weekdays {1, 2, 3, 4, 5}; // Qt::DayOfWeek values, Monday = 1
    QTime start {9, 0};
    QTime end {18, 0};
    QString timeZone {QStringLiteral("America/Sao_Paulo")};
    QList<QDate> holidays;
};

// Operational level per validator: share of blocks proposed, judged against yellow/red thresholds in percent.
struct OlaThreshold
{
    int validators = 0;
    double yellowPercent = 0;
    double redPercent = 0;
};

struct ServiceLevels
{
    double fastIntervalSeconds = 10;
    double fastIntervalShare = 0.99;
    double slowIntervalSeconds = 30;
    double slowIntervalShare = 0.999;
    double producedBlocksShare = 0.995;
    int inactivityWindowBlocks = 2000; // validators proposing nothing over it are voted out
    QList<OlaThreshold> ola;

    static ServiceLevels rbbDefaults();
};

struct Institution
{
    QString id; // short id, also the `organization` label value unless prometheusOrganization says otherwise
    QString name;
    QString prometheusOrganization;
};

struct NodeConfig
{
    QString name;
    NodeType type = NodeType::Other;
    QString institution; // Institution::id
    QUrl rpcHttp;
    QUrl rpcWs;
    // How the node is identified in Prometheus: the `node` label (RBB), or `instance` when that is all there is.
    QString prometheusNode;
    QString prometheusInstance;
    QString address; // validator address, 0x-prefixed lowercase, when known
    QString enode; // 128 hex chars public key, when known
};

// A secret is never written in the profile: only a reference to the system keychain (QtKeychain),
// or, with an explicit opt-in, an environment variable or plain-text file.
struct SecretRef
{
    enum class Store { None, Keychain, Environment, File };
    Store store = Store::None;
    QString key;
    bool isSet() const { return store != Store::None; }
};

struct EndpointAuth
{
    enum class Kind { None, Basic, Bearer };
    Kind kind = Kind::None;
    QString username;
    SecretRef secret;
};

struct TlsConfig
{
    QString caFile;
    QString certFile;
    QString keyFile;
    bool isSet() const { return !caFile.isEmpty() || !certFile.isEmpty() || !keyFile.isEmpty(); }
};

struct PrometheusEndpoint
{
    QString name; // usually the institution that runs it, e.g. "bndes-l2"
    QUrl url;
    TlsConfig tls;
    EndpointAuth auth;
};

struct AlertmanagerEndpoint
{
    QUrl url;
    TlsConfig tls;
    EndpointAuth auth;
};

struct PollingConfig
{
    int nodeStatusMs = 5000;
    int prometheusMs = 15000;
    int signerMetricsMs = 60000;
    int connectTimeoutMs = 5000;
    int totalTimeoutMs = 15000;
    int maxInFlightPerHost = 4;
    qint64 maxReplyBytes = 32 * 1024 * 1024;
    int maxJsonDepth = 64;
    int historyHours = 24;
};

// Overrides of the health thresholds (analysis/health derives each from the block period, the request timeout, the
// polling and federation intervals when the profile leaves it out). Section `health:` of a network.
struct HealthThresholds
{
    std::optional<int> signingWindowBlocks; // default max(20, 2 N)
    std::optional<double> blockAgeWarningSeconds; // default: one round change (period + request timeout) + 1 s
    std::optional<double> blockAgeCriticalSeconds; // default: the chain-halt limit (period + request timeout + 1 s)
    std::optional<int> lagWarningBlocks;
    std::optional<int> lagCriticalBlocks;
    std::optional<double> staleAfterSeconds; // a figure older than this is unknown
};

// How the level-1 Prometheus scrape and the level-2 federation are timed (section `prometheus:`); a figure read
// through level 2 is routinely as old as one scrape plus one federation interval.
struct FederationTiming
{
    double scrapeIntervalSeconds = 5;
    double federationIntervalSeconds = 15;
};

struct NetworkConfig
{
    QString name;
    QString displayName;
    quint64 chainId = 0;
    Consensus consensus = Consensus::Qbft;
    std::optional<quint64> qbftStartBlock; // a chain migrated from IBFT 2.0
    double blockPeriodSeconds = 4;
    int requestTimeoutSeconds = 8;
    // QBFT `emptyblockperiodseconds`: with an empty transaction pool a block comes only this often; 0 = not set.
    double emptyBlockPeriodSeconds = 0;
    quint64 epochLength = 30000;
    ServiceHours serviceHours;
    ServiceLevels serviceLevels = ServiceLevels::rbbDefaults();
    QList<Institution> institutions;
    QList<NodeConfig> nodes;
    QList<PrometheusEndpoint> prometheus; // level-2 endpoints in order of preference
    QString prometheusJob {QStringLiteral("rbb")};
    FederationTiming federation;
    HealthThresholds health;
    std::optional<AlertmanagerEndpoint> alertmanager;
    PollingConfig polling;

    const Institution *institution(const QString &id) const;
    const NodeConfig *node(const QString &name) const;
    QList<NodeConfig> nodesOfType(NodeType type) const;
    // Blocks kept in memory: the history window at the network's block period.
    int historyBlocks() const;
};

// Seconds after which a figure read from this network counts as unknown: the profile's health.staleAfterSeconds, or
// one level-1 scrape plus one level-2 federation interval (how old federated data routinely is) plus 5 s of margin
// for scrape and query latency; 25 s at RBB (5 + 15 + 5).
double staleAfterSeconds(const NetworkConfig &network);

struct Inventory
{
    QString path;
    QString activeNetwork;
    bool allowPlaintextSecrets = false;
    bool allowCredentialsOverHttp = false; // credentials on plain http:// endpoints (refused otherwise)
    QList<NetworkConfig> networks;

    const NetworkConfig *network(const QString &name) const;
    const NetworkConfig *active() const { return network(activeNetwork); }
};

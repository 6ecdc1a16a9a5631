#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
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

// An account an institution answers for (it sends transactions from it), from the profile or its accounts file.
struct InstitutionAccount
{
    QString address; // 0x-prefixed lowercase, 40 hex digits
    QString label; // optional, e.g. "settlement service"
};

struct Institution
{
    QString id; // short id, also the `organization` label value unless prometheusOrganization says otherwise
    QString name;
    QString prometheusOrganization;
    // Accounts the institution permissioned (Operations Manual: it answers for each), listed in `accounts:` and/or read
    // from `accountsFile:` (CSV or JSON, relative to the profile's folder).
    QList<InstitutionAccount> accounts {};
    QString accountsFile {}; // as written
    // What the network's account-permissioning contract answers for this institution's accounts (UsageConfig's call),
    // e.g. RBB's numeric orgId "3"; empty: the institution's id is matched instead.
    QString permissioningId {};
};

// How the network's account-permissioning contract is asked which institution an account belongs to (section
// `usage.accountInstitution`): one eth_call of a view method taking the account's address, whose static ABI outputs
// are decoded and one of them matched to Institution::permissioningId. RBB's gen02 AccountRulesV2 fits as
// {contract: rules, signature: "getAccount(address)", outputs: [uint256, address, bytes32, bytes32, bool],
// institutionOutput: 0, activeOutput: 4}. A reverting call means the contract does not know the account.
struct AccountInstitutionCall
{
    QString contract; // 0x address, or "rules": the rules contract the account Ingress (0x...8888) names
    QString signature; // e.g. "getAccount(address)"
    QByteArray selector; // 4 bytes; keccak256(signature)[0..4] unless the profile gives it
    QStringList outputs; // static ABI types: uint<N>, int<N>, address, bool, bytes<N>
    int institutionOutput = 0;
    int activeOutput = -1; // a bool output that must be true for the account to count as known; -1: none
};

// Section `usage:` of a network: transaction usage per institution (issue 15).
struct UsageConfig
{
    std::optional<AccountInstitutionCall> accountInstitution;
    int bucketSeconds = 10; // aggregation step of the usage history (memory stays bounded by historyHours)
    int recheckMinutes = 30; // how long a contract's answer about an account is trusted
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
struct HealthOverrides
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

// One incident rule's switches (section `incidents.rules.<rule id>`): hysteresis in seconds (raise after the condition
// held this long, clear after it has been absent this long); unset means the rule's own default.
struct RuleSettings
{
    bool enabled = true;
    std::optional<double> raiseAfterSeconds;
    std::optional<double> clearAfterSeconds;
};

// Thresholds of the incident rules that the health thresholds do not already give (section `incidents:`); the chain
// halt and staleness limits come from HealthThresholds, never from here. RBB's defaults.
struct IncidentRulesConfig
{
    QMap<QString, RuleSettings> rules; // by rule id ("chain-halted", "validator-down", ...)
    int lagBlocks = 10; // a node further behind the tip than this...
    double lagSeconds = 30; // ...for this long is lagging
    int minObserverBoots = 2; // reachable observer-boots wanted, in at least two institutions
    // An account no institution answers for raises "unknown-sender" once it sent this many transactions...
    int unknownSenderTransactions = 1;
    double unknownSenderWindowSeconds = 3600; // ...within this window
};

// Where incidents are announced (section `incidents.notifications`). Every channel is optional; none blocks the UI.
struct NotificationConfig
{
    bool tray = true;
    bool alertmanager = false; // post incidents to the network's Alertmanager (v2 API)
    bool silenceOnAcknowledge = false; // acknowledging creates an Alertmanager silence...
    double silenceHours = 4; // ...this long
    SecretRef discordWebhook; // the webhook URL is a credential: only a reference to it is written
    QUrl webhookUrl; // a generic JSON webhook
    EndpointAuth webhookAuth;
    QString linkBase; // prefix of the link back to an incident in messages, e.g. "https://noc.example/incidents/"
    int minIntervalSeconds = 30; // per channel and incident: updates closer than this are merged
    int maxRetries = 5;
};

struct IncidentsConfig
{
    QString database; // SQLite file; empty: the application data folder, one file per network
    QString institution; // the institution this NOC belongs to (acknowledgements, snapshots' producer)
    double answerServiceHours = 2; // critical incidents: every incident manager answers within...
    double actionServiceHours = 16; // ...and synchronous actions are done within (Operations Manual)
    IncidentRulesConfig rules;
    NotificationConfig notifications;
};

// The Operations Manual's checklists (section `checklists:`): Markdown files in a folder the institution keeps in Git.
struct ChecklistsConfig
{
    QString folder; // relative paths are relative to the profile's folder; empty: the shipped templates, read-only
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
    HealthOverrides health;
    std::optional<AlertmanagerEndpoint> alertmanager;
    PollingConfig polling;
    IncidentsConfig incidents;
    ChecklistsConfig checklists;
    UsageConfig usage;

    const Institution *institution(const QString &id) const;
    const NodeConfig *node(const QString &name) const;
    QList<NodeConfig> nodesOfType(NodeType type) const;
    // Blocks kept in memory: the history window at the network's block period.
    int historyBlocks() const;
};

// A figure older than this is unknown: the profile's health.staleAfterSeconds, or by default three node-status polls
// and, with a level-2 Prometheus, one level-1 scrape plus one federation interval plus 5 s (25 s at RBB).
double staleAfterSeconds(const NetworkConfig &network);
// The chain-halt limit: no new block for this long is critical. The profile's health.blockAgeCriticalSeconds, or the
// slower of the block period and emptyblockperiodseconds plus the request timeout plus 1 s (13 s at RBB), so one
// round change (period + timeout) never reaches it.
double chainHaltLimitSeconds(const NetworkConfig &network);
// How often the federation probe asks every level 2 for every institution's freshest sample. A probed figure ages by
// up to this much before the next probe, so judging it allows staleAfterSeconds plus this.
int federationProbeIntervalMs(const NetworkConfig &network);
// How old an institution's newest sample gets at a level 2 while all is well: one level-1 scrape, one federation
// interval and 5 s for the queries (the default staleness limit). Federation answers whose samples stay this fresh
// say the same probe after probe (FederationProbe::sameAnswers).
qint64 federatedSampleFreshMs(const NetworkConfig &network);
// How often the Monitor asks the network's Alertmanager for its alerts (one Prometheus poll).
int alertmanagerPollMs(const PollingConfig &polling);
// How often each node is asked its slow facts (signer metrics, allow-lists, node info): signerMetricsMs, >= 1 s.
int slowPollMs(const PollingConfig &polling);

// One page of the wall's rotation: a page key (KioskConfig::pageKeys) and how long it stays on screen.
struct KioskPage
{
    QString page;
    int dwellSeconds = 20;
};

// The NOC wall (section `kiosk:` at the top of the profile): the rotation, the key chord that leaves the kiosk (the
// only way out besides a signal) and the age past which the whole wall is flagged stale.
struct KioskConfig
{
    QList<KioskPage> playlist;
    QString exitChord {QStringLiteral("Ctrl+Alt+Shift+Q")};
    std::optional<double> staleAfterSeconds; // default: staleAfterSeconds(network), three node-status polls or more

    // RBB's wall: the overview long, then validators, blocks and incidents.
    static KioskConfig rbbDefaults();
    static QStringList pageKeys(); // "overview", "validators", "blocks", "topology", "incidents", "usage"
    // A chord is modifiers (Ctrl, Alt, Shift, Meta; at least one) and one key, joined by '+'.
    static bool isValidChord(const QString &chord);
};

// The age of the freshest figure past which the kiosk shows its stale banner.
double kioskStaleAfterSeconds(const KioskConfig &kiosk, const NetworkConfig &network);

// A public key another institution signs its snapshots with (section `snapshots.trustedKeys`): an Ed25519 key in PEM,
// written inline or as a file path (relative to the profile's folder).
struct TrustedSnapshotKey
{
    QString institution;
    QString publicKey; // as written: inline PEM or a path
    QByteArray publicKeyPem; // the PEM text itself (read from the file when a path was given)
};

struct SnapshotsConfig
{
    QList<TrustedSnapshotKey> trustedKeys;
};

struct Inventory
{
    QString path;
    QString activeNetwork;
    bool allowPlaintextSecrets = false;
    bool allowCredentialsOverHttp = false; // credentials on plain http:// endpoints (refused otherwise)
    QList<NetworkConfig> networks;
    KioskConfig kiosk = KioskConfig::rbbDefaults();
    SnapshotsConfig snapshots;

    const NetworkConfig *network(const QString &name) const;
    const NetworkConfig *active() const { return network(activeNetwork); }
};

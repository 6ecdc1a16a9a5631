#pragma once

#include "config/inventory.h"
#include "incidents/incident.h"
#include "sources/federationprobe.h"
#include "sources/sourcehealth.h"
#include "state/statedata.h"
#include "usage/accountdirectory.h"
#include "usage/usageledger.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <map>
#include <optional>

// An incident snapshot: the Monitor's state over a window, the profile it watched with (secrets stripped) and the
// incidents, serialised for review without the network. The file is a small JSON header (magic, versions, network,
// producer, window, SHA-256 digest of the stored content, optional Ed25519 signature) and the content: JSON,
// compressed with zstd.

namespace snapshot {

inline constexpr char Magic[] = "SNTLSNAP"; // the first 8 bytes of every file
// The container (magic, header, payload). 2: the content is the JSON followed by the binary block table
// (blocktable.h); 1: JSON only, blocks in it. Both are read.
inline constexpr int FormatVersion = 2;
inline constexpr int SchemaVersion = 1; // the content JSON; older versions stay readable
inline constexpr char FileSuffix[] = "sentinela"; // the MIME type application/x-sentinela-snapshot (installer/)

} // namespace snapshot

struct SnapshotHeader
{
    int formatVersion = snapshot::FormatVersion;
    int schemaVersion = snapshot::SchemaVersion;
    QString appVersion;
    QString network; // the network's name in the profile
    QString networkDisplayName;
    QString producer; // the institution that made it (the profile's incidents.institution)
    QDateTime createdAt;
    QDateTime windowFrom;
    QDateTime windowTo;
    QString incidentUid; // the incident it was made for; empty: the state at createdAt
    qint64 contentBytes = 0; // the content (JSON, then the block table), uncompressed
    qint64 tableBytes = 0; // the block table at the end of the content (format 2); 0: blocks in the JSON
    qint64 payloadBytes = 0; // the stored (compressed) content
    QByteArray digest; // SHA-256 of the stored content, 32 bytes
    QByteArray signerPublicKeyPem; // empty: unsigned
    QByteArray signature; // Ed25519 over the header without its signature
};

// The decoded committed seals of one block as the Monitor's analysis held them when the snapshot was made.
struct SnapshotSeal
{
    QByteArray proposer;
    quint32 round = 0;
    QList<QByteArray> signers;
    QList<QByteArray> missing;
    int quorum = 0;
    bool quorumMet = false;
    int nonMemberSigners = 0; // seals by addresses outside the block's set
    int invalidSeals = 0; // seals from which no signer could be recovered
    QString error;
};

struct SnapshotData
{
    SnapshotHeader header;
    QByteArray profileYaml; // the network's profile, secrets stripped
    NetworkConfig network; // profileYaml as read back
    QList<NodeState> nodes;
    QHash<QString, QList<NodeSample>> samples; // by node
    // By node: the level-2 readings over the window (optional key "prometheusSamples" of a node, added within schema 1;
    // absent from older files: the captured level-2 figures are then shown from their own time on).
    QHash<QString, QList<PrometheusSample>> prometheusSamples;
    QList<BlockRecord> blocks; // ascending
    std::map<quint64, SnapshotSeal> seals; // by block number
    QMap<quint64, QStringList> validators; // the validator history
    QList<FederationProbeReply> federation;
    // Added within schema 1 as optional keys (each node's "peerHistory", "federationHistory", "healthHistory",
    // "pendingVotesHistory", "alertmanagerHistory", "signerMetricsHistory"): what NetworkState recorded when it changed
    // over the window. Absent from older files: no history, and the time cursor shows the captured facts from their
    // own time on (health and votes from the capture).
    ChangeHistories changes;
    PromRangeHistory intervalHistory;
    QMap<QString, SourceHealth> health;
    // Added within schema 1 as optional keys (older files have none, older readers ignore them): the network's
    // Alertmanager alerts as last polled and each node's pending validator votes (qbft_getPendingVotes).
    AlertmanagerAlerts alerts;
    QMap<QString, besu::PendingVotes> pendingVotes; // node -> address -> add (true) or remove
    SignerMetricsRecord signerMetrics; // the latest qbft_getSignerMetrics reply (optional key "signerMetrics")
    QList<Incident> incidents;
    QList<ChecklistRun> runs;
    // Transaction usage (issue 15), the optional "usage" member: absent in files written before it.
    struct Usage
    {
        UsageLedger ledger;
        QHash<QString, AccountDirectory::ContractAnswer> contractAnswers;
    };
    std::optional<Usage> usage;
};

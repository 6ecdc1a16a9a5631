#pragma once

#include "chain/blockheader.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

// Typed shapes of the Besu JSON-RPC results Sentinela reads, and their strict parsers. Every parser takes the
// `result` member of a reply and returns nullopt with a message in *error when the shape is wrong; none throws.
// Addresses are returned 0x-prefixed lowercase.
namespace besu {

struct SyncStatus
{
    bool syncing = false; // eth_syncing returned an object (false means "at the chain head")
    quint64 startingBlock = 0;
    quint64 currentBlock = 0;
    quint64 highestBlock = 0;
    std::optional<quint64> pulledStates;
    std::optional<quint64> knownStates;

    friend bool operator==(const SyncStatus &, const SyncStatus &) = default;
};

struct PeerInfo
{
    QString id; // 0x + 128 hex (the public key)
    QString enode;
    QString name; // client version string of the peer
    QStringList caps; // "eth/68", "istanbul/100", "IBF/1"
    QString localAddress;
    QString remoteAddress;
    std::optional<bool> inbound; // absent in old Besu releases
    QString headHash; // protocols.eth.head

    friend bool operator==(const PeerInfo &, const PeerInfo &) = default;
};

struct NodeInfo
{
    QString enode;
    QString id;
    QString name; // client version
    QString ip;
    QString listenAddr;
    int discoveryPort = 0;
    int listenerPort = 0;
    std::optional<quint64> chainId; // protocols.eth.config.chainId
    std::optional<quint64> networkId; // protocols.eth.network
    QString genesisHash;
    QString headHash;
    QString activeFork;

    friend bool operator==(const NodeInfo &, const NodeInfo &) = default;
};

struct SignerMetric
{
    QString address;
    quint64 proposedBlockCount = 0;
    quint64 lastProposedBlockNumber = 0;

    friend bool operator==(const SignerMetric &, const SignerMetric &) = default;
};

struct TxPoolStatistics
{
    qint64 maxSize = 0;
    qint64 localCount = 0;
    qint64 remoteCount = 0;

    friend bool operator==(const TxPoolStatistics &, const TxPoolStatistics &) = default;
};

// Pending validator votes of this node: address -> true (add) / false (drop).
using PendingVotes = QMap<QString, bool>;

std::optional<quint64> parseQuantity(const nlohmann::json &result, QString *error = nullptr); // "0x1a"
std::optional<QString> parseString(const nlohmann::json &result, QString *error = nullptr); // web3_clientVersion
std::optional<QByteArray> parseData(const nlohmann::json &result, QString *error = nullptr); // eth_call
std::optional<bool> parseBool(const nlohmann::json &result, QString *error = nullptr); // net_listening
std::optional<QString> parseEnode(const nlohmann::json &result, QString *error = nullptr); // net_enode
std::optional<SyncStatus> parseSyncing(const nlohmann::json &result, QString *error = nullptr);
std::optional<QList<PeerInfo>> parsePeers(const nlohmann::json &result, QString *error = nullptr);
std::optional<NodeInfo> parseNodeInfo(const nlohmann::json &result, QString *error = nullptr);
// qbft_/ibft_getValidatorsByBlockNumber and perm_getAccountsAllowlist: a list of addresses.
std::optional<QStringList> parseAddressList(const nlohmann::json &result, QString *error = nullptr);
// perm_getNodesAllowlist: a list of enode URLs.
std::optional<QStringList> parseEnodeList(const nlohmann::json &result, QString *error = nullptr);
std::optional<QList<SignerMetric>> parseSignerMetrics(const nlohmann::json &result, QString *error = nullptr);
std::optional<PendingVotes> parsePendingVotes(const nlohmann::json &result, QString *error = nullptr);
std::optional<TxPoolStatistics> parseTxPoolStatistics(const nlohmann::json &result, QString *error = nullptr);
// eth_getBlockByNumber / newHeads; a null result (unknown block) is an error here.
std::optional<chain::BlockHeader> parseBlock(const nlohmann::json &result, QString *error = nullptr);

// "enode://<128 hex>@host:port?discport=N" -> the 128 hex chars in lowercase; empty when not an enode URL.
QString enodePublicKey(const QString &enode);

} // namespace besu

Q_DECLARE_METATYPE(besu::SyncStatus)
Q_DECLARE_METATYPE(besu::PeerInfo)
Q_DECLARE_METATYPE(besu::NodeInfo)
Q_DECLARE_METATYPE(besu::SignerMetric)
Q_DECLARE_METATYPE(besu::TxPoolStatistics)

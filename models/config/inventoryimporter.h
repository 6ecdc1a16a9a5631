#pragma once

#include "configmessage.h"
#include "inventory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

// What an importer found, for the operator to review before it is merged into the profile: only the fields the
// source file actually states are set, `found` lists them in words.
struct ImportResult
{
    NetworkConfig network;
    QStringList found;
    QStringList statedFields; // network-level keys the source states: chainId, consensus, blockPeriodSeconds...
    ConfigMessages messages; // errors mean nothing was imported
    bool ok() const { return !hasErrors(messages); }
};

class InventoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(InventoryImporter)

public:
    enum class Kind { Genesis, StaticNodes, RbbNodes, PrometheusConfig };

    // Besu genesis.json: chainId, consensus (qbft / ibft2, with the QBFT start block of a migrated chain), block
    // period, request timeout, epoch, and the validators of the genesis extraData.
    static ImportResult fromGenesis(const QByteArray &json, const QString &file);
    // static-nodes.json or any list of enode URLs (one per line also accepted).
    static ImportResult fromStaticNodes(const QByteArray &data, const QString &file);
    // RBB's participants file: per organisation, nodes with name, nodeType, pubKey, hostNames, ipAddresses, port...
    static ImportResult fromRbbNodes(const QByteArray &json, const QString &file);
    // A Prometheus configuration whose static_configs carry `node` and `organization` labels.
    static ImportResult fromPrometheusConfig(const QByteArray &yaml, const QString &file);

    static ImportResult importFile(Kind kind, const QString &path);
    // Guesses the kind from the content; empty when it cannot tell.
    static std::optional<Kind> detect(const QByteArray &data);

    // Merges an import into a network: nodes match by name, enode or address; new institutions and nodes are added,
    // network facts overwrite only when the import states them. Returns a line per change for the review.
    static QStringList merge(NetworkConfig &into, const ImportResult &import);
};

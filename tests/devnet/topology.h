#pragma once

#include "devnetoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

enum class DevNodeType { Validator, Boot, Writer, ObserverBoot };

QString devNodeTypeKey(DevNodeType type); // "validator", "boot", "writer", "observer-boot"

struct DevInstitution
{
    QString id; // short id: "bndes", "rnp", ... or "inst06"
    QString name;
};

// The fixed identity of one simulated Besu node: key, address, enode id and P2P port.
struct DevNode
{
    int index = 0;
    QString name; // validator01, boot01, writer01, observer-boot01
    DevNodeType type = DevNodeType::Validator;
    int institution = 0; // index into Topology::institutions
    QByteArray privateKey; // 32 bytes, deterministic from the seed and the name
    QByteArray publicKey; // 64 bytes: the enode id
    QByteArray address; // 20 bytes
    QByteArray account; // 20 bytes: the account a writer sends transactions from
    int p2pPort = 0; // advertised only; nothing listens on it

    QString enode() const;
    QString addressHex() const;
};

// Who is statically linked to whom (admin_peers), before faults are applied.
struct Topology
{
    QList<DevInstitution> institutions;
    QList<DevNode> nodes;
    QList<QList<int>> links; // per node, sorted indexes of its static peers

    static Topology build(const DevnetOptions &options);
    int nodeIndex(const QString &name) const; // -1 when unknown
    int institutionIndex(const QString &id) const;
    int nodeByAddress(const QByteArray &address) const;
};

// A deterministic secp256k1 private key for `label` under `seed` (keccak256 of both, retried until valid).
QByteArray deterministicKey(quint64 seed, const QString &label);

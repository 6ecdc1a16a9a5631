#pragma once

#include "snapshotdata.h"
#include "snapshotreader.h"

#include "config/inventory.h"

#include <QStringList>

#include <optional>

class QTextStream;

// `sentinela-cli snapshot`: one collection pass over the network (like `status`, plus the blocks of the window) and
// the incident book at IncidentEngine::databasePath, written as a snapshot file. Exit 0, or 2 with the reason.
struct SnapshotCommandOptions
{
    QString out;
    qint64 windowSeconds = 3600;
    QString incident;
    QString signKeyFile;
    int timeoutMs = 15000;
};
// The collection behind `snapshot` (and `report --config`): the incident book, one pass over the network with the
// blocks of the window, captured. nullopt with the reason written to `err`.
std::optional<SnapshotData> collectSnapshotData(const Inventory &inventory, const NetworkConfig &network,
    qint64 windowSeconds, const QString &incident, int timeoutMs, QTextStream &err);

int runSnapshotCommand(const Inventory &inventory, const NetworkConfig &network, const SnapshotCommandOptions &options,
    QTextStream &out, QTextStream &err);

// `sentinela-cli verify-snapshot FILE [--trust KEYS]`: digest, signature and schema. Each trust file is a PEM public
// key (trusted for the institution named by the file's base name, or for any producer when that is ambiguous) or a
// profile whose snapshots.trustedKeys are used. With trust given, an unsigned or untrusted snapshot is not valid.
// Exit 0 valid, 2 not, with a message naming what failed.
int runVerifySnapshotCommand(const QString &path, const QStringList &trustFiles, QTextStream &out, QTextStream &err);

// The keys behind `--trust` (verify-snapshot, report --open): PEM public keys and profiles' snapshots.trustedKeys.
// nullopt with the reason written to `err`, prefixed with `command`.
std::optional<QList<TrustedSnapshotKey>> loadTrustedKeys(const QStringList &trustFiles, const QString &command, QTextStream &err);

// verify-snapshot's verdict on a snapshot as read: valid when it read (digest, signature, schema) and, when trust was
// given, its signature is by a key trusted for its producer. The text (translated) says "valid: digest ok, ..." or
// "INVALID: ..." with what failed.
struct SnapshotVerdict
{
    bool valid = false;
    QString text;
};
SnapshotVerdict snapshotVerdict(const SnapshotReadResult &result, bool trustGiven);

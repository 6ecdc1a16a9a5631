#pragma once

#include "snapshotdata.h"

#include <QCoreApplication>

#include <optional>

class IncidentBook;
class Monitor;

struct SnapshotOptions
{
    qint64 windowSeconds = 3600; // history kept before the incident (or before now)
    QString incident; // uid or database id ("12" or "#12") of the incident it is made for; empty: now
    QString producer; // default: the profile's incidents.institution
    QByteArray signingKeyPem; // Ed25519 private key (PEM); empty: unsigned
};

// Makes snapshot files from what a Monitor and an IncidentBook hold. capture() copies in the owner's thread (fast:
// plain values); encode() serialises, compresses, digests and signs, and may run on a worker thread.
class SnapshotWriter
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotWriter)

public:
    // The window is [incident detected (or now) - windowSeconds, now]. nullopt with *error when the incident is unknown.
    static std::optional<SnapshotData> capture(
        const Monitor &monitor, const IncidentBook *book, const SnapshotOptions &options, QString *error);
    // The network's profile with every secret reference, TLS file, webhook and local path removed, as YAML.
    static QByteArray strippedProfile(const NetworkConfig &network);
    // The file's bytes; empty with *error (a signing key that does not read, compression failure).
    static QByteArray encode(SnapshotData data, const QByteArray &signingKeyPem, QString *error, int zstdLevel = 3);
    // Writes atomically (QSaveFile).
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
};

#pragma once

#include "snapshotdata.h"

#include <QCoreApplication>

#include <functional>

class IncidentBook;
class Monitor;
class QObject;

// Whether the signature of a snapshot names a producer this NOC trusts.
enum class SnapshotTrust {
    Unsigned,
    Trusted, // signed by a key the profile trusts for the producer institution
    Untrusted, // a valid signature by a key the profile does not trust for that institution
};

// Caps that refuse hostile or broken files before they cost memory: the file, its content once decompressed (a
// decompression bomb stops there), the JSON nesting.
struct SnapshotLimits
{
    qint64 maxFileBytes = 256LL * 1024 * 1024;
    qint64 maxContentBytes = 1024LL * 1024 * 1024;
    int maxJsonDepth = 64;
};

struct SnapshotReadResult
{
    enum class Failure {
        None,
        Io, // cannot read the file
        NotSnapshot, // no magic
        Truncated,
        Corrupted, // header or payload do not decode
        Oversized, // file or content over the limits
        NewerVersion, // format or schema newer than this Sentinela reads
        Digest, // the content does not match the header's SHA-256
        Signature, // a signature that does not verify
        Bomb, // the payload expands past the content limit
        TooDeep, // JSON nested deeper than the limit
        Content, // a field of the content is missing or malformed
    };
    bool ok = false;
    Failure failure = Failure::None;
    QString error; // translated; names what failed
    SnapshotTrust trust = SnapshotTrust::Unsigned;
    QString trustText; // translated: who signed, and whether that key is trusted
    SnapshotData data; // filled only when ok
};

// Reads snapshot files: every check before any of the content is used, in the order size, magic, header, versions,
// digest, signature, decompression, JSON. Pure and thread-safe except apply().
class SnapshotReader
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotReader)

public:
    static SnapshotReadResult read(const QByteArray &bytes, const QList<TrustedSnapshotKey> &trusted,
        const SnapshotLimits &limits = {}, const QString &origin = {});
    static SnapshotReadResult readFile(
        const QString &path, const QList<TrustedSnapshotKey> &trusted, const SnapshotLimits &limits = {});
    // readFile on the thread pool; `done` runs in `context`'s thread (not at all when context is gone first).
    static void readFileAsync(QObject *context, const QString &path, const QList<TrustedSnapshotKey> &trusted,
        std::function<void(SnapshotReadResult)> done, const SnapshotLimits &limits = {});

    // In the Monitor's thread: the Monitor enters snapshot mode (every source off) and its state is filled from the
    // file; the book (in memory) holds the snapshot's incidents, read-only.
    static void apply(const SnapshotData &data, Monitor *monitor, IncidentBook *book);

    // A one-line description for banners and the CLI: network, time, producer, trust.
    static QString describe(const SnapshotReadResult &result);
};

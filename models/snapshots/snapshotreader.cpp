#include "snapshotreader.h"

#include "snapshotcrypto.h"
#include "snapshotheader.h"
#include "blocktable.h"
#include "snapshotjson.h"

#include "analysis/validatoranalysis.h"
#include "config/inventoryloader.h"
#include "incidents/incidentbook.h"
#include "monitor/monitor.h"
#include "sources/jsonlimits.h"
#include "state/networkstate.h"

#include <QFile>
#include <QLocale>
#include <QtEndian>

#include <zstd.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using Failure = SnapshotReadResult::Failure;

namespace {

constexpr qsizetype PreambleBytes = 12; // magic + header length
constexpr quint32 MaxHeaderBytes = 64 * 1024;

SnapshotReadResult failed(Failure failure, const QString &text)
{
    SnapshotReadResult r;
    r.failure = failure;
    r.error = text;
    return r;
}

struct DStreamFree
{
    void operator()(ZSTD_DStream *s) const { ZSTD_freeDStream(s); }
};

// Decompresses at most `cap` bytes; stops (bomb) as soon as the output would grow past it, whatever the frame claims.
std::optional<QByteArray> inflate(const QByteArray &payload, qint64 expected, qint64 cap, Failure *failure, QString *error)
{
    std::unique_ptr<ZSTD_DStream, DStreamFree> stream(ZSTD_createDStream());
    if (!stream) {
        *failure = Failure::Corrupted;
        *error = SnapshotReader::tr("out of memory");
        return std::nullopt;
    }
    ZSTD_initDStream(stream.get());
    // Decompressed straight into the result (no bounce buffer): it grows past the size the header announced only for
    // a lying header, and never past the cap.
    QByteArray out(static_cast<qsizetype>(qMin(expected, cap)), Qt::Uninitialized);
    qint64 filled = 0;
    ZSTD_inBuffer in {payload.constData(), static_cast<size_t>(payload.size()), 0};
    size_t last = 1;
    while (in.pos < in.size || last != 0) {
        if (filled == out.size()) {
            if (filled >= cap) {
                // Full at the cap: one more byte would pass it.
                char probe = 0;
                ZSTD_outBuffer o {&probe, 1, 0};
                last = ZSTD_decompressStream(stream.get(), &o, &in);
                if (ZSTD_isError(last)) {
                    *failure = Failure::Corrupted;
                    *error = SnapshotReader::tr("the compressed content is damaged (%1)")
                                 .arg(QString::fromLatin1(ZSTD_getErrorName(last)));
                    return std::nullopt;
                }
                if (o.pos > 0) {
                    *failure = Failure::Bomb;
                    *error = SnapshotReader::tr("refused: the content expands past %1 bytes (a decompression bomb?)").arg(cap);
                    return std::nullopt;
                }
                if (in.pos == in.size && last != 0) {
                    *failure = Failure::Truncated;
                    *error = SnapshotReader::tr("the compressed content ends early");
                    return std::nullopt;
                }
                continue;
            }
            out.resize(static_cast<qsizetype>(qMin(cap, qMax<qint64>(filled * 2, filled + 1024 * 1024))));
        }
        ZSTD_outBuffer o {out.data() + filled, static_cast<size_t>(out.size() - filled), 0};
        last = ZSTD_decompressStream(stream.get(), &o, &in);
        if (ZSTD_isError(last)) {
            *failure = Failure::Corrupted;
            *error = SnapshotReader::tr("the compressed content is damaged (%1)")
                         .arg(QString::fromLatin1(ZSTD_getErrorName(last)));
            return std::nullopt;
        }
        filled += static_cast<qint64>(o.pos);
        if (o.pos == 0 && in.pos == in.size && last != 0 && filled < out.size()) {
            *failure = Failure::Truncated;
            *error = SnapshotReader::tr("the compressed content ends early");
            return std::nullopt;
        }
    }
    out.resize(static_cast<qsizetype>(filled));
    if (out.size() != expected) {
        *failure = Failure::Corrupted;
        *error = SnapshotReader::tr("the content has %1 bytes, the header says %2").arg(out.size()).arg(expected);
        return std::nullopt;
    }
    return out;
}

// The producer's analyses of the held blocks, rebuilt from the decoded seals in the file: the review shows what the
// producer's Sentinela showed, at once, instead of recovering every seal again (seconds of CPU for a day of blocks).
// The digest (and a trusted signature) vouch for them as for the rest of the content.
std::map<quint64, AnalysedBlock> analysedBlocks(const SnapshotData &data)
{
    std::map<quint64, AnalysedBlock> out;
    for (const BlockRecord &r : data.blocks) {
        const auto it = data.seals.find(r.number());
        if (it == data.seals.end())
            continue;
        const SnapshotSeal &s = it->second;
        AnalysedBlock a;
        a.record.number = r.number();
        a.record.timestamp = static_cast<qint64>(r.header.timestamp);
        a.record.proposer = s.proposer;
        a.record.round = s.round;
        a.record.signers = s.signers;
        // The block's set is its members that sealed and those that did not; Besu keeps a set in address order (the
        // validator provider's sorted collection), the order of extraData's list.
        a.record.validators = s.signers + s.missing;
        std::sort(a.record.validators.begin(), a.record.validators.end());
        a.hash = r.header.hash;
        a.missing = s.missing;
        a.quorum = s.quorum;
        a.quorumMargin = static_cast<int>(s.signers.size()) - s.quorum;
        a.quorumMet = s.quorumMet;
        a.nonMemberSigners = s.nonMemberSigners;
        a.invalidSeals = s.invalidSeals;
        a.error = s.error;
        out.emplace(r.number(), std::move(a));
    }
    return out;
}

} // namespace

SnapshotReadResult SnapshotReader::read(
    const QByteArray &bytes, const QList<TrustedSnapshotKey> &trusted, const SnapshotLimits &limits, const QString &origin)
{
    auto named = [&origin](const QString &text) { return origin.isEmpty() ? text : origin + u": "_s + text; };

    if (bytes.size() > limits.maxFileBytes)
        return failed(Failure::Oversized,
            named(tr("refused: %1 bytes, more than the %2 a snapshot may have").arg(bytes.size()).arg(limits.maxFileBytes)));
    if (bytes.size() < 8 || !bytes.startsWith(QByteArrayView(snapshot::Magic, 8)))
        return failed(Failure::NotSnapshot, named(tr("not a Sentinela snapshot (no SNTLSNAP signature at the start)")));
    if (bytes.size() < PreambleBytes)
        return failed(Failure::Truncated, named(tr("truncated: the file ends inside its header")));
    const quint32 headerBytes = qFromBigEndian<quint32>(bytes.constData() + 8);
    if (headerBytes == 0 || headerBytes > MaxHeaderBytes)
        return failed(Failure::Corrupted, named(tr("corrupted: a header of %1 bytes").arg(headerBytes)));
    if (bytes.size() < PreambleBytes + static_cast<qsizetype>(headerBytes))
        return failed(Failure::Truncated, named(tr("truncated: the file ends inside its header")));

    const JsonParseResult parsedHeader
        = parseJsonLimited(bytes.mid(PreambleBytes, headerBytes), tr("snapshot header"), 8);
    if (!parsedHeader.ok)
        return failed(Failure::Corrupted, named(tr("corrupted header: %1").arg(parsedHeader.error)));
    SnapshotReadResult result;
    SnapshotHeader &h = result.data.header;
    QString why;
    bool headerOk = false;
    try {
        headerOk = snapshotheader::fromJson(parsedHeader.value, h, &why);
    } catch (const nlohmann::json::exception &e) {
        why = QString::fromUtf8(e.what());
    }
    if (!headerOk)
        return failed(Failure::Corrupted, named(tr("corrupted header: %1").arg(why)));

    if (h.formatVersion > snapshot::FormatVersion || h.schemaVersion > snapshot::SchemaVersion)
        return failed(Failure::NewerVersion,
            named(tr("made by a newer Sentinela (%1: file format %2, schema %3); this version %4 reads up to format "
                     "%5, schema %6. Open it with Sentinela %1 or later.")
                      .arg(h.appVersion.isEmpty() ? tr("unknown version") : h.appVersion)
                      .arg(h.formatVersion)
                      .arg(h.schemaVersion)
                      .arg(QStringLiteral(SENTINELA_VERSION))
                      .arg(snapshot::FormatVersion)
                      .arg(snapshot::SchemaVersion)));

    const qsizetype payloadAt = PreambleBytes + static_cast<qsizetype>(headerBytes);
    const qint64 present = bytes.size() - payloadAt;
    if (present < h.payloadBytes)
        return failed(Failure::Truncated,
            named(tr("truncated: %1 of the %2 bytes of content are present").arg(present).arg(h.payloadBytes)));
    if (present > h.payloadBytes)
        return failed(Failure::Corrupted,
            named(tr("corrupted: %1 bytes after the content").arg(present - h.payloadBytes)));
    const QByteArray payload = QByteArray::fromRawData(bytes.constData() + payloadAt, bytes.size() - payloadAt);
    if (snapshotcrypto::sha256(payload) != h.digest)
        return failed(Failure::Digest,
            named(tr("digest mismatch: the content is not the one the header's SHA-256 describes (altered or "
                     "damaged)")));

    // The signature covers the header (and through its digest the content).
    if (!h.signature.isEmpty()) {
        nlohmann::json unsigned_ = parsedHeader.value;
        unsigned_.erase("signature");
        const QByteArray message = QByteArray::fromStdString(unsigned_.dump());
        if (!snapshotcrypto::verify(h.signerPublicKeyPem, message, h.signature, &why))
            return failed(Failure::Signature, named(tr("invalid signature: %1").arg(why)));
        const QByteArray signer = snapshotcrypto::rawPublicKey(h.signerPublicKeyPem);
        QString keyOwner;
        for (const TrustedSnapshotKey &k : trusted) {
            if (!signer.isEmpty() && snapshotcrypto::rawPublicKey(k.publicKeyPem) == signer) {
                keyOwner = k.institution;
                if (k.institution == h.producer)
                    break;
            }
        }
        if (!keyOwner.isEmpty() && keyOwner == h.producer) {
            result.trust = SnapshotTrust::Trusted;
            result.trustText = tr("signed by %1 (trusted key)").arg(h.producer);
        } else if (!keyOwner.isEmpty()) {
            result.trust = SnapshotTrust::Untrusted;
            result.trustText = tr("signed with %1's key, but it claims to come from %2: untrusted")
                                   .arg(keyOwner, h.producer);
        } else {
            result.trust = SnapshotTrust::Untrusted;
            result.trustText = tr("signed by a key not trusted for %1 (untrusted)").arg(h.producer);
        }
    } else {
        result.trust = SnapshotTrust::Unsigned;
        result.trustText = tr("unsigned");
    }

    if (h.contentBytes > limits.maxContentBytes)
        return failed(Failure::Oversized,
            named(tr("refused: the content would be %1 bytes, more than the %2 allowed")
                      .arg(h.contentBytes)
                      .arg(limits.maxContentBytes)));
    Failure failure = Failure::None;
    const auto content = inflate(payload, h.contentBytes, limits.maxContentBytes, &failure, &why);
    if (!content)
        return failed(failure, named(why));

    // Format 2 ends the content with the binary block table; format 1 has the blocks in the JSON.
    const qint64 tableBytes = h.formatVersion >= 2 ? h.tableBytes : 0;
    const qsizetype jsonBytes = content->size() - static_cast<qsizetype>(tableBytes);
    const JsonParseResult parsed = parseJsonLimited(
        QByteArray::fromRawData(content->constData(), jsonBytes), tr("snapshot content"), limits.maxJsonDepth);
    if (!parsed.ok) {
        return failed(parsed.tooDeep ? Failure::TooDeep : Failure::Content, named(parsed.error));
    }
    if (!snapshotjson::decode(parsed.value, h.schemaVersion, tableBytes > 0, result.data, &why))
        return failed(Failure::Content, named(tr("content: %1").arg(why)));
    if (tableBytes > 0
        && !blocktable::decode(QByteArrayView(*content).sliced(jsonBytes), result.data.blocks, result.data.seals, &why))
        return failed(Failure::Content, named(tr("content: %1").arg(why)));

    const InventoryLoadResult profile = InventoryLoader::parse(result.data.profileYaml, tr("snapshot profile"));
    const NetworkConfig *network = profile.inventory ? profile.inventory->network(h.network) : nullptr;
    if (!network) {
        QStringList messages;
        for (const ConfigMessage &m : profile.messages)
            messages << m.toString();
        return failed(Failure::Content,
            named(tr("the profile in the snapshot does not read: %1")
                      .arg(messages.isEmpty() ? tr("no network \"%1\"").arg(h.network) : messages.join(u"; "_s))));
    }
    result.data.network = *network;
    result.ok = true;
    return result;
}

SnapshotReadResult SnapshotReader::readFile(
    const QString &path, const QList<TrustedSnapshotKey> &trusted, const SnapshotLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Failure::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > limits.maxFileBytes)
        return failed(Failure::Oversized,
            tr("%1: refused: %2 bytes, more than the %3 a snapshot may have").arg(path).arg(file.size()).arg(limits.maxFileBytes));
    return read(file.readAll(), trusted, limits, path);
}

void SnapshotReader::readFileAsync(QObject *context, const QString &path, const QList<TrustedSnapshotKey> &trusted,
    std::function<void(SnapshotReadResult)> done, const SnapshotLimits &limits)
{
    runInWorker<SnapshotReadResult>(
        context, [path, trusted, limits] { return readFile(path, trusted, limits); }, std::move(done));
}

void SnapshotReader::apply(const SnapshotData &data, Monitor *monitor, IncidentBook *book)
{
    if (monitor) {
        monitor->openSnapshot(data.network);
        // Ages are judged as they were at capture, not against today's clock (a time cursor moves this later).
        monitor->setReviewTime(data.header.createdAt.isValid() ? data.header.createdAt : data.header.windowTo);
        NetworkState *state = monitor->state();
        for (const NodeState &n : data.nodes) {
            state->restoreNode(n, data.samples.value(n.name));
            state->restorePrometheusSamples(n.name, data.prometheusSamples.value(n.name));
        }
        state->restoreValidators(data.validators);
        if (BlockAnalysisCache *cache = monitor->analysis())
            cache->adopt(analysedBlocks(data));
        state->restoreBlocks(data.blocks);
        for (const FederationProbeReply &r : data.federation)
            state->applyFederationReply(r);
        state->setIntervalHistory(data.intervalHistory);
        for (auto it = data.health.cbegin(); it != data.health.cend(); ++it)
            state->setHealth(it.key(), it.value());
        if (data.usage)
            state->restoreUsage(data.usage->ledger, data.usage->contractAnswers);
        if (data.alerts.at.isValid() || !data.alerts.error.isEmpty())
            state->setAlertmanagerAlerts(data.alerts);
        state->restorePendingVotes(data.pendingVotes);
        if (data.signerMetrics.at.isValid())
            state->restoreSignerMetrics(data.signerMetrics);
        // Last: putting the captured facts back records them as changes at the review clock's moment.
        state->restoreHistories(data.changes);
    }
    if (book)
        book->restore(data.incidents, data.runs);
}

QString SnapshotReader::describe(const SnapshotReadResult &r)
{
    const SnapshotHeader &h = r.data.header;
    const QString when = QLocale().toString(h.createdAt.toLocalTime(), QLocale::ShortFormat);
    return tr("Snapshot of %1 taken %2 by %3 — %4")
        .arg(h.networkDisplayName.isEmpty() ? h.network : h.networkDisplayName, when,
            h.producer.isEmpty() ? tr("an unnamed institution") : h.producer, r.trustText);
}

// Fuzz target for snapshot files (models/snapshots/SnapshotReader) on arbitrary bytes. Bytes that start with the
// file's signature are read as a whole file (size caps, header, versions, digest, decompression, content). Any other
// bytes are taken as the content JSON and stored in a file with a valid header and zstd frame, so that mutations
// reach the content decoder instead of stopping at the digest check. Bytes that start with "SBLK" are a binary block
// table (file format 2) and go to its decoder alone.
// A refused file must say why (a failure kind and a message); a file that reads, written again by SnapshotWriter,
// must read again with the same blocks, nodes, incidents and runs.
// Seeds: tests/fixtures/snapshots (whole files) and tests/fixtures/fuzz/fuzz_snapshot/seeds (content documents).
#include "fuzzsupport.h"

#include "snapshots/blocktable.h"
#include "snapshots/snapshotcrypto.h"
#include "snapshots/snapshotheader.h"
#include "snapshots/snapshotreader.h"
#include "snapshots/snapshotwriter.h"

#include <QtEndian>

#include <zstd.h>

#include <cstdint>

using namespace Qt::StringLiterals;
using fuzzsupport::violated;

namespace {

// Small caps, so that a hostile size claim is refused before it costs the fuzzer's memory.
SnapshotLimits limits()
{
    SnapshotLimits l;
    l.maxFileBytes = 4 * 1024 * 1024;
    l.maxContentBytes = 16 * 1024 * 1024;
    return l;
}

// `content` stored as SnapshotWriter stores it, under a header naming the seeds' network.
QByteArray wrap(const QByteArray &content)
{
    QByteArray payload(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(content.size()))), '\0');
    const size_t packed = ZSTD_compress(payload.data(), static_cast<size_t>(payload.size()), content.constData(),
        static_cast<size_t>(content.size()), 1);
    if (ZSTD_isError(packed))
        violated("zstd cannot compress the input");
    payload.resize(static_cast<qsizetype>(packed));
    SnapshotHeader h;
    h.appVersion = u"fuzz"_s;
    h.network = u"synthetic"_s;
    h.producer = u"inst0"_s;
    h.createdAt = QDateTime::fromMSecsSinceEpoch(1796569200000, Qt::UTC);
    h.windowFrom = h.createdAt.addSecs(-180);
    h.windowTo = h.createdAt;
    h.contentBytes = content.size();
    h.payloadBytes = payload.size();
    h.digest = snapshotcrypto::sha256(payload);
    const QByteArray header = QByteArray::fromStdString(snapshotheader::toJson(h, true).dump());
    QByteArray file(snapshot::Magic, 8);
    char length[4];
    qToBigEndian(static_cast<quint32>(header.size()), length);
    file.append(length, 4);
    file.append(header);
    file.append(payload);
    return file;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzsupport::view(data, size).toByteArray();
    // A block table (format 2): decoded alone; one that decodes must encode back to the same bytes.
    if (input.startsWith("SBLK")) {
        QList<BlockRecord> blocks;
        std::map<quint64, SnapshotSeal> seals;
        QString error;
        if (!blocktable::decode(input, blocks, seals, &error)) {
            if (error.isEmpty())
                violated("a block table refused without saying why");
            return 0;
        }
        if (blocktable::encode(blocks, seals) != input) {
            // Equal up to what the table normalises: a zero bloom written out in full, an unused node name.
            QList<BlockRecord> again;
            std::map<quint64, SnapshotSeal> againSeals;
            if (!blocktable::decode(blocktable::encode(blocks, seals), again, againSeals, &error)
                || again.size() != blocks.size() || againSeals.size() != seals.size())
                violated("a block table that decodes does not survive being written again");
        }
        return 0;
    }
    const QByteArray file = input.startsWith(QByteArrayView(snapshot::Magic, 8)) ? input : wrap(input);
    const SnapshotReadResult r = SnapshotReader::read(file, {}, limits(), u"fuzz.sentinela"_s);
    if (!r.ok) {
        if (r.failure == SnapshotReadResult::Failure::None || r.error.isEmpty())
            violated("a file refused without saying why");
        return 0;
    }
    if (r.failure != SnapshotReadResult::Failure::None)
        violated("a file read with a failure");
    (void)SnapshotReader::describe(r);
    QString error;
    const QByteArray again = SnapshotWriter::encode(r.data, {}, &error, 1);
    if (again.isEmpty())
        violated("a snapshot that reads cannot be written again");
    const SnapshotReadResult back = SnapshotReader::read(again, {}, limits());
    if (!back.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(back.error));
        violated("a snapshot written again does not read");
    }
    if (back.data.blocks.size() != r.data.blocks.size() || back.data.nodes.size() != r.data.nodes.size()
        || back.data.incidents.size() != r.data.incidents.size() || back.data.runs.size() != r.data.runs.size()
        || back.data.header.network != r.data.header.network)
        violated("a snapshot written again reads differently");
    return 0;
}

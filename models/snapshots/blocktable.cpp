#include "blocktable.h"

#include <QCoreApplication>
#include <QHash>
#include <QtEndian>

#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace blocktable {

namespace {

struct TableText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotBlockTable)
};

constexpr char Magic[4] = {'S', 'B', 'L', 'K'};
constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

// Presence bits of the optional fields.
constexpr quint32 BaseFee = 1u << 0;
constexpr quint32 WithdrawalsRoot = 1u << 1;
constexpr quint32 BlobGasUsed = 1u << 2;
constexpr quint32 ExcessBlobGas = 1u << 3;
constexpr quint32 ParentBeaconBlockRoot = 1u << 4;
constexpr quint32 RequestsHash = 1u << 5;
constexpr quint32 Size = 1u << 6;
constexpr quint32 UnknownFields = 1u << 7;
constexpr quint32 Seal = 1u << 8;
constexpr quint32 Known = (1u << 9) - 1;

class Writer
{
public:
    explicit Writer(std::string &out)
        : m_out(out)
    {
    }
    template<typename T> void integer(T v)
    {
        char b[sizeof(T)];
        qToLittleEndian(v, b);
        m_out.append(b, sizeof(T));
    }
    void raw(const char *p, std::size_t n) { m_out.append(p, n); }
    void bytes(QByteArrayView b)
    {
        integer<quint32>(static_cast<quint32>(b.size()));
        m_out.append(b.data(), static_cast<std::size_t>(b.size()));
    }
    void text(const QString &s) { bytes(s.toUtf8()); }
    void list(const QList<QByteArray> &l)
    {
        integer<quint32>(static_cast<quint32>(l.size()));
        for (const QByteArray &b : l)
            bytes(b);
    }

private:
    std::string &m_out;
};

// Reads with bounds checks; the first problem is kept and every later read returns zero values.
class Reader
{
public:
    explicit Reader(QByteArrayView in)
        : m_in(in)
    {
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = what;
    }
    qsizetype left() const { return m_in.size() - m_at; }
    bool take(qsizetype n, const char **p, const char *field)
    {
        if (!ok())
            return false;
        if (n < 0 || n > left()) {
            fail(TableText::tr("%1: the table ends early").arg(QLatin1StringView(field)));
            return false;
        }
        *p = m_in.data() + m_at;
        m_at += n;
        return true;
    }
    template<typename T> T integer(const char *field)
    {
        const char *p = nullptr;
        return take(sizeof(T), &p, field) ? qFromLittleEndian<T>(p) : T {};
    }
    // A length-prefixed byte string, sharing `like` when the bytes are equal: consecutive blocks repeat most of their
    // constant fields (empty uncles and trie roots, QBFT's mix hash, zero nonce), and a day of blocks then costs far
    // fewer copies.
    QByteArray bytes(const char *field, const QByteArray &like = QByteArray())
    {
        const quint32 n = integer<quint32>(field);
        const char *p = nullptr;
        if (!take(static_cast<qsizetype>(n), &p, field))
            return QByteArray();
        if (like.size() == static_cast<qsizetype>(n) && std::memcmp(like.constData(), p, n) == 0)
            return like;
        return QByteArray(p, static_cast<qsizetype>(n));
    }
    QString text(const char *field)
    {
        const quint32 n = integer<quint32>(field);
        const char *p = nullptr;
        return take(static_cast<qsizetype>(n), &p, field) ? QString::fromUtf8(p, static_cast<qsizetype>(n)) : QString();
    }
    // A count of items each at least `minBytes` long: never more than the bytes left could hold.
    quint32 count(qsizetype minBytes, const char *field)
    {
        const quint32 n = integer<quint32>(field);
        if (ok() && static_cast<qint64>(n) * minBytes > left()) {
            fail(TableText::tr("%1: %2 items cannot fit in the %3 bytes left").arg(QLatin1StringView(field)).arg(n).arg(left()));
            return 0;
        }
        return ok() ? n : 0;
    }
    QList<QByteArray> list(const char *field)
    {
        QList<QByteArray> out;
        const quint32 n = count(4, field);
        out.reserve(n);
        for (quint32 i = 0; i < n && ok(); ++i)
            out.append(bytes(field));
        return out;
    }

private:
    QByteArrayView m_in;
    qsizetype m_at = 0;
    QString m_error;
};

bool zeroBloom(const QByteArray &bloom)
{
    return bloom.size() == 256 && bloom.count('\0') == 256;
}

} // namespace

std::size_t estimate(const QList<BlockRecord> &blocks, const std::map<quint64, SnapshotSeal> &seals)
{
    std::size_t n = 64;
    for (const BlockRecord &r : blocks) {
        const chain::BlockHeader &h = r.header;
        n += 200 + static_cast<std::size_t>(h.extraData.size() + h.logsBloom.size() + h.difficulty.size());
    }
    for (const auto &[number, s] : seals)
        n += 64 + static_cast<std::size_t>((s.signers.size() + s.missing.size()) * 24 + s.error.size() * 3);
    return n;
}

QByteArray encode(const QList<BlockRecord> &blocks, const std::map<quint64, SnapshotSeal> &seals)
{
    std::string out;
    out.reserve(estimate(blocks, seals));
    append(out, blocks, seals);
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

void append(std::string &out, const QList<BlockRecord> &blocks, const std::map<quint64, SnapshotSeal> &seals)
{
    Writer w(out);
    w.raw(Magic, sizeof Magic);
    w.integer<quint32>(Version);

    QStringList sources;
    QHash<QString, quint32> sourceIndex;
    for (const BlockRecord &r : blocks) {
        if (!sourceIndex.contains(r.source)) {
            sourceIndex.insert(r.source, static_cast<quint32>(sources.size()));
            sources.append(r.source);
        }
    }
    w.integer<quint32>(static_cast<quint32>(sources.size()));
    for (const QString &s : std::as_const(sources))
        w.text(s);

    w.integer<quint32>(static_cast<quint32>(blocks.size()));
    for (const BlockRecord &r : blocks) {
        const chain::BlockHeader &h = r.header;
        w.integer<quint64>(h.number);
        w.integer<quint64>(h.timestamp);
        w.integer<quint64>(h.gasLimit);
        w.integer<quint64>(h.gasUsed);
        w.integer<qint32>(h.transactionCount);
        w.integer<qint64>(r.receivedAt.isValid() ? r.receivedAt.toMSecsSinceEpoch() : NoTime);
        w.integer<quint32>(sourceIndex.value(r.source));
        for (const QByteArray *b : {&h.hash, &h.parentHash, &h.sha3Uncles, &h.miner, &h.stateRoot, &h.transactionsRoot,
                 &h.receiptsRoot})
            w.bytes(*b);
        w.bytes(zeroBloom(h.logsBloom) ? QByteArray() : h.logsBloom);
        for (const QByteArray *b : {&h.difficulty, &h.extraData, &h.mixHash, &h.nonce})
            w.bytes(*b);

        const auto seal = seals.find(h.number);
        const quint32 present = (h.baseFeePerGas ? BaseFee : 0u) | (h.withdrawalsRoot ? WithdrawalsRoot : 0u)
            | (h.blobGasUsed ? BlobGasUsed : 0u) | (h.excessBlobGas ? ExcessBlobGas : 0u)
            | (h.parentBeaconBlockRoot ? ParentBeaconBlockRoot : 0u) | (h.requestsHash ? RequestsHash : 0u)
            | (h.size ? Size : 0u) | (h.unknownFields.isEmpty() ? 0u : UnknownFields) | (seal != seals.end() ? Seal : 0u);
        w.integer<quint32>(present);
        if (h.baseFeePerGas)
            w.bytes(*h.baseFeePerGas);
        if (h.withdrawalsRoot)
            w.bytes(*h.withdrawalsRoot);
        if (h.blobGasUsed)
            w.integer<quint64>(*h.blobGasUsed);
        if (h.excessBlobGas)
            w.integer<quint64>(*h.excessBlobGas);
        if (h.parentBeaconBlockRoot)
            w.bytes(*h.parentBeaconBlockRoot);
        if (h.requestsHash)
            w.bytes(*h.requestsHash);
        if (h.size)
            w.integer<quint64>(*h.size);
        if (!h.unknownFields.isEmpty()) {
            w.integer<quint32>(static_cast<quint32>(h.unknownFields.size()));
            for (const QString &f : h.unknownFields)
                w.text(f);
        }
        if (seal != seals.end()) {
            const SnapshotSeal &s = seal->second;
            w.bytes(s.proposer);
            w.integer<quint32>(s.round);
            w.list(s.signers);
            w.list(s.missing);
            w.integer<qint32>(s.quorum);
            w.integer<quint8>(s.quorumMet ? 1 : 0);
            w.integer<qint32>(s.nonMemberSigners);
            w.integer<qint32>(s.invalidSeals);
            w.text(s.error);
        }
    }
}

bool decode(QByteArrayView table, QList<BlockRecord> &blocks, std::map<quint64, SnapshotSeal> &seals, QString *error)
{
    Reader in(table);
    auto failed = [&](const QString &where) {
        if (error)
            *error = where.isEmpty() ? in.error() : where + u": "_s + in.error();
        return false;
    };
    const char *magic = nullptr;
    if (!in.take(sizeof Magic, &magic, "magic") || QByteArrayView(magic, sizeof Magic) != QByteArrayView(Magic, sizeof Magic)) {
        in.fail(TableText::tr("not a block table"));
        return failed(u"blocks"_s);
    }
    const quint32 version = in.integer<quint32>("version");
    if (in.ok() && version != Version)
        in.fail(TableText::tr("block table version %1, this version reads %2").arg(version).arg(Version));
    QStringList sources;
    const quint32 sourceCount = in.count(4, "sources");
    for (quint32 i = 0; i < sourceCount && in.ok(); ++i)
        sources.append(in.text("sources"));
    // The fixed part of a block alone is 44 bytes and twelve lengths: a count beyond that is a lie.
    const quint32 count = in.count(44 + 12 * 4 + 4, "count");
    if (!in.ok())
        return failed(u"blocks"_s);

    blocks.reserve(blocks.size() + count);
    std::optional<quint64> previous;
    static const QByteArray zeroBloom(256, '\0');
    chain::BlockHeader last; // the previous block's fields, shared where they repeat
    for (quint32 i = 0; i < count; ++i) {
        BlockRecord r;
        chain::BlockHeader &h = r.header;
        h.number = in.integer<quint64>("number");
        h.timestamp = in.integer<quint64>("timestamp");
        h.gasLimit = in.integer<quint64>("gasLimit");
        h.gasUsed = in.integer<quint64>("gasUsed");
        h.transactionCount = in.integer<qint32>("transactionCount");
        const qint64 received = in.integer<qint64>("receivedAt");
        if (received != NoTime)
            r.receivedAt = QDateTime::fromMSecsSinceEpoch(received, Qt::UTC);
        const quint32 source = in.integer<quint32>("source");
        if (in.ok() && source >= static_cast<quint32>(sources.size()))
            in.fail(TableText::tr("source: no node name %1").arg(source));
        r.source = in.ok() ? sources.at(source) : QString();
        h.hash = in.bytes("hash");
        h.parentHash = in.bytes("parentHash", last.hash);
        h.sha3Uncles = in.bytes("sha3Uncles", last.sha3Uncles);
        h.miner = in.bytes("miner", last.miner);
        h.stateRoot = in.bytes("stateRoot", last.stateRoot);
        h.transactionsRoot = in.bytes("transactionsRoot", last.transactionsRoot);
        h.receiptsRoot = in.bytes("receiptsRoot", last.receiptsRoot);
        h.logsBloom = in.bytes("logsBloom", last.logsBloom);
        if (h.logsBloom.isEmpty())
            h.logsBloom = zeroBloom;
        h.difficulty = in.bytes("difficulty", last.difficulty);
        h.extraData = in.bytes("extraData");
        h.mixHash = in.bytes("mixHash", last.mixHash);
        h.nonce = in.bytes("nonce", last.nonce);
        const quint32 present = in.integer<quint32>("optional fields");
        if (in.ok() && (present & ~Known) != 0)
            in.fail(TableText::tr("optional fields: unknown bits 0x%1").arg(present & ~Known, 0, 16));
        if (present & BaseFee)
            h.baseFeePerGas = in.bytes("baseFeePerGas", last.baseFeePerGas.value_or(QByteArray()));
        if (present & WithdrawalsRoot)
            h.withdrawalsRoot = in.bytes("withdrawalsRoot");
        if (present & BlobGasUsed)
            h.blobGasUsed = in.integer<quint64>("blobGasUsed");
        if (present & ExcessBlobGas)
            h.excessBlobGas = in.integer<quint64>("excessBlobGas");
        if (present & ParentBeaconBlockRoot)
            h.parentBeaconBlockRoot = in.bytes("parentBeaconBlockRoot");
        if (present & RequestsHash)
            h.requestsHash = in.bytes("requestsHash");
        if (present & Size)
            h.size = in.integer<quint64>("size");
        if (present & UnknownFields) {
            const quint32 n = in.count(4, "unknownFields");
            for (quint32 k = 0; k < n && in.ok(); ++k)
                h.unknownFields.append(in.text("unknownFields"));
        }
        if (in.ok() && previous && h.number <= *previous)
            in.fail(TableText::tr("number: %1 after %2 (blocks must ascend)").arg(h.number).arg(*previous));
        previous = h.number;
        if (present & Seal) {
            SnapshotSeal s;
            s.proposer = in.bytes("seal.proposer");
            s.round = in.integer<quint32>("seal.round");
            s.signers = in.list("seal.signers");
            s.missing = in.list("seal.missing");
            s.quorum = in.integer<qint32>("seal.quorum");
            const quint8 met = in.integer<quint8>("seal.quorumMet");
            if (in.ok() && met > 1)
                in.fail(TableText::tr("seal.quorumMet: %1 is not 0 or 1").arg(met));
            s.quorumMet = met == 1;
            s.nonMemberSigners = in.integer<qint32>("seal.nonMemberSigners");
            s.invalidSeals = in.integer<qint32>("seal.invalidSeals");
            s.error = in.text("seal.error");
            if (in.ok())
                seals.insert_or_assign(h.number, std::move(s));
        }
        if (!in.ok())
            return failed(u"blocks[%1]"_s.arg(i));
        last = h;
        blocks.append(std::move(r));
    }
    if (in.left() != 0) {
        in.fail(TableText::tr("%1 bytes after the last block").arg(in.left()));
        return failed(u"blocks"_s);
    }
    return true;
}

} // namespace blocktable

#include "analysis/signercheck.h"

#include "chain/hex.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace analysis {

namespace {

struct SignerCheckText
{
    Q_DECLARE_TR_FUNCTIONS(SignerCheck)
};

quint64 minus(quint64 a, quint64 b)
{
    return a > b ? a - b : 0;
}

QString number(quint64 n)
{
    return QLocale().toString(n);
}

} // namespace

SignerMetricsRange signerMetricsRange(const SignerMetricsRecord &record, quint64 headMin, quint64 headMax)
{
    SignerMetricsRange r;
    r.toMin = headMin;
    for (const besu::SignerMetric &m : record.metrics) {
        if (m.proposedBlockCount > 0)
            r.toMin = std::max(r.toMin, m.lastProposedBlockNumber + 1);
    }
    r.toMax = std::max(headMax, r.toMin);
    if (record.fromBlock) {
        r.fromMin = r.fromMax = std::min(*record.fromBlock, r.toMin);
    } else {
        r.fromMin = minus(r.toMin, DefaultSignerMetricsWindow);
        r.fromMax = minus(r.toMax, DefaultSignerMetricsWindow);
    }
    return r;
}

SignerCheck noSignerCheck(const QByteArray &address)
{
    SignerCheck c;
    c.address = address;
    c.verdict = SignerCheckVerdict::NoData;
    c.summary = u"\u2014 "_s + SignerCheckText::tr("no data");
    c.explanation = SignerCheckText::tr("No qbft_getSignerMetrics reply lists this validator yet.");
    return c;
}

QList<SignerCheck> checkSignerMetrics(
    const QList<besu::SignerMetric> &metrics, const SignerMetricsRange &range, const QList<BlockRecord> &blocks)
{
    // Only blocks of the widest possible range matter; `blocks` may hold more, with gaps.
    std::map<quint64, const BlockRecord *> held;
    for (const BlockRecord &b : blocks) {
        if (b.number >= range.fromMin && b.number < range.toMax)
            held.emplace(b.number, &b);
    }
    const auto covered = [&](quint64 from, quint64 to) {
        if (to <= from)
            return true;
        const auto first = held.lower_bound(from);
        const auto last = held.lower_bound(to);
        return quint64(std::distance(first, last)) == to - from;
    };
    const bool countable = range.fromMin <= range.fromMax && range.fromMax <= range.toMin && range.toMin <= range.toMax
        && covered(range.fromMin, range.toMax);

    QMap<QByteArray, const besu::SignerMetric *> rpc;
    for (const besu::SignerMetric &m : metrics) {
        const auto address = chain::fromHex(QStringView(m.address));
        if (address && address->size() == 20)
            rpc.insert(*address, &m);
    }
    // Proposals certainly in the range ([fromMax, toMin)) and possibly in it ([fromMin, toMax)).
    QMap<QByteArray, quint64> surely;
    QMap<QByteArray, quint64> possibly;
    QMap<QByteArray, quint64> lastHeld;
    for (const auto &[number, b] : held) {
        if (b->proposer.isEmpty())
            continue;
        ++possibly[b->proposer];
        lastHeld[b->proposer] = number;
        if (number >= range.fromMax && number < range.toMin)
            ++surely[b->proposer];
    }
    QList<QByteArray> addresses = rpc.keys();
    for (auto it = surely.cbegin(); it != surely.cend(); ++it) {
        if (!rpc.contains(it.key()))
            addresses.append(it.key());
    }
    std::sort(addresses.begin(), addresses.end());

    QList<SignerCheck> out;
    for (const QByteArray &address : std::as_const(addresses)) {
        SignerCheck c;
        c.address = address;
        const quint64 lo = surely.value(address);
        const quint64 hi = possibly.value(address);
        c.chainProposed = lo;
        if (countable)
            c.chainProposedMax = hi;
        if (lastHeld.contains(address))
            c.chainLastProposed = lastHeld.value(address);
        const QString chainCount = !countable || lo == hi ? number(lo) : u"%1\u2013%2"_s.arg(number(lo), number(hi));

        const besu::SignerMetric *m = rpc.value(address);
        QStringList problems;
        QString summary;
        bool comparable = true;
        if (!m) {
            summary = SignerCheckText::tr("missing from RPC");
            problems << SignerCheckText::tr("The RPC reply does not list it, but it proposed %1 of the blocks held.")
                            .arg(number(lo));
        } else {
            c.rpcProposed = m->proposedBlockCount;
            if (m->proposedBlockCount > 0)
                c.rpcLastProposed = m->lastProposedBlockNumber;
            const quint64 n = m->proposedBlockCount;
            if (n < lo || (countable && n > hi)) {
                summary = SignerCheckText::tr("RPC says %1, blocks say %2").arg(number(n), chainCount);
                problems << SignerCheckText::tr("The RPC reply counts %1 proposed blocks; the blocks held show %2.")
                                .arg(number(n), chainCount);
            } else if (!countable) {
                comparable = false;
            }
            if (n > 0) {
                const quint64 last = m->lastProposedBlockNumber;
                const auto block = held.find(last);
                QString chainLast;
                if (last < range.fromMin || last >= range.toMax) {
                    chainLast = SignerCheckText::tr("outside the range");
                } else if (block != held.end() && block->second->proposer != address) {
                    chainLast = SignerCheckText::tr("another proposer");
                } else {
                    // Any later proposal of it before the surely-covered end contradicts the reply.
                    for (auto it = held.upper_bound(last); it != held.end() && it->first < range.toMin; ++it) {
                        if (it->second->proposer == address) {
                            chainLast = u"#"_s + number(it->first);
                            break;
                        }
                    }
                    if (chainLast.isEmpty() && block == held.end())
                        comparable = false;
                }
                if (!chainLast.isEmpty()) {
                    if (summary.isEmpty())
                        summary = SignerCheckText::tr("RPC says last #%1, blocks say %2").arg(number(last), chainLast);
                    problems << SignerCheckText::tr("The RPC reply gives block #%1 as its last proposal; the blocks "
                                                    "held say %2.")
                                    .arg(number(last), chainLast);
                }
            }
        }
        const QString rangeText = range.fromMin == range.fromMax && range.toMin == range.toMax
            ? SignerCheckText::tr("blocks %1–%2").arg(number(range.fromMin), number(minus(range.toMax, 1)))
            : SignerCheckText::tr("blocks from %1–%2 to %3–%4")
                  .arg(number(range.fromMin), number(range.fromMax), number(minus(range.toMin, 1)),
                      number(minus(range.toMax, 1)));
        if (!problems.isEmpty()) {
            c.verdict = SignerCheckVerdict::Mismatch;
            c.summary = u"\u26a0 "_s + summary;
            c.explanation = problems.join(u' ') + u' ' + SignerCheckText::tr("Range: %1.").arg(rangeText);
        } else if (!comparable) {
            c.verdict = SignerCheckVerdict::NotComparable;
            c.summary = u"\u2014 "_s + SignerCheckText::tr("not comparable");
            c.explanation = SignerCheckText::tr("The RPC reply counts %1 proposed blocks over %2, which the history "
                                                "in memory does not fully hold.")
                                .arg(number(c.rpcProposed.value_or(0)), rangeText);
        } else {
            c.verdict = SignerCheckVerdict::Agrees;
            c.summary = u"\u2714 "_s + SignerCheckText::tr("agrees");
            c.explanation = SignerCheckText::tr("qbft_getSignerMetrics agrees with the blocks: %1 proposed over %2.")
                                .arg(number(c.rpcProposed.value_or(0)), rangeText);
        }
        out.append(c);
    }
    return out;
}

} // namespace analysis

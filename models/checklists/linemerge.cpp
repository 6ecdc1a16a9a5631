#include "linemerge.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace {

QList<QByteArray> split(const QByteArray &content)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content.at(i);
        if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < content.size() && content.at(i + 1) == '\n')
                ++i;
            lines.append(content.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < content.size())
        lines.append(content.mid(start));
    return lines;
}

// For each line of `a`, the line of `b` it is matched with by a longest common subsequence, or -1.
std::vector<int> match(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    const std::size_t n = std::size_t(a.size());
    const std::size_t m = std::size_t(b.size());
    std::vector<int> out(n, -1);
    std::vector<int> dp((n + 1) * (m + 1), 0);
    const auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;)
            dp[at(i, j)] = a[qsizetype(i)] == b[qsizetype(j)] ? dp[at(i + 1, j + 1)] + 1
                                                              : std::max(dp[at(i + 1, j)], dp[at(i, j + 1)]);
    }
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n && j < m) {
        if (a[qsizetype(i)] == b[qsizetype(j)]) {
            out[i] = int(j);
            ++i;
            ++j;
        } else if (dp[at(i + 1, j)] >= dp[at(i, j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return out;
}

QList<QByteArray> slice(const QList<QByteArray> &lines, int from, int to) // [from, to)
{
    return to > from ? lines.mid(from, to - from) : QList<QByteArray>();
}

} // namespace

QByteArray mergeLines(const QByteArray &base, const QByteArray &mine, const QByteArray &theirs, bool *conflict)
{
    if (conflict)
        *conflict = false;
    if (mine == theirs || theirs == base)
        return mine;
    if (mine == base)
        return theirs;
    const QList<QByteArray> b = split(base);
    const QList<QByteArray> m = split(mine);
    const QList<QByteArray> t = split(theirs);
    // A checklist has at most a few thousand lines; beyond that keep both whole rather than spend the memory.
    if (qint64(b.size()) * qMax(m.size(), t.size()) > 16'000'000) {
        if (conflict)
            *conflict = true;
        return mine + theirs;
    }
    const std::vector<int> bm = match(b, m);
    const std::vector<int> bt = match(b, t);
    QByteArray out;
    int pb = -1;
    int pm = -1;
    int pt = -1;
    const auto flush = [&](int nb, int nm, int nt) {
        const QList<QByteArray> cb = slice(b, pb + 1, nb);
        const QList<QByteArray> cm = slice(m, pm + 1, nm);
        const QList<QByteArray> ct = slice(t, pt + 1, nt);
        QList<QByteArray> chosen;
        if (cm == cb)
            chosen = ct;
        else if (ct == cb || ct == cm)
            chosen = cm;
        else {
            chosen = cm + ct;
            if (conflict)
                *conflict = true;
        }
        for (const QByteArray &l : std::as_const(chosen)) {
            // A side's last line may lack its line ending; it is not last any more.
            if (!out.isEmpty() && !out.endsWith('\n') && !out.endsWith('\r'))
                out += '\n';
            out += l;
        }
    };
    for (int i = 0; i < b.size(); ++i) {
        if (bm[std::size_t(i)] < 0 || bt[std::size_t(i)] < 0)
            continue;
        flush(i, bm[std::size_t(i)], bt[std::size_t(i)]);
        if (!out.isEmpty() && !out.endsWith('\n') && !out.endsWith('\r'))
            out += '\n';
        out += b.at(i);
        pb = i;
        pm = bm[std::size_t(i)];
        pt = bt[std::size_t(i)];
    }
    flush(int(b.size()), int(m.size()), int(t.size()));
    return out;
}

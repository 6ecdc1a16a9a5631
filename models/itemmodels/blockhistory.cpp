#include "blockhistory.h"

#include "state/networkstate.h"

#include <algorithm>
#include <limits>

BlockHistory::BlockHistory(NetworkState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    connect(state, &NetworkState::configured, this, &BlockHistory::rebuild);
    connect(state, &NetworkState::blocksAdded, this, &BlockHistory::update);
    connect(state, &NetworkState::blocksRemoved, this, &BlockHistory::remove);
    rebuild();
}

const QList<analysis::BlockPoint> &BlockHistory::points() const
{
    if (m_dirty) {
        m_list.clear();
        m_list.reserve(static_cast<qsizetype>(m_points.size()));
        for (const auto &[number, p] : m_points)
            m_list.append(p);
        m_dirty = false;
    }
    return m_list;
}

QList<analysis::BlockPoint> BlockHistory::pointsBetween(qint64 fromSecs, qint64 toSecs) const
{
    const QList<analysis::BlockPoint> &all = points();
    // Timestamps are non-decreasing with the number on a sane chain; search, then filter to be safe.
    auto it = std::lower_bound(
        all.begin(), all.end(), fromSecs, [](const analysis::BlockPoint &p, qint64 t) { return p.timestamp < t; });
    QList<analysis::BlockPoint> out;
    for (; it != all.end(); ++it) {
        if (it->timestamp > toSecs)
            break;
        out.append(*it);
    }
    return out;
}

QList<analysis::BlockPoint> BlockHistory::lastPoints(int count) const
{
    const QList<analysis::BlockPoint> &all = points();
    return all.mid(std::max<qsizetype>(0, all.size() - count));
}

const analysis::BlockPoint *BlockHistory::point(quint64 number) const
{
    const auto it = m_points.find(number);
    return it == m_points.end() ? nullptr : &it->second;
}

void BlockHistory::rebuild()
{
    m_points.clear();
    m_dirty = true;
    if (m_state) {
        if (const auto lo = m_state->lowestBlock())
            update(*lo, *m_state->highestBlock());
    }
    emit changed();
}

void BlockHistory::update(quint64 first, quint64 last)
{
    if (!m_state)
        return;
    const NetworkConfig &network = m_state->network();
    const quint64 to = last == std::numeric_limits<quint64>::max() ? last : last + 1;
    const QList<BlockRecord> blocks = m_state->blocks(first, to);
    const BlockRecord *parent = first > 0 ? m_state->block(first - 1) : nullptr;
    const chain::BlockHeader *previous = parent ? &parent->header : nullptr;
    for (const BlockRecord &b : blocks) {
        m_points[b.number()] = analysis::blockPoint(b.header, previous, analysis::bftTypeAt(network, b.number()));
        previous = &b.header;
    }
    m_dirty = true;
    emit changed();
}

void BlockHistory::remove(quint64 first, quint64 last)
{
    m_points.erase(m_points.lower_bound(first), m_points.upper_bound(last));
    // The block after the span lost its parent (or, after a reorg, will get a new one).
    if (last < std::numeric_limits<quint64>::max()) {
        if (auto it = m_points.find(last + 1); it != m_points.end())
            it->second.interval = -1;
    }
    m_dirty = true;
    emit changed();
}

#pragma once

#include "analysis/blockstats.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <map>

#include "state/networkstate.h"

// The held blocks as analysis::BlockPoint (interval, round, transactions, gas), kept in step with NetworkState
// so that charts and statistics do not decode every extraData again on each redraw. Updated per added/removed
// span; `points()` is rebuilt lazily.
class BlockHistory : public QObject
{
    Q_OBJECT
public:
    explicit BlockHistory(NetworkState *state, QObject *parent = nullptr);

    NetworkState *state() const { return m_state; }
    const QList<analysis::BlockPoint> &points() const; // ascending by number
    // Points with a timestamp in [fromSecs, toSecs], ascending.
    QList<analysis::BlockPoint> pointsBetween(qint64 fromSecs, qint64 toSecs) const;
    QList<analysis::BlockPoint> lastPoints(int count) const;
    int size() const { return static_cast<int>(m_points.size()); }
    const analysis::BlockPoint *point(quint64 number) const;

signals:
    void changed();

private:
    void rebuild();
    void update(quint64 first, quint64 last); // recompute [first, last + 1]
    void remove(quint64 first, quint64 last);

    QPointer<NetworkState> m_state;
    std::map<quint64, analysis::BlockPoint> m_points;
    mutable QList<analysis::BlockPoint> m_list;
    mutable bool m_dirty = true;
};

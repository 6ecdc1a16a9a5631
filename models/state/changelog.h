#pragma once

#include "statedata.h"

#include <QList>

#include <algorithm>
#include <iterator>

// Histories of facts recorded only when they change (a list of Recorded<T>, ascending by `since`): NetworkState
// writes them, a snapshot carries them and the time cursor reads the entry in force at its moment. Bounded by time
// (prune) and by a count, so a fact that flaps costs at most one entry per observation within the window.
namespace changelog {

// `value` observed at `at`: when `same(newest, value)` the newest entry's lastSeen moves to `at`, else an entry is
// appended (true). A value the same as one of the `shareWithin` entries before it is stored as that one's implicitly
// shared copy: a list flapping between a few states costs an entry, not a copy of the list.
template<typename T, typename Same>
bool record(QList<Recorded<T>> &log, const T &value, const QDateTime &at, Same same, int shareWithin = 0)
{
    if (!log.isEmpty() && same(log.constLast().value, value)) {
        if (at > log.constLast().lastSeen)
            log.last().lastSeen = at;
        return false;
    }
    Recorded<T> entry {value, at, at};
    for (qsizetype i = log.size() - 2; i >= 0 && i >= log.size() - 1 - shareWithin; --i) {
        if (same(log.at(i).value, value)) {
            entry.value = log.at(i).value;
            break;
        }
    }
    log.append(std::move(entry));
    return true;
}

// Drops what was superseded before `cutoff` (the entry in force at `cutoff` stays: it says what held when the window
// began), then the oldest beyond `maxEntries`.
template<typename T> void prune(QList<Recorded<T>> &log, const QDateTime &cutoff, qsizetype maxEntries)
{
    qsizetype gone = 0;
    while (gone + 1 < log.size() && log.at(gone + 1).since <= cutoff)
        ++gone;
    gone = std::max(gone, log.size() - std::max<qsizetype>(1, maxEntries));
    if (gone > 0)
        log.remove(0, gone);
}

// The entry in force at `at` (the newest whose `since` is at or before it); nullptr before the first.
template<typename T> const Recorded<T> *inForce(const QList<Recorded<T>> &log, const QDateTime &at)
{
    const auto end
        = std::partition_point(log.cbegin(), log.cend(), [&at](const Recorded<T> &e) { return e.since <= at; });
    return end == log.cbegin() ? nullptr : &*(end - 1);
}

// When the entry in force at `at` had last been observed by then: its lastSeen when that is not later, else the latest
// poll of its run at or before `at`, polls `intervalMs` apart from `since` (the same answer given again).
template<typename T> QDateTime observedBy(const Recorded<T> &entry, const QDateTime &at, qint64 intervalMs)
{
    if (entry.lastSeen <= at)
        return entry.lastSeen;
    const qint64 run = entry.since.msecsTo(at);
    return entry.since.addMSecs(intervalMs > 0 ? run - run % intervalMs : run);
}

// Every log from the entry in force at `cutoff` on (what a snapshot of a window starting there carries).
inline ChangeHistories within(ChangeHistories h, const QDateTime &cutoff)
{
    const auto cut = [&cutoff](auto &log) { prune(log, cutoff, log.size()); };
    const auto cutEach = [&cut](auto &logs) {
        for (auto it = logs.begin(); it != logs.end();) {
            cut(*it);
            it = it->isEmpty() ? logs.erase(it) : std::next(it);
        }
    };
    cutEach(h.peers);
    cutEach(h.federation);
    cutEach(h.health);
    cutEach(h.votes);
    cut(h.alerts);
    cut(h.signerMetrics);
    return h;
}

} // namespace changelog

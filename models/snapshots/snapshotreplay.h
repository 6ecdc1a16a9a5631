#pragma once

#include "snapshotdata.h"
#include "state/statereplay.h"

#include <QObject>
#include <QPointer>

class IncidentBook;
class Monitor;

// The time cursor over an opened snapshot: it keeps the snapshot's histories and, for any moment of its window,
// pins the Monitor's clock there, makes the state show that moment (replay::stateAt, NetworkState::present) and the
// book the incidents as they stood then (replay::incidentsAt). Created after SnapshotReader::apply, on the same
// Monitor and book; it starts at the capture time, which is what apply left shown.
class SnapshotReplay : public QObject
{
    Q_OBJECT
public:
    SnapshotReplay(const SnapshotData &data, Monitor *monitor, IncidentBook *book, QObject *parent = nullptr);
    ~SnapshotReplay() override;

    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    QDateTime time() const { return m_time; }
    const StateHistory &history() const { return m_history; }

    // Clamped to [from, to]. Does nothing when the moment is the one shown.
    void setTime(const QDateTime &at);
    // The moments that hide the newest block shown and that show the next one; nullopt at the ends.
    std::optional<QDateTime> previousBlock() const;
    std::optional<QDateTime> nextBlock() const;

signals:
    void timeChanged(const QDateTime &at);

private:
    StateHistory m_history;
    QList<Incident> m_incidents;
    QList<ChecklistRun> m_runs;
    QPointer<Monitor> m_monitor;
    QPointer<IncidentBook> m_book;
    QDateTime m_from;
    QDateTime m_to;
    QDateTime m_time;
    QString m_incidentsShown; // what the book shows, to restore it only when that changes
};

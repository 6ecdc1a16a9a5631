#pragma once

#include "config/inventory.h"
#include "incidents/incident.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

class Clock;
class IncidentBook;
class QTimer;

// The kiosk's rotation: which page of the profile's playlist is on the wall and for how long, and whether an
// unacknowledged critical incident has taken the wall over. Time comes from the injected clock (a ManualClock in the
// tests drives it through its changed() signal; any other clock is looked at twice a second), so the rotation is
// tested without sleeping.
//
// An interruption lasts until the incident is acknowledged (or mitigated, or resolved) in the shared incident book,
// which reloads when a desktop writes it, or until an incident ingested from Alertmanager no longer has an active,
// unsilenced alert (a silence is an acknowledgement made in Alertmanager). The rotation then resumes on the page it
// left, with a fresh dwell.
class KioskPlaylist : public QObject
{
    Q_OBJECT
public:
    explicit KioskPlaylist(Clock *clock = nullptr, QObject *parent = nullptr);
    ~KioskPlaylist() override;

    // Restarts the rotation at the first page. Pages with a dwell under one second count as one second.
    void setPages(const QList<KioskPage> &pages);
    const QList<KioskPage> &pages() const { return m_pages; }
    void setIncidentBook(IncidentBook *book);
    // The fingerprints of the active, unsilenced Alertmanager alerts from a fresh poll; nullopt when Alertmanager is not
    // polled or its answer is old (then ingested incidents are judged by the book alone).
    void setActiveAlerts(const std::optional<QSet<QString>> &fingerprints);

    int currentIndex() const { return m_index; } // -1: no page
    QString currentPage() const;
    qint64 remainingMs() const; // of the current page's dwell; 0 while interrupted
    bool isInterrupted() const { return !m_interruption.isEmpty(); }
    QString interruptingIncident() const { return m_interruption; } // the incident's uid

    // Looks at the clock and the book: rotates when the dwell has passed, starts or ends an interruption.
    void update();

    // The incident that should hold the wall: an open critical incident nobody has acknowledged, the oldest first;
    // `current` is kept while it still qualifies so that the wall does not flip between two. Empty: none.
    static QString interruptionFor(const QList<Incident> &incidents, const std::optional<QSet<QString>> &activeAlerts,
        const QString &current = {});

signals:
    void currentChanged(int index, const QString &page);
    // Empty uid: the interruption ended.
    void interruptionChanged(const QString &uid);

private:
    void evaluateInterruption();

    Clock *m_clock;
    QPointer<IncidentBook> m_book;
    QTimer *m_timer = nullptr;
    QList<KioskPage> m_pages;
    int m_index = -1;
    qint64 m_shownSinceMs = 0;
    QString m_interruption;
    std::optional<QSet<QString>> m_activeAlerts;
};

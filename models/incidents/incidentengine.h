#pragma once

#include "config/inventory.h"
#include "incidents/incident.h"
#include "analysis/sla.h"
#include "incidents/ruletracker.h"

#include <QObject>
#include <QDateTime>
#include <QPointer>

#include <optional>

#include "monitor/monitor.h"

class IncidentBook;
class QTimer;

// Turns the Monitor's live state into incidents: every second it runs the rules (rules.h) on the state, passes the
// detections through the RuleTracker's hysteresis and writes the result to the incident book — raise, observe (the
// condition still holds: fresher evidence), and resolve when the condition has cleared. One engine per Monitor; the
// GUI, the kiosk and `sentinela-cli status` read what it found, never a second judgement.
//
// Incidents left open by an earlier run (the book after a restart) are adopted, so they are updated or resolved, not
// raised twice. Alertmanager incidents are resolved when their alert is no longer active.
class IncidentEngine : public QObject
{
    Q_OBJECT
public:
    IncidentEngine(Monitor *monitor, IncidentBook *book, QObject *parent = nullptr);
    ~IncidentEngine() override;

    Monitor *monitor() const { return m_monitor; }
    IncidentBook *book() const { return m_book; }

    // Configures the tracker and, unless `openBook` is false (snapshots, tests with their own book), opens the book
    // at databasePath(network, profilePath).
    void setNetwork(const NetworkConfig &network, const QString &profilePath = {}, bool openBook = true);
    // The profile's incidents.database (relative to the profile's folder), else the application data folder, one file
    // per network.
    static QString databasePath(const NetworkConfig &network, const QString &profilePath);

    void start(int intervalMs = 1000);
    void stop();
    bool isRunning() const;

    // One pass now: evaluate the rules, apply the hysteresis, write the book. Returns the changes applied.
    QList<RuleChange> evaluate();
    // The detections of the last pass, Unknown ones included (what the CLI prints, what the kiosk may show as
    // "cannot tell").
    const QList<Detection> &lastDetections() const { return m_lastDetections; }
    const RuleTracker &tracker() const { return m_tracker; }

signals:
    void evaluated();
    void incidentRaised(const QString &uid);
    void incidentCleared(const QString &uid);

private:
    void adoptOpenIncidents();

    QPointer<Monitor> m_monitor;
    QPointer<IncidentBook> m_book;
    NetworkConfig m_network;
    RuleTracker m_tracker;
    QTimer *m_timer;
    QTimer *m_soon; // a pass shortly after the state changed, so a new fact does not wait for the next tick
    bool m_adopted = false;
    QList<Detection> m_lastDetections;
    // The month's SLA changes slowly and costs a pass over every held block: refreshed once a minute, not per pass.
    std::optional<analysis::SlaReport> m_sla;
    QDateTime m_slaAt;
};

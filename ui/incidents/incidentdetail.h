#pragma once

#include "config/inventory.h"
#include "incidents/incident.h"

#include <QPointer>
#include <QWidget>

class Clock;
class IncidentBook;
class IncidentTimelineModel;
class QLabel;
class QPushButton;
class QTableView;

// One incident: severity and status, the evidence and the path it rests on, the SLA countdowns, affected nodes and
// institutions, the lifecycle actions and the timeline.
class IncidentDetail : public QWidget
{
    Q_OBJECT
public:
    IncidentDetail(IncidentBook *book, Clock *clock, QWidget *parent = nullptr);

    void setNetwork(const NetworkConfig &network);
    void setIncident(const QString &uid); // empty: a hint to pick one
    QString incident() const { return m_uid; }
    void setReadOnly(bool readOnly);
    // Recomputes the countdowns (every second).
    void refresh();

    // The visible texts, for tests and accessibility.
    QString text() const;

signals:
    void runbookRequested(const QString &rule, const QString &incidentUid);

private:
    void act(int action);

    QPointer<IncidentBook> m_book;
    Clock *m_clock;
    NetworkConfig m_network;
    QString m_uid;
    bool m_readOnly = false;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_evidence;
    QLabel *m_sla;
    QLabel *m_affected;
    QPushButton *m_acknowledge;
    QPushButton *m_note;
    QPushButton *m_mitigate;
    QPushButton *m_resolve;
    QPushButton *m_runbook;
    QTableView *m_timeline;
    IncidentTimelineModel *m_timelineModel;
};

#pragma once

#include "config/inventory.h"

#include <QPointer>
#include <QWidget>

class Clock;
class IncidentBook;
class QLabel;

// The wall taken over by one unacknowledged critical incident: what happened, since when, the evidence, and the
// service-hour countdown to the Operations Manual's answer deadline. It stays until someone acknowledges it from a
// desktop (the kiosk itself never writes) or silences it in Alertmanager.
class KioskAlert : public QWidget
{
    Q_OBJECT
public:
    explicit KioskAlert(IncidentBook *book, Clock *clock = nullptr, QWidget *parent = nullptr);
    ~KioskAlert() override;

    void setNetwork(const NetworkConfig &network);
    void setIncident(const QString &uid); // empty: nothing to show
    QString incident() const { return m_uid; }
    void setScreenHeight(int height);

    QLabel *titleLabel() const { return m_title; }
    QStringList texts() const; // every visible line, for tests
    void refresh();

private:
    void applyFonts();

    QPointer<IncidentBook> m_book;
    Clock *m_clock;
    NetworkConfig m_network;
    QString m_uid;
    int m_screenHeight = 1080;
    QLabel *m_heading;
    QLabel *m_title;
    QLabel *m_since;
    QLabel *m_deadline;
    QLabel *m_evidence;
    QLabel *m_waiting;
};

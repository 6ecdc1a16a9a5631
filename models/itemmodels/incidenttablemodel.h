#pragma once

#include "config/inventory.h"
#include "incidents/incident.h"

#include <QAbstractTableModel>
#include <QPointer>

class Clock;
class IncidentBook;

// The incident book as a table: open incidents first (most severe, oldest first), then the history. Each row is one
// incident (ItemRoles::Key = its uid); the SLA columns count service hours down from detection (the 2 h answer and
// 16 h synchronous-action deadlines of critical incidents). Ages and countdowns move with the clock: the page calls
// refresh() every second, which touches only those columns.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Status, Title, Affected, Detected, Age, Answer, Action, Path, ColumnCount };
    enum Role { IsOpenRole = Qt::UserRole + 100, BreachedRole };

    IncidentTableModel(IncidentBook *book, Clock *clock = nullptr, QObject *parent = nullptr);

    void setNetwork(const NetworkConfig &network);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Incident *incidentAt(int row) const;
    int rowOf(const QString &uid) const;

    // Recomputes the clock-dependent columns (age, countdowns).
    void refresh();

    // "1 h 12 min left", "breached by 20 min", "met (35 min)": the countdown text of one deadline. Public for the
    // kiosk and the Overview, which show the same words.
    static QString deadlineText(qint64 remainingSeconds, bool met, bool breached);

private:
    void reload();
    void updateRow(const QString &uid);
    QVariant displayData(const Incident &incident, int column) const;

    QPointer<IncidentBook> m_book;
    Clock *m_clock;
    NetworkConfig m_network;
    QList<Incident> m_rows;
};
